// Run by ../json-bodies.test.ts under Deno: `BeeperDeno.layer` against a raw TCP server on 127.0.0.1 answering
// `GET /v1/info` with a 2xx body whose `Content-Length` is within the limit (the body Deno parses from its bytes,
// `Response#json`) that is not what it should be. Prints one JSON line: each case's error tag and message.
import { BeeperDesktop } from "@beeper-kit/effect"
import { Effect, Redacted } from "effect"
import { type AddressInfo, createServer } from "node:net"
import process from "node:process"
import { BeeperDeno } from "../../src/index.ts"

/** Each request's raw answer, by the request's index. */
const answers: ReadonlyArray<string> = [
  "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 9\r\n\r\nnot json!",
  "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 0\r\n\r\n",
  // declares 100 bytes, sends 10 and closes the connection
  "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"app\": \"x",
]

// node:net (Deno's own): a raw answer, whatever it declares
const server = createServer((socket) => {
  const answer = answers[served++] ?? answers[0]!
  socket.once("data", () => socket.end(answer))
})
let served = 0
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
const port = (server.address() as AddressInfo).port

const layer = BeeperDeno.layer({
  baseUrl: `http://127.0.0.1:${port}`,
  accessToken: Redacted.make("test-token"),
  retry: false,
})
const results = await Effect.runPromise(
  Effect.gen(function*() {
    const beeper = yield* BeeperDesktop
    const outcomes: Array<{ readonly tag: string; readonly message: string }> = []
    for (let i = 0; i < answers.length; i++) {
      const error = yield* Effect.flip(beeper.info.retrieve())
      outcomes.push({ tag: error._tag, message: error.message })
    }
    return outcomes
  }).pipe(Effect.provide(layer)),
)
console.log(JSON.stringify({ results }))
process.exit(0)
