import { readdirSync, readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import type { SpecChange } from "../src/spec-update/changes.ts"
import { diffSpecs } from "../src/spec-update/diff.ts"
import type { OpenApiDocument } from "../src/spec-update/document.ts"

interface Fixture {
  readonly title: string
  readonly before: OpenApiDocument
  readonly after: OpenApiDocument
  readonly expect: ReadonlyArray<Partial<SpecChange>>
  readonly bump: string | null
}

const dir = new URL("./fixtures/diff/", import.meta.url)
const fixtures = readdirSync(dir)
  .filter((file) => file.endsWith(".yaml"))
  .sort()
  .map((file) => [file.replace(/\.yaml$/, ""), parse(readFileSync(new URL(file, dir), "utf8")) as Fixture] as const)

/** Only the fields a fixture states, so fixtures stay short; `usedBy` and `detail` are compared when given. */
const project = (change: SpecChange, like: Readonly<Record<string, unknown>>) =>
  Object.fromEntries(Object.keys(like).map((key) => [key, change[key as keyof SpecChange]]))

const key = (value: Record<string, unknown>) => JSON.stringify(Object.entries(value).sort())

describe("diffSpecs on fixture pairs", () => {
  it("has a fixture for every class of change the issue names", () => {
    expect(fixtures.map(([name]) => name)).toEqual(expect.arrayContaining([
      "operation-added", "operation-removed", "operation-renamed", "request-parameter-added", "request-field-added",
      "request-field-removed-retyped", "request-field-required", "response-field-added", "response-field-removed-retyped",
      "response-field-required", "enum-values", "docs-only",
    ]))
  })

  for (const [name, fixture] of fixtures) {
    it(`${name}: ${fixture.title}`, () => {
      const diff = diffSpecs(fixture.before, fixture.after)
      const expected = fixture.expect.map((like) => ({ ...like }))
      const actual = diff.changes.map((change) => {
        const like = expected.find((candidate) => candidate.location === change.location && candidate.kind === change.kind && candidate.direction === change.direction)
        return project(change, like ?? { kind: change.kind, direction: change.direction, location: change.location, detail: change.detail })
      })
      expect(actual.map(key).sort()).toEqual(expected.map((like) => key(like as Record<string, unknown>)).sort())
      expect(diff.bump ?? null).toBe(fixture.bump)
    })
  }

  it("lists breaking changes first", () => {
    for (const [, fixture] of fixtures) {
      const flags = diffSpecs(fixture.before, fixture.after).changes.map((change) => change.breaking)
      expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)))
    }
  })

  it("finds nothing between a document and itself, and nothing between the real spec and itself", () => {
    for (const [, fixture] of fixtures) expect(diffSpecs(fixture.after, structuredClone(fixture.after)).changes).toEqual([])
    const spec = parse(readFileSync(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8")) as OpenApiDocument
    expect(diffSpecs(spec, structuredClone(spec))).toMatchObject({ changes: [], bump: undefined })
  })

  it("ignores key order (a reordered document has no changes)", () => {
    const [, fixture] = fixtures.find(([name]) => name === "union-variants")!
    const reverse = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reverse)
        : typeof value === "object" && value !== null ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverse(v)]))
        : value
    expect(diffSpecs(fixture.after, reverse(fixture.after) as OpenApiDocument).changes).toEqual([])
  })
})
