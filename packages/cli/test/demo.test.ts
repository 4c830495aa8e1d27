// The demo end to end, as `pnpm demo` runs it: no BEEPER_ACCESS_TOKEN, so it starts the mock in-process and tours
// every command; it must exit 0 and show each step's real output.
import { expect, it } from "vitest"
import { start } from "./support.ts"

it("pnpm demo: the whole tour against the in-process mock, exit 0", async () => {
  const { code, stdout, stderr } = await start("demo/demo.ts", []).exited
  expect(stderr).not.toContain("The tour stopped")
  expect(code).toBe(0)
  const output = stdout
  expect(output).toContain("No BEEPER_ACCESS_TOKEN set: started a mock Beeper Desktop in this process at http://127.0.0.1:")
  const steps = [
    "Step 1/5 · Your accounts",
    "Step 2/5 · Chats waiting for you",
    "Step 3/5 · Inside",
    "Step 4/5 · Live events",
    "Step 5/5 · A reply, sent and confirmed",
  ]
  const positions = steps.map((step) => output.indexOf(step))
  for (const [i, position] of positions.entries()) expect(position, steps[i]).toBeGreaterThanOrEqual(0)
  expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  // each step's command and its real output
  expect(output).toContain("$ beeper-kit accounts\nNETWORK")
  expect(output).toContain("$ beeper-kit chats --unread --limit 5\nID")
  expect(output).toMatch(/\$ beeper-kit messages \S+ --limit 5\n.+\nTIME\s+FROM\s+MESSAGE/)
  expect(output).toContain("-- connected, listening to all chats")
  for (const text of ["Are we still on for tonight? 🎬", "I can bring popcorn 🍿", "Starts at 8, don't be late!"]) {
    expect(output).toMatch(new RegExp(`^\\d\\d:\\d\\d:\\d\\d  .+: ${text.replace(/[?.*+()]/g, "\\$&")}$`, "m"))
  }
  expect(output).toContain("(tail stopped cleanly, exit code 0)")
  expect(output).toMatch(/✓ Sent to .+ and confirmed: message \S+ at \d\d:\d\d:\d\d/)
  expect(output).toMatch(/Done in \d+\.\d s\./)
})
