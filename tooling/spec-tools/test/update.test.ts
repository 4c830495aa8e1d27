import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { parse, stringify } from "yaml"
import { printDocument } from "../src/spec-update/normalize.ts"
import { SpecUpdateError, updateSpec } from "../src/spec-update/update.ts"
import { makeTempDir, removeTempDirs } from "./support/temp-dir.ts"

afterAll(removeTempDirs)

const fixture = parse(readFileSync(new URL("./fixtures/diff/demo-remove-endpoint-add-optional-field.yaml", import.meta.url), "utf8"))

/** A minimal repository: the spec, the patch list, and four packages (two public generated, one private, one adapter). */
const makeRepo = (options: { readonly patches?: string; readonly asyncapi?: string } = {}) => {
  const root = makeTempDir("spec-update-")
  mkdirSync(join(root, "spec"))
  writeFileSync(join(root, "spec", "openapi.yaml"), printDocument(fixture.before))
  writeFileSync(join(root, "spec", "patches.yaml"), options.patches ?? "[]\n")
  if (options.asyncapi !== undefined) writeFileSync(join(root, "spec", "asyncapi.yaml"), options.asyncapi)
  const pkg = (folder: string, manifest: object) => {
    mkdirSync(join(root, "packages", folder), { recursive: true })
    writeFileSync(join(root, "packages", folder, "package.json"), JSON.stringify(manifest))
  }
  pkg("core", { name: "@beeper-kit/core", version: "0.1.0", scripts: { generate: "node ../codegen/src/cli.ts core" } })
  pkg("effect", { name: "@beeper-kit/effect", version: "0.1.0", scripts: { generate: "node ../codegen/src/cli.ts effect" } })
  pkg("codegen", { name: "@beeper-kit/codegen", private: true, scripts: { generate: "x" } })
  pkg("node", { name: "@beeper-kit/node", version: "0.1.0", scripts: { build: "tsc" } })
  const next = join(root, "next.json")
  writeFileSync(next, JSON.stringify(fixture.after))
  return { root, next, spec: () => readFileSync(join(root, "spec", "openapi.yaml"), "utf8"), changesets: () => (existsSync(join(root, ".changeset")) ? readdirSync(join(root, ".changeset")) : []) }
}

describe("updateSpec", () => {
  it("says whether spec/patches.yaml was applied: applied, skipped with --no-patches, or already in the source", async () => {
    const linesOf = async (from: "next" | "spec", applyPatches?: boolean) => {
      const repo = makeRepo()
      const lines: Array<string> = []
      await updateSpec({
        root: repo.root,
        from: from === "next" ? repo.next : join(repo.root, "spec", "openapi.yaml"),
        mode: "replace",
        dryRun: true,
        ...(applyPatches === undefined ? {} : { applyPatches }),
        cwd: repo.root,
        log: (line) => lines.push(line),
        runGenerate: async () => undefined,
      })
      return lines.filter((line) => line.includes("patches.yaml"))
    }
    expect(await linesOf("next")).toEqual(["spec:update: applied 0 patches from spec/patches.yaml"])
    // before: "the source is spec/openapi.yaml itself", of any source
    expect(await linesOf("next", false)).toEqual(["spec:update: spec/patches.yaml not applied (--no-patches)"])
    expect(await linesOf("spec")).toEqual(["spec:update: the source is spec/openapi.yaml itself; spec/patches.yaml is already applied to it"])
  })

  it("writes the normalised spec, a changeset for the generated public packages with the report, then regenerates", async () => {
    const repo = makeRepo()
    const generatedIn: Array<string> = []
    const result = await updateSpec({ root: repo.root, from: repo.next, mode: "replace", runGenerate: async (root) => void generatedIn.push(root) })

    expect(repo.spec()).toBe(printDocument(fixture.after))
    expect(result.specWritten).toBe(true)
    expect(generatedIn).toEqual([repo.root])
    expect(result.report).toBe(`Beeper Desktop API 4.2.808 → 4.3.0: 1 operation removed, 1 response field added.

Bump: **major** (1 breaking, 1 non-breaking, 0 documentation).

**Breaking changes**

- Operation removed: \`chats.reminders.delete\` (DELETE /v1/chats/{chatID}/reminders). Breaks: calls to \`chats.reminders.delete\` no longer compile.

**Non-breaking changes**

- Response field added: \`Message.threadID\` (optional, string) — in responses of \`messages.retrieve\`.
`)
    expect(repo.changesets()).toEqual([expect.stringMatching(/^desktop-api-4-3-0-[0-9a-f]{8}\.md$/)])
    const changeset = readFileSync(result.changeset!.path, "utf8")
    expect(changeset).toBe(`---
"@beeper-kit/core": major
"@beeper-kit/effect": major
---

${result.report.replace(/\nBump: .*\n/, "")}`)
  })

  it("is idempotent: the same document again changes nothing and writes no second changeset", async () => {
    const repo = makeRepo()
    await updateSpec({ root: repo.root, from: repo.next, mode: "replace", generate: false })
    const again = await updateSpec({ root: repo.root, from: repo.next, mode: "replace", generate: false })
    expect(again).toMatchObject({ specWritten: false, diff: { changes: [], bump: undefined } })
    expect(again.changeset).toBeUndefined()
    expect(repo.changesets()).toHaveLength(1)
  })

  it("--dry-run reports without writing or generating", async () => {
    const repo = makeRepo()
    const before = repo.spec()
    const result = await updateSpec({ root: repo.root, from: repo.next, mode: "replace", dryRun: true, runGenerate: () => Promise.reject(new Error("must not run")) })
    expect(result.diff.bump).toBe("major")
    expect(repo.spec()).toBe(before)
    expect(repo.changesets()).toEqual([])
  })

  it("applies spec/patches.yaml to the incoming document, and stops (writing nothing) when an entry no longer applies", async () => {
    const fix = [{ reason: "Desktop 4.3.0 omits minLength 1 on Message.id", patch: [{ op: "add", path: "/components/schemas/Message/properties/id/minLength", value: 1 }] }]
    const repo = makeRepo({ patches: stringify(fix) })
    const result = await updateSpec({ root: repo.root, from: repo.next, mode: "replace", generate: false })
    expect(result.patchesApplied).toBe(1)
    expect(parse(repo.spec()).components.schemas.Message.properties.id.minLength).toBe(1)

    const stale = makeRepo({ patches: stringify([{ reason: "fixed upstream since", patch: [{ op: "test", path: "/info/version", value: "4.2.808" }] }]) })
    const before = stale.spec()
    await expect(updateSpec({ root: stale.root, from: stale.next, mode: "replace", generate: false })).rejects.toThrow(/^spec\/patches\.yaml entry 1 does not apply: .*\n(.*\n)*The entry's reason: "fixed upstream since"\n/)
    expect(stale.spec()).toBe(before)
    expect(stale.changesets()).toEqual([])
  })

  it("an endpoint Desktop removed that spec/patches.yaml corrects: the update goes on, reports the removal and the operation to delete", async () => {
    const fix = [{
      reason: "Desktop 4.3.0 documents these operations without a summary",
      patch: [
        { op: "add", path: "/paths/~1v1~1chats~1{chatID}~1reminders/delete/summary", value: "Clear the reminder" },
        { op: "add", path: "/paths/~1v1~1chats~1{chatID}~1messages~1{messageID}/get/summary", value: "Get a message" },
      ],
    }]
    const repo = makeRepo({ patches: stringify(fix) })
    const lines: Array<string> = []
    // before: it stopped at the first operation ("/v1/chats/{chatID}/reminders ... does not exist"), with no report,
    // advising to delete the entry (the second operation, which still applies, with it)
    const result = await updateSpec({ root: repo.root, from: repo.next, mode: "replace", generate: false, log: (line) => lines.push(line) })
    expect(lines).toContain("spec:update: applied 1 patch from spec/patches.yaml (1 operation left out: its endpoint is gone from the new document; see the report)")
    expect(result.patchesSkipped).toMatchObject([{ entry: 1, operation: 1, endpoint: "DELETE /v1/chats/{chatID}/reminders" }])
    expect(result.report).toContain("- Operation removed: `chats.reminders.delete` (DELETE /v1/chats/{chatID}/reminders).")
    expect(result.report).toContain("**Patches** (spec/patches.yaml operations left out: the endpoint each corrects is no longer in Desktop's document)\n\n" +
      "- Entry 1, operation 1 (`add /paths/~1v1~1chats~1{chatID}~1reminders/delete/summary`): Desktop's document no longer has " +
      "`DELETE /v1/chats/{chatID}/reminders`. Delete operation 1; ")
    expect(parse(repo.spec()).paths["/v1/chats/{chatID}/messages/{messageID}"].get.summary).toBe("Get a message")
    // the changeset holds the API changes only, not the advice about spec/patches.yaml
    expect(readFileSync(result.changeset!.path, "utf8")).not.toContain("Patches")
  })

  it("lists the live events of spec/asyncapi.yaml whose entries are a changed schema, in the report and the changeset", async () => {
    const asyncapi = stringify({
      asyncapi: "3.0.0",
      components: {
        messages: {
          messageUpserted: { name: "message.upserted", payload: { $ref: "#/components/schemas/MessageUpsertedEvent" } },
          messageDeleted: { name: "message.deleted", payload: { type: "object", properties: { ids: { type: "array", items: { type: "string" } } } } },
        },
        schemas: {
          MessageUpsertedEvent: { type: "object", properties: { entries: { type: "array", items: { $ref: "./openapi.yaml#/components/schemas/Message" } } } },
        },
      },
    })
    const repo = makeRepo({ asyncapi })
    const result = await updateSpec({ root: repo.root, from: repo.next, mode: "replace", generate: false })
    // before: "— in responses of `messages.retrieve`." (the event whose entries are Message objects not named)
    const line = "- Response field added: `Message.threadID` (optional, string) — in responses of `messages.retrieve`, and in the live event `message.upserted`."
    expect(result.report).toContain(line)
    expect(readFileSync(result.changeset!.path, "utf8")).toContain(line)
  })

  it("puts back everything it wrote when `pnpm generate` fails: spec, changeset and every src/generated/ file", async () => {
    const repo = makeRepo()
    const generated = (pkg: string, file: string) => join(repo.root, "packages", pkg, "src", "generated", file)
    mkdirSync(join(repo.root, "packages", "core", "src", "generated", "http"), { recursive: true })
    writeFileSync(generated("core", "http/types.gen.ts"), "export type A = 1\n")
    writeFileSync(generated("core", "index.ts"), "export {}\n")
    const before = repo.spec()
    const error = await updateSpec({
      root: repo.root,
      from: repo.next,
      mode: "replace",
      // What a generator that fails half-way does: one file changed, one added, one removed, then exit 1.
      runGenerate: async (root) => {
        expect(root).toBe(repo.root)
        expect(repo.spec()).not.toBe(before)
        writeFileSync(generated("core", "http/types.gen.ts"), "export type A = 2\n")
        mkdirSync(join(repo.root, "packages", "effect", "src", "generated"), { recursive: true })
        writeFileSync(generated("effect", "schemas.ts"), "half\n")
        rmSync(generated("core", "index.ts"))
        throw new Error("pnpm generate failed (exit code 1)")
      },
    }).catch((error: unknown) => error)
    expect(error).toBeInstanceOf(SpecUpdateError)
    expect((error as SpecUpdateError).message).toMatch(/^pnpm generate failed \(exit code 1\)\. Nothing was changed: .* \(5 files put back\)/)
    expect((error as SpecUpdateError).report).toMatch(/^Beeper Desktop API 4\.2\.808 → 4\.3\.0: 1 operation removed/)
    expect(repo.spec()).toBe(before)
    expect(repo.changesets()).toEqual([])
    expect(readFileSync(generated("core", "http/types.gen.ts"), "utf8")).toBe("export type A = 1\n")
    expect(readFileSync(generated("core", "index.ts"), "utf8")).toBe("export {}\n")
    expect(existsSync(generated("effect", "schemas.ts"))).toBe(false)
  })

  it("re-normalising the checked-in file (--from spec/openapi.yaml) does not apply the patches a second time", async () => {
    const repo = makeRepo({ patches: stringify([{ reason: "r", patch: [{ op: "test", path: "/info/version", value: "0" }] }]) })
    const result = await updateSpec({ root: repo.root, from: "spec/openapi.yaml", cwd: repo.root, generate: false })
    expect(result).toMatchObject({ patchesApplied: 0, specWritten: false, diff: { changes: [] } })
  })

  it("refuses a document with dangling $refs or one that breaks spec/asyncapi.yaml's references, writing nothing", async () => {
    const repo = makeRepo({ asyncapi: "components:\n  schemas:\n    Message:\n      $ref: './openapi.yaml#/components/schemas/Message'\n" })
    const broken = structuredClone(fixture.after)
    broken.components.schemas.Message.properties.thread = { $ref: "#/components/schemas/Thread" }
    writeFileSync(repo.next, JSON.stringify(broken))
    await expect(updateSpec({ root: repo.root, from: repo.next, mode: "replace", generate: false })).rejects.toThrow(/\$refs that point at nothing: #\/components\/schemas\/Thread/)

    // A component removed (with the operation that used it) breaks spec/asyncapi.yaml's reference to it.
    const removed = structuredClone(fixture.after)
    delete removed.paths["/v1/chats/{chatID}/messages/{messageID}"]
    delete removed.components.schemas.Message
    writeFileSync(repo.next, JSON.stringify(removed))
    await expect(updateSpec({ root: repo.root, from: repo.next, mode: "replace", generate: false })).rejects.toThrow(/spec\/asyncapi.yaml refers to .\/openapi.yaml#\/components\/schemas\/Message/)
  })

  it("refuses a dangling $ref where ours names a component, before our names are given (which would hide it)", async () => {
    const repo = makeRepo()
    const misspelt = structuredClone(fixture.after)
    misspelt.paths["/v1/chats/{chatID}/messages/{messageID}"].get.responses["200"].content["application/json"].schema.$ref = "#/components/schemas/Messagee"
    writeFileSync(repo.next, JSON.stringify(misspelt))
    const before = repo.spec()
    await expect(updateSpec({ root: repo.root, from: repo.next, dryRun: true })).rejects.toThrow(/\$refs that point at nothing: #\/components\/schemas\/Messagee$/)
    await expect(updateSpec({ root: repo.root, from: repo.next, mode: "replace", generate: false })).rejects.toThrow(/#\/components\/schemas\/Messagee/)
    expect(repo.spec()).toBe(before)
    expect(repo.changesets()).toEqual([])
  })

  it("a component the new document renames keeps our name (found by where it is used), so references into it hold", async () => {
    const repo = makeRepo({ asyncapi: "components:\n  schemas:\n    Message:\n      $ref: './openapi.yaml#/components/schemas/Message'\n" })
    const renamed = structuredClone(fixture.after)
    renamed.components.schemas.ChatMessage = renamed.components.schemas.Message
    delete renamed.components.schemas.Message
    renamed.paths["/v1/chats/{chatID}/messages/{messageID}"].get.responses["200"].content["application/json"].schema.$ref = "#/components/schemas/ChatMessage"
    writeFileSync(repo.next, JSON.stringify(renamed))
    const result = await updateSpec({ root: repo.root, from: repo.next, mode: "replace", generate: false })
    expect(result.alignment.renames).toEqual([{ section: "schemas", from: "ChatMessage", to: "Message" }])
    expect(repo.spec()).toBe(printDocument(fixture.after))
  })
})
