// Client → server: encodes `subscriptions.set`, refusing what the server would reject.
import type { SubscriptionsSetCommand } from "../generated/ws/protocol.ts"

/** The subscription wildcard: `["*"]` subscribes to every chat. */
export const ALL_CHATS = "*"

/** What to subscribe to. `["*"]` = every chat, `[]` = pause, otherwise exactly these chat IDs. */
export interface SubscriptionsSetInput {
  readonly chatIDs: ReadonlyArray<string>
  /** Echoed back in the server's `subscriptions.updated` or `error` reply. */
  readonly requestID?: string | undefined
}

/** Why a `subscriptions.set` was refused before sending. */
export interface SubscriptionsSetError {
  /**
   * `wildcard-mixed`: `"*"` combined with other entries (the server answers INVALID_PAYLOAD);
   * `invalid-chat-id`: an entry that is not a non-empty string; `invalid-request-id`: a requestID that is not a string.
   */
  readonly reason: "wildcard-mixed" | "invalid-chat-id" | "invalid-request-id"
  readonly message: string
}

/** The encoded text frame, or why the command was refused. Never throws. */
export type EncodeResult =
  | { readonly ok: true; readonly text: string; readonly command: SubscriptionsSetCommand }
  | { readonly ok: false; readonly error: SubscriptionsSetError }

const refuse = (reason: SubscriptionsSetError["reason"], message: string): SubscriptionsSetError => ({ reason, message })

/**
 * Why a `subscriptions.set` of `input` would be refused before sending (`"*"` mixed with chat IDs, an entry that is
 * not a non-empty string, a requestID that is not a string); `undefined` when it is valid. Never throws.
 */
export const checkSubscriptionsSet = (input: SubscriptionsSetInput): SubscriptionsSetError | undefined => {
  const chatIDs: unknown = input?.chatIDs
  if (!Array.isArray(chatIDs)) return refuse("invalid-chat-id", "chatIDs must be an array of chat IDs")
  for (const [index, id] of chatIDs.entries()) {
    if (typeof id !== "string" || id.length === 0) {
      return refuse("invalid-chat-id", `chatIDs[${index}] must be a non-empty string`)
    }
  }
  if (chatIDs.includes(ALL_CHATS) && chatIDs.length > 1) {
    return refuse("wildcard-mixed", "chatIDs cannot combine '*' with specific IDs: send [\"*\"] alone")
  }
  const requestID: unknown = input.requestID
  if (requestID !== undefined && typeof requestID !== "string") {
    return refuse("invalid-request-id", "requestID must be a string")
  }
  return undefined
}

/**
 * Encodes a `subscriptions.set` command (it replaces the connection's whole subscription set) as a JSON text
 * frame. Refuses, as a returned error, what {@link checkSubscriptionsSet} refuses.
 */
export const encodeSubscriptionsSet = (input: SubscriptionsSetInput): EncodeResult => {
  const error = checkSubscriptionsSet(input)
  if (error !== undefined) return { ok: false, error }
  const command: SubscriptionsSetCommand = {
    type: "subscriptions.set",
    ...(input.requestID !== undefined ? { requestID: input.requestID } : {}),
    chatIDs: [...input.chatIDs],
  }
  return { ok: true, text: JSON.stringify(command), command }
}
