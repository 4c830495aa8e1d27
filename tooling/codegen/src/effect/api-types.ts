// Emits the named, documented types of the Effect layer — type-only modules, nothing in them runs:
// - `models.ts`: one interface (or type alias) per component, the TypeScript form of its Schema's `Type`, fields
//   documented from the spec. The generated `schemas.ts` names its types after them (`Schemas.Chat` is `Chat`), so an
//   editor shows `ChatListPage` where it would otherwise expand a 1,000-character structure.
// - `api.ts`: the service's resource tree as interfaces (`BeeperDesktopResources` → `ChatsApi` → `list`), one
//   property per operation typed `((input, options?) => Effect<Output, RequestError>) & …`, documented with the
//   operation's summary, description, request line and an `@example` built from its required input; each operation's
//   input (and, when paginated, its Stream input and Stream forms) as named interfaces; `OperationInputs` /
//   `OperationOutputs`, the lookup tables behind `Input<Id>` / `Output<Id>`.
// - `conformance.ts`: compile-time proofs that each interface is its Schema's type (identical types), so the
//   named types cannot drift from the Schemas they describe.
// The texts are printed from the same SchemaTerms the Schemas are printed from (schema-term.ts), in the same pass.
import type { IR } from "@hey-api/openapi-ts"
import { apiOwnNames, componentIdentifier, freeName, groupTypeName, operationTypeNames } from "./names.ts"
import type { InputField, OperationModel } from "./plugin-types.ts"
import { type FieldsArg, type RefTerm, type SchemaTerm, type TermArg, wrapText } from "./schema-term.ts"

/** The version whose API these types describe first: the `@since` of every generated export. */
export const sinceVersion = "1.0.0"

/** One component: its name, its Schema term and its doc lines (as `schemas.ts` documents it). */
export interface ComponentModel {
  readonly name: string
  readonly term: SchemaTerm
  readonly doc: ReadonlyArray<string> | undefined
}

/** What {@link emitApiTypes} needs besides the components and operations. */
export interface ApiTypesContext {
  /** The IR of a component, to build examples through references. */
  readonly resolve: ($ref: string) => IR.SchemaObject
  /** Module of `Open` (open enums), relative to the generated folder; `null` when enums are closed. */
  readonly openEnumsModule: string | null
  /** Module of the `Endpoint` contract, relative to the generated folder (its folder holds the handwritten modules). */
  readonly endpointContractModule: string
}

/** The sources of the three modules (without the generated header). */
export interface ApiTypesSources {
  readonly models: string
  readonly api: string
  readonly conformance: string
}

/** The identifier of a referenced component (names.ts). */
const componentName = ($ref: string): string => componentIdentifier($ref.replace("#/components/schemas/", ""))

/**
 * What a module calls the components and `Open` (open enums): their own names, unless the module's own imports and
 * declarations take one of them (names.ts' `apiOwnNames`; models.ts' `Open`).
 */
export interface LocalNames {
  /** A component's name in the module, from its identifier. */
  readonly component: (identifier: string) => string
  readonly open: string
}

const ownNames: LocalNames = { component: (identifier) => identifier, open: "Open" }

const isIdentifier = (key: string): boolean => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)
const propertyKey = (key: string): string => (isIdentifier(key) ? key : JSON.stringify(key))

/**
 * A doc comment from lines, prose wrapped at 110 characters (code fences kept as they are); a `*` + `/` inside the
 * text is broken so the comment stays closed.
 */
const docComment = (lines: ReadonlyArray<string>, indent: string): Array<string> => {
  let fenced = false
  const wrapped = lines.flatMap((line) => {
    if (line.startsWith("```")) fenced = !fenced
    return fenced || line.startsWith("```") || line === "" ? [line] : wrapText(line, 110)
  })
  const safe = wrapped.map((line) => line.replaceAll("*/", "*\\/"))
  if (safe.length === 1 && !safe[0]!.startsWith("@")) return [`${indent}/** ${safe[0]} */`]
  return [`${indent}/**`, ...safe.map((line) => (line === "" ? `${indent} *` : `${indent} * ${line}`)), `${indent} */`]
}

/** `@since` and `@category` of an export. */
const exportTags = (category: string): Array<string> => [`@since ${sinceVersion}`, `@category ${category}`]

// ---- Schema terms as types -------------------------------------------------------------------------

const literalType = (value: string | number | boolean): string => JSON.stringify(value)

const argTerm = (arg: TermArg | undefined): SchemaTerm => {
  if (arg === undefined || !("_tag" in arg) || !["Ref", "Member", "Call", "Check", "OpenEnum"].includes(arg._tag)) {
    throw new Error("Effect Schema plugin: expected a Schema argument")
  }
  return arg as SchemaTerm
}

const union = (members: ReadonlyArray<string>): string => [...new Set(members)].join(" | ")


/** One field of an object type, as the Schema's struct types it. */
interface TypedField {
  readonly name: string
  readonly term: SchemaTerm
  readonly doc?: ReadonlyArray<string> | undefined
}

/** Prints Schema terms as the TypeScript of their `Type`; `components` (by `$ref`) are what struct spreads flatten. */
export interface TypePrinter {
  /** The `Type` of a term. `indent` is the indentation of the line it starts on. */
  readonly typeOf: (term: SchemaTerm, indent?: string) => string
  /** An object type of documented fields, one a line. */
  readonly objectType: (fields: ReadonlyArray<TypedField>, indent: string) => string
  /** The fields of a `Schema.Struct` term (spreads flattened), or `undefined` for another term. */
  readonly structFields: (term: SchemaTerm) => Array<TypedField> | undefined
}

/** A {@link TypePrinter} over the components (their terms by `$ref`). */
export const typePrinter = (components: ReadonlyMap<string, SchemaTerm>, names: LocalNames = ownNames): TypePrinter => {
  const typeOf = (term: SchemaTerm, indent = ""): string => {
    switch (term._tag) {
      case "Ref":
        // A reference to a component not defined yet where it is used is a `Schema.suspend` typed `unknown`.
        return term.lazy ? "unknown" : names.component(componentName(term.$ref))
      case "Member":
        return memberType(term.member)
      case "Check":
        return typeOf(term.schema, indent)
      case "OpenEnum":
        return `${names.open}<${typeOf(term.schema, indent)}>`
      case "Call":
        return callType(term.member, term.args, indent)
    }
  }

  const memberType = (member: string): string => {
    switch (member) {
      case "String":
        return "string"
      case "Finite":
      case "Int":
        return "number"
      case "Boolean":
        return "boolean"
      case "Null":
        return "null"
      case "Unknown":
        return "unknown"
      case "Never":
        return "never"
      case "Void":
        return "void"
      case "Uint8Array":
        return "Uint8Array"
      default:
        throw new Error(`Effect Schema plugin: no type for Schema.${member}`)
    }
  }

  const callType = (member: string, args: ReadonlyArray<TermArg>, indent: string): string => {
    const [first, second] = args
    switch (member) {
      case "Literal":
        return first?._tag === "Value" ? literalType(first.value) : "never"
      case "Literals":
        return first?._tag === "Values" ? union(first.values.map(literalType)) : "never"
      case "Union":
        return first?._tag === "List" ? union(first.items.map((item) => typeOf(item, indent))) : "never"
      case "NullOr":
        return `${typeOf(argTerm(first), indent)} | null`
      case "Array":
        return `ReadonlyArray<${typeOf(argTerm(first), indent)}>`
      case "Tuple":
        return first?._tag === "List" ? `readonly [${first.items.map((item) => typeOf(item, indent)).join(", ")}]` : "readonly []"
      case "Record":
        return `{ readonly [key: string]: ${typeOf(argTerm(second), indent)} }`
      case "StructWithRest": {
        // Effect types a struct with one string-keyed record as one object: the index signature beside the fields.
        const struct = argTerm(first)
        const records = second?._tag === "List" ? second.items : []
        const record = records.length === 1 ? records[0]! : undefined
        const fields = structFieldsOfTerm(struct)
        if (
          fields !== undefined && record?._tag === "Call" && record.member === "Record" &&
          record.args[0]?._tag === "Member" && record.args[0].member === "String"
        ) {
          const inner = `${indent}  `
          return ["{", `${inner}readonly [key: string]: ${typeOf(argTerm(record.args[1]), inner)}`, ...memberLines(fields, inner), `${indent}}`].join("\n")
        }
        throw new Error("Effect Schema plugin: no type for a StructWithRest other than a struct with one string-keyed record")
      }
      case "Struct":
        return first?._tag === "Fields" ? objectType(fieldsOf(first), indent) : "{}"
      case "instanceOf":
        return first?._tag === "Global" ? first.name : "unknown"
      case "optional":
      case "optionalKey":
        // Only meaningful as a struct field (see fieldLine); elsewhere the value's type.
        return typeOf(argTerm(first), indent)
      default:
        throw new Error(`Effect Schema plugin: no type for Schema.${member}(...)`)
    }
  }

  /** The fields of a struct: its spread components' fields first, then its own (which win, as in the Schema). */
  const fieldsOf = (fields: FieldsArg): Array<TypedField> => {
    const byName = new Map<string, TypedField>()
    for (const spread of fields.spreads) {
      for (const field of structFields(spread)) byName.set(field.name, field)
    }
    for (const field of fields.fields) byName.set(field.name, { name: field.name, term: field.schema, doc: field.doc })
    return [...byName.values()]
  }

  const structFields = (ref: RefTerm): Array<TypedField> => {
    const term = components.get(ref.$ref)
    if (term?._tag === "Call" && term.member === "Struct" && term.args[0]?._tag === "Fields") return fieldsOf(term.args[0])
    throw new Error(`Effect Schema plugin: ${ref.$ref} is spread but is not a struct`)
  }

  /** `readonly key: T`, `readonly key?: T` (optionalKey) or `readonly key?: T | undefined` (optional). */
  const fieldLine = (field: TypedField, indent: string): string => {
    const term = field.term
    if (term._tag === "Call" && (term.member === "optionalKey" || term.member === "optional")) {
      const value = typeOf(argTerm(term.args[0]), indent)
      return `readonly ${propertyKey(field.name)}?: ${value}${term.member === "optional" ? " | undefined" : ""}`
    }
    return `readonly ${propertyKey(field.name)}: ${typeOf(term, indent)}`
  }

  /** The body lines of an object type (documented fields, one a line). */
  const memberLines = (fields: ReadonlyArray<TypedField>, indent: string): Array<string> =>
    fields.flatMap((field) => [
      ...(field.doc && field.doc.length > 0 ? docComment(field.doc, indent) : []),
      `${indent}${fieldLine(field, indent)}`,
    ])

  const objectType = (fields: ReadonlyArray<TypedField>, indent: string): string =>
    fields.length === 0 ? "{}" : ["{", ...memberLines(fields, `${indent}  `), `${indent}}`].join("\n")

  const structFieldsOfTerm = (term: SchemaTerm): Array<TypedField> | undefined =>
    term._tag === "Call" && term.member === "Struct" && term.args[0]?._tag === "Fields" ? fieldsOf(term.args[0]) : undefined
  return { typeOf, objectType, structFields: structFieldsOfTerm }
}

// ---- examples ---------------------------------------------------------------------------------------

/** A value of `schema` for an example: the spec's example, else the simplest value of its type. */
const exampleValue = (ctx: ApiTypesContext, schema: IR.SchemaObject, key: string, indent: string, depth = 0): string => {
  if (schema.example !== undefined && schema.type !== "object") return JSON.stringify(schema.example)
  if (schema.$ref) return exampleValue(ctx, ctx.resolve(schema.$ref), key, indent, depth)
  if (schema.const !== undefined) return JSON.stringify(schema.const)
  if (schema.type === "enum") {
    const first = (schema.items ?? []).map((item) => item.const).find((value) => value !== null)
    return JSON.stringify(first ?? null)
  }
  if (schema.logicalOperator === "and" && schema.items && schema.type !== "array") {
    const merged = mergeObjects(ctx, schema.items)
    return merged ? objectExample(ctx, merged.properties, merged.required, indent, depth) : "{}"
  }
  if (schema.items && !schema.type) {
    const member = schema.items.find((item) => item.type !== "null") ?? schema.items[0]
    return member ? exampleValue(ctx, member, key, indent, depth) : "null"
  }
  switch (schema.type) {
    case "string":
      return schema.format === "binary" ? `new Blob(["…"])` : JSON.stringify(`<${key}>`)
    case "integer":
    case "number":
      return String(typeof schema.minimum === "number" ? schema.minimum : 1)
    case "boolean":
      return "true"
    case "null":
      return "null"
    case "array": {
      const item = schema.items?.[0]
      return item && depth < 3 ? `[${exampleValue(ctx, item, key, indent, depth + 1)}]` : "[]"
    }
    case "object":
      return depth < 3 ? objectExample(ctx, schema.properties ?? {}, new Set(schema.required ?? []), indent, depth) : "{}"
    default:
      return "null"
  }
}

const mergeObjects = (
  ctx: ApiTypesContext,
  items: ReadonlyArray<IR.SchemaObject>,
): { properties: Record<string, IR.SchemaObject>; required: Set<string> } | undefined => {
  const properties: Record<string, IR.SchemaObject> = {}
  const required = new Set<string>()
  for (const item of items) {
    const schema = item.$ref ? ctx.resolve(item.$ref) : item
    if (schema.logicalOperator === "and" && schema.items) {
      const inner = mergeObjects(ctx, schema.items)
      if (!inner) return undefined
      Object.assign(properties, inner.properties)
      for (const key of inner.required) required.add(key)
    } else if (schema.type === "object") {
      Object.assign(properties, schema.properties ?? {})
      for (const key of schema.required ?? []) required.add(key)
    } else return undefined
  }
  return { properties, required }
}

const objectExample = (
  ctx: ApiTypesContext,
  properties: Record<string, IR.SchemaObject>,
  required: ReadonlySet<string>,
  indent: string,
  depth: number,
): string => {
  const entries = Object.entries(properties).filter(([key]) => required.has(key))
  return objectLiteral(entries.map(([key, schema]) => [key, exampleValue(ctx, schema, key, `${indent}  `, depth + 1)]), indent)
}

/** `{ a: 1, b: "x" }` on one line when short, else one key a line. */
const objectLiteral = (entries: ReadonlyArray<readonly [string, string]>, indent: string): string => {
  if (entries.length === 0) return "{}"
  const parts = entries.map(([key, value]) => `${propertyKey(key)}: ${value}`)
  const inline = `{ ${parts.join(", ")} }`
  if (inline.length <= 60 && !inline.includes("\n")) return inline
  return ["{", ...parts.map((part) => `${indent}  ${part},`), `${indent}}`].join("\n")
}

/** The `@example` of an operation: a call with its required input, and its Stream form when it is paginated. */
const operationExample = (ctx: ApiTypesContext, operation: OperationModel): Array<string> => {
  const required = operation.fields.filter((field) => field.required)
  const input = (fields: ReadonlyArray<InputField>) =>
    fields.length === 0 ? "" : objectLiteral(fields.map((field) => [field.key, exampleValue(ctx, field.schema, field.key, "")]), "")
  const call = `beeper.${operation.operationId}(${input(required)})`
  const result = operation.pagination ? "page" : operation.success.kind === "binary" ? "bytes" : "result"
  const lines = operation.success.kind === "void" ? [`yield* ${call}`] : [`const ${result} = yield* ${call}`]
  if (operation.pagination) {
    const streamFields = required.filter((field) => !isCursorKey(operation, field.key))
    lines.push(`// items across pages, each page fetched when the Stream reaches it:`)
    lines.push(`const first100 = yield* beeper.${operation.operationId}.stream(${input(streamFields)}).pipe(Stream.take(100), Stream.runCollect)`)
  }
  return ["@example", "```ts", ...lines.flatMap((line) => line.split("\n")), "```"]
}

const isCursorKey = (operation: OperationModel, key: string): boolean =>
  operation.pagination !== undefined && (key === operation.pagination.cursorParam || key === operation.pagination.directionParam)

// ---- the resource tree ------------------------------------------------------------------------------

interface TreeNode {
  operation?: OperationModel
  readonly children: Map<string, TreeNode>
}

const treeOf = (operations: ReadonlyArray<OperationModel>): TreeNode => {
  const root: TreeNode = { children: new Map() }
  for (const operation of operations) {
    let node = root
    for (const segment of operation.operationId.split(".")) {
      let child = node.children.get(segment)
      if (child === undefined) node.children.set(segment, (child = { children: new Map() }))
      node = child
    }
    node.operation = operation
  }
  return root
}

/** Names of what an operation's types are called: `chats.list` → `ChatsListInput`, `ChatsListStreams`, ... */
const namesOf = (operation: OperationModel) => operationTypeNames(operation.operationId)

/**
 * Emits the three modules. `components` in the order `schemas.ts` declares them; `operations` in table order.
 */
export const emitApiTypes = (
  ctx: ApiTypesContext,
  components: ReadonlyArray<ComponentModel>,
  operations: ReadonlyArray<OperationModel>,
): ApiTypesSources => {
  const terms = new Map(components.map((component) => [`#/components/schemas/${component.name}`, component.term]))
  const identifiers = new Set(components.map((component) => componentIdentifier(component.name)))
  // models.ts declares the components under their identifiers: its import of `Open` gives way.
  const modelNames: LocalNames = { component: (identifier) => identifier, open: freeName("Open", identifiers) }
  // api.ts imports the components: one its own names take is imported under another name (`Effect as Effect2`).
  const apiOwn = new Set(apiOwnNames)
  const taken = new Set([...identifiers, ...apiOwn])
  const apiNames: LocalNames = { component: (identifier) => (apiOwn.has(identifier) ? freeName(identifier, taken) : identifier), open: "Open" }
  return {
    models: emitModels(ctx, typePrinter(terms, modelNames), components, modelNames),
    api: emitApi(ctx, typePrinter(terms, apiNames), terms, components, operations, apiNames),
    conformance: emitConformance(ctx, components, operations),
  }
}

const emitModels = (ctx: ApiTypesContext, types: TypePrinter, components: ReadonlyArray<ComponentModel>, names: LocalNames): string => {
  const { typeOf, objectType, structFields } = types
  const out: Array<string> = [
    "// The named types of the API's models: each the `Type` of the Schema of the same name in `schemas.ts` (checked by",
    "// `conformance.ts`). Type-only: nothing here exists at run time.",
    "",
  ]
  const usesOpen = components.some((component) => typeOf(component.term).includes(`${names.open}<`))
  if (usesOpen) {
    if (ctx.openEnumsModule === null) throw new Error("Effect Schema plugin: open enums without an openEnumsModule")
    out.push(`import type { ${names.open === "Open" ? "Open" : `Open as ${names.open}`} } from "${ctx.openEnumsModule}"`, "")
  }
  for (const component of components) {
    const doc = [...(component.doc ?? [`The \`${component.name}\` model.`]), ...exportTags("Models")]
    out.push(...docComment(doc, ""))
    const fields = structFields(component.term)
    const name = componentIdentifier(component.name)
    if (fields !== undefined) {
      out.push(fields.length === 0 ? `export interface ${name} {}` : `export interface ${name} ${objectType(fields, "")}`)
    } else {
      out.push(`export type ${name} = ${typeOf(component.term)}`)
    }
    out.push("")
  }
  return out.join("\n")
}

/** The type of an operation's success: its model's name, an inline type, `void` or `Uint8Array`. */
const outputType = (types: TypePrinter, operation: OperationModel): string =>
  operation.success.kind === "void"
    ? "void"
    : operation.success.kind === "binary"
    ? "Uint8Array"
    : operation.success.term._tag === "Ref"
    ? types.typeOf(operation.success.term)
    : namesOf(operation).response

/** The item type of a paginated operation's pages: the element type of the page's items field. */
const itemType = (types: TypePrinter, terms: ReadonlyMap<string, SchemaTerm>, operation: OperationModel): string => {
  const pagination = operation.pagination!
  const success = operation.success
  if (success.kind !== "json") throw new Error(`Effect Schema plugin: ${operation.operationId} is paginated but has no JSON page`)
  const page = success.term._tag === "Ref" ? terms.get(success.term.$ref) : success.term
  const items = page === undefined ? undefined : types.structFields(page)?.find((field) => field.name === pagination.items)
  let term = items?.term
  if (term?._tag === "Call" && (term.member === "optionalKey" || term.member === "optional")) term = argTerm(term.args[0])
  if (term?._tag === "Check") term = term.schema
  if (term?._tag === "Call" && term.member === "Array") return types.typeOf(argTerm(term.args[0]))
  return `${outputType(types, operation)}[${JSON.stringify(pagination.items)}][number]`
}

const parameters = (inputType: string, fields: ReadonlyArray<InputField>, options: string): string =>
  `${fields.some((field) => field.required) ? "input" : "input?"}: ${inputType}, options?: ${options}`

const operationDoc = (ctx: ApiTypesContext, operation: OperationModel): Array<string> => {
  const request = `\`${operation.method} ${operation.path}\``
  return [
    ...(operation.summary ? [operation.summary, ""] : []),
    ...(operation.description ? [...wrapText(operation.description), ""] : []),
    operation.pagination
      ? `${request} · one page per call; \`.stream\` reads every item of every page, \`.pages\` every page.`
      : request,
    "",
    ...operationExample(ctx, operation),
    ...(operation.deprecated ? ["@deprecated"] : []),
  ]
}

const emitApi = (
  ctx: ApiTypesContext,
  types: TypePrinter,
  terms: ReadonlyMap<string, SchemaTerm>,
  components: ReadonlyArray<ComponentModel>,
  operations: ReadonlyArray<OperationModel>,
  names: LocalNames,
): string => {
  const { typeOf, objectType, structFields } = types
  const handwritten = ctx.endpointContractModule.replace(/[^/]+$/, "")
  // A component's name in api.ts → its identifier (what models.ts exports it as).
  const componentNames = new Map(components.map((component) => {
    const identifier = componentIdentifier(component.name)
    return [names.component(identifier), identifier] as const
  }))
  const usedModels = new Set<string>()
  const body: Array<string> = []
  const noteModels = (text: string) => {
    // Every identifier-like word (`default_` too: a component's identifier need not be capitalised).
    for (const name of text.match(/[\p{ID_Continue}\u200c\u200d]+/gu) ?? []) if (componentNames.has(name)) usedModels.add(name)
    return text
  }
  const modelImport = (local: string) => {
    const identifier = componentNames.get(local)!
    return identifier === local ? local : `${identifier} as ${local}`
  }

  // Inputs, responses without a model, and the Stream forms of paginated operations.
  for (const operation of operations) {
    const names = namesOf(operation)
    body.push(...docComment([
      `The input of \`${operation.operationId}\` (\`${operation.method} ${operation.path}\`): its path, query and header parameters and body fields, in one object.`,
      ...exportTags("Inputs"),
    ], ""))
    const inputFields = operation.fields.map((field) => ({ name: field.key, term: optionalField(field), doc: field.doc }))
    body.push(noteModels(inputFields.length === 0 ? `export interface ${names.input} {}` : `export interface ${names.input} ${objectType(inputFields, "")}`), "")
    if (operation.success.kind === "json" && operation.success.term._tag !== "Ref") {
      body.push(...docComment([`What \`${operation.operationId}\` succeeds with.`, ...exportTags("Outputs")], ""))
      const fields = structFields(operation.success.term)
      body.push(noteModels(fields !== undefined ? `export interface ${names.response} ${objectType(fields, "")}` : `export type ${names.response} = ${typeOf(operation.success.term)}`), "")
    }
    if (operation.pagination) {
      const streamFields = operation.fields.filter((field) => !isCursorKey(operation, field.key))
      body.push(...docComment([
        `The input of \`${operation.operationId}\`'s Stream forms: its input without \`${operation.pagination.cursorParam}\` and \`${operation.pagination.directionParam}\`, which the Stream supplies.`,
        ...exportTags("Inputs"),
      ], ""))
      const typed = streamFields.map((field) => ({ name: field.key, term: optionalField(field), doc: field.doc }))
      body.push(noteModels(typed.length === 0 ? `export interface ${names.streamInput} {}` : `export interface ${names.streamInput} ${objectType(typed, "")}`), "")
      const item = noteModels(itemType(types, terms, operation))
      const page = noteModels(outputType(types, operation))
      const args = parameters(names.streamInput, streamFields, "StreamOptions")
      body.push(...docComment([
        `The Stream forms of \`${operation.operationId}\`, which is cursor-paginated: they follow the cursors lazily in \`options.direction\`.`,
        ...exportTags("Resources"),
      ], ""))
      body.push(
        `export interface ${names.streams} extends WithEndpoint<${JSON.stringify(operation.operationId)}> {`,
        ...docComment([`Every item of every page of \`${operation.operationId}\`, fetched as the Stream is read (constant memory).`], "  "),
        `  readonly stream: (${args}) => Stream.Stream<${item}, PaginationError>`,
        ...docComment([`Every page of \`${operation.operationId}\` (items with their cursors), fetched as the Stream is read.`], "  "),
        `  readonly pages: (${args}) => Stream.Stream<${page}, PaginationError>`,
        "}",
        "",
      )
    }
  }

  // The resource tree, groups after their parent.
  const root = treeOf(operations)
  const groups: Array<{ readonly name: string; readonly path: ReadonlyArray<string>; readonly node: TreeNode }> = []
  const visit = (path: ReadonlyArray<string>, node: TreeNode) => {
    groups.push({ name: path.length === 0 ? "BeeperDesktopResources" : groupTypeName(path), path, node })
    for (const [segment, child] of node.children) if (child.children.size > 0) visit([...path, segment], child)
  }
  visit([], root)
  for (const group of groups) {
    const operationsBelow = countOperations(group.node)
    body.push(...docComment([
      group.path.length === 0
        ? `Every operation of the Beeper Desktop API, as the resource tree of the \`BeeperDesktop\` service: \`beeper.chats.list(...)\`, \`beeper.chats.messages.reactions.add(...)\`, ... (${operationsBelow} operations).`
        : `${groupSummary(group.path, group.node)} Reached as \`beeper.${group.path.join(".")}\`.`,
      ...exportTags("Resources"),
    ], ""))
    body.push(`export interface ${group.name} {`)
    for (const [segment, child] of [...group.node.children].sort(([a], [b]) => a.localeCompare(b, "en"))) {
      const parts: Array<string> = []
      const doc: Array<string> = []
      if (child.operation) {
        const operation = child.operation
        const names = namesOf(operation)
        parts.push(noteModels(`((${parameters(names.input, operation.fields, "CallOptions")}) => Effect.Effect<${outputType(types, operation)}, RequestError>)`))
        parts.push(operation.pagination ? names.streams : `WithEndpoint<${JSON.stringify(operation.operationId)}>`)
        doc.push(...operationDoc(ctx, operation))
      }
      if (child.children.size > 0) {
        const path = [...group.path, segment]
        parts.push(groupTypeName(path))
        if (doc.length === 0) doc.push(groupSummary(path, child))
      }
      body.push(...docComment(doc, "  "), `  readonly ${propertyKey(segment)}: ${parts.join(" & ")}`)
    }
    body.push("}", "")
  }

  // Lookup tables and the endpoint entry of every method.
  body.push(...docComment([
    "The input type of every operation, by operationId: what `Input<Id>` reads (`Input<\"chats.list\">` is `ChatsListInput`).",
    ...exportTags("Inputs"),
  ], ""))
  body.push("export interface OperationInputs {")
  for (const operation of operations) body.push(`  readonly ${JSON.stringify(operation.operationId)}: ${namesOf(operation).input}`)
  body.push("}", "")
  body.push(...docComment([
    "The success type of every operation, by operationId: what `Output<Id>` reads (`Output<\"chats.list\">` is `ChatListPage`).",
    ...exportTags("Outputs"),
  ], ""))
  body.push("export interface OperationOutputs {")
  for (const operation of operations) body.push(noteModels(`  readonly ${JSON.stringify(operation.operationId)}: ${outputType(types, operation)}`))
  body.push("}", "")
  body.push(...docComment([
    "What every method carries besides its call: the endpoint table entry it runs (`beeper.chats.list.endpoint`).",
    ...exportTags("Resources"),
  ], ""))
  body.push(
    "export interface WithEndpoint<Id extends keyof Endpoints> {",
    "  /** The endpoint table entry this method runs (method, path template, Schemas, pagination, idempotency). */",
    "  readonly endpoint: Endpoints[Id]",
    "}",
  )

  const head = [
    "// The `BeeperDesktop` service's API as named, documented types: the resource tree (`BeeperDesktopResources`, one",
    "// interface per group), each operation's input, and its Stream forms when it is paginated. Type-only: the",
    "// service builds its methods from the endpoint table (ResourceTree.ts) and is typed with these interfaces.",
    "",
    'import type { Effect, Stream } from "effect"',
    `import type { PaginationError, RequestError } from "${handwritten}BeeperError.ts"`,
    `import type { CallOptions, StreamOptions } from "${handwritten}CallOptions.ts"`,
    'import type { Endpoints } from "./endpoints.ts"',
    ...(usedModels.size > 0 ? [`import type { ${[...usedModels].sort().map(modelImport).join(", ")} } from "./models.ts"`] : []),
    ...(body.some((line) => line.includes("Open<")) && ctx.openEnumsModule !== null ? [`import type { Open } from "${ctx.openEnumsModule}"`] : []),
    "",
  ]
  return [...head, ...body].join("\n")
}

/** An input field as the input Schema types it: `Schema.optional` (the key may be absent or `undefined`). */
const optionalField = (field: InputField): SchemaTerm =>
  field.required ? field.term : { _tag: "Call", member: "optional", args: [field.term] }

const countOperations = (node: TreeNode): number => operationsUnder(node, []).length

/** The operations at and below a node, as paths relative to it (`list`, `contacts.search`, ...). */
const operationsUnder = (node: TreeNode, path: ReadonlyArray<string>): Array<string> => [
  ...(node.operation ? [path.join(".")] : []),
  ...[...node.children].flatMap(([segment, child]) => operationsUnder(child, [...path, segment])),
]

/** `The \`chats.messages\` operations (3): \`reactions.add\`, ...` */
const groupSummary = (path: ReadonlyArray<string>, node: TreeNode): string => {
  const below = operationsUnder(node, []).sort((a, b) => a.localeCompare(b, "en"))
  return `The \`${path.join(".")}\` operations (${below.length}): ${below.map((id) => `\`${id}\``).join(", ")}.`
}

const emitConformance = (ctx: ApiTypesContext, components: ReadonlyArray<ComponentModel>, operations: ReadonlyArray<OperationModel>): string => {
  const out: Array<string> = [
    "// Compile-time proofs that the named types of models.ts and api.ts are the types of the Schemas they describe",
    "// (identical, not merely assignable): `tsc` fails here when the generator prints a type that drifts from its Schema.",
    "// Type-only and exported by no entry point.",
    "",
    `import type { InputOf, SuccessOf } from "${ctx.endpointContractModule}"`,
    'import type * as Api from "./api.ts"',
    'import type { Endpoints } from "./endpoints.ts"',
    'import type * as Models from "./models.ts"',
    'import type * as Schemas from "./schemas.ts"',
    "",
    "/** `true` when `A` and `B` are identical (same keys, same optionality and readonly-ness, same types, all the way down). */",
    "type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false",
    "",
    "/** Compiles only when `T` is `true`: a failing proof is an error on its own line. */",
    "type Proof<T extends true> = T",
    "",
    "/** Each model is its Schema's `Type`. */",
    "export interface ModelProofs {",
    ...components.map((component) => {
      const name = componentIdentifier(component.name)
      return `  ${JSON.stringify(component.name)}: Proof<Same<Models.${name}, typeof Schemas.${name}.Type>>`
    }),
    "}",
    "",
    "/** Each operation's input and output are what its endpoint table entry decodes. */",
    "export interface OperationProofs {",
    ...operations.flatMap((operation) => [
      `  ${JSON.stringify(`${operation.operationId} input`)}: Proof<Same<Api.OperationInputs[${JSON.stringify(operation.operationId)}], InputOf<Endpoints[${JSON.stringify(operation.operationId)}]>>>`,
      `  ${JSON.stringify(`${operation.operationId} output`)}: Proof<Same<Api.OperationOutputs[${JSON.stringify(operation.operationId)}], SuccessOf<Endpoints[${JSON.stringify(operation.operationId)}]>>>`,
    ]),
    "}",
    "",
  ]
  return out.join("\n")
}
