/**
 * What a program sees on each runtime when the address of Beeper Desktop does not behave like Desktop: a WebSocket
 * upgrade answered with a redirect to another origin (never followed: the other origin's events are not trusted),
 * a connection Deno's permissions refuse (`--allow-net` for another host), a TLS handshake that fails, and a plain
 * request answered by switching protocols. Each
 * runs a program as a user writes it, on the runtime itself, against servers on 127.0.0.1, and reads the one JSON
 * line it prints: what the stream delivered or the typed error (tag, message, `delivery`) it failed with.
 */
import { sourceCondition, workspaceBin } from "@beeper-kit/testkit/binaries"
import { runProcess } from "@beeper-kit/testkit/process"
import { startRawServer } from "@beeper-kit/testkit/raw-server"
import { startRecordingServer } from "@beeper-kit/testkit/recording-server"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { upgradeSocket } from "@beeper-kit/testkit/upgrade"
import { describe, expect, it } from "vitest"
import { programFile } from "./support/program-file.ts"
import { bundleWorker, fetchFromWorker, packageDir } from "./support/workerd.ts"

/** What a probe printed. */
interface Outcome {
  readonly ok: boolean
  /** The types of the events the stream delivered (when it ended without error). */
  readonly types?: ReadonlyArray<string>
  readonly tag?: string
  readonly message?: string
  readonly delivery?: string
  /** An unexpected defect (not a typed error), in words. */
  readonly defect?: string
}

/**
 * The body of a probe, for every runtime: `run(url, token)` takes the first events of the stream (`events`) or
 * lists the accounts (`http`) over `layer` and resolves with an {@link Outcome}. One reconnect attempt at most.
 */
const probeSource = (adapter: { readonly pkg: string; readonly name: string }) =>
  [
    `import { BeeperDesktop, BeeperEvents } from "@beeper-kit/effect"`,
    `import { ${adapter.name} } from "@beeper-kit/${adapter.pkg}"`,
    `import { Cause, Effect, Redacted, Schedule, Stream } from "effect"`,
    ``,
    `export const run = async (kind: string, baseUrl: string, token: string) => {`,
    `  const program = kind === "events"`,
    `    ? Effect.flatMap(Effect.service(BeeperEvents), (live) =>`,
    `      live.events("*").pipe(Stream.take(2), Stream.runCollect, Effect.map((events) => ({ ok: true, types: [...events].map((e) => e.type) }))))`,
    `    : Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => Effect.as(beeper.accounts.list(), { ok: true }))`,
    `  const layer = ${adapter.name}.layer({ accessToken: Redacted.make(token), baseUrl, reconnectSchedule: Schedule.recurs(1) })`,
    `  const exit = await Effect.runPromiseExit(Effect.provide(program, layer))`,
    `  if (exit._tag === "Success") return exit.value`,
    `  const error = Cause.squash(exit.cause) as any`,
    `  return error !== null && typeof error === "object" && typeof error._tag === "string"`,
    `    ? { ok: false, tag: error._tag, message: String(error.message), delivery: error.delivery }`,
    `    : { ok: false, defect: String(error) }`,
    `}`,
    ``,
  ].join("\n")

const probeModule = (adapter: { readonly pkg: string; readonly name: string }) =>
  programFile("unusual-desktop", `probe-${adapter.pkg}`, probeSource(adapter))

/** Runs a probe as a Deno or Bun program (`denoNet`: Deno's `--allow-net` list) and parses what it printed. */
const runProbe = async (
  runtime: "deno" | "bun",
  kind: "events" | "http",
  baseUrl: string,
  token: string,
  denoNet?: string,
): Promise<Outcome> => {
  const adapter = runtime === "deno" ? { pkg: "deno", name: "BeeperDeno" } : { pkg: "bun", name: "BeeperBun" }
  const probe = probeModule(adapter)
  const main = programFile(
    "unusual-desktop",
    `main-${runtime}`,
    [
      `import { run } from ${JSON.stringify(probe)}`,
      `const [kind, baseUrl, token] = ${runtime === "deno" ? "Deno.args" : "process.argv.slice(2)"}`,
      `console.log("OUTCOME " + JSON.stringify(await run(kind!, baseUrl!, token!)))`,
      ``,
    ].join("\n"),
  )
  const args = runtime === "deno"
    ? ["run", "--no-prompt", sourceCondition, `--allow-net=${denoNet ?? new URL(baseUrl).host}`, "--allow-env", "--allow-read", main]
    : [sourceCondition, main]
  const { output } = await runProcess(workspaceBin(runtime), [...args, kind, baseUrl, token], {
    cwd: packageDir,
    timeoutMs: 120_000, // a hang guard, not a speed check
  })
  return parseOutcome(output)
}

/** Runs a probe in workerd (a Worker, bundled) and parses what it answered. */
const runProbeInWorkerd = async (kind: "events" | "http", baseUrl: string, token: string): Promise<Outcome> => {
  const probe = probeModule({ pkg: "edge", name: "BeeperEdge" })
  const script = await bundleWorker({
    source: [
      `import { run } from ${JSON.stringify(probe)}`,
      `export default { fetch: async (_request: Request, env: any) =>`,
      `  new Response("OUTCOME " + JSON.stringify(await run(env.KIND, env.URL, env.TOKEN))) }`,
      ``,
    ].join("\n"),
  })
  const response = await fetchFromWorker(script, { KIND: kind, URL: baseUrl, TOKEN: token }, 120_000)
  return parseOutcome(await response.text())
}

const parseOutcome = (output: string): Outcome => {
  const line = output.split("\n").find((text) => text.startsWith("OUTCOME "))
  if (line === undefined) throw new Error(`the probe printed no outcome:\n${output}`)
  return JSON.parse(line.slice("OUTCOME ".length)) as Outcome
}

/** A server on 127.0.0.1 that answers every request (the WebSocket upgrade included) with a 307 to `location`. */
const withRedirectingServer = async <A>(location: string, use: (url: string) => Promise<A>): Promise<A> => {
  const server = createServer((_request, response) => {
    response.writeHead(307, { location }).end()
  })
  server.on("upgrade", (_request, socket) => {
    upgradeSocket(socket).end(`HTTP/1.1 307 Temporary Redirect\r\nLocation: ${location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  try {
    return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  } finally {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

type Probe = (kind: "events" | "http", baseUrl: string, token: string, denoNet?: string) => Promise<Outcome>

const runtimes: ReadonlyArray<readonly [string, Probe]> = [
  ["workerd", (kind, baseUrl, token) => runProbeInWorkerd(kind, baseUrl, token)],
  ["Deno", (kind, baseUrl, token, denoNet) => runProbe("deno", kind, baseUrl, token, denoNet)],
  ["Bun", (kind, baseUrl, token) => runProbe("bun", kind, baseUrl, token)],
]

describe("a WebSocket upgrade redirected to another origin", () => {
  for (const [runtime, probe] of runtimes) {
    it(`${runtime}: is not followed (the other origin hears nothing); the stream fails with ConnectionLost naming the 307`, async () => {
      const other = await startRecordingServer()
      try {
        const outcome = await withRedirectingServer(`${other.url}/v1/ws`, (url) =>
          probe("events", url, "unusual-desktop-token", "127.0.0.1"))
        expect(other.requests.length + other.upgrades.length, "requests that reached the other origin").toBe(0)
        expect(outcome).toMatchObject({ ok: false, tag: "ConnectionLost" })
        expect(outcome.message).toContain("HTTP 307")
      } finally {
        await other.close()
      }
    }, 150_000)
  }
})

/** A server on 127.0.0.1 that speaks plain HTTP (the mock server's `{}` would do; nothing here is read). */
const withPlainHttpServer = async <A>(use: (port: number) => Promise<A>): Promise<A> => {
  const server = await startRecordingServer()
  try {
    return await use(Number(new URL(server.url).port))
  } finally {
    await server.close()
  }
}

describe("a TLS handshake that fails (https:// to a plain-HTTP port)", () => {
  for (const [runtime, probe] of runtimes) {
    it(`${runtime}: a TransportError with delivery "not-sent" (nothing was written before the handshake)`, async () => {
      const outcome = await withPlainHttpServer((port) => probe("http", `https://127.0.0.1:${port}`, "unusual-desktop-token"))
      expect(outcome).toMatchObject({ ok: false, tag: "TransportError", delivery: "not-sent" })
    }, 150_000)
  }
})

describe("Deno: a host outside --allow-net", () => {
  it(`a request is a TransportError with delivery "not-sent" (Deno refused it; nothing was sent)`, async () => {
    const outcome = await withPlainHttpServer((port) =>
      runProbe("deno", "http", `http://127.0.0.1:${port}`, "unusual-desktop-token", "localhost:23373")
    )
    expect(outcome).toMatchObject({ ok: false, tag: "TransportError", delivery: "not-sent" })
    expect(outcome.message).toContain("--allow-net")
  }, 150_000)

  it("the events stream fails with ConnectionLost saying Deno refused it (a typed error, not a NotCapable defect)", async () => {
    const outcome = await withPlainHttpServer((port) =>
      runProbe("deno", "events", `http://127.0.0.1:${port}`, "unusual-desktop-token", "localhost:23373")
    )
    expect(outcome).toMatchObject({ ok: false, tag: "ConnectionLost" })
    expect(outcome.message).toContain("NotCapable: Requires net access")
  }, 150_000)
})

/**
 * A raw TCP server on 127.0.0.1 that answers each connection's request with `101 Switching Protocols` (an upgrade
 * nobody asked for) and then keeps the connection open, saying nothing more.
 */
const withSwitchingServer = async <A>(use: (url: string) => Promise<A>): Promise<A> => {
  const server = await startRawServer((socket) =>
    void socket.write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\nConnection: Upgrade\r\n\r\n")
  )
  try {
    return await use(server.url)
  } finally {
    await server.close()
  }
}

// Deno's and workerd's fetch hand the 101 on as a response, which was read as an `UnexpectedStatus` without
// `delivery`; Node's own client (packages/node/test/NodeHttpClient.test.ts) and Bun fail with a TransportError.
describe("a 101 Switching Protocols to a plain request", () => {
  for (const [runtime, probe] of runtimes) {
    it(`${runtime}: a TransportError with delivery "maybe-sent" (the server read the request)`, async () => {
      const outcome = await withSwitchingServer((url) => probe("http", url, "unusual-desktop-token"))
      expect(outcome).toMatchObject({ ok: false, tag: "TransportError", delivery: "maybe-sent" })
    }, 150_000)
  }
})
