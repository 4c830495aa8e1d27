/**
 * `@beeper-kit/mock-server/effect` — the mock server for the tests of Effect programs. {@link layerMock} starts it
 * in-process (127.0.0.1, a free port) and provides `BeeperDesktop` and `BeeperEvents` pointed at it, plus
 * {@link BeeperMock} (the running server: `simulate`, `faults`, `onChange`); the server closes when the layer is
 * released. Needs `effect` and `@beeper-kit/effect` (peer dependencies); the package's main entry does not.
 *
 * Run such tests with `it.live`: the services' retries, timeouts and reconnects wait on Effect's `Clock`, and
 * `it.effect`'s test clock only moves on `TestClock.adjust`, so a retried 503 would wait for ever there.
 *
 * ```ts
 * it.live("answers a contact", () =>
 *   Effect.gen(function*() {
 *     const mock = yield* BeeperMock
 *     mock.simulate.incomingMessage({ text: "ping" })
 *     // ... run the code under test, which uses BeeperDesktop / BeeperEvents
 *   }).pipe(Effect.provide(layerMock({ seed: 42 }))))
 * ```
 *
 * @module
 */
import { type BeeperDesktop, type BeeperEvents, BeeperServices } from "@beeper-kit/effect"
import { Context, Effect, Layer, Redacted, type Scope } from "effect"
import { type MockServer, type MockServerOptions, startMockServer } from "./server/server.ts"

/** The running mock server behind {@link layerMock}: drive the outside world with `simulate`, inject `faults`. */
export class BeeperMock extends Context.Service<BeeperMock, MockServer>()("@beeper-kit/mock-server/BeeperMock") {}

/** Options of {@link layerMock}: the mock server's own, plus how the client services talk to it. */
export interface LayerMockOptions extends MockServerOptions {
  /** HTTP and live events behaviour of the services (retry, timeouts, `strict`, ...); the connection is the mock's. */
  readonly client?: Omit<BeeperServices.Options, "baseUrl" | "accessToken" | "allowInsecureToken"> | undefined
  /** The transports (e.g. `BeeperNode.layerTransport`); default: the global `fetch` and `WebSocket`. */
  readonly transport?: Layer.Layer<BeeperServices.Transport> | undefined
}

/** A mock server for the scope: started now, closed when the scope closes. */
export const scoped = (options: MockServerOptions = {}): Effect.Effect<MockServer, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.promise(() => startMockServer(options)),
    (server) => Effect.promise(() => server.close()),
  )

/**
 * A mock server started in-process for the layer's lifetime, with `BeeperDesktop` and `BeeperEvents` pointed at it
 * (its URL and token) and {@link BeeperMock} to drive it.
 */
export const layerMock = (
  options: LayerMockOptions = {},
): Layer.Layer<BeeperMock | BeeperDesktop | BeeperEvents> => {
  const { client, transport, ...serverOptions } = options
  const services = Layer.unwrap(
    Effect.map(BeeperMock, (server) =>
      BeeperServices.layer({ ...client, baseUrl: server.url, accessToken: Redacted.make(server.token) })),
  ).pipe(
    Layer.provide(transport ?? BeeperServices.adapter().layerTransport),
    // the mock listens on loopback: the token never travels in clear text to another host
    Layer.orDie,
  )
  return services.pipe(Layer.provideMerge(Layer.effect(BeeperMock, scoped(serverOptions))))
}
