/**
 * The subscription ledger of one events session: what the consumer wants (`desired`, one version per change), what
 * the server acknowledged last, which `subscriptions.set` requests are in flight, and who waits for which version.
 *
 * Pure: plain immutable state and transition functions, no Effect runtime and no socket. A waiter is whatever the
 * caller wants settled (the session uses a `Deferred`); transitions return the waiters to settle.
 *
 * The rules it encodes:
 * - every change of the desired set is a new version; a waiter for version `v` is answered by the first
 *   acknowledgement of any request for version `v` or later (the server applies commands in order);
 * - a reply names its request by the echoed `requestID`; a reply without one answers the oldest request in flight;
 * - a rejected change (an `error` naming a `user` request) fails that version's waiter, and — when it was the latest
 *   change — the desired set falls back to the acknowledged one (the server keeps the previous set), which then
 *   answers that version: nothing is left to wait for;
 * - a dropped connection forgets the requests in flight; the next connection's handshake sends `desired`, whatever
 *   it is then (changes made while disconnected are replayed as one);
 * - a rejected handshake that carried such a change (a set other than the one acknowledged last) rejects the change
 *   as a rejected `user` request would — its waiters fail, `desired` falls back to the acknowledged set — and the
 *   handshake is sent again with it; a handshake of the acknowledged set itself rejected is the end.
 *
 * @module
 */
import type { Gap } from "./LiveEvent.ts"

/**
 * Why a `subscriptions.set` was sent: the `handshake` of a new connection, a `user` change, or a `probe` (the
 * silence watchdog's liveness check, which resends the current set).
 */
export type RequestKind = "handshake" | "user" | "probe"

/** A `subscriptions.set` sent and not yet answered. */
export interface SentRequest {
  readonly requestID: string
  /** The version of `desired` it carries. */
  readonly version: number
  readonly chatIDs: ReadonlyArray<string>
  readonly kind: RequestKind
}

/** A caller waiting for the acknowledgement of `version`. */
export interface Waiting<W> {
  readonly version: number
  readonly waiter: W
}

/** The ledger's state. */
export interface Ledger<W> {
  /** The chat IDs the consumer wants (already validated). */
  readonly desired: ReadonlyArray<string>
  /** The version of `desired`: 0 for the initial set, then one more per change. */
  readonly version: number
  /** The set acknowledged last, on the current or the last live connection; `undefined` before the first. */
  readonly acknowledged: ReadonlyArray<string> | undefined
  /** The version of `desired` that `acknowledged` answers; `undefined` before the first acknowledgement. */
  readonly acknowledgedVersion: number | undefined
  /** Requests sent so far (their IDs are `r1`, `r2`, ... for the whole session). */
  readonly requests: number
  /** Requests sent on the current connection and not yet answered, oldest first. */
  readonly inFlight: ReadonlyArray<SentRequest>
  /** Callers waiting for an acknowledgement, in call order. */
  readonly waiting: ReadonlyArray<Waiting<W>>
  /** The session ended: no one may wait any more. */
  readonly ended: boolean
}

/** A ledger for the `initial` chat IDs (already validated); nothing sent, nothing acknowledged. */
export const make = <W>(initial: ReadonlyArray<string>): Ledger<W> => ({
  desired: initial,
  version: 0,
  acknowledged: undefined,
  acknowledgedVersion: undefined,
  requests: 0,
  inFlight: [],
  waiting: [],
  ended: false,
})

/** The consumer wants `chatIDs` (already validated): a new version, with `waiter` waiting for its acknowledgement. */
export const want = <W>(ledger: Ledger<W>, chatIDs: ReadonlyArray<string>, waiter: W): Ledger<W> => {
  const version = ledger.version + 1
  return { ...ledger, desired: chatIDs, version, waiting: [...ledger.waiting, { version, waiter }] }
}

/**
 * A waiter stops waiting (e.g. it timed out): it is dropped; the desired set stays (it is still sent and applied).
 */
export const withdraw = <W>(ledger: Ledger<W>, waiter: W): Ledger<W> =>
  ledger.waiting.some((w) => w.waiter === waiter)
    ? { ...ledger, waiting: ledger.waiting.filter((w) => w.waiter !== waiter) }
    : ledger

/** Records a `subscriptions.set` of the current `desired` set, sent for `kind`; returns the request to encode. */
export const send = <W>(
  ledger: Ledger<W>,
  kind: RequestKind,
): { readonly ledger: Ledger<W>; readonly request: SentRequest } => {
  const requests = ledger.requests + 1
  const request: SentRequest = { requestID: `r${requests}`, version: ledger.version, chatIDs: ledger.desired, kind }
  return { ledger: { ...ledger, requests, inFlight: [...ledger.inFlight, request] }, request }
}

/** Whether `desired` changed after `request` was sent (so the connection should be sent the newer set). */
export const isBehind = <W>(ledger: Ledger<W>, request: SentRequest): boolean => ledger.version > request.version

/** Takes the request a reply answers: the one named by `requestID`, else (no ID echoed) the oldest in flight. */
const take = <W>(
  ledger: Ledger<W>,
  requestID: string | undefined,
): { readonly ledger: Ledger<W>; readonly request: SentRequest | undefined } => {
  const index = requestID === undefined ? 0 : ledger.inFlight.findIndex((r) => r.requestID === requestID)
  const request = ledger.inFlight[index]
  if (index < 0 || request === undefined) return { ledger, request: undefined }
  return { ledger: { ...ledger, inFlight: ledger.inFlight.filter((_, i) => i !== index) }, request }
}

/**
 * A `subscriptions.updated` arrived (for `requestID`, when echoed) with the server's effective set: the request it
 * answers (`undefined` when none is in flight: the ledger is unchanged), the set acknowledged before, and the
 * waiters it answers (every version up to the request's), to succeed with `chatIDs`.
 */
export const acknowledge = <W>(
  ledger: Ledger<W>,
  requestID: string | undefined,
  chatIDs: ReadonlyArray<string>,
): {
  readonly ledger: Ledger<W>
  readonly request: SentRequest | undefined
  readonly previous: ReadonlyArray<string> | undefined
  readonly answered: ReadonlyArray<W>
} => {
  const taken = take(ledger, requestID)
  const request = taken.request
  if (request === undefined) return { ledger, request, previous: ledger.acknowledged, answered: [] }
  const answered = taken.ledger.waiting.filter((w) => w.version <= request.version)
  return {
    ledger: {
      ...taken.ledger,
      acknowledged: chatIDs,
      acknowledgedVersion: Math.max(request.version, ledger.acknowledgedVersion ?? 0),
      waiting: taken.ledger.waiting.filter((w) => w.version > request.version),
    },
    request,
    previous: ledger.acknowledged,
    answered: answered.map((w) => w.waiter),
  }
}

/**
 * An `error` frame named `requestID`: the request it answers (`undefined` when it is not ours) and, for a `user`
 * change, the waiters of that version, to fail. A rejected latest change falls back to the acknowledged set, and
 * counts it as acknowledged at the rejected version (what waits to be covered from that version is covered).
 */
export const reject = <W>(
  ledger: Ledger<W>,
  requestID: string,
): { readonly ledger: Ledger<W>; readonly request: SentRequest | undefined; readonly rejected: ReadonlyArray<W> } => {
  const taken = take(ledger, requestID)
  const request = taken.request
  if (request?.kind !== "user") return { ...taken, rejected: [] }
  const rejected = taken.ledger.waiting.filter((w) => w.version === request.version)
  const fallBack = ledger.version === request.version && ledger.acknowledged !== undefined
  return {
    ledger: {
      ...taken.ledger,
      waiting: taken.ledger.waiting.filter((w) => w.version !== request.version),
      // the server keeps the acknowledged set, which is the desired one again: acknowledged at this version
      ...(fallBack ? { desired: ledger.acknowledged, acknowledgedVersion: request.version } : {}),
    },
    request,
    rejected: rejected.map((w) => w.waiter),
  }
}

/**
 * An `error` frame named a `handshake` request: `recoverable` when the handshake carried a change not yet
 * acknowledged (a set other than the one acknowledged last: changed while disconnected, or a join's union), which is
 * rejected as {@link reject} rejects a `user` change: the waiters of every version it carried fail, and `desired`
 * falls back to the acknowledged set, counted as acknowledged at the rejected version. Otherwise (the first
 * handshake, or the acknowledged set refused) the ledger only forgets the request: the session cannot go on.
 */
export const rejectHandshake = <W>(
  ledger: Ledger<W>,
  request: SentRequest,
): { readonly ledger: Ledger<W>; readonly recoverable: boolean; readonly rejected: ReadonlyArray<W> } => {
  const acknowledged = ledger.acknowledged
  if (acknowledged === undefined || sameChats(acknowledged, request.chatIDs)) {
    return { ledger, recoverable: false, rejected: [] }
  }
  const carried = (w: Waiting<W>) => w.version <= request.version
  const fallBack = ledger.version === request.version
  return {
    ledger: {
      ...ledger,
      waiting: ledger.waiting.filter((w) => !carried(w)),
      ...(fallBack ? { desired: acknowledged, acknowledgedVersion: request.version } : {}),
    },
    recoverable: true,
    rejected: ledger.waiting.filter(carried).map((w) => w.waiter),
  }
}

/** Whether two lists of chat IDs name the same chats (as sets: order and repeats aside). */
export const sameChats = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean => {
  const inA = new Set(a)
  const inB = new Set(b)
  return inA.size === inB.size && [...inA].every((chatID) => inB.has(chatID))
}

/** The connection dropped: its requests will never be answered (their waiters keep waiting for the next one). */
export const disconnect = <W>(ledger: Ledger<W>): Ledger<W> =>
  ledger.inFlight.length === 0 ? ledger : { ...ledger, inFlight: [] }

/** The session ended: every waiter, to fail; none is left (callers check `ended` before {@link want}). */
export const end = <W>(ledger: Ledger<W>): { readonly ledger: Ledger<W>; readonly pending: ReadonlyArray<W> } => ({
  ledger: { ...ledger, waiting: [], ended: true },
  pending: ledger.waiting.map((w) => w.waiter),
})

/**
 * The `gap` signal after a reconnect, from the set acknowledged before it: every chat for `"*"` (`allChats`,
 * listing the chats seen so far), the chats of a specific set, none when paused (`[]`) or never acknowledged.
 */
export const reconnectGap = (
  previous: ReadonlyArray<string> | undefined,
  seenChats: Iterable<string>,
): Gap | undefined => {
  if (previous === undefined) return undefined
  if (previous.includes("*")) {
    return { type: "gap", reason: "reconnect", chatIDs: [...seenChats], allChats: true, dropped: 0 }
  }
  if (previous.length === 0) return undefined
  return { type: "gap", reason: "reconnect", chatIDs: previous, allChats: false, dropped: 0 }
}
