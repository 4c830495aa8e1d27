// How the generator names what it emits: a component's identifier in every module, and from an operation the
// `<PascalCase operationId>Input` / `...Response` identifiers and the input key of a header parameter. Used by the
// plugin, the endpoint table, the named API types and the fast validators.
import { $ } from "@hey-api/openapi-ts"

/**
 * The identifier of the component `name` in every generated module (`schemas.ts`' constant and type, `models.ts`'
 * interface, `api.ts`' imports, `conformance.ts`' proofs): hey-api's rule for the constants it prints, so one name
 * everywhere. A character no identifier may hold becomes `_`; a reserved name gets a `_` suffix: a keyword (`default` →
 * `default_`, `class` → `class_`) or a global the generated modules use (`Object` → `Object_`). The reserved list is the
 * one in force while the plugin runs (relaxed for other globals, e.g. `Error`: index.ts), so call it from the plugin.
 */
export const componentIdentifier = (name: string): string => $.const(name).nameSanitizer(name)

/** `chats.messages.reactions.add` → `ChatsMessagesReactionsAdd`. */
export const pascalCase = (operationId: string): string =>
  operationId
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("")

/** `Range` → `range`, `X-Request-ID` → `xRequestID`: the input key of a header parameter. */
export const headerKey = (name: string): string => {
  const [first = "", ...rest] = name.split("-")
  return first.toLowerCase() + rest.map((part) => part[0]!.toUpperCase() + part.slice(1)).join("")
}
