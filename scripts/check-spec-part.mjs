// Temporary helper while the spec is written in parts: checks one part against spec/parts/CONVENTIONS.md.
import { readFileSync, readdirSync } from "node:fs"
import { join, dirname, basename } from "node:path"
import { parse } from "yaml"

const file = process.argv[2]
const doc = parse(readFileSync(file, "utf8"))
const errors = []
const warnings = []
const allowedTop = new Set(["tags", "paths", "components"])
if (basename(file) !== "00-base.yaml") {
  for (const k of Object.keys(doc)) if (!allowedTop.has(k)) errors.push(`top-level key ${k} not allowed`)
}
const defined = new Set()
for (const f of readdirSync(dirname(file)).filter((f) => f.endsWith(".yaml"))) {
  const d = parse(readFileSync(join(dirname(file), f), "utf8")) ?? {}
  for (const kind of ["schemas", "responses", "parameters"]) {
    for (const n of Object.keys(d.components?.[kind] ?? {})) defined.add(`#/components/${kind}/${n}`)
  }
}
const refs = []
const walk = (node, path) => {
  if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`))
  if (node && typeof node === "object") {
    if (typeof node.$ref === "string") refs.push([node.$ref, path])
    if ("nullable" in node) errors.push(`${path}: 'nullable' is OpenAPI 3.0; use type: [x, 'null']`)
    for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`)
  }
}
walk(doc, "$")
const mine = new Set(Object.keys(doc.components?.schemas ?? {}).map((n) => `#/components/schemas/${n}`))
for (const [ref, path] of refs) {
  if (!defined.has(ref)) (mine.has(ref) ? errors : warnings).push(`${path}: unresolved ${ref}`)
}
const methods = ["get", "post", "put", "patch", "delete"]
for (const [p, item] of Object.entries(doc.paths ?? {})) {
  if (!p.startsWith("/v1/")) errors.push(`path ${p} must start with /v1/`)
  for (const m of methods) {
    const op = item[m]
    if (!op) continue
    const where = `${m.toUpperCase()} ${p}`
    for (const k of ["operationId", "summary", "description", "tags", "responses"]) if (!op[k]) errors.push(`${where}: missing ${k}`)
    if (op.tags?.length !== 1) errors.push(`${where}: exactly one tag`)
    if (typeof op["x-idempotent"] !== "boolean") errors.push(`${where}: missing x-idempotent`)
    const codes = Object.keys(op.responses ?? {})
    const ok = codes.filter((c) => c.startsWith("2"))
    if (ok.length !== 1) errors.push(`${where}: exactly one 2xx response (has ${ok.join(",")})`)
    const need = ["400", "401", "403", "429", "500"]
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])]
    if (params.some((x) => x.in === "path")) need.push("404")
    if (op.requestBody) need.push("422")
    for (const c of need) if (!codes.includes(c)) errors.push(`${where}: missing ${c} response`)
    if (op["x-pagination"]) {
      const names = new Set(params.map((x) => x.name))
      const pg = op["x-pagination"]
      for (const k of ["cursorParam", "directionParam", "limitParam"]) if (pg[k] && !names.has(pg[k])) errors.push(`${where}: x-pagination.${k} ${pg[k]} is not a parameter`)
    }
  }
}
for (const w of warnings) console.log("warning:", w)
for (const e of errors) console.log("error:", e)
console.log(`${file}: ${Object.keys(doc.paths ?? {}).length} paths, ${Object.keys(doc.components?.schemas ?? {}).length} schemas, ${errors.length} errors, ${warnings.length} warnings`)
process.exit(errors.length ? 1 : 0)
