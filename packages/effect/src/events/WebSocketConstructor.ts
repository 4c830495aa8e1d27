/**
 * Where the WebSocket comes from, and how a refused upgrade is recognised.
 *
 * The live events service dials through Effect's `Socket.WebSocketConstructor`, supplied by the runtime adapter.
 * The token travels in the `Authorization` header of the upgrade request, which Node (`ws` and the built-in
 * WebSocket), Deno ≥ 2.5, Bun and workerd can all set. Browsers (and Deno before 2.5) cannot set headers on a
 * WebSocket upgrade, so the request would go out without the token: the constructor refuses to dial instead, and the
 * stream fails with `ConnectionLost` saying that this runtime cannot send the token.
 *
 * @module
 */
import * as Layer from "effect/Layer"
import type * as Socket from "effect/socket/Socket"
import { WebSocketConstructor } from "./SocketModule.ts"

/**
 * A `WebSocketConstructor` over `globalThis.WebSocket` that passes the upgrade headers as
 * `new WebSocket(url, { headers, protocols })` — the form Deno ≥ 2.5, Bun and Node ≥ 22.19 accept. Where the
 * constructor refuses an options object (browsers, Deno before 2.5) it throws `HeadersUnsupported` rather than dial
 * without the token; a refusal of the runtime's permissions (Deno's `NotCapable`) is thrown as it is. Either ends the
 * stream at once with `ConnectionLost` saying why.
 * Runtime adapters replace it with their own (e.g. `ws` on Node).
 */
export const layerGlobal: Layer.Layer<Socket.WebSocketConstructor> = Layer.succeed(WebSocketConstructor)(
  (url, options) => {
    const WebSocket = globalThis.WebSocket as unknown as new(url: string, options?: unknown) => Socket.WebSocketLike
    if (options === undefined || typeof options === "string" || Array.isArray(options)) {
      return new WebSocket(url, options)
    }
    try {
      return new WebSocket(url, options)
    } catch (error) {
      // the runtime refused to dial (Deno's permissions): without headers it would refuse again
      if (isRuntimeRefusal(error)) throw error
      // A constructor that refuses the options object cannot send the token: dialling without it would only have
      // Desktop answer 401, read as "the token was refused" — a false lead. Say what is wrong instead.
      throw new HeadersUnsupported(error)
    }
  },
)

/**
 * `new WebSocket(url, { headers })` was refused by the runtime (a browser, Deno before 2.5: "Invalid protocol
 * value"), so the token cannot travel on the upgrade. Thrown by the constructor, it ends the stream at once with
 * `ConnectionLost` saying so (events/SocketFailure.ts, a refused dial).
 */
class HeadersUnsupported extends Error {
  override readonly name = "HeadersUnsupported"
  constructor(cause: unknown) {
    super(
      `this runtime's WebSocket cannot send the Authorization header on the upgrade, so the access token cannot be ` +
        `sent (new WebSocket(url, { headers }) threw: ${cause instanceof Error ? cause.message : String(cause)}); ` +
        `use Node ≥ 22.19, Deno ≥ 2.5, Bun, or workerd through @beeper-kit/edge`,
      { cause },
    )
  }
}

/** Deno's refusal of a host outside `--allow-net` (`NotCapable` since Deno 2, `PermissionDenied` before). */
const isRuntimeRefusal = (error: unknown): boolean =>
  error instanceof Error && (error.name === "NotCapable" || error.name === "PermissionDenied")

/**
 * The HTTP status of a refused upgrade, when the runtime tells it: `ws` reports
 * `Unexpected server response: 401`, Deno `Invalid status code: 401`, Bun `Expected 101 status code: 401`.
 * Node's built-in WebSocket and browsers report no status (`undefined`).
 */
export const upgradeStatus = (error: Socket.SocketError): number | undefined => {
  if (error.reason._tag !== "SocketOpenError") return undefined
  for (const text of messagesOf(error.reason.cause)) {
    const match = /(?:status code|server response|status)\D{0,3}([1-5]\d\d)\b/i.exec(text)
    if (match?.[1] !== undefined) return Number(match[1])
  }
  return undefined
}

const messagesOf = (cause: unknown): Array<string> => {
  const out: Array<string> = []
  const visit = (value: unknown, depth: number) => {
    if (depth > 2 || value === null || value === undefined) return
    if (typeof value === "string") {
      out.push(value)
      return
    }
    if (typeof value !== "object") return
    const record = value as Record<string, unknown>
    if (typeof record["message"] === "string") out.push(record["message"])
    visit(record["error"], depth + 1)
    visit(record["cause"], depth + 1)
  }
  visit(cause, 0)
  return out
}
