// Emits `endpoints.ts`: the endpoint table (one entry per operation, keyed by operationId) that the Effect
// layer builds its client from, and the per-operation input Schemas. What an entry holds is not declared here: the
// table is typed against the one handwritten contract, `Endpoint` (packages/effect/src/Endpoint.ts), which the
// generated file imports (`endpointContractModule`). Each entry is annotated `TypedEndpoint<Id, Method, Path,
// typeof Input, JsonSuccess<typeof Schema>, Pagination>` and the table `Endpoints` is an interface of `typeof entry`
// properties: the emitted declarations (dist/generated/endpoints.d.ts) then name every Schema instead of spelling its
// structure out at each use (about 1.35 MB of inferred types without the annotations).
import { $, type IR, type TsDsl } from "@hey-api/openapi-ts"
import type ts from "typescript"
import { sinceVersion } from "./api-types.ts"
import type { EffectPlugin, GenSymbol, InputField, OperationModel } from "./plugin-types.ts"
import { headerKey, operationTypeNames, pascalCase } from "./names.ts"
import { type Expr, type SchemaExprContext, schemaExpr } from "./schema-expr.ts"
import { docLines, objectShape, type SchemaTerm, type SchemaTermContext, toSchemaTerm } from "./schema-term.ts"

interface EmitArgs {
  readonly plugin: EffectPlugin["Instance"]
  /** The operations, in table order (see {@link operationsOf}). */
  readonly operations: ReadonlyArray<IR.OperationObject>
  /**
   * The generated fast check of an operation's JSON success body, by operationId: the name `validatorsModule`
   * exports it under. Operations without one are always decoded.
   */
  readonly fastChecks: ReadonlyMap<string, string>
  /**
   * The generated input check of an operation (input-checks.ts), by operationId: the name `inputChecksModule`
   * exports it under. Operations without one always encode their input through the input Schema.
   */
  readonly inputChecks: ReadonlyMap<string, string>
  /** Module of the input checks, relative to the generated file (`./inputChecks.ts`). */
  readonly inputChecksModule: string
  /** Module of the fast checks, relative to the generated file (`./validators.ts`). */
  readonly validatorsModule: string
  readonly terms: SchemaTermContext
  readonly exprs: SchemaExprContext
  readonly Schema: GenSymbol
  readonly file: string
  /** Module exporting the `Endpoint` contract the table is typed against, relative to the generated file. */
  readonly contractModule: string
}

const isJson = (mediaType: string | undefined): boolean =>
  mediaType !== undefined && (mediaType === "application/json" || /\+json$|^application\/json;/.test(mediaType))

type RawOperation = {
  readonly security?: ReadonlyArray<Record<string, ReadonlyArray<string>>>
  readonly deprecated?: boolean
  readonly description?: string
  readonly [key: `x-${string}`]: unknown
}

/** `bearer` (token required), `public` (`security: []`) or `optional` (`[{}, {bearerAuth: []}]`). */
const securityOf = (raw: RawOperation | undefined, global: RawOperation["security"]): "bearer" | "public" | "optional" => {
  const security = raw?.security ?? global ?? []
  if (security.length === 0) return "public"
  const anonymous = security.some((requirement) => Object.keys(requirement).length === 0)
  return anonymous ? "optional" : "bearer"
}

// ---- one operation ------------------------------------------------------------------------------------

/** The JSON success Schema of an operation (what its fast check is translated from). */
export interface SuccessSchema {
  readonly operationId: string
  readonly schema: SchemaTerm
}

/** The printed Schema of an IR schema. */
const toSchemaExpr = (args: EmitArgs, schema: IR.SchemaObject, path: string): Expr =>
  schemaExpr(args.exprs, toSchemaTerm(args.terms, schema, path))

const parameterEntry = (args: EmitArgs, parameter: IR.ParameterObject, key: string, path: string): Expr => {
  const schema = parameter.schema
  return $.object()
    .prop("name", $.literal(parameter.name))
    .prop("key", $.literal(key))
    .prop("required", $.literal(parameter.required === true))
    .prop("array", $.literal(schema.type === "array"))
    .prop("style", $.literal(parameter.style))
    .prop("explode", $.literal(parameter.explode))
    .prop("deprecated", $.literal(parameter.deprecated === true))
    .prop("schema", toSchemaExpr(args, schema, path))
}

/** JSDoc of a parameter: its own description (or its schema's), default and deprecation. */
const parameterDoc = (parameter: IR.ParameterObject): Array<string> | undefined => {
  const description = parameter.description ?? parameter.schema.description
  return docLines({
    ...parameter.schema,
    ...(description !== undefined ? { description } : {}),
    ...(parameter.deprecated ? { deprecated: true } : {}),
  })
}

/** Path/query/header parameters in a stable order (the spec's order within each location). */
const parametersOf = (operation: IR.OperationObject, location: "path" | "query" | "header") =>
  Object.values(operation.parameters?.[location] ?? {})

/** An operation's flat input: its fields, and the body's keys among them (`null`: the body is the `body` key). */
export interface OperationInput {
  readonly fields: ReadonlyArray<InputField>
  readonly bodyFields: ReadonlyArray<string> | null
}

/**
 * The input fields of an operation: path, query and header parameters, then the body (its properties, flattened, when
 * it is a plain object whose keys do not collide with a parameter; otherwise under `body`). What its input Schema is
 * printed from (here) and its input check translated from (input-checks.ts).
 */
export const inputOf = (terms: SchemaTermContext, operation: IR.OperationObject): OperationInput => {
  const pointer = `#/paths/${operation.path}/${operation.method}`
  const fields: Array<InputField> = []
  // inputs are the request side: their string formats are checked before sending
  const requestTerms: SchemaTermContext = { ...terms, checkFormats: true }
  const field = (key: string, schema: IR.SchemaObject, required: boolean, doc: Array<string> | undefined): InputField =>
    ({ key, schema, term: toSchemaTerm(requestTerms, schema, `${pointer}/input/${key}`), required, doc })
  for (const parameter of [...parametersOf(operation, "path"), ...parametersOf(operation, "query")]) {
    fields.push(field(parameter.name, parameter.schema, parameter.required === true, parameterDoc(parameter)))
  }
  for (const parameter of parametersOf(operation, "header")) {
    fields.push(field(headerKey(parameter.name), parameter.schema, parameter.required === true, parameterDoc(parameter)))
  }
  const body = operation.body
  let bodyFields: Array<string> | null = null
  if (body) {
    const shape = objectShape(terms, body.schema)
    const taken = new Set(fields.map((field) => field.key))
    if (shape && shape.properties.size > 0 && ![...shape.properties.keys()].some((key) => taken.has(key))) {
      bodyFields = [...shape.properties.keys()]
      for (const [key, schema] of shape.properties) {
        fields.push(field(key, schema, body.required === true && shape.required.has(key), docLines(schema)))
      }
    } else {
      fields.push(field("body", body.schema, body.required === true, ["The request body."]))
    }
  }
  return { fields, bodyFields }
}

const emitOperation = (
  args: EmitArgs,
  operation: IR.OperationObject,
  raw: RawOperation | undefined,
  globalSecurity: RawOperation["security"],
): {
  readonly key: string
  readonly entry: ReturnType<typeof $.object>
  readonly type: TypeNode
  readonly doc: Array<string>
  readonly model: OperationModel
} => {
  const { plugin, Schema, file } = args
  const operationId = operation.operationId ?? operation.id
  const pointer = `#/paths/${operation.path}/${operation.method}`
  const S = (member: string) => $(Schema).attr(member)

  const pathParams = parametersOf(operation, "path")
  const queryParams = parametersOf(operation, "query")
  const headerParams = parametersOf(operation, "header")
  const body = operation.body
  const { fields, bodyFields } = inputOf(args.terms, operation)
  const inputFields = $.object().pretty()
  for (const field of fields) {
    const value = schemaExpr(args.exprs, field.term)
    // Top-level optional inputs accept `undefined` as "not given" (callers often pass `{ limit: maybe }`).
    const prop = $.prop({ kind: "prop", name: field.key }).value(field.required ? value : S("optional").call(value))
    inputFields.props(field.doc ? prop.doc(field.doc) : prop)
  }
  const inputName = operationTypeNames(operationId).input
  const inputSymbol = plugin.symbol(inputName, {
    meta: { category: "schema", resource: "operation", resourceId: operation.id, role: "input" },
    getFilePath: () => file,
  })
  plugin.node(
    $.const(inputSymbol).export().doc([
      `Input of \`${operationId}\` (${operation.method.toUpperCase()} ${operation.path}).`,
      `@since ${sinceVersion}`,
      "@category Inputs",
    ]).assign(
      S("Struct").call(inputFields),
    ),
  )
  const inputType = plugin.symbol(inputName, {
    kind: "type",
    meta: { category: "type", resource: "operation", resourceId: operation.id, role: "input" },
    getFilePath: () => file,
  })
  plugin.node($.type.alias(inputType).export().type($.type.query($(inputSymbol).attr("Type"))))

  // Responses: one success (the lowest 2xx; another 2xx such as assets.serve's 206 Partial Content is read as that
  // same success by the client), every non-2xx status is an error.
  const statuses = Object.keys(operation.responses ?? {}).sort()
  const successStatus = successStatusOf(operation)
  if (!successStatus) throw new Error(`Effect Schema plugin: ${operationId} has no 2xx response`)
  const response = operation.responses![successStatus]!
  const status = Number(successStatus)
  const json = jsonSuccessOf(args.terms, operation)
  const fastCheck = args.fastChecks.get(operationId)
  const mediaType = response.mediaType
  // The success Schema as a name: a component's constant, or (another shape, e.g. `Schema.Array(Label)`) a module
  // constant of its own, `<Operation>Success`, so that the entry's declared type can say `typeof` it.
  const successSchema = () => {
    const term = json!.schema
    if (term._tag === "Ref") return schemaExpr(args.exprs, term)
    const hoisted = plugin.symbol(operationTypeNames(operationId).success, {
      meta: { category: "schema", resource: "operation", resourceId: operation.id, role: "success" },
      getFilePath: () => file,
    })
    plugin.node(
      $.const(hoisted).doc([`Success body of \`${operationId}\`.`]).assign(schemaExpr(args.exprs, term)),
    )
    return $(hoisted)
  }
  const jsonSuccess = (contentType: string) => {
    const success = $.object()
      .prop("status", $.literal(status))
      .prop("kind", $.literal("json"))
      .prop("contentType", $.literal(contentType))
      .prop("schema", successSchemaExpr!)
    return fastCheck === undefined
      ? success
      : success.prop("fastCheck", $(plugin.symbol(fastCheck, { external: args.validatorsModule })))
  }
  const successKind = response.schema.type === "void" || !response.mediaType ? "void" : isJson(response.mediaType) ? "json" : "binary"
  const successSchemaExpr = successKind === "json" ? successSchema() : undefined
  const success = successKind === "void"
    ? $.object().prop("status", $.literal(status)).prop("kind", $.literal("void"))
    : successKind === "json"
      ? jsonSuccess(mediaType!)
      : $.object().prop("status", $.literal(status)).prop("kind", $.literal("binary")).prop("contentType", $.literal(response.mediaType!))
  const contract = (name: string) => $.type(plugin.symbol(name, { external: args.contractModule, kind: "type" }))
  const successType = successKind === "json"
    ? contract("JsonSuccess").generic($.type.query(successSchemaExpr!))
    : contract(successKind === "void" ? "VoidSuccess" : "BinarySuccess")
  const errors = $.object()
  for (const code of statuses) {
    if (/^2/.test(code) || !/^\d{3}$/.test(code)) continue
    const error = operation.responses![code]!
    errors.prop(code, error.schema.type === "void" ? S("Void") : toSchemaExpr(args, error.schema, `${pointer}/responses/${code}`))
  }

  const pagination = operation["x-pagination"]
  const idempotencyKey = operation["x-idempotency-key"]
  const idempotent = operation["x-idempotent"]
  const entry = $.object().pretty()
    .prop("operationId", $.literal(operationId))
    .prop("method", $.literal(operation.method.toUpperCase()))
    .prop("path", $.literal(operation.path))
    .prop("tag", $.literal(operation.tags?.[0] ?? ""))
    .prop("summary", $.literal(operation.summary ?? ""))
    .prop("deprecated", $.literal(operation.deprecated === true))
    .prop("security", $.literal(securityOf(raw, globalSecurity)))
    .prop("idempotent", $.literal(typeof idempotent === "boolean" ? idempotent : ["get", "head", "put", "delete", "options"].includes(operation.method)))
    .prop("idempotencyKey", typeof idempotencyKey === "string" ? $.literal(idempotencyKey) : $.literal(null))
    .prop("pagination", pagination ? $.fromValue(pagination) : $.literal(null))
    .prop("pathParams", $.array(...pathParams.map((p) => parameterEntry(args, p, p.name, `${pointer}/parameters/${p.name}`))).pretty())
    .prop("queryParams", $.array(...queryParams.map((p) => parameterEntry(args, p, p.name, `${pointer}/parameters/${p.name}`))).pretty())
    .prop("headerParams", $.array(...headerParams.map((p) => parameterEntry(args, p, headerKey(p.name), `${pointer}/parameters/${p.name}`))).pretty())
    .prop(
      "body",
      body
        ? $.object()
          .prop("contentType", $.literal(body.mediaType))
          .prop("required", $.literal(body.required === true))
          .prop("schema", toSchemaExpr(args, body.schema, `${pointer}/requestBody`))
          .prop("fields", bodyFields ? $.array(...bodyFields.map((key) => $.literal(key))) : $.literal(null))
        : $.literal(null),
    )
    .prop("input", $(inputSymbol))
  const inputCheck = args.inputChecks.get(operationId)
  if (inputCheck !== undefined) entry.prop("inputCheck", $(plugin.symbol(inputCheck, { external: args.inputChecksModule })))
  entry
    .prop("success", success)
    .prop("errors", errors)

  const paginationType = pagination ? readonlyObjectType(pagination) : $.type.literal(null)
  const type = contract("TypedEndpoint").generics(
    $.type.literal(operationId),
    $.type.literal(operation.method.toUpperCase()),
    $.type.literal(operation.path),
    $.type.query($(inputSymbol)),
    successType,
    paginationType,
  )

  const doc = [
    `${operation.method.toUpperCase()} ${operation.path}${operation.summary ? ` — ${operation.summary}` : ""}`,
    ...(raw?.description ? ["", ...raw.description.trim().split("\n").map((line) => line.trimEnd())] : []),
    ...(operation.deprecated ? ["@deprecated"] : []),
  ]
  const model: OperationModel = {
    operationId,
    method: operation.method.toUpperCase(),
    path: operation.path,
    summary: operation.summary,
    description: raw?.description?.trim(),
    deprecated: operation.deprecated === true,
    fields,
    success: json ? { kind: "json", term: json.schema } : response.schema.type === "void" || !response.mediaType ? { kind: "void" } : { kind: "binary" },
    pagination: pagination ? (pagination as OperationModel["pagination"]) : undefined,
  }
  return { key: operationId, entry, type, doc, model }
}

/** Any type node of hey-api's ts-dsl. */
type TypeNode = TsDsl<ts.TypeNode>

/** The literal type of a JSON object of scalars (an `x-pagination` value), its properties `readonly`. */
const readonlyObjectType = (value: object): TypeNode => {
  const type = $.type.object()
  for (const [key, property] of Object.entries(value)) {
    type.prop(key, (p) => p.readonly().type($.type.fromValue(property)))
  }
  return type
}

/** The operations of the spec in table order: by operationId, so the table reads like the API's resource tree. */
export const operationsOf = (plugin: EffectPlugin["Instance"]): ReadonlyArray<IR.OperationObject> => {
  const operations: Array<IR.OperationObject> = []
  plugin.forEach("operation", (event) => operations.push(event.operation))
  return operations.sort((a, b) => (a.operationId ?? a.id).localeCompare(b.operationId ?? b.id, "en"))
}

/** The lowest 2xx status of an operation: its one success (see `emitOperation`). */
const successStatusOf = (operation: IR.OperationObject): string | undefined =>
  Object.keys(operation.responses ?? {}).sort().find((status) => /^2\d\d$/.test(status))

/** An operation's JSON success Schema, when its success is a JSON body (what its fast check is made from). */
export const jsonSuccessOf = (terms: SchemaTermContext, operation: IR.OperationObject): SuccessSchema | undefined => {
  const successStatus = successStatusOf(operation)
  const response = successStatus === undefined ? undefined : operation.responses![successStatus]!
  if (response === undefined || response.schema.type === "void" || !isJson(response.mediaType)) return undefined
  const operationId = operation.operationId ?? operation.id
  const pointer = `#/paths/${operation.path}/${operation.method}`
  return { operationId, schema: toSchemaTerm(terms, response.schema, `${pointer}/responses/${successStatus}`) }
}

/** `chats.messages.reactions.add` → `chatsMessagesReactionsAdd`: the export name of an operation's entry. */
export const operationExportName = (operationId: string): string => {
  const pascal = pascalCase(operationId)
  return pascal[0]!.toLowerCase() + pascal.slice(1)
}

/**
 * Emits every operation's input Schema and entry (one export per operation, e.g. `chatsList`, so a bundler keeps only
 * the operations a program imports), the table `endpoints` of them all, its types, and `endpointList`. Returns each
 * operation's description (in table order), from which the named API types are emitted.
 */
export const emitEndpointTable = (args: EmitArgs): ReadonlyArray<OperationModel> => {
  const { plugin, file } = args
  const spec = plugin.context.spec as { readonly paths?: Record<string, Record<string, RawOperation>>; readonly security?: RawOperation["security"] }
  const endpointType = plugin.symbol("Endpoint", { external: args.contractModule, kind: "type" })

  const table = $.object().pretty()
  const tableType = $.type.object()
  const models: Array<OperationModel> = []
  for (const operation of args.operations) {
    const raw = spec.paths?.[operation.path]?.[operation.method]
    const { key, entry, type, doc, model } = emitOperation(args, operation, raw, spec.security)
    const symbol = plugin.symbol(operationExportName(key), {
      meta: { category: "schema", resource: "operation", resourceId: operation.id, role: "endpoint" },
      getFilePath: () => file,
    })
    plugin.node(
      $.const(symbol).export().doc([`\`${key}\`: ${doc[0]}`, ...doc.slice(1), `@since ${sinceVersion}`, "@category Operations"])
        .type(type).assign(entry),
    )
    table.props($.prop({ kind: "prop", name: key }).value($(symbol)))
    tableType.prop(key, (p) => p.readonly().type($.type.query($(symbol))))
    models.push(model)
  }

  // The table's type first, as its own declaration of `typeof entry` properties (see the header).
  const endpoints = plugin.symbol("endpoints", { meta: { category: "schema", resource: "endpoints" }, getFilePath: () => file })
  const endpointsType = plugin.symbol("Endpoints", { kind: "type", meta: { category: "type", resource: "endpoints" }, getFilePath: () => file })
  plugin.node($.type.alias(endpointsType).export().doc(["The type of the endpoint table.", `@since ${sinceVersion}`, "@category Endpoints"]).type(tableType))
  plugin.node(
    $.const(endpoints).export().doc([
      "Every operation of the Beeper Desktop API, keyed by operationId (e.g. `chats.messages.reactions.add`).",
      "Schema values keep their types: `typeof endpoints[\"chats.list\"][\"success\"][\"schema\"][\"Type\"]`.",
      "Referencing it keeps every operation in a bundle: import the operations a program calls by name instead.",
      `@since ${sinceVersion}`,
      "@category Endpoints",
    ]).type($.type(endpointsType)).assign(table),
  )
  const operationIdType = plugin.symbol("OperationId", { kind: "type", meta: { category: "type", resource: "endpoints.OperationId" }, getFilePath: () => file })
  plugin.node($.type.alias(operationIdType).export().doc(["Every operationId.", `@since ${sinceVersion}`, "@category Endpoints"]).type($.type(endpointsType).keyof()))
  const list = plugin.symbol("endpointList", { meta: { category: "schema", resource: "endpointList" }, getFilePath: () => file })
  plugin.node(
    $.const(list).export().doc([
      "The table as a list (also checks, at compile time, that every entry is an `Endpoint`).",
      `@since ${sinceVersion}`,
      "@category Endpoints",
    ])
      .type($.type("ReadonlyArray").generic(endpointType))
      .assign($("Object").attr("values").call($(endpoints))),
  )
  return models
}
