/**
 * The records the in-memory store keeps. Wire-shaped parts reuse the spec's schema types; a chat keeps
 * its own state (flags, read marker, participants) and its messages, from which the API views derive
 * computed fields (title of single chats, unreadCount, isUnread, lastActivity, preview).
 */
import type { components } from "../generated/openapi.ts"

type Schemas = components["schemas"]
/** Spec schema types used across the mock. */
export type Account = Schemas["Account"]
export type User = Schemas["User"]
export type Participant = Schemas["Participant"]
export type Chat = Schemas["Chat"]
export type ChatWithPreview = Schemas["ChatWithPreview"]
export type ChatCapabilities = Schemas["ChatCapabilities"]
export type ChatDraft = Schemas["ChatDraft"]
export type ChatReminder = Schemas["ChatReminder"]
export type ChatSnooze = Schemas["ChatSnooze"]
export type Label = Schemas["Label"]
export type Message = Schemas["Message"]
export type Attachment = Schemas["Attachment"]
export type Reaction = Schemas["Reaction"]
export type LinkPreview = Schemas["LinkPreview"]
export type Bridge = Schemas["Bridge"]
export type BridgeLogin = Schemas["BridgeLogin"]
export type LoginFlow = Schemas["LoginFlow"]
export type LoginSession = Schemas["LoginSession"]
export type LoginStep = Schemas["LoginStep"]
export type ProvisioningCapabilities = Schemas["ProvisioningCapabilities"]
export type AppStateSnapshot = Schemas["AppStateSnapshot"]
export type Verification = Schemas["Verification"]

/** A connected chat account and the identity it signs in as. */
export interface AccountRecord {
  account: Account
  /** Contacts reachable on this account (the self user is not among them). */
  contacts: Array<User>
}

/** A message plus the identifiers the API accepts besides `id`. */
export interface MessageRecord {
  message: Message
  /** Matrix event ID (`$...`), accepted by retrieve. */
  eventID: string
  /** Epoch ms of `message.timestamp`. */
  ts: number
  /** The pendingMessageID it was sent under, when it was sent through the API. */
  pendingID?: string
  /** True while a send is still pending: `message.id` is then the pendingMessageID. */
  pending?: boolean
}

/** A chat and everything that belongs to it. */
export interface ChatRecord {
  id: string
  localChatID: string
  accountID: string
  network: string
  type: "single" | "group"
  /** Custom or group title; single chats show the other participant's name when unset. */
  title: string | undefined
  /** Participants including the self user. */
  participants: Array<Participant>
  description: string | null
  imgURL: string | null
  isArchived: boolean
  isLowPriority: boolean
  isMuted: boolean
  isPinned: boolean
  isReadOnly: boolean
  isMarkedUnread: boolean
  /** sortKey of the last read message ("" when nothing was read). */
  lastReadSortKey: string
  draft: ChatDraft | null
  reminder: ChatReminder | null
  snooze: ChatSnooze | null
  messageExpirySeconds: number | null
  labelIDs: Array<string>
  capabilities: ChatCapabilities
  /** Epoch ms the chat was created (its last activity when it has no messages). */
  createdAt: number
  /** Present on a merged chat: its member chats. */
  merge?: { chatIDs: Array<string>; defaultChatID?: string }
  /** Present on a member of a merged chat. */
  mergedIntoChatID?: string
  /** Messages sorted by sortKey, oldest first. */
  messages: Array<MessageRecord>
}

/** The fields of a chat that says who it is: everything else starts as {@link chatRecordOf} sets it. */
export type ChatIdentity = Pick<ChatRecord, "id" | "localChatID" | "accountID" | "network" | "type" | "title" | "participants" | "capabilities" | "createdAt">

/** A chat nobody has touched yet: not archived, muted, pinned or read-only, no draft, reminder, labels or messages. */
export const chatRecordOf = (identity: ChatIdentity): ChatRecord => ({
  ...identity,
  description: null,
  imgURL: null,
  isArchived: false,
  isLowPriority: false,
  isMuted: false,
  isPinned: false,
  isReadOnly: false,
  isMarkedUnread: false,
  lastReadSortKey: "",
  draft: null,
  reminder: null,
  snooze: null,
  messageExpirySeconds: null,
  labelIDs: [],
  messages: [],
})

/** A temporary upload (POST /v1/assets/upload*), referenced by `uploadID`. */
export interface UploadRecord {
  uploadID: string
  fileName: string
  mimeType: string
  bytes: Uint8Array
  srcURL: string
  width?: number
  height?: number
  duration?: number
}

/** The change notifications the WebSocket turns into domain events. */
export type StoreEvent =
  | { readonly type: "chat.upserted"; readonly chatID: string; readonly ids: ReadonlyArray<string> }
  | { readonly type: "chat.deleted"; readonly chatID: string; readonly ids: ReadonlyArray<string> }
  | { readonly type: "message.upserted"; readonly chatID: string; readonly ids: ReadonlyArray<string>; readonly entries: ReadonlyArray<Message> }
  | { readonly type: "message.deleted"; readonly chatID: string; readonly ids: ReadonlyArray<string> }

/** A message deleted for everyone keeps its place as a tombstone: no text, attachments, links or reactions. */
export const tombstone = (message: Message): void => {
  message.isDeleted = true
  delete message.text
  delete message.attachments
  delete message.links
  delete message.reactions
}
