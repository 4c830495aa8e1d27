/** Bridge login sessions: create, retrieve, cancel, and submit the current step. */
import type { components } from "../generated/openapi.ts"
import { object, oneOf, optional, record, string } from "../http/input.ts"
import type { Router } from "../http/route.ts"
import type { RouteContext } from "./context.ts"

type Schemas = components["schemas"]

/** Registers the Login Sessions operations. */
export const registerLoginSessions = (router: Router, { store }: RouteContext): void => {
  const { bridges } = store
  router.route(
    "post",
    "/v1/bridges/{bridgeID}/login-sessions",
    {
      body: object<Schemas["LoginSessionCreateRequest"]>({
        accountID: optional(string({ minLength: 1 })),
        flowID: optional(string({ minLength: 1 })),
        loginID: optional(string({ minLength: 1 })),
      }),
      bodyRequired: false,
    },
    ({ path, body }) => structuredClone(bridges.createSession(bridges.require(path.bridgeID), body ?? {})),
  )
  router.route("get", "/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}", {}, ({ path }) =>
    structuredClone(bridges.requireSession(bridges.require(path.bridgeID), path.loginSessionID)),
  )
  router.route("delete", "/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}", {}, ({ path }) => {
    const bridge = bridges.require(path.bridgeID)
    bridges.cancelSession(bridge, path.loginSessionID)
    return { bridgeID: bridge.spec.bridgeID, loginSessionID: path.loginSessionID, status: "cancelled" as const }
  })
  router.route(
    "post",
    "/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}",
    {
      body: object<Schemas["LoginStepSubmitRequest"]>({
        type: oneOf(["user_input", "cookies", "display_and_wait"]),
        fields: optional(record(string())),
        lastURL: optional(string()),
        source: optional(oneOf(["api", "webview", "browser_extension"])),
      }),
      bodyRequired: true,
    },
    ({ path, body }) => structuredClone(bridges.submitStep(bridges.require(path.bridgeID), path.loginSessionID, path.stepID, body)),
  )
}
