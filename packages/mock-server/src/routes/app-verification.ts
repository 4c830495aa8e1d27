/** Encrypted-messaging setup: recovery key (verify, reset, confirm) and device verifications (QR, SAS). */
import type { components } from "../generated/openapi.ts"
import { object, oneOf, optional, string } from "../http/input.ts"
import type { Router } from "../http/route.ts"
import type { RouteContext } from "./context.ts"

type Schemas = components["schemas"]

/** Registers the App Verification operations. */
export const registerAppVerification = (router: Router, { store }: RouteContext): void => {
  const { app } = store
  router.route(
    "post",
    "/v1/app/setup/verification/recovery-key",
    { body: object<Schemas["AppRecoveryKeyVerifyRequest"]>({ recoveryKey: string() }), bodyRequired: true },
    ({ body }) => app.verifyRecoveryKey(body.recoveryKey),
  )
  router.route(
    "post",
    "/v1/app/setup/verification/recovery-key/reset",
    { body: object<Schemas["AppRecoveryKeyResetRequest"]>({ existingRecoveryKey: optional(string()) }), bodyRequired: false },
    ({ body }) => app.resetRecoveryKey(body?.existingRecoveryKey),
  )
  router.route(
    "post",
    "/v1/app/setup/verification/recovery-key/reset/confirm",
    { body: object<Schemas["AppRecoveryKeyResetConfirmRequest"]>({ recoveryKey: string() }), bodyRequired: true },
    ({ body }) => app.confirmRecoveryKey(body.recoveryKey),
  )
  router.route("get", "/v1/app/setup/verifications", {}, () => ({ items: app.listVerifications() }))
  router.route(
    "post",
    "/v1/app/setup/verifications",
    { body: object<Schemas["VerificationCreateRequest"]>({ purpose: optional(oneOf(["login", "device"])), userID: optional(string()) }), bodyRequired: false },
    ({ body }) => app.result(app.createVerification(body ?? {})),
  )
  router.route("post", "/v1/app/setup/verifications/qr/scan", { body: object<Schemas["VerificationQRScanRequest"]>({ data: string() }), bodyRequired: true }, ({ body }) =>
    app.result(app.scanQr(body.data)),
  )
  router.route("get", "/v1/app/setup/verifications/{verificationID}", {}, ({ path }) => app.result(app.requireVerification(path.verificationID)))
  router.route("post", "/v1/app/setup/verifications/{verificationID}/accept", { rejected: 400 }, ({ path }) => {
    const v = app.requireVerification(path.verificationID)
    app.accept(v)
    return app.result(v)
  })
  router.route(
    "post",
    "/v1/app/setup/verifications/{verificationID}/cancel",
    { body: object<Schemas["VerificationCancelRequest"]>({ code: optional(string()), reason: optional(string()) }), bodyRequired: false },
    ({ path, body }) => {
      const v = app.requireVerification(path.verificationID)
      app.cancel(v, body ?? {})
      return app.result(v)
    },
  )
  router.route("post", "/v1/app/setup/verifications/{verificationID}/qr/confirm-scanned", { rejected: 400 }, ({ path }) => {
    const v = app.requireVerification(path.verificationID)
    app.confirmQrScanned(v)
    return app.result(v)
  })
  router.route("post", "/v1/app/setup/verifications/{verificationID}/sas/start", { rejected: 400 }, ({ path }) => {
    const v = app.requireVerification(path.verificationID)
    app.startSas(v)
    return app.result(v)
  })
  router.route("post", "/v1/app/setup/verifications/{verificationID}/sas/confirm", { rejected: 400 }, ({ path }) => {
    const v = app.requireVerification(path.verificationID)
    app.confirmSas(v)
    return app.result(v)
  })
}
