// The CPU clock of a Worker under miniflare, read from outside: the workerd process's user + system time (/proc).
import { readdirSync } from "node:fs"
import { readProcStat, ticksPerSecond } from "../proc-stat.ts"

/** The workerd process miniflare started: a child of this process whose command is `workerd`. */
export const findWorkerd = (): number => {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const { command, fields } = readProcStat(Number(entry))
      if (Number(fields[1]) === process.pid && command.startsWith("workerd")) return Number(entry)
    } catch {
      // the process ended while we looked
    }
  }
  throw new Error("no workerd process among this process's children")
}

/** User + system CPU time of `pid`, in µs. */
export const cpuOf = (pid: number): number => {
  const { fields } = readProcStat(pid)
  return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / ticksPerSecond
}
