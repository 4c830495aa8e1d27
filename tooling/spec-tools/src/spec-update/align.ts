// Our names survive an update. The operationIds of spec/openapi.yaml are the SDK's method names
// (`chats.messages.reactions.add`) and its component names are the SDK's type and Schema names (`ChatListPage`);
// another author's document names the same things its own way (`addReaction`, `ListChatsOutput`). Before the diff,
// the new document is given our names:
// - Operations are matched by method + path shape; a matched operation keeps our operationId and records the new
//   document's as `x-upstream-operation-id`. Ours left over are then matched by the upstream operationId (the one
//   recorded in `x-upstream-operation-id`, else ours): an endpoint that moved to another path keeps its name.
// - Components are matched by where they are used: walking each matched operation of both documents side by side
//   (parameters by (in, name), bodies by media type, responses by status, then schema properties, items, variants),
//   wherever both sides hold a `$ref` the two component names are paired. Each new name takes the old name it was
//   paired with most often (its own name on a tie); a new name never paired keeps its name. When two new names
//   claim one old name, the one used there more often wins, the other keeps its name (reported).
// - A new name that keeps its name is the old component of that name only if that one came from Desktop: ours kept
//   from another source (`x-beeper-kit-source`: Beeper's docs, newer SDKs) that no operation pairs with it, and that
//   says something else, is another schema that happens to share the name (a new `Verification {code}` is not our
//   device-verification `Verification`). Merging the two would rewrite our type; the new one is renamed `…Upstream`
//   (reported).
// - Where ours names a schema (`$ref: MessageSendRequest`) and the new document writes it inline, the inline schema
//   moves to `components.schemas` under our name, so the SDK's type keeps its name.
// Every rename is reported, so a reviewer sees how the two documents were put side by side.
import { decodePointerToken, derefOrUndefined, escapeToken, isRecord, operationsOf, parameterKey, sameJson, type Json, type OpenApiDocument, type OperationEntry } from "./document.ts"
import { sourceKey } from "./merge.ts"

/** The component sections whose names are aligned. */
const sections = ["schemas", "responses", "parameters", "requestBodies", "headers"] as const
type Section = (typeof sections)[number]

/** The extension that records the new document's own operationId on an operation that keeps ours. */
export const upstreamOperationIdKey = "x-upstream-operation-id"

/** One name given to an element of the new document. */
export interface Rename {
  readonly section: Section | "operations"
  /** The new document's name. */
  readonly from: string
  /** Ours. */
  readonly to: string
}

/** What {@link alignNames} did. */
export interface Alignment {
  /** The new document under our names (a copy). */
  readonly document: OpenApiDocument
  readonly renames: ReadonlyArray<Rename>
  /** New names that could not take the name they were paired with, and why. */
  readonly conflicts: ReadonlyArray<string>
}

type Votes = Map<Section, Map<string, Map<string, number>>>

const refTarget = (value: unknown): { readonly section: Section; readonly name: string } | undefined => {
  if (!isRecord(value) || typeof value.$ref !== "string") return undefined
  const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(value.$ref)
  if (match === null || !(sections as ReadonlyArray<string>).includes(match[1]!)) return undefined
  return { section: match[1] as Section, name: decodePointerToken(match[2]!) }
}

interface PairState {
  readonly before: OpenApiDocument
  readonly after: OpenApiDocument
  readonly votes: Votes
  readonly seen: Set<string>
  /** Inline schemas of the new document where ours has a named one: the node → our name (in first-seen order). */
  readonly hoists: Map<Json, string>
}

const vote = (state: PairState, section: Section, from: string, to: string): void => {
  const byName = state.votes.get(section) ?? new Map<string, Map<string, number>>()
  state.votes.set(section, byName)
  const counts = byName.get(from) ?? new Map<string, number>()
  byName.set(from, counts)
  counts.set(to, (counts.get(to) ?? 0) + 1)
}

/** Pairs two elements of one section (a schema, a response, ...) and what they hold. */
const pairElement = (state: PairState, was: unknown, is: unknown, pairChildren: (was: Json, is: Json) => void): void => {
  const oldRef = refTarget(was)
  const newRef = refTarget(is)
  if (oldRef?.section === "schemas" && newRef === undefined && isRecord(is) && !state.hoists.has(is)) state.hoists.set(is, oldRef.name)
  if (oldRef !== undefined && newRef !== undefined && oldRef.section === newRef.section) {
    vote(state, newRef.section, newRef.name, oldRef.name)
    const key = `${newRef.section}:${newRef.name}→${oldRef.name}`
    if (state.seen.has(key)) return
    state.seen.add(key)
  }
  const a = derefOrUndefined(state.before, was)
  const b = derefOrUndefined(state.after, is)
  if (isRecord(a) && isRecord(b)) pairChildren(a, b)
}

const pairSchema = (state: PairState, was: unknown, is: unknown): void =>
  pairElement(state, was, is, (a, b) => {
    if (isRecord(a.properties) && isRecord(b.properties)) {
      for (const [name, schema] of Object.entries(a.properties)) {
        if (Object.hasOwn(b.properties, name)) pairSchema(state, schema, b.properties[name])
      }
    }
    for (const key of ["items", "additionalProperties", "not", "contains"]) {
      if (isRecord(a[key]) && isRecord(b[key])) pairSchema(state, a[key], b[key])
    }
    for (const key of ["allOf", "anyOf", "oneOf", "prefixItems"]) {
      const x = a[key]
      const y = b[key]
      if (Array.isArray(x) && Array.isArray(y) && x.length === y.length) x.forEach((item, index) => pairSchema(state, item, y[index]))
    }
  })

const pairContent = (state: PairState, a: Json, b: Json): void => {
  if (!isRecord(a.content) || !isRecord(b.content)) return
  for (const [media, item] of Object.entries(a.content)) {
    const other = b.content[media]
    if (isRecord(item) && isRecord(other)) pairSchema(state, item.schema, other.schema)
  }
}

const parametersOf = (document: OpenApiDocument, lists: ReadonlyArray<unknown>): Map<string, unknown> => {
  const found = new Map<string, unknown>()
  for (const list of lists) {
    if (!Array.isArray(list)) continue
    for (const raw of list) {
      const key = parameterKey(document, raw)
      if (key !== undefined) found.set(key, raw)
    }
  }
  return found
}

const pairOperation = (state: PairState, was: { operation: Json; pathItem: Json }, is: { operation: Json; pathItem: Json }): void => {
  const oldParameters = parametersOf(state.before, [was.pathItem.parameters, was.operation.parameters])
  const newParameters = parametersOf(state.after, [is.pathItem.parameters, is.operation.parameters])
  for (const [key, raw] of oldParameters) {
    if (!newParameters.has(key)) continue
    pairElement(state, raw, newParameters.get(key), (a, b) => {
      pairSchema(state, a.schema, b.schema)
      pairContent(state, a, b)
    })
  }
  if (was.operation.requestBody !== undefined && is.operation.requestBody !== undefined) {
    pairElement(state, was.operation.requestBody, is.operation.requestBody, (a, b) => pairContent(state, a, b))
  }
  const oldResponses = isRecord(was.operation.responses) ? was.operation.responses : {}
  const newResponses = isRecord(is.operation.responses) ? is.operation.responses : {}
  for (const [status, response] of Object.entries(oldResponses)) {
    if (!Object.hasOwn(newResponses, status)) continue
    pairElement(state, response, newResponses[status], (a, b) => {
      pairContent(state, a, b)
      if (isRecord(a.headers) && isRecord(b.headers)) {
        for (const [name, header] of Object.entries(a.headers)) {
          if (Object.hasOwn(b.headers, name)) pairElement(state, header, b.headers[name], (x, y) => pairSchema(state, x.schema, y.schema))
        }
      }
    })
  }
}

/** Our own annotations (`x-beeper-kit-source`, `x-beeper-kit-note` ...), which no other document carries. */
const withoutOurAnnotations = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutOurAnnotations)
  if (!isRecord(value)) return value
  return Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith("x-beeper-kit-")).map(([key, child]) => [key, withoutOurAnnotations(child)]))
}

/**
 * Whether a new component is ours, not merely named like it: it carries our marker (the document is spec/openapi.yaml
 * itself, or made from it), or it says what ours says, our annotations aside (Desktop now describes ours).
 */
const sameComponent = (ours: unknown, theirs: unknown): boolean =>
  (isRecord(theirs) && theirs[sourceKey] !== undefined) || sameJson(withoutOurAnnotations(ours), withoutOurAnnotations(theirs))

/** The old name each new name takes, per section, and the conflicts met. */
const decide = (votes: Votes, before: OpenApiDocument, after: OpenApiDocument): { names: Map<Section, Map<string, string>>; conflicts: Array<string> } => {
  const names = new Map<Section, Map<string, string>>()
  const conflicts: Array<string> = []
  for (const section of sections) {
    const chosen = new Map<string, { to: string; count: number }>()
    for (const [from, counts] of votes.get(section) ?? []) {
      const ranked = [...counts].sort(([a, x], [b, y]) => y - x || Number(b === from) - Number(a === from) || (a < b ? -1 : 1))
      const [to, count] = ranked[0]!
      chosen.set(from, { to, count })
    }
    // Two new names claiming one old name: the better-supported keeps the claim.
    const claims = new Map<string, string>()
    for (const [from, { to, count }] of [...chosen].sort(([a, x], [b, y]) => y.count - x.count || Number(b === y.to) - Number(a === x.to) || (a < b ? -1 : 1))) {
      const holder = claims.get(to)
      if (holder === undefined) claims.set(to, from)
      else {
        conflicts.push(`${section} ${from} was paired with ${to} (${count}×), which ${holder} took; ${from} keeps its name`)
        chosen.delete(from)
      }
    }
    const map = new Map<string, string>()
    for (const [from, { to }] of chosen) if (from !== to) map.set(from, to)
    // A new name that keeps its own name but collides with an old name another new name took.
    const theirs = isRecord(after.components?.[section]) ? after.components[section] : {}
    const newNames = Object.keys(theirs)
    const taken = new Set(map.values())
    const renameAway = (name: string, why: string): void => {
      let alternative = `${name}Upstream`
      while (newNames.includes(alternative) || taken.has(alternative)) alternative = `${alternative}_`
      map.set(name, alternative)
      taken.add(alternative)
      conflicts.push(`${section} ${name} of the new document is renamed ${alternative}: ${why}`)
    }
    for (const name of newNames) {
      if (map.has(name) || !taken.has(name)) continue
      renameAway(name, `its name went to ${[...map].find(([, to]) => to === name)?.[0]}`)
    }
    // A new name keeping its name where ours of that name is kept from another source and was never paired with it.
    const ours = isRecord(before.components?.[section]) ? before.components[section] : {}
    for (const name of newNames) {
      const old = ours[name]
      if (map.has(name) || !isRecord(old) || old[sourceKey] === undefined || (votes.get(section)?.get(name)?.get(name) ?? 0) > 0) continue
      if (sameComponent(old, theirs[name])) continue
      renameAway(name, `ours of that name is not Desktop's (\`${sourceKey}\`) and no operation both documents describe uses the two alike: two schemas share a name, ours stays as it was`)
    }
    names.set(section, map)
  }
  return { names, conflicts }
}

/**
 * A copy of the new document with `$ref`s renamed, and each inline schema that ours names replaced by a `$ref` to
 * that name (the schema itself moves to `components.schemas`), unless the name is taken there.
 */
const rewrite = (after: OpenApiDocument, names: Map<Section, Map<string, string>>, hoists: Map<Json, string>): { document: Json; hoisted: Array<string> } => {
  const taken = new Set([...Object.keys(isRecord(after.components?.schemas) ? after.components.schemas : {})].map((name) => names.get("schemas")?.get(name) ?? name))
  const hoisted = new Map<string, Json>()
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit)
    if (!isRecord(value)) return value
    const name = hoists.get(value)
    const out: Json = {}
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") {
        const target = refTarget(value)
        const to = target === undefined ? undefined : names.get(target.section)?.get(target.name)
        out[key] = to === undefined ? child : `#/components/${target!.section}/${escapeToken(to)}`
      } else {
        out[key] = visit(child)
      }
    }
    if (name === undefined || taken.has(name)) return out
    const existing = hoisted.get(name)
    if (existing === undefined) hoisted.set(name, out)
    else if (!sameJson(existing, out)) return out
    return { $ref: `#/components/schemas/${escapeToken(name)}` }
  }
  const document = visit(after) as Json
  if (hoisted.size > 0) {
    const components: Json = isRecord(document.components) ? document.components : {}
    components.schemas = { ...(isRecord(components.schemas) ? components.schemas : {}), ...Object.fromEntries(hoisted) }
    document.components = components
  }
  return { document, hoisted: [...hoisted.keys()].sort() }
}

/**
 * Operations of ours no new operation has the method + path shape of, paired with a new one that has none of ours by
 * the upstream operationId: the one ours records (`x-upstream-operation-id`), else ours itself. Such an endpoint
 * moved (`POST /v1/chats/{chatID}/archive` → `.../archival`): the SDK method keeps its name and calls the new path.
 * Only a pairing both sides agree on counts (one candidate each way).
 */
const movedOperations = (
  oldOperations: ReadonlyMap<string, OperationEntry>,
  newOperations: ReadonlyMap<string, OperationEntry>,
  paired: ReadonlyMap<string, OperationEntry>,
): Map<string, OperationEntry> => {
  const oldLeft = [...oldOperations.values()].filter((entry) => !newOperations.has(entry.key))
  const newLeft = [...newOperations.values()].filter((entry) => !paired.has(entry.key) && entry.operationId !== undefined)
  const upstreamIdOf = (entry: OperationEntry): string | undefined => {
    const recorded = entry.operation[upstreamOperationIdKey]
    return typeof recorded === "string" ? recorded : entry.operationId
  }
  const moved = new Map<string, OperationEntry>()
  for (const old of oldLeft) {
    const id = upstreamIdOf(old)
    if (id === undefined) continue
    const candidates = newLeft.filter((entry) => entry.operationId === id)
    if (candidates.length !== 1 || oldLeft.filter((other) => upstreamIdOf(other) === id).length !== 1) continue
    moved.set(candidates[0]!.key, old)
  }
  return moved
}

/** Gives the new document our operationIds and component names (see the module header). */
export const alignNames = (before: OpenApiDocument, after: OpenApiDocument): Alignment => {
  const state: PairState = { before, after, votes: new Map(), seen: new Set(), hoists: new Map() }
  const oldOperations = operationsOf(before)
  const newOperations = operationsOf(after)
  // The new document's operations (by key) and ours each is paired with.
  const pairs = new Map<string, OperationEntry>()
  for (const [key, entry] of oldOperations) {
    const match = newOperations.get(key)
    if (match !== undefined) pairs.set(key, entry)
  }
  for (const [key, entry] of movedOperations(oldOperations, newOperations, pairs)) pairs.set(key, entry)
  for (const [key, entry] of pairs) pairOperation(state, entry, newOperations.get(key)!)
  const { names, conflicts } = decide(state.votes, before, after)
  const renames: Array<Rename> = []
  const rewritten = rewrite(after, names, state.hoists)
  const document = rewritten.document as OpenApiDocument & Json
  if (isRecord(document.components)) {
    for (const section of sections) {
      const map = names.get(section)
      const members = document.components[section]
      if (map === undefined || map.size === 0 || !isRecord(members)) continue
      document.components[section] = Object.fromEntries(Object.entries(members).map(([name, member]) => {
        const to = map.get(name)
        if (to !== undefined) renames.push({ section, from: name, to })
        return [to ?? name, member]
      }))
    }
  }
  for (const name of rewritten.hoisted) renames.push({ section: "schemas", from: "(inline)", to: name })
  for (const [key, entry] of operationsOf(document)) {
    const old = pairs.get(key)
    if (old?.operationId === undefined || old.operationId === entry.operationId) continue
    if (entry.operationId !== undefined) {
      entry.operation[upstreamOperationIdKey] = entry.operationId
      renames.push({ section: "operations", from: entry.operationId, to: old.operationId })
    }
    entry.operation.operationId = old.operationId
  }
  renames.sort((a, b) => (a.section < b.section ? -1 : a.section > b.section ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  return { document, renames, conflicts }
}
