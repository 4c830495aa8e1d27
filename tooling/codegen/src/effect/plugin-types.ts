// The types of the project's @hey-api/openapi-ts plugin: its options and the shapes hey-api's plugin API gives it.
// A leaf module (types only): the handler (plugin.ts), the emitters (endpoint-table.ts, api-types.ts) and the factory (config.ts) import it.
import type { DefinePlugin, IR } from "@hey-api/openapi-ts"
import type { SchemaTerm } from "./schema-term.ts"

/** Options of the `@beeper-kit/effect-schema` plugin. */
export interface EffectPluginUserConfig {
  readonly name: "@beeper-kit/effect-schema"
  /** Output file (without extension) of the component schemas. @default "schemas" */
  readonly schemasFile?: string
  /** Output file of the endpoint table and per-operation input schemas. @default "endpoints" */
  readonly endpointsFile?: string
  /**
   * Output file of the fast checks of the table's JSON success Schemas (see validators.ts); `null` skips it.
   * @default "validators"
   */
  readonly validatorsFile?: string | null
  /**
   * Output file of the operations' input checks (see input-checks.ts); `null` skips it (and so does a null
   * `validatorsFile`). @default "inputChecks"
   */
  readonly inputChecksFile?: string | null
  /**
   * Module exporting `openEnum` (packages/effect/src/internal/openEnum.ts). When set, the enums of components
   * that only responses reach are wrapped in `openEnum(...)`: their types admit unknown values, which the
   * tolerant reader keeps; request-side enums stay closed. @default null (every enum closed)
   */
  readonly openEnumsModule?: string | null
  /**
   * Module exporting the checks of the string formats (packages/effect/src/internal/formats.ts: `dateTimeFormat` and
   * `isDateTime`, see schema-term.ts `formatChecks`), relative to the generated files. Without it, response Schemas
   * leave formats unchecked, and a request carrying a `format: date-time` string stops the plugin, naming it.
   * @default null
   */
  readonly formatsModule?: string | null
  /**
   * Module exporting the `Endpoint` contract (packages/effect/src/Endpoint.ts), relative to `endpointsFile`: the
   * generated table imports its type from there and is checked against it. @default "../Endpoint.ts"
   */
  readonly endpointContractModule?: string
  /**
   * Also write the named, documented types (api-types.ts): `models.ts` (what `schemasFile` names its types after),
   * `api.ts` (the service's resource tree) and `conformance.ts` (their proofs against the Schemas). @default true
   */
  readonly apiTypes?: boolean
}

/** Resolved options (every default applied). */
export interface EffectPluginConfig {
  readonly name: "@beeper-kit/effect-schema"
  readonly schemasFile: string
  readonly endpointsFile: string
  readonly validatorsFile: string | null
  readonly inputChecksFile: string | null
  readonly openEnumsModule: string | null
  readonly formatsModule: string | null
  readonly endpointContractModule: string
  readonly apiTypes: boolean
}

/** The plugin's types, as hey-api's plugin API wants them. */
export type EffectPlugin = DefinePlugin<EffectPluginUserConfig, EffectPluginConfig>

/** A symbol of hey-api's code generator (what `plugin.symbol` returns). */
export type GenSymbol = ReturnType<EffectPlugin["Instance"]["symbol"]>

/** One key of an operation's flat input: a path, query or header parameter, or a body field (or the whole `body`). */
export interface InputField {
  readonly key: string
  readonly schema: IR.SchemaObject
  /** The key's Schema (what the input Schema holds, printed by schema-expr.ts, typed by api-types.ts). */
  readonly term: SchemaTerm
  readonly required: boolean
  readonly doc: Array<string> | undefined
}

/**
 * One operation as the endpoint table emitter (endpoint-table.ts) read it: what the fast checks (validators.ts) and
 * the named API types (api-types.ts) are emitted from.
 */
export interface OperationModel {
  readonly operationId: string
  /** Upper-case HTTP method. */
  readonly method: string
  readonly path: string
  readonly summary: string | undefined
  readonly description: string | undefined
  readonly deprecated: boolean
  /** The flat input's keys, in the input Schema's order. */
  readonly fields: ReadonlyArray<InputField>
  readonly success:
    | { readonly kind: "json"; readonly term: SchemaTerm }
    | { readonly kind: "void" }
    | { readonly kind: "binary" }
  /** `x-pagination` of a cursor-paginated operation. */
  readonly pagination: { readonly items: string; readonly cursorParam: string; readonly directionParam: string } | undefined
}
