/**
 * The HTTP application: Hono with the typed routes of every resource group, CORS for browser clients,
 * fault injection in front of /v1, the control API under /_mock, and errors rendered in the spec's Error shape.
 */
import type { HttpBindings } from "@hono/node-server"
import { Hono } from "hono"
import { cors } from "hono/cors"
import { HTTPException } from "hono/http-exception"
import { registerControl } from "../features/control.ts"
import type { Drift } from "../features/drift.ts"
import type { Faults } from "../features/faults.ts"
import { bearerToken, makeAuthenticate, tokenMatches } from "../http/auth.ts"
import { ApiError, fromDomain } from "../http/errors.ts"
import { Router } from "../http/route.ts"
import { registerAccounts } from "../routes/accounts.ts"
import { registerAppSetup } from "../routes/app-setup.ts"
import { registerAppVerification } from "../routes/app-verification.ts"
import { registerAssets } from "../routes/assets.ts"
import { registerBridges } from "../routes/bridges.ts"
import { registerChats } from "../routes/chats.ts"
import { registerClient } from "../routes/client.ts"
import { registerContacts } from "../routes/contacts.ts"
import type { ServerAddress } from "../routes/context.ts"
import { DESKTOP_VERSION, registerInfo, registerMcp, registerSpec } from "../routes/info.ts"
import { registerLabels } from "../routes/labels.ts"
import { registerLoginSessions } from "../routes/login-sessions.ts"
import { registerMessages } from "../routes/messages.ts"
import { registerOAuth } from "../routes/oauth.ts"
import { registerReactions } from "../routes/reactions.ts"
import { registerReminders } from "../routes/reminders.ts"
import type { Simulate } from "../features/simulate.ts"
import type { Store } from "../store/index.ts"

/** What the application is built from. */
export interface AppDependencies {
  readonly store: Store
  readonly token: string
  readonly faults: Faults
  readonly simulate: Simulate
  readonly address: () => ServerAddress
  /** The drift profile, when on: every JSON success body goes through it. */
  readonly drift?: Drift | undefined
}

/** The Hono app and the operations it serves (`"GET /v1/chats/{chatID}"`, ...). */
export interface MockApp {
  readonly app: Hono<{ Bindings: HttpBindings }>
  readonly operations: ReadonlySet<string>
}

/**
 * True when `thrown` is the request's own connection failing while its body was read: the client went away (an
 * aborted fetch) or `close()` cut the connection. Node ends the request stream with `Error: aborted` (ECONNRESET)
 * and reading the body rejects with that very error, so identity tells it apart from any bug in the mock.
 */
const connectionLost = (thrown: unknown, bindings: Partial<HttpBindings> | undefined): boolean =>
  thrown instanceof Error && bindings?.incoming?.errored === thrown

/** Builds the application. */
export const createApp = (deps: AppDependencies): MockApp => {
  const app = new Hono<{ Bindings: HttpBindings }>()
  const authenticate = makeAuthenticate(deps.token, () => deps.store.app.isSignedIn())

  app.use("*", async (c, next) => {
    c.header("X-Beeper-Desktop-Version", DESKTOP_VERSION)
    await next()
  })
  app.use(
    "*",
    cors({
      origin: "*",
      allowHeaders: ["Authorization", "Content-Type", "Range"],
      exposeHeaders: ["Retry-After", "Content-Range", "Accept-Ranges", "X-Beeper-Desktop-Version"],
    }),
  )
  const drift = deps.drift
  const router = new Router(app as unknown as Hono, authenticate, drift && ((reply) => drift.response(reply)))
  // Before the routes, so faults apply first; it asks the router (filled in below) which operation a request reaches.
  app.use("/v1/*", deps.faults.middleware((method, path) => router.templateOf(method, path)))

  const context = { store: deps.store, address: deps.address }
  registerInfo(router, context)
  registerSpec(router)
  registerMcp(router)
  registerOAuth(router, context, deps.token)
  registerAccounts(router, context)
  registerContacts(router, context)
  registerChats(router, context)
  registerReminders(router, context)
  registerMessages(router, context)
  registerReactions(router, context)
  registerAssets(router, context)
  registerClient(router, context)
  registerLabels(router, context)
  registerBridges(router, context)
  registerLoginSessions(router, context)
  registerAppSetup(router, context)
  registerAppVerification(router, context)

  registerControl(app as unknown as Hono, {
    faults: deps.faults,
    simulate: deps.simulate,
    authenticate: (header) => {
      if (!tokenMatches(bearerToken(header), deps.token)) throw new ApiError(401, "UNAUTHORIZED", header === undefined ? "Access token is missing" : "Access token is invalid")
    },
  })

  app.notFound((c) => {
    if (c.req.path.startsWith("/v1/")) {
      const header = c.req.header("authorization")
      if (!tokenMatches(bearerToken(header), deps.token))
        return c.json({ code: "UNAUTHORIZED", message: header === undefined ? "Access token is missing" : "Access token is invalid" }, 401)
    }
    const allowed = router.allowedMethods(c.req.path)
    if (allowed.length > 0) {
      c.header("Allow", allowed.join(", "))
      return c.json({ code: "METHOD_NOT_ALLOWED", message: `${c.req.method} is not allowed on ${c.req.path} (allowed: ${allowed.join(", ")})` }, 405)
    }
    return c.json({ code: "NOT_FOUND", message: `No route for ${c.req.method} ${c.req.path}` }, 404)
  })

  app.onError((thrown, c) => {
    // Nobody is left to read an answer (499: nginx's "client closed request"); a 500 and a log would blame the mock.
    if (connectionLost(thrown, c.env)) return new Response(null, { status: 499 })
    const error = fromDomain(thrown)
    if (error instanceof ApiError) return c.json(error.toBody(), error.status)
    if (error instanceof HTTPException && error.status < 500) return c.json({ code: "BAD_REQUEST", message: error.message }, 400)
    console.error("[mock-server] unexpected error", error)
    return c.json({ code: "INTERNAL_ERROR", message: error instanceof Error ? error.message : String(error) }, 500)
  })

  return { app, operations: router.registered }
}
