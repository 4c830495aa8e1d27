/**
 * File bytes: MIME detection from magic bytes (as the upload endpoints do when `mimeType` is omitted),
 * image dimensions, file extensions, and the deterministic placeholder bytes served for fixture media.
 */

const startsWith = (bytes: Uint8Array, signature: ReadonlyArray<number>, offset = 0): boolean =>
  signature.every((b, i) => bytes[offset + i] === b)

/** The MIME type of a file from its first bytes (`application/octet-stream` when unknown). */
export const sniffMimeType = (bytes: Uint8Array): string => {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return "image/png"
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg"
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "image/gif"
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "image/webp"
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "application/pdf"
  if (startsWith(bytes, [0x4f, 0x67, 0x67, 0x53])) return "audio/ogg"
  if (startsWith(bytes, [0x49, 0x44, 0x33]) || startsWith(bytes, [0xff, 0xfb])) return "audio/mpeg"
  if (startsWith(bytes, [0x66, 0x74, 0x79, 0x70], 4)) return "video/mp4"
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 512))
  if (bytes.length > 0 && !/[\u0000-\u0008\u000e-\u001f]/.test(head)) return "text/plain"
  return "application/octet-stream"
}

/** Pixel size of PNG, GIF and JPEG images. */
export const imageDimensions = (bytes: Uint8Array): { width: number; height: number } | undefined => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) && bytes.length >= 24) return { width: view.getUint32(16), height: view.getUint32(20) }
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && bytes.length >= 10) return { width: view.getUint16(6, true), height: view.getUint16(8, true) }
  if (startsWith(bytes, [0xff, 0xd8])) {
    let offset = 2
    while (offset + 9 < bytes.length) {
      if (bytes[offset] !== 0xff) return undefined
      const marker = bytes[offset + 1] as number
      const length = view.getUint16(offset + 2)
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
        return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) }
      offset += 2 + length
    }
  }
  return undefined
}

const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "application/pdf": "pdf",
  "audio/ogg": "ogg",
  "audio/mpeg": "mp3",
  "video/mp4": "mp4",
  "text/plain": "txt",
}

/** A file extension for a MIME type. */
export const extensionFor = (mimeType: string): string => EXTENSIONS[mimeType] ?? "bin"

const MAGIC: Record<string, ReadonlyArray<number>> = {
  "image/png": [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  "image/jpeg": [0xff, 0xd8, 0xff, 0xe0],
  "image/gif": [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
  "application/pdf": [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37],
  "audio/ogg": [0x4f, 0x67, 0x67, 0x53],
  "audio/mpeg": [0x49, 0x44, 0x33],
}

/** Deterministic placeholder bytes of a fixture file: its magic bytes, then a pattern derived from its URL. */
export const placeholderBytes = (url: string, mimeType: string, size: number): Uint8Array => {
  const bytes = new Uint8Array(Math.max(16, Math.floor(size)))
  let h = 2166136261
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 16777619)
  for (let i = 0; i < bytes.length; i++) {
    h = Math.imul(h ^ (i & 0xff), 16777619)
    bytes[i] = h & 0xff
  }
  const magic = MAGIC[mimeType] ?? (mimeType === "video/mp4" ? [0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70] : [])
  bytes.set(magic)
  return bytes
}

/**
 * Reads a `Range` header against a size (RFC 9110 §14): one byte range (`bytes=a-b`, `bytes=a-`, `bytes=-n`), or
 * `"unsatisfiable"` when it lies wholly past the end (→ 416). Absent, malformed, invalid (`b < a`) and multi-range
 * headers give undefined: they are ignored and the whole file is served, as the RFC allows.
 */
export const parseRange = (header: string | undefined, size: number): { start: number; end: number } | "unsatisfiable" | undefined => {
  if (!header) return undefined
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match || (match[1] === "" && match[2] === "")) return undefined
  if (match[1] === "") {
    const suffix = Number(match[2])
    return suffix === 0 || size === 0 ? "unsatisfiable" : { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(match[1])
  if (match[2] !== "" && Number(match[2]) < start) return undefined
  if (start >= size) return "unsatisfiable"
  return { start, end: match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1) }
}
