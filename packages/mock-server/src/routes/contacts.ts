/** GET /v1/accounts/{accountID}/contacts (search) and /contacts/list (cursor-paginated). */
import { query } from "../http/input.ts"
import type { Router } from "../http/route.ts"
import { alphabetical, paginate } from "../http/pagination.ts"
import type { User } from "../store/model.ts"
import { matchesWordPrefixes, queryTokens } from "../support/text-search.ts"
import type { RouteContext } from "./context.ts"

const sortName = (u: User): string => `${(u.fullName ?? u.username ?? u.id).toLocaleLowerCase()}\u0000${u.id}`
const digits = (s: string): string => s.replace(/[^\d]/g, "")

/** True when a contact matches a blended lookup query (name/handle words, exact phone or e-mail). */
const matches = (user: User, text: string): boolean => {
  const trimmed = text.trim()
  if (user.email && user.email.toLowerCase() === trimmed.toLowerCase()) return true
  if (user.phoneNumber && digits(trimmed).length >= 6 && digits(user.phoneNumber) === digits(trimmed)) return true
  return matchesWordPrefixes(queryTokens(trimmed), [user.fullName, user.username, user.email?.split("@")[0]])
}

/** Registers the Contacts operations. */
export const registerContacts = (router: Router, { store }: RouteContext): void => {
  router.route(
    "get",
    "/v1/accounts/{accountID}/contacts/list",
    {
      query: {
        cursor: query.string(),
        direction: query.oneOf(["after", "before"]),
        limit: query.integer({ minimum: 1, maximum: 200 }),
        query: query.string({ minLength: 1 }),
      },
    },
    ({ path, query: q }) => {
      const account = store.records.requireAccount(path.accountID)
      const contacts = account.contacts.filter((u) => q.query === undefined || matches(u, q.query)).sort((a, b) => (sortName(a) < sortName(b) ? -1 : 1))
      return paginate(contacts, alphabetical(sortName), { cursor: q.cursor, direction: q.direction, limit: q.limit ?? 50 })
    },
  )

  router.route("get", "/v1/accounts/{accountID}/contacts", { query: { query: query.required(query.string({ minLength: 1 })) } }, ({ path, query: q }) => {
    const account = store.records.requireAccount(path.accountID)
    const items = account.contacts.filter((u) => matches(u, q.query)).sort((a, b) => (sortName(a) < sortName(b) ? -1 : 1))
    const provisioning = store.bridges.require(account.account.bridge.id).spec.provisioning.resolve_identifier
    const trimmed = q.query.trim()
    if (items.length === 0 && provisioning.lookup_phone && /^\+\d{7,15}$/.test(trimmed.replace(/[\s-]/g, ""))) {
      const phone = trimmed.replace(/[\s-]/g, "")
      items.push({ id: `@${account.account.bridge.type}_${phone.slice(1)}:${account.account.user.id.split(":").slice(1).join(":")}`, phoneNumber: phone, cannotMessage: false })
    }
    if (items.length === 0 && provisioning.lookup_email && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(trimmed)) {
      items.push({ id: `@${account.account.bridge.type}_${trimmed.replace(/[^a-z0-9]/gi, "_")}:beeper.local`, email: trimmed, cannotMessage: false })
    }
    return { items: items.slice(0, 50) }
  })
}
