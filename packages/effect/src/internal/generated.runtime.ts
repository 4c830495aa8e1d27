/**
 * `generated.ts` in the runtime build (`scripts/runtime-bundle.ts` takes a `.runtime.ts` sibling in place of its
 * module): the generated Schemas and endpoint entries from the modules the generator emits for it
 * (`generated/lazy*.runtime.ts`), whose Schemas are built on first read — a process start reads none of them when
 * the generated checks pass (tooling/bench/README.md, "Cold start").
 *
 * @internal
 */
import type { Chat, Message } from "../generated/schemas.ts"
import { Schemas } from "../generated/lazySchemas.runtime.ts"

export { Schemas }
export { accountsList, chatsRetrieve, endpoints, messagesList, messagesRetrieve } from "../generated/lazyEndpoints.runtime.ts"

/** The Schema of a live event's chat entries, read when a frame's entries are. */
export const chatSchema = (): typeof Chat => Schemas.Chat

/** The Schema of a live event's message entries. */
export const messageSchema = (): typeof Message => Schemas.Message
