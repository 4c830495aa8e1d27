// A 2xx JSON body with a declared length is read whole by the runtime, in the call's one callback — by each runtime
// its own way (src/internal/body.ts `readWhole`: bytes and a decoder on Node and Deno, `Response#text` on Bun). On
// each runtime, over a real socket: the value is what `JSON.parse` makes of the UTF-8 decoder's text
// (a leading byte-order mark dropped, invalid sequences replaced); a body that is not JSON, or empty, is a
// `DecodeError` saying so, one cut short a `TransportError`; and a body that stalls after its head ends in `Timeout`
// with its connection closed.
import { bunBinary, denoBinary } from "@beeper-kit/testkit/binaries"
import { runProcess } from "@beeper-kit/testkit/process"
import { assert, describe, it } from "@effect/vitest"
import { fileURLToPath } from "node:url"

const packageDir = fileURLToPath(new URL("..", import.meta.url))

/** Each runtime evaluating a TypeScript module from the command line, resolving workspace packages to sources. */
const runtimes: ReadonlyArray<readonly [string, string, ReadonlyArray<string>]> = [
  ["Node", process.execPath, ["--conditions=@beeper-kit/source", "--input-type=module-typescript", "-e"]],
  ["Deno", denoBinary(), ["eval", "--ext=ts", "--conditions=@beeper-kit/source"]],
  ["Bun", bunBinary(), ["--conditions=@beeper-kit/source", "-e"]],
]

const program = `
import { createServer } from "node:net"
import { Effect, Redacted } from "effect"
import { BeeperDesktop, BeeperServices } from "@beeper-kit/effect"

// Every connection closed: the answered ones by the server, the stalled one's by the client once its deadline passed.
const connections = 5
let closed = 0
let allClosed = () => {}
const connectionsClosed = new Promise((resolve) => allClosed = resolve)
const bom = [0xef, 0xbb, 0xbf]
const body = Uint8Array.from([...bom, ...new TextEncoder().encode('{"items":[{"id":"a'), 0xff, 0xc3, ...new TextEncoder().encode('"}],"hasMore":false}')])
const server = createServer((socket) => {
  socket.on("close", () => ++closed === connections && allClosed())
  socket.once("data", (data) => {
    const head = "HTTP/1.1 200 OK\\r\\ncontent-type: application/json\\r\\n"
    const request = data.toString()
    if (request.includes("stall")) {
      socket.write(head + "content-length: 1000\\r\\n\\r\\n" + '{"items":[')
    } else if (request.includes("notjson")) {
      socket.end(head + "content-length: 9\\r\\n\\r\\nnot json!")
    } else if (request.includes("empty")) {
      socket.end(head + "content-length: 0\\r\\n\\r\\n")
    } else if (request.includes("short")) {
      socket.end(head + "content-length: 100\\r\\n\\r\\n" + '{"items":[')
    } else {
      socket.write(head + "content-length: " + body.length + "\\r\\n\\r\\n")
      socket.end(body)
    }
  })
}).listen(0, "127.0.0.1")
await new Promise((resolve) => server.once("listening", resolve))
const base = "http://127.0.0.1:" + server.address().port
// Only the stalled body needs a short timeout (it ends in one whatever the machine's speed); every other call gets
// a generous one, so a busy machine's slow first call is not mistaken for a stall.
const list = (path, timeout = "60 seconds") =>
  Effect.runPromise(
    Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => beeper.chats.list({}, { timeout })).pipe(
      Effect.provide(BeeperServices.adapter().layer({ baseUrl: base + path, accessToken: Redacted.make("t"), retry: false, validateResponses: false })),
      Effect.result,
    ),
  )
const read = await list("")
const stalled = await list("/stall", "300 millis")
const failure = (result) => result._tag === "Failure" ? result.failure._tag + ": " + result.failure.message : "Success"
const notJson = failure(await list("/notjson"))
const empty = failure(await list("/empty"))
const short = failure(await list("/short"))
await connectionsClosed
console.log(JSON.stringify({
  read: read._tag === "Success" ? read.success : read.failure._tag,
  stalled: stalled._tag === "Failure" ? stalled.failure._tag : "Success",
  notJson,
  empty,
  short,
  expected: JSON.parse(new TextDecoder().decode(body)),
}))
process.exit(0)
`

describe("a whole JSON body read by the runtime", () => {
  for (const [name, command, args] of runtimes) {
    it(`reads as UTF-8, types a body that is not JSON, empty or cut short, and times out on a stalled body on ${name}`, async () => {
      const { code, stdout, output } = await runProcess(command, [...args, program], { cwd: packageDir, timeoutMs: 120_000 })
      assert.strictEqual(code, 0, output)
      const result = JSON.parse(stdout) as {
        read: unknown
        stalled: string
        expected: unknown
        notJson: string
        empty: string
        short: string
      }
      assert.deepStrictEqual(result.read, result.expected)
      assert.strictEqual(result.stalled, "Timeout")
      assert.match(result.notJson, /^DecodeError: .*the body is not valid JSON/)
      assert.match(result.empty, /^DecodeError: .*expected a JSON body, got an empty body/)
      assert.match(result.short, /^TransportError: /)
    }, 180_000)
  }
})
