/**
 * The generated Schemas and endpoint entries as the rest of the package reads them. The runtime build takes
 * `generated.runtime.ts` instead (scripts/runtime-bundle.ts): the same values, built the first time one is read.
 * Nothing else outside `src/generated/` imports `schemas.ts` or `endpoints.ts` as values, so the runtime build
 * holds only the lazy form.
 *
 * @internal
 */
// endpoints.ts first: the order modules are bundled in (a different one compresses a few hundred bytes worse)
export { accountsList, chatsList, chatsRetrieve, endpoints, messagesList, messagesRetrieve } from "../generated/endpoints.ts"
export * as Schemas from "../generated/schemas.ts"
import { Chat, Message } from "../generated/schemas.ts"

/**
 * The Schema of a live event's chat entries, read when a frame's entries are. A function rather than `Schemas.Chat`:
 * a bundler resolves a namespace read through a re-export by keeping the whole namespace (every Schema).
 */
export const chatSchema = (): typeof Chat => Chat

/** The Schema of a live event's message entries (see {@link chatSchema}). */
export const messageSchema = (): typeof Message => Message
