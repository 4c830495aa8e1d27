/** The command line: flags, startup output, serving, and a clean stop on Ctrl-C. */
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { createServer } from "node:net"
import { DEFAULT_PORT, listenProblem, parseCommandLine } from "../src/server/cli.ts"

describe("parseCommandLine", () => {
  it("defaults to port 23373 on 127.0.0.1", () => {
    expect(parseCommandLine([])).toEqual({ port: DEFAULT_PORT, host: "127.0.0.1" })
    expect(DEFAULT_PORT).toBe(23373)
  })

  it("reads past the one leading \"--\" pnpm 10 forwards (`pnpm mock -- --token dev`)", () => {
    expect(parseCommandLine(["--", "--token", "dev"])).toEqual({ port: DEFAULT_PORT, host: "127.0.0.1", token: "dev" })
  })

  it("reads every flag", () => {
    expect(parseCommandLine(["--port", "0", "--host", "0.0.0.0", "--token", "t0k", "--seed", "s", "--send-delay", "manual", "--remote-delay", "5", "--traffic", "1000", "--signed-out", "--anchor", "2026-01-01T00:00:00Z", "--ts-format", "ms-string", "--drift"])).toEqual({
      port: 0,
      host: "0.0.0.0",
      token: "t0k",
      seed: "s",
      sendDelay: "manual",
      remoteDelay: 5,
      traffic: 1000,
      appState: "signed-out",
      fixtureAnchor: "2026-01-01T00:00:00Z",
      tsFormat: "ms-string",
      drift: true,
    })
    expect(parseCommandLine(["-h"])).toBe("help")
  })

  it("rejects invalid values and unknown flags", () => {
    expect(() => parseCommandLine(["--port", "70000"])).toThrow()
    expect(() => parseCommandLine(["--port", "abc"])).toThrow()
    expect(() => parseCommandLine(["--send-delay", "soon"])).toThrow()
    expect(() => parseCommandLine(["--frobnicate"])).toThrow()
    expect(() => parseCommandLine(["--ts-format", "seconds"])).toThrow(/--ts-format must be one of iso, ms, ms-string/)
    expect(() => parseCommandLine(["--anchor", "last tuesday"])).toThrow(/--anchor/)
    // a delay a timer cannot hold (Node would fire it at once), and traffic that would flood the store
    expect(() => parseCommandLine(["--send-delay", "1e12"])).toThrow(/--send-delay must be a number of ms from 0 to 2147483647/)
    expect(() => parseCommandLine(["--send-delay", "Manual"])).toThrow(/--send-delay/)
    expect(() => parseCommandLine(["--traffic", "5"])).toThrow(/--traffic must be a number of ms from 10/)
  })
})

describe("listenProblem", () => {
  const failure = (code: string) => Object.assign(new Error(`listen ${code}`), { code })

  it("explains what a command line can cause, in one line naming the flag to change", () => {
    expect(listenProblem(failure("EADDRINUSE"), DEFAULT_PORT, "127.0.0.1")).toBe(
      "port 23373 is in use (is Beeper Desktop running? pick another with --port, or --port 0 for any free one)",
    )
    expect(listenProblem(failure("EACCES"), 80, "127.0.0.1")).toBe("port 80 needs privileges this user lacks (pick one from 1024 up with --port, or --port 0 for any free one)")
    expect(listenProblem(failure("ENOTFOUND"), 0, "deskt0p")).toBe("cannot listen on deskt0p: no such host (pick an address with --host, e.g. 127.0.0.1)")
  })

  it("leaves any other error alone (a bug keeps its stack)", () => {
    expect(listenProblem(new TypeError("a bug"), DEFAULT_PORT, "127.0.0.1")).toBeUndefined()
    expect(listenProblem(undefined, DEFAULT_PORT, "127.0.0.1")).toBeUndefined()
  })
})

describe("the bin", () => {
  it("prints the token and `listening on`, serves the API, and exits 0 on Ctrl-C (SIGINT, even twice)", async () => {
    const bin = fileURLToPath(new URL("../src/server/bin.ts", import.meta.url))
    const child = spawn(process.execPath, [bin, "--port", "0", "--token", "cli-token", "--seed", "9"], { stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString()
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(output)
        if (match) resolve(match[1] as string)
      })
      child.once("exit", (code) => reject(new Error(`exited ${code}: ${output}`)))
    })
    expect(output).toContain("token: cli-token")
    const accounts = await fetch(`${url}/v1/accounts`, { headers: { authorization: "Bearer cli-token" } })
    expect(accounts.status).toBe(200)
    expect((await fetch(`${url}/v1/accounts`)).status).toBe(401)
    const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)))
    // A terminal's Ctrl-C reaches the whole process group and pnpm forwards it once more.
    child.kill("SIGINT")
    child.kill("SIGINT")
    expect(await exit).toBe(0)
  }, 120_000) // a process start is slow on a busy machine; the test ends on the process's own output

  // Desktop itself listens on 23373, the default: a raw Node stack there would look like a crash of the mock.
  it.each([
    ["a port in use", (port: number) => ["--port", String(port)], (port: number) => `beeper-mock-server: port ${port} is in use (pick another with --port, or --port 0 for any free one)\n`],
    ["a host that is not this machine's (TEST-NET-1)", () => ["--host", "192.0.2.1", "--port", "0"], () => "beeper-mock-server: cannot listen on 192.0.2.1: not an address of this machine (pick one with --host, e.g. 127.0.0.1)\n"],
  ])("exits 1 with one line, no stack, on %s", async (_, args, expected) => {
    const holder = createServer()
    const port = await new Promise<number>((resolve) => holder.listen(0, "127.0.0.1", () => resolve((holder.address() as { port: number }).port)))
    try {
      const bin = fileURLToPath(new URL("../src/server/bin.ts", import.meta.url))
      const child = spawn(process.execPath, [bin, ...args(port)], { stdio: ["ignore", "pipe", "pipe"] })
      let stderr = ""
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()))
      const code = await new Promise<number | null>((resolve) => child.once("exit", resolve))
      expect([code, stderr]).toEqual([1, expected(port)])
    } finally {
      await new Promise((resolve) => holder.close(resolve))
    }
  }, 120_000)

  it("exits 2 with usage on a bad flag", async () => {
    const bin = fileURLToPath(new URL("../src/server/bin.ts", import.meta.url))
    const child = spawn(process.execPath, [bin, "--port", "nope"], { stdio: ["ignore", "pipe", "pipe"] })
    let stderr = ""
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve))
    expect(code).toBe(2)
    expect(stderr).toContain("Usage: beeper-mock-server")
  })
})
