// A process's line of Linux's /proc/<pid>/stat, split: what the bench reads CPU times (and a child's parent) from.
import { readFileSync } from "node:fs"

/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`; 100 on Linux). */
export const ticksPerSecond = 100

/** A process's stat line: its command, and the fields after it. */
export interface ProcStat {
  readonly command: string
  /**
   * The fields after the command: state [0], ppid [1], … utime [11], stime [12], cutime [13], cstime [14] (the
   * stat's 3rd, 4th, 14th–17th fields). Times in clock ticks ({@link ticksPerSecond}).
   */
  readonly fields: ReadonlyArray<string>
}

/** `/proc/<pid>/stat` (`"self"`: this process's), split; throws where there is no such process or no `/proc`. */
export const readProcStat = (pid: number | "self"): ProcStat => {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
  // the command is in parentheses and may itself hold spaces and parentheses: it ends at the last ")"
  const end = stat.lastIndexOf(")")
  return { command: stat.slice(stat.indexOf("(") + 1, end), fields: stat.slice(end + 2).split(" ") }
}
