// The types of the project's @hey-api/openapi-ts plugin: its options and the shapes hey-api's plugin API gives it.
// A leaf module: the handler (plugin.ts), the table emitter (endpoint-table.ts) and the factory (config.ts) import it.
import type { DefinePlugin } from "@hey-api/openapi-ts"

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
   * Module exporting `openEnum` (packages/effect/src/internal/openEnum.ts). When set, the enums of components
   * that only responses reach are wrapped in `openEnum(...)`: their types admit unknown values, which the
   * tolerant reader keeps; request-side enums stay closed. @default null (every enum closed)
   */
  readonly openEnumsModule?: string | null
  /**
   * Module exporting the `Endpoint` contract (packages/effect/src/Endpoint.ts), relative to `endpointsFile`: the
   * generated table imports its type from there and is checked against it. @default "../Endpoint.ts"
   */
  readonly endpointContractModule?: string
}

/** Resolved options (every default applied). */
export interface EffectPluginConfig {
  readonly name: "@beeper-kit/effect-schema"
  readonly schemasFile: string
  readonly endpointsFile: string
  readonly validatorsFile: string | null
  readonly openEnumsModule: string | null
  readonly endpointContractModule: string
}

/** The plugin's types, as hey-api's plugin API wants them. */
export type EffectPlugin = DefinePlugin<EffectPluginUserConfig, EffectPluginConfig>

/** A symbol of hey-api's code generator (what `plugin.symbol` returns). */
export type GenSymbol = ReturnType<EffectPlugin["Instance"]["symbol"]>
