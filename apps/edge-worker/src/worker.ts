/**
 * A Cloudflare Worker (module syntax) in front of Beeper Desktop:
 *
 * - `GET /unread[?limit=n]` → `{ chats: [{ id, title, network, unreadCount, ... }], unread, hasMore }`
 * - `POST /send` with `{ "chatID": "...", "text": "..." }` → `{ message: { id, chatID, text, timestamp } }` once
 *   Beeper Desktop confirmed it (202 with the pending ID if the confirmation is late).
 *
 * Callers authenticate with `Authorization: Bearer <WORKER_TOKEN>` (a secret of the Worker); the Worker talks to
 * Desktop with its own `BEEPER_ACCESS_TOKEN`. The SDK's layer is built per request, as Workers require.
 *
 * @module
 */
import { BeeperEdge } from "@beeper-kit/edge"
import { type BeeperDesktop, mayHaveBeenSent } from "@beeper-kit/effect"
import { Cause, ConfigProvider, Effect, Exit, Layer } from "effect"
import { listUnread, send } from "./handlers.ts"

/** The Worker's bindings (vars and secrets). */
export interface Env {
  /** Beeper Desktop's access token (a secret). */
  readonly BEEPER_ACCESS_TOKEN?: string
  /** Where Desktop is (default `http://localhost:23373`); an `https://` tunnel when deployed. */
  readonly BEEPER_DESKTOP_URL?: string
  /** `true` to send the token over plain `http://` to a host that is not loopback (a trusted network only). */
  readonly BEEPER_ALLOW_INSECURE_TOKEN?: string
  /** The token callers of this Worker must present (a secret). */
  readonly WORKER_TOKEN?: string
}

const json = (status: number, body: unknown): Response => Response.json(body, { status })
const problem = (status: number, error: string, message: string): Response => json(status, { error, message })

/** Compares two strings in time independent of where they differ. */
const sameSecret = (a: string, b: string): boolean => {
  const x = new TextEncoder().encode(a)
  const y = new TextEncoder().encode(b)
  let diff = x.length ^ y.length
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0)
  return diff === 0
}

/** The HTTP answer for an SDK failure: the caller's mistakes are 4xx, Desktop's problems 5xx. */
const failure = (error: unknown): Response => {
  const { _tag: tag = "", message = String(error) } = error as { readonly _tag?: string; readonly message?: string }
  switch (tag) {
    case "NotFound":
      return problem(404, "not_found", message)
    case "InvalidRequest":
    case "BadRequest":
    case "Unprocessable":
      return problem(400, "invalid_request", message)
    case "SendUnconfirmed": {
      const { pendingMessageID } = error as { readonly pendingMessageID: string }
      return json(202, { pendingMessageID, message: "sent, not confirmed yet" })
    }
    case "SendFailed":
      return problem(502, "send_failed", message)
    case "Unauthorized":
    case "Forbidden":
      return problem(502, "desktop_refused_token", "Beeper Desktop refused the Worker's BEEPER_ACCESS_TOKEN")
    case "TransportError":
    case "Timeout":
      // Only a request that never left (DNS, TLS, ...) certainly means Desktop cannot be reached. A reset or a timeout
      // after a send was written may have delivered it: the caller must not send again blindly. workerd reports a
      // refused connection (Desktop not running) with the same "Network connection lost." as a reset, so a connection
      // lost is worded to cover both.
      if (mayHaveBeenSent(error) && (error as { readonly operationId?: string }).operationId === "messages.send") {
        return problem(
          tag === "Timeout" ? 504 : 502,
          "maybe_sent",
          tag === "Timeout"
            ? `the message may have been sent — check the chat before sending again (${message})`
            : `the message may have been sent — check the chat before sending again — or Beeper Desktop is not running at BEEPER_DESKTOP_URL (${message})`,
        )
      }
      if (tag === "Timeout") return problem(504, "desktop_timeout", message)
      return mayHaveBeenSent(error)
        ? problem(
          502,
          "desktop_unreachable",
          `cannot reach Beeper Desktop at BEEPER_DESKTOP_URL, or it closed the connection before answering (${message})`,
        )
        : problem(502, "desktop_unreachable", "cannot reach Beeper Desktop at BEEPER_DESKTOP_URL: nothing was sent")
    case "DecodeError":
    case "ResponseTooLarge":
      // Desktop accepted the send (a 2xx) but its answer cannot be read: the message may well be in the chat.
      if (mayHaveBeenSent(error) && (error as { readonly operationId?: string }).operationId === "messages.send") {
        return problem(502, "maybe_sent", `the message may have been sent — check the chat before sending again (${message})`)
      }
      return problem(502, "desktop_error", message)
    case "ConfigurationError":
      // a binding the SDK cannot use (a BEEPER_ALLOW_INSECURE_TOKEN that is not a yes/no, a URL that is not one)
      return problem(503, "not_configured", message)
    default:
      return problem(502, "desktop_error", message)
  }
}

/**
 * Runs a route's program with the SDK's layer for this request and answers with its JSON or its failure. The layer
 * reads the Worker's `BEEPER_*` bindings as a Node program reads its environment (`layerConfig`): the token, the URL,
 * `BEEPER_ALLOW_INSECURE_TOKEN` — which the SDK's refusal of a clear-text token tells the user to set.
 */
const run = async <A>(env: Env, program: Effect.Effect<A, unknown, BeeperDesktop>): Promise<Response> => {
  const layer = BeeperEdge.layerConfig().pipe(Layer.provide(ConfigProvider.layer(ConfigProvider.fromUnknown(env))))
  const exit = await program.pipe(Effect.provide(layer), Effect.runPromiseExit)
  if (Exit.isSuccess(exit)) return json(200, exit.value)
  return failure(Cause.squash(exit.cause))
}

const readSend = async (request: Request) => {
  const body: unknown = await request.json().catch(() => undefined)
  if (typeof body !== "object" || body === null) return undefined
  const { chatID, text, replyToMessageID } = body as Record<string, unknown>
  if (typeof chatID !== "string" || chatID === "" || typeof text !== "string" || text.trim() === "") return undefined
  // a reply target that is not a string (a number, an array) is a bad request: sending it as a plain message would
  // quietly drop the reply the caller asked for
  if (replyToMessageID !== undefined && (typeof replyToMessageID !== "string" || replyToMessageID === "")) return undefined
  return { chatID, text, ...(replyToMessageID === undefined ? {} : { replyToMessageID }) }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (!env.WORKER_TOKEN || !env.BEEPER_ACCESS_TOKEN?.trim()) {
      return problem(503, "not_configured", "set the WORKER_TOKEN and BEEPER_ACCESS_TOKEN secrets")
    }
    const presented = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? ""
    if (!sameSecret(presented, env.WORKER_TOKEN)) {
      return new Response(JSON.stringify({ error: "unauthorized", message: "Authorization: Bearer <WORKER_TOKEN>" }), {
        status: 401,
        headers: { "content-type": "application/json", "www-authenticate": "Bearer" },
      })
    }
    const { pathname, searchParams } = new URL(request.url)
    if (pathname === "/unread") {
      if (request.method !== "GET") return problem(405, "method_not_allowed", "GET /unread")
      const limit = Number(searchParams.get("limit") ?? "50")
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
        return problem(400, "invalid_request", "limit must be a whole number from 1 to 500")
      }
      return run(env, listUnread(limit))
    }
    if (pathname === "/send") {
      if (request.method !== "POST") return problem(405, "method_not_allowed", "POST /send")
      const input = await readSend(request)
      if (input === undefined) {
        return problem(400, "invalid_request", 'the body must be JSON: { "chatID": string, "text": non-empty string }')
      }
      return run(env, send(input))
    }
    return problem(404, "not_found", "routes: GET /unread, POST /send")
  },
}
