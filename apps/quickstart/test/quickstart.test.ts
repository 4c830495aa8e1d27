// The root README's quickstart as a new user meets it: its first program is src/first.ts, verbatim, and
// `npm run quickstart` (src/against-mock.ts) runs that program against a mock Beeper Desktop, prints what it
// found, and ends — no Beeper Desktop, no token, nothing typed between the two commands the README gives.
import { getJson, withMockServer } from "@beeper-kit/testkit/mock-server"
import { linesOf, runProcess } from "@beeper-kit/testkit/process"
import { codeBlockAfter } from "@beeper-kit/testkit/readme"
import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const appDir = fileURLToPath(new URL("..", import.meta.url))
const repoDir = fileURLToPath(new URL("../../..", import.meta.url))
const rootReadme = new URL("../../../README.md", import.meta.url)
const rootManifest = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as {
  readonly scripts: Record<string, string>
}

describe("the README's quickstart", () => {
  it("its first program is src/first.ts, unchanged", () => {
    expect(codeBlockAfter(rootReadme, "<!-- first program -->")).toBe(readFileSync(new URL("../src/first.ts", import.meta.url), "utf8"))
  })

  it("`npm run quickstart` runs it against a mock Desktop: the accounts, the 5 most recent chats, then it ends", async () => {
    expect(rootManifest.scripts.quickstart).toContain("apps/quickstart/src/against-mock.ts")
    const { code, stdout, output } = await runProcess(process.execPath, ["src/against-mock.ts"], { cwd: appDir, timeoutMs: 120_000 })
    expect(code, output).toBe(0)
    // the same world as the runner's mock (seed 1): what the program printed is what that Desktop holds
    await withMockServer({ seed: 1 }, async (server) => {
      const accounts = await getJson<ReadonlyArray<unknown>>(server, "/v1/accounts")
      const chats = await getJson<{ readonly items: ReadonlyArray<{ readonly title: string; readonly network: string; readonly unreadCount: number }> }>(server, "/v1/chats?limit=5")
      expect(linesOf(stdout)).toEqual([
        expect.stringMatching(new RegExp(`^${accounts.length} accounts: `)),
        ...chats.items.map((chat) => `${chat.title} · ${chat.network} · ${chat.unreadCount} unread`),
      ])
    })
    // and it is the output the README shows under the program
    expect(linesOf(codeBlockAfter(rootReadme, "<!-- first program output -->", "text"))).toEqual(linesOf(stdout))
  }, 150_000)

  /** The system's folders, where a fresh machine has `node` and `npm` but no pnpm and none of the repo's toolchain. */
  const systemPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
  const systemNpm = ["/usr/local/bin/npm", "/usr/bin/npm"].find(existsSync)

  // before: "sh: 1: pnpm: not found" (the script ran pnpm itself; every other root script goes through scripts/dev.sh)
  it.skipIf(systemNpm === undefined)("`npm run mock -- <flags>` (the README's) starts the mock with only node and npm on PATH", async () => {
    expect(readFileSync(rootReadme, "utf8")).toContain("`npm run mock -- --token dev` in the clone")
    const { code, stdout, output } = await runProcess(systemNpm!, ["run", "mock", "--", "--help"], {
      cwd: repoDir,
      env: { PATH: systemPath },
      // dev.sh may install first (the toolchain and dependencies are usually there already)
      timeoutMs: 300_000,
    })
    expect(code, output).toBe(0)
    expect(stdout).toContain("Usage: beeper-mock-server [options]")
  }, 320_000)
})
