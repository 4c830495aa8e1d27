// The project's @hey-api/openapi-ts plugin that emits Effect 4 Schemas and the endpoint table.
import { definePluginConfig } from "@hey-api/openapi-ts"
import type { EffectPlugin } from "./plugin-types.ts"
import { handler } from "./plugin.ts"

/**
 * The plugin factory: pass `effectSchemaPlugin({...})` in `plugins` of hey-api's `createClient`.
 */
export const effectSchemaPlugin = definePluginConfig<EffectPlugin["Types"]>({
  config: {
    schemasFile: "schemas",
    endpointsFile: "endpoints",
    validatorsFile: "validators",
    inputChecksFile: "inputChecks",
    openEnumsModule: null,
    formatsModule: null,
    endpointContractModule: "../Endpoint.ts",
    apiTypes: true,
  },
  handler,
  name: "@beeper-kit/effect-schema",
})
