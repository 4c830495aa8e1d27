// The SDK's log lines on stderr: one line each, without a server's control characters (a terminal's escape sequences).
import { Effect } from "effect"
import { TestConsole } from "effect/testing"
import { describe, expect, it } from "vitest"
import { logToStderr } from "../src/output/log.ts"

const logged = (message: string) =>
  Effect.gen(function*() {
    yield* Effect.logWarning(message).pipe(Effect.provide(logToStderr))
    return yield* TestConsole.errorLines
  }).pipe(Effect.provide(TestConsole.layer), Effect.runPromise)

describe("log lines on stderr", () => {
  it("a server's text in a warning (a close reason with escape sequences): control characters become spaces", async () => {
    const lines = await logged("last: closed with code 4000 (bye \u001b[31mRED\u001b[0m\u0007)\nlevel=ERROR forged")
    expect(lines).toHaveLength(1)
    const line = String(lines[0])
    // before: the ESC and BEL bytes and the line break were printed as they came
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
    expect(line).toMatch(/^timestamp=\S+ level=WARN fiber=#\d+ message="last: closed with code 4000 \(bye +\[31mRED +\[0m +\) level=ERROR forged"$/)
  })
})
