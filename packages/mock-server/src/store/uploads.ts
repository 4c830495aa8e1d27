/** Temporary uploads (POST /v1/assets/upload and /upload/base64), referenced later by `uploadID`. */
import { extensionFor, imageDimensions, sniffMimeType } from "../media.ts"
import type { Ids } from "./ids.ts"
import type { UploadRecord } from "./model.ts"

/** The uploads of this server. */
export class Uploads {
  readonly #uploads = new Map<string, UploadRecord>()
  readonly #ids: Ids

  constructor(ids: Ids) {
    this.#ids = ids
  }

  /** Stores a file; MIME type is detected from magic bytes unless given; the file name is generated unless given. */
  add(bytes: Uint8Array, options: { fileName?: string | undefined; mimeType?: string | undefined }): UploadRecord {
    const uploadID = `upl_${this.#ids.token(20)}`
    const mimeType = options.mimeType ?? sniffMimeType(bytes)
    const fileName = options.fileName ?? `upload-${uploadID.slice(4, 12)}.${extensionFor(mimeType)}`
    const record: UploadRecord = {
      uploadID,
      fileName,
      mimeType,
      bytes,
      srcURL: `file:///tmp/beeper-mock/uploads/${uploadID}/${encodeURIComponent(fileName)}`,
    }
    const size = mimeType.startsWith("image/") ? imageDimensions(bytes) : undefined
    if (size) {
      record.width = size.width
      record.height = size.height
    }
    this.#uploads.set(uploadID, record)
    return record
  }

  /** An upload by ID. */
  get(uploadID: string): UploadRecord | undefined {
    return this.#uploads.get(uploadID)
  }

  /** An upload by its local file URL. */
  bySrcURL(url: string): UploadRecord | undefined {
    for (const upload of this.#uploads.values()) if (upload.srcURL === url || `mxc://beeper.com/${upload.uploadID}` === url) return upload
    return undefined
  }
}
