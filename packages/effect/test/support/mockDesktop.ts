// The mock server (@beeper-kit/mock-server) for the test's scope, and BeeperDesktop / BeeperEvents layers pointed at it.
import type { MockServer, MockServerOptions } from "@beeper-kit/mock-server"
import { mockServerScoped } from "@beeper-kit/testkit/mock-server"
import { Effect, Layer, Redacted, type Scope } from "effect"
import { FetchHttpClient } from "effect/http"
import { BeeperDesktop, BeeperEvents, type ClientOptions } from "../../src/index.ts"

/** Client options, and optionally another token than the server's. */
export interface LayerOptions extends ClientOptions {
  readonly accessToken?: Redacted.Redacted<string>
}

/** A running mock server and the layers of the services pointed at it (`BeeperDesktop` over FetchHttpClient). */
export interface MockDesktop {
  readonly server: MockServer
  /** A layer for the server (its token unless `accessToken` is given). */
  readonly layer: (options?: LayerOptions) => Layer.Layer<BeeperDesktop, never>
  /** Both services for the server: `layer()` and `BeeperEvents` (its token, the runtime's own WebSocket). */
  readonly services: () => Layer.Layer<BeeperDesktop | BeeperEvents, never>
}

/** Starts a mock server for the scope (closed at its end). */
export const mockDesktop = (options: MockServerOptions = {}): Effect.Effect<MockDesktop, never, Scope.Scope> =>
  mockServerScoped({ seed: 5, ...options }).pipe(
    Effect.map((server) => ({
      server,
      layer: (layerOptions: LayerOptions = {}) => desktopLayer(server, layerOptions),
      services: () =>
        Layer.merge(
          desktopLayer(server),
          BeeperEvents.layer({ baseUrl: server.url, accessToken: Redacted.make(server.token) }).pipe(
            Layer.provide(BeeperEvents.layerWebSocketConstructor),
            Layer.orDie,
          ),
        ),
    })),
  )

/** A `BeeperDesktop` layer (FetchHttpClient) for `server`: its token unless `options.accessToken` is given. */
const desktopLayer = (server: MockServer, options: LayerOptions = {}): Layer.Layer<BeeperDesktop, never> =>
  BeeperDesktop.layer({ baseUrl: server.url, accessToken: Redacted.make(server.token), ...options }).pipe(
    Layer.provide(FetchHttpClient.layer),
    Layer.orDie,
  )
