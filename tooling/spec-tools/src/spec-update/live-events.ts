// The live events of spec/asyncapi.yaml that carry schemas of spec/openapi.yaml. The WebSocket protocol is described
// there, not in the OpenAPI document, but the complete `entries` of `message.upserted` and `chat.upserted` are the
// OpenAPI `Message` and `Chat` (`$ref: './openapi.yaml#/components/schemas/Message'`): a change to such a schema
// changes those events for the SDK's users as much as the HTTP responses, and the change report must say so.
import { decodePointerToken, isRecord, resolveRef } from "./document.ts"

/** The JSON pointer into spec/openapi.yaml that a reference of spec/asyncapi.yaml names, if it names one. */
export const openApiPointer = (ref: string): string | undefined => {
  const match = /^(?:\.\/)?openapi\.yaml(#.*)$/.exec(ref)
  return match === null ? undefined : match[1]
}

const schemaName = (ref: string): string | undefined => {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(openApiPointer(ref) ?? "")
  return match === null ? undefined : decodePointerToken(match[1]!)
}

/** Follows a local `#/...` reference of the AsyncAPI document; `undefined` when it points at nothing. */
const resolveLocal = (document: unknown, ref: string): unknown => {
  try {
    return resolveRef(document, ref)
  } catch {
    return undefined
  }
}

/**
 * OpenAPI component schema name → the live events (by message `name`: `message.upserted`) whose payload reaches it
 * through `$ref`s, local ones followed. Only schemas named directly are listed: what they contain in turn is the
 * diff's to follow (schema-diff.ts walks the OpenAPI side).
 */
export const liveEventsBySchema = (asyncapi: unknown): ReadonlyMap<string, ReadonlyArray<string>> => {
  const found = new Map<string, Set<string>>()
  const messages = isRecord(asyncapi) && isRecord(asyncapi.components) && isRecord(asyncapi.components.messages) ? asyncapi.components.messages : {}
  for (const [key, message] of Object.entries(messages)) {
    if (!isRecord(message)) continue
    const event = typeof message.name === "string" ? message.name : key
    const followed = new Set<string>()
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(visit)
      if (!isRecord(value)) return
      if (typeof value.$ref === "string") {
        const name = schemaName(value.$ref)
        if (name !== undefined) found.set(name, (found.get(name) ?? new Set()).add(event))
        else if (value.$ref.startsWith("#/") && !followed.has(value.$ref)) {
          followed.add(value.$ref)
          visit(resolveLocal(asyncapi, value.$ref))
        }
      }
      // (examples are data, not schemas: a property named `examples` is an object, the keyword's value a list)
      for (const [field, child] of Object.entries(value)) if (field !== "$ref" && !(field === "examples" && Array.isArray(child))) visit(child)
    }
    visit(message.payload)
  }
  return new Map([...found].map(([name, events]) => [name, [...events].sort()]))
}
