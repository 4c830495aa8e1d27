// Schema issues → the `field` + `message` of DecodeError / InvalidRequest, and the request context of an endpoint.
import * as SchemaIssue from "effect/SchemaIssue"
import type { RequestContext } from "../BeeperError.ts"
import type { Endpoint } from "../Endpoint.ts"

/** The operation, method and path template of an endpoint, as every error carries them. */
export const contextOf = (endpoint: Endpoint): RequestContext => ({
  operationId: endpoint.operationId,
  method: endpoint.method,
  path: endpoint.path,
})

const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

/** One problem of a decode: where (`items[3].participants.total`, `""` for the root) and what, without the value. */
export interface PathIssue {
  readonly path: string
  readonly message: string
}

/** Every problem of a schema issue, in order, its path under `prefix` (the path of the issue in the whole input). */
export const formatIssues = (
  issue: SchemaIssue.Issue,
  prefix: ReadonlyArray<PropertyKey> = [],
): ReadonlyArray<PathIssue> => {
  const issues = formatter(issue).issues.map((one) => ({
    path: formatPath([
      ...prefix,
      ...(one.path ?? []).map((segment) =>
        typeof segment === "object" && segment !== null && "key" in segment ? segment.key : segment
      ),
    ]),
    message: one.message,
  }))
  return issues.length === 0 ? [{ path: formatPath(prefix), message: "invalid value" }] : issues
}

/** A problem as `{ field, message }`, the message starting with the field (`items[3].id: Missing key`). */
export const fieldMessage = (issue: PathIssue): { readonly field: string; readonly message: string } => ({
  field: issue.path,
  message: issue.path === "" ? issue.message : `${issue.path}: ${issue.message}`,
})

/**
 * The first problem of a schema issue as `{ field, message }`, `field` in property-access form
 * (`items[3].participants.total`), `""` for the root; the message starts with the field.
 */
export const issuePath = (issue: SchemaIssue.Issue): { readonly field: string; readonly message: string } =>
  fieldMessage(formatIssues(issue)[0]!)

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
