// generated — do not edit.
// Source: spec/openapi.yaml · generator: @hey-api/openapi-ts 0.99.0 + @beeper-kit/effect-schema plugin · regenerate with `pnpm generate`.

// The `BeeperDesktop` service's API as named, documented types: the resource tree (`BeeperDesktopResources`, one
// interface per group), each operation's input, and its Stream forms when it is paginated. Type-only: the
// service builds its methods from the endpoint table (ResourceTree.ts) and is typed with these interfaces.

import type { Effect, Stream } from "effect"
import type { PaginationError, RequestError } from "../BeeperError.ts"
import type { CallOptions, StreamOptions } from "../CallOptions.ts"
import type { Endpoints } from "./endpoints.ts"
import type { Account, AppRecoveryKeyResetConfirmResponse, AppRecoveryKeyResetResponse, AppRecoveryKeyVerifyResponse, AppSetupResponseResult, AppSetupStartResponse, AppSetupSuccess, AppStateSnapshot, AssetDownloadResponse, AssetUploadBase64Response, Bridge, BridgeListResponse, BridgeLogin, BridgeLoginListResponse, BridgeLoginRemoveResponse, BridgeLoginRemoveScope, Chat, ChatCreateResponse, ChatDraftInput, ChatListPage, ChatReminderInput, ChatSearchPage, ChatStartUser, ChatWithPreview, ContactListPage, ContactSearchResponse, CookieField, FocusResponse, GetAccountsOutput, InfoRetrieveResponse, Label, LoginFlowListResponse, LoginInputField, LoginSession, LoginSessionCancelResponse, Message, MessageListPage, MessageSearchPage, MessageSendAttachment, MessageSendResponse, MessageTextInput, MessageUpdateResponse, ProvisioningCapabilities, Reaction, ReactionAddResponse, ReactionDeleteResponse, SearchResponse, User, Verification, VerificationActionResult, VerificationListResponse } from "./models.ts"

/**
 * The input of `accounts.contacts.list` (`GET /v1/accounts/{accountID}/contacts/list`): its path, query and
 * header parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AccountsContactsListInput {
  /** Account ID this resource belongs to. */
  readonly accountID: string
  /** Opaque pagination cursor; do not inspect. Use together with 'direction'. */
  readonly cursor?: string | undefined
  /**
   * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results.
   * Defaults to 'before' when only 'cursor' is provided.
   */
  readonly direction?: "after" | "before" | undefined
  /**
   * Maximum contacts to return per page.
   * @default 50
   */
  readonly limit?: number | undefined
  /** Optional search query for blended contact lookup. */
  readonly query?: string | undefined
}

/**
 * The input of `accounts.contacts.list`'s Stream forms: its input without `cursor` and `direction`, which the
 * Stream supplies.
 * @since 1.0.0
 * @category Inputs
 */
export interface AccountsContactsListStreamInput {
  /** Account ID this resource belongs to. */
  readonly accountID: string
  /**
   * Maximum contacts to return per page.
   * @default 50
   */
  readonly limit?: number | undefined
  /** Optional search query for blended contact lookup. */
  readonly query?: string | undefined
}

/**
 * The Stream forms of `accounts.contacts.list`, which is cursor-paginated: they follow the cursors lazily in
 * `options.direction`.
 * @since 1.0.0
 * @category Resources
 */
export interface AccountsContactsListStreams extends WithEndpoint<"accounts.contacts.list"> {
  /** Every item of every page of `accounts.contacts.list`, fetched as the Stream is read (constant memory). */
  readonly stream: (input: AccountsContactsListStreamInput, options?: StreamOptions) => Stream.Stream<User, PaginationError>
  /** Every page of `accounts.contacts.list` (items with their cursors), fetched as the Stream is read. */
  readonly pages: (input: AccountsContactsListStreamInput, options?: StreamOptions) => Stream.Stream<ContactListPage, PaginationError>
}

/**
 * The input of `accounts.contacts.search` (`GET /v1/accounts/{accountID}/contacts`): its path, query and header
 * parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AccountsContactsSearchInput {
  /** Account ID this resource belongs to. */
  readonly accountID: string
  /** Text to search users by. Network-specific behavior. */
  readonly query: string
}

/**
 * The input of `accounts.list` (`GET /v1/accounts`): its path, query and header parameters and body fields, in
 * one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AccountsListInput {}

/**
 * The input of `accounts.retrieve` (`GET /v1/accounts/{accountID}`): its path, query and header parameters and
 * body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AccountsRetrieveInput {
  /**
   * Account ID this resource belongs to (e.g. `matrix`, `discordgo`, `slackgo.TEAM-USER`,
   * `local-whatsapp_ba_...`).
   */
  readonly accountID: string
}

/**
 * The input of `app.setup.email` (`POST /v1/app/setup/email`): its path, query and header parameters and body
 * fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AppSetupEmailInput {
  /** Email address to send the sign-in code to. */
  readonly email: string
  /** Setup request ID returned by the start step. */
  readonly setupRequestID: string
}

/**
 * The input of `app.setup.recoveryKey.reset.confirm` (`POST
 * /v1/app/setup/verification/recovery-key/reset/confirm`): its path, query and header parameters and body
 * fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AppSetupRecoveryKeyResetConfirmInput {
  /** New recovery key returned by the reset step. */
  readonly recoveryKey: string
}

/**
 * The input of `app.setup.recoveryKey.reset.create` (`POST /v1/app/setup/verification/recovery-key/reset`): its
 * path, query and header parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AppSetupRecoveryKeyResetCreateInput {
  /** Existing recovery key, if the user has it. */
  readonly existingRecoveryKey?: string | undefined
}

/**
 * The input of `app.setup.recoveryKey.verify` (`POST /v1/app/setup/verification/recovery-key`): its path, query
 * and header parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AppSetupRecoveryKeyVerifyInput {
  /** Recovery key saved by the user. */
  readonly recoveryKey: string
}

/**
 * The input of `app.setup.register` (`POST /v1/app/setup/register`): its path, query and header parameters and
 * body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AppSetupRegisterInput {
  /**
   * Confirms that the user agreed to the terms of use (https://www.beeper.com/terms-onboarding) and has
   * read the privacy policy (https://www.beeper.com/privacy).
   */
  readonly acceptTerms: true
  /** Registration token returned by Beeper. */
  readonly leadToken: string
  /** Setup request ID returned by the start step. */
  readonly setupRequestID: string
  /** Username selected by the user. */
  readonly username: string
}

/**
 * The input of `app.setup.response` (`POST /v1/app/setup/response`): its path, query and header parameters and
 * body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AppSetupResponseInput {
  /** Sign-in code from the user email. */
  readonly response: string
  /** Setup request ID returned by the start step. */
  readonly setupRequestID: string
}

/**
 * The input of `app.setup.retrieve` (`GET /v1/app/setup`): its path, query and header parameters and body
 * fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AppSetupRetrieveInput {}

/**
 * The input of `app.setup.start` (`POST /v1/app/setup/start`): its path, query and header parameters and body
 * fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AppSetupStartInput {}

/**
 * The input of `app.setup.verifications.accept` (`POST /v1/app/setup/verifications/{verificationID}/accept`):
 * its path, query and header parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AppSetupVerificationsAcceptInput {
  /** Verification ID (the `id` of a Verification). Send it URL-encoded. */
  readonly verificationID: string
}

/**
 * The input of `app.setup.verifications.cancel` (`POST /v1/app/setup/verifications/{verificationID}/cancel`):
 * its path, query and header parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AppSetupVerificationsCancelInput {
  /** Verification ID (the `id` of a Verification). Send it URL-encoded. */
  readonly verificationID: string
  /** Optional cancellation code. */
  readonly code?: string | undefined
  /** Optional user-facing cancellation reason. */
  readonly reason?: string | undefined
}

/**
 * The input of `app.setup.verifications.create` (`POST /v1/app/setup/verifications`): its path, query and header
 * parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AppSetupVerificationsCreateInput {
  /** Why this verification is being started. */
  readonly purpose?: "login" | "device" | undefined
  /** Beeper user ID to verify. Defaults to the signed-in user. */
  readonly userID?: string | undefined
}

/**
 * The input of `app.setup.verifications.list` (`GET /v1/app/setup/verifications`): its path, query and header
 * parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AppSetupVerificationsListInput {}

/**
 * The input of `app.setup.verifications.qr.confirmScanned` (`POST
 * /v1/app/setup/verifications/{verificationID}/qr/confirm-scanned`): its path, query and header parameters and
 * body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AppSetupVerificationsQrConfirmScannedInput {
  /** Verification ID (the `id` of a Verification). Send it URL-encoded. */
  readonly verificationID: string
}

/**
 * The input of `app.setup.verifications.qr.scan` (`POST /v1/app/setup/verifications/qr/scan`): its path, query
 * and header parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AppSetupVerificationsQrScanInput {
  /** QR code payload scanned from the other device. */
  readonly data: string
}

/**
 * The input of `app.setup.verifications.retrieve` (`GET /v1/app/setup/verifications/{verificationID}`): its
 * path, query and header parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AppSetupVerificationsRetrieveInput {
  /** Verification ID (the `id` of a Verification). Send it URL-encoded. */
  readonly verificationID: string
}

/**
 * The input of `app.setup.verifications.sas.confirm` (`POST
 * /v1/app/setup/verifications/{verificationID}/sas/confirm`): its path, query and header parameters and body
 * fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AppSetupVerificationsSasConfirmInput {
  /** Verification ID (the `id` of a Verification). Send it URL-encoded. */
  readonly verificationID: string
}

/**
 * The input of `app.setup.verifications.sas.start` (`POST
 * /v1/app/setup/verifications/{verificationID}/sas/start`): its path, query and header parameters and body
 * fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AppSetupVerificationsSasStartInput {
  /** Verification ID (the `id` of a Verification). Send it URL-encoded. */
  readonly verificationID: string
}

/**
 * The input of `assets.download` (`POST /v1/assets/download`): its path, query and header parameters and body
 * fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AssetsDownloadInput {
  /** Matrix content URL (mxc:// or localmxc://) for the file to download. */
  readonly url: string
}

/**
 * The input of `assets.serve` (`GET /v1/assets/serve`): its path, query and header parameters and body fields,
 * in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AssetsServeInput {
  /** File URL to serve. Accepts mxc://, localmxc://, or file:// URLs. */
  readonly url: string
  /** Optional byte range (e.g. `bytes=0-1023`) for seeking in large files; the endpoint supports Range requests. */
  readonly range?: string | undefined
}

/**
 * The input of `assets.upload` (`POST /v1/assets/upload`): its path, query and header parameters and body
 * fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AssetsUploadInput {
  /** The file to upload (max 500 MB). */
  readonly file: Blob | Uint8Array
  /** Original filename. Defaults to the uploaded file name if omitted */
  readonly fileName?: string | undefined
  /** MIME type. Auto-detected from magic bytes if omitted */
  readonly mimeType?: string | undefined
}

/**
 * The input of `assets.uploadBase64` (`POST /v1/assets/upload/base64`): its path, query and header parameters
 * and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface AssetsUploadBase64Input {
  /** Base64-encoded file content (max ~500MB decoded) */
  readonly content: string
  /** Original filename. Generated if omitted */
  readonly fileName?: string | undefined
  /** MIME type. Auto-detected from magic bytes if omitted */
  readonly mimeType?: string | undefined
}

/**
 * The input of `bridges.list` (`GET /v1/bridges`): its path, query and header parameters and body fields, in one
 * object.
 * @since 1.0.0
 * @category Inputs
 */
export interface BridgesListInput {}

/**
 * The input of `bridges.loginFlows.list` (`GET /v1/bridges/{bridgeID}/login-flows`): its path, query and header
 * parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface BridgesLoginFlowsListInput {
  /** Bridge ID (e.g. `local-whatsapp`). */
  readonly bridgeID: string
}

/**
 * The input of `bridges.logins.list` (`GET /v1/bridges/{bridgeID}/logins`): its path, query and header
 * parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface BridgesLoginsListInput {
  /** Bridge ID (e.g. `local-whatsapp`). */
  readonly bridgeID: string
}

/**
 * The input of `bridges.logins.remove` (`POST /v1/bridges/{bridgeID}/logins/{loginID}/remove`): its path, query
 * and header parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface BridgesLoginsRemoveInput {
  /** Bridge ID (e.g. `local-whatsapp`). */
  readonly bridgeID: string
  /** Bridge login ID (e.g. `ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc`). */
  readonly loginID: string
  /** Where this bridge login should be removed. */
  readonly scope: BridgeLoginRemoveScope
}

/**
 * The input of `bridges.logins.retrieve` (`GET /v1/bridges/{bridgeID}/logins/{loginID}`): its path, query and
 * header parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface BridgesLoginsRetrieveInput {
  /** Bridge ID (e.g. `local-whatsapp`). */
  readonly bridgeID: string
  /** Bridge login ID (e.g. `ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc`). */
  readonly loginID: string
}

/**
 * The input of `bridges.loginSessions.cancel` (`DELETE /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}`):
 * its path, query and header parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface BridgesLoginSessionsCancelInput {
  /** Bridge ID (e.g. `local-whatsapp`). */
  readonly bridgeID: string
  /** Temporary bridge login session ID. */
  readonly loginSessionID: string
}

/**
 * The input of `bridges.loginSessions.create` (`POST /v1/bridges/{bridgeID}/login-sessions`): its path, query
 * and header parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface BridgesLoginSessionsCreateInput {
  /** Bridge ID (e.g. `local-whatsapp`). */
  readonly bridgeID: string
  /** Existing chat account ID to reconnect. Omit to connect a new account. */
  readonly accountID?: string | undefined
  /** Optional flow ID returned by the list login flows endpoint. If omitted, Beeper chooses the default flow. */
  readonly flowID?: string | undefined
  /** Existing bridge login ID to reconnect. Omit to connect a new account. */
  readonly loginID?: string | undefined
}

/**
 * The input of `bridges.loginSessions.retrieve` (`GET /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}`):
 * its path, query and header parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface BridgesLoginSessionsRetrieveInput {
  /** Bridge ID (e.g. `local-whatsapp`). */
  readonly bridgeID: string
  /** Temporary bridge login session ID. */
  readonly loginSessionID: string
}

/**
 * The input of `bridges.loginSessions.steps.submit` (`POST
 * /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}`): its path, query and header parameters
 * and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface BridgesLoginSessionsStepsSubmitInput {
  /** Bridge ID (e.g. `local-whatsapp`). */
  readonly bridgeID: string
  /** Temporary bridge login session ID. */
  readonly loginSessionID: string
  /** The `stepID` of the current step (from `currentStep.stepID` of the login session). */
  readonly stepID: string
  /** Type of the step being submitted (matches the current step's `type`). */
  readonly type: "user_input" | "cookies" | "display_and_wait"
  /**
   * Field values keyed by the field IDs from the current step (LoginInputField.id for user_input steps,
   * CookieField.id for cookies steps).
   */
  readonly fields?: { readonly [key: string]: string } | undefined
  /** Last browser URL reached during a cookies step, if available. */
  readonly lastURL?: string | undefined
  /**
   * How the step was completed. Omit unless the client needs to distinguish an embedded webview or browser
   * extension.
   */
  readonly source?: "api" | "webview" | "browser_extension" | undefined
}

/**
 * The input of `bridges.retrieve` (`GET /v1/bridges/{bridgeID}`): its path, query and header parameters and body
 * fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface BridgesRetrieveInput {
  /** Bridge ID (e.g. `local-whatsapp`). */
  readonly bridgeID: string
}

/**
 * The input of `bridges.retrieveCapabilities` (`GET /v1/bridges/{bridgeID}/capabilities`): its path, query and
 * header parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface BridgesRetrieveCapabilitiesInput {
  /** Bridge ID (e.g. `local-whatsapp`). */
  readonly bridgeID: string
}

/**
 * The input of `chats.archive` (`POST /v1/chats/{chatID}/archive`): its path, query and header parameters and
 * body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface ChatsArchiveInput {
  /** Chat ID or local chat ID. */
  readonly chatID: string
  /**
   * True to archive, false to unarchive
   * @default true
   */
  readonly archived?: boolean | undefined
}

/**
 * The input of `chats.create` (`POST /v1/chats`): its path, query and header parameters and body fields, in one
 * object.
 * @since 1.0.0
 * @category Inputs
 */
export interface ChatsCreateInput {
  /** Account to create or start the chat on. */
  readonly accountID: string
  /** Optional first message content if the platform requires it to create the chat. */
  readonly messageText?: string | undefined
  /** 'single' requires exactly one participantID; 'group' supports multiple participants and optional title. */
  readonly type: "single" | "group"
  /** User IDs to include in the new chat. */
  readonly participantIDs: ReadonlyArray<string>
  /** Optional title for group chats; ignored for single chats on most networks. */
  readonly title?: string | undefined
}

/**
 * The input of `chats.list` (`GET /v1/chats`): its path, query and header parameters and body fields, in one
 * object.
 * @since 1.0.0
 * @category Inputs
 */
export interface ChatsListInput {
  /** Opaque pagination cursor; do not inspect. Use together with 'direction'. */
  readonly cursor?: string | undefined
  /**
   * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results.
   * Defaults to 'before' when only 'cursor' is provided.
   */
  readonly direction?: "after" | "before" | undefined
  /** Limit to specific account IDs. If omitted, fetches from all accounts. */
  readonly accountIDs?: ReadonlyArray<string> | undefined
  /**
   * Set the maximum number of chats to retrieve. Valid range 1-200, default is 25.
   * @default 25
   */
  readonly limit?: number | undefined
}

/**
 * The input of `chats.list`'s Stream forms: its input without `cursor` and `direction`, which the Stream
 * supplies.
 * @since 1.0.0
 * @category Inputs
 */
export interface ChatsListStreamInput {
  /** Limit to specific account IDs. If omitted, fetches from all accounts. */
  readonly accountIDs?: ReadonlyArray<string> | undefined
  /**
   * Set the maximum number of chats to retrieve. Valid range 1-200, default is 25.
   * @default 25
   */
  readonly limit?: number | undefined
}

/**
 * The Stream forms of `chats.list`, which is cursor-paginated: they follow the cursors lazily in
 * `options.direction`.
 * @since 1.0.0
 * @category Resources
 */
export interface ChatsListStreams extends WithEndpoint<"chats.list"> {
  /** Every item of every page of `chats.list`, fetched as the Stream is read (constant memory). */
  readonly stream: (input?: ChatsListStreamInput, options?: StreamOptions) => Stream.Stream<ChatWithPreview, PaginationError>
  /** Every page of `chats.list` (items with their cursors), fetched as the Stream is read. */
  readonly pages: (input?: ChatsListStreamInput, options?: StreamOptions) => Stream.Stream<ChatListPage, PaginationError>
}

/**
 * The input of `chats.markRead` (`POST /v1/chats/{chatID}/read`): its path, query and header parameters and body
 * fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface ChatsMarkReadInput {
  /** Chat ID or local chat ID. */
  readonly chatID: string
  /** Optional message ID to mark read through. */
  readonly messageID?: string | undefined
}

/**
 * The input of `chats.markUnread` (`POST /v1/chats/{chatID}/unread`): its path, query and header parameters and
 * body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface ChatsMarkUnreadInput {
  /** Chat ID or local chat ID. */
  readonly chatID: string
  /** Optional message ID to mark unread from. */
  readonly messageID?: string | undefined
}

/**
 * The input of `chats.messages.reactions.add` (`POST /v1/chats/{chatID}/messages/{messageID}/reactions`): its
 * path, query and header parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface ChatsMessagesReactionsAddInput {
  /** Chat ID or local chat ID. */
  readonly chatID: string
  /** Message ID. */
  readonly messageID: string
  /** Reaction key to add (emoji, shortcode, or custom emoji key) */
  readonly reactionKey: string
  /** Optional transaction ID for deduplication and send tracking */
  readonly transactionID?: string | undefined
}

/**
 * The input of `chats.messages.reactions.delete` (`DELETE
 * /v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}`): its path, query and header parameters and
 * body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface ChatsMessagesReactionsDeleteInput {
  /** Chat ID or local chat ID. */
  readonly chatID: string
  /** Message ID. */
  readonly messageID: string
  /** Reaction key to remove (emoji, shortcode, or custom emoji key) */
  readonly reactionKey: string
}

/**
 * The input of `chats.messages.reactions.deleteByQuery` (`DELETE
 * /v1/chats/{chatID}/messages/{messageID}/reactions`): its path, query and header parameters and body fields, in
 * one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface ChatsMessagesReactionsDeleteByQueryInput {
  /**
   * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
   * IDs may contain `!`, `:`, `@` (e.g. `!NCdzlIaMjZUmvmvyHU:beeper.com`); percent-encode them in the path.
   */
  readonly chatID: string
  /** Message ID. */
  readonly messageID: string
  /** Reaction key to remove. */
  readonly reactionKey: string
}

/**
 * The input of `chats.notifyAnyway` (`POST /v1/chats/{chatID}/notify-anyway`): its path, query and header
 * parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface ChatsNotifyAnywayInput {
  /** Chat ID or local chat ID. */
  readonly chatID: string
  /** The request body. */
  readonly body?: { readonly [key: string]: unknown } | undefined
}

/**
 * The input of `chats.reminders.create` (`POST /v1/chats/{chatID}/reminders`): its path, query and header
 * parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface ChatsRemindersCreateInput {
  /** Chat ID or local chat ID. */
  readonly chatID: string
  readonly reminder: ChatReminderInput
}

/**
 * The input of `chats.reminders.delete` (`DELETE /v1/chats/{chatID}/reminders`): its path, query and header
 * parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface ChatsRemindersDeleteInput {
  /** Chat ID or local chat ID. */
  readonly chatID: string
}

/**
 * The input of `chats.retrieve` (`GET /v1/chats/{chatID}`): its path, query and header parameters and body
 * fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface ChatsRetrieveInput {
  /** Chat ID or local chat ID. */
  readonly chatID: string
  /**
   * Maximum number of participants to return. Use -1 for all; otherwise 0-500. Defaults to 100. List and search
   * endpoints return up to 20 participants per chat.
   * @default 100
   */
  readonly maxParticipantCount?: number | null | undefined
}

/**
 * The input of `chats.search` (`GET /v1/chats/search`): its path, query and header parameters and body fields,
 * in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface ChatsSearchInput {
  /** Opaque pagination cursor; do not inspect. Use together with 'direction'. */
  readonly cursor?: string | undefined
  /**
   * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results.
   * Defaults to 'before' when only 'cursor' is provided.
   */
  readonly direction?: "after" | "before" | undefined
  /**
   * Filter by inbox type: "primary" (non-archived, non-low-priority), "low-priority", or "archive". If not
   * specified, shows all chats.
   */
  readonly inbox?: "primary" | "low-priority" | "archive" | undefined
  /** Set to true to only retrieve chats that have unread messages */
  readonly unreadOnly?: boolean | null | undefined
  /**
   * Set the maximum number of chats to retrieve. Valid range: 1-200, default is 50
   * @default 50
   */
  readonly limit?: number | undefined
  /**
   * Specify the type of chats to retrieve: use "single" for direct messages, "group" for group chats, or "any" to
   * get all types
   * @default "any"
   */
  readonly type?: "single" | "group" | "any" | undefined
  /**
   * Literal token search (non-semantic). Use single words users type (e.g., "dinner"). When multiple words
   * provided, ALL must match. Case-insensitive.
   */
  readonly query?: string | undefined
  /**
   * Search scope: 'titles' matches title + network; 'participants' matches participant names.
   * @default "titles"
   */
  readonly scope?: "titles" | "participants" | undefined
  /** Provide an ISO datetime string to only retrieve chats with last activity before this time */
  readonly lastActivityBefore?: string | undefined
  /** Provide an ISO datetime string to only retrieve chats with last activity after this time */
  readonly lastActivityAfter?: string | undefined
  /** Provide an array of account IDs to filter chats from specific messaging accounts only */
  readonly accountIDs?: ReadonlyArray<string> | undefined
  /**
   * Include chats marked as Muted by the user, which are usually less important. Default: true. Set to false if
   * the user wants a more refined search.
   * @default true
   */
  readonly includeMuted?: boolean | null | undefined
  /** Only include chats that carry this label. Label IDs come from GET /v1/labels. */
  readonly labelID?: string | undefined
}

/**
 * The input of `chats.search`'s Stream forms: its input without `cursor` and `direction`, which the Stream
 * supplies.
 * @since 1.0.0
 * @category Inputs
 */
export interface ChatsSearchStreamInput {
  /**
   * Filter by inbox type: "primary" (non-archived, non-low-priority), "low-priority", or "archive". If not
   * specified, shows all chats.
   */
  readonly inbox?: "primary" | "low-priority" | "archive" | undefined
  /** Set to true to only retrieve chats that have unread messages */
  readonly unreadOnly?: boolean | null | undefined
  /**
   * Set the maximum number of chats to retrieve. Valid range: 1-200, default is 50
   * @default 50
   */
  readonly limit?: number | undefined
  /**
   * Specify the type of chats to retrieve: use "single" for direct messages, "group" for group chats, or "any" to
   * get all types
   * @default "any"
   */
  readonly type?: "single" | "group" | "any" | undefined
  /**
   * Literal token search (non-semantic). Use single words users type (e.g., "dinner"). When multiple words
   * provided, ALL must match. Case-insensitive.
   */
  readonly query?: string | undefined
  /**
   * Search scope: 'titles' matches title + network; 'participants' matches participant names.
   * @default "titles"
   */
  readonly scope?: "titles" | "participants" | undefined
  /** Provide an ISO datetime string to only retrieve chats with last activity before this time */
  readonly lastActivityBefore?: string | undefined
  /** Provide an ISO datetime string to only retrieve chats with last activity after this time */
  readonly lastActivityAfter?: string | undefined
  /** Provide an array of account IDs to filter chats from specific messaging accounts only */
  readonly accountIDs?: ReadonlyArray<string> | undefined
  /**
   * Include chats marked as Muted by the user, which are usually less important. Default: true. Set to false if
   * the user wants a more refined search.
   * @default true
   */
  readonly includeMuted?: boolean | null | undefined
  /** Only include chats that carry this label. Label IDs come from GET /v1/labels. */
  readonly labelID?: string | undefined
}

/**
 * The Stream forms of `chats.search`, which is cursor-paginated: they follow the cursors lazily in
 * `options.direction`.
 * @since 1.0.0
 * @category Resources
 */
export interface ChatsSearchStreams extends WithEndpoint<"chats.search"> {
  /** Every item of every page of `chats.search`, fetched as the Stream is read (constant memory). */
  readonly stream: (input?: ChatsSearchStreamInput, options?: StreamOptions) => Stream.Stream<Chat, PaginationError>
  /** Every page of `chats.search` (items with their cursors), fetched as the Stream is read. */
  readonly pages: (input?: ChatsSearchStreamInput, options?: StreamOptions) => Stream.Stream<ChatSearchPage, PaginationError>
}

/**
 * The input of `chats.start` (`POST /v1/chats/start`): its path, query and header parameters and body fields, in
 * one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface ChatsStartInput {
  /** Account to create or start the chat on. */
  readonly accountID: string
  /** Optional first message content if the platform requires it to create the chat. */
  readonly messageText?: string | undefined
  readonly user: ChatStartUser
  /**
   * Whether invite-based DM creation is allowed when required by the platform.
   * @default true
   */
  readonly allowInvite?: boolean | undefined
}

/**
 * The input of `chats.update` (`PATCH /v1/chats/{chatID}`): its path, query and header parameters and body
 * fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface ChatsUpdateInput {
  /** Chat ID or local chat ID. */
  readonly chatID: string
  readonly draft?: ChatDraftInput | undefined
  /** Custom chat title. Support depends on the chat account and chat permissions. */
  readonly title?: string | null | undefined
  /** Group chat description/topic. Support depends on the chat account and chat permissions. */
  readonly description?: string | null | undefined
  /** Local filesystem path to a group chat avatar image. Support depends on the chat account and chat permissions. */
  readonly imgURL?: string | null | undefined
  /** Archive or unarchive the chat. */
  readonly isArchived?: boolean | undefined
  /** Mark or unmark the chat as low priority when supported by the account. */
  readonly isLowPriority?: boolean | undefined
  /** Pin or unpin the chat when supported by the account. */
  readonly isPinned?: boolean | undefined
  /** Mute or unmute the chat. */
  readonly isMuted?: boolean | undefined
  /** Disappearing-message timer in seconds, or null to clear when supported. */
  readonly messageExpirySeconds?: number | null | undefined
}

/**
 * The input of `focus` (`POST /v1/focus`): its path, query and header parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface FocusInput {
  /**
   * Optional Beeper chat ID (or local chat ID) to focus after opening the app. If omitted, only opens/focuses the
   * app.
   */
  readonly chatID?: string | undefined
  /** Optional message ID. Jumps to that message in the chat when opening. */
  readonly messageID?: string | undefined
  /** Optional plain text to populate in the message input field. */
  readonly draftText?: string | undefined
  /** Optional image path to populate in the message input field. */
  readonly draftAttachmentPath?: string | undefined
}

/**
 * The input of `info.retrieve` (`GET /v1/info`): its path, query and header parameters and body fields, in one
 * object.
 * @since 1.0.0
 * @category Inputs
 */
export interface InfoRetrieveInput {}

/**
 * The input of `labels.list` (`GET /v1/labels`): its path, query and header parameters and body fields, in one
 * object.
 * @since 1.0.0
 * @category Inputs
 */
export interface LabelsListInput {}

/**
 * What `labels.list` succeeds with.
 * @since 1.0.0
 * @category Outputs
 */
export type LabelsListResponse = ReadonlyArray<Label>

/**
 * The input of `messages.delete` (`DELETE /v1/chats/{chatID}/messages/{messageID}`): its path, query and header
 * parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface MessagesDeleteInput {
  /** Chat ID or local chat ID. */
  readonly chatID: string
  /** Message ID. */
  readonly messageID: string
  /**
   * True to request deletion for everyone when the network supports it; false to delete only for the authenticated
   * user when supported.
   * @default true
   */
  readonly forEveryone?: boolean | null | undefined
}

/**
 * The input of `messages.list` (`GET /v1/chats/{chatID}/messages`): its path, query and header parameters and
 * body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface MessagesListInput {
  /** Chat ID or local chat ID. */
  readonly chatID: string
  /** Opaque pagination cursor; do not inspect. Use together with 'direction'. */
  readonly cursor?: string | undefined
  /**
   * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results.
   * Defaults to 'before' when only 'cursor' is provided.
   */
  readonly direction?: "after" | "before" | undefined
}

/**
 * The input of `messages.list`'s Stream forms: its input without `cursor` and `direction`, which the Stream
 * supplies.
 * @since 1.0.0
 * @category Inputs
 */
export interface MessagesListStreamInput {
  /** Chat ID or local chat ID. */
  readonly chatID: string
}

/**
 * The Stream forms of `messages.list`, which is cursor-paginated: they follow the cursors lazily in
 * `options.direction`.
 * @since 1.0.0
 * @category Resources
 */
export interface MessagesListStreams extends WithEndpoint<"messages.list"> {
  /** Every item of every page of `messages.list`, fetched as the Stream is read (constant memory). */
  readonly stream: (input: MessagesListStreamInput, options?: StreamOptions) => Stream.Stream<Message, PaginationError>
  /** Every page of `messages.list` (items with their cursors), fetched as the Stream is read. */
  readonly pages: (input: MessagesListStreamInput, options?: StreamOptions) => Stream.Stream<MessageListPage, PaginationError>
}

/**
 * The input of `messages.retrieve` (`GET /v1/chats/{chatID}/messages/{messageID}`): its path, query and header
 * parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface MessagesRetrieveInput {
  /** Chat ID or local chat ID. */
  readonly chatID: string
  /** Message ID. */
  readonly messageID: string
}

/**
 * The input of `messages.search` (`GET /v1/messages/search`): its path, query and header parameters and body
 * fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface MessagesSearchInput {
  /**
   * Literal word search (non-semantic). Finds messages containing these EXACT words in any order. Use single words
   * users actually type, not concepts or phrases. Example: use "dinner" not "dinner plans", use "sick" not "health
   * issues". If omitted, returns results filtered only by other parameters.
   */
  readonly query?: string | undefined
  /** Opaque pagination cursor; do not inspect. Use together with 'direction'. */
  readonly cursor?: string | undefined
  /**
   * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results.
   * Defaults to 'before' when only 'cursor' is provided.
   */
  readonly direction?: "after" | "before" | undefined
  /** Limit search to specific chat IDs. */
  readonly chatIDs?: ReadonlyArray<string> | undefined
  /** Limit search to specific account IDs. */
  readonly accountIDs?: ReadonlyArray<string> | undefined
  /** Filter by chat type: 'group' for group chats, 'single' for 1:1 chats. */
  readonly chatType?: "group" | "single" | undefined
  /**
   * Filter messages by media types. Use ['any'] for any media type, or specify exact types like ['video',
   * 'image']. Omit for no media filtering.
   */
  readonly mediaTypes?: ReadonlyArray<"any" | "video" | "image" | "link" | "file"> | undefined
  /**
   * Filter by sender: 'me' (messages sent by the authenticated user), 'others' (messages sent by others), or a
   * specific user ID string (user.id).
   */
  readonly sender?: string | undefined
  /**
   * Only include messages with timestamp strictly after this ISO 8601 datetime (e.g., '2024-07-01T00:00:00Z' or
   * '2024-07-01T00:00:00+02:00').
   */
  readonly dateAfter?: string | undefined
  /**
   * Only include messages with timestamp strictly before this ISO 8601 datetime (e.g., '2024-07-31T23:59:59Z' or
   * '2024-07-31T23:59:59+02:00').
   */
  readonly dateBefore?: string | undefined
  /**
   * Maximum number of messages to return.
   * @default 20
   */
  readonly limit?: number | undefined
  /**
   * Exclude messages marked Low Priority by the user. Default: true. Set to false to include all.
   * @default true
   */
  readonly excludeLowPriority?: boolean | null | undefined
  /**
   * Include messages in chats marked as Muted by the user, which are usually less important. Default: true. Set to
   * false if the user wants a more refined search.
   * @default true
   */
  readonly includeMuted?: boolean | null | undefined
}

/**
 * The input of `messages.search`'s Stream forms: its input without `cursor` and `direction`, which the Stream
 * supplies.
 * @since 1.0.0
 * @category Inputs
 */
export interface MessagesSearchStreamInput {
  /**
   * Literal word search (non-semantic). Finds messages containing these EXACT words in any order. Use single words
   * users actually type, not concepts or phrases. Example: use "dinner" not "dinner plans", use "sick" not "health
   * issues". If omitted, returns results filtered only by other parameters.
   */
  readonly query?: string | undefined
  /** Limit search to specific chat IDs. */
  readonly chatIDs?: ReadonlyArray<string> | undefined
  /** Limit search to specific account IDs. */
  readonly accountIDs?: ReadonlyArray<string> | undefined
  /** Filter by chat type: 'group' for group chats, 'single' for 1:1 chats. */
  readonly chatType?: "group" | "single" | undefined
  /**
   * Filter messages by media types. Use ['any'] for any media type, or specify exact types like ['video',
   * 'image']. Omit for no media filtering.
   */
  readonly mediaTypes?: ReadonlyArray<"any" | "video" | "image" | "link" | "file"> | undefined
  /**
   * Filter by sender: 'me' (messages sent by the authenticated user), 'others' (messages sent by others), or a
   * specific user ID string (user.id).
   */
  readonly sender?: string | undefined
  /**
   * Only include messages with timestamp strictly after this ISO 8601 datetime (e.g., '2024-07-01T00:00:00Z' or
   * '2024-07-01T00:00:00+02:00').
   */
  readonly dateAfter?: string | undefined
  /**
   * Only include messages with timestamp strictly before this ISO 8601 datetime (e.g., '2024-07-31T23:59:59Z' or
   * '2024-07-31T23:59:59+02:00').
   */
  readonly dateBefore?: string | undefined
  /**
   * Maximum number of messages to return.
   * @default 20
   */
  readonly limit?: number | undefined
  /**
   * Exclude messages marked Low Priority by the user. Default: true. Set to false to include all.
   * @default true
   */
  readonly excludeLowPriority?: boolean | null | undefined
  /**
   * Include messages in chats marked as Muted by the user, which are usually less important. Default: true. Set to
   * false if the user wants a more refined search.
   * @default true
   */
  readonly includeMuted?: boolean | null | undefined
}

/**
 * The Stream forms of `messages.search`, which is cursor-paginated: they follow the cursors lazily in
 * `options.direction`.
 * @since 1.0.0
 * @category Resources
 */
export interface MessagesSearchStreams extends WithEndpoint<"messages.search"> {
  /** Every item of every page of `messages.search`, fetched as the Stream is read (constant memory). */
  readonly stream: (input?: MessagesSearchStreamInput, options?: StreamOptions) => Stream.Stream<Message, PaginationError>
  /** Every page of `messages.search` (items with their cursors), fetched as the Stream is read. */
  readonly pages: (input?: MessagesSearchStreamInput, options?: StreamOptions) => Stream.Stream<MessageSearchPage, PaginationError>
}

/**
 * The input of `messages.send` (`POST /v1/chats/{chatID}/messages`): its path, query and header parameters and
 * body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface MessagesSendInput {
  /** Chat ID or local chat ID. */
  readonly chatID: string
  /**
   * Text input. Markdown is converted to Matrix HTML. To provide Matrix HTML verbatim, pass a JSON-stringified
   * HTML string.
   */
  readonly text?: MessageTextInput | undefined
  /** Provide a message ID to send this as a reply to an existing message */
  readonly replyToMessageID?: string | undefined
  /** Single attachment to send with the message */
  readonly attachment?: MessageSendAttachment | undefined
}

/**
 * The input of `messages.update` (`PUT /v1/chats/{chatID}/messages/{messageID}`): its path, query and header
 * parameters and body fields, in one object.
 * @since 1.0.0
 * @category Inputs
 */
export interface MessagesUpdateInput {
  /** Chat ID or local chat ID. */
  readonly chatID: string
  /** Message ID. */
  readonly messageID: string
  /** New text content for the message */
  readonly text: string
}

/**
 * The input of `search` (`GET /v1/search`): its path, query and header parameters and body fields, in one
 * object.
 * @since 1.0.0
 * @category Inputs
 */
export interface SearchInput {
  /** User-typed search text. Literal word matching (non-semantic). */
  readonly query: string
}

/**
 * Every operation of the Beeper Desktop API, as the resource tree of the `BeeperDesktop` service:
 * `beeper.chats.list(...)`, `beeper.chats.messages.reactions.add(...)`, ... (61 operations).
 * @since 1.0.0
 * @category Resources
 */
export interface BeeperDesktopResources {
  /** The `accounts` operations (4): `contacts.list`, `contacts.search`, `list`, `retrieve`. */
  readonly accounts: AccountsApi
  /**
   * The `app` operations (17): `setup.email`, `setup.recoveryKey.reset.confirm`, `setup.recoveryKey.reset.create`,
   * `setup.recoveryKey.verify`, `setup.register`, `setup.response`, `setup.retrieve`, `setup.start`,
   * `setup.verifications.accept`, `setup.verifications.cancel`, `setup.verifications.create`,
   * `setup.verifications.list`, `setup.verifications.qr.confirmScanned`, `setup.verifications.qr.scan`,
   * `setup.verifications.retrieve`, `setup.verifications.sas.confirm`, `setup.verifications.sas.start`.
   */
  readonly app: AppApi
  /** The `assets` operations (4): `download`, `serve`, `upload`, `uploadBase64`. */
  readonly assets: AssetsApi
  /**
   * The `bridges` operations (11): `list`, `loginFlows.list`, `logins.list`, `logins.remove`, `logins.retrieve`,
   * `loginSessions.cancel`, `loginSessions.create`, `loginSessions.retrieve`, `loginSessions.steps.submit`,
   * `retrieve`, `retrieveCapabilities`.
   */
  readonly bridges: BridgesApi
  /**
   * The `chats` operations (15): `archive`, `create`, `list`, `markRead`, `markUnread`, `messages.reactions.add`,
   * `messages.reactions.delete`, `messages.reactions.deleteByQuery`, `notifyAnyway`, `reminders.create`,
   * `reminders.delete`, `retrieve`, `search`, `start`, `update`.
   */
  readonly chats: ChatsApi
  /**
   * Focus Beeper Desktop app
   *
   * Focus Beeper Desktop and optionally navigate to a specific chat, message, or pre-fill plain text and an image
   * path.
   *
   * `POST /v1/focus`
   *
   * @example
   * ```ts
   * const result = yield* beeper.focus()
   * ```
   */
  readonly focus: ((input?: FocusInput, options?: CallOptions) => Effect.Effect<FocusResponse, RequestError>) & WithEndpoint<"focus">
  /** The `info` operations (1): `retrieve`. */
  readonly info: InfoApi
  /** The `labels` operations (1): `list`. */
  readonly labels: LabelsApi
  /** The `messages` operations (6): `delete`, `list`, `retrieve`, `search`, `send`, `update`. */
  readonly messages: MessagesApi
  /**
   * Search
   *
   * Returns matching chats, participant name matches in groups, and the first page of messages in one call.
   * Paginate messages via search-messages. Paginate chats via search-chats.
   *
   * `GET /v1/search`
   *
   * @example
   * ```ts
   * const result = yield* beeper.search({ query: "<query>" })
   * ```
   */
  readonly search: ((input: SearchInput, options?: CallOptions) => Effect.Effect<SearchResponse, RequestError>) & WithEndpoint<"search">
}

/**
 * The `accounts` operations (4): `contacts.list`, `contacts.search`, `list`, `retrieve`. Reached as
 * `beeper.accounts`.
 * @since 1.0.0
 * @category Resources
 */
export interface AccountsApi {
  /** The `accounts.contacts` operations (2): `list`, `search`. */
  readonly contacts: AccountsContactsApi
  /**
   * List Chat Accounts
   *
   * List Chat Accounts connected to this Beeper Desktop instance, including bridge metadata and network identity.
   *
   * `GET /v1/accounts`
   *
   * @example
   * ```ts
   * const result = yield* beeper.accounts.list()
   * ```
   */
  readonly list: ((input?: AccountsListInput, options?: CallOptions) => Effect.Effect<GetAccountsOutput, RequestError>) & WithEndpoint<"accounts.list">
  /**
   * Get chat account
   *
   * Get one chat account connected to this Beeper Client API server.
   *
   * `GET /v1/accounts/{accountID}`
   *
   * @example
   * ```ts
   * const result = yield* beeper.accounts.retrieve({ accountID: "<accountID>" })
   * ```
   */
  readonly retrieve: ((input: AccountsRetrieveInput, options?: CallOptions) => Effect.Effect<Account, RequestError>) & WithEndpoint<"accounts.retrieve">
}

/**
 * The `accounts.contacts` operations (2): `list`, `search`. Reached as `beeper.accounts.contacts`.
 * @since 1.0.0
 * @category Resources
 */
export interface AccountsContactsApi {
  /**
   * List contacts
   *
   * List merged contacts for a specific account with cursor-based pagination.
   *
   * `GET /v1/accounts/{accountID}/contacts/list` · one page per call; `.stream` reads every item of every page,
   * `.pages` every page.
   *
   * @example
   * ```ts
   * const page = yield* beeper.accounts.contacts.list({ accountID: "<accountID>" })
   * // items across pages, each page fetched when the Stream reaches it:
   * const first100 = yield* beeper.accounts.contacts.list.stream({ accountID: "<accountID>" }).pipe(Stream.take(100), Stream.runCollect)
   * ```
   */
  readonly list: ((input: AccountsContactsListInput, options?: CallOptions) => Effect.Effect<ContactListPage, RequestError>) & AccountsContactsListStreams
  /**
   * Search contacts
   *
   * Search contacts on a specific account using merged account contacts, network search, and exact identifier
   * lookup.
   *
   * `GET /v1/accounts/{accountID}/contacts`
   *
   * @example
   * ```ts
   * const result = yield* beeper.accounts.contacts.search({ accountID: "<accountID>", query: "<query>" })
   * ```
   */
  readonly search: ((input: AccountsContactsSearchInput, options?: CallOptions) => Effect.Effect<ContactSearchResponse, RequestError>) & WithEndpoint<"accounts.contacts.search">
}

/**
 * The `app` operations (17): `setup.email`, `setup.recoveryKey.reset.confirm`, `setup.recoveryKey.reset.create`,
 * `setup.recoveryKey.verify`, `setup.register`, `setup.response`, `setup.retrieve`, `setup.start`,
 * `setup.verifications.accept`, `setup.verifications.cancel`, `setup.verifications.create`,
 * `setup.verifications.list`, `setup.verifications.qr.confirmScanned`, `setup.verifications.qr.scan`,
 * `setup.verifications.retrieve`, `setup.verifications.sas.confirm`, `setup.verifications.sas.start`. Reached as
 * `beeper.app`.
 * @since 1.0.0
 * @category Resources
 */
export interface AppApi {
  /**
   * The `app.setup` operations (17): `email`, `recoveryKey.reset.confirm`, `recoveryKey.reset.create`,
   * `recoveryKey.verify`, `register`, `response`, `retrieve`, `start`, `verifications.accept`,
   * `verifications.cancel`, `verifications.create`, `verifications.list`, `verifications.qr.confirmScanned`,
   * `verifications.qr.scan`, `verifications.retrieve`, `verifications.sas.confirm`, `verifications.sas.start`.
   */
  readonly setup: AppSetupApi
}

/**
 * The `app.setup` operations (17): `email`, `recoveryKey.reset.confirm`, `recoveryKey.reset.create`,
 * `recoveryKey.verify`, `register`, `response`, `retrieve`, `start`, `verifications.accept`,
 * `verifications.cancel`, `verifications.create`, `verifications.list`, `verifications.qr.confirmScanned`,
 * `verifications.qr.scan`, `verifications.retrieve`, `verifications.sas.confirm`, `verifications.sas.start`.
 * Reached as `beeper.app.setup`.
 * @since 1.0.0
 * @category Resources
 */
export interface AppSetupApi {
  /**
   * Send setup sign-in code
   *
   * Send a sign-in code to the user email address for app setup. Public (no auth). Success has an empty body.
   *
   * `POST /v1/app/setup/email`
   *
   * @example
   * ```ts
   * yield* beeper.app.setup.email({ email: "<email>", setupRequestID: "<setupRequestID>" })
   * ```
   */
  readonly email: ((input: AppSetupEmailInput, options?: CallOptions) => Effect.Effect<void, RequestError>) & WithEndpoint<"app.setup.email">
  /** The `app.setup.recoveryKey` operations (3): `reset.confirm`, `reset.create`, `verify`. */
  readonly recoveryKey: AppSetupRecoveryKeyApi
  /**
   * Create account for setup
   *
   * Create a Beeper account after the user chooses a username and accepts the Terms of Use. Public (no auth).
   *
   * `POST /v1/app/setup/register`
   *
   * @example
   * ```ts
   * const result = yield* beeper.app.setup.register({
   *   acceptTerms: true,
   *   leadToken: "<leadToken>",
   *   setupRequestID: "<setupRequestID>",
   *   username: "<username>",
   * })
   * ```
   */
  readonly register: ((input: AppSetupRegisterInput, options?: CallOptions) => Effect.Effect<AppSetupSuccess, RequestError>) & WithEndpoint<"app.setup.register">
  /**
   * Complete setup sign-in with code
   *
   * Finish setup sign-in with the code sent to the user email address. If the user needs a new account, the
   * response includes account creation copy and username suggestions (`registrationRequired: true`);
   * otherwise it returns the account credentials and the setup state. Public (no auth).
   *
   * `POST /v1/app/setup/response`
   *
   * @example
   * ```ts
   * const result = yield* beeper.app.setup.response({
   *   response: "<response>",
   *   setupRequestID: "<setupRequestID>",
   * })
   * ```
   */
  readonly response: ((input: AppSetupResponseInput, options?: CallOptions) => Effect.Effect<AppSetupResponseResult, RequestError>) & WithEndpoint<"app.setup.response">
  /**
   * Get Beeper app setup state
   *
   * Return the current Beeper Desktop or Beeper Server sign-in and encrypted messaging setup state. This
   * endpoint is public before sign-in so apps can discover that sign-in is needed; after sign-in, pass a
   * read token.
   *
   * `GET /v1/app/setup`
   *
   * @example
   * ```ts
   * const result = yield* beeper.app.setup.retrieve()
   * ```
   */
  readonly retrieve: ((input?: AppSetupRetrieveInput, options?: CallOptions) => Effect.Effect<AppStateSnapshot, RequestError>) & WithEndpoint<"app.setup.retrieve">
  /**
   * Start Beeper app setup
   *
   * Start setting up Beeper Desktop or Beeper Server. The flow supports existing Beeper accounts and new
   * account creation. Public (no auth): the app is not signed in yet.
   *
   * `POST /v1/app/setup/start`
   *
   * @example
   * ```ts
   * const result = yield* beeper.app.setup.start()
   * ```
   */
  readonly start: ((input?: AppSetupStartInput, options?: CallOptions) => Effect.Effect<AppSetupStartResponse, RequestError>) & WithEndpoint<"app.setup.start">
  /**
   * The `app.setup.verifications` operations (9): `accept`, `cancel`, `create`, `list`, `qr.confirmScanned`,
   * `qr.scan`, `retrieve`, `sas.confirm`, `sas.start`.
   */
  readonly verifications: AppSetupVerificationsApi
}

/**
 * The `app.setup.recoveryKey` operations (3): `reset.confirm`, `reset.create`, `verify`. Reached as
 * `beeper.app.setup.recoveryKey`.
 * @since 1.0.0
 * @category Resources
 */
export interface AppSetupRecoveryKeyApi {
  /** The `app.setup.recoveryKey.reset` operations (2): `confirm`, `create`. */
  readonly reset: AppSetupRecoveryKeyResetApi
  /**
   * Verify with recovery key
   *
   * Unlock encrypted messages with the user recovery key.
   *
   * `POST /v1/app/setup/verification/recovery-key`
   *
   * @example
   * ```ts
   * const result = yield* beeper.app.setup.recoveryKey.verify({ recoveryKey: "<recoveryKey>" })
   * ```
   */
  readonly verify: ((input: AppSetupRecoveryKeyVerifyInput, options?: CallOptions) => Effect.Effect<AppRecoveryKeyVerifyResponse, RequestError>) & WithEndpoint<"app.setup.recoveryKey.verify">
}

/**
 * The `app.setup.recoveryKey.reset` operations (2): `confirm`, `create`. Reached as
 * `beeper.app.setup.recoveryKey.reset`.
 * @since 1.0.0
 * @category Resources
 */
export interface AppSetupRecoveryKeyResetApi {
  /**
   * Confirm new recovery key
   *
   * Confirm that the new recovery key should be used for this account.
   *
   * `POST /v1/app/setup/verification/recovery-key/reset/confirm`
   *
   * @example
   * ```ts
   * const result = yield* beeper.app.setup.recoveryKey.reset.confirm({ recoveryKey: "<recoveryKey>" })
   * ```
   */
  readonly confirm: ((input: AppSetupRecoveryKeyResetConfirmInput, options?: CallOptions) => Effect.Effect<AppRecoveryKeyResetConfirmResponse, RequestError>) & WithEndpoint<"app.setup.recoveryKey.reset.confirm">
  /**
   * Create new recovery key
   *
   * Create a new recovery key when the user cannot use the existing one. The body is optional. Confirm the
   * new key with `POST /v1/app/setup/verification/recovery-key/reset/confirm`.
   *
   * `POST /v1/app/setup/verification/recovery-key/reset`
   *
   * @example
   * ```ts
   * const result = yield* beeper.app.setup.recoveryKey.reset.create()
   * ```
   */
  readonly create: ((input?: AppSetupRecoveryKeyResetCreateInput, options?: CallOptions) => Effect.Effect<AppRecoveryKeyResetResponse, RequestError>) & WithEndpoint<"app.setup.recoveryKey.reset.create">
}

/**
 * The `app.setup.verifications` operations (9): `accept`, `cancel`, `create`, `list`, `qr.confirmScanned`,
 * `qr.scan`, `retrieve`, `sas.confirm`, `sas.start`. Reached as `beeper.app.setup.verifications`.
 * @since 1.0.0
 * @category Resources
 */
export interface AppSetupVerificationsApi {
  /**
   * Accept device verification
   *
   * Accept an incoming device verification request. No request body.
   *
   * `POST /v1/app/setup/verifications/{verificationID}/accept`
   *
   * @example
   * ```ts
   * const result = yield* beeper.app.setup.verifications.accept({ verificationID: "<verificationID>" })
   * ```
   */
  readonly accept: ((input: AppSetupVerificationsAcceptInput, options?: CallOptions) => Effect.Effect<VerificationActionResult, RequestError>) & WithEndpoint<"app.setup.verifications.accept">
  /**
   * Cancel device verification
   *
   * Cancel an active device verification request. The body and all its fields are optional.
   *
   * `POST /v1/app/setup/verifications/{verificationID}/cancel`
   *
   * @example
   * ```ts
   * const result = yield* beeper.app.setup.verifications.cancel({ verificationID: "<verificationID>" })
   * ```
   */
  readonly cancel: ((input: AppSetupVerificationsCancelInput, options?: CallOptions) => Effect.Effect<VerificationActionResult, RequestError>) & WithEndpoint<"app.setup.verifications.cancel">
  /**
   * Start device verification
   *
   * Start verifying this device from another signed-in device. The body and all its fields are optional.
   *
   * `POST /v1/app/setup/verifications`
   *
   * @example
   * ```ts
   * const result = yield* beeper.app.setup.verifications.create()
   * ```
   */
  readonly create: ((input?: AppSetupVerificationsCreateInput, options?: CallOptions) => Effect.Effect<VerificationActionResult, RequestError>) & WithEndpoint<"app.setup.verifications.create">
  /**
   * List active verifications
   *
   * List pending and active device verifications. Use this to recover state without a WebSocket connection.
   * Not paginated: the whole list is returned in `items`.
   *
   * `GET /v1/app/setup/verifications`
   *
   * @example
   * ```ts
   * const result = yield* beeper.app.setup.verifications.list()
   * ```
   */
  readonly list: ((input?: AppSetupVerificationsListInput, options?: CallOptions) => Effect.Effect<VerificationListResponse, RequestError>) & WithEndpoint<"app.setup.verifications.list">
  /** The `app.setup.verifications.qr` operations (2): `confirmScanned`, `scan`. */
  readonly qr: AppSetupVerificationsQrApi
  /**
   * Get verification
   *
   * Get the current state of a device verification transaction.
   *
   * `GET /v1/app/setup/verifications/{verificationID}`
   *
   * @example
   * ```ts
   * const result = yield* beeper.app.setup.verifications.retrieve({ verificationID: "<verificationID>" })
   * ```
   */
  readonly retrieve: ((input: AppSetupVerificationsRetrieveInput, options?: CallOptions) => Effect.Effect<VerificationActionResult, RequestError>) & WithEndpoint<"app.setup.verifications.retrieve">
  /** The `app.setup.verifications.sas` operations (2): `confirm`, `start`. */
  readonly sas: AppSetupVerificationsSasApi
}

/**
 * The `app.setup.verifications.qr` operations (2): `confirmScanned`, `scan`. Reached as
 * `beeper.app.setup.verifications.qr`.
 * @since 1.0.0
 * @category Resources
 */
export interface AppSetupVerificationsQrApi {
  /**
   * Confirm QR code scan
   *
   * Confirm that another device scanned this device QR code. No request body. Valid when the verification's
   * `availableActions` contains `qr.confirmScanned`.
   *
   * `POST /v1/app/setup/verifications/{verificationID}/qr/confirm-scanned`
   *
   * @example
   * ```ts
   * const result = yield* beeper.app.setup.verifications.qr.confirmScanned({ verificationID: "<verificationID>" })
   * ```
   */
  readonly confirmScanned: ((input: AppSetupVerificationsQrConfirmScannedInput, options?: CallOptions) => Effect.Effect<VerificationActionResult, RequestError>) & WithEndpoint<"app.setup.verifications.qr.confirmScanned">
  /**
   * Scan verification QR code
   *
   * Submit the QR code scanned from another signed-in device. This path has no verificationID: `qr` is a
   * literal segment (the verification is identified by the QR payload).
   *
   * `POST /v1/app/setup/verifications/qr/scan`
   *
   * @example
   * ```ts
   * const result = yield* beeper.app.setup.verifications.qr.scan({ data: "<data>" })
   * ```
   */
  readonly scan: ((input: AppSetupVerificationsQrScanInput, options?: CallOptions) => Effect.Effect<VerificationActionResult, RequestError>) & WithEndpoint<"app.setup.verifications.qr.scan">
}

/**
 * The `app.setup.verifications.sas` operations (2): `confirm`, `start`. Reached as
 * `beeper.app.setup.verifications.sas`.
 * @since 1.0.0
 * @category Resources
 */
export interface AppSetupVerificationsSasApi {
  /**
   * Confirm emoji verification
   *
   * Confirm that the emoji or number sequence matches on both devices. No request body. Valid when the
   * verification's `availableActions` contains `sas.confirm`.
   *
   * `POST /v1/app/setup/verifications/{verificationID}/sas/confirm`
   *
   * @example
   * ```ts
   * const result = yield* beeper.app.setup.verifications.sas.confirm({ verificationID: "<verificationID>" })
   * ```
   */
  readonly confirm: ((input: AppSetupVerificationsSasConfirmInput, options?: CallOptions) => Effect.Effect<VerificationActionResult, RequestError>) & WithEndpoint<"app.setup.verifications.sas.confirm">
  /**
   * Start emoji verification
   *
   * Start emoji comparison for device verification. No request body. Valid when the verification's
   * `availableActions` contains `sas.start`.
   *
   * `POST /v1/app/setup/verifications/{verificationID}/sas/start`
   *
   * @example
   * ```ts
   * const result = yield* beeper.app.setup.verifications.sas.start({ verificationID: "<verificationID>" })
   * ```
   */
  readonly start: ((input: AppSetupVerificationsSasStartInput, options?: CallOptions) => Effect.Effect<VerificationActionResult, RequestError>) & WithEndpoint<"app.setup.verifications.sas.start">
}

/**
 * The `assets` operations (4): `download`, `serve`, `upload`, `uploadBase64`. Reached as `beeper.assets`.
 * @since 1.0.0
 * @category Resources
 */
export interface AssetsApi {
  /**
   * Download a file
   *
   * Download a Matrix file using its mxc:// or localmxc:// URL to the device running Beeper Desktop and return the
   * local file URL.
   *
   * `POST /v1/assets/download`
   *
   * @example
   * ```ts
   * const result = yield* beeper.assets.download({ url: "<url>" })
   * ```
   */
  readonly download: ((input: AssetsDownloadInput, options?: CallOptions) => Effect.Effect<AssetDownloadResponse, RequestError>) & WithEndpoint<"assets.download">
  /**
   * Serve a file
   *
   * Stream a file given an mxc://, localmxc://, or file:// URL. Downloads first if not cached. Supports Range
   * requests for seeking in large files.
   *
   * `GET /v1/assets/serve`
   *
   * @example
   * ```ts
   * const bytes = yield* beeper.assets.serve({ url: "<url>" })
   * ```
   */
  readonly serve: ((input: AssetsServeInput, options?: CallOptions) => Effect.Effect<Uint8Array, RequestError>) & WithEndpoint<"assets.serve">
  /**
   * Upload a file
   *
   * Upload a file to a temporary location using multipart/form-data. Returns an uploadID that can be referenced
   * when sending a message or materializing a draft attachment.
   *
   * `POST /v1/assets/upload`
   *
   * @example
   * ```ts
   * const result = yield* beeper.assets.upload({ file: new Blob(["…"]) })
   * ```
   */
  readonly upload: ((input: AssetsUploadInput, options?: CallOptions) => Effect.Effect<AssetUploadBase64Response, RequestError>) & WithEndpoint<"assets.upload">
  /**
   * Upload a file (base64)
   *
   * Upload a file using a JSON body with base64-encoded content. Returns an uploadID that can be referenced when
   * sending a message or materializing a draft attachment. Alternative to the multipart upload endpoint.
   *
   * `POST /v1/assets/upload/base64`
   *
   * @example
   * ```ts
   * const result = yield* beeper.assets.uploadBase64({ content: "<content>" })
   * ```
   */
  readonly uploadBase64: ((input: AssetsUploadBase64Input, options?: CallOptions) => Effect.Effect<AssetUploadBase64Response, RequestError>) & WithEndpoint<"assets.uploadBase64">
}

/**
 * The `bridges` operations (11): `list`, `loginFlows.list`, `logins.list`, `logins.remove`, `logins.retrieve`,
 * `loginSessions.cancel`, `loginSessions.create`, `loginSessions.retrieve`, `loginSessions.steps.submit`,
 * `retrieve`, `retrieveCapabilities`. Reached as `beeper.bridges`.
 * @since 1.0.0
 * @category Resources
 */
export interface BridgesApi {
  /**
   * List available bridges
   *
   * List available bridges. A bridge is a chat-network connector that can connect or reconnect chat accounts.
   * Connected accounts use the same Account schema as GET /v1/accounts.
   *
   * `GET /v1/bridges`
   *
   * @example
   * ```ts
   * const result = yield* beeper.bridges.list()
   * ```
   */
  readonly list: ((input?: BridgesListInput, options?: CallOptions) => Effect.Effect<BridgeListResponse, RequestError>) & WithEndpoint<"bridges.list">
  /** The `bridges.loginFlows` operations (1): `list`. */
  readonly loginFlows: BridgesLoginFlowsApi
  /** The `bridges.logins` operations (3): `list`, `remove`, `retrieve`. */
  readonly logins: BridgesLoginsApi
  /** The `bridges.loginSessions` operations (4): `cancel`, `create`, `retrieve`, `steps.submit`. */
  readonly loginSessions: BridgesLoginSessionsApi
  /**
   * Get bridge
   *
   * Get one bridge, including the chat accounts connected through it.
   *
   * `GET /v1/bridges/{bridgeID}`
   *
   * @example
   * ```ts
   * const result = yield* beeper.bridges.retrieve({ bridgeID: "<bridgeID>" })
   * ```
   */
  readonly retrieve: ((input: BridgesRetrieveInput, options?: CallOptions) => Effect.Effect<Bridge, RequestError>) & WithEndpoint<"bridges.retrieve">
  /**
   * Get bridge capabilities
   *
   * Get advanced network capabilities for a bridge. This endpoint is intended for clients that build custom
   * connect or chat-creation flows.
   *
   * `GET /v1/bridges/{bridgeID}/capabilities`
   *
   * @example
   * ```ts
   * const result = yield* beeper.bridges.retrieveCapabilities({ bridgeID: "<bridgeID>" })
   * ```
   */
  readonly retrieveCapabilities: ((input: BridgesRetrieveCapabilitiesInput, options?: CallOptions) => Effect.Effect<ProvisioningCapabilities, RequestError>) & WithEndpoint<"bridges.retrieveCapabilities">
}

/**
 * The `bridges.loginFlows` operations (1): `list`. Reached as `beeper.bridges.loginFlows`.
 * @since 1.0.0
 * @category Resources
 */
export interface BridgesLoginFlowsApi {
  /**
   * List login flows
   *
   * List connect and reconnect flow options for a bridge. Use a flowID when creating a bridge login session.
   *
   * `GET /v1/bridges/{bridgeID}/login-flows`
   *
   * @example
   * ```ts
   * const result = yield* beeper.bridges.loginFlows.list({ bridgeID: "<bridgeID>" })
   * ```
   */
  readonly list: ((input: BridgesLoginFlowsListInput, options?: CallOptions) => Effect.Effect<LoginFlowListResponse, RequestError>) & WithEndpoint<"bridges.loginFlows.list">
}

/**
 * The `bridges.logins` operations (3): `list`, `remove`, `retrieve`. Reached as `beeper.bridges.logins`.
 * @since 1.0.0
 * @category Resources
 */
export interface BridgesLoginsApi {
  /**
   * List bridge logins
   *
   * List bridge logins. A bridge login is a signed-in identity for a bridge and can contain one or more chat
   * accounts.
   *
   * `GET /v1/bridges/{bridgeID}/logins`
   *
   * @example
   * ```ts
   * const result = yield* beeper.bridges.logins.list({ bridgeID: "<bridgeID>" })
   * ```
   */
  readonly list: ((input: BridgesLoginsListInput, options?: CallOptions) => Effect.Effect<BridgeLoginListResponse, RequestError>) & WithEndpoint<"bridges.logins.list">
  /**
   * Remove bridge login
   *
   * Remove a bridge login from this device or, when supported by the bridge, from all devices.
   *
   * `POST /v1/bridges/{bridgeID}/logins/{loginID}/remove`
   *
   * @example
   * ```ts
   * const result = yield* beeper.bridges.logins.remove({
   *   bridgeID: "<bridgeID>",
   *   loginID: "<loginID>",
   *   scope: "current-device",
   * })
   * ```
   */
  readonly remove: ((input: BridgesLoginsRemoveInput, options?: CallOptions) => Effect.Effect<BridgeLoginRemoveResponse, RequestError>) & WithEndpoint<"bridges.logins.remove">
  /**
   * Get bridge login
   *
   * Get one bridge login.
   *
   * `GET /v1/bridges/{bridgeID}/logins/{loginID}`
   *
   * @example
   * ```ts
   * const result = yield* beeper.bridges.logins.retrieve({ bridgeID: "<bridgeID>", loginID: "<loginID>" })
   * ```
   */
  readonly retrieve: ((input: BridgesLoginsRetrieveInput, options?: CallOptions) => Effect.Effect<BridgeLogin, RequestError>) & WithEndpoint<"bridges.logins.retrieve">
}

/**
 * The `bridges.loginSessions` operations (4): `cancel`, `create`, `retrieve`, `steps.submit`. Reached as
 * `beeper.bridges.loginSessions`.
 * @since 1.0.0
 * @category Resources
 */
export interface BridgesLoginSessionsApi {
  /**
   * Cancel bridge login session
   *
   * Cancel a temporary bridge login session.
   *
   * `DELETE /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}`
   *
   * @example
   * ```ts
   * const result = yield* beeper.bridges.loginSessions.cancel({
   *   bridgeID: "<bridgeID>",
   *   loginSessionID: "<loginSessionID>",
   * })
   * ```
   */
  readonly cancel: ((input: BridgesLoginSessionsCancelInput, options?: CallOptions) => Effect.Effect<LoginSessionCancelResponse, RequestError>) & WithEndpoint<"bridges.loginSessions.cancel">
  /**
   * Create bridge login session
   *
   * Start a temporary bridge login session to connect a new chat account or reconnect an existing bridge login.
   * Omit loginID and accountID to connect a new account.
   *
   * `POST /v1/bridges/{bridgeID}/login-sessions`
   *
   * @example
   * ```ts
   * const result = yield* beeper.bridges.loginSessions.create({ bridgeID: "<bridgeID>" })
   * ```
   */
  readonly create: ((input: BridgesLoginSessionsCreateInput, options?: CallOptions) => Effect.Effect<LoginSession, RequestError>) & WithEndpoint<"bridges.loginSessions.create">
  /**
   * Get bridge login session
   *
   * Get the current state of a temporary bridge login session.
   *
   * `GET /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}`
   *
   * @example
   * ```ts
   * const result = yield* beeper.bridges.loginSessions.retrieve({
   *   bridgeID: "<bridgeID>",
   *   loginSessionID: "<loginSessionID>",
   * })
   * ```
   */
  readonly retrieve: ((input: BridgesLoginSessionsRetrieveInput, options?: CallOptions) => Effect.Effect<LoginSession, RequestError>) & WithEndpoint<"bridges.loginSessions.retrieve">
  /** The `bridges.loginSessions.steps` operations (1): `submit`. */
  readonly steps: BridgesLoginSessionsStepsApi
}

/**
 * The `bridges.loginSessions.steps` operations (1): `submit`. Reached as `beeper.bridges.loginSessions.steps`.
 * @since 1.0.0
 * @category Resources
 */
export interface BridgesLoginSessionsStepsApi {
  /**
   * Submit login step
   *
   * Submit input for the current step of a bridge login session.
   *
   * `POST /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}`
   *
   * @example
   * ```ts
   * const result = yield* beeper.bridges.loginSessions.steps.submit({
   *   bridgeID: "<bridgeID>",
   *   loginSessionID: "<loginSessionID>",
   *   stepID: "<stepID>",
   *   type: "user_input",
   * })
   * ```
   */
  readonly submit: ((input: BridgesLoginSessionsStepsSubmitInput, options?: CallOptions) => Effect.Effect<LoginSession, RequestError>) & WithEndpoint<"bridges.loginSessions.steps.submit">
}

/**
 * The `chats` operations (15): `archive`, `create`, `list`, `markRead`, `markUnread`, `messages.reactions.add`,
 * `messages.reactions.delete`, `messages.reactions.deleteByQuery`, `notifyAnyway`, `reminders.create`,
 * `reminders.delete`, `retrieve`, `search`, `start`, `update`. Reached as `beeper.chats`.
 * @since 1.0.0
 * @category Resources
 */
export interface ChatsApi {
  /**
   * Archive or unarchive a chat
   *
   * Archive or unarchive a chat. Set archived=true to move to archive, archived=false to move back to inbox
   *
   * `POST /v1/chats/{chatID}/archive`
   *
   * @example
   * ```ts
   * yield* beeper.chats.archive({ chatID: "!NCdzlIaMjZUmvmvyHU:beeper.com" })
   * ```
   */
  readonly archive: ((input: ChatsArchiveInput, options?: CallOptions) => Effect.Effect<void, RequestError>) & WithEndpoint<"chats.archive">
  /**
   * Create a chat
   *
   * Create a direct or group chat from participant IDs. Returns the created chat.
   *
   * `POST /v1/chats`
   *
   * @example
   * ```ts
   * const result = yield* beeper.chats.create({
   *   accountID: "<accountID>",
   *   type: "single",
   *   participantIDs: ["<participantIDs>"],
   * })
   * ```
   */
  readonly create: ((input: ChatsCreateInput, options?: CallOptions) => Effect.Effect<ChatCreateResponse, RequestError>) & WithEndpoint<"chats.create">
  /**
   * List chats
   *
   * List all chats sorted by last activity (most recent first). Combines all accounts into a single paginated
   * list.
   *
   * `GET /v1/chats` · one page per call; `.stream` reads every item of every page, `.pages` every page.
   *
   * @example
   * ```ts
   * const page = yield* beeper.chats.list()
   * // items across pages, each page fetched when the Stream reaches it:
   * const first100 = yield* beeper.chats.list.stream().pipe(Stream.take(100), Stream.runCollect)
   * ```
   */
  readonly list: ((input?: ChatsListInput, options?: CallOptions) => Effect.Effect<ChatListPage, RequestError>) & ChatsListStreams
  /**
   * Mark a chat as read
   *
   * Mark a chat as read, optionally through a specific message ID.
   *
   * `POST /v1/chats/{chatID}/read`
   *
   * @example
   * ```ts
   * const result = yield* beeper.chats.markRead({ chatID: "!NCdzlIaMjZUmvmvyHU:beeper.com" })
   * ```
   */
  readonly markRead: ((input: ChatsMarkReadInput, options?: CallOptions) => Effect.Effect<Chat, RequestError>) & WithEndpoint<"chats.markRead">
  /**
   * Mark a chat as unread
   *
   * Mark a chat as unread, optionally from a specific message ID.
   *
   * `POST /v1/chats/{chatID}/unread`
   *
   * @example
   * ```ts
   * const result = yield* beeper.chats.markUnread({ chatID: "!NCdzlIaMjZUmvmvyHU:beeper.com" })
   * ```
   */
  readonly markUnread: ((input: ChatsMarkUnreadInput, options?: CallOptions) => Effect.Effect<Chat, RequestError>) & WithEndpoint<"chats.markUnread">
  /** The `chats.messages` operations (3): `reactions.add`, `reactions.delete`, `reactions.deleteByQuery`. */
  readonly messages: ChatsMessagesApi
  /**
   * Notify anyway
   *
   * Force a delivery notification when supported by the underlying network. Currently intended for iMessage on
   * macOS; unsupported networks return an error.
   *
   * `POST /v1/chats/{chatID}/notify-anyway`
   *
   * @example
   * ```ts
   * const result = yield* beeper.chats.notifyAnyway({ chatID: "!NCdzlIaMjZUmvmvyHU:beeper.com" })
   * ```
   */
  readonly notifyAnyway: ((input: ChatsNotifyAnywayInput, options?: CallOptions) => Effect.Effect<Chat, RequestError>) & WithEndpoint<"chats.notifyAnyway">
  /** The `chats.reminders` operations (2): `create`, `delete`. */
  readonly reminders: ChatsRemindersApi
  /**
   * Retrieve chat details
   *
   * Retrieve chat details including metadata, participants, and latest message
   *
   * `GET /v1/chats/{chatID}`
   *
   * @example
   * ```ts
   * const result = yield* beeper.chats.retrieve({ chatID: "!NCdzlIaMjZUmvmvyHU:beeper.com" })
   * ```
   */
  readonly retrieve: ((input: ChatsRetrieveInput, options?: CallOptions) => Effect.Effect<Chat, RequestError>) & WithEndpoint<"chats.retrieve">
  /**
   * Search chats
   *
   * Search chats by title, network, or participant names.
   *
   * `GET /v1/chats/search` · one page per call; `.stream` reads every item of every page, `.pages` every page.
   *
   * @example
   * ```ts
   * const page = yield* beeper.chats.search()
   * // items across pages, each page fetched when the Stream reaches it:
   * const first100 = yield* beeper.chats.search.stream().pipe(Stream.take(100), Stream.runCollect)
   * ```
   */
  readonly search: ((input?: ChatsSearchInput, options?: CallOptions) => Effect.Effect<ChatSearchPage, RequestError>) & ChatsSearchStreams
  /**
   * Start a direct chat
   *
   * Resolve a user/contact and open a direct chat. Reuses and returns an existing direct chat when one is found.
   * Available in Beeper Desktop v4.2.808+.
   *
   * `POST /v1/chats/start`
   *
   * @example
   * ```ts
   * const result = yield* beeper.chats.start({ accountID: "<accountID>", user: {} })
   * ```
   */
  readonly start: ((input: ChatsStartInput, options?: CallOptions) => Effect.Effect<ChatCreateResponse, RequestError>) & WithEndpoint<"chats.start">
  /**
   * Update chat
   *
   * Update supported chat fields. Non-empty draft objects are accepted only when the current draft is empty. Send
   * draft=null to clear the draft before setting new draft text or attachments.
   *
   * `PATCH /v1/chats/{chatID}`
   *
   * @example
   * ```ts
   * const result = yield* beeper.chats.update({ chatID: "!NCdzlIaMjZUmvmvyHU:beeper.com" })
   * ```
   */
  readonly update: ((input: ChatsUpdateInput, options?: CallOptions) => Effect.Effect<Chat, RequestError>) & WithEndpoint<"chats.update">
}

/**
 * The `chats.messages` operations (3): `reactions.add`, `reactions.delete`, `reactions.deleteByQuery`. Reached
 * as `beeper.chats.messages`.
 * @since 1.0.0
 * @category Resources
 */
export interface ChatsMessagesApi {
  /** The `chats.messages.reactions` operations (3): `add`, `delete`, `deleteByQuery`. */
  readonly reactions: ChatsMessagesReactionsApi
}

/**
 * The `chats.messages.reactions` operations (3): `add`, `delete`, `deleteByQuery`. Reached as
 * `beeper.chats.messages.reactions`.
 * @since 1.0.0
 * @category Resources
 */
export interface ChatsMessagesReactionsApi {
  /**
   * Add a reaction
   *
   * Add a reaction to an existing message.
   *
   * `POST /v1/chats/{chatID}/messages/{messageID}/reactions`
   *
   * @example
   * ```ts
   * const result = yield* beeper.chats.messages.reactions.add({
   *   chatID: "!NCdzlIaMjZUmvmvyHU:beeper.com",
   *   messageID: "1343993",
   *   reactionKey: "<reactionKey>",
   * })
   * ```
   */
  readonly add: ((input: ChatsMessagesReactionsAddInput, options?: CallOptions) => Effect.Effect<ReactionAddResponse, RequestError>) & WithEndpoint<"chats.messages.reactions.add">
  /**
   * Remove a reaction
   *
   * Remove the reaction added by the authenticated user from an existing message.
   *
   * `DELETE /v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}`
   *
   * @example
   * ```ts
   * const result = yield* beeper.chats.messages.reactions.delete({
   *   chatID: "!NCdzlIaMjZUmvmvyHU:beeper.com",
   *   messageID: "1343993",
   *   reactionKey: "<reactionKey>",
   * })
   * ```
   */
  readonly delete: ((input: ChatsMessagesReactionsDeleteInput, options?: CallOptions) => Effect.Effect<ReactionDeleteResponse, RequestError>) & WithEndpoint<"chats.messages.reactions.delete">
  /**
   * Remove a reaction (older query-parameter form)
   *
   * Remove the authenticated user's reaction from an existing message, naming the reaction key in the
   * `reactionKey` query parameter. Older form of DELETE
   * /v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey};
   * use that path-segment form instead.
   *
   * `DELETE /v1/chats/{chatID}/messages/{messageID}/reactions`
   *
   * @example
   * ```ts
   * const result = yield* beeper.chats.messages.reactions.deleteByQuery({
   *   chatID: "<chatID>",
   *   messageID: "<messageID>",
   *   reactionKey: "<reactionKey>",
   * })
   * ```
   * @deprecated
   */
  readonly deleteByQuery: ((input: ChatsMessagesReactionsDeleteByQueryInput, options?: CallOptions) => Effect.Effect<ReactionDeleteResponse, RequestError>) & WithEndpoint<"chats.messages.reactions.deleteByQuery">
}

/**
 * The `chats.reminders` operations (2): `create`, `delete`. Reached as `beeper.chats.reminders`.
 * @since 1.0.0
 * @category Resources
 */
export interface ChatsRemindersApi {
  /**
   * Create a chat reminder
   *
   * Set a reminder for a chat at a specific time
   *
   * `POST /v1/chats/{chatID}/reminders`
   *
   * @example
   * ```ts
   * yield* beeper.chats.reminders.create({
   *   chatID: "!NCdzlIaMjZUmvmvyHU:beeper.com",
   *   reminder: { remindAt: "2025-08-31T23:30:12.520Z" },
   * })
   * ```
   */
  readonly create: ((input: ChatsRemindersCreateInput, options?: CallOptions) => Effect.Effect<void, RequestError>) & WithEndpoint<"chats.reminders.create">
  /**
   * Delete a chat reminder
   *
   * Clear an existing reminder from a chat
   *
   * `DELETE /v1/chats/{chatID}/reminders`
   *
   * @example
   * ```ts
   * yield* beeper.chats.reminders.delete({ chatID: "!NCdzlIaMjZUmvmvyHU:beeper.com" })
   * ```
   */
  readonly delete: ((input: ChatsRemindersDeleteInput, options?: CallOptions) => Effect.Effect<void, RequestError>) & WithEndpoint<"chats.reminders.delete">
}

/**
 * The `info` operations (1): `retrieve`. Reached as `beeper.info`.
 * @since 1.0.0
 * @category Resources
 */
export interface InfoApi {
  /**
   * Retrieve server info
   *
   * Returns app, platform, server, endpoint discovery, OAuth, and WebSocket metadata for this Beeper Desktop
   * instance.
   *
   * `GET /v1/info`
   *
   * @example
   * ```ts
   * const result = yield* beeper.info.retrieve()
   * ```
   */
  readonly retrieve: ((input?: InfoRetrieveInput, options?: CallOptions) => Effect.Effect<InfoRetrieveResponse, RequestError>) & WithEndpoint<"info.retrieve">
}

/**
 * The `labels` operations (1): `list`. Reached as `beeper.labels`.
 * @since 1.0.0
 * @category Resources
 */
export interface LabelsApi {
  /**
   * List labels
   *
   * List the labels the user has created for organizing chats. Filter chats by label via GET /v1/chats/search with
   * labelID.
   *
   * `GET /v1/labels`
   *
   * @example
   * ```ts
   * const result = yield* beeper.labels.list()
   * ```
   */
  readonly list: ((input?: LabelsListInput, options?: CallOptions) => Effect.Effect<LabelsListResponse, RequestError>) & WithEndpoint<"labels.list">
}

/**
 * The `messages` operations (6): `delete`, `list`, `retrieve`, `search`, `send`, `update`. Reached as
 * `beeper.messages`.
 * @since 1.0.0
 * @category Resources
 */
export interface MessagesApi {
  /**
   * Delete a message
   *
   * Delete a message by final message ID. Pending message IDs are not accepted because messages cannot be deleted
   * while sending.
   *
   * `DELETE /v1/chats/{chatID}/messages/{messageID}`
   *
   * @example
   * ```ts
   * yield* beeper.messages.delete({
   *   chatID: "!NCdzlIaMjZUmvmvyHU:beeper.com",
   *   messageID: "1343993",
   * })
   * ```
   */
  readonly delete: ((input: MessagesDeleteInput, options?: CallOptions) => Effect.Effect<void, RequestError>) & WithEndpoint<"messages.delete">
  /**
   * List messages
   *
   * List all messages in a chat with cursor-based pagination. Sorted by timestamp.
   *
   * `GET /v1/chats/{chatID}/messages` · one page per call; `.stream` reads every item of every page, `.pages`
   * every page.
   *
   * @example
   * ```ts
   * const page = yield* beeper.messages.list({ chatID: "!NCdzlIaMjZUmvmvyHU:beeper.com" })
   * // items across pages, each page fetched when the Stream reaches it:
   * const first100 = yield* beeper.messages.list.stream({ chatID: "!NCdzlIaMjZUmvmvyHU:beeper.com" }).pipe(Stream.take(100), Stream.runCollect)
   * ```
   */
  readonly list: ((input: MessagesListInput, options?: CallOptions) => Effect.Effect<MessageListPage, RequestError>) & MessagesListStreams
  /**
   * Retrieve a message
   *
   * Retrieve a message by final message ID, pendingMessageID, or Matrix event ID. Chat ID may be a Beeper chat ID
   * or local chat ID.
   *
   * `GET /v1/chats/{chatID}/messages/{messageID}`
   *
   * @example
   * ```ts
   * const result = yield* beeper.messages.retrieve({
   *   chatID: "!NCdzlIaMjZUmvmvyHU:beeper.com",
   *   messageID: "1343993",
   * })
   * ```
   */
  readonly retrieve: ((input: MessagesRetrieveInput, options?: CallOptions) => Effect.Effect<Message, RequestError>) & WithEndpoint<"messages.retrieve">
  /**
   * Search messages
   *
   * Search messages across chats.
   *
   * `GET /v1/messages/search` · one page per call; `.stream` reads every item of every page, `.pages` every page.
   *
   * @example
   * ```ts
   * const page = yield* beeper.messages.search()
   * // items across pages, each page fetched when the Stream reaches it:
   * const first100 = yield* beeper.messages.search.stream().pipe(Stream.take(100), Stream.runCollect)
   * ```
   */
  readonly search: ((input?: MessagesSearchInput, options?: CallOptions) => Effect.Effect<MessageSearchPage, RequestError>) & MessagesSearchStreams
  /**
   * Send a message
   *
   * Send a text message to a specific chat. Supports replying to existing messages. Returns a pending message ID.
   *
   * `POST /v1/chats/{chatID}/messages`
   *
   * @example
   * ```ts
   * const result = yield* beeper.messages.send({ chatID: "!NCdzlIaMjZUmvmvyHU:beeper.com" })
   * ```
   */
  readonly send: ((input: MessagesSendInput, options?: CallOptions) => Effect.Effect<MessageSendResponse, RequestError>) & WithEndpoint<"messages.send">
  /**
   * Edit a message
   *
   * Edit the text content of an existing message. Messages with attachments cannot be edited.
   *
   * `PUT /v1/chats/{chatID}/messages/{messageID}`
   *
   * @example
   * ```ts
   * const result = yield* beeper.messages.update({
   *   chatID: "!NCdzlIaMjZUmvmvyHU:beeper.com",
   *   messageID: "1343993",
   *   text: "<text>",
   * })
   * ```
   */
  readonly update: ((input: MessagesUpdateInput, options?: CallOptions) => Effect.Effect<MessageUpdateResponse, RequestError>) & WithEndpoint<"messages.update">
}

/**
 * The input type of every operation, by operationId: what `Input<Id>` reads (`Input<"chats.list">` is
 * `ChatsListInput`).
 * @since 1.0.0
 * @category Inputs
 */
export interface OperationInputs {
  readonly "accounts.contacts.list": AccountsContactsListInput
  readonly "accounts.contacts.search": AccountsContactsSearchInput
  readonly "accounts.list": AccountsListInput
  readonly "accounts.retrieve": AccountsRetrieveInput
  readonly "app.setup.email": AppSetupEmailInput
  readonly "app.setup.recoveryKey.reset.confirm": AppSetupRecoveryKeyResetConfirmInput
  readonly "app.setup.recoveryKey.reset.create": AppSetupRecoveryKeyResetCreateInput
  readonly "app.setup.recoveryKey.verify": AppSetupRecoveryKeyVerifyInput
  readonly "app.setup.register": AppSetupRegisterInput
  readonly "app.setup.response": AppSetupResponseInput
  readonly "app.setup.retrieve": AppSetupRetrieveInput
  readonly "app.setup.start": AppSetupStartInput
  readonly "app.setup.verifications.accept": AppSetupVerificationsAcceptInput
  readonly "app.setup.verifications.cancel": AppSetupVerificationsCancelInput
  readonly "app.setup.verifications.create": AppSetupVerificationsCreateInput
  readonly "app.setup.verifications.list": AppSetupVerificationsListInput
  readonly "app.setup.verifications.qr.confirmScanned": AppSetupVerificationsQrConfirmScannedInput
  readonly "app.setup.verifications.qr.scan": AppSetupVerificationsQrScanInput
  readonly "app.setup.verifications.retrieve": AppSetupVerificationsRetrieveInput
  readonly "app.setup.verifications.sas.confirm": AppSetupVerificationsSasConfirmInput
  readonly "app.setup.verifications.sas.start": AppSetupVerificationsSasStartInput
  readonly "assets.download": AssetsDownloadInput
  readonly "assets.serve": AssetsServeInput
  readonly "assets.upload": AssetsUploadInput
  readonly "assets.uploadBase64": AssetsUploadBase64Input
  readonly "bridges.list": BridgesListInput
  readonly "bridges.loginFlows.list": BridgesLoginFlowsListInput
  readonly "bridges.logins.list": BridgesLoginsListInput
  readonly "bridges.logins.remove": BridgesLoginsRemoveInput
  readonly "bridges.logins.retrieve": BridgesLoginsRetrieveInput
  readonly "bridges.loginSessions.cancel": BridgesLoginSessionsCancelInput
  readonly "bridges.loginSessions.create": BridgesLoginSessionsCreateInput
  readonly "bridges.loginSessions.retrieve": BridgesLoginSessionsRetrieveInput
  readonly "bridges.loginSessions.steps.submit": BridgesLoginSessionsStepsSubmitInput
  readonly "bridges.retrieve": BridgesRetrieveInput
  readonly "bridges.retrieveCapabilities": BridgesRetrieveCapabilitiesInput
  readonly "chats.archive": ChatsArchiveInput
  readonly "chats.create": ChatsCreateInput
  readonly "chats.list": ChatsListInput
  readonly "chats.markRead": ChatsMarkReadInput
  readonly "chats.markUnread": ChatsMarkUnreadInput
  readonly "chats.messages.reactions.add": ChatsMessagesReactionsAddInput
  readonly "chats.messages.reactions.delete": ChatsMessagesReactionsDeleteInput
  readonly "chats.messages.reactions.deleteByQuery": ChatsMessagesReactionsDeleteByQueryInput
  readonly "chats.notifyAnyway": ChatsNotifyAnywayInput
  readonly "chats.reminders.create": ChatsRemindersCreateInput
  readonly "chats.reminders.delete": ChatsRemindersDeleteInput
  readonly "chats.retrieve": ChatsRetrieveInput
  readonly "chats.search": ChatsSearchInput
  readonly "chats.start": ChatsStartInput
  readonly "chats.update": ChatsUpdateInput
  readonly "focus": FocusInput
  readonly "info.retrieve": InfoRetrieveInput
  readonly "labels.list": LabelsListInput
  readonly "messages.delete": MessagesDeleteInput
  readonly "messages.list": MessagesListInput
  readonly "messages.retrieve": MessagesRetrieveInput
  readonly "messages.search": MessagesSearchInput
  readonly "messages.send": MessagesSendInput
  readonly "messages.update": MessagesUpdateInput
  readonly "search": SearchInput
}

/**
 * The success type of every operation, by operationId: what `Output<Id>` reads (`Output<"chats.list">` is
 * `ChatListPage`).
 * @since 1.0.0
 * @category Outputs
 */
export interface OperationOutputs {
  readonly "accounts.contacts.list": ContactListPage
  readonly "accounts.contacts.search": ContactSearchResponse
  readonly "accounts.list": GetAccountsOutput
  readonly "accounts.retrieve": Account
  readonly "app.setup.email": void
  readonly "app.setup.recoveryKey.reset.confirm": AppRecoveryKeyResetConfirmResponse
  readonly "app.setup.recoveryKey.reset.create": AppRecoveryKeyResetResponse
  readonly "app.setup.recoveryKey.verify": AppRecoveryKeyVerifyResponse
  readonly "app.setup.register": AppSetupSuccess
  readonly "app.setup.response": AppSetupResponseResult
  readonly "app.setup.retrieve": AppStateSnapshot
  readonly "app.setup.start": AppSetupStartResponse
  readonly "app.setup.verifications.accept": VerificationActionResult
  readonly "app.setup.verifications.cancel": VerificationActionResult
  readonly "app.setup.verifications.create": VerificationActionResult
  readonly "app.setup.verifications.list": VerificationListResponse
  readonly "app.setup.verifications.qr.confirmScanned": VerificationActionResult
  readonly "app.setup.verifications.qr.scan": VerificationActionResult
  readonly "app.setup.verifications.retrieve": VerificationActionResult
  readonly "app.setup.verifications.sas.confirm": VerificationActionResult
  readonly "app.setup.verifications.sas.start": VerificationActionResult
  readonly "assets.download": AssetDownloadResponse
  readonly "assets.serve": Uint8Array
  readonly "assets.upload": AssetUploadBase64Response
  readonly "assets.uploadBase64": AssetUploadBase64Response
  readonly "bridges.list": BridgeListResponse
  readonly "bridges.loginFlows.list": LoginFlowListResponse
  readonly "bridges.logins.list": BridgeLoginListResponse
  readonly "bridges.logins.remove": BridgeLoginRemoveResponse
  readonly "bridges.logins.retrieve": BridgeLogin
  readonly "bridges.loginSessions.cancel": LoginSessionCancelResponse
  readonly "bridges.loginSessions.create": LoginSession
  readonly "bridges.loginSessions.retrieve": LoginSession
  readonly "bridges.loginSessions.steps.submit": LoginSession
  readonly "bridges.retrieve": Bridge
  readonly "bridges.retrieveCapabilities": ProvisioningCapabilities
  readonly "chats.archive": void
  readonly "chats.create": ChatCreateResponse
  readonly "chats.list": ChatListPage
  readonly "chats.markRead": Chat
  readonly "chats.markUnread": Chat
  readonly "chats.messages.reactions.add": ReactionAddResponse
  readonly "chats.messages.reactions.delete": ReactionDeleteResponse
  readonly "chats.messages.reactions.deleteByQuery": ReactionDeleteResponse
  readonly "chats.notifyAnyway": Chat
  readonly "chats.reminders.create": void
  readonly "chats.reminders.delete": void
  readonly "chats.retrieve": Chat
  readonly "chats.search": ChatSearchPage
  readonly "chats.start": ChatCreateResponse
  readonly "chats.update": Chat
  readonly "focus": FocusResponse
  readonly "info.retrieve": InfoRetrieveResponse
  readonly "labels.list": LabelsListResponse
  readonly "messages.delete": void
  readonly "messages.list": MessageListPage
  readonly "messages.retrieve": Message
  readonly "messages.search": MessageSearchPage
  readonly "messages.send": MessageSendResponse
  readonly "messages.update": MessageUpdateResponse
  readonly "search": SearchResponse
}

/**
 * What every method carries besides its call: the endpoint table entry it runs (`beeper.chats.list.endpoint`).
 * @since 1.0.0
 * @category Resources
 */
export interface WithEndpoint<Id extends keyof Endpoints> {
  /** The endpoint table entry this method runs (method, path template, Schemas, pagination, idempotency). */
  readonly endpoint: Endpoints[Id]
}
