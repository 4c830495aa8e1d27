/**
 * Beeper app sign-in and encrypted-messaging setup: setup requests (e-mail code sign-in, account
 * registration), the recovery key, and device verification transactions (QR and emoji/SAS) with the
 * actions each state allows.
 */
import type { Ids } from "./ids.ts"
import type { AppStateSnapshot, Verification } from "./model.ts"
import { NotFound, Rejected } from "./outcomes.ts"
import type { Scheduler } from "./scheduler.ts"

/** The sign-in code that always fails. */
export const FAILING_SIGN_IN_CODE = "000000"
/** E-mail addresses starting with this prefix belong to nobody yet: sign-in asks to register. */
export const NEW_USER_EMAIL_PREFIX = "new"

interface SetupRequest {
  email?: string
  leadToken?: string
}

/** How the app starts: signed in and ready (default) or signed out. */
export type AppStartState = "ready" | "signed-out"

const SAS_EMOJIS = ["🐶 Dog", "🔑 Key", "🎸 Guitar", "🚀 Rocket", "🌵 Cactus", "☂️ Umbrella", "🍄 Mushroom", "⏰ Clock", "🎁 Gift", "🐧 Penguin"]

const emptyE2EE = (): AppStateSnapshot["e2ee"] => ({
  crossSigning: false,
  firstSyncDone: false,
  hasBackedUpRecoveryKey: false,
  initialized: false,
  keyBackup: false,
  secretStorage: false,
  verified: false,
  secrets: { masterKey: false, megolmBackupKey: false, recoveryKey: false, selfSigningKey: false, userSigningKey: false },
})

const readyE2EE = (generatedAt: number): AppStateSnapshot["e2ee"] => ({
  crossSigning: true,
  firstSyncDone: true,
  hasBackedUpRecoveryKey: true,
  initialized: true,
  keyBackup: true,
  secretStorage: true,
  verified: true,
  secrets: { masterKey: true, megolmBackupKey: true, recoveryKey: true, selfSigningKey: true, userSigningKey: true },
  recoveryKeyGeneratedAt: generatedAt,
})

/** App sign-in state, recovery key and verifications. */
export class AppSetup {
  snapshot: AppStateSnapshot
  readonly #requests = new Map<string, SetupRequest>()
  readonly #verifications = new Map<string, Verification>()
  readonly #ids: Ids
  readonly #scheduler: Scheduler
  readonly #now: () => number
  #recoveryKey: string
  #pendingRecoveryKey: string | undefined

  constructor(start: AppStartState, deps: { ids: Ids; scheduler: Scheduler; now: () => number; anchorMs: number }) {
    this.#ids = deps.ids
    this.#scheduler = deps.scheduler
    this.#now = deps.now
    this.#recoveryKey = this.#newRecoveryKey()
    const matrix = { deviceID: `MOCK${deps.ids.token(6).toUpperCase()}`, homeserver: "https://matrix.beeper.com", userID: "@jamie:beeper.com" }
    if (start === "ready") {
      this.snapshot = { state: "ready", e2ee: readyE2EE(Math.floor(deps.anchorMs / 1000) - 86_400 * 200), matrix }
      this.addIncomingVerification({ id: "Beeper on iPhone", deviceID: "IPHONEXR2" })
    } else {
      this.snapshot = { state: "needs-login", e2ee: emptyE2EE() }
    }
  }

  /** True once someone signed in (then GET /v1/app/setup needs a token). */
  isSignedIn(): boolean {
    return this.snapshot.state !== "needs-login"
  }

  #newRecoveryKey(): string {
    const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    return Array.from({ length: 12 }, () => this.#ids.rng.token(4, alphabet)).join(" ")
  }

  #current(): Verification | undefined {
    const active = [...this.#verifications.values()].filter((v) => v.state !== "done" && v.state !== "cancelled" && v.state !== "error")
    return active[active.length - 1]
  }

  /** The snapshot with the current verification. */
  view(): AppStateSnapshot {
    const verification = this.#current()
    const { verification: _, ...rest } = this.snapshot
    return verification ? { ...rest, verification: structuredClone(verification) } : structuredClone(rest)
  }

  // ------------------------------------------------------------------------------------------ sign-in

  /** POST /v1/app/setup/start. */
  start(): { setupRequestID: string; signInMethods: Array<string> } {
    const setupRequestID = `setup_${this.#ids.token(16)}`
    this.#requests.set(setupRequestID, {})
    return { setupRequestID, signInMethods: ["email"] }
  }

  #request(setupRequestID: string): SetupRequest {
    const request = this.#requests.get(setupRequestID)
    if (!request) throw new Rejected("UNKNOWN_SETUP_REQUEST", `Unknown setupRequestID: ${setupRequestID}`)
    return request
  }

  /** POST /v1/app/setup/email. */
  sendCode(setupRequestID: string, email: string): void {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Rejected("INVALID_EMAIL", "Enter a valid e-mail address")
    this.#request(setupRequestID).email = email
  }

  /** POST /v1/app/setup/response: signs in, or asks to register a new account. */
  respond(setupRequestID: string, code: string) {
    const request = this.#request(setupRequestID)
    if (request.email === undefined) throw new Rejected("CODE_NOT_SENT", "Send a sign-in code to an e-mail address first")
    if (code === FAILING_SIGN_IN_CODE || !/^\d{6}$/.test(code)) throw new Rejected("INVALID_CODE", "The sign-in code is incorrect")
    const localPart = request.email.split("@")[0] ?? "user"
    if (localPart.toLowerCase().startsWith(NEW_USER_EMAIL_PREFIX)) {
      request.leadToken = `lead_${this.#ids.token(24)}`
      return {
        registrationRequired: true as const,
        setupRequestID,
        leadToken: request.leadToken,
        usernameSuggestions: [localPart.toLowerCase(), `${localPart.toLowerCase()}${this.#ids.rng.int(10, 99)}`],
        copy: {
          submit: "Continue" as const,
          terms: "By continuing, you agree to the Terms of Use and acknowledge the Privacy Policy." as const,
          title: "Choose your username" as const,
          usernamePlaceholder: "Username" as const,
        },
      }
    }
    return this.#signIn(`@${localPart.toLowerCase().replace(/[^a-z0-9._-]/g, "")}:beeper.com`, "needs-verification")
  }

  /** POST /v1/app/setup/register. */
  register(input: { setupRequestID: string; leadToken: string; username: string }) {
    const request = this.#request(input.setupRequestID)
    if (request.leadToken === undefined || request.leadToken !== input.leadToken) throw new Rejected("INVALID_LEAD_TOKEN", "leadToken does not belong to this setup request")
    if (!/^[a-z0-9._-]{1,64}$/i.test(input.username)) throw new Rejected("INVALID_USERNAME", "Usernames may contain letters, digits, '.', '_' and '-'")
    if (input.username.toLowerCase() === "jamie") throw new Rejected("USERNAME_TAKEN", "This username is taken")
    return this.#signIn(`@${input.username.toLowerCase()}:beeper.com`, "needs-cross-signing-setup")
  }

  #signIn(userID: string, state: AppStateSnapshot["state"]) {
    const matrix = { deviceID: `MOCK${this.#ids.token(6).toUpperCase()}`, homeserver: "https://matrix.beeper.com", userID }
    const e2ee = emptyE2EE()
    if (state === "needs-verification") Object.assign(e2ee, { initialized: true, crossSigning: true, secretStorage: true, keyBackup: true, hasBackedUpRecoveryKey: true })
    this.snapshot = { state, e2ee, matrix }
    return { matrix: { ...matrix, accessToken: `syt_${this.#ids.token(40)}` }, session: this.view() }
  }

  // ------------------------------------------------------------------------------------------ recovery key

  #requireSignedIn(): void {
    if (!this.isSignedIn()) throw new Rejected("NOT_SIGNED_IN", "Sign in first")
  }

  #becomeVerified(): void {
    const e2ee = this.snapshot.e2ee
    const backedUp = e2ee.hasBackedUpRecoveryKey
    Object.assign(e2ee, readyE2EE(e2ee.recoveryKeyGeneratedAt ?? Math.floor(this.#now() / 1000)))
    e2ee.hasBackedUpRecoveryKey = backedUp
    this.snapshot.state = "ready"
  }

  /** POST /v1/app/setup/verification/recovery-key. */
  verifyRecoveryKey(recoveryKey: string): { session: AppStateSnapshot } {
    this.#requireSignedIn()
    if (recoveryKey.replace(/\s/g, "") !== this.#recoveryKey.replace(/\s/g, "")) throw new Rejected("INVALID_RECOVERY_KEY", "The recovery key is incorrect")
    this.#becomeVerified()
    this.snapshot.e2ee.hasBackedUpRecoveryKey = true
    return { session: this.view() }
  }

  /** The current recovery key (so tests and the demo can "remember" it). */
  recoveryKey(): string {
    return this.#recoveryKey
  }

  /** POST .../recovery-key/reset. */
  resetRecoveryKey(existingRecoveryKey: string | undefined): { recoveryKey: string; session: AppStateSnapshot } {
    this.#requireSignedIn()
    if (existingRecoveryKey !== undefined && existingRecoveryKey.replace(/\s/g, "") !== this.#recoveryKey.replace(/\s/g, ""))
      throw new Rejected("INVALID_RECOVERY_KEY", "The existing recovery key is incorrect")
    this.#pendingRecoveryKey = this.#newRecoveryKey()
    return { recoveryKey: this.#pendingRecoveryKey, session: this.view() }
  }

  /** POST .../recovery-key/reset/confirm. */
  confirmRecoveryKey(recoveryKey: string): { session: AppStateSnapshot } {
    this.#requireSignedIn()
    if (this.#pendingRecoveryKey === undefined) throw new Rejected("NO_PENDING_RECOVERY_KEY", "Create a new recovery key first")
    if (recoveryKey.replace(/\s/g, "") !== this.#pendingRecoveryKey.replace(/\s/g, "")) throw new Rejected("INVALID_RECOVERY_KEY", "This is not the new recovery key")
    this.#recoveryKey = this.#pendingRecoveryKey
    this.#pendingRecoveryKey = undefined
    this.snapshot.e2ee.recoveryKeyGeneratedAt = Math.floor(this.#now() / 1000)
    this.#becomeVerified()
    this.snapshot.e2ee.hasBackedUpRecoveryKey = true
    return { session: this.view() }
  }

  // ------------------------------------------------------------------------------------------ verifications

  /** Active (not finished) verifications. */
  listVerifications(): Array<Verification> {
    return [...this.#verifications.values()].filter((v) => v.state !== "done" && v.state !== "cancelled" && v.state !== "error").map((v) => structuredClone(v))
  }

  /** A verification by ID, or NotFound. */
  requireVerification(verificationID: string): Verification {
    const verification = this.#verifications.get(verificationID)
    if (!verification) throw new NotFound("Verification", verificationID)
    return verification
  }

  /** The action result shape shared by the verification endpoints. */
  result(verification: Verification): { session: AppStateSnapshot; verification: Verification } {
    return { session: this.view(), verification: structuredClone(verification) }
  }

  /** Another device asks to verify this one (fixtures and simulation). */
  addIncomingVerification(device: { id: string; deviceID: string }): Verification {
    const verification: Verification = {
      id: `ver_${this.#ids.token(12)}`,
      availableActions: ["accept", "cancel"],
      direction: "incoming",
      methods: ["qr", "sas"],
      purpose: "device",
      state: "requested",
      otherDevice: { id: device.deviceID, name: device.id },
      otherUserID: this.snapshot.matrix?.userID ?? "@jamie:beeper.com",
    }
    this.#verifications.set(verification.id, verification)
    return verification
  }

  /** POST /v1/app/setup/verifications: asks another device; it answers after the "remote" delay. */
  createVerification(input: { purpose?: "login" | "device"; userID?: string }): Verification {
    this.#requireSignedIn()
    const verification: Verification = {
      id: `ver_${this.#ids.token(12)}`,
      availableActions: ["cancel"],
      direction: "outgoing",
      methods: ["qr", "sas"],
      purpose: input.purpose ?? (this.snapshot.state === "needs-verification" ? "login" : "device"),
      state: "requested",
      otherUserID: input.userID ?? this.snapshot.matrix?.userID ?? "@jamie:beeper.com",
    }
    this.#verifications.set(verification.id, verification)
    this.#scheduler.schedule("remote", () => {
      if (verification.state !== "requested") return
      verification.otherDevice = { id: "DESKTOPW11", name: "Beeper on Windows" }
      this.#ready(verification)
    })
    return verification
  }

  #ready(v: Verification): void {
    v.state = "ready"
    v.availableActions = ["sas.start", "qr.confirmScanned", "cancel"]
    v.qr = { data: `beeper-verify:${v.id}:${this.#ids.token(24)}` }
  }

  #require(v: Verification, action: Verification["availableActions"][number]): void {
    if (!v.availableActions.includes(action)) throw new Rejected("ACTION_NOT_AVAILABLE", `'${action}' is not available while the verification is ${v.state}`)
  }

  #done(v: Verification): void {
    v.state = "done"
    v.availableActions = []
    delete v.qr
    if (this.snapshot.state === "needs-verification") this.#becomeVerified()
    else this.snapshot.e2ee.verified = true
  }

  /** POST .../{id}/accept. */
  accept(v: Verification): void {
    this.#require(v, "accept")
    this.#ready(v)
  }

  /** POST .../{id}/cancel. */
  cancel(v: Verification, input: { code?: string; reason?: string }): void {
    if (v.state === "done" || v.state === "cancelled" || v.state === "error") throw new Rejected("ACTION_NOT_AVAILABLE", `The verification is already ${v.state}`)
    v.state = "cancelled"
    v.availableActions = []
    v.error = { code: input.code ?? "m.user", reason: input.reason ?? "Cancelled by the user" }
    delete v.qr
    delete v.sas
  }

  /** POST .../{id}/sas/start. */
  startSas(v: Verification): void {
    this.#require(v, "sas.start")
    v.state = "sas_ready"
    v.availableActions = ["sas.confirm", "cancel"]
    delete v.qr
    v.sas = {
      emojis: this.#ids.rng.sample(SAS_EMOJIS, 7).join(" "),
      decimals: Array.from({ length: 3 }, () => String(this.#ids.rng.int(1000, 9191))).join(" "),
    }
  }

  /** POST .../{id}/sas/confirm. */
  confirmSas(v: Verification): void {
    this.#require(v, "sas.confirm")
    this.#done(v)
  }

  /** POST .../{id}/qr/confirm-scanned. */
  confirmQrScanned(v: Verification): void {
    this.#require(v, "qr.confirmScanned")
    this.#done(v)
  }

  /** POST /v1/app/setup/verifications/qr/scan: the QR code of another device's verification. */
  scanQr(data: string): Verification {
    const v = [...this.#verifications.values()].find((x) => x.qr?.data === data && x.state === "ready")
    if (!v) throw new Rejected("INVALID_QR", "This QR code does not belong to an active verification")
    v.state = "qr_scanned"
    this.#done(v)
    return v
  }
}
