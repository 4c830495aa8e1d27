// The project's @hey-api/openapi-ts plugin that emits Effect 4 Schemas and the endpoint table.
import { definePluginConfig, type DefinePlugin } from "@hey-api/openapi-ts"
import { handler } from "./plugin.ts"

/** Options of the `@beeper-kit/effect-schema` plugin. */
export interface EffectPluginUserConfig {
  readonly name: "@beeper-kit/effect-schema"
  /** Output file (without extension) of the component schemas. @default "schemas" */
  readonly schemasFile?: string
  /** Output file of the endpoint table and per-operation input schemas; `null` skips it. @default "endpoints" */
  readonly endpointsFile?: string | null
  /**
   * Emit only these components (by name) into `schemasFile`; every other component is imported from
   * `externalSchemasModule` instead of being emitted. Used by the AsyncAPI step so WS schemas reuse
   * the HTTP ones. @default undefined (emit every component)
   */
  readonly onlySchemas?: ReadonlyArray<string>
  /** Module the components not in `onlySchemas` are imported from, e.g. "./schemas.ts". */
  readonly externalSchemasModule?: string
  /**
   * Module exporting `openEnum` (packages/effect/src/internal/openEnum.ts). When set, the enums of components
   * that only responses reach are wrapped in `openEnum(...)`: their types admit unknown values, which the
   * tolerant reader keeps; request-side enums stay closed. @default null (every enum closed)
   */
  readonly openEnumsModule?: string | null
}

/** Resolved options (every default applied). */
export interface EffectPluginConfig {
  readonly name: "@beeper-kit/effect-schema"
  readonly schemasFile: string
  readonly endpointsFile: string | null
  readonly onlySchemas: ReadonlyArray<string> | undefined
  readonly externalSchemasModule: string | undefined
  readonly openEnumsModule: string | null
}

/** The plugin's types, as hey-api's plugin API wants them. */
export type EffectPlugin = DefinePlugin<EffectPluginUserConfig, EffectPluginConfig>

/**
 * The plugin factory: pass `effectSchemaPlugin({...})` in `plugins` of hey-api's `createClient`.
 */
export const effectSchemaPlugin = definePluginConfig<EffectPlugin["Types"]>({
  config: {
    schemasFile: "schemas",
    endpointsFile: "endpoints",
    onlySchemas: undefined,
    externalSchemasModule: undefined,
    openEnumsModule: null,
  },
  handler,
  name: "@beeper-kit/effect-schema",
})
