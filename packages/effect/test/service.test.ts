// The service as a whole: every operation of the table is reachable in the resource tree, layerConfig reads
// Config, the cleartext-token guard, and one span per request named after its operationId.
import { inspect } from "node:util"
import { assert, describe, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer, Redacted, Tracer } from "effect"
import { FetchHttpClient } from "effect/http"
import { BeeperDesktop, BeeperConfig, endpoints, TokenGuard } from "../src/index.ts"
import { scriptedServer } from "./support/scriptedServer.ts"

const secret = "test-token-SERVICE-77aa"
const token = Redacted.make(secret)

/** Walks `root` along an operationId's segments. */
const lookUp = (root: unknown, operationId: string): unknown =>
  operationId.split(".").reduce<unknown>(
    (node, segment) => (node as Record<string, unknown> | undefined)?.[segment],
    root,
  )

describe("resource tree", () => {
  it.effect("every operation of the spec is a method where its operationId says, with its table entry", () =>
    Effect.gen(function*() {
      const beeper = yield* BeeperDesktop
      const ids = Object.keys(endpoints)
      assert.isAtLeast(ids.length, 60)
      for (const id of ids) {
        const method = lookUp(beeper, id) as { endpoint?: unknown; stream?: unknown; pages?: unknown }
        assert.strictEqual(typeof method, "function", id)
        assert.strictEqual(method.endpoint, endpoints[id as keyof typeof endpoints], id)
        const paginated = endpoints[id as keyof typeof endpoints].pagination !== null
        assert.strictEqual(typeof method.stream === "function", paginated, `${id} stream`)
        assert.strictEqual(typeof method.pages === "function", paginated, `${id} pages`)
      }
      // Examples from the issue land where their ids say.
      assert.strictEqual(beeper.chats.messages.reactions.add.endpoint.path, "/v1/chats/{chatID}/messages/{messageID}/reactions")
      assert.strictEqual(
        beeper.bridges.loginSessions.steps.submit.endpoint.path,
        "/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}",
      )
      assert.strictEqual(beeper.search.endpoint.path, "/v1/search")
    }).pipe(Effect.provide(BeeperDesktop.layer({ accessToken: token }).pipe(Layer.provide(FetchHttpClient.layer)))))

  it.live("call(operationId, input) reaches the same operation", () =>
    Effect.gen(function*() {
      const server = yield* scriptedServer(() => ({ status: 200, body: [] }))
      const beeper = yield* BeeperDesktop.pipe(
        Effect.provide(BeeperDesktop.layer({ baseUrl: server.url, accessToken: token }).pipe(Layer.provide(FetchHttpClient.layer))),
      )
      const accounts = yield* beeper.call("accounts.list", {})
      assert.deepStrictEqual(accounts, [])
      assert.strictEqual(server.requests[0]!.url, "/v1/accounts")
    }))
})

describe("configuration", () => {
  it.live("layerConfig reads BEEPER_ACCESS_TOKEN and BEEPER_DESKTOP_URL through Config", () =>
    Effect.gen(function*() {
      const server = yield* scriptedServer(() => ({ status: 200, body: [] }))
      const provider = ConfigProvider.fromEnv({ env: { BEEPER_ACCESS_TOKEN: secret, BEEPER_DESKTOP_URL: server.url } })
      yield* BeeperDesktop.use((beeper) => beeper.accounts.list()).pipe(
        Effect.provide(BeeperDesktop.layerConfig().pipe(Layer.provide(FetchHttpClient.layer))),
        Effect.provideService(ConfigProvider.ConfigProvider, provider),
      )
      assert.strictEqual(server.requests[0]!.headers.authorization, `Bearer ${secret}`)
    }))

  it.effect("BEEPER_DESKTOP_URL defaults to http://localhost:23373; the token is Redacted", () =>
    Effect.gen(function*() {
      const options = yield* BeeperConfig.config.pipe(
        Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnv({ env: { BEEPER_ACCESS_TOKEN: secret } })),
      )
      assert.strictEqual(String(options.baseUrl), "http://localhost:23373/")
      assert.isTrue(Redacted.isRedacted(options.accessToken))
      assert.notInclude(inspect(options), secret)
      const connection = yield* BeeperConfig.resolve(options)
      assert.strictEqual(BeeperConfig.urlOf(connection, "/v1/info"), "http://localhost:23373/v1/info")
      assert.strictEqual(BeeperConfig.websocketUrl(connection, "/v1/ws").href, "ws://localhost:23373/v1/ws")
    }))

  it.effect("a missing BEEPER_ACCESS_TOKEN fails the layer with a ConfigError", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(
        BeeperDesktop.use(() => Effect.void).pipe(
          Effect.provide(BeeperDesktop.layerConfig().pipe(Layer.provide(FetchHttpClient.layer))),
          Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnv({ env: {} })),
        ),
      )
      assert.strictEqual(error._tag, "ConfigError")
    }))

  it.effect("a base URL path prefix is kept", () =>
    Effect.gen(function*() {
      const connection = yield* BeeperConfig.resolve({ baseUrl: "https://proxy.example/beeper", accessToken: token })
      assert.strictEqual(BeeperConfig.urlOf(connection, "/v1/chats"), "https://proxy.example/beeper/v1/chats")
    }))
})

describe("cleartext token guard", () => {
  it("loopback hosts are recognised", () => {
    for (const host of ["localhost", "127.0.0.1", "127.8.9.10", "[::1]", "::1", "[::ffff:127.0.0.1]"]) {
      assert.isTrue(TokenGuard.isLoopbackHost(host), host)
    }
    for (const host of ["192.168.1.2", "10.0.0.1", "example.com", "localhost.example.com", "128.0.0.1", "[::2]", "app.localhost", "evil.localhost", "localhost."]) {
      assert.isFalse(TokenGuard.isLoopbackHost(host), host)
    }
    assert.isTrue(TokenGuard.isLoopbackHost(new URL("http://[::ffff:127.0.0.1]:1/").hostname))
  })

  it.effect("a non-loopback http:// URL fails the layer with InsecureTransport, before any request", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(
        BeeperDesktop.use(() => Effect.void).pipe(
          Effect.provide(
            BeeperDesktop.layer({ baseUrl: "http://192.168.1.20:23373", accessToken: token }).pipe(
              Layer.provide(FetchHttpClient.layer),
            ),
          ),
        ),
      )
      assert.strictEqual(error._tag, "InsecureTransport")
      if (error._tag === "InsecureTransport") assert.strictEqual(error.url, "http://192.168.1.20:23373")
    }))

  it.effect("https:// and an explicit opt-in are accepted", () =>
    Effect.gen(function*() {
      yield* BeeperConfig.resolve({ baseUrl: "https://desktop.example", accessToken: token })
      const optIn = yield* BeeperConfig.resolve({
        baseUrl: "http://192.168.1.20:23373",
        accessToken: token,
        allowInsecureToken: true,
      })
      assert.isTrue(optIn.allowInsecureToken)
    }))

  it.live("with the opt-in from Config, BEEPER_ALLOW_INSECURE_TOKEN=true", () =>
    Effect.gen(function*() {
      const options = yield* BeeperConfig.config.pipe(
        Effect.provideService(
          ConfigProvider.ConfigProvider,
          ConfigProvider.fromEnv({
            env: { BEEPER_ACCESS_TOKEN: secret, BEEPER_DESKTOP_URL: "http://10.1.2.3:23373", BEEPER_ALLOW_INSECURE_TOKEN: "true" },
          }),
        ),
      )
      const connection = yield* BeeperConfig.resolve(options)
      assert.strictEqual(connection.baseUrl.host, "10.1.2.3:23373")
    }))
})

describe("tracing", () => {
  it.live("every request runs in a span named after its operationId with method, path template and status", () =>
    Effect.gen(function*() {
      const spans: Array<Tracer.Span> = []
      const tracer = Tracer.make({
        span(options) {
          const span = Tracer.nativeTracer.span(options)
          spans.push(span)
          return span
        },
      })
      const server = yield* scriptedServer((_, index) => index === 0 ? { status: 200, body: [] } : { status: 404, body: { code: "NF", message: "nope" } })
      yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        yield* beeper.accounts.list()
        yield* Effect.ignore(beeper.chats.retrieve({ chatID: "secret-chat" }))
      }).pipe(
        Effect.provide(BeeperDesktop.layer({ baseUrl: server.url, accessToken: token }).pipe(Layer.provide(FetchHttpClient.layer))),
        Effect.withTracer(tracer),
      )
      const list = spans.find((span) => span.name === "accounts.list")
      const retrieve = spans.find((span) => span.name === "chats.retrieve")
      assert.isDefined(list)
      assert.isDefined(retrieve)
      assert.strictEqual(list!.attributes.get("http.request.method"), "GET")
      assert.strictEqual(list!.attributes.get("url.template"), "/v1/accounts")
      assert.strictEqual(list!.attributes.get("http.response.status_code"), 200)
      assert.strictEqual(retrieve!.attributes.get("url.template"), "/v1/chats/{chatID}")
      assert.strictEqual(retrieve!.attributes.get("http.response.status_code"), 404)
      assert.strictEqual(retrieve!.status._tag, "Ended")
      // No secret anywhere in any span (ours or the HTTP client's children).
      for (const span of spans) {
        for (const [key, value] of span.attributes) assert.notInclude(`${key}=${String(value)}`, secret)
      }
    }))
})
