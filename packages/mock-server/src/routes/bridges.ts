/** Bridges, their capabilities and login flows, and bridge logins (list, retrieve, remove). */
import type { components } from "../generated/openapi.ts"
import { object, oneOf } from "../http/input.ts"
import type { Router } from "../http/route.ts"
import type { RouteContext } from "./context.ts"

type Schemas = components["schemas"]

/** Registers the Bridges operations. */
export const registerBridges = (router: Router, { store }: RouteContext): void => {
  const { bridges } = store
  router.route("get", "/v1/bridges", {}, () => ({ items: bridges.list() }))
  router.route("get", "/v1/bridges/{bridgeID}", {}, ({ path }) => bridges.view(bridges.require(path.bridgeID)))
  router.route("get", "/v1/bridges/{bridgeID}/capabilities", {}, ({ path }) => structuredClone(bridges.require(path.bridgeID).spec.provisioning))
  router.route("get", "/v1/bridges/{bridgeID}/login-flows", {}, ({ path }) => ({ items: bridges.require(path.bridgeID).spec.flows.map((f) => ({ ...f.flow })) }))
  router.route("get", "/v1/bridges/{bridgeID}/logins", {}, ({ path }) => ({ items: bridges.require(path.bridgeID).logins.map((l) => structuredClone(l)) }))
  router.route("get", "/v1/bridges/{bridgeID}/logins/{loginID}", {}, ({ path }) => structuredClone(bridges.requireLogin(bridges.require(path.bridgeID), path.loginID)))
  router.route(
    "post",
    "/v1/bridges/{bridgeID}/logins/{loginID}/remove",
    { body: object<Schemas["BridgeLoginRemoveRequest"]>({ scope: oneOf(["current-device", "all-devices"]) }), bodyRequired: true },
    ({ path, body }) => {
      const affectedAccountIDs = bridges.removeLogin(bridges.require(path.bridgeID), path.loginID, body.scope)
      return { bridgeID: path.bridgeID, loginID: path.loginID, scope: body.scope, status: "removed" as const, affectedAccountIDs }
    },
  )
}
