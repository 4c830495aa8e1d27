/**
 * Durable checkpoints on real Bun: `BeeperBun.layerCheckpointFile` (Bun's file APIs) keeps a chat's checkpoint
 * across processes, reads a missing file as empty, refuses a file that is not a checkpoint file with
 * `CheckpointCorrupt`, and a folder that does not exist with `CheckpointUnavailable` (as on Node and Deno). Each step
 * is its own Bun process (the workspace's `bun`, sources via the source condition).
 */
import { bunBinary, sourceCondition } from "@beeper-kit/testkit/binaries"
import { runProcess } from "@beeper-kit/testkit/process"
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const runner = fileURLToPath(new URL("../src/runners/bun-checkpoint.ts", import.meta.url))

/** Runs the runner on Bun; its JSON line. Generous budget: the machine is shared. */
const onBun = async (mode: "write" | "read", file: string): Promise<unknown> => {
  const { output, code } = await runProcess(bunBinary(), [sourceCondition, runner, mode, file], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    timeoutMs: 120_000,
  })
  expect(code, output).toBe(0)
  const line = output.trim().split("\n").findLast((l) => l.startsWith("{"))
  expect(line, output).toBeDefined()
  return JSON.parse(line!)
}

const cursor = { chatID: "c1", id: "m2", sortKey: "0002", timestamp: 1_700_000_000_000, recent: ["m1", "m2"] }

describe("BeeperBun.layerCheckpointFile on Bun", () => {
  it("keeps a checkpoint across processes, in one JSON file", { timeout: 300_000 }, async () => {
    const file = join(mkdtempSync(join(tmpdir(), "bun-checkpoint-")), "bot.json")
    expect(await onBun("read", file)).toEqual({ cursors: [] })
    // a checkpoint keeps only the recent IDs after its own message (those sharing its sortKey): none here
    expect(await onBun("write", file)).toEqual({ cursors: [{ ...cursor, recent: [] }] })
    expect(await onBun("read", file)).toEqual({ cursors: [{ ...cursor, recent: [] }] })
    expect(readFileSync(file, "utf8")).toContain("beeper-kit/incoming/chat/c1")
  })

  // Bun.write creates missing parent folders unless told not to: a mistyped path made a folder and saved there,
  // where Node and Deno fail (KeyValueFile: "its directory must exist").
  it("fails a save into a folder that does not exist with CheckpointUnavailable, creating no folder", { timeout: 300_000 }, async () => {
    const folder = join(mkdtempSync(join(tmpdir(), "bun-checkpoint-")), "missing")
    expect(await onBun("write", join(folder, "bot.json"))).toEqual({ error: "CheckpointUnavailable" })
    expect(existsSync(folder)).toBe(false)
  })

  it("refuses a file that is not a checkpoint file with CheckpointCorrupt", { timeout: 300_000 }, async () => {
    const file = join(mkdtempSync(join(tmpdir(), "bun-checkpoint-")), "bot.json")
    writeFileSync(file, "this is not a checkpoint file")
    expect(await onBun("read", file)).toEqual({ error: "CheckpointCorrupt" })
  })
})
