/**
 * Bridges, bridge logins and login sessions: which networks can be connected, who is signed in, and
 * the temporary login sessions that walk through a flow's steps (phone number, code, password, QR code,
 * pairing code, emoji, browser cookies) until they complete, fail or are cancelled.
 */
import type { Clock } from "../support/clock.ts"
import type { BridgeFixture } from "../fixtures/index.ts"
import type { LoginStepKind, NetworkSpec } from "../fixtures/networks.ts"
import { OWNER, userOn } from "../fixtures/people.ts"
import type { Chats } from "./chats.ts"
import type { Ids } from "./ids.ts"
import type { Incoming } from "./incoming.ts"
import type { Account, Bridge, BridgeLogin, LoginSession, LoginStep } from "./model.ts"
import { NotFound, Rejected } from "./outcomes.ts"
import type { Records } from "./records.ts"
import type { Scheduler } from "./scheduler.ts"

interface SessionRecord {
  session: LoginSession
  readonly network: NetworkSpec
  readonly steps: ReadonlyArray<LoginStepKind>
  stepIndex: number
  readonly pastStepIDs: Set<string>
  /** Values the user entered so far (phone number, ...). */
  readonly values: Record<string, string>
}

/** A submitted step (body of POST .../steps/{stepID}). */
export interface StepSubmission {
  readonly type: "user_input" | "cookies" | "display_and_wait"
  readonly fields?: Record<string, string>
  readonly lastURL?: string
  readonly source?: "api" | "webview" | "browser_extension"
}

/** The login code that always fails, to exercise the `failed` status. */
export const FAILING_LOGIN_CODE = "000000"

const STATUS_OF: Record<LoginStep["type"], LoginSession["status"]> = {
  user_input: "waiting_for_input",
  cookies: "waiting_for_cookies",
  display_and_wait: "waiting_for_display",
  complete: "complete",
}

/** Bridges and their login machinery. */
export class Bridges {
  readonly #bridges: Array<BridgeFixture>
  readonly #sessions = new Map<string, SessionRecord>()
  readonly #records: Records
  readonly #chats: Chats
  readonly #incoming: Incoming
  readonly #ids: Ids
  readonly #scheduler: Scheduler
  readonly #clock: Clock

  constructor(bridges: Array<BridgeFixture>, deps: { records: Records; chats: Chats; incoming: Incoming; ids: Ids; scheduler: Scheduler; clock: Clock }) {
    this.#bridges = bridges
    this.#records = deps.records
    this.#chats = deps.chats
    this.#incoming = deps.incoming
    this.#ids = deps.ids
    this.#scheduler = deps.scheduler
    this.#clock = deps.clock
  }

  /** A bridge fixture by ID, or NotFound. */
  require(bridgeID: string): BridgeFixture {
    const bridge = this.#bridges.find((b) => b.spec.bridgeID === bridgeID)
    if (!bridge) throw new NotFound("Bridge", bridgeID)
    return bridge
  }

  /** The wire Bridge: its accounts come from the live account list. */
  view(bridge: BridgeFixture): Bridge {
    const accounts = this.#records.accounts.filter((a) => a.account.bridge.id === bridge.spec.bridgeID).map((a) => a.account)
    const active = accounts.filter((a) => a.status === "connected" || a.status === "backfilling").length
    const status: Bridge["status"] = accounts.length > 0 ? (bridge.spec.idleStatus === "available" ? "connected" : bridge.spec.idleStatus) : bridge.spec.idleStatus
    const view: Bridge = {
      id: bridge.spec.bridgeID,
      accounts,
      activeAccountCount: active,
      displayName: bridge.spec.displayName,
      provider: bridge.spec.provider,
      status,
      supportsMultipleAccounts: bridge.spec.supportsMultipleAccounts,
      type: bridge.spec.type,
      network: bridge.spec.network,
    }
    const text = STATUS_TEXT[status]
    if (text) view.statusText = text
    return view
  }

  /** Every bridge. */
  list(): Array<Bridge> {
    return this.#bridges.map((b) => this.view(b))
  }

  /** A bridge login by ID, or NotFound. */
  requireLogin(bridge: BridgeFixture, loginID: string): BridgeLogin {
    const login = bridge.logins.find((l) => l.loginID === loginID)
    if (!login) throw new NotFound("Bridge login", loginID)
    return login
  }

  /** POST .../logins/{loginID}/remove: signs out, removing the login's accounts and their chats. */
  removeLogin(bridge: BridgeFixture, loginID: string, scope: "current-device" | "all-devices"): Array<string> {
    const login = this.requireLogin(bridge, loginID)
    if (!login.removeScopes.includes(scope)) throw new Rejected("UNSUPPORTED_SCOPE", `This login can only be removed with: ${login.removeScopes.join(", ")}`)
    const affected = login.accountIDs ?? []
    for (const accountID of affected) {
      for (const chat of this.#records.chats().filter((c) => c.accountID === accountID)) this.#chats.remove(chat.id)
      const index = this.#records.accounts.findIndex((a) => a.account.accountID === accountID)
      if (index >= 0) this.#records.accounts.splice(index, 1)
    }
    bridge.logins.splice(bridge.logins.indexOf(login), 1)
    return [...affected]
  }

  // ------------------------------------------------------------------------------------------ login sessions

  /** POST .../login-sessions. */
  createSession(bridge: BridgeFixture, input: { accountID?: string; loginID?: string; flowID?: string }): LoginSession {
    const spec = bridge.spec
    if (spec.flows.length === 0) throw new Rejected("LOGIN_NOT_SUPPORTED", `${spec.displayName} accounts cannot be connected through login sessions`)
    const reconnect = input.accountID !== undefined || input.loginID !== undefined
    let login: BridgeLogin | undefined
    if (input.loginID !== undefined) {
      login = bridge.logins.find((l) => l.loginID === input.loginID)
      if (!login) throw new Rejected("UNKNOWN_LOGIN", `Bridge login not found: ${input.loginID}`)
    }
    if (input.accountID !== undefined) {
      const account = this.#records.account(input.accountID)
      if (!account || account.account.bridge.id !== spec.bridgeID) throw new Rejected("UNKNOWN_ACCOUNT", `Account not found on ${spec.bridgeID}: ${input.accountID}`)
      login ??= bridge.logins.find((l) => l.accountIDs?.includes(input.accountID as string))
    }
    if (!reconnect) {
      if (spec.idleStatus !== "available") throw new Rejected(`BRIDGE_${spec.idleStatus.toUpperCase()}`, `${spec.displayName} cannot connect new accounts right now (${spec.idleStatus})`)
      if (!spec.supportsMultipleAccounts && bridge.logins.length > 0) throw new Rejected("LIMIT_REACHED", `${spec.displayName} supports one account`)
    }
    const flow = input.flowID === undefined ? spec.flows[0] : spec.flows.find((f) => f.flow.id === input.flowID)
    if (!flow) throw new Rejected("UNKNOWN_FLOW", `Unknown flowID for ${spec.bridgeID}: ${input.flowID}`)
    const loginSessionID = `ls_${this.#ids.token(16)}`
    const session: LoginSession = { bridgeID: spec.bridgeID, loginSessionID, status: "waiting_for_input" }
    if (login) {
      session.loginID = login.loginID
      const accountID = input.accountID ?? login.accountIDs?.[0]
      if (accountID !== undefined) session.accountID = accountID
    }
    const record: SessionRecord = { session, network: spec, steps: flow.steps, stepIndex: 0, pastStepIDs: new Set(), values: {} }
    this.#sessions.set(loginSessionID, record)
    this.#enterStep(record)
    return session
  }

  /** A login session of a bridge, or NotFound. */
  requireSession(bridge: BridgeFixture, loginSessionID: string): LoginSession {
    const record = this.#sessions.get(loginSessionID)
    if (!record || record.session.bridgeID !== bridge.spec.bridgeID) throw new NotFound("Login session", loginSessionID)
    return record.session
  }

  /** DELETE .../login-sessions/{id}. */
  cancelSession(bridge: BridgeFixture, loginSessionID: string): void {
    const session = this.requireSession(bridge, loginSessionID)
    if (session.status === "complete") return
    session.status = "cancelled"
    delete session.currentStep
  }

  /** POST .../steps/{stepID}. */
  submitStep(bridge: BridgeFixture, loginSessionID: string, stepID: string, input: StepSubmission): LoginSession {
    this.requireSession(bridge, loginSessionID)
    const record = this.#sessions.get(loginSessionID) as SessionRecord
    const { session } = record
    const step = session.currentStep
    if (!step || session.status === "complete" || session.status === "cancelled" || session.status === "failed")
      throw new Rejected("SESSION_FINISHED", `The login session is ${session.status}`)
    if (step.stepID !== stepID) {
      if (record.pastStepIDs.has(stepID)) throw new Rejected("STALE_STEP", `Step ${stepID} was already completed; the current step is ${step.stepID}`)
      throw new NotFound("Login step", stepID)
    }
    if (step.type !== input.type) throw new Rejected("STEP_TYPE_MISMATCH", `The current step is of type ${step.type}`)
    const fields = input.fields ?? {}
    if (step.type === "user_input") {
      for (const field of step.fields) {
        const value = fields[field.id]
        if (!field.optional && (value === undefined || value === "")) throw new Rejected("MISSING_FIELD", `Field ${field.id} is required`)
        if (field.id === "phone_number" && value !== undefined && !/^\+?[\d\s-]{7,20}$/.test(value)) throw new Rejected("INVALID_PHONE_NUMBER", "Enter the phone number in international format")
      }
      Object.assign(record.values, fields)
      if (fields["code"] === FAILING_LOGIN_CODE) {
        session.status = "failed"
        session.error = { code: "INVALID_LOGIN_CODE", message: "The login code is incorrect", details: { stepID } }
        delete session.currentStep
        return session
      }
    }
    if (step.type === "cookies") {
      const missing = step.fields.find((f) => fields[f.id] === undefined || fields[f.id] === "")
      if (missing) throw new Rejected("MISSING_FIELD", `Cookie field ${missing.id} is required`)
    }
    this.#advance(record)
    return session
  }

  /** The phone "scans" the QR code / confirms the pairing code of a session waiting for display. */
  confirmDisplay(loginSessionID: string): boolean {
    const record = this.#sessions.get(loginSessionID)
    if (!record || record.session.status !== "waiting_for_display") return false
    this.#advance(record)
    return true
  }

  /** IDs of sessions waiting for a display to be confirmed. */
  waitingForDisplay(): Array<string> {
    return [...this.#sessions.values()].filter((r) => r.session.status === "waiting_for_display").map((r) => r.session.loginSessionID)
  }

  #advance(record: SessionRecord): void {
    const step = record.session.currentStep
    if (step?.stepID) record.pastStepIDs.add(step.stepID)
    record.stepIndex++
    if (record.stepIndex < record.steps.length) this.#enterStep(record)
    else this.#complete(record)
  }

  #enterStep(record: SessionRecord): void {
    const kind = record.steps[record.stepIndex] as LoginStepKind
    const step = makeStep(record.network, kind, this.#ids)
    record.session.currentStep = step
    record.session.status = STATUS_OF[step.type]
    if (step.type === "display_and_wait") {
      const stepID = step.stepID
      this.#scheduler.schedule("remote", () => {
        if (record.session.currentStep?.stepID === stepID && record.session.status === "waiting_for_display") this.#advance(record)
      })
    }
  }

  #complete(record: SessionRecord): void {
    const { session, network } = record
    const bridge = this.require(network.bridgeID)
    delete session.currentStep
    session.status = "complete"
    if (session.loginID !== undefined) {
      const login = this.requireLogin(bridge, session.loginID)
      login.status = "connected"
      login.statusText = "Connected"
      for (const accountID of login.accountIDs ?? []) {
        const account = this.#records.account(accountID)
        if (account) {
          account.account.status = "connected"
          account.account.statusText = "Connected"
        }
      }
      session.login = login
      const account = session.accountID === undefined ? undefined : this.#records.account(session.accountID)
      if (account) session.account = account.account
      return
    }
    const local = network.provider === "local" || network.provider === "self-hosted"
    const loginID = local ? `ba_${this.#ids.token(27)}` : `${network.bridgeID}_${this.#ids.token(6)}`
    const accountID = local ? `${network.bridgeID}_${loginID}` : loginID
    const user = userOn(network, loginID, OWNER, true)
    const account: Account = {
      accountID,
      bridge: { id: network.bridgeID, provider: network.provider, type: network.type },
      status: "connected",
      statusText: "Connected",
      user,
      network: network.network,
      loginID,
      capabilities: { sendMessages: true, createChats: true },
    }
    this.#records.accounts.push({ account, contacts: [] })
    const login: BridgeLogin = {
      bridgeID: network.bridgeID,
      loginID,
      removeScopes: network.provider === "cloud" ? ["current-device", "all-devices"] : ["current-device"],
      status: "connected",
      statusText: "Connected",
      accountIDs: [accountID],
      user,
    }
    bridge.logins.push(login)
    Object.assign(session, { account, accountID, login, loginID })
    const phone = record.values["phone_number"]
    if (phone !== undefined) user.phoneNumber = phone
    this.#welcomeChat(network, account)
  }

  /** A freshly connected account receives its first chat. */
  #welcomeChat(network: NetworkSpec, account: Account): void {
    const record = this.#records.account(account.accountID)
    if (!record) return
    const helper = { id: `@${network.type}_support:${account.user.id.split(":").slice(1).join(":")}`, fullName: `${network.displayName} Team`, isSelf: false }
    record.contacts.push(helper)
    const chat = this.#chats.newRecord(record, "single", [{ ...account.user, isSelf: true }, helper], undefined)
    chat.capabilities = network.chatCapabilities
    chat.createdAt = this.#clock.now()
    this.#chats.add(chat)
    this.#incoming.receive(chat, { text: `Welcome to ${network.displayName} on Beeper! Your chats are syncing.` })
  }
}

const STATUS_TEXT: Partial<Record<Bridge["status"], string>> = {
  available: "Available",
  connected: "Connected",
  limit_reached: "Account limit reached",
  temporarily_unavailable: "Temporarily unavailable",
  disabled: "Disabled",
}

/** Builds the step shown to the user for a step kind. */
const makeStep = (network: NetworkSpec, kind: LoginStepKind, ids: Ids): LoginStep => {
  const stepID = `fi.mau.${network.type}.login.${kind}`
  switch (kind) {
    case "phone":
      return { type: "user_input", stepID, instructions: `Enter the phone number of your ${network.displayName} account.`, fields: [{ id: "phone_number", label: "Phone number", type: "tel", placeholder: "+1 415 555 0123" }] }
    case "code":
      return { type: "user_input", stepID, instructions: `Enter the login code ${network.displayName} sent you.`, fields: [{ id: "code", label: "Login code", type: "text", placeholder: "12345" }] }
    case "password":
      return { type: "user_input", stepID, instructions: "Your account has two-step verification enabled.", fields: [{ id: "password", label: "Password", type: "password" }] }
    case "token":
      return { type: "user_input", stepID, fields: [{ id: "token", label: "Token", type: "password" }] }
    case "qr":
      return { type: "display_and_wait", stepID, instructions: `Open ${network.displayName} on your phone and scan this QR code.`, display: { type: "qr", data: `https://${network.type}.example/link#${ids.token(32)}` } }
    case "pairing-code":
      return { type: "display_and_wait", stepID, instructions: `Enter this code on your phone: ${network.displayName} › Linked devices › Link with phone number.`, display: { type: "code", data: `${ids.token(4).toUpperCase()}-${ids.token(4).toUpperCase()}` } }
    case "emoji":
      return { type: "display_and_wait", stepID, instructions: "Tap the matching emoji on your phone.", display: { type: "emoji", imageURL: "https://fonts.gstatic.com/s/e/notoemoji/latest/1f438/512.png" } }
    case "cookies":
      return {
        type: "cookies",
        stepID,
        url: `https://${network.type}.example/login`,
        expectedFinalURLRegex: `^https://${network.type}\\.example/(app|home)`,
        userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
        instructions: `Sign in to ${network.displayName} in the browser window.`,
        fields: [
          { id: "session", name: "session", type: "cookie" },
          { id: "token", name: "token", type: "local_storage" },
        ],
      }
  }
}
