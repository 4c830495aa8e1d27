// The demo document (test/fixtures/demo/desktop-5.1.0.patch.yaml applied to a spec/openapi.yaml) as JSON.
// `node tooling/spec-tools/test/support/demo-spec.ts > /tmp/desktop-5.1.0.json` prints it for a manual run.
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { parse } from "yaml"
import { applyJsonPatch, type JsonPatchOperation } from "../../src/spec-update/patches.ts"
import { repoRoot } from "../../src/workspace.ts"

/** The demo document derived from `<root>/spec/openapi.yaml`, as compact JSON. */
export const demoSpecJson = (root: string = repoRoot): string => {
  const spec: unknown = parse(readFileSync(join(root, "spec", "openapi.yaml"), "utf8"))
  const patch = parse(readFileSync(new URL("../fixtures/demo/desktop-5.1.0.patch.yaml", import.meta.url), "utf8")) as ReadonlyArray<JsonPatchOperation>
  return JSON.stringify(applyJsonPatch(spec, patch))
}

if (import.meta.main) process.stdout.write(`${demoSpecJson()}\n`)
