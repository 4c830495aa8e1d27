/**
 * The OAuth 2.0 endpoints GET /v1/info advertises (`endpoints.oauth.*`) and the RFC 8414 metadata Beeper's
 * authentication guide points to, enough for a client's PKCE sign-in to run against the mock: dynamic client
 * registration (RFC 7591), an authorization endpoint that approves at once (as if the user clicked "Allow" in
 * Desktop), the code exchange with S256 PKCE, introspection (RFC 7662), revocation (RFC 7009) and userinfo.
 * The access token handed out is the server's own token: the mock has exactly one.
 */
import { createHash, randomBytes } from "node:crypto"
import type { Context } from "hono"
import type { Router } from "../http/route.ts"
import { bearerToken, tokenMatches } from "../http/auth.ts"
import { readForm } from "../http/form.ts"
import type { RouteContext } from "./context.ts"

/** The OAuth endpoint paths, as GET /v1/info advertises them. */
export const OAUTH_PATHS = {
  authorization_endpoint: "/oauth/authorize",
  introspection_endpoint: "/oauth/introspect",
  registration_endpoint: "/oauth/register",
  revocation_endpoint: "/oauth/revoke",
  token_endpoint: "/oauth/token",
  userinfo_endpoint: "/oauth/userinfo",
} as const

/** Where the guide says the authorization server metadata is. */
export const OAUTH_METADATA_PATH = "/.well-known/oauth-authorization-server"

const oauthError = (c: Context, status: 400 | 401, error: string, description: string): Response => c.json({ error, error_description: description }, status)

/** The text fields of a form request, or the `invalid_request` answer to a body that does not parse (RFC 6749 §5.2). */
const formOf = async (c: Context): Promise<Record<string, string> | Response> => {
  const body = await readForm(c)
  if ("malformed" in body) return oauthError(c, 400, "invalid_request", body.malformed)
  return Object.fromEntries(Object.entries(body.fields).filter((entry): entry is [string, string] => typeof entry[1] === "string"))
}

const s256 = (verifier: string): string => createHash("sha256").update(verifier).digest("base64url")

/** Registers the OAuth endpoints. */
export const registerOAuth = (router: Router, { store, address }: RouteContext, token: string): void => {
  const clients = new Map<string, { redirectURIs: Array<string> }>()
  const codes = new Map<string, { clientID: string; redirectURI: string; challenge: string }>()
  const id = () => randomBytes(18).toString("base64url")

  router.extra(
    "GET",
    OAUTH_METADATA_PATH,
    (c) => {
      const issuer = address().url
      return c.json({
        issuer,
        ...Object.fromEntries(Object.entries(OAUTH_PATHS).map(([key, path]) => [key, `${issuer}${path}`])),
        response_types_supported: ["code"],
        grant_types_supported: ["authorization_code"],
        code_challenge_methods_supported: ["S256"],
        token_endpoint_auth_methods_supported: ["none"],
      })
    },
    "none",
  )

  router.extra(
    "POST",
    OAUTH_PATHS.registration_endpoint,
    async (c) => {
      const body = (await c.req.json().catch(() => undefined)) as { redirect_uris?: unknown; client_name?: unknown } | undefined
      const redirectURIs = body?.redirect_uris
      if (!Array.isArray(redirectURIs) || redirectURIs.length === 0 || !redirectURIs.every((u) => typeof u === "string" && URL.canParse(u)))
        return oauthError(c, 400, "invalid_redirect_uri", "redirect_uris must be a non-empty array of URLs")
      const clientID = `client_${id()}`
      clients.set(clientID, { redirectURIs })
      return c.json(
        {
          client_id: clientID,
          client_id_issued_at: Math.floor(store.clock.now() / 1000),
          redirect_uris: redirectURIs,
          token_endpoint_auth_method: "none",
          grant_types: ["authorization_code"],
          response_types: ["code"],
          ...(typeof body?.client_name === "string" ? { client_name: body.client_name } : {}),
        },
        201,
      )
    },
    "none",
  )

  router.extra(
    "GET",
    OAUTH_PATHS.authorization_endpoint,
    (c) => {
      const q = c.req.query()
      const client = clients.get(q["client_id"] ?? "")
      const redirectURI = q["redirect_uri"] ?? client?.redirectURIs[0]
      if (!client || redirectURI === undefined || !client.redirectURIs.includes(redirectURI)) return oauthError(c, 400, "invalid_client", "unknown client_id or unregistered redirect_uri")
      const target = new URL(redirectURI)
      if (q["state"] !== undefined) target.searchParams.set("state", q["state"])
      if (q["response_type"] !== "code") target.searchParams.set("error", "unsupported_response_type")
      else if (q["code_challenge"] === undefined || q["code_challenge_method"] !== "S256") target.searchParams.set("error", "invalid_request")
      else {
        const code = id()
        codes.set(code, { clientID: q["client_id"] as string, redirectURI, challenge: q["code_challenge"] })
        target.searchParams.set("code", code)
      }
      return c.redirect(target.href, 302)
    },
    "none",
  )

  router.extra(
    "POST",
    OAUTH_PATHS.token_endpoint,
    async (c) => {
      const form = await formOf(c)
      if (form instanceof Response) return form
      if (form["grant_type"] !== "authorization_code") return oauthError(c, 400, "unsupported_grant_type", "only authorization_code is supported")
      const grant = codes.get(form["code"] ?? "")
      codes.delete(form["code"] ?? "")
      if (!grant || grant.clientID !== form["client_id"] || (form["redirect_uri"] !== undefined && form["redirect_uri"] !== grant.redirectURI))
        return oauthError(c, 400, "invalid_grant", "unknown, used or mismatched authorization code")
      if (form["code_verifier"] === undefined || s256(form["code_verifier"]) !== grant.challenge) return oauthError(c, 400, "invalid_grant", "code_verifier does not match code_challenge")
      c.header("Cache-Control", "no-store")
      return c.json({ access_token: token, token_type: "Bearer" })
    },
    "none",
  )

  router.extra(
    "POST",
    OAUTH_PATHS.introspection_endpoint,
    async (c) => {
      const form = await formOf(c)
      if (form instanceof Response) return form
      const active = tokenMatches(form["token"], token)
      return c.json(active ? { active, token_type: "Bearer", sub: store.app.snapshot.matrix?.userID ?? "@jamie:beeper.com" } : { active })
    },
    "none",
  )

  // RFC 7009: the answer is 200 whether or not the token was known. The mock keeps its one token usable.
  router.extra("POST", OAUTH_PATHS.revocation_endpoint, (c) => c.body(null, 200), "none")

  router.extra(
    "GET",
    OAUTH_PATHS.userinfo_endpoint,
    (c) => {
      if (!tokenMatches(bearerToken(c.req.header("authorization")), token)) {
        c.header("WWW-Authenticate", 'Bearer error="invalid_token"')
        return oauthError(c, 401, "invalid_token", "missing or invalid access token")
      }
      const userID = store.app.snapshot.matrix?.userID ?? "@jamie:beeper.com"
      return c.json({ sub: userID, preferred_username: userID.slice(1).split(":")[0] })
    },
    "none",
  )
}
