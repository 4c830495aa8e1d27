/**
 * `generated.ts` in the runtime build (`scripts/runtime-bundle.ts` takes a `.runtime.ts` sibling in place of its
 * module): the generated Schemas and endpoint entries from the modules the generator emits for it
 * (`generated/lazy*.runtime.ts`), whose Schemas and entries are built on first read — a process start reads no
 * Schema when the generated checks pass, and the entries of the operations it calls (tooling/bench/README.md,
 * "Cold start").
 *
 * @internal
 */
import type * as Eager from "../generated/endpoints.ts"
import type { Chat, Message } from "../generated/schemas.ts"
import { endpoints } from "../generated/lazyEndpoints.runtime.ts"
import { Schemas } from "../generated/lazySchemas.runtime.ts"

export { endpoints, Schemas }

// The entries the events engine calls (gap filling, hydration, the token check), read from the lazy table at import:
// five of its ~70 entries.
export const accountsList: typeof Eager.accountsList = endpoints["accounts.list"]
export const chatsList: typeof Eager.chatsList = endpoints["chats.list"]
export const chatsRetrieve: typeof Eager.chatsRetrieve = endpoints["chats.retrieve"]
export const messagesList: typeof Eager.messagesList = endpoints["messages.list"]
export const messagesRetrieve: typeof Eager.messagesRetrieve = endpoints["messages.retrieve"]

/** The Schema of a live event's chat entries, read when a frame's entries are. */
export const chatSchema = (): typeof Chat => Schemas.Chat

/** The Schema of a live event's message entries. */
export const messageSchema = (): typeof Message => Schemas.Message
