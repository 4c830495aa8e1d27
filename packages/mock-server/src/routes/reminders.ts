/** POST and DELETE /v1/chats/{chatID}/reminders. */
import type { components } from "../generated/openapi.ts"
import { boolean, dateTime, object, optional } from "../http/input.ts"
import type { Router } from "../http/route.ts"
import type { RouteContext } from "./context.ts"

type Schemas = components["schemas"]

/** Registers the Reminders operations. */
export const registerReminders = (router: Router, { store }: RouteContext): void => {
  router.route(
    "post",
    "/v1/chats/{chatID}/reminders",
    {
      body: object<Schemas["ChatReminderCreateRequest"]>({
        reminder: object<Schemas["ChatReminderInput"]>({ remindAt: dateTime(), dismissOnIncomingMessage: optional(boolean()) }),
      }),
      bodyRequired: true,
    },
    ({ path, body }) => {
      store.chatUpdates.setReminder(store.records.requireChat(path.chatID), body.reminder)
    },
  )
  router.route("delete", "/v1/chats/{chatID}/reminders", {}, ({ path }) => {
    store.chatUpdates.clearReminder(store.records.requireChat(path.chatID))
  })
}
