// How the generator names what it emits from an operation: `<PascalCase operationId>Input` / `...Response`
// identifiers, and the input key of a header parameter. Used by the endpoint table and the fast validators.

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
