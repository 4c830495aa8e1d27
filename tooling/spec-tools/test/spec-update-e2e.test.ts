// The "done when", end to end and for real: in a throwaway copy of this repository, one command
// (`pnpm spec:update`, asking a running "Desktop" for its document) takes a document that removes an endpoint and
// adds an optional field, and produces regenerated code, a report saying exactly that, and a changeset with a
// major bump that `pnpm changeset version` turns into 1.0.0 releases with changelogs.
import { runProcess } from "@beeper-kit/testkit/process"
import { execFileSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { demoSpecJson } from "./support/demo-spec.ts"
import { startFakeDesktop, type FakeDesktop } from "./support/fake-desktop.ts"
import { makeTempRepo } from "./support/temp-repo.ts"

let repo: ReturnType<typeof makeTempRepo>
let desktop: FakeDesktop
let run: { readonly status: number | null; readonly stdout: string; readonly stderr: string }

const git = (...args: Array<string>) => execFileSync("git", ["-c", "user.email=ci@example.invalid", "-c", "user.name=ci", ...args], { cwd: repo.root, encoding: "utf8" })
/**
 * Runs pnpm asynchronously (the fake Desktop answers from this same process, so it must not be blocked), through the
 * testkit's process runner: a clean environment, so the developer's own BEEPER_* settings never reach it.
 */
const pnpm = async (args: ReadonlyArray<string>, env: Record<string, string> = {}): Promise<typeof run> => {
  const done = await runProcess("pnpm", args, { cwd: repo.root, env, timeoutMs: 200_000 })
  return { status: done.code, stdout: done.stdout, stderr: done.stderr }
}

/** Every generated file of the copy, read. */
const generatedSources = (): string =>
  ["core", "effect", "mock-server"].flatMap((pkg) => {
    const dir = join(repo.root, "packages", pkg, "src", "generated")
    if (!existsSync(dir)) return []
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), "utf8"))
  }).join("\n")

beforeAll(async () => {
  repo = makeTempRepo()
  // The demo "Desktop 5.1.0" document is derived from our own spec, not from Beeper's: the repo's patches are written
  // against Beeper's document (its names) and would not apply to it.
  writeFileSync(join(repo.root, "spec", "patches.yaml"), "[]\n")
  // Baseline: the checked-in spec in its normalised form, generated, committed (so `git status` shows only the update).
  const normalise = await pnpm(["spec:update", "--from", "spec/openapi.yaml"])
  expect(normalise.status, normalise.stderr).toBe(0)
  git("init", "-q")
  git("add", "-A")
  git("commit", "-qm", "baseline")
  desktop = await startFakeDesktop({ spec: demoSpecJson(repo.root) })
  run = await pnpm(["spec:update", "--replace"], { BEEPER_DESKTOP_URL: desktop.url })
}, 240_000)

afterAll(async () => {
  await desktop?.close()
  repo?.remove()
})

describe("pnpm spec:update, removing an endpoint and adding an optional field", () => {
  it("succeeds in one command, reading the document the running Desktop advertises", () => {
    expect(run.status, run.stderr).toBe(0)
    expect(desktop.requests.map((request) => request.url)).toEqual(["/v1/info", "/v1/spec"])
  })

  it("prints a report saying exactly that: one operation removed (breaking), one optional field added, major; and the removed operation's annotations", () => {
    const report = run.stdout.slice(run.stdout.indexOf("Beeper Desktop API"))
    expect(report).toBe(`Beeper Desktop API 5.0.0 → 5.1.0: 1 operation removed, 1 response field added.

Bump: **major** (1 breaking, 1 non-breaking, 0 documentation).

**Breaking changes**

- Operation removed: \`chats.reminders.delete\` (DELETE /v1/chats/{chatID}/reminders). Breaks: calls to \`chats.reminders.delete\` no longer compile.

**Non-breaking changes**

- Response field added: \`Message.threadID\` (optional, string) — in responses of \`chats.list\`, \`messages.list\`, \`messages.retrieve\`, \`messages.search\`, \`messages.update\` and \`search\`, and in the live event \`message.upserted\`.

**Annotations** (our \`x-\` extensions; not part of the changeset)

- Not carried over: \`x-idempotent\`, \`x-upstream-operation-id\` at \`chats.reminders.delete\` (DELETE /v1/chats/{chatID}/reminders): the operation is not in the new document.
`)
  })

  it("changes only the spec, the generated code and .changeset/", () => {
    const changed = git("status", "--porcelain", "--untracked-files=all").split("\n").filter(Boolean).map((line) => line.slice(3))
      .filter((path) => !path.includes(".turbo/"))
    expect(changed.length).toBeGreaterThan(2)
    for (const path of changed) expect(path).toMatch(/^(spec\/openapi\.yaml|packages\/[^/]+\/src\/generated\/.*|\.changeset\/desktop-api-5-1-0-[0-9a-f]{8}\.md)$/)
    // The spec diff is the two facts and the version, nothing else (the baseline is normalised).
    const diff = git("diff", "--unified=0", "spec/openapi.yaml").split("\n").filter((line) => /^[-+][^-+]/.test(line))
    expect(diff.filter((line) => line.startsWith("+"))).toEqual([
      "+  version: 5.1.0",
      "+x-desktop-api-version: 5.1.0",
      "+        threadID:",
      "+          type: string",
      "+          description: ID of the thread's root message, when this message is a reply in a thread.",
    ])
    expect(diff.filter((line) => line.startsWith("-")).join("\n")).toContain("-      operationId: chats.reminders.delete")
  })

  it("regenerates the code: the removed operation is gone from every package, the new field is typed", () => {
    const sources = generatedSources()
    // line by line: a generated file may hold the whole spec on one long line (a `.*x.*` regex would crawl it)
    expect(sources.split("\n").filter((line) => /chats\.reminders\.delete|ChatsRemindersDelete/.test(line))).toEqual([])
    expect(sources.includes("chats.reminders.create")).toBe(true)
    expect(readFileSync(join(repo.root, "packages/core/src/generated/http/types.gen.ts"), "utf8")).toMatch(/threadID\?: string/)
  })

  it("writes a changeset bumping every generated public package major, with the report as its body", () => {
    const [file] = readdirSync(join(repo.root, ".changeset")).filter((name) => name.startsWith("desktop-api-5-1-0-"))
    const changeset = readFileSync(join(repo.root, ".changeset", file!), "utf8")
    expect(changeset).toMatch(/^---\n"@beeper-kit\/core": major\n"@beeper-kit\/effect": major\n"@beeper-kit\/mock-server": major\n---\n\nBeeper Desktop API 5.0.0 → 5.1.0: 1 operation removed, 1 response field added.\n/)
  })

  it("`pnpm changeset version` releases the fixed group at 1.0.0 with the report in each changelog", async () => {
    const version = await pnpm(["changeset", "version"])
    expect(version.status, version.stderr).toBe(0)
    const manifest = (pkg: string) => JSON.parse(readFileSync(join(repo.root, "packages", pkg, "package.json"), "utf8")) as { version: string }
    for (const pkg of ["core", "effect", "mock-server"]) {
      expect(manifest(pkg).version).toBe("1.0.0")
      const changelog = readFileSync(join(repo.root, "packages", pkg, "CHANGELOG.md"), "utf8")
      expect(changelog).toContain("## 1.0.0\n\n### Major Changes\n\n- ")
      expect(changelog).toContain("\n- Beeper Desktop API 5.0.0 → 5.1.0: 1 operation removed, 1 response field added.")
      expect(changelog).toContain("Operation removed: `chats.reminders.delete`")
    }
    // Private tooling is not versioned.
    expect(JSON.parse(readFileSync(join(repo.root, "tooling", "codegen", "package.json"), "utf8")).version).toBe("0.0.0")
    expect(readdirSync(join(repo.root, ".changeset")).filter((name) => name.endsWith(".md") && name !== "README.md")).toEqual([])
  })
})
