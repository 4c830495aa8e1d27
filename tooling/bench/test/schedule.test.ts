import { describe, expect, it } from "vitest"
import { runtimeVariants } from "../src/http/clients.ts"
import { schedule } from "../src/http/run.ts"
import { workloads } from "../src/http/workloads.ts"

describe("the HTTP phase schedule", () => {
  const steps = schedule(5, ["node", "deno"])

  it("measures every variant of every runtime once per workload and round", () => {
    expect(steps).toHaveLength(5 * workloads.length * (runtimeVariants.node.length + runtimeVariants.deno.length))
    const seen = new Set(steps.map((s) => `${s.round}/${s.runtime}/${s.workload}/${s.variant}`))
    expect(seen.size).toBe(steps.length)
  })

  it("runs the variants of one runtime and workload back to back", () => {
    const groups = steps.map((s) => `${s.round}/${s.runtime}/${s.workload}`)
    const runs = groups.filter((group, i) => i === 0 || group !== groups[i - 1])
    expect(new Set(runs).size).toBe(runs.length)
  })

  it("rotates the order, so no variant is always first", () => {
    const firsts = new Set(
      steps.filter((s, i) => s.runtime === "deno" && (i === 0 || steps[i - 1]!.workload !== s.workload || steps[i - 1]!.runtime !== s.runtime)).map((s) => s.variant),
    )
    expect([...firsts].sort()).toEqual([...runtimeVariants.deno].sort())
  })

  it("keeps the rounds in order", () => {
    expect(steps.map((s) => s.round)).toEqual([...steps.map((s) => s.round)].sort((a, b) => a - b))
  })
})
