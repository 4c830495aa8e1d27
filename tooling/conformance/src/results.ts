/**
 * The result format shared by the runners (which print it) and the matrix driver (which reads it): one JSON line
 * per case, `{"conformance":"case","name":...,"ok":...,"ms":...,"error"?:...}`, after one line naming the runtime.
 *
 * @module
 */

/** The cases, in the order they run. */
export const caseNames = ["list", "paginate", "get", "send-and-confirm", "typed-error", "events-reconnect"] as const

/** One case. */
export type CaseName = (typeof caseNames)[number]

/** The outcome of one case. */
export interface CaseResult {
  readonly name: CaseName
  readonly ok: boolean
  /** Wall-clock milliseconds the case took. */
  readonly ms: number
  readonly error?: string
  /** Why the case did not run on this runtime (it counts as neither passed nor failed). */
  readonly skipped?: string
}

/** The line announcing the runtime a run happens on (name and version as the runtime reports them). */
export const runtimeLine = (runtime: string): string => JSON.stringify({ conformance: "runtime", runtime })

/** The line of one case result. */
export const resultLine = (result: CaseResult): string => JSON.stringify({ conformance: "case", ...result })

/** What a run printed: the runtime line and the case results, other output ignored. */
export const parseOutput = (output: string): { runtime: string | undefined; results: Array<CaseResult> } => {
  let runtime: string | undefined
  const results: Array<CaseResult> = []
  for (const line of output.split("\n")) {
    if (!line.startsWith("{\"conformance\":")) continue
    const parsed = JSON.parse(line) as { conformance: string; runtime?: string } & CaseResult
    if (parsed.conformance === "runtime") runtime = parsed.runtime
    else if (parsed.conformance === "case") {
      const { conformance: _, ...result } = parsed
      results.push(result)
    }
  }
  return { runtime, results }
}
