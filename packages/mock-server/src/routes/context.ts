/** What route modules are given: the store and where the server listens. */
import type { Store } from "../store/index.ts"

/** The address the server listens on (known once it is bound). */
export interface ServerAddress {
  readonly host: string
  readonly port: number
  readonly url: string
}

/** Dependencies of every route module. */
export interface RouteContext {
  readonly store: Store
  readonly address: () => ServerAddress
}
