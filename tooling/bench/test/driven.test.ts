import { describe, expect, it } from "vitest"
import { startDriven } from "../src/driven.ts"

const fixture = new URL("./fixtures/driven-child.ts", import.meta.url).pathname
const start = (...args: Array<string>) => startDriven(process.execPath, [fixture, ...args], { requestTimeoutMs: 60_000 })
/** A `double` command (built by a function, so its extra field passes as a `DrivenCommand`). */
const double = (value: number) => ({ type: "double", value })
const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe("a driven child", () => {
  it("is one process that answers each command in turn, ignoring stdout lines outside the protocol", async () => {
    const child = await start()
    try {
      const answers: Array<{ doubled: number; pid: number }> = []
      for (const value of [1, 2, 3]) answers.push(await child.request<{ doubled: number; pid: number }>(double(value)))
      expect(answers.map((a) => a.doubled)).toEqual([2, 4, 6])
      expect(new Set(answers.map((a) => a.pid)).size).toBe(1)
    } finally {
      await child.close()
    }
  })

  it("rejects a command the child failed, and keeps answering the next ones", async () => {
    const child = await start()
    try {
      await expect(child.request({ type: "fail" })).rejects.toThrow("asked to fail")
      await expect(child.request(double(21))).resolves.toMatchObject({ doubled: 42 })
    } finally {
      await child.close()
    }
  })

  it("refuses a second command while one waits for its answer", async () => {
    const child = await start()
    try {
      const first = child.request(double(1))
      await expect(child.request(double(2))).rejects.toThrow("already waiting")
      await expect(first).resolves.toMatchObject({ doubled: 2 })
    } finally {
      await child.close()
    }
  })

  it("ends on close", async () => {
    const child = await start()
    const { pid } = await child.request<{ pid: number }>(double(0))
    await child.close()
    expect(alive(pid)).toBe(false)
    await expect(child.request(double(0))).rejects.toThrow("exited 0")
  })

  it("rejects the command it was running when it dies, and every later one", async () => {
    const child = await start()
    await expect(child.request({ type: "die" })).rejects.toThrow("exited 5")
    await expect(child.request(double(0))).rejects.toThrow("exited 5")
  })

  it("fails to start with the child's stderr when it exits before it is ready", async () => {
    await expect(start("fail-at-start")).rejects.toThrow(/exited 3\n.*cannot start: no client/s)
  })
})
