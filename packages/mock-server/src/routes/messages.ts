/** The Messages operations: search, list, send, retrieve, edit and delete. */
import type { components } from "../generated/openapi.ts"
import { unprocessable } from "../http/errors.ts"
import { number, object, oneOf, optional, query, string } from "../http/input.ts"
import type { Router } from "../http/route.ts"
import { bySortKey, paginate } from "../http/pagination.ts"
import { plainText, toRichText } from "../support/rich-text.ts"
import type { Store } from "../store/index.ts"
import type { Chat, ChatRecord, MessageRecord } from "../store/model.ts"
import { matchesExactWords, queryTokens } from "../support/text-search.ts"
import type { RouteContext } from "./context.ts"

type Schemas = components["schemas"]

/** Messages per page of GET /v1/chats/{chatID}/messages (the endpoint has no limit parameter). */
export const MESSAGE_PAGE_SIZE = 20

/** The filters of message search. */
export interface MessageFilters {
  readonly query?: string | undefined
  readonly accountIDs?: ReadonlyArray<string> | undefined
  readonly chatIDs?: ReadonlyArray<string> | undefined
  readonly chatType?: "single" | "group" | undefined
  readonly dateAfter?: string | undefined
  readonly dateBefore?: string | undefined
  readonly excludeLowPriority?: boolean | undefined
  readonly includeMuted?: boolean | undefined
  readonly mediaTypes?: ReadonlyArray<"any" | "video" | "image" | "link" | "file"> | undefined
  readonly sender?: string | undefined
}

const hasMedia = (record: MessageRecord, type: "any" | "video" | "image" | "link" | "file"): boolean => {
  const attachments = record.message.attachments ?? []
  const links = record.message.links ?? []
  switch (type) {
    case "any":
      return attachments.length > 0 || links.length > 0
    case "image":
      return attachments.some((a) => a.type === "img")
    case "video":
      return attachments.some((a) => a.type === "video")
    case "link":
      return links.length > 0
    case "file":
      return attachments.some((a) => a.type === "unknown" || (a.type === "audio" && a.isVoiceNote !== true))
  }
}

/** Messages matching the filters, newest first (deleted and hidden messages never match). */
export const searchMessages = (store: Store, f: MessageFilters): Array<{ chat: ChatRecord; record: MessageRecord }> => {
  const tokens = queryTokens(f.query)
  const after = f.dateAfter === undefined ? undefined : Date.parse(f.dateAfter)
  const before = f.dateBefore === undefined ? undefined : Date.parse(f.dateBefore)
  const chatIDs = f.chatIDs?.map((id) => store.records.chat(id)?.id ?? id)
  return store.records
    .allMessages()
    .filter(({ chat, record }) => {
      const m = record.message
      if (m.isDeleted || m.isHidden || record.pending) return false
      if (f.accountIDs !== undefined && !f.accountIDs.includes(chat.accountID)) return false
      if (chatIDs !== undefined && !chatIDs.includes(chat.id) && !(chat.mergedIntoChatID && chatIDs.includes(chat.mergedIntoChatID))) return false
      if (f.chatType !== undefined && chat.type !== f.chatType) return false
      if ((f.excludeLowPriority ?? true) && chat.isLowPriority) return false
      if (f.includeMuted === false && chat.isMuted) return false
      if (after !== undefined && !(record.ts > after)) return false
      if (before !== undefined && !(record.ts < before)) return false
      if (f.sender === "me" && !m.isSender) return false
      if (f.sender === "others" && m.isSender) return false
      if (f.sender !== undefined && f.sender !== "me" && f.sender !== "others" && m.senderID !== f.sender) return false
      if (f.mediaTypes !== undefined && !f.mediaTypes.some((t) => hasMedia(record, t))) return false
      return matchesExactWords(tokens, [plainText(m.text ?? ""), ...(m.attachments ?? []).map((a) => a.fileName ?? ""), ...(m.links ?? []).map((l) => l.title)].join(" "))
    })
    .sort((a, b) => (a.record.message.sortKey < b.record.message.sortKey ? 1 : -1))
}

/** One page of message search results with the chats they belong to. */
export const messageSearchPage = (store: Store, f: MessageFilters, page: { cursor: string | undefined; direction: "before" | "after" | undefined; limit: number }) => {
  const found = paginate(searchMessages(store, f), bySortKey((x: { record: MessageRecord }) => x.record.message.sortKey), page)
  const chats: Record<string, Chat> = {}
  for (const { chat } of found.items) chats[chat.id] ??= store.views.chat(chat)
  return { ...found, items: found.items.map(({ chat, record }) => store.views.message(chat, record)), chats }
}

/** Registers the Messages operations. */
export const registerMessages = (router: Router, { store }: RouteContext): void => {
  const { records, views } = store

  router.route(
    "get",
    "/v1/messages/search",
    {
      query: {
        accountIDs: query.strings(),
        chatIDs: query.strings(),
        chatType: query.oneOf(["group", "single"]),
        cursor: query.string(),
        dateAfter: query.dateTime(),
        dateBefore: query.dateTime(),
        direction: query.oneOf(["after", "before"]),
        excludeLowPriority: query.nullable(query.boolean()),
        includeMuted: query.nullable(query.boolean()),
        limit: query.integer({ minimum: 1, maximum: 20 }),
        mediaTypes: query.oneOfMany(["any", "video", "image", "link", "file"]),
        query: query.string(),
        sender: query.string(),
      },
    },
    ({ query: q }) => messageSearchPage(store, q, { cursor: q.cursor, direction: q.direction, limit: q.limit ?? 20 }),
  )

  router.route("get", "/v1/chats/{chatID}/messages", { query: { cursor: query.string(), direction: query.oneOf(["after", "before"]) } }, ({ path, query: q }) => {
    const chat = records.requireChat(path.chatID)
    const newestFirst = [...chat.messages].reverse()
    const page = paginate(newestFirst, bySortKey((r: MessageRecord) => r.message.sortKey), { cursor: q.cursor, direction: q.direction, limit: MESSAGE_PAGE_SIZE })
    return { ...page, items: page.items.map((r) => views.message(chat, r)) }
  })

  router.route(
    "post",
    "/v1/chats/{chatID}/messages",
    {
      body: object<Schemas["MessageSendRequest"]>({
        text: optional(string()),
        replyToMessageID: optional(string()),
        attachment: optional(
          object<Schemas["MessageSendAttachment"]>({
            uploadID: string(),
            duration: optional(number()),
            fileName: optional(string()),
            mimeType: optional(string()),
            size: optional(object<{ width: number; height: number }>({ width: number(), height: number() })),
            type: optional(oneOf(["image", "video", "audio", "file", "gif", "voice-note", "sticker"])),
          }),
        ),
      }),
      bodyRequired: false,
    },
    ({ path, body }) => {
      const chat = records.requireChat(path.chatID)
      const input = body ?? {}
      let attachment
      if (input.attachment) {
        const { uploadID, ...overrides } = input.attachment
        const upload = store.uploads.get(uploadID)
        if (!upload) throw unprocessable("UNKNOWN_UPLOAD", `Upload not found: ${uploadID}`)
        attachment = { upload, ...overrides }
      }
      const sent = store.sending.send(chat, {
        ...(input.text !== undefined ? { text: input.text } : {}),
        ...(input.replyToMessageID !== undefined ? { replyToMessageID: input.replyToMessageID } : {}),
        ...(attachment ? { attachment } : {}),
      })
      return { chatID: sent.chat.id, pendingMessageID: sent.pendingMessageID }
    },
  )

  router.route("get", "/v1/chats/{chatID}/messages/{messageID}", {}, ({ path }) => {
    const chat = records.requireChat(path.chatID)
    return views.message(chat, records.requireMessage(chat, path.messageID))
  })

  router.route("put", "/v1/chats/{chatID}/messages/{messageID}", { body: object<Schemas["MessageUpdateRequest"]>({ text: string() }), bodyRequired: true }, ({ path, body }) => {
    const chat = records.requireChat(path.chatID)
    const record = records.requireMessage(chat, path.messageID)
    store.messages.edit(chat, record, toRichText(body.text))
    return { ...views.message(chat, record), messageID: record.message.id, success: true as const }
  })

  // Beeper Desktop refuses deletions with 400 (the operation declares 422 too).
  router.route("delete", "/v1/chats/{chatID}/messages/{messageID}", { query: { forEveryone: query.nullable(query.boolean()) }, rejected: 400 }, ({ path, query: q }) => {
    const chat = records.requireChat(path.chatID)
    store.messages.delete(chat, records.requireMessage(chat, path.messageID), q.forEveryone)
  })
}
