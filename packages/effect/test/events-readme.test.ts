/**
 * The README's `tail` example, copied verbatim from README.md and run as a newcomer would — a fresh process with
 * only BEEPER_ACCESS_TOKEN and BEEPER_DESKTOP_URL set, the default WebSocket of the runtime — on Node, Deno and
 * Bun, against the mock server. It must print `connected` and then a `message.upserted` of a message the mock
 * receives. Bounded by output: the process is stopped once the event is printed.
 */
import { denoBinary, bunBinary } from "@beeper-kit/testkit/binaries"
import { mockServerScoped } from "@beeper-kit/testkit/mock-server"
import { spawnProcess } from "@beeper-kit/testkit/process"
import { codeBlockAfter } from "@beeper-kit/testkit/readme"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { fileURLToPath } from "node:url"

const packageDir = fileURLToPath(new URL("..", import.meta.url))

/** The code block that follows `<!-- tail-example -->` in README.md. */
const tailExample = (): string => codeBlockAfter(new URL("../README.md", import.meta.url), "<!-- tail-example -->")

/** Each runtime evaluating a TypeScript module from the command line, resolving workspace packages to sources. */
const runtimes: ReadonlyArray<readonly [string, string, ReadonlyArray<string>]> = [
  ["Node", process.execPath, ["--conditions=@beeper-kit/source", "--input-type=module-typescript", "-e"]],
  ["Deno", denoBinary(), ["eval", "--ext=ts", "--conditions=@beeper-kit/source"]],
  ["Bun", bunBinary(), ["--conditions=@beeper-kit/source", "-e"]],
]

describe("README tail example", () => {
  for (const [name, command, args] of runtimes) {
    it.live(`prints live events on ${name}`, () =>
      Effect.gen(function*() {
        const server = yield* mockServerScoped({ token: "readme-token", seed: 7 })
        const output = yield* Effect.callback<string, Error>((resume) => {
          let sent: string | undefined
          const tail = spawnProcess(command, [...args, tailExample()], {
            cwd: packageDir,
            env: { BEEPER_ACCESS_TOKEN: server.token, BEEPER_DESKTOP_URL: server.url },
            onOutput: () => {
              const stdout = tail.stdout()
              if (sent === undefined && stdout.includes("connected")) {
                sent = server.simulate.incomingMessage({ text: "hello from the README" }).id
              }
              if (sent !== undefined && stdout.includes("message.upserted") && stdout.includes(sent)) {
                tail.stop()
                resume(Effect.succeed(stdout))
              }
            },
          })
          void tail.exited.then(({ code, output }) => resume(Effect.fail(new Error(`${name} exited (${code}) early:\n${output}`))))
          return Effect.sync(() => tail.stop())
        })
        assert.match(output, /^connected/m)
        assert.include(output, "hello from the README")
      }), { timeout: 180_000 })
  }
})
