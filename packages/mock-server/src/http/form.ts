/**
 * Reading form bodies (`multipart/form-data`, `application/x-www-form-urlencoded`): the asset upload and the OAuth
 * endpoints. A body that does not parse as the form its `Content-Type` names — a multipart type set by hand without
 * its `boundary`, a truncated body — is the client's mistake: the caller refuses it in its own error shape (a 400),
 * where an uncaught parse error used to become a 500 (which clients retry).
 */
import type { Context } from "hono"

/** The fields of a form body: text fields as strings, file parts as `File`s (the last one of a repeated name). */
export type FormFields = Record<string, string | File>

/** A form body read: its fields, or why it does not parse (a sentence for the error message). */
export type FormBody = { readonly fields: FormFields } | { readonly malformed: string }

/** Media types read as forms; any other body reads as no fields. */
const FORM_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded"]

/**
 * Reads the request's form body. Reading the bytes comes first and its failures are not caught: a client that goes
 * away mid-body is an aborted request (dropped quietly by the app), not a malformed body.
 */
export const readForm = async (c: Context): Promise<FormBody> => {
  const type = c.req.header("content-type") ?? ""
  const mediaType = type.split(";")[0]?.trim().toLowerCase() ?? ""
  if (!FORM_TYPES.includes(mediaType)) return { fields: {} }
  const bytes = await c.req.arrayBuffer()
  let form: FormData
  try {
    form = await new Response(bytes, { headers: { "content-type": type } }).formData()
  } catch {
    return {
      malformed:
        mediaType === "multipart/form-data" && !/;\s*boundary=/i.test(type)
          ? "Content-Type multipart/form-data has no boundary parameter (let FormData set the header)"
          : `body is not valid ${mediaType} (truncated, or parts not delimited by the boundary)`,
    }
  }
  const fields: FormFields = {}
  for (const [name, value] of form) fields[name] = value
  return { fields }
}
