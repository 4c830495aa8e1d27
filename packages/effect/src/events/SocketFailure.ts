/**
 * What ends one events connection, classified: the failures that end the stream (a 401 or 403 on the WebSocket
 * upgrade — the package-wide `Unauthorized` / `Forbidden`; `Refused`, a WebSocket the runtime would not dial) and
 * `Dropped`, the failures the session reconnects after
 * (a refused or timed-out open, a close, a silent connection), each with a short human message.
 *
 * @module
 */
import { oneLine } from "@beeper-kit/core/wire"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import type * as Socket from "effect/socket/Socket"
import { Forbidden, Unauthorized } from "../BeeperError.ts"
import { DialRefused } from "./FrameSocket.ts"
import { messagesOf, upgradeStatus } from "./WebSocketConstructor.ts"

/** Why a connection ended, when the session should reconnect. */
export class Dropped extends Data.TaggedError("Dropped")<{ readonly message: string }> {}

/**
 * The runtime refused to open the WebSocket (its constructor threw: Deno's permissions for a host outside
 * `--allow-net`). Terminal: dialling again would be refused again. The session ends with `ConnectionLost`.
 */
export class Refused extends Data.TaggedError("Refused")<{ readonly message: string }> {}

/**
 * How a failed open is worded: alone when the runtime gives no reason (Node's built-in WebSocket gives none, not even
 * the upgrade's status), else with the runtime's reason after it in parentheses.
 */
const statusUnknown = "could not open the WebSocket"

/**
 * Why an open failed when the runtime did not say and nothing could ask Desktop whether it refuses the token (no
 * `BeeperDesktop` in context, which turns a refused token into `Unauthorized`): a wrong token looks the same.
 */
export const statusUnknownUnchecked = "could not open the WebSocket (the runtime gives no reason)"

/** What to check when opens keep failing with {@link statusUnknownUnchecked}. */
export const statusUnknownHint =
  "Check that Beeper Desktop is running at that address and that BEEPER_ACCESS_TOKEN is right (with BeeperDesktop " +
  "provided too, a refused token is an Unauthorized error)"

/**
 * A socket error in a few words, e.g. `closed with code 1006`, `closed with code 4000 (bye)` or `timed out opening the
 * WebSocket`.
 */
export const describe = (error: Socket.SocketError): string => {
  const reason = error.reason
  switch (reason._tag) {
    case "SocketCloseError": {
      const closeReason = reason.closeReason === undefined ? "" : oneLine(reason.closeReason) // the server's text (up to 123 bytes of anything), which loggers and terminals print
      return `closed with code ${reason.code}${closeReason === "" ? "" : ` (${closeReason})`}`
    }
    case "SocketOpenError": {
      if (reason.kind === "Timeout") return "timed out opening the WebSocket"
      // the runtime's reason where it gives one (`ws`: "connect ECONNREFUSED 127.0.0.1:23373"), kept short
      const said = messagesOf(reason.cause).map((text) => oneLine(text).trim()).find((text) => text !== "")
      return said === undefined ? statusUnknown : `${statusUnknown} (${said.length > 200 ? `${said.slice(0, 200)}…` : said})`
    }
    default:
      return reason.message
  }
}

/** A socket error of an open connection: always reconnected. */
export const dropped = (error: Socket.SocketError): Dropped => new Dropped({ message: describe(error) })

const upgradeRequest = { operationId: "events.connect", method: "GET", path: "/v1/ws" } as const

const unauthorized = (message: string) => new Unauthorized({ ...upgradeRequest, status: 401, message })

/**
 * Classifies a failure to open the WebSocket. `tokenRefused` is asked when the runtime did not report the upgrade's
 * HTTP status (Node's built-in WebSocket, browsers): `true` when Beeper Desktop refuses the token over HTTP (401).
 */
export const openFailed = (
  error: Socket.SocketError,
  tokenRefused: Effect.Effect<boolean> | undefined,
): Effect.Effect<never, Dropped | Refused | Unauthorized | Forbidden> =>
  Effect.gen(function*() {
    if (error.reason._tag === "SocketOpenError" && error.reason.cause instanceof DialRefused) {
      return yield* new Refused({ message: `the runtime refused to open the WebSocket (${error.reason.cause.message})` })
    }
    const status = upgradeStatus(error)
    if (status === 401) {
      return yield* unauthorized("Beeper Desktop refused the access token on the WebSocket upgrade (HTTP 401)")
    }
    if (status === 403) {
      return yield* new Forbidden({
        ...upgradeRequest,
        status: 403,
        message: "The access token may not open the live events WebSocket (HTTP 403)",
      })
    }
    if (status === undefined && error.reason._tag === "SocketOpenError" && error.reason.kind === "Unknown") {
      // no way to ask (no BeeperDesktop in context): a refused token looks like any other failed open, and says so —
      // unless the runtime gave its reason (`ws`: a refused connection), which then says what happened
      if (tokenRefused === undefined) {
        const message = describe(error)
        return yield* new Dropped({ message: message === statusUnknown ? statusUnknownUnchecked : message })
      }
      if (yield* tokenRefused) {
        return yield* unauthorized("The WebSocket upgrade failed and Beeper Desktop refuses the access token over HTTP (401)")
      }
    }
    return yield* new Dropped({
      message: status === undefined ? describe(error) : `upgrade refused with HTTP ${status}`,
    })
  })
