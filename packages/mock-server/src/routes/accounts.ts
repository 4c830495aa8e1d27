/** GET /v1/accounts and GET /v1/accounts/{accountID}. */
import type { Router } from "../http/route.ts"
import type { RouteContext } from "./context.ts"

/** Registers the Accounts operations. */
export const registerAccounts = (router: Router, { store }: RouteContext): void => {
  router.route("get", "/v1/accounts", {}, () => store.records.accounts.map((a) => a.account))
  router.route("get", "/v1/accounts/{accountID}", {}, ({ path }) => store.records.requireAccount(path.accountID).account)
}
