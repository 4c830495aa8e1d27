// `pnpm spec:update [--from <url|file>] [--root <dir>] [--dry-run] [--no-generate] [--no-patches] [--no-carry-over] [--replace]`
// Progress goes to stderr; the change report is the last thing printed, on stdout.
import { parseArgs } from "node:util"
import { defaultBaseUrl } from "@beeper-kit/core"
import { repoRoot } from "../workspace.ts"
import { SpecUpdateError, updateSpec } from "./update.ts"

const usage = `usage: pnpm spec:update [--from <url|file>] [--root <dir>] [--dry-run] [--no-generate] [--no-patches] [--no-carry-over] [--replace]

  --from <url|file>  the new OpenAPI document (JSON or YAML). Default: ask the running Beeper Desktop
                     (\${BEEPER_DESKTOP_URL:-${defaultBaseUrl}}/v1/info → endpoints.spec).
                     --from spec/openapi.yaml re-normalises the checked-in document.
  --root <dir>       the repository to update (default: this one)
  --dry-run          print the change report; write nothing, generate nothing
  --no-generate      write spec/openapi.yaml and the changeset but skip \`pnpm generate\`
  --no-patches       do not apply spec/patches.yaml
  --no-carry-over    do not copy our x- annotations (x-pagination, x-idempotent, x-idempotency-key,
                     x-beeper-kit-note ...) from the current spec/openapi.yaml onto the new document, and do not
                     default x-idempotent on new operations
  --replace          the new document is the whole API: what it does not describe is removed. Default: merge —
                     the new document wins where it speaks, what it lacks (operations, fields, enum values,
                     parameters, responses) is kept and marked x-beeper-kit-source. Either way the new document
                     gets our operationIds and component names (theirs in x-upstream-operation-id).
`

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: {
      from: { type: "string" },
      root: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      "no-generate": { type: "boolean", default: false },
      "no-patches": { type: "boolean", default: false },
      "no-carry-over": { type: "boolean", default: false },
      replace: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  })
  if (values.help) return void process.stdout.write(usage)
  // pnpm runs root scripts from the root; INIT_CWD is where the user typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd()
  const result = await updateSpec({
    root: values.root ?? repoRoot,
    from: values.from,
    cwd,
    dryRun: values["dry-run"],
    generate: !values["no-generate"],
    ...(values["no-patches"] ? { applyPatches: false } : {}),
    ...(values["no-carry-over"] ? { carryOverAnnotations: false } : {}),
    mode: values.replace ? "replace" : "merge",
    log: (line) => process.stderr.write(`${line}\n`),
  })
  process.stdout.write(`\n${result.report}`)
  if (values["dry-run"]) process.stdout.write("\n(dry run: nothing written)\n")
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    if (error instanceof SpecUpdateError && error.report !== undefined) process.stdout.write(`\n${error.report}\n(nothing written)\n`)
    process.stderr.write(`spec:update failed: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  })
}
