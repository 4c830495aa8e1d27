/**
 * The package as JSR sees it: it type-checks under Deno's checker and packs for JSR. Its layers are checked with
 * every adapter's from one table (tooling/conformance/test/adapters.test.ts), and on Deno itself by the conformance
 * matrix and the README example.
 */
import { runProcess } from "@beeper-kit/testkit/process"
import { workspaceBin } from "@beeper-kit/testkit/binaries"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { fileURLToPath } from "node:url"

const packageDir = fileURLToPath(new URL("..", import.meta.url))

/** Runs the workspace's Deno in this package; fails with its output when it exits non-zero. */
const runDeno = (args: ReadonlyArray<string>) =>
  Effect.promise(() => runProcess(workspaceBin("deno"), args, { cwd: packageDir })).pipe(
    Effect.flatMap(({ code, output }) => code === 0 ? Effect.succeed(output) : Effect.fail(new Error(`exit ${code}\n${output}`))),
  )

describe("BeeperDeno", () => {
  it.live("type-checks under Deno's own checker (what JSR checks)", () =>
    Effect.gen(function*() {
      const output = yield* runDeno(["check", "--conditions=@beeper-kit/source", "src/index.ts"])
      assert.include(output, "Check")
    }), 180_000)

  it.live("packs for JSR: deno publish --dry-run (type-checked against the built packages, no slow types, the right files)", () =>
    Effect.gen(function*() {
      // checks against @beeper-kit/effect's dist (turbo builds it before the tests), which Deno reads as plain files
      // behind the workspace symlink: its declarations import `./X.js` and each `X.js` names its `X.d.ts`
      // (scripts/link-declarations.ts)
      const output = yield* runDeno(["publish", "--dry-run", "--allow-dirty"])
      assert.include(output, "Dry run complete")
      assert.include(output, "src/index.ts")
      assert.include(output, "src/BeeperDeno.ts")
    }), 180_000)
})
