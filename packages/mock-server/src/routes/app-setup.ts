/** Beeper app sign-in: setup state, start, e-mail code, code response and registration. */
import type { components } from "../generated/openapi.ts"
import { literal, object, string } from "../http/input.ts"
import type { Router } from "../http/route.ts"
import type { RouteContext } from "./context.ts"

type Schemas = components["schemas"]

/** Registers the App Setup operations (public before sign-in, as the reference says). */
export const registerAppSetup = (router: Router, { store }: RouteContext): void => {
  const { app } = store
  router.route("get", "/v1/app/setup", {}, () => app.view(), "optional")
  router.route("post", "/v1/app/setup/start", {}, () => app.start(), "none")
  router.route(
    "post",
    "/v1/app/setup/email",
    { body: object<Schemas["AppSetupEmailRequest"]>({ email: string(), setupRequestID: string() }), bodyRequired: true },
    ({ body }) => {
      app.sendCode(body.setupRequestID, body.email)
    },
    "none",
  )
  router.route(
    "post",
    "/v1/app/setup/response",
    { body: object<Schemas["AppSetupResponseRequest"]>({ response: string(), setupRequestID: string() }), bodyRequired: true },
    ({ body }) => app.respond(body.setupRequestID, body.response),
    "none",
  )
  router.route(
    "post",
    "/v1/app/setup/register",
    {
      body: object<Schemas["AppSetupRegisterRequest"]>({ acceptTerms: literal(true), leadToken: string(), setupRequestID: string(), username: string({ minLength: 1 }) }),
      bodyRequired: true,
    },
    ({ body }) => app.register(body),
    "none",
  )
}
