// The system calls workerd makes per one-at-a-time call, step by step of seq-steps.ts's ladder (raw `fetch` + `JSON.parse`
// up to `@beeper-kit/effect` through `@beeper-kit/edge`): `strace -f -c` attached to the workerd process while its
// Worker makes `--n` calls of one step (after 300 untimed ones). Counts of wake-ups (`epoll_pwait`), socket reads and
// writes and timer syscalls do not move with the machine's load, where wall time and CPU do: an extra hop or timer
// wake-up per call shows here as a count above raw's. Needs `strace` (Linux). A profiling tool
// (tooling/bench/README.md, "What the profiles show").
//
//   node --conditions=@beeper-kit/source tooling/bench/src/http/seq-syscalls.ts [--calls=send,list]
//     [--steps=raw,+signal+timer,+fiber,ours] [--n=2000]
import { bundleForRuntime } from "@beeper-kit/testkit/bundle"
import { Miniflare } from "miniflare"
import { spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { commandFlags } from "../flags.ts"
import { withFixtureServer } from "../servers/fixture-server.ts"
import { findWorkerd } from "./workerd-cpu.ts"

const options = commandFlags()
const n = Number(options.get("n") ?? 2000)
await withFixtureServer("seq-syscalls", async ({ server, payloads, payloadsFile }) => {
  const scratch = dirname(payloadsFile)
  const script = await bundleForRuntime({
    runtime: "workerd",
    entry: { file: new URL("./seq-syscalls-worker.ts", import.meta.url).pathname },
    target: "es2023",
  })
  const miniflare = new Miniflare({ modules: true, script, compatibilityDate: "2025-09-01" })
  try {
    await miniflare.ready
    const workerd = findWorkerd()
    for (const call of (options.get("calls") ?? "send,list").split(",")) {
      for (const step of (options.get("steps") ?? "raw,+signal+timer,+fiber,ours").split(",")) {
        const run = async (count: number) => {
          const query = new URLSearchParams({ call, step, n: String(count), base: server.url, chat: payloads.chatID })
          const response = await miniflare.dispatchFetch(`http://localhost/?${query}`)
          const body = await response.text()
          if (!response.ok) throw new Error(`the Worker failed (${response.status}): ${body}`)
        }
        await run(300)
        const out = join(scratch, "strace.txt")
        const tracer = spawn("strace", ["-f", "-c", "-p", String(workerd), "-o", out], { stdio: "ignore" })
        // strace attaches to every thread before the measured calls start
        await new Promise((resolve) => setTimeout(resolve, 1500))
        await run(n)
        tracer.kill("SIGINT")
        await new Promise((resolve) => tracer.on("close", resolve))
        const rows = readFileSync(out, "utf8").split("\n").filter((line) => /^\s*\d/.test(line)).map((line) => line.trim().split(/\s+/))
        // strace -c's columns: % time, seconds, usecs/call, calls, [errors,] syscall
        const perCall = rows.map((f) => [f[f.length - 1]!, Number(f[3]) / n] as const).filter(([, count]) => count >= 0.05)
        console.log(`workerd ${call} ${step}: system calls per call  ${perCall.map(([name, count]) => `${name} ${count.toFixed(2)}`).join("  ")}`)
      }
    }
  } finally {
    await miniflare.dispose()
  }
})
