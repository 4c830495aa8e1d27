// Handler of the `@beeper-kit/effect-schema` hey-api plugin: walks hey-api's parsed IR and emits, through
// hey-api's ts-dsl, one Effect Schema per component (`schemas.ts`) and the endpoint table (`endpoints.ts`).
import { $, type IR } from "@hey-api/openapi-ts"
import { componentDoc } from "../doc-comments.ts"
import type { OpenApiDocument } from "../spec.ts"
import type { EffectPlugin, GenSymbol } from "./plugin-types.ts"
import { responseOnlyComponents } from "./directions.ts"
import { emitEndpointTable } from "./endpoint-table.ts"
import { docLines, objectShape, type SchemaExprContext, toSchemaExpr } from "./schema-expr.ts"

const schemaMeta = ($ref: string) => ({ category: "schema", resource: "definition", resourceId: $ref }) as const

/**
 * The plugin's handler: emits every component schema (`schemasFile`) and the endpoint table (`endpointsFile`).
 */
export const handler: EffectPlugin["Handler"] = ({ plugin }) => {
  const config = plugin.config
  const Schema = plugin.symbol("Schema", { external: "effect" })
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
      result = !schema.additionalProperties && Object.keys(schema.properties ?? {}).length > 0
    } else if (schema.logicalOperator === "and" && schema.items && !schema.type) {
      const [first] = schema.items
      result = schema.items.length === 1 && first
        ? first.$ref ? isStruct(first.$ref) : first.type === "object" && !first.additionalProperties
        : objectShape(base, schema) !== undefined
    }
    structs.set($ref, result)
    return result
  }

  const base: SchemaExprContext = {
    Schema,
    resolve,
    isStruct,
    ref: ($ref) => {
      const symbol = defined.get($ref)
      if (symbol) return $(symbol)
      // Not emitted yet: hey-api walks schemas in dependency order, so this is a cycle. Break it lazily;
      // the field's type is `unknown` (TypeScript cannot infer a self-referencing constant).
      const later = plugin.referenceSymbol(schemaMeta($ref))
      return $(Schema).attr("suspend").call(
        $.func().returns($.type(Schema).attr("Codec").generic("unknown")).do($.return($(later))),
      )
    },
  }

  // Components only responses reach get open enums (when the plugin is told where `openEnum` lives).
  const openEnum = config.openEnumsModule === null ? undefined : plugin.symbol("openEnum", { external: config.openEnumsModule })
  const responseOnly = openEnum === undefined
    ? new Set<string>()
    : responseOnlyComponents(plugin.context.spec as OpenApiDocument)
  const opened: SchemaExprContext = { ...base, openEnum: (schema) => $(openEnum!).call(schema) }

  plugin.forEach("schema", (event) => {
    const ctx = responseOnly.has(event.name) ? opened : base
    const $ref = `#/components/schemas/${event.name}`
    const value = plugin.symbol(event.name, {
      meta: schemaMeta($ref),
      getFilePath: () => config.schemasFile,
    })
    const expr = toSchemaExpr(ctx, event.schema, $ref)
    // Every exported Schema is documented: a component without a description gets one naming it and its uses.
    const doc = docLines(event.schema.description
      ? event.schema
      : { ...event.schema, description: componentDoc(plugin.context.spec as OpenApiDocument, event.name) })
    const statement = $.const(value).export().assign(expr)
    plugin.node(doc ? statement.doc(doc) : statement)
    defined.set($ref, value)

    const type = plugin.symbol(event.name, {
      kind: "type",
      meta: { category: "type", resource: "definition", resourceId: $ref },
      getFilePath: () => config.schemasFile,
    })
    plugin.node($.type.alias(type).export().type($.type.query($(value).attr("Type"))))
  })

  emitEndpointTable({ plugin, ctx: base, Schema, file: config.endpointsFile, contractModule: config.endpointContractModule })
}
