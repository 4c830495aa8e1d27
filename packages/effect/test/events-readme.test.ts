/**
 * The README's `tail` example, copied verbatim from README.md and run as a newcomer would — a fresh process with
 * only BEEPER_ACCESS_TOKEN and BEEPER_DESKTOP_URL set, the default WebSocket of the runtime — on Node, Deno and
 * Bun, against the mock server. It must print `connected` and then a `message.upserted` of a message the mock
 * receives. Bounded by output: the process is stopped once the event is printed.
 */
import { startMockServer } from "@beeper-kit/mock-server"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

const packageDir = fileURLToPath(new URL("..", import.meta.url))
const bin = (name: string) => fileURLToPath(new URL(`../../../node_modules/.bin/${name}`, import.meta.url))

/** The code block that follows `<!-- tail-example -->` in README.md. */
const tailExample = (): string => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8")
  const match = /<!-- tail-example -->\s*```ts\n([\s\S]*?)```/.exec(readme)
  if (match?.[1] === undefined) throw new Error("README.md has no tail example")
  return match[1]
}

/** Each runtime evaluating a TypeScript module from the command line, resolving workspace packages to sources. */
const runtimes: ReadonlyArray<readonly [string, string, ReadonlyArray<string>]> = [
  ["Node", process.execPath, ["--conditions=@beeper-kit/source", "--input-type=module-typescript", "-e"]],
  ["Deno", bin("deno"), ["eval", "--ext=ts", "--conditions=@beeper-kit/source"]],
  ["Bun", bin("bun"), ["--conditions=@beeper-kit/source", "-e"]],
]

describe("README tail example", () => {
  for (const [name, command, args] of runtimes) {
    it.live(`prints live events on ${name}`, () =>
      Effect.gen(function*() {
        const server = yield* Effect.acquireRelease(
          Effect.promise(() => startMockServer({ token: "readme-token", seed: 7 })),
          (s) => Effect.promise(() => s.close()),
        )
        const output = yield* Effect.callback<string, Error>((resume) => {
          const child = spawn(command, [...args, tailExample()], {
            cwd: packageDir,
            env: { ...process.env, BEEPER_ACCESS_TOKEN: server.token, BEEPER_DESKTOP_URL: server.url, NO_COLOR: "1" },
            // its own process group: `.bin/deno` and `.bin/bun` are wrappers that start the real binary as a child,
            // and stopping the example must stop that one too (an orphan would tail the events forever)
            detached: true,
          })
          const stop = () => {
            try {
              process.kill(-child.pid!, "SIGTERM")
            } catch {
              // already gone
            }
          }
          let stdout = ""
          let stderr = ""
          let sent: string | undefined
          child.stdout.on("data", (chunk) => {
            stdout += String(chunk)
            if (sent === undefined && stdout.includes("connected")) {
              sent = server.simulate.incomingMessage({ text: "hello from the README" }).id
            }
            if (sent !== undefined && stdout.includes("message.upserted") && stdout.includes(sent)) {
              stop()
              resume(Effect.succeed(stdout))
            }
          })
          child.stderr.on("data", (chunk) => {
            stderr += String(chunk)
          })
          child.on("exit", (code) => resume(Effect.fail(new Error(`${name} exited (${code}) early:\n${stdout}\n${stderr}`))))
          return Effect.sync(stop)
        })
        assert.match(output, /^connected/m)
        assert.include(output, "hello from the README")
      }), { timeout: 180_000 })
  }
})
