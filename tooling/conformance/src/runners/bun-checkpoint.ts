/**
 * `BeeperBun.layerCheckpointFile` on real Bun: `write <file>` records a chat's checkpoint, `read <file>` loads them
 * all; each prints one JSON line (`{"cursors": [...]}` or `{"error": "<tag>"}`). Run:
 * `bun --conditions=@beeper-kit/source bun-checkpoint.ts <write|read> <file>`.
 */
import { BeeperBun } from "@beeper-kit/bun"
import { Checkpoints } from "@beeper-kit/effect"
import { Effect } from "effect"

declare const process: { readonly argv: ReadonlyArray<string> }

const [mode, path] = process.argv.slice(2)

const program = Effect.gen(function*() {
  const checkpoints = yield* Checkpoints
  if (mode === "write") {
    yield* checkpoints.save({ chatID: "c1", id: "m2", sortKey: "0002", timestamp: 1_700_000_000_000, recent: ["m1", "m2"] })
  }
  const cursors = yield* checkpoints.load
  return { cursors: [...cursors.values()] }
})

const line = await program.pipe(
  Effect.provide(BeeperBun.layerCheckpointFile(path!)),
  Effect.catch((error) => Effect.succeed({ error: error._tag })),
  Effect.runPromise,
)
console.log(JSON.stringify(line))
