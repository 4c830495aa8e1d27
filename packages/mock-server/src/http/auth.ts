/**
 * Bearer-token authentication, as Beeper Desktop does it: `Authorization: Bearer <token>` on every request
 * except the few public operations (the spec's `security: []`), and optional auth on GET /v1/app/setup.
 */
import { timingSafeEqual } from "node:crypto"
import type { Context } from "hono"
import { ApiError } from "./errors.ts"

/**
 * `required`: a valid token is needed. `none`: public (spec `security: []`), a token is ignored.
 * `optional`: public before app sign-in, a valid token is needed afterwards (spec `security: [{}, bearerAuth]`).
 */
export type AuthMode = "required" | "optional" | "none"

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export const bearerToken = (header: string | undefined | null): string | undefined => {
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null
  return match?.[1]
}

/** RFC 6750 §2.1 `b64token`: the only characters a bearer token can have in an `Authorization` header. */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/

/**
 * Why a token cannot be a bearer token (undefined when it can). `Authorization: Bearer <token>` carries exactly
 * one RFC 6750 `b64token`: a token with spaces (or other characters) cannot be sent as one, so no client could
 * ever authenticate with it.
 */
export const invalidTokenReason = (token: string): string | undefined =>
  B64TOKEN.test(token)
    ? undefined
    : "the token must be a bearer token: letters, digits and - . _ ~ + / (optionally ending in =), no spaces — RFC 6750 §2.1; `Authorization: Bearer <token>` cannot carry anything else"

/** Constant-time comparison of a presented token with the expected one. */
export const tokenMatches = (presented: string | undefined, expected: string): boolean => {
  if (presented === undefined) return false
  const a = Buffer.from(presented)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Creates the check the router runs before each handler. */
export const makeAuthenticate =
  (token: string, isSignedIn: () => boolean) =>
  (c: Context, mode: AuthMode): void => {
    if (mode === "none") return
    const header = c.req.header("authorization")
    if (header === undefined && mode === "optional" && !isSignedIn()) return
    if (header === undefined) throw new ApiError(401, "UNAUTHORIZED", "Access token is missing")
    if (!tokenMatches(bearerToken(header), token)) throw new ApiError(401, "UNAUTHORIZED", "Access token is invalid")
  }
