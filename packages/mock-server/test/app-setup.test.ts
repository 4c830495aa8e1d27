/** Beeper app sign-in, recovery key and device verification state machines. */
import { describe, expect, it } from "vitest"
import { FAILING_SIGN_IN_CODE } from "../src/index.ts"
import { path, useMockServer } from "./support/api.ts"

describe("signed out: sign-in with an e-mail code", () => {
  const ctx = useMockServer({ appState: "signed-out", lifecycle: "each" })

  const signIn = async (email: string) => {
    const { setupRequestID, signInMethods } = (await ctx.api.post("/v1/app/setup/start", undefined, { token: null })).body
    expect(signInMethods).toEqual(["email"])
    expect((await ctx.api.post("/v1/app/setup/email", { email, setupRequestID }, { token: null })).status).toBe(204)
    return setupRequestID as string
  }

  it("GET /v1/app/setup is public before sign-in and needs a token afterwards", async () => {
    expect((await ctx.api.get("/v1/app/setup", { token: null })).body).toMatchObject({ state: "needs-login", e2ee: { initialized: false } })
    expect((await ctx.api.get("/v1/app/setup", { token: "wrong" })).status).toBe(401)
    const setupRequestID = await signIn("jamie@example.com")
    const result = (await ctx.api.post("/v1/app/setup/response", { response: "424242", setupRequestID }, { token: null })).body
    expect(result).toMatchObject({ matrix: { userID: "@jamie:beeper.com" }, session: { state: "needs-verification" } })
    expect(result.matrix.accessToken).toMatch(/^syt_/)
    expect((await ctx.api.get("/v1/app/setup", { token: null })).status).toBe(401)
    expect((await ctx.api.get("/v1/app/setup")).body.state).toBe("needs-verification")
  })

  it("a wrong code, an unknown setup request or a missing e-mail step are refused (422)", async () => {
    const setupRequestID = await signIn("jamie@example.com")
    expect((await ctx.api.post("/v1/app/setup/response", { response: FAILING_SIGN_IN_CODE, setupRequestID }, { token: null })).body.code).toBe("INVALID_CODE")
    expect((await ctx.api.post("/v1/app/setup/response", { response: "123456", setupRequestID: "setup_nope" }, { token: null })).status).toBe(422)
    const { setupRequestID: fresh } = (await ctx.api.post("/v1/app/setup/start", undefined, { token: null })).body
    expect((await ctx.api.post("/v1/app/setup/response", { response: "123456", setupRequestID: fresh }, { token: null })).body.code).toBe("CODE_NOT_SENT")
    expect((await ctx.api.post("/v1/app/setup/email", { email: "not-an-email", setupRequestID: fresh }, { token: null })).status).toBe(422)
    expect((await ctx.api.post("/v1/app/setup/email", { setupRequestID: fresh }, { token: null })).status).toBe(400)
  })

  it("new e-mail addresses register an account, which then sets up a recovery key", async () => {
    const setupRequestID = await signIn("newbie@example.com")
    const required = (await ctx.api.post("/v1/app/setup/response", { response: "123456", setupRequestID }, { token: null })).body
    expect(required).toMatchObject({ registrationRequired: true, setupRequestID, copy: { title: "Choose your username" } })
    expect(required.usernameSuggestions[0]).toBe("newbie")
    const register = (username: string, acceptTerms: unknown = true) =>
      ctx.api.post("/v1/app/setup/register", { acceptTerms, leadToken: required.leadToken, setupRequestID, username }, { token: null })
    expect((await register("newbie", false)).status).toBe(400)
    expect((await register("jamie")).body.code).toBe("USERNAME_TAKEN")
    const registered = (await register("newbie")).body
    expect(registered).toMatchObject({ matrix: { userID: "@newbie:beeper.com" }, session: { state: "needs-cross-signing-setup" } })
    const { recoveryKey } = (await ctx.api.post("/v1/app/setup/verification/recovery-key/reset")).body
    expect(recoveryKey.split(" ")).toHaveLength(12)
    expect((await ctx.api.post("/v1/app/setup/verification/recovery-key/reset/confirm", { recoveryKey: "wrong" })).status).toBe(422)
    const confirmed = (await ctx.api.post("/v1/app/setup/verification/recovery-key/reset/confirm", { recoveryKey })).body.session
    expect(confirmed).toMatchObject({ state: "ready", e2ee: { verified: true, hasBackedUpRecoveryKey: true } })
  })

  it("recovery-key and verification endpoints need a signed-in app (422)", async () => {
    expect((await ctx.api.post("/v1/app/setup/verification/recovery-key", { recoveryKey: "x" })).body.code).toBe("NOT_SIGNED_IN")
    expect((await ctx.api.post("/v1/app/setup/verifications")).body.code).toBe("NOT_SIGNED_IN")
  })
})

describe("signed in: verifications", () => {
  const ctx = useMockServer({ lifecycle: "each" })

  it("an incoming request: accept → SAS emoji → confirm → done; each state allows only its actions", async () => {
    const [incoming] = (await ctx.api.get("/v1/app/setup/verifications")).body.items
    expect(incoming).toMatchObject({ direction: "incoming", state: "requested", availableActions: ["accept", "cancel"] })
    expect((await ctx.api.get("/v1/app/setup")).body.verification.id).toBe(incoming.id)
    expect((await ctx.api.post(path`/v1/app/setup/verifications/${incoming.id}/sas/start`)).body.code).toBe("ACTION_NOT_AVAILABLE")
    const ready = (await ctx.api.post(path`/v1/app/setup/verifications/${incoming.id}/accept`)).body.verification
    expect(ready).toMatchObject({ state: "ready", availableActions: ["sas.start", "qr.confirmScanned", "cancel"] })
    const sas = (await ctx.api.post(path`/v1/app/setup/verifications/${incoming.id}/sas/start`)).body.verification
    expect(sas.state).toBe("sas_ready")
    expect(sas.sas.emojis.split(" ").length).toBeGreaterThanOrEqual(7)
    expect((await ctx.api.post(path`/v1/app/setup/verifications/${incoming.id}/accept`)).status).toBe(400)
    expect((await ctx.api.post(path`/v1/app/setup/verifications/${incoming.id}/sas/confirm`)).body.verification).toMatchObject({ state: "done", availableActions: [] })
    expect((await ctx.api.get("/v1/app/setup/verifications")).body.items).toEqual([])
    expect((await ctx.api.get(path`/v1/app/setup/verifications/${incoming.id}`)).body.verification.state).toBe("done")
    expect((await ctx.api.get(path`/v1/app/setup/verifications/${"ver_missing"}`)).status).toBe(404)
  })

  it("an outgoing request waits for the other device, then QR scanning finishes it", async () => {
    const created = (await ctx.api.post("/v1/app/setup/verifications", { purpose: "device" })).body.verification
    expect(created).toMatchObject({ direction: "outgoing", state: "requested", availableActions: ["cancel"] })
    expect(ctx.server.simulate.settle("remote")).toBe(1)
    const ready = (await ctx.api.get(path`/v1/app/setup/verifications/${created.id}`)).body.verification
    expect(ready).toMatchObject({ state: "ready", otherDevice: { name: "Beeper on Windows" } })
    expect((await ctx.api.post("/v1/app/setup/verifications/qr/scan", { data: "beeper-verify:forged" })).body.code).toBe("INVALID_QR")
    expect((await ctx.api.post("/v1/app/setup/verifications/qr/scan", { data: ready.qr.data })).body.verification.state).toBe("done")
  })

  it("cancel records the reason; a cancelled verification cannot be cancelled again", async () => {
    const incoming = ctx.server.simulate.incomingVerification({ name: "Beeper on iPad" })
    const cancelled = (await ctx.api.post(path`/v1/app/setup/verifications/${incoming.id}/cancel`, { code: "m.user", reason: "Not my device" })).body.verification
    expect(cancelled).toMatchObject({ state: "cancelled", error: { code: "m.user", reason: "Not my device" }, availableActions: [] })
    expect((await ctx.api.post(path`/v1/app/setup/verifications/${incoming.id}/cancel`)).status).toBe(422)
  })

  it("verifying with a wrong recovery key is refused; the current key works", async () => {
    expect((await ctx.api.post("/v1/app/setup/verification/recovery-key", { recoveryKey: "nope" })).body.code).toBe("INVALID_RECOVERY_KEY")
    const { recoveryKey } = (await ctx.api.post("/v1/app/setup/verification/recovery-key/reset", { existingRecoveryKey: undefined })).body
    expect((await ctx.api.post("/v1/app/setup/verification/recovery-key/reset", { existingRecoveryKey: "wrong" })).status).toBe(422)
    await ctx.api.post("/v1/app/setup/verification/recovery-key/reset/confirm", { recoveryKey })
    expect((await ctx.api.post("/v1/app/setup/verification/recovery-key", { recoveryKey: recoveryKey.toLowerCase() })).status).toBe(422)
    expect((await ctx.api.post("/v1/app/setup/verification/recovery-key", { recoveryKey })).body.session.state).toBe("ready")
  })
})
