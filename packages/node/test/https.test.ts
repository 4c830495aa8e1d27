/**
 * `@beeper-kit/node` over `https:` (Node's `node:https` on the adapter's own keep-alive agent): successive calls share
 * one TLS connection, and a server certificate the client does not trust is refused before anything is written — a
 * `TransportError` with `delivery: "not-sent"`, the server seeing no request, the token in no error.
 *
 * The fixture certificate (test/fixtures: self-signed for `localhost` and `127.0.0.1`, valid until 2126) is trusted
 * only in a child process started with `NODE_EXTRA_CA_CERTS`, which Node reads once at start-up, as a user would
 * trust a Desktop behind their own certificate.
 */
import { BeeperDesktop } from "@beeper-kit/effect"
import { runNodeModule } from "@beeper-kit/testkit/process"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { readFileSync } from "node:fs"
import { once } from "node:events"
import { createServer, type Server } from "node:https"
import { fileURLToPath } from "node:url"
import { BeeperNode } from "../src/index.ts"

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url))
const packageDir = fileURLToPath(new URL("..", import.meta.url))
const token = "https-test-token-5f2c9e"

/** What an https server on 127.0.0.1 saw: TLS connections made, requests read. */
interface Seen {
  connections: number
  readonly requests: Array<string>
}

/** An https server with the fixture certificate answering every request with an empty account list. */
const serveHttps = Effect.acquireRelease(
  Effect.promise(async () => {
    const seen: Seen = { connections: 0, requests: [] }
    const server: Server = createServer(
      { key: readFileSync(fixture("localhost-key.pem")), cert: readFileSync(fixture("localhost-cert.pem")) },
      (request, response) => {
        seen.requests.push(`${request.method} ${request.url}`)
        response.writeHead(200, { "content-type": "application/json" }).end("[]")
      },
    )
    server.on("secureConnection", () => seen.connections++)
    server.listen(0, "127.0.0.1")
    await once(server, "listening")
    const address = server.address()
    const port = typeof address === "object" && address !== null ? address.port : 0
    return { server, seen, url: `https://127.0.0.1:${port}` }
  }),
  ({ server }) =>
    Effect.promise(() => {
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    }),
)

// Three calls in a row through BeeperNode.layer, in a process that trusts the fixture certificate. From the
// package's folder Node resolves the package's own name through its `exports`, as from node_modules.
const program = `
const [{ BeeperNode }, { BeeperDesktop }, Effect, Redacted] = await Promise.all([
  import("@beeper-kit/node"), import("@beeper-kit/effect"), import("effect/Effect"), import("effect/Redacted"),
])
const layer = BeeperNode.layer({ baseUrl: process.env.URL, accessToken: Redacted.make(process.env.TOKEN) })
const lengths = await Effect.runPromise(
  Effect.flatMap(Effect.service(BeeperDesktop), (beeper) =>
    Effect.forEach([1, 2, 3], () => Effect.map(beeper.accounts.list(), (accounts) => accounts.length))
  ).pipe(Effect.provide(layer)),
)
console.log(JSON.stringify(lengths))
`

describe("BeeperNode over https", () => {
  it.live("successive calls share one TLS connection (the adapter's keep-alive https agent)", () =>
    Effect.gen(function*() {
      const { seen, url } = yield* serveHttps
      const { code, stdout, stderr } = yield* Effect.promise(() =>
        runNodeModule(program, {
          cwd: packageDir,
          env: { URL: url, TOKEN: token, NODE_EXTRA_CA_CERTS: fixture("localhost-cert.pem") },
          timeoutMs: 120_000,
        })
      )
      assert.strictEqual(stderr, "")
      assert.strictEqual(code, 0)
      assert.deepStrictEqual(JSON.parse(stdout), [0, 0, 0])
      assert.deepStrictEqual(seen.requests, ["GET /v1/accounts", "GET /v1/accounts", "GET /v1/accounts"])
      assert.strictEqual(seen.connections, 1)
    }).pipe(Effect.scoped))

  it.live("an untrusted certificate: the send fails as not-sent, the server reads no request", () =>
    Effect.gen(function*() {
      const { seen, url } = yield* serveHttps
      const error = yield* Effect.flatMap(
        Effect.service(BeeperDesktop),
        (beeper) => beeper.messages.send({ chatID: "!chat:beeper.local", text: "hello" }),
      ).pipe(
        Effect.flip,
        Effect.provide(BeeperNode.layer({ baseUrl: url, accessToken: Redacted.make(token) })),
      )
      assert.strictEqual(error._tag, "TransportError")
      assert.strictEqual(error._tag === "TransportError" ? error.delivery : undefined, "not-sent")
      assert.deepStrictEqual(seen.requests, [])
      assert.notInclude(JSON.stringify(error), token)
      assert.notInclude(String(error), token)
    }).pipe(Effect.scoped))
})
