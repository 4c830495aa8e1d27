/** Asset download, upload (multipart and base64) and serving with Range support. */
import type { components } from "../generated/openapi.ts"
import { invalidParameters, notFound, unprocessable } from "../http/errors.ts"
import { readForm } from "../http/form.ts"
import { object, optional, query, string } from "../http/input.ts"
import type { Router } from "../http/route.ts"
import { parseRange, placeholderBytes } from "../support/media.ts"
import { mediaIndex } from "../store/media-index.ts"
import type { UploadRecord } from "../store/model.ts"
import type { LocalFile } from "../store/uploads.ts"
import type { RouteContext } from "./context.ts"

type Schemas = components["schemas"]

/** The documented maximum upload size (500 MB). */
export const MAX_UPLOAD_BYTES = 500 * 1024 * 1024

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

const uploadResponse = (upload: UploadRecord): Schemas["AssetUploadResponse"] => {
  const response: Schemas["AssetUploadResponse"] = {
    uploadID: upload.uploadID,
    fileName: upload.fileName,
    fileSize: upload.bytes.byteLength,
    mimeType: upload.mimeType,
    srcURL: upload.srcURL,
  }
  if (upload.width !== undefined) response.width = upload.width
  if (upload.height !== undefined) response.height = upload.height
  if (upload.duration !== undefined) response.duration = upload.duration
  return response
}

/** Registers the Assets operations. */
export const registerAssets = (router: Router, { store }: RouteContext): void => {
  /** The file behind a URL: an upload, a downloaded asset, or a fixture attachment (placeholder bytes). */
  const findFile = (url: string): LocalFile | undefined => {
    const known = store.uploads.bySrcURL(url) ?? store.uploads.downloaded(url)
    if (known) return known
    const attachment = mediaIndex(store.records).get(url)
    if (!attachment) return undefined
    const mimeType = attachment.mimeType ?? "application/octet-stream"
    return { bytes: placeholderBytes(url, mimeType, attachment.fileSize ?? 1024), mimeType, fileName: attachment.fileName ?? "file" }
  }

  router.route("post", "/v1/assets/download", { body: object<Schemas["AssetDownloadRequest"]>({ url: string() }), bodyRequired: true }, ({ body }) => {
    if (!/^(mxc|localmxc):\/\/[^/]+\/.+/.test(body.url)) throw unprocessable("INVALID_URL", "url must be an mxc:// or localmxc:// URL")
    const upload = store.uploads.bySrcURL(body.url)
    if (upload) return { srcURL: upload.srcURL }
    const file = findFile(body.url)
    if (!file) return { error: `File not found: ${body.url}` }
    return { srcURL: store.uploads.download(body.url, file) }
  })

  router.route("post", "/v1/assets/upload", {}, async ({ c }) => {
    const type = c.req.header("content-type") ?? ""
    if (!type.startsWith("multipart/form-data")) throw invalidParameters([{ code: "invalid_type", message: "body must be multipart/form-data", path: [] }])
    const body = await readForm(c)
    if ("malformed" in body) throw invalidParameters([{ code: "invalid_type", message: body.malformed, path: [] }])
    const form = body.fields
    const file = form["file"]
    if (!(file instanceof File)) throw invalidParameters([{ code: "invalid_type", message: "file is required (a file part)", path: ["file"] }])
    if (file.size > MAX_UPLOAD_BYTES) throw unprocessable("FILE_TOO_LARGE", "Files are limited to 500 MB")
    const fileName = typeof form["fileName"] === "string" && form["fileName"] !== "" ? form["fileName"] : file.name || undefined
    const mimeType = typeof form["mimeType"] === "string" && form["mimeType"] !== "" ? form["mimeType"] : undefined
    return uploadResponse(store.uploads.add(new Uint8Array(await file.arrayBuffer()), { fileName, mimeType }))
  })

  router.route(
    "post",
    "/v1/assets/upload/base64",
    {
      body: object<Schemas["AssetUploadBase64Request"]>({ content: string({ minLength: 1, maxLength: 750_000_000 }), fileName: optional(string()), mimeType: optional(string()) }),
      bodyRequired: true,
    },
    ({ body }) => {
      const content = body.content.replace(/\s/g, "")
      if (!BASE64.test(content) || content.length % 4 === 1) throw invalidParameters([{ code: "invalid_string", message: "content must be base64", path: ["content"] }])
      const bytes = new Uint8Array(Buffer.from(content, "base64"))
      if (bytes.byteLength > MAX_UPLOAD_BYTES) throw unprocessable("FILE_TOO_LARGE", "Files are limited to 500 MB")
      return uploadResponse(store.uploads.add(bytes, { fileName: body.fileName, mimeType: body.mimeType }))
    },
  )

  router.route("get", "/v1/assets/serve", { query: { url: query.required(query.string({ minLength: 1 })) } }, ({ c, query: q }) => {
    if (!/^(mxc|localmxc|file):\/\//.test(q.url)) throw invalidParameters([{ code: "invalid_string", message: "url must be an mxc://, localmxc:// or file:// URL", path: ["url"] }])
    const file = findFile(q.url)
    if (!file) throw notFound("File", q.url)
    const size = file.bytes.byteLength
    const range = parseRange(c.req.header("range"), size)
    // RFC 9110 §15.5.17: no body (the spec declares none), the current length in Content-Range.
    if (range === "unsatisfiable") return new Response(null, { status: 416, headers: { "accept-ranges": "bytes", "content-range": `bytes */${size}` } })
    const headers = { "content-type": file.mimeType, "accept-ranges": "bytes", "content-disposition": `inline; filename="${encodeURIComponent(file.fileName)}"` }
    if (range === undefined) return new Response(file.bytes.slice(), { status: 200, headers: { ...headers, "content-length": String(size) } })
    const part = file.bytes.slice(range.start, range.end + 1)
    return new Response(part, {
      status: 206,
      headers: { ...headers, "content-length": String(part.byteLength), "content-range": `bytes ${range.start}-${range.end}/${size}` },
    })
  })
}
