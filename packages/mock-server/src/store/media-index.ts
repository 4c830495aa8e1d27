/** The media index: every attachment URL of every message (IDs, local files, posters) with what is known about the file. */
import type { Attachment } from "./model.ts"
import type { Records } from "./records.ts"

/** Every attachment URL with its attachment (GET /v1/assets/serve, POST /v1/assets/download). */
export const mediaIndex = (records: Records): Map<string, Attachment> => {
  const index = new Map<string, Attachment>()
  for (const { record } of records.allMessages())
    for (const a of record.message.attachments ?? []) {
      if (a.id) index.set(a.id, a)
      if (a.srcURL) index.set(a.srcURL, a)
      if (a.posterImg) index.set(a.posterImg, { type: "img", mimeType: "image/jpeg", fileName: "poster.jpg", fileSize: 48_000 })
    }
  return index
}
