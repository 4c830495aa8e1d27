/**
 * Fault injection, off by default: latency, N× 5xx then success, 429 with Retry-After, connection reset
 * mid-response, malformed JSON, a body that violates the schema, a server that stops answering, and on
 * the WebSocket a close after N events, a malformed frame, or an unknown event type. Rules are added
 * programmatically (`server.faults.add`) or over `POST /_mock/faults`.
 */
import type { IncomingMessage } from "node:http"
import type { Socket } from "node:net"
import type { HttpBindings } from "@hono/node-server"
import type { MiddlewareHandler } from "hono"
import type { ValidationIssue } from "../http/errors.ts"
import { maxDelayMs } from "../store/scheduler.ts"

/**
 * Which requests a rule applies to. `path` is an exact path, a spec template (`/v1/chats/{chatID}`), or a prefix ending
 * in `*`; compared segment by segment with percent-escapes decoded on both sides, so an ID may be written raw or encoded.
 */
export interface FaultMatch {
  readonly method?: string
  readonly path?: string
}

interface RuleBase {
  /** Requests (or, for WebSocket rules, triggers) the rule applies to before it expires. Default: unlimited. */
  readonly times?: number
  readonly match?: FaultMatch
}

/** One fault. */
export type FaultRule =
  | (RuleBase & { readonly kind: "latency"; readonly ms: number })
  | (RuleBase & { readonly kind: "status"; readonly status?: 500 | 502 | 503 | 504 })
  | (RuleBase & { readonly kind: "rateLimit"; readonly retryAfter?: number })
  | (RuleBase & { readonly kind: "reset" })
  | (RuleBase & { readonly kind: "malformedJson" })
  | (RuleBase & { readonly kind: "schemaViolation" })
  | (RuleBase & { readonly kind: "hang" })
  | (RuleBase & { readonly kind: "wsClose"; readonly afterEvents: number; readonly code?: number })
  | (RuleBase & { readonly kind: "wsMalformedFrame"; readonly afterEvents?: number })
  | (RuleBase & { readonly kind: "wsUnknownEvent"; readonly afterEvents?: number; readonly type?: string })

/** A rule with its ID and how many more times it applies. */
export type ActiveFault = FaultRule & { readonly id: string; readonly remaining: number | null }

/** The kinds of fault, for validation of control requests. */
export const FAULT_KINDS = ["latency", "status", "rateLimit", "reset", "malformedJson", "schemaViolation", "hang", "wsClose", "wsMalformedFrame", "wsUnknownEvent"] as const

const WS_KINDS = new Set<FaultRule["kind"]>(["wsClose", "wsMalformedFrame", "wsUnknownEvent"])

/**
 * The problems of a fault rule (empty when it is valid): what `POST /_mock/faults` answers 400 with and
 * `faults.add` throws for. A rule may come from JSON or untyped JavaScript, so every field is checked.
 */
export const faultRuleIssues = (rule: unknown): Array<ValidationIssue> => {
  if (typeof rule !== "object" || rule === null || Array.isArray(rule)) return [{ code: "invalid_type", message: "a fault rule must be an object", path: [] }]
  const body = rule as Record<string, unknown>
  const issues: Array<ValidationIssue> = []
  const kind = body["kind"]
  if (typeof kind !== "string" || !(FAULT_KINDS as ReadonlyArray<string>).includes(kind))
    issues.push({ code: "invalid_enum_value", message: `kind must be one of ${FAULT_KINDS.join(", ")}`, path: ["kind"] })
  /** A whole number from `min` to `max` (a count, seconds, milliseconds: a fraction would apply oddly or never). */
  const whole = (name: string, required: boolean, min: number, max: number, what: string): void => {
    const value = body[name]
    if (value === undefined ? required : !Number.isInteger(value) || (value as number) < min || (value as number) > max)
      issues.push({ code: "invalid_type", message: `${name} must be ${what}`, path: [name] })
  }
  whole("times", false, 1, Number.MAX_SAFE_INTEGER, "a whole number, at least 1")
  const ms = body["ms"]
  if (kind === "latency" && (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0 || ms > maxDelayMs)) {
    // a longer timer fires at once (Node warns `TimeoutOverflowWarning`): no delay at all
    issues.push({ code: "invalid_type", message: `ms must be a number from 0 to ${maxDelayMs} (what a timer holds)`, path: ["ms"] })
  }
  // Retry-After is whole seconds (RFC 9110)
  if (kind === "rateLimit") whole("retryAfter", false, 0, Number.MAX_SAFE_INTEGER, "a whole number of seconds, at least 0")
  if (kind === "wsClose" || kind === "wsMalformedFrame" || kind === "wsUnknownEvent") {
    whole("afterEvents", kind === "wsClose", 0, Number.MAX_SAFE_INTEGER, "a whole number, at least 0")
  }
  if (kind === "wsClose" && body["code"] !== undefined && !isSendableCloseCode(body["code"])) {
    issues.push({
      code: "invalid_type",
      message: "code must be a close code a WebSocket can send: 1000–1003, 1007–1014 or 3000–4999 " +
        "(1005 and 1006 are never sent, only reported locally: a connection that drops reads as 1006 to the client)",
      path: ["code"],
    })
  }
  if (kind === "status" && body["status"] !== undefined && ![500, 502, 503, 504].includes(body["status"] as number))
    issues.push({ code: "invalid_enum_value", message: "status must be 500, 502, 503 or 504", path: ["status"] })
  if (kind === "wsUnknownEvent" && body["type"] !== undefined && (typeof body["type"] !== "string" || body["type"] === ""))
    issues.push({ code: "invalid_type", message: "type must be a non-empty string", path: ["type"] })
  const match = body["match"]
  if (match !== undefined && (typeof match !== "object" || match === null || Array.isArray(match)))
    issues.push({ code: "invalid_type", message: "match must be an object { method?, path? }", path: ["match"] })
  else if (match !== undefined) {
    const { method, path } = match as Record<string, unknown>
    if (method !== undefined && (typeof method !== "string" || method === ""))
      issues.push({ code: "invalid_type", message: "match.method must be an HTTP method name", path: ["match", "method"] })
    if (path !== undefined && (typeof path !== "string" || !(path.startsWith("/") || path === "*")))
      issues.push({ code: "invalid_type", message: "match.path must be a path starting with '/' (or '*')", path: ["match", "path"] })
  }
  return issues
}

/** A close code RFC 6455 lets an endpoint send (as the `ws` package checks it before closing). */
const isSendableCloseCode = (code: unknown): boolean =>
  Number.isInteger(code) &&
  (((code as number) >= 1000 && (code as number) <= 1014 && ![1004, 1005, 1006].includes(code as number)) ||
    ((code as number) >= 3000 && (code as number) <= 4999))

/** The Error `code` of each injectable status. */
const STATUS_CODES = { 500: "INTERNAL_ERROR", 502: "BAD_GATEWAY", 503: "SERVICE_UNAVAILABLE", 504: "GATEWAY_TIMEOUT" } as const

/** The public fault-injection API of a running mock server. */
export interface FaultControl {
  /** Adds a rule; returns its ID. Throws a `TypeError` for a rule that is not valid. */
  readonly add: (rule: FaultRule) => string
  /** Removes one rule. */
  readonly remove: (id: string) => boolean
  /** Removes every rule. */
  readonly clear: () => void
  /** The active rules. */
  readonly list: () => Array<ActiveFault>
}

/** The path template a request is routed to (`/v1/chats/{chatID}`), or undefined when none serves it. */
export type RouteOf = (method: string, path: string) => string | undefined

/** A segment with its percent-escapes decoded; one that is not valid percent-encoding is kept as written. */
const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * A path's segments, each decoded: a chat ID matches whether the client sent it percent-encoded
 * (`%21abc%3Abeeper.com`, as every SDK does) or raw, and whichever way the rule spells it.
 */
const segmentsOf = (path: string): Array<string> => path.split("/").map(decodeSegment)

const isParameter = (segment: string): boolean => segment.startsWith("{") && segment.endsWith("}")

const matchesPath = (pattern: string, method: string, path: string, routeOf: RouteOf): boolean => {
  const actual = segmentsOf(path)
  if (pattern.endsWith("*")) {
    // A prefix of whole segments, the last of which may itself be a prefix (`/v1/bridges*`, `/v1/chats/!abc*`).
    const prefix = segmentsOf(pattern.slice(0, -1))
    const last = prefix.length - 1
    return actual.length >= prefix.length && prefix.every((segment, i) => (i === last ? (actual[i] as string).startsWith(segment) : actual[i] === segment))
  }
  const expected = pattern.split("/")
  if (!expected.some(isParameter)) return actual.length === expected.length && expected.every((segment, i) => decodeSegment(segment) === actual[i])
  // A template: only requests routed to that template's operation (GET /v1/chats/search is not GET /v1/chats/{chatID}),
  // whose literal segments are the rule's (so `/v1/chats/<one chat ID>/messages/{messageID}` names one chat's messages).
  const routed = routeOf(method, path)?.split("/")
  if (routed === undefined || routed.length !== expected.length || actual.length !== expected.length) return false
  return expected.every((segment, i) => (isParameter(segment) ? isParameter(routed[i] as string) : decodeSegment(segment) === actual[i]))
}

const matches = (match: FaultMatch | undefined, method: string, path: string, routeOf: RouteOf): boolean => {
  if (!match) return true
  if (match.method !== undefined && match.method.toUpperCase() !== method.toUpperCase()) return false
  return match.path === undefined || matchesPath(match.path, method, path, routeOf)
}

const noRoutes: RouteOf = () => undefined

/** Replaces every value with one of a different JSON type, so the body cannot validate. */
export const violateSchema = (body: unknown): unknown => {
  if (Array.isArray(body)) return body.length === 0 ? { unexpected: "object where an array belongs" } : body.map(() => 42)
  if (body === null || typeof body !== "object") return [body]
  const entries = Object.entries(body)
  if (entries.length === 0) return ["array where an object belongs"]
  return Object.fromEntries(
    entries.map(([key, value]) => [
      key,
      typeof value === "string" ? 42 : typeof value === "number" ? "not a number" : typeof value === "boolean" ? "yes" : Array.isArray(value) ? "not an array" : value === null ? 42 : "not an object",
    ]),
  )
}

interface Rule {
  readonly id: string
  readonly rule: FaultRule
  remaining: number
}

/** The fault rules of one server and the machinery that applies them. */
export class Faults implements FaultControl {
  readonly #rules: Array<Rule> = []
  readonly #hanging = new Set<{ socket: Socket; release: () => void }>()
  readonly #delayed = new Set<() => void>()
  #closed = false
  #next = 1

  readonly add = (rule: FaultRule): string => {
    const issues = faultRuleIssues(rule)
    if (issues.length > 0) throw new TypeError(`Invalid fault rule: ${issues.map((i) => i.message).join("; ")}`)
    const id = `fault_${this.#next++}`
    this.#rules.push({ id, rule, remaining: rule.times ?? Number.POSITIVE_INFINITY })
    return id
  }

  readonly remove = (id: string): boolean => {
    const index = this.#rules.findIndex((r) => r.id === id)
    if (index < 0) return false
    this.#rules.splice(index, 1)
    return true
  }

  readonly clear = (): void => {
    this.#rules.length = 0
  }

  readonly list = (): Array<ActiveFault> =>
    this.#rules.map((r) => ({ ...r.rule, id: r.id, remaining: Number.isFinite(r.remaining) ? r.remaining : null }))

  #take(predicate: (r: Rule) => boolean): Rule | undefined {
    const found = this.#rules.find((r) => r.remaining > 0 && predicate(r))
    if (!found) return undefined
    this.#spend(found)
    return found
  }

  /** Uses one of the rule's `times`; the last use removes it. */
  #spend(r: Rule): void {
    r.remaining--
    if (r.remaining <= 0) this.#rules.splice(this.#rules.indexOf(r), 1)
  }

  /** Total latency of the matching latency rules (each consumes one use). */
  #latency(method: string, path: string, routeOf: RouteOf): number {
    let total = 0
    for (const r of [...this.#rules]) {
      if (r.rule.kind !== "latency" || r.remaining <= 0 || !matches(r.rule.match, method, path, routeOf)) continue
      total += r.rule.ms
      this.#spend(r)
    }
    return total
  }

  /** The first matching HTTP fault other than latency (consumes one use). */
  #httpFault(method: string, path: string, routeOf: RouteOf): FaultRule | undefined {
    return this.#take((r) => r.rule.kind !== "latency" && !WS_KINDS.has(r.rule.kind) && matches(r.rule.match, method, path, routeOf))?.rule
  }

  /** Keeps a request unanswered until the server closes. */
  hang(socket: Socket): Promise<void> {
    return new Promise((resolve) => {
      const entry = { socket, release: () => resolve() }
      this.#hanging.add(entry)
      socket.once("close", () => {
        this.#hanging.delete(entry)
        resolve()
      })
    })
  }

  /** Drops every hanging connection and ends every delay (on server close): no held request is handled afterwards. */
  releaseAll(): void {
    this.#closed = true
    for (const entry of this.#hanging) {
      entry.socket.destroy()
      entry.release()
    }
    this.#hanging.clear()
    for (const end of [...this.#delayed]) end()
  }

  /**
   * Waits `ms` before a request is handled, or less when its connection closes first (the client gave up) or the
   * server closes: no timer outlives the connection it would answer. True when the request should still be handled.
   */
  #delay(ms: number, socket: Socket): Promise<boolean> {
    return new Promise((resolve) => {
      if (this.#closed || socket.destroyed) return resolve(false)
      const done = (): void => {
        clearTimeout(timer)
        socket.off("close", done)
        this.#delayed.delete(done)
        resolve(!this.#closed && !socket.destroyed)
      }
      const timer = setTimeout(done, ms)
      socket.once("close", done)
      this.#delayed.add(done)
    })
  }

  /**
   * True when an upgrade request should hang: a `hang` rule whose `match.path` names it (`/v1/ws`, or a prefix such
   * as `/v1/*`). A rule without `match.path` is for HTTP requests only.
   */
  hangsUpgrade(request: IncomingMessage): boolean {
    const path = new URL(request.url ?? "/", "http://mock").pathname
    return this.#take((r) => r.rule.kind === "hang" && r.rule.match?.path !== undefined && matches(r.rule.match, "GET", path, noRoutes)) !== undefined
  }

  /**
   * Frames to inject on a connection that has sent `sent` domain events, before it sends the next one: one per due
   * rule, in the order the rules were added, each rule using one of its `times` (an unlimited rule is not taken
   * again for the same event).
   */
  wsInjections(sent: number): Array<"malformed" | { unknownType: string }> {
    const inject: Array<"malformed" | { unknownType: string }> = []
    for (const r of [...this.#rules]) {
      const rule = r.rule
      if (r.remaining <= 0 || (rule.kind !== "wsMalformedFrame" && rule.kind !== "wsUnknownEvent") || (rule.afterEvents ?? 0) !== sent) continue
      this.#spend(r)
      inject.push(rule.kind === "wsUnknownEvent" ? { unknownType: rule.type ?? "typing.updated" } : "malformed")
    }
    return inject
  }

  /** The close code when a connection that has sent `sent` domain events must be closed now. */
  wsCloseAfter(sent: number): number | undefined {
    const r = this.#take((x) => x.rule.kind === "wsClose" && x.rule.afterEvents === sent)
    return r?.rule.kind === "wsClose" ? (r.rule.code ?? 1011) : undefined
  }

  /** The Hono middleware applying HTTP faults to /v1 requests; `routeOf` tells which template a request is routed to. */
  middleware(routeOf: RouteOf): MiddlewareHandler<{ Bindings: HttpBindings }> {
    return async (c, next) => {
      const method = c.req.method
      const path = c.req.path
      const delay = this.#latency(method, path, routeOf)
      // A request whose client left, or whose server closed, while it was held is not handled: nothing it would
      // have written (a send, an upload) happens after close(), and nothing is announced.
      if (delay > 0 && !(await this.#delay(delay, c.env.incoming.socket))) return c.body(null, 503)
      const fault = this.#httpFault(method, path, routeOf)
      if (!fault) return next()
      switch (fault.kind) {
        case "status": {
          const status = fault.status ?? 500
          return c.json({ code: STATUS_CODES[status], message: "Injected fault" }, status)
        }
        case "rateLimit": {
          const retryAfter = fault.retryAfter ?? 1
          c.header("Retry-After", String(retryAfter))
          return c.json({ code: "RATE_LIMITED", message: `Too many requests; retry after ${retryAfter}s` }, 429)
        }
        case "hang":
          await this.hang(c.env.incoming.socket)
          // The socket is gone by now: whatever is written next goes nowhere.
          return c.body(null, 503)
        case "reset": {
          // The request is handled (a write really happens), but the answer is cut off mid-body.
          await next()
          await resetMidResponse(c.env.incoming.socket, c.res.status, await c.res.clone().text())
          return
        }
        case "malformedJson": {
          await next()
          const text = await c.res.text()
          const broken = text.length > 1 ? text.slice(0, Math.ceil(text.length / 2)) : "{"
          c.res = new Response(`${broken}\u0000<<not json`, { status: c.res.status === 204 ? 200 : c.res.status, headers: { "content-type": "application/json" } })
          return
        }
        case "schemaViolation": {
          await next()
          const status = c.res.status === 204 ? 200 : c.res.status
          const text = c.res.status === 204 ? "{}" : await c.res.text()
          let body: unknown
          try {
            body = JSON.parse(text)
          } catch {
            body = {}
          }
          c.res = new Response(JSON.stringify(violateSchema(body)), { status, headers: { "content-type": "application/json" } })
          return
        }
        default:
          return next()
      }
    }
  }
}

/**
 * Writes the status line, headers and the first half of the body straight to the socket (bypassing the
 * response object, which then writes into a dead socket harmlessly), then resets the connection.
 */
const resetMidResponse = (socket: Socket, status: number, body: string): Promise<void> =>
  new Promise((resolve) => {
    const bytes = Buffer.from(body === "" ? "{}" : body)
    const head = `HTTP/1.1 ${status === 204 ? 200 : status} OK\r\nContent-Type: application/json\r\nContent-Length: ${bytes.length}\r\n\r\n`
    socket.write(Buffer.concat([Buffer.from(head), bytes.subarray(0, Math.floor(bytes.length / 2))]), () => {
      if (typeof socket.resetAndDestroy === "function") socket.resetAndDestroy()
      else socket.destroy()
      resolve()
    })
  })
