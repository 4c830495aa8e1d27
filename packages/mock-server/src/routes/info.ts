/** GET /v1/info: server discovery (public). */
import { arch, platform, release } from "node:os"
import type { Router } from "../http/route.ts"
import type { RouteContext } from "./context.ts"

/** The Beeper Desktop release this mock imitates. */
export const DESKTOP_VERSION = "4.2.808"

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
          spec: "/v1/spec",
          ws_events: "/v1/ws",
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
