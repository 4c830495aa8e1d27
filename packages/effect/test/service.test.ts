// The service as a whole: every operation of the table is reachable in the resource tree, layerConfig reads
// Config, the cleartext-token guard, and one span per request named after its operationId.
import { inspect } from "node:util"
import { assert, describe, it } from "@effect/vitest"
import { Cause, Config, ConfigProvider, Effect, Exit, Layer, Redacted, Stream } from "effect"
import { FetchHttpClient } from "effect/http"
import { BeeperClient, BeeperConfig, BeeperDesktop, endpoints, InvalidRequest, TokenGuard } from "../src/index.ts"
import { scriptedServer } from "./support/scriptedServer.ts"
import { recordingTracer } from "./support/recordingTracer.ts"

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

  it.effect("namespaces and methods are enumerable properties, the same object on every read", () =>
    Effect.gen(function*() {
      const beeper = yield* BeeperDesktop
      const roots = [...new Set(Object.keys(endpoints).map((id) => id.split(".")[0]!))]
      // the groups of the table, in its order, then what the service adds
      assert.deepStrictEqual(Object.keys(beeper), [...roots, "endpoints", "call"])
      assert.strictEqual(beeper.chats, beeper.chats)
      assert.strictEqual(beeper.chats.messages.reactions.add, beeper.chats.messages.reactions.add)
      assert.includeMembers(Object.keys(beeper.chats), ["list", "retrieve", "messages"])
      // a spread or a JSON walk sees every namespace, as it did before they were made on first read
      assert.strictEqual(typeof { ...beeper }.messages.send, "function")
      assert.strictEqual(Object.getOwnPropertyDescriptor(beeper, "chats")?.value, beeper.chats)
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

  it.live("an operationId or an endpoint that is none is an InvalidRequest naming it, nothing sent (it died with a TypeError)", () =>
    Effect.gen(function*() {
      const server = yield* scriptedServer(() => ({ status: 200, body: [] }))
      const layer = BeeperDesktop.layer({ baseUrl: server.url, accessToken: token }).pipe(Layer.provide(FetchHttpClient.layer))
      const { beeper, client } = yield* Effect.all({ beeper: Effect.service(BeeperDesktop), client: Effect.service(BeeperClient) })
        .pipe(Effect.provide(layer))
      for (const operationId of ["chats.nope", "toString", "__proto__"]) {
        const exit = yield* Effect.exit(beeper.call(operationId as never, {} as never))
        const error = Exit.isFailure(exit) ? Cause.squash(exit.cause) : undefined
        assert.instanceOf(error, InvalidRequest, operationId)
        assert.strictEqual((error as InvalidRequest).field, "operationId")
        assert.include((error as InvalidRequest).message, `unknown operation "${operationId}"`)
      }
      for (const endpoint of [undefined, null, {}, "chats.list"]) {
        for (const run of [client.call(endpoint as never, {} as never), Stream.runDrain(client.stream(endpoint as never, {} as never))]) {
          const exit = yield* Effect.exit(run as Effect.Effect<unknown, unknown>)
          const error = Exit.isFailure(exit) ? Cause.squash(exit.cause) : undefined
          assert.instanceOf(error, InvalidRequest, String(endpoint))
          assert.strictEqual((error as InvalidRequest).field, "endpoint")
        }
      }
      assert.strictEqual(server.requests.length, 0)
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
      assert.strictEqual(String(options.baseUrl), "http://localhost:23373")
      assert.isTrue(Redacted.isRedacted(options.accessToken))
      assert.notInclude(inspect(options), secret)
      const connection = yield* BeeperConfig.resolve(options)
      assert.strictEqual(BeeperConfig.urlOf(connection, "/v1/info"), "http://localhost:23373/v1/info")
      assert.strictEqual(BeeperConfig.websocketUrl(connection, "/v1/ws").href, "ws://localhost:23373/v1/ws")
    }))

  it.effect("BeeperConfig.config and strict read each provider they are given, also nested and mapped", () =>
    Effect.gen(function*() {
      const read = <A>(config: Config.Config<A>, env: Record<string, string>) =>
        config.pipe(Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnv({ env })))
      const first = yield* read(BeeperConfig.config, { BEEPER_ACCESS_TOKEN: "a", BEEPER_DESKTOP_URL: "http://127.0.0.1:1" })
      const second = yield* read(BeeperConfig.config, { BEEPER_ACCESS_TOKEN: "b" })
      assert.deepStrictEqual([Redacted.value(first.accessToken), String(first.baseUrl)], ["a", "http://127.0.0.1:1"])
      assert.deepStrictEqual([Redacted.value(second.accessToken), String(second.baseUrl)], ["b", "http://localhost:23373"])
      const nested = yield* read(Config.nested(BeeperConfig.config, "PROD"), { PROD_BEEPER_ACCESS_TOKEN: "c" })
      assert.strictEqual(Redacted.value(nested.accessToken), "c")
      const missing = yield* Effect.flip(read(BeeperConfig.config, {}))
      assert.include(String(missing), "BEEPER_ACCESS_TOKEN")
      assert.deepStrictEqual(
        [
          yield* read(BeeperConfig.strict, {}),
          yield* read(BeeperConfig.strict, { BEEPER_STRICT: "true" }),
          yield* read(BeeperConfig.strict.pipe(Config.map((strict) => !strict)), { BEEPER_STRICT: "false" }),
        ],
        [false, true, true],
      )
      assert.strictEqual((yield* Effect.flip(read(BeeperConfig.strict, { BEEPER_STRICT: "maybe" })))._tag, "ConfigError")
    }))

  it.effect("a missing BEEPER_ACCESS_TOKEN fails the layer with a ConfigurationError naming it and where tokens come from", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(
        BeeperDesktop.use(() => Effect.void).pipe(
          Effect.provide(BeeperDesktop.layerConfig().pipe(Layer.provide(FetchHttpClient.layer))),
          Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnv({ env: {} })),
        ),
      )
      assert.strictEqual(error._tag, "ConfigurationError")
      assert.instanceOf(error, Error) // so Effect.runPromise's rejection prints its message
      assert.include(String(error), "BEEPER_ACCESS_TOKEN is not set")
      assert.include(String(error), "Beeper Desktop → Settings → Developers")
    }))

  describe("BeeperConfig.fromEnvironment: each problem names its variable and says what is wrong", () => {
    const cases: ReadonlyArray<readonly [name: string, env: Record<string, string>, tag: string, variable: string | undefined, text: string]> = [
      ["no token", {}, "ConfigurationError", "BEEPER_ACCESS_TOKEN", "BEEPER_ACCESS_TOKEN is not set"],
      // (before: "is not set" alone, though it was set, to an empty value)
      ["an empty token", { BEEPER_ACCESS_TOKEN: "" }, "ConfigurationError", "BEEPER_ACCESS_TOKEN", "BEEPER_ACCESS_TOKEN is not set (or is empty)"],
      ["a blank token", { BEEPER_ACCESS_TOKEN: " \n" }, "ConfigurationError", "BEEPER_ACCESS_TOKEN", "BEEPER_ACCESS_TOKEN is empty"],
      ["a token with a space", { BEEPER_ACCESS_TOKEN: "a b" }, "ConfigurationError", "BEEPER_ACCESS_TOKEN", "contains a space"],
      ["not a URL", { BEEPER_ACCESS_TOKEN: "t", BEEPER_DESKTOP_URL: "not a url" }, "ConfigurationError", "BEEPER_DESKTOP_URL", 'BEEPER_DESKTOP_URL="not a url" is not a URL'],
      ["a URL without its scheme", { BEEPER_ACCESS_TOKEN: "t", BEEPER_DESKTOP_URL: "localhost:1" }, "ConfigurationError", "BEEPER_DESKTOP_URL", "must start with http:// or https://"],
      ["the alias, malformed", { BEEPER_ACCESS_TOKEN: "t", BEEPER_BASE_URL: "::" }, "ConfigurationError", "BEEPER_BASE_URL", 'BEEPER_BASE_URL="::" is not a URL'],
      ["credentials in the URL", { BEEPER_ACCESS_TOKEN: "t", BEEPER_DESKTOP_URL: "http://u:p@localhost:1" }, "ConfigurationError", "BEEPER_DESKTOP_URL", "must not contain credentials"],
      ["a cleartext URL off loopback", { BEEPER_ACCESS_TOKEN: "t", BEEPER_DESKTOP_URL: "http://192.168.1.20:23373" }, "InsecureTransport", undefined, 'BEEPER_DESKTOP_URL="http://192.168.1.20:23373": Refusing to send the access token in clear text'],
      ["a flag that is not a boolean", { BEEPER_ACCESS_TOKEN: "t", BEEPER_ALLOW_INSECURE_TOKEN: "maybe" }, "ConfigurationError", "BEEPER_ALLOW_INSECURE_TOKEN", "BEEPER_ALLOW_INSECURE_TOKEN must be true or false"],
    ]
    for (const [name, env, tag, variable, text] of cases) {
      it.effect(name, () =>
        Effect.gen(function*() {
          const error = yield* Effect.flip(BeeperConfig.fromEnvironment).pipe(
            Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnv({ env })),
          )
          assert.strictEqual(error._tag, tag)
          if (variable !== undefined) assert.strictEqual((error as { variable?: string }).variable, variable)
          assert.include(error.message, text)
          assert.include(String(error), text)
        }))
    }

    it.effect("a URL carrying the token (credentials, query, fragment, path) is shown without it", () =>
      Effect.gen(function*() {
        const token = "tok-SECRET-1234567890abcdef"
        const cases: ReadonlyArray<readonly [url: string, tag: string, shown: string]> = [
          [`http://user:${token}@localhost:23373`, "ConfigurationError", 'BEEPER_DESKTOP_URL="http://…@localhost:23373/" must not contain credentials'],
          [`http://${token}@localhost:23373`, "ConfigurationError", 'BEEPER_DESKTOP_URL="http://…@localhost:23373/" must not contain credentials'],
          [`http://10.0.0.5:23373/?token=${token}`, "ConfigurationError", 'BEEPER_DESKTOP_URL="http://10.0.0.5:23373/…" must not have a query or fragment'],
          [`http://localhost:23373/#${token}`, "ConfigurationError", 'BEEPER_DESKTOP_URL="http://localhost:23373/…" must not have a query or fragment'],
          [`ftp://localhost/?token=${token}`, "ConfigurationError", 'BEEPER_DESKTOP_URL="ftp://localhost/…" must start with http://'],
          [`http://10.0.0.5:23373/${token}/`, "InsecureTransport", 'BEEPER_DESKTOP_URL="http://10.0.0.5:23373/<redacted>/": Refusing'],
          [`not a url user:${token}@x ?token=${token}`, "ConfigurationError", 'BEEPER_DESKTOP_URL="not a url user:<redacted>@x …" is not a URL'],
          [`ftp://u:${token}@[bad`, "ConfigurationError", 'BEEPER_DESKTOP_URL="ftp://…@[bad" is not a URL'],
        ]
        for (const [url, tag, shown] of cases) {
          const error = yield* Effect.flip(BeeperConfig.fromEnvironment).pipe(
            Effect.provideService(
              ConfigProvider.ConfigProvider,
              ConfigProvider.fromEnv({ env: { BEEPER_ACCESS_TOKEN: token, BEEPER_DESKTOP_URL: url } }),
            ),
          )
          assert.strictEqual(error._tag, tag, url)
          assert.include(error.message, shown, url)
          for (const form of [String(error), JSON.stringify(error), inspect(error, { depth: 10 })]) {
            assert.notInclude(form, token, url)
          }
        }
      }))

    it.effect("the flags read what Config.Boolean reads (yes, 1, off, ... exactly; anything else refused)", () =>
      Effect.gen(function*() {
        for (const value of ["true", "yes", "on", "1", "y", "false", "no", "off", "0", "n", "TRUE", "Yes", " true", "maybe"]) {
          const env = ConfigProvider.fromEnv({ env: { BEEPER_ACCESS_TOKEN: "t", BEEPER_ALLOW_INSECURE_TOKEN: value, BEEPER_STRICT: value } })
          const expected = yield* Effect.result(Config.Boolean("BEEPER_STRICT")).pipe(Effect.provideService(ConfigProvider.ConfigProvider, env))
          const options = yield* Effect.result(BeeperConfig.fromEnvironment).pipe(Effect.provideService(ConfigProvider.ConfigProvider, env))
          const strict = yield* Effect.result(BeeperConfig.strictOf({})).pipe(Effect.provideService(ConfigProvider.ConfigProvider, env))
          if (expected._tag === "Success") {
            assert.strictEqual(options._tag === "Success" && options.success.allowInsecureToken, expected.success, value)
            assert.strictEqual(strict._tag === "Success" && strict.success, expected.success, value)
          } else {
            assert.strictEqual(options._tag === "Failure" && options.failure._tag, "ConfigurationError", value)
            assert.strictEqual(strict._tag === "Failure" && strict.failure.variable, "BEEPER_STRICT", value)
          }
        }
      }))

    it.effect("BEEPER_BASE_URL is read when BEEPER_DESKTOP_URL is not set; BEEPER_DESKTOP_URL wins when both are", () =>
      Effect.gen(function*() {
        const read = (env: Record<string, string>) =>
          BeeperConfig.fromEnvironment.pipe(
            Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnv({ env: { BEEPER_ACCESS_TOKEN: "t", ...env } })),
          )
        assert.strictEqual((yield* read({ BEEPER_BASE_URL: "http://127.0.0.1:1" })).baseUrl, "http://127.0.0.1:1")
        assert.strictEqual(
          (yield* read({ BEEPER_BASE_URL: "http://127.0.0.1:1", BEEPER_DESKTOP_URL: "http://127.0.0.1:2" })).baseUrl,
          "http://127.0.0.1:2",
        )
        assert.isUndefined((yield* read({})).baseUrl)
      }))
  })

  it.effect("a base URL path prefix is kept", () =>
    Effect.gen(function*() {
      const connection = yield* BeeperConfig.resolve({ baseUrl: "https://proxy.example/beeper", accessToken: token })
      assert.strictEqual(BeeperConfig.urlOf(connection, "/v1/chats"), "https://proxy.example/beeper/v1/chats")
    }))

  it.effect("a base URL with a query or fragment is refused, not cut (the rule of core's client and the CLI)", () =>
    Effect.gen(function*() {
      for (const baseUrl of ["http://localhost:23373/?key=k", "http://localhost:23373/#k", "http://localhost:23373/?"]) {
        const defect = yield* Effect.exit(BeeperConfig.resolve({ baseUrl, accessToken: token }))
        assert.isTrue(Exit.isFailure(defect), baseUrl)
        assert.include(String(Cause.squash((defect as Exit.Failure<unknown, unknown>).cause)), "baseUrl must not have a query or fragment", baseUrl)
        const loaded = yield* Effect.flip(BeeperConfig.load(Config.succeed({ baseUrl, accessToken: token })))
        assert.strictEqual(loaded._tag, "ConfigurationError", baseUrl)
        assert.include(loaded.message, "the baseUrl must not have a query or fragment", baseUrl)
      }
      assert.strictEqual(BeeperConfig.baseUrlProblemOf(new URL("https://proxy.example/beeper/")), undefined)
    }))

  it.effect("a config of one's own naming a cleartext URL to another machine: InsecureTransport naming baseUrl, as the environment's names its variable", () =>
    Effect.gen(function*() {
      const loaded = (options: { baseUrl: string; allowInsecureToken?: boolean }) =>
        BeeperConfig.load(Config.succeed({ accessToken: token, ...options }))
      const error = yield* Effect.flip(loaded({ baseUrl: `http://10.0.0.5:23373/${Redacted.value(token)}` }))
      assert.strictEqual(error._tag, "InsecureTransport")
      assert.include(error.message, 'baseUrl="http://10.0.0.5:23373/<redacted>": Refusing to send the access token in clear text')
      assert.notInclude(String(error), Redacted.value(token))
      yield* loaded({ baseUrl: "http://10.0.0.5:23373", allowInsecureToken: true })
      yield* loaded({ baseUrl: "http://localhost:23373" })
    }))

  it.effect("a config of one's own whose token is Redacted.make(undefined): a ConfigurationError naming accessToken (it was a TypeError on 'trim')", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(BeeperConfig.load(Config.succeed({ accessToken: Redacted.make(undefined as never) })))
      assert.strictEqual(error._tag, "ConfigurationError")
      assert.include(error.message, "the access token must hold a string, got undefined inside Redacted")
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
      const { spans, tracer } = recordingTracer()
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
