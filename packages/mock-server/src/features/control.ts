/**
 * The mock's own control API, outside /v1 and outside the spec: fault rules (`/_mock/faults`) and the
 * outside-world simulation (`/_mock/simulate/...`), for tests in other processes and for the demo.
 * Requires the same bearer token as the API.
 */
import type { Hono } from "hono"
import { faultRuleIssues, type FaultControl, type FaultRule } from "./faults.ts"
import { ApiError, invalidParameters, notFound } from "../http/errors.ts"
import { CONTENT_KINDS, type ContentKind } from "../fixtures/content.ts"
import { enumIssue, SIMULATED_CHAT_TYPES, type Simulate } from "./simulate.ts"
import { TASK_KINDS, type TaskKind, trafficProblem } from "../store/scheduler.ts"

/** Prefix of the control API. */
export const CONTROL_PREFIX = "/_mock"

const readJson = async (request: Request): Promise<Record<string, unknown>> => {
  const text = await request.text()
  if (text.trim() === "") return {}
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Record<string, unknown>
  } catch {
    throw new ApiError(400, "INVALID_JSON", "request body is not valid JSON")
  }
  throw invalidParameters([{ code: "invalid_type", message: "body must be a JSON object", path: [] }])
}

/** Checks a fault rule received over HTTP (400 with every problem). */
export const parseFaultRule = (body: Record<string, unknown>): FaultRule => {
  const issues = faultRuleIssues(body)
  if (issues.length > 0) throw invalidParameters(issues)
  return body as unknown as FaultRule
}

const optionalString = (body: Record<string, unknown>, name: string): string | undefined => {
  const value = body[name]
  if (value === undefined) return undefined
  if (typeof value !== "string") throw invalidParameters([{ code: "invalid_type", message: `${name} must be a string`, path: [name] }])
  return value
}

const requiredString = (body: Record<string, unknown>, name: string): string => {
  const value = optionalString(body, name)
  if (value === undefined) throw invalidParameters([{ code: "invalid_type", message: `${name} is required`, path: [name] }])
  return value
}

/** An optional string field that must be one of `allowed` (400 VALIDATION_ERROR otherwise). */
const optionalOneOf = (body: Record<string, unknown>, name: string, allowed: ReadonlyArray<string>): string | undefined => {
  const value = optionalString(body, name)
  const issue = enumIssue(name, value, allowed)
  if (issue) throw invalidParameters([issue])
  return value
}

/** Registers the control API on the app. */
export const registerControl = (app: Hono, deps: { readonly faults: FaultControl; readonly simulate: Simulate; readonly authenticate: (header: string | undefined) => void }): void => {
  const control = app.basePath(CONTROL_PREFIX)
  control.use("*", async (c, next) => {
    deps.authenticate(c.req.header("authorization"))
    await next()
  })

  control.get("/faults", (c) => c.json({ items: deps.faults.list() }))
  control.post("/faults", async (c) => c.json({ id: deps.faults.add(parseFaultRule(await readJson(c.req.raw))) }, 201))
  control.delete("/faults", (c) => {
    deps.faults.clear()
    return c.body(null, 204)
  })
  control.delete("/faults/:id", (c) => {
    if (!deps.faults.remove(c.req.param("id"))) throw notFound("Fault", c.req.param("id"))
    return c.body(null, 204)
  })

  const s = deps.simulate
  control.post("/simulate/incoming-message", async (c) => {
    const b = await readJson(c.req.raw)
    const input: Parameters<Simulate["incomingMessage"]>[0] = {}
    const chatID = optionalString(b, "chatID")
    const senderID = optionalString(b, "senderID")
    const text = optionalString(b, "text")
    const kind = optionalOneOf(b, "kind", CONTENT_KINDS)
    const replyToMessageID = optionalString(b, "replyToMessageID")
    Object.assign(input, chatID !== undefined ? { chatID } : {}, senderID !== undefined ? { senderID } : {}, text !== undefined ? { text } : {})
    Object.assign(input, kind !== undefined ? { kind: kind as ContentKind } : {}, replyToMessageID !== undefined ? { replyToMessageID } : {}, b["mentionsSelf"] === true ? { mentionsSelf: true } : {})
    return c.json(s.incomingMessage(input))
  })
  control.post("/simulate/new-chat", async (c) => {
    const b = await readJson(c.req.raw)
    const input: Record<string, unknown> = {}
    for (const name of ["accountID", "title", "text"]) {
      const value = optionalString(b, name)
      if (value !== undefined) input[name] = value
    }
    const type = optionalOneOf(b, "type", SIMULATED_CHAT_TYPES)
    if (type !== undefined) input["type"] = type
    if (Array.isArray(b["participantIDs"])) input["participantIDs"] = b["participantIDs"]
    return c.json(s.newChat(input as Parameters<Simulate["newChat"]>[0]))
  })
  control.post("/simulate/reaction", async (c) => {
    const b = await readJson(c.req.raw)
    const senderID = optionalString(b, "senderID")
    return c.json(
      s.reaction({ chatID: requiredString(b, "chatID"), messageID: requiredString(b, "messageID"), reactionKey: requiredString(b, "reactionKey"), ...(senderID !== undefined ? { senderID } : {}) }),
    )
  })
  control.post("/simulate/edit-message", async (c) => {
    const b = await readJson(c.req.raw)
    return c.json(s.editMessage({ chatID: requiredString(b, "chatID"), messageID: requiredString(b, "messageID"), text: requiredString(b, "text") }))
  })
  control.post("/simulate/delete-message", async (c) => {
    const b = await readJson(c.req.raw)
    s.deleteMessage({ chatID: requiredString(b, "chatID"), messageID: requiredString(b, "messageID") })
    return c.body(null, 204)
  })
  control.post("/simulate/delete-chat", async (c) => {
    s.deleteChat(requiredString(await readJson(c.req.raw), "chatID"))
    return c.body(null, 204)
  })
  control.post("/simulate/settle", async (c) => {
    const kind = optionalOneOf(await readJson(c.req.raw), "kind", TASK_KINDS)
    return c.json({ released: s.settle(kind as TaskKind | undefined) })
  })
  control.post("/simulate/fail-next-send", async (c) => {
    const b = await readJson(c.req.raw)
    const status = optionalString(b, "status")
    if (status !== undefined && status !== "FAIL_RETRIABLE" && status !== "FAIL_PERMANENT")
      throw invalidParameters([{ code: "invalid_enum_value", message: "status must be FAIL_RETRIABLE or FAIL_PERMANENT", path: ["status"] }])
    const reason = optionalString(b, "reason")
    const message = optionalString(b, "message")
    s.failNextSend({ ...(status !== undefined ? { status } : {}), ...(reason !== undefined ? { reason } : {}), ...(message !== undefined ? { message } : {}) })
    return c.body(null, 204)
  })
  control.post("/simulate/confirm-login-display", async (c) => c.json({ confirmed: s.confirmLoginDisplay(optionalString(await readJson(c.req.raw), "loginSessionID")) }))
  control.post("/simulate/incoming-verification", async (c) => {
    const b = await readJson(c.req.raw)
    const name = optionalString(b, "name")
    const deviceID = optionalString(b, "deviceID")
    return c.json(s.incomingVerification({ ...(name !== undefined ? { name } : {}), ...(deviceID !== undefined ? { deviceID } : {}) }))
  })
  control.post("/simulate/traffic", async (c) => {
    const b = await readJson(c.req.raw)
    const interval = b["intervalMs"]
    const problem = interval === false ? undefined : trafficProblem(interval)
    if (problem !== undefined) throw invalidParameters([{ code: "invalid_type", message: `intervalMs ${problem}, or false`, path: ["intervalMs"] }])
    s.traffic(interval as number | false)
    return c.body(null, 204)
  })
}
