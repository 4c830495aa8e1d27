// Handler of the `@beeper-kit/effect-schema` hey-api plugin: walks hey-api's parsed IR once, translating each schema
// into a SchemaTerm (schema-term.ts), and from those terms emits one Effect Schema per component (`schemas.ts`) and
// the endpoint table (`endpoints.ts`) through hey-api's ts-dsl, the fast response checks (`validators.ts`), the input
// checks (`inputChecks.ts`: input-checks.ts) and the named, documented types (`models.ts`, `api.ts`, `conformance.ts`: api-types.ts).
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { $, type IR } from "@hey-api/openapi-ts"
import type { Schema as EffectSchema } from "effect"
import { componentDoc } from "../doc-comments.ts"
import { normalizeText } from "../generated-file.ts"
import type { OpenApiDocument } from "../spec.ts"
import type { EffectPlugin, GenSymbol } from "./plugin-types.ts"
import { componentDirections } from "./directions.ts"
import { type ComponentModel, emitApiTypes, sinceVersion } from "./api-types.ts"
import { emitEndpointTable, inputOf, jsonSuccessOf, operationsOf } from "./endpoint-table.ts"
import { inputCheckEntries } from "./input-checks.ts"
import { assertComponentNamesFree, componentIdentifier } from "./names.ts"
import { annotatePureCalls } from "./pure.ts"
import { type SchemaExprContext, schemaExpr } from "./schema-expr.ts"
import { type CheckedFormat, docLines, formatChecks, hasAdditionalProperties, objectShape, type SchemaTerm, type SchemaTermContext, toSchemaTerm } from "./schema-term.ts"
import { schemaType, type SchemaTypeContext } from "./schema-type.ts"
import { schemaValue, type SchemaValueContext } from "./schema-value.ts"
import { emitValidators, validatorInputs } from "./validators.ts"

const schemaMeta = ($ref: string) => ({ category: "schema", resource: "definition", resourceId: $ref }) as const

/**
 * The plugin's handler: emits every component schema (`schemasFile`), the endpoint table (`endpointsFile`), unless
 * `validatorsFile` is null the fast checks of the table's success Schemas, and unless `apiTypes` is false the named
 * types of the models and of the service's API.
 */
export const handler: EffectPlugin["Handler"] = ({ plugin }) => {
  const config = plugin.config
  /** Writes a module the plugin prints as text (not through hey-api's files), under the same header. */
  const writeSource = (file: string, source: string): void => {
    const header = plugin.context.config.output.header
    const lines = Array.isArray(header) ? header.join("\n") : ""
    mkdirSync(plugin.context.config.output.path, { recursive: true })
    writeFileSync(join(plugin.context.config.output.path, `${file}.ts`), `${lines ? `${lines}\n\n` : ""}${normalizeText(source)}`)
  }
  // A deep namespace import (`import * as Schema from "effect/Schema"`): the `effect` barrel would load and bundle
  // every Effect module.
  const Schema = plugin.symbol("Schema", { external: "effect/Schema", importKind: "namespace" })
  const defined = new Map<string, GenSymbol>()

  const resolve = ($ref: string): IR.SchemaObject => plugin.context.resolveIrRef<IR.SchemaObject>($ref)
  const structs = new Map<string, boolean>()
  const isStruct = ($ref: string): boolean => {
    const known = structs.get($ref)
    if (known !== undefined) return known
    structs.set($ref, false) // cycles are not structs for spreading purposes
    const schema = resolve($ref)
    let result = false
    if (schema.$ref) result = isStruct(schema.$ref)
    else if (schema.type === "object") {
      result = !hasAdditionalProperties(schema) && Object.keys(schema.properties ?? {}).length > 0
    } else if (schema.logicalOperator === "and" && schema.items && !schema.type) {
      const [first] = schema.items
      result = schema.items.length === 1 && first
        ? first.$ref ? isStruct(first.$ref) : first.type === "object" && !hasAdditionalProperties(first)
        : objectShape(base, schema) !== undefined
    }
    structs.set($ref, result)
    return result
  }

  const base: SchemaTermContext = {
    resolve,
    isStruct,
    // Both sides: a request refuses a `date-time` that is none, the tolerant reader reports one in a response as drift.
    checkFormats: config.formatsModule !== null,
    // Not emitted yet: hey-api walks schemas in dependency order, so this is a cycle, broken lazily.
    ref: ($ref) => ({ _tag: "Ref", $ref, lazy: !defined.has($ref) }),
  }

  // Components only responses reach get open enums (when the plugin is told where `openEnum` lives).
  const openEnum = config.openEnumsModule === null ? undefined : plugin.symbol("openEnum", { external: config.openEnumsModule })
  const directions = componentDirections(plugin.context.spec as OpenApiDocument)
  const responseOnly = openEnum === undefined ? new Set<string>() : directions.responseOnly
  const opened: SchemaTermContext = {
    ...base,
    openEnums: true,
    // an enum component a request also carries, without null (a `NullOr` is no enum to open)
    isClosedEnum: ($ref) => {
      if (responseOnly.has($ref.replace("#/components/schemas/", ""))) return false
      const target = resolve($ref)
      return target.type === "enum" && !(target.items ?? []).some((item) => item.const === null)
    },
  }
  // The formats module's checks (`dateTimeFormat`), one symbol each, made when a Schema first uses it.
  const formatSymbols = new Map<CheckedFormat, GenSymbol>()
  const formatSymbol = (module: string, format: CheckedFormat): GenSymbol => {
    let symbol = formatSymbols.get(format)
    if (symbol === undefined) {
      symbol = plugin.symbol(formatChecks[format].filter, { external: module })
      formatSymbols.set(format, symbol)
    }
    return symbol
  }
  const exprs: SchemaExprContext = {
    Schema,
    ref: (term) => {
      const symbol = term.lazy ? undefined : defined.get(term.$ref)
      if (symbol) return $(symbol)
      // The field's type is `unknown` (TypeScript cannot infer a self-referencing constant).
      const later = plugin.referenceSymbol(schemaMeta(term.$ref))
      return $(Schema).attr("suspend").call(
        $.func().returns($.type(Schema).attr("Codec").generic("unknown")).do($.return($(later))),
      )
    },
    openEnum: openEnum === undefined ? undefined : (schema) => $(openEnum).call(schema),
    formatCheck: config.formatsModule === null ? undefined : (format) => $(formatSymbol(config.formatsModule!, format)),
  }

  const components = new Map<string, SchemaTerm>()
  // Each component's declared type (schema-type.ts): its Schema type, naming the components it uses.
  const types: SchemaTypeContext = {
    Schema,
    OpenEnum: config.openEnumsModule === null ? undefined : plugin.symbol("OpenEnum", { external: config.openEnumsModule, kind: "type" }),
    component: (term) => (term.lazy ? undefined : defined.get(term.$ref)),
    fieldsOf: ($ref) => {
      const term = components.get($ref.replace("#/components/schemas/", ""))
      const fields = term?._tag === "Call" && term.member === "Struct" ? term.args[0] : undefined
      return fields?._tag === "Fields" ? fields : undefined
    },
  }
  const models: Array<ComponentModel> = []
  // The named types of the models (models.ts): `schemas.ts` names each Schema's type after them.
  const Models = config.apiTypes
    ? plugin.symbol("Models", { external: "./models.ts", importKind: "namespace", kind: "type" })
    : undefined
  plugin.forEach("schema", (event) => {
    const ctx = responseOnly.has(event.name) ? opened : base
    const $ref = `#/components/schemas/${event.name}`
    // The Schema and its type take the identifier the other modules name the component by (not hey-api's own
    // escaping of each: it leaves `Object` a type's name but not a constant's).
    const identifier = componentIdentifier(event.name)
    const value = plugin.symbol(identifier, {
      meta: schemaMeta($ref),
      getFilePath: () => config.schemasFile,
    })
    const term = toSchemaTerm(ctx, event.schema, $ref)
    components.set(event.name, term)
    // Every exported Schema is documented: a component without a description gets one naming it and its uses.
    const doc = docLines(event.schema.description
      ? event.schema
      : { ...event.schema, description: componentDoc(plugin.context.spec as OpenApiDocument, event.name) })
    models.push({ name: event.name, term, doc })
    const declared = schemaType(types, term)
    const statement = (declared === undefined ? $.const(value).export() : $.const(value).export().type(declared))
      .assign(schemaExpr(exprs, term))
    plugin.node(statement.doc([...(doc ?? []), `@since ${sinceVersion}`, "@category Schemas"]))
    defined.set($ref, value)

    const type = plugin.symbol(identifier, {
      kind: "type",
      meta: { category: "type", resource: "definition", resourceId: $ref },
      getFilePath: () => config.schemasFile,
    })
    plugin.node(
      $.type.alias(type).export()
        .doc([...(doc ?? [`The \`${event.name}\` model.`]), `@since ${sinceVersion}`, "@category Models"])
        .type(Models ? $.type(Models).attr(identifier) : $.type.query($(value).attr("Type"))),
    )
  })

  const operations = operationsOf(plugin)
  const successes = operations.flatMap((operation) => jsonSuccessOf(base, operation) ?? [])
  // operationId → the name of its fast check in `validatorsFile` (operations without one are always decoded).
  const fastChecks = new Map<string, string>()
  // operationId → the name of its input check in `inputChecksFile` (operations without one always encode their input).
  const inputChecks = new Map<string, string>()

  if (config.validatorsFile !== null) {
    // The same terms, built as live Schemas (what the generated modules define), translated into the fast checks.
    const live = new Map<string, EffectSchema.Top>()
    const values: SchemaValueContext = {
      component: ($ref) => {
        const name = $ref.replace("#/components/schemas/", "")
        const known = live.get(name)
        if (known) return known
        const term = components.get(name)
        if (!term) throw new Error(`Effect Schema plugin: no component ${$ref}`)
        const built = schemaValue(values, term)
        live.set(name, built)
        return built
      },
    }
    const inputs = validatorInputs(
      [...components.keys()].map((name) => ({ name, schema: values.component(`#/components/schemas/${name}`) })),
      successes.map(({ operationId, schema }) => ({ operationId, schema: schemaValue(values, schema) })),
    )
    const emitted = emitValidators({ ...inputs, formatsModule: config.formatsModule })
    const supported = new Set(emitted.supported)
    for (const { operationId, entry } of inputs.operations) {
      if (supported.has(entry)) fastChecks.set(operationId, `is${entry}`)
    }
    writeSource(config.validatorsFile, annotatePureCalls(emitted.source))

    if (config.inputChecksFile !== null) {
      // The operations' input Schemas, translated by the same translator into a module of their own (input-checks.ts).
      const checked = inputCheckEntries(
        values,
        operations.map((operation) => ({ operationId: operation.operationId ?? operation.id, fields: inputOf(base, operation).fields })),
      )
      const emittedInputs = emitValidators({
        components: inputs.components,
        entries: checked.entries,
        operations: [],
        kind: "input",
        formatsModule: config.formatsModule,
      })
      const supportedInputs = new Set(emittedInputs.supported)
      for (const { operationId, entry } of checked.operations) {
        if (supportedInputs.has(entry)) inputChecks.set(operationId, `is${entry}`)
      }
      writeSource(config.inputChecksFile, annotatePureCalls(emittedInputs.source))
    }
  }

  const operationModels = emitEndpointTable({
    plugin,
    operations,
    fastChecks,
    inputChecks,
    validatorsModule: `./${config.validatorsFile}.ts`,
    inputChecksModule: `./${config.inputChecksFile}.ts`,
    terms: base,
    exprs,
    Schema,
    file: config.endpointsFile,
    contractModule: config.endpointContractModule,
  })
  // Before anything is printed (hey-api prints the modules after this handler; a throw leaves no output published).
  assertComponentNamesFree([...components.keys()], operationModels)

  // The named, documented types of the models and of the service's API (type-only modules).
  if (config.apiTypes) {
    const sources = emitApiTypes(
      { resolve, openEnumsModule: config.openEnumsModule, endpointContractModule: config.endpointContractModule },
      models,
      operationModels,
    )
    writeSource("models", sources.models)
    writeSource("api", sources.api)
    writeSource("conformance", sources.conformance)
  }
}
