/** How a completed upload plus the sender's overrides becomes the Attachment of a sent message, and its message type. */
import type { Attachment, Message, UploadRecord } from "./model.ts"

/** An attachment to send: a completed upload plus the caller's overrides. */
export interface OutgoingAttachment {
  readonly upload: UploadRecord
  readonly type?: "image" | "video" | "audio" | "file" | "gif" | "voice-note" | "sticker"
  readonly fileName?: string
  readonly mimeType?: string
  readonly duration?: number
  readonly size?: { readonly width: number; readonly height: number }
}

/** The message type of a message carrying the attachment. */
export const attachmentMessageType = (a: OutgoingAttachment): NonNullable<Message["type"]> => {
  const mime = a.mimeType ?? a.upload.mimeType
  switch (a.type) {
    case "sticker":
      return "STICKER"
    case "voice-note":
      return "VOICE"
    case "gif":
    case "image":
      return "IMAGE"
    case "video":
      return "VIDEO"
    case "audio":
      return "AUDIO"
    case "file":
      return "FILE"
    default:
      return mime.startsWith("image/") ? "IMAGE" : mime.startsWith("video/") ? "VIDEO" : mime.startsWith("audio/") ? "AUDIO" : "FILE"
  }
}

/** The wire Attachment of an outgoing attachment. */
export const outgoingAttachment = (a: OutgoingAttachment): Attachment => {
  const mimeType = a.mimeType ?? a.upload.mimeType
  const messageType = attachmentMessageType(a)
  const type: Attachment["type"] = messageType === "IMAGE" || messageType === "STICKER" ? "img" : messageType === "VIDEO" ? "video" : messageType === "AUDIO" || messageType === "VOICE" ? "audio" : "unknown"
  const attachment: Attachment = {
    type,
    id: `mxc://beeper.com/${a.upload.uploadID}`,
    srcURL: a.upload.srcURL,
    fileName: a.fileName ?? a.upload.fileName,
    mimeType,
    fileSize: a.upload.bytes.byteLength,
  }
  const width = a.size?.width ?? a.upload.width
  const height = a.size?.height ?? a.upload.height
  if (width !== undefined && height !== undefined) attachment.size = { width, height }
  const duration = a.duration ?? a.upload.duration
  if (duration !== undefined) attachment.duration = duration
  if (a.type === "gif" || mimeType === "image/gif") attachment.isGif = true
  if (a.type === "sticker") attachment.isSticker = true
  if (a.type === "voice-note") attachment.isVoiceNote = true
  return attachment
}
