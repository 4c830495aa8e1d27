// The CPU clock of a Worker under miniflare, read from outside: the workerd process's user + system time (/proc).
import { readdirSync, readFileSync } from "node:fs"

/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`; 100 on Linux). */
const ticksPerSecond = 100

/** The workerd process miniflare started: a child of this process whose command is `workerd`. */
export const findWorkerd = (): number => {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"))
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      if (ppid === process.pid && comm.startsWith("workerd")) return Number(entry)
    } catch {
      // the process ended while we looked
    }
  }
  throw new Error("no workerd process among this process's children")
}

/** User + system CPU time of `pid`, in µs. */
export const cpuOf = (pid: number): number => {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
  // after the command: state(0) ppid(1) ... utime(11) stime(12)
  return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / ticksPerSecond
}
