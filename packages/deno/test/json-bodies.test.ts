/**
 * A 2xx JSON body that Deno reads whole and parses from its bytes (`Response#json`: a declared length within the
 * limit, no content coding) keeps the typed errors of every other read: not JSON or empty → `DecodeError`, cut
 * short → `TransportError`. Run under Deno (support/json-bodies.ts): Node's vitest reads bodies another way.
 */
import { runProcess } from "@beeper-kit/testkit/process"
import { workspaceBin } from "@beeper-kit/testkit/binaries"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { fileURLToPath } from "node:url"

const packageDir = fileURLToPath(new URL("..", import.meta.url))

describe("BeeperDeno JSON bodies", () => {
  it.live("a body that is not JSON, an empty one, and one cut short are typed errors", () =>
    Effect.gen(function*() {
      const { code, output } = yield* Effect.promise(() =>
        runProcess(
          workspaceBin("deno"),
          ["run", "--allow-net=127.0.0.1", "--allow-env", "--conditions=@beeper-kit/source", "test/support/json-bodies.ts"],
          { cwd: packageDir },
        )
      )
      assert.strictEqual(code, 0, output)
      const line = output.split("\n").find((l) => l.startsWith("{\"results\""))
      assert.isDefined(line, output)
      const { results } = JSON.parse(line!) as { results: Array<{ tag: string; message: string }> }
      assert.deepStrictEqual(results.map((r) => r.tag), ["DecodeError", "DecodeError", "TransportError"])
      assert.include(results[0]!.message, "the body is not valid JSON")
      assert.include(results[1]!.message, "expected a JSON body, got an empty body")
    }), 120_000)
})
