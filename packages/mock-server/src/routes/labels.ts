/** GET /v1/labels. */
import type { Router } from "../http/route.ts"
import type { RouteContext } from "./context.ts"

/** Registers the Labels operation. */
export const registerLabels = (router: Router, { store }: RouteContext): void => {
  router.route("get", "/v1/labels", {}, () => store.records.labels.map((l) => ({ ...l })))
}
