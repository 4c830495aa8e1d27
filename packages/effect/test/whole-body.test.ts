// A 2xx JSON body with a declared length is read whole by the runtime, in the call's one callback — by each runtime
// its own way (src/internal/body.ts `readWhole`: bytes and a decoder on Node and Deno, `Response#text` on Bun). On
// each runtime, over a real socket: the text is what the UTF-8 decoder makes of the bytes (a leading byte-order mark
// dropped, invalid sequences replaced), and a body that stalls after its head ends in `Timeout` with its connection
// closed.
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

// Both connections closed: the read one's by the server, the stalled one's by the client once its deadline passed.
let closed = 0
let bothClosed = () => {}
const connectionsClosed = new Promise((resolve) => bothClosed = resolve)
const bom = [0xef, 0xbb, 0xbf]
const body = Uint8Array.from([...bom, ...new TextEncoder().encode('{"items":[{"id":"a'), 0xff, 0xc3, ...new TextEncoder().encode('"}],"hasMore":false}')])
const server = createServer((socket) => {
  socket.on("close", () => ++closed === 2 && bothClosed())
  socket.once("data", (data) => {
    const head = "HTTP/1.1 200 OK\\r\\ncontent-type: application/json\\r\\n"
    if (data.toString().includes("stall")) {
      socket.write(head + "content-length: 1000\\r\\n\\r\\n" + '{"items":[')
    } else {
      socket.write(head + "content-length: " + body.length + "\\r\\n\\r\\n")
      socket.end(body)
    }
  })
}).listen(0, "127.0.0.1")
await new Promise((resolve) => server.once("listening", resolve))
const base = "http://127.0.0.1:" + server.address().port
const list = (path) =>
  Effect.runPromise(
    Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => beeper.chats.list({}, { timeout: "300 millis" })).pipe(
      Effect.provide(BeeperServices.adapter().layer({ baseUrl: base + path, accessToken: Redacted.make("t"), retry: false, validateResponses: false })),
      Effect.result,
    ),
  )
const read = await list("")
const stalled = await list("/stall")
await connectionsClosed
console.log(JSON.stringify({
  read: read._tag === "Success" ? read.success : read.failure._tag,
  stalled: stalled._tag === "Failure" ? stalled.failure._tag : "Success",
  expected: JSON.parse(new TextDecoder().decode(body)),
}))
process.exit(0)
`

describe("a whole JSON body read by the runtime", () => {
  for (const [name, command, args] of runtimes) {
    it(`reads as UTF-8 and times out on a stalled body on ${name}`, async () => {
      const { code, stdout, output } = await runProcess(command, [...args, program], { cwd: packageDir, timeoutMs: 120_000 })
      assert.strictEqual(code, 0, output)
      const result = JSON.parse(stdout) as { read: unknown; stalled: string; expected: unknown }
      assert.deepStrictEqual(result.read, result.expected)
      assert.strictEqual(result.stalled, "Timeout")
    }, 180_000)
  }
})
