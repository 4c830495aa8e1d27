/**
 * GET /v1/info: server discovery (public), and what it advertises that the mock serves besides the spec's
 * operations: the OpenAPI document at `endpoints.spec`. (`endpoints.ws_events` is ws.ts, `endpoints.oauth` is
 * oauth.ts; MCP is advertised as disabled, `mcp_enabled: false`, and its endpoints say so.)
 */
import { arch, platform, release } from "node:os"
import { OPENAPI_JSON } from "../generated/openapi-json.ts"
import type { Router } from "../http/route.ts"
import { WS_PATH } from "../server/ws.ts"
import { OAUTH_PATHS } from "./oauth.ts"
import type { RouteContext } from "./context.ts"

/** The Beeper Desktop release this mock imitates. */
export const DESKTOP_VERSION = "4.2.808"

/** Where GET /v1/info says the OpenAPI document is. */
export const SPEC_PATH = "/v1/spec"

/**
 * GET /v1/spec: the OpenAPI document this mock implements (spec/openapi.yaml as JSON). Public like /v1/info:
 * it is discovery metadata, and tools fetch it before they hold a token.
 */
export const registerSpec = (router: Router): void =>
  router.extra("GET", SPEC_PATH, () => new Response(OPENAPI_JSON, { headers: { "content-type": "application/json; charset=utf-8" } }), "none")

/** Where GET /v1/info says the MCP server would be; it is advertised as disabled (`mcp_enabled: false`). */
export const MCP_PATH = "/v0/mcp"

/** The MCP endpoints (`/v0/mcp`, and `/v0/sse` of the guide) say that MCP is disabled, as Desktop does when it is off. */
export const registerMcp = (router: Router): void => {
  for (const path of [MCP_PATH, "/v0/sse"])
    for (const method of ["GET", "POST"] as const)
      router.extra(method, path, (c) => c.json({ code: "MCP_DISABLED", message: "The MCP server is not enabled (GET /v1/info: server.mcp_enabled is false)" }, 404), "none")
}

/** Registers the Info operation. */
export const registerInfo = (router: Router, { address }: RouteContext): void => {
  router.route(
    "get",
    "/v1/info",
    {},
    () => {
      const { host, port, url } = address()
      return {
        app: { bundle_id: "com.automattic.beeper.desktop", name: "Beeper Desktop", version: DESKTOP_VERSION },
        platform: { arch: arch(), os: platform(), release: release() },
        server: { base_url: url, hostname: host, port, mcp_enabled: false, remote_access: false, status: "running" },
        endpoints: {
          mcp: MCP_PATH,
          spec: SPEC_PATH,
          ws_events: WS_PATH,
          oauth: { ...OAUTH_PATHS },
        },
      }
    },
    "none",
  )
}
