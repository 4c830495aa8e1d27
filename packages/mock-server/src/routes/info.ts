/**
 * GET /v1/info: server discovery (public), and what it advertises that the mock serves besides the spec's
 * operations: the OpenAPI document at `endpoints.spec`. (`endpoints.ws_events` is ws.ts; MCP is advertised as
 * disabled, `mcp_enabled: false`.)
 */
import { arch, platform, release } from "node:os"
import { OPENAPI_JSON } from "../generated/openapi-json.ts"
import type { Router } from "../http/route.ts"
import { WS_PATH } from "../ws.ts"
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
  router.extra(SPEC_PATH, () => new Response(OPENAPI_JSON, { headers: { "content-type": "application/json; charset=utf-8" } }), "none")

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
          mcp: "/v0/mcp",
          spec: SPEC_PATH,
          ws_events: WS_PATH,
          oauth: {
            authorization_endpoint: "/oauth/authorize",
            introspection_endpoint: "/oauth/introspect",
            registration_endpoint: "/oauth/register",
            revocation_endpoint: "/oauth/revoke",
            token_endpoint: "/oauth/token",
            userinfo_endpoint: "/oauth/userinfo",
          },
        },
      }
    },
    "none",
  )
}
