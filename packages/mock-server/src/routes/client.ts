/** The top-level client operations: combined search and focus. */
import type { components } from "../generated/openapi.ts"
import { unprocessable } from "../http/errors.ts"
import { object, optional, query, string } from "../http/input.ts"
import type { Router } from "../http/route.ts"
import { matchesWordPrefixes, queryTokens } from "../support/text-search.ts"
import { chatsByActivity } from "./chats.ts"
import type { RouteContext } from "./context.ts"
import { messageSearchPage } from "./messages.ts"

type Schemas = components["schemas"]

/** How many chats each chat section of GET /v1/search returns. */
export const TOP_CHATS = 10

/** Registers the Client operations. */
export const registerClient = (router: Router, { store }: RouteContext): void => {
  const { records, views } = store

  router.route("get", "/v1/search", { query: { query: query.required(query.string({ minLength: 1 })) } }, ({ query: q }) => {
    const tokens = queryTokens(q.query)
    const ordered = chatsByActivity(store, records.chats())
    const chats = ordered.filter((c) => matchesWordPrefixes(tokens, [views.chat(c).title, c.network])).slice(0, TOP_CHATS)
    const inGroups = ordered
      .filter((c) => c.type === "group" && matchesWordPrefixes(tokens, c.participants.filter((p) => !p.isSelf).flatMap((p) => [p.fullName, p.username])))
      .slice(0, TOP_CHATS)
    const messages = messageSearchPage(store, { query: q.query }, { cursor: undefined, direction: undefined, limit: 20 })
    return {
      results: {
        chats: chats.map((c) => views.chat(c)),
        in_groups: inGroups.map((c) => views.chat(c)),
        messages,
      },
    }
  })

  router.route(
    "post",
    "/v1/focus",
    {
      body: object<Schemas["FocusRequest"]>({ chatID: optional(string()), draftAttachmentPath: optional(string()), draftText: optional(string()), messageID: optional(string()) }),
      bodyRequired: false,
    },
    ({ body }) => {
      const request = body ?? {}
      if (request.chatID !== undefined) {
        const chat = records.chat(request.chatID)
        if (!chat) throw unprocessable("UNKNOWN_CHAT", `Chat not found: ${request.chatID}`)
        if (request.messageID !== undefined && !records.message(chat, request.messageID)) throw unprocessable("UNKNOWN_MESSAGE", `Message not found: ${request.messageID}`)
      } else if (request.messageID !== undefined) {
        throw unprocessable("CHAT_REQUIRED", "messageID needs chatID")
      }
      store.focusRequests.push({ ...request })
      return { success: true }
    },
  )
}
