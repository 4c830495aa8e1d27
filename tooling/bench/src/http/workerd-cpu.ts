// The CPU clock of a Worker under miniflare, read from outside: the time the workerd process's threads have run on a
// CPU (/proc). Read from each thread's schedstat (ns) rather than the process's stat (user + system in 10 ms ticks):
// a 250 ms phase uses ~250 ms of CPU, so ticks alone put ±4% on every phase's figure.
import { readdirSync, readFileSync } from "node:fs"
import { readProcStat } from "../proc-stat.ts"

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

/**
 * The time `pid`'s threads have run on a CPU so far, in µs (user + system: the first field of each thread's
 * `/proc/<pid>/task/<tid>/schedstat`, in ns). A thread that ended takes its time with it: workerd's threads live as
 * long as the process.
 */
export const cpuOf = (pid: number): number => {
  let ns = 0
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0])
    } catch {
      // the thread ended while we looked
    }
  }
  return ns / 1000
}
