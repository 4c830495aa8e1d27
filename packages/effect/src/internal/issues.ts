// Schema issues → the `field` + `message` of DecodeError / InvalidRequest, and the request context of an endpoint.
import { SchemaIssue } from "effect"
import type { RequestContext } from "../BeeperError.ts"
import type { Endpoint } from "../Endpoint.ts"

/** The operation, method and path template of an endpoint, as every error carries them. */
export const contextOf = (endpoint: Endpoint): RequestContext => ({
  operationId: endpoint.operationId,
  method: endpoint.method,
  path: endpoint.path,
})

const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

/**
 * The first problem of a schema issue as `{ field, message }`, `field` in property-access form
 * (`items[3].participants.total`), `""` for the root; the message starts with the field.
 */
export const issuePath = (issue: SchemaIssue.Issue): { readonly field: string; readonly message: string } => {
  const first = formatter(issue).issues[0]
  if (first === undefined) return { field: "", message: "invalid value" }
  const keys = (first.path ?? []).map((segment) =>
    typeof segment === "object" && segment !== null && "key" in segment ? segment.key : segment
  )
  const field = formatPath(keys)
  return { field, message: field === "" ? first.message : `${field}: ${first.message}` }
}

/** `["items", 3, "participants", "total"]` → `items[3].participants.total`. */
export const formatPath = (keys: ReadonlyArray<PropertyKey>): string => {
  let out = ""
  for (const key of keys) {
    if (typeof key === "number") out += `[${key}]`
    else if (typeof key === "symbol") out += `[${String(key)}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`
    else out += `[${JSON.stringify(key)}]`
  }
  return out
}
