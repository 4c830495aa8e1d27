/** Adding and removing the user's reactions (path-segment form and the older query-parameter form). */
import type { components } from "../generated/openapi.ts"
import { object, optional, query, string } from "../http/input.ts"
import type { Router } from "../http/route.ts"
import type { RouteContext } from "./context.ts"

type Schemas = components["schemas"]

/** Registers the Reactions operations. */
export const registerReactions = (router: Router, { store }: RouteContext): void => {
  const { records, reactions } = store
  const remove = (chatID: string, messageID: string, reactionKey: string) => {
    const chat = records.requireChat(chatID)
    const record = records.requireMessage(chat, messageID)
    reactions.remove(chat, record, reactionKey)
    return { chatID: chat.id, messageID: record.message.id, reactionKey, success: true as const }
  }

  router.route(
    "post",
    "/v1/chats/{chatID}/messages/{messageID}/reactions",
    { body: object<Schemas["ReactionAddRequest"]>({ reactionKey: string({ minLength: 1 }), transactionID: optional(string()) }), bodyRequired: true },
    ({ path, body }) => {
      const chat = records.requireChat(path.chatID)
      const record = records.requireMessage(chat, path.messageID)
      const { transactionID } = reactions.add(chat, record, body.reactionKey, body.transactionID)
      return { chatID: chat.id, messageID: record.message.id, reactionKey: body.reactionKey, success: true as const, transactionID }
    },
  )
  router.route("delete", "/v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}", {}, ({ path }) => remove(path.chatID, path.messageID, path.reactionKey))
  router.route("delete", "/v1/chats/{chatID}/messages/{messageID}/reactions", { query: { reactionKey: query.required(query.string({ minLength: 1 })) } }, ({ path, query: q }) =>
    remove(path.chatID, path.messageID, q.reactionKey),
  )
}
