/**
 * `beeper-kit tail --json | slow-reader` (issue 15, point 5): the CLI waits for room on stdout, so a reader that
 * stops reading stops the CLI's events stream, which stops reading the socket — its memory stays flat while the
 * server floods — and once the reader reads again every event arrives, in order. The real binary (from source) runs
 * against the hostile Desktop, which pushes only as fast as the CLI reads; the CLI's memory is its VmRSS.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { repoRoot, sourceCondition } from "@beeper-kit/testkit/binaries"
import { afterEach, assert, describe, it } from "vitest"
import { eventFrame, type HostileDesktop, push, startHostileDesktop } from "./support/hostile-desktop.ts"

/** The resident memory of process `pid`, in MiB (Linux). */
const rssMiB = (pid: number): number => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))
  return match === null ? Number.NaN : Number(match[1]) / 1024
}

const FRAMES = 12_000
const FRAME_BYTES = 8_000

let cleanup: Array<() => unknown> = []
afterEach(async () => {
  for (const step of cleanup.reverse()) await step()
  cleanup = []
})

/** Resolves with the first line of the child's stdout for which `test` holds; counts complete lines as they pass. */
const watchLines = (child: ChildProcess) => {
  let partial = ""
  const state = { lines: 0, lastSeq: 0, outOfOrder: 0 }
  const waiters: Array<{ readonly test: (line: string) => boolean; readonly resolve: () => void }> = []
  child.stdout!.setEncoding("utf8")
  child.stdout!.on("data", (chunk: string) => {
    const lines = (partial + chunk).split("\n")
    partial = lines.pop()!
    for (const line of lines) {
      state.lines++
      const seq = /"type":"message\.deleted","seq":(\d+)/.exec(line)?.[1]
      if (seq !== undefined) {
        if (Number(seq) !== state.lastSeq + 1) state.outOfOrder++
        state.lastSeq = Number(seq)
      }
      for (const waiter of [...waiters]) {
        if (waiter.test(line)) {
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve()
        }
      }
    }
  })
  const waitFor = (test: (line: string) => boolean) => new Promise<void>((resolve) => waiters.push({ test, resolve }))
  return { state, waitFor }
}

describe("CLI tail backpressure", () => {
  it("tail --json into a reader that stops reading: the CLI's memory stays flat under a flood of 12,000 × 8 KB, then every event arrives in order", async () => {
    const desktop: HostileDesktop = await startHostileDesktop()
    cleanup.push(() => desktop.close())
    const child = spawn(
      process.execPath,
      [sourceCondition, "src/bin.ts", "tail", "--json", "--url", desktop.baseUrl, "--token", desktop.token],
      { cwd: join(repoRoot, "packages", "cli"), stdio: ["ignore", "pipe", "pipe"], env: { PATH: process.env["PATH"] ?? "" } },
    )
    cleanup.push(() => child.kill("SIGKILL"))
    let stderr = ""
    child.stderr!.on("data", (chunk) => (stderr += String(chunk)))
    const out = watchLines(child)
    await out.waitFor((line) => line.includes(`"type":"connected"`))
    const baseline = rssMiB(child.pid!)

    // the reader stops reading; the server floods, as fast as the CLI reads its socket
    child.stdout!.pause()
    const connection = desktop.connections[0]!
    let sent = 0
    let peak = baseline
    const flooding = push(connection, FRAMES, (i) => {
      sent = i
      return eventFrame(i, `chat-${i % 8}`, FRAME_BYTES)
    })
    // sample until the flood is through (the CLI read it all: no backpressure) or it has made no progress for
    // 3 s (the CLI stopped reading: backpressure). Time only decides when to look, never what passes.
    let lastSent = -1
    let still = 0
    let done = false
    void flooding.then(() => (done = true))
    while (!done && still < 30) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      peak = Math.max(peak, rssMiB(child.pid!))
      still = sent === lastSent ? still + 1 : 0
      lastSent = sent
    }
    peak = Math.max(peak, rssMiB(child.pid!))
    const grown = peak - baseline
    // 12,000 × 8 KB is ~96 MB: the CLI holds its events buffer (1,024 events) and the socket's mark (1 MiB)
    assert.isBelow(grown, 64, `the CLI grew by ${grown.toFixed(0)} MiB (${sent} frames sent); stderr: ${stderr}`)
    assert.isBelow(sent, FRAMES / 2, "the CLI stopped reading its socket while stdout was full")

    // the reader reads again: everything arrives, in order
    child.stdout!.resume()
    await out.waitFor((line) => line.includes(`"seq":${FRAMES},`))
    assert.strictEqual(await flooding, FRAMES)
    assert.strictEqual(out.state.lastSeq, FRAMES)
    assert.strictEqual(out.state.outOfOrder, 0)
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
    child.kill("SIGINT")
    assert.strictEqual(await exited, 0)
  }, 120_000)
})
