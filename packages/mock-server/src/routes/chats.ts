/**
 * The Chats operations: list, search, create, start, retrieve, update, archive, read/unread and
 * notify-anyway.
 */
import { fileURLToPath } from "node:url"
import { array, boolean, integer, nullable, number, object, oneOf, optional, query, record, string } from "../http/input.ts"
import type { Router } from "../http/route.ts"
import { unprocessable } from "../http/errors.ts"
import { byActivity, paginate } from "../http/pagination.ts"
import { toRichText } from "../support/rich-text.ts"
import type { Store } from "../store/index.ts"
import type { ChatDraft, ChatRecord } from "../store/model.ts"
import type { components } from "../generated/openapi.ts"
import { matchesWordPrefixes, queryTokens } from "../support/text-search.ts"
import type { RouteContext } from "./context.ts"

type Schemas = components["schemas"]

const draftAttachmentInput = object<Schemas["DraftAttachmentInput"]>({
  uploadID: string(),
  id: optional(string()),
  duration: optional(number()),
  fileName: optional(string()),
  mimeType: optional(string()),
  size: optional(object<{ width: number; height: number }>({ width: number(), height: number() })),
  type: optional(oneOf(["image", "video", "audio", "file", "gif", "voice-note", "sticker"])),
})

const chatUpdate = object<Schemas["ChatUpdateRequest"]>({
  description: optional(nullable(string())),
  draft: optional(nullable(object<Schemas["ChatDraftInput"]>({ text: string(), attachments: optional(record(draftAttachmentInput)) }))),
  imgURL: optional(nullable(string())),
  isArchived: optional(boolean()),
  isLowPriority: optional(boolean()),
  isMuted: optional(boolean()),
  isPinned: optional(boolean()),
  messageExpirySeconds: optional(nullable(integer({ minimum: 0 }))),
  title: optional(nullable(string())),
})

/** Chats ordered by last activity, most recent first. */
export const chatsByActivity = (store: Store, chats: ReadonlyArray<ChatRecord>): Array<ChatRecord> => {
  const ordering = activityOrdering(store)
  return [...chats].sort((a, b) => ordering.compare(ordering.key(b), ordering.key(a)))
}

/** The cursor ordering of chat lists. */
export const activityOrdering = (store: Store) => byActivity((chat: ChatRecord) => ({ ms: store.records.lastActivity(chat), id: chat.id }))

const toDraft = (store: Store, input: NonNullable<Schemas["ChatDraftInput"]>): ChatDraft => {
  const draft: ChatDraft = { text: toRichText(input.text) }
  const attachments = Object.entries(input.attachments ?? {})
  if (attachments.length > 0) {
    draft.attachments = {}
    for (const [key, a] of attachments) {
      const upload = store.uploads.get(a.uploadID)
      if (!upload) throw unprocessable("UNKNOWN_UPLOAD", `Upload not found: ${a.uploadID}`)
      const id = a.id ?? key
      const mimeType = a.mimeType ?? upload.mimeType
      const width = a.size?.width ?? upload.width
      const height = a.size?.height ?? upload.height
      draft.attachments[id] = {
        id,
        type: a.type === "gif" || mimeType === "image/gif" ? "gif" : a.type === "voice-note" ? "recorded_audio" : "file",
        fileName: a.fileName ?? upload.fileName,
        filePath: fileURLToPath(upload.srcURL),
        fileSize: upload.bytes.byteLength,
        mimeType,
        ...(width !== undefined && height !== undefined ? { size: { width, height } } : {}),
        ...(a.duration !== undefined ? { audioDurationSeconds: a.duration } : {}),
      }
    }
  }
  return draft
}

/** Registers the Chats operations (static paths before `{chatID}`). */
export const registerChats = (router: Router, { store }: RouteContext): void => {
  const { records, views } = store

  router.route(
    "get",
    "/v1/chats",
    { query: { accountIDs: query.strings(), cursor: query.string(), direction: query.oneOf(["after", "before"]), limit: query.integer({ minimum: 1, maximum: 200 }) } },
    ({ query: q }) => {
      const chats = records.chats().filter((c) => q.accountIDs === undefined || q.accountIDs.includes(c.accountID))
      const page = paginate(chatsByActivity(store, chats), activityOrdering(store), { cursor: q.cursor, direction: q.direction, limit: q.limit ?? 25 })
      return { ...page, items: page.items.map((c) => views.chatWithPreview(c)) }
    },
  )

  router.route(
    "get",
    "/v1/chats/search",
    {
      query: {
        accountIDs: query.strings(),
        cursor: query.string(),
        direction: query.oneOf(["after", "before"]),
        inbox: query.oneOf(["primary", "low-priority", "archive"]),
        labelID: query.string(),
        includeMuted: query.nullable(query.boolean()),
        lastActivityAfter: query.dateTime(),
        lastActivityBefore: query.dateTime(),
        limit: query.integer({ minimum: 1, maximum: 200 }),
        query: query.string({ minLength: 1 }),
        scope: query.oneOf(["titles", "participants"]),
        type: query.oneOf(["single", "group", "any"]),
        unreadOnly: query.nullable(query.boolean()),
      },
    },
    ({ query: q }) => {
      const tokens = queryTokens(q.query)
      const after = q.lastActivityAfter === undefined ? undefined : Date.parse(q.lastActivityAfter)
      const before = q.lastActivityBefore === undefined ? undefined : Date.parse(q.lastActivityBefore)
      const chats = records.chats().filter((chat) => {
        const view = views.chat(chat, -1)
        const last = records.lastActivity(chat)
        if (q.accountIDs !== undefined && !q.accountIDs.includes(chat.accountID)) return false
        if (q.type !== undefined && q.type !== "any" && chat.type !== q.type) return false
        if (q.inbox === "primary" && (chat.isArchived || chat.isLowPriority || chat.mergedIntoChatID !== undefined)) return false
        if (q.inbox === "low-priority" && (!chat.isLowPriority || chat.isArchived)) return false
        if (q.inbox === "archive" && !chat.isArchived) return false
        if (q.includeMuted === false && chat.isMuted) return false
        if (q.unreadOnly === true && view.unreadCount === 0 && !chat.isMarkedUnread) return false
        if (q.labelID !== undefined && !chat.labelIDs.includes(q.labelID)) return false
        if (after !== undefined && !(last > after)) return false
        if (before !== undefined && !(last < before)) return false
        if (tokens.length === 0) return true
        return (q.scope ?? "titles") === "titles"
          ? matchesWordPrefixes(tokens, [view.title, chat.network])
          : matchesWordPrefixes(tokens, chat.participants.filter((p) => !p.isSelf).flatMap((p) => [p.fullName, p.username]))
      })
      const page = paginate(chatsByActivity(store, chats), activityOrdering(store), { cursor: q.cursor, direction: q.direction, limit: q.limit ?? 50 })
      return { ...page, items: page.items.map((c) => views.chat(c)) }
    },
  )

  router.route(
    "post",
    "/v1/chats",
    {
      body: object<Schemas["ChatCreateRequest"]>({
        accountID: string(),
        participantIDs: array(string(), { minItems: 1 }),
        type: oneOf(["single", "group"]),
        messageText: optional(string()),
        title: optional(string()),
      }),
      bodyRequired: true,
    },
    ({ body }) => {
      const { chat, status } = store.chats.create({
        accountID: body.accountID,
        participantIDs: body.participantIDs,
        type: body.type,
        ...(body.title !== undefined ? { title: body.title } : {}),
      })
      if (body.messageText) store.sending.send(chat, { text: body.messageText })
      return { ...views.chat(chat, 100), chatID: chat.id, status }
    },
  )

  router.route(
    "post",
    "/v1/chats/start",
    {
      body: object<Schemas["ChatStartRequest"]>({
        accountID: string(),
        user: object<Schemas["ChatStartUser"]>({
          id: optional(string()),
          email: optional(string()),
          fullName: optional(string()),
          phoneNumber: optional(string()),
          username: optional(string()),
        }),
        allowInvite: optional(boolean()),
        messageText: optional(string()),
      }),
      bodyRequired: true,
    },
    ({ body }) => {
      const { chat, status } = store.chats.start({
        accountID: body.accountID,
        user: body.user,
        ...(body.allowInvite !== undefined ? { allowInvite: body.allowInvite } : {}),
      })
      if (body.messageText) store.sending.send(chat, { text: body.messageText })
      return { ...views.chat(chat, 100), chatID: chat.id, status }
    },
  )

  router.route("get", "/v1/chats/{chatID}", { query: { maxParticipantCount: query.nullable(query.integer({ minimum: -1, maximum: 500 })) } }, ({ path, query: q }) =>
    views.chat(records.requireChat(path.chatID), q.maxParticipantCount ?? 100),
  )

  // The body is optional (every field is): a PATCH without one changes nothing and returns the chat.
  router.route("patch", "/v1/chats/{chatID}", { body: chatUpdate, bodyRequired: false }, ({ path, body }) => {
    const chat = records.requireChat(path.chatID)
    const { draft, title, ...rest } = body ?? {}
    store.chatUpdates.update(chat, {
      ...rest,
      ...(title !== undefined ? { title } : {}),
      ...(draft !== undefined ? { draft: draft === null ? null : toDraft(store, draft) } : {}),
    })
    return views.chat(chat, 100)
  })

  router.route("post", "/v1/chats/{chatID}/archive", { body: object<Schemas["ChatArchiveRequest"]>({ archived: optional(boolean()) }), bodyRequired: false }, ({ path, body }) => {
    store.chatUpdates.archive(records.requireChat(path.chatID), body?.archived ?? true)
  })

  router.route("post", "/v1/chats/{chatID}/read", { body: object<Schemas["ChatMarkReadRequest"]>({ messageID: optional(string()) }), bodyRequired: false }, ({ path, body }) => {
    const chat = records.requireChat(path.chatID)
    store.chatUpdates.markRead(chat, body?.messageID)
    return views.chat(chat, 100)
  })

  router.route("post", "/v1/chats/{chatID}/unread", { body: object<Schemas["ChatMarkUnreadRequest"]>({ messageID: optional(string()) }), bodyRequired: false }, ({ path, body }) => {
    const chat = records.requireChat(path.chatID)
    store.chatUpdates.markUnread(chat, body?.messageID)
    return views.chat(chat, 100)
  })

  // Beeper Desktop answers networks without notify-anyway with 400.
  router.route("post", "/v1/chats/{chatID}/notify-anyway", { body: object<Record<string, never>>({}), bodyRequired: false, rejected: 400 }, ({ path }) => {
    const chat = records.requireChat(path.chatID)
    store.chatUpdates.notifyAnyway(chat)
    return views.chat(chat, 100)
  })

}
