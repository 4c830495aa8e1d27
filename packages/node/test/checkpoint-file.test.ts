/**
 * `BeeperNode.layerCheckpointFile`: delivery checkpoints in one JSON file — a checkpoint survives into a new layer
 * (a restart), and a file that is not a checkpoint file (truncated, or another program's JSON) gives the typed
 * `CheckpointCorrupt` naming the file, not a crash and not an empty store (which would replay from scratch).
 */
import { Checkpoints, KeyValueFile } from "@beeper-kit/effect"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { readFile, rename, rm, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { BeeperNode } from "../src/index.ts"

const cursor = { chatID: "c1", id: "7", sortKey: "0007", timestamp: 1_700_000_000_000, recent: ["6", "7"] }

describe("BeeperNode.layerCheckpointFile", () => {
  it.effect("a saved checkpoint is read back by a new layer; no temporary file is left behind", () =>
    Effect.gen(function*() {
      const directory = mkdtempSync(join(tmpdir(), "beeper-kit-checkpoint-"))
      const path = join(directory, "bot.json")
      yield* Checkpoints.use((c) => c.save(cursor)).pipe(Effect.provide(BeeperNode.layerCheckpointFile(path)))
      assert.include(readFileSync(path, "utf8"), "beeper-kit/key-value-file@1")
      const loaded = yield* Checkpoints.use((c) => c.load).pipe(Effect.provide(BeeperNode.layerCheckpointFile(path)))
      // of the recent IDs, only those after its own message (sharing its sortKey) are kept: none here
      assert.deepStrictEqual(loaded.get("c1"), { ...cursor, recent: [] })
      assert.deepStrictEqual(readdirSync(directory), ["bot.json"])
    }))

  it.effect("a truncated or foreign file fails with CheckpointCorrupt", () =>
    Effect.gen(function*() {
      const directory = mkdtempSync(join(tmpdir(), "beeper-kit-checkpoint-"))
      const truncated = join(directory, "truncated.json")
      writeFileSync(truncated, `{"format":"beeper-kit/key-value-file@1","entries":{"beeper`)
      const foreign = join(directory, "foreign.json")
      writeFileSync(foreign, JSON.stringify({ some: "other program" }))
      for (const file of [truncated, foreign]) {
        const error = yield* Checkpoints.use((c) => c.load).pipe(
          Effect.provide(BeeperNode.layerCheckpointFile(file)),
          Effect.flip,
        )
        assert.strictEqual(error._tag, "CheckpointCorrupt")
        assert.include(error.message, file)
      }
    }))

  it.effect("a save whose rename is refused (a file held by another program) fails and leaves no temporary file", () =>
    Effect.gen(function*() {
      const directory = mkdtempSync(join(tmpdir(), "beeper-kit-checkpoint-"))
      const path = join(directory, "bot.json")
      let refuse = false
      // the Node adapter's calls, with a rename refused as Windows refuses one while another program holds the file
      const fileSystem = KeyValueFile.layerFileSystem({
        readFileString: (file) => readFile(file, "utf8"),
        writeFileString: (file, data) => writeFile(file, data),
        rename: (from, to) =>
          refuse ? Promise.reject(Object.assign(new Error("EPERM: operation not permitted, rename"), { code: "EPERM" })) : rename(from, to),
        remove: (file) => rm(file, { force: true }),
      })
      yield* Effect.gen(function*() {
        const checkpoints = yield* Checkpoints
        yield* checkpoints.save(cursor)
        refuse = true
        for (const id of ["8", "9", "10"]) {
          const error = yield* Effect.flip(checkpoints.save({ ...cursor, id, sortKey: id.padStart(4, "0") }))
          assert.strictEqual(error._tag, "CheckpointUnavailable")
        }
      }).pipe(Effect.provide(Checkpoints.layerFile(path, fileSystem)))
      // before, one `bot.json.<tag>.<n>.tmp` per failed save stayed beside the file
      assert.deepStrictEqual(readdirSync(directory), ["bot.json"])
      // and the file is the last save that succeeded
      const stored = readFileSync(path, "utf8")
      assert.include(stored, "0007")
      assert.notInclude(stored, "0008")
    }))
})
