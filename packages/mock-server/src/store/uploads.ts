/**
 * Temporary uploads (POST /v1/assets/upload and /upload/base64), referenced later by `uploadID`, and assets
 * downloaded to this machine (POST /v1/assets/download). Both are written to the server's file area, so their
 * `file://` URLs point to files that exist.
 */
import type { FileArea } from "../support/files.ts"
import { extensionFor, imageDimensions, sniffMimeType } from "../support/media.ts"
import type { Ids } from "./ids.ts"
import type { UploadRecord } from "./model.ts"

/** A file known by its local URL: its bytes, type and name. */
export interface LocalFile {
  readonly bytes: Uint8Array
  readonly mimeType: string
  readonly fileName: string
}

/** The uploads and downloads of this server. */
export class Uploads {
  readonly #uploads = new Map<string, UploadRecord>()
  /** Downloaded assets by their source URL (`mxc://...`). */
  readonly #downloads = new Map<string, LocalFile & { srcURL: string }>()
  readonly #ids: Ids
  readonly #files: FileArea

  constructor(ids: Ids, files: FileArea) {
    this.#ids = ids
    this.#files = files
  }

  /** Stores a file; MIME type is detected from magic bytes unless given; the file name is generated unless given. */
  add(bytes: Uint8Array, options: { fileName?: string | undefined; mimeType?: string | undefined }): UploadRecord {
    const uploadID = `upl_${this.#ids.token(20)}`
    const mimeType = options.mimeType ?? sniffMimeType(bytes)
    const fileName = options.fileName ?? `upload-${uploadID.slice(4, 12)}.${extensionFor(mimeType)}`
    const record: UploadRecord = { uploadID, fileName, mimeType, bytes, srcURL: this.#files.write(["uploads", uploadID, fileName], bytes) }
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

  /** Downloads an asset to the file area (once per URL); returns its local `file://` URL. */
  download(url: string, file: LocalFile): string {
    const known = this.#downloads.get(url)
    if (known) return known.srcURL
    const folder = url.replace(/^[a-z]+:\/\//, "").replace(/[^A-Za-z0-9._-]+/g, "_")
    const srcURL = this.#files.write(["media", folder, file.fileName], file.bytes)
    this.#downloads.set(url, { ...file, srcURL })
    return srcURL
  }

  /** A downloaded asset by its local `file://` URL. */
  downloaded(srcURL: string): LocalFile | undefined {
    for (const file of this.#downloads.values()) if (file.srcURL === srcURL) return file
    return undefined
  }
}
