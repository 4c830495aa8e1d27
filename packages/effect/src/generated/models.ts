// generated — do not edit.
// Source: spec/openapi.yaml · generator: @hey-api/openapi-ts 0.99.0 + @beeper-kit/effect-schema plugin · regenerate with `pnpm generate`.

// The named types of the API's models: each the `Type` of the Schema of the same name in `schemas.ts` (checked by
// `conformance.ts`). Type-only: nothing here exists at run time.

import type { Open } from "../internal/openEnum.ts"

/**
 * Error object embedded in other resources (e.g. LoginSession.error).
 * @since 1.0.0
 * @category Models
 */
export interface APIError {
  readonly code: string
  readonly message: string
  readonly details?: { readonly [key: string]: unknown }
}

/**
 * Bridge metadata for the account. Available in Beeper Desktop v4.2.785+.
 * @since 1.0.0
 * @category Models
 */
export interface AccountBridge {
  /**
   * Bridge instance identifier. Matrix and cloud bridges often use the bridge type (for example matrix or
   * discordgo); local bridges use a local bridge ID (for example local-whatsapp). Available in Beeper Desktop
   * v4.2.785+.
   */
  readonly id: string
  /**
   * Bridge type, such as matrix, discordgo, slackgo, whatsapp, telegram, or twitter. Available in Beeper Desktop
   * v4.2.785+.
   */
  readonly type: string
  /** Bridge provider for the account. Available in Beeper Desktop v4.2.785+. */
  readonly provider: Open<"cloud" | "self-hosted" | "local" | "platform-sdk">
}

/**
 * Account ID this resource belongs to.
 * @since 1.0.0
 * @category Models
 */
export type AccountID = string

/**
 * Encrypted messaging keys available on this device.
 * @since 1.0.0
 * @category Models
 */
export interface AppE2EESecrets {
  /** Whether the account identity key is available. */
  readonly masterKey: boolean
  /** Whether the encrypted message backup key is available. */
  readonly megolmBackupKey: boolean
  /** Whether a recovery key is available. */
  readonly recoveryKey: boolean
  /** Whether the device trust key is available. */
  readonly selfSigningKey: boolean
  /** Whether the user trust key is available. */
  readonly userSigningKey: boolean
}

/**
 * Encrypted messaging setup status.
 * @since 1.0.0
 * @category Models
 */
export interface AppE2EEStatus {
  /** Whether this account can verify trusted devices. */
  readonly crossSigning: boolean
  /** Whether the first encrypted message sync is complete. */
  readonly firstSyncDone: boolean
  /** Whether the user confirmed that they saved their recovery key. */
  readonly hasBackedUpRecoveryKey: boolean
  /** Whether encrypted messaging setup has started. */
  readonly initialized: boolean
  /** Whether encrypted message backup is available. */
  readonly keyBackup: boolean
  readonly secrets: AppE2EESecrets
  /** Whether secure key storage is available. */
  readonly secretStorage: boolean
  /** Whether this device is trusted for encrypted messages. */
  readonly verified: boolean
  /** Unix timestamp for when the recovery key was created. */
  readonly recoveryKeyGeneratedAt?: number
}

/**
 * Signed-in account details. Omitted until sign-in is complete.
 * @since 1.0.0
 * @category Models
 */
export interface AppMatrixAccount {
  /** Current device ID. */
  readonly deviceID: string
  /** Beeper homeserver URL for this account. */
  readonly homeserver: string
  /** Signed-in Beeper user ID. */
  readonly userID: string
}

/**
 * Account credentials for first-party app setup.
 * @since 1.0.0
 * @category Models
 */
export interface AppMatrixCredentials {
  /** Beeper account access token. Returned once for first-party app setup. */
  readonly accessToken: string
  /** Current device ID. */
  readonly deviceID: string
  /** Beeper homeserver URL for this account. */
  readonly homeserver: string
  /** Signed-in Beeper user ID. */
  readonly userID: string
}

/**
 * The new recovery key returned by the reset step, confirming that it should be used for this account.
 * @since 1.0.0
 * @category Models
 */
export interface AppRecoveryKeyResetConfirmRequest {
  /** New recovery key returned by the reset step. */
  readonly recoveryKey: string
}

/**
 * Optional body of POST /v1/app/setup/verification/recovery-key/reset, which creates a new recovery key when the
 * user cannot use the existing one.
 * @since 1.0.0
 * @category Models
 */
export interface AppRecoveryKeyResetRequest {
  /** Existing recovery key, if the user has it. */
  readonly existingRecoveryKey?: string
}

/**
 * The recovery key the user saved, to unlock encrypted messages (body of POST
 * /v1/app/setup/verification/recovery-key).
 * @since 1.0.0
 * @category Models
 */
export interface AppRecoveryKeyVerifyRequest {
  /** Recovery key saved by the user. */
  readonly recoveryKey: string
}

/**
 * Where to send the setup sign-in code: the user's email address and the setup request from the start step.
 * @since 1.0.0
 * @category Models
 */
export interface AppSetupEmailRequest {
  /** Email address to send the sign-in code to. */
  readonly email: string
  /** Setup request ID returned by the start step. */
  readonly setupRequestID: string
}

/**
 * Account creation after setup sign-in: the chosen username, the registration token and the acceptance of the
 * Terms of Use.
 * @since 1.0.0
 * @category Models
 */
export interface AppSetupRegisterRequest {
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
 * Copy to display during account creation.
 * @since 1.0.0
 * @category Models
 */
export interface AppSetupRegistrationCopy {
  /** Submit button label. */
  readonly submit: Open<"Continue">
  /** Terms and privacy notice to show before account creation. */
  readonly terms: Open<"By continuing, you agree to the Terms of Use and acknowledge the Privacy Policy.">
  /** Title for the username step. */
  readonly title: Open<"Choose your username">
  /** Placeholder for the username field. */
  readonly usernamePlaceholder: Open<"Username">
}

/**
 * The user needs to create a Beeper account (the `RegistrationRequired` variant of
 * POST /v1/app/setup/response). Continue with POST /v1/app/setup/register.
 * @since 1.0.0
 * @category Models
 */
export interface AppSetupRegistrationRequired {
  readonly copy: AppSetupRegistrationCopy
  /** Registration token returned by Beeper. */
  readonly leadToken: string
  /** Indicates that the user needs to create a Beeper account. */
  readonly registrationRequired: true
  /** Setup request ID to use when creating the account. */
  readonly setupRequestID: string
  /** Suggested usernames for the new account. */
  readonly usernameSuggestions?: ReadonlyArray<string>
}

/**
 * The sign-in code from the user's email, to finish setup sign-in for the setup request from the start step.
 * @since 1.0.0
 * @category Models
 */
export interface AppSetupResponseRequest {
  /** Sign-in code from the user email. */
  readonly response: string
  /** Setup request ID returned by the start step. */
  readonly setupRequestID: string
}

/**
 * A new app setup request.
 * @since 1.0.0
 * @category Models
 */
export interface AppSetupStartResponse {
  /** Setup request ID to use in the next sign-in step. */
  readonly setupRequestID: string
  /** Available sign-in methods for this setup request. */
  readonly signInMethods: ReadonlyArray<string>
}

/**
 * Current sign-in and encrypted messaging setup state for Beeper Desktop or Beeper Server.
 * @since 1.0.0
 * @category Models
 */
export type AppSetupState = Open<"needs-login" | "initializing" | "needs-cross-signing-setup" | "needs-verification" | "needs-secrets" | "needs-first-sync" | "ready">

/**
 * Body of POST /v1/assets/download.
 * @since 1.0.0
 * @category Models
 */
export interface AssetDownloadRequest {
  /** Matrix content URL (mxc:// or localmxc://) for the file to download. */
  readonly url: string
}

/**
 * Result of an asset download. Both fields are optional.
 * @since 1.0.0
 * @category Models
 */
export interface AssetDownloadResponse {
  /** Local file URL to the downloaded file. */
  readonly srcURL?: string
  /** Error message if the download failed. */
  readonly error?: string
}

/**
 * Upload a temporary file. Upload IDs can be referenced by send-message and draft attachment requests while the
 * temporary upload remains available.
 * @since 1.0.0
 * @category Models
 */
export interface AssetUploadBase64Request {
  /** Base64-encoded file content (max ~500MB decoded) */
  readonly content: string
  /** Original filename. Generated if omitted */
  readonly fileName?: string
  /** MIME type. Auto-detected from magic bytes if omitted */
  readonly mimeType?: string
}

/**
 * The `AssetUploadBase64Response` schema of the Beeper Desktop API
 * (`#/components/schemas/AssetUploadBase64Response`): the response of `assets.upload` (POST /v1/assets/upload)
 * and `assets.uploadBase64` (POST /v1/assets/upload/base64).
 * @since 1.0.0
 * @category Models
 */
export interface AssetUploadBase64Response {
  /** Unique upload ID for this temporary file */
  readonly uploadID?: string
  /** Local file URL (file://) for the uploaded file */
  readonly srcURL?: string
  /** Resolved filename */
  readonly fileName?: string
  /** Detected or provided MIME type */
  readonly mimeType?: string
  /** File size in bytes */
  readonly fileSize?: number
  /** Width in pixels (images/videos) */
  readonly width?: number
  /** Height in pixels (images/videos) */
  readonly height?: number
  /** Duration in seconds (audio/videos) */
  readonly duration?: number
  /** Error message if upload failed */
  readonly error?: string
}

/**
 * Upload a temporary file. Upload IDs can be referenced by send-message and draft attachment requests while the
 * temporary upload remains available.
 * @since 1.0.0
 * @category Models
 */
export interface AssetUploadRequest {
  /** The file to upload (max 500 MB). */
  readonly file: Blob | Uint8Array
  /** Original filename. Defaults to the uploaded file name if omitted */
  readonly fileName?: string
  /** MIME type. Auto-detected from magic bytes if omitted */
  readonly mimeType?: string
}

/**
 * A file uploaded to a temporary location. All fields are optional.
 * @since 1.0.0
 * @category Models
 */
export interface AssetUploadResponse {
  /** Duration in seconds (audio/videos). */
  readonly duration?: number
  /** Error message if upload failed. */
  readonly error?: string
  /** Resolved filename. */
  readonly fileName?: string
  /** File size in bytes. */
  readonly fileSize?: number
  /** Height in pixels (images/videos). */
  readonly height?: number
  /** Detected or provided MIME type. */
  readonly mimeType?: string
  /** Local file URL (file://) for the uploaded file. */
  readonly srcURL?: string
  /** Unique upload ID for this temporary file. */
  readonly uploadID?: string
  /** Width in pixels (images/videos). */
  readonly width?: number
}

/**
 * Where a bridge login should be removed.
 * @since 1.0.0
 * @category Models
 */
export type BridgeLoginRemoveScope = "current-device" | "all-devices"

/**
 * Body of POST /v1/bridges/{bridgeID}/logins/{loginID}/remove.
 * @since 1.0.0
 * @category Models
 */
export interface BridgeLoginRemoveRequest {
  /** Where this bridge login should be removed. */
  readonly scope: BridgeLoginRemoveScope
}

/**
 * Result of removing a bridge login.
 * @since 1.0.0
 * @category Models
 */
export interface BridgeLoginRemoveResponse {
  /** Bridge ID. */
  readonly bridgeID: string
  /** Bridge login ID. */
  readonly loginID: string
  /** Where this bridge login should be removed. */
  readonly scope: Open<BridgeLoginRemoveScope>
  readonly status: "removed"
  /** Chat accounts affected by the removal. */
  readonly affectedAccountIDs?: ReadonlyArray<string>
}

/**
 * Archive state to set.
 * @since 1.0.0
 * @category Models
 */
export interface ChatArchiveRequest {
  /**
   * True to archive, false to unarchive
   * @default true
   */
  readonly archived?: boolean
}

/**
 * Create a direct or group chat from participant IDs.
 * @since 1.0.0
 * @category Models
 */
export interface ChatCreateRequest {
  /** Account to create or start the chat on. */
  readonly accountID: string
  /** Optional first message content if the platform requires it to create the chat. */
  readonly messageText?: string
  /** 'single' requires exactly one participantID; 'group' supports multiple participants and optional title. */
  readonly type: "single" | "group"
  /** User IDs to include in the new chat. */
  readonly participantIDs: ReadonlyArray<string>
  /** Optional title for group chats; ignored for single chats on most networks. */
  readonly title?: string
}

/**
 * Disappearing-message timer capabilities.
 * @since 1.0.0
 * @category Models
 */
export interface ChatDisappearingTimerCapabilities {
  /** Supported disappearing timer types. */
  readonly types?: ReadonlyArray<Open<"afterRead" | "afterSend">>
  /** Allowed disappearing timer values in milliseconds. Omitted means any timer is allowed. */
  readonly timers?: ReadonlyArray<number>
  /** True if empty timer objects should be omitted from message content. */
  readonly omitEmptyTimer?: boolean
}

/**
 * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
 * @since 1.0.0
 * @category Models
 */
export type ChatID = string

/**
 * Optional read marker.
 * @since 1.0.0
 * @category Models
 */
export interface ChatMarkReadRequest {
  /** Optional message ID to mark read through. */
  readonly messageID?: string
}

/**
 * Optional unread marker.
 * @since 1.0.0
 * @category Models
 */
export interface ChatMarkUnreadRequest {
  /** Optional message ID to mark unread from. */
  readonly messageID?: string
}

/**
 * Present when this chat is a merged chat: one person whose conversations across networks (or across
 * accounts on the same network) are grouped into a single chat. A merged chat holds no messages of its
 * own - read messages from the member chats, and send either to a member directly or to the merged chat
 * ID to route automatically. Newest PHP SDK revision only (not SDK v5.0.0).
 * @since 1.0.0
 * @category Models
 */
export interface ChatMerge {
  /** Chat IDs of the member chats grouped by this merged chat. */
  readonly chatIDs: ReadonlyArray<string>
  /**
   * Member chat that receives messages sent to the merged chat, when the user has picked one. This
   * preference is per-device; when absent, sends route to the most recently active member.
   */
  readonly defaultChatID?: string
}

/**
 * Current reminder for a chat.
 * @since 1.0.0
 * @category Models
 */
export interface ChatReminder {
  /** Cancel reminder if someone messages in the chat. */
  readonly dismissOnIncomingMessage?: boolean
  /** Timestamp when the reminder should trigger. */
  readonly remindAt?: string
}

/**
 * Reminder configuration
 * @since 1.0.0
 * @category Models
 */
export interface ChatReminderInput {
  /** Timestamp when the reminder should trigger. */
  readonly remindAt: string
  /** Cancel reminder if someone messages in the chat */
  readonly dismissOnIncomingMessage?: boolean
}

/**
 * Set a reminder for a chat.
 * @since 1.0.0
 * @category Models
 */
export interface ChatReminderCreateRequest {
  readonly reminder: ChatReminderInput
}

/**
 * Current snooze state for a chat.
 * @since 1.0.0
 * @category Models
 */
export interface ChatSnooze {
  /** Timestamp when the snooze expires. */
  readonly snoozeUntil?: string
  /** Timestamp when the user set the snooze. */
  readonly userSnoozedAt?: string
}

/**
 * Merged user-like contact payload used to resolve the best identifier.
 * @since 1.0.0
 * @category Models
 */
export interface ChatStartUser {
  /** Known user ID when available. */
  readonly id?: string
  /** Username/handle candidate. */
  readonly username?: string
  /** Phone number candidate (E.164 preferred). */
  readonly phoneNumber?: string
  /** Email candidate. */
  readonly email?: string
  /** Display name hint used for ranking only. */
  readonly fullName?: string
}

/**
 * Start a direct chat from a user/contact payload. Available in Beeper Desktop v4.2.808+.
 * @since 1.0.0
 * @category Models
 */
export interface ChatStartRequest {
  /** Account to create or start the chat on. */
  readonly accountID: string
  /** Optional first message content if the platform requires it to create the chat. */
  readonly messageText?: string
  readonly user: ChatStartUser
  /**
   * Whether invite-based DM creation is allowed when required by the platform.
   * @default true
   */
  readonly allowInvite?: boolean
}

/**
 * Code to show to the user.
 * @since 1.0.0
 * @category Models
 */
export interface CodeLoginDisplay {
  readonly type: "code"
  /** Code to show. */
  readonly data: string
}

/**
 * Value to collect from the browser in a cookies login step.
 * @since 1.0.0
 * @category Models
 */
export interface CookieField {
  /** Field ID to send back in the fields object. */
  readonly id: string
  /** Cookie, header, or local storage key to collect. */
  readonly name?: string
  /** Browser storage source for this value. */
  readonly type?: Open<"cookie" | "header" | "local_storage">
}

/**
 * Browser step that collects cookies, headers or local storage values after the user signs in.
 * @since 1.0.0
 * @category Models
 */
export interface CookiesLoginStep {
  readonly type: "cookies"
  /** Values to collect from the browser. */
  readonly fields: ReadonlyArray<CookieField>
  /** Step ID to submit this step's input to. */
  readonly stepID: string
  /** URL to open for the user. */
  readonly url: string
  /** Regular expression that identifies the final URL after sign-in. */
  readonly expectedFinalURLRegex?: string
  /** Optional extraction script for browser-based sign-in helpers. Treat as an opaque helper value. */
  readonly extractJS?: string
  /** User-facing instructions for this browser step. */
  readonly instructions?: string
  /** Suggested user agent for the browser session. */
  readonly userAgent?: string
}

/**
 * Opaque pagination cursor; do not inspect. Use together with 'direction'.
 * @since 1.0.0
 * @category Models
 */
export type Cursor = string

/**
 * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results.
 * Defaults to 'before' when only 'cursor' is provided.
 * @since 1.0.0
 * @category Models
 */
export type Direction = "after" | "before"

/**
 * Disappearing-message timer capability.
 * @since 1.0.0
 * @category Models
 */
export interface DisappearingTimerCapability {
  readonly types: ReadonlyArray<Open<"" | "after_read" | "after_send">>
  readonly omit_empty_timer?: true
  readonly timers?: ReadonlyArray<number>
}

/**
 * An attachment of the chat's current draft.
 * @since 1.0.0
 * @category Models
 */
export interface DraftAttachment {
  /** Draft attachment identifier. */
  readonly id: string
  /** Draft attachment type. GIF and recorded audio are mutually exclusive types. */
  readonly type: Open<"file" | "gif" | "recorded_audio">
  /** MIME type if known. */
  readonly mimeType?: string
  /** Original filename if available. */
  readonly fileName?: string
  /** Local filesystem path for the draft attachment. */
  readonly filePath?: string
  /** File size in bytes if known. */
  readonly fileSize?: number
  /** Sticker identifier if the draft attachment is a sticker. */
  readonly stickerID?: string
  /** Audio duration in seconds if known. */
  readonly audioDurationSeconds?: number
  /** Pixel dimensions of the attachment. */
  readonly size?: {
    readonly width?: number
    readonly height?: number
  }
}

/**
 * Current draft object for this chat, or null when no draft is set.
 * @since 1.0.0
 * @category Models
 */
export type ChatDraft = {
  /** Matrix HTML draft body. */
  readonly text: string
  /** Draft attachments keyed by attachment ID. */
  readonly attachments?: { readonly [key: string]: DraftAttachment }
} | null

/**
 * Emoji image to show to the user.
 * @since 1.0.0
 * @category Models
 */
export interface EmojiLoginDisplay {
  readonly type: "emoji"
  /** Image URL of the emoji to show. */
  readonly imageURL: string
}

/**
 * Focus Beeper Desktop and optionally navigate to a specific chat, message, or pre-fill plain text and an image
 * path.
 * @since 1.0.0
 * @category Models
 */
export interface FocusRequest {
  /**
   * Optional Beeper chat ID (or local chat ID) to focus after opening the app. If omitted, only opens/focuses the
   * app.
   */
  readonly chatID?: string
  /** Optional message ID. Jumps to that message in the chat when opening. */
  readonly messageID?: string
  /** Optional plain text to populate in the message input field. */
  readonly draftText?: string
  /** Optional image path to populate in the message input field. */
  readonly draftAttachmentPath?: string
}

/**
 * Response indicating successful app focus action.
 * @since 1.0.0
 * @category Models
 */
export interface FocusResponse {
  /** Whether the app was successfully opened/focused. */
  readonly success: boolean
}

/**
 * Group creation field capability.
 * @since 1.0.0
 * @category Models
 */
export interface GroupFieldCapability {
  readonly allowed: boolean
  readonly max_length?: number
  readonly min_length?: number
  readonly required?: boolean
  /** Disappearing-message timer capability. */
  readonly settings?: DisappearingTimerCapability
}

/**
 * Group creation capabilities for one group type.
 * @since 1.0.0
 * @category Models
 */
export interface GroupTypeCapabilities {
  readonly type_description: string
  readonly avatar?: GroupFieldCapability
  readonly disappear?: GroupFieldCapability
  readonly name?: GroupFieldCapability
  readonly parent?: GroupFieldCapability
  readonly participants?: GroupFieldCapability
  readonly topic?: GroupFieldCapability
  readonly username?: GroupFieldCapability
}

/**
 * App, platform, server, and endpoint discovery metadata (snake_case field names).
 * @since 1.0.0
 * @category Models
 */
export interface InfoRetrieveResponse {
  readonly app: {
    /** App name */
    readonly name: string
    /** App version */
    readonly version: string
    /** App bundle identifier */
    readonly bundle_id: string
  }
  readonly platform: {
    /** Operating system identifier */
    readonly os: string
    /** CPU architecture */
    readonly arch: string
    /** Runtime release version */
    readonly release?: string
  }
  readonly server: {
    /** Server status */
    readonly status: string
    /** Base URL of the Beeper Desktop API server */
    readonly base_url: string
    /** Listening port */
    readonly port: number
    /** Listening host */
    readonly hostname: string
    /** Whether remote access is enabled */
    readonly remote_access: boolean
    /** Whether MCP endpoint is enabled */
    readonly mcp_enabled: boolean
  }
  readonly endpoints: {
    /** OAuth endpoints. */
    readonly oauth: {
      /** OAuth authorization endpoint */
      readonly authorization_endpoint: string
      /** OAuth token endpoint */
      readonly token_endpoint: string
      /** OAuth introspection endpoint */
      readonly introspection_endpoint: string
      /** OAuth userinfo endpoint */
      readonly userinfo_endpoint: string
      /** OAuth token revocation endpoint */
      readonly revocation_endpoint: string
      /** OAuth dynamic client registration endpoint */
      readonly registration_endpoint: string
    }
    /** OpenAPI spec endpoint */
    readonly spec: string
    /** MCP endpoint */
    readonly mcp: string
    /** WebSocket events endpoint */
    readonly ws_events: string
  }
}

/**
 * A user-created label that organizes chats across accounts.
 * @since 1.0.0
 * @category Models
 */
export interface Label {
  /** Unique identifier of the label. */
  readonly id: string
  /** Display name of the label. */
  readonly name: string
}

/**
 * Link preview included with a message.
 * @since 1.0.0
 * @category Models
 */
export interface LinkPreview {
  /** Resolved link URL. */
  readonly url: string
  /** Original URL when the displayed URL is shortened or redirected. */
  readonly originalURL?: string
  /**
   * Favicon URL if available. May be temporary or local-only to this device; download promptly if durable access
   * is needed.
   */
  readonly favicon?: string
  /**
   * Preview image URL if available. May be temporary or local-only to this device; download promptly if durable
   * access is needed.
   */
  readonly img?: string
  /** Preview image dimensions. */
  readonly imgSize?: {
    readonly width?: number
    readonly height?: number
  }
  /** Link preview title. */
  readonly title: string
  /** Link preview summary. */
  readonly summary?: string
}

/**
 * A connect or reconnect flow option of a bridge.
 * @since 1.0.0
 * @category Models
 */
export interface LoginFlow {
  /** Flow ID to pass when creating a bridge login session. */
  readonly id: string
  /** Short explanation for when to use this flow, when provided. */
  readonly description?: string
  /** Display name for the flow, when provided. */
  readonly name?: string
}

/**
 * Connect and reconnect flow options for a bridge.
 * @since 1.0.0
 * @category Models
 */
export interface LoginFlowListResponse {
  /** Login flows. */
  readonly items: ReadonlyArray<LoginFlow>
}

/**
 * Input field of a user_input login step.
 * @since 1.0.0
 * @category Models
 */
export interface LoginInputField {
  /** Field ID to send back in the fields object. */
  readonly id: string
  /** Initial field value, when provided by the network. */
  readonly initialValue?: string
  /** Field label to show to the user. */
  readonly label?: string
  /** True if the user can leave this field empty. */
  readonly optional?: boolean
  /** Placeholder text to show when the field is empty. */
  readonly placeholder?: string
  /** Suggested input type, such as text, password, or email. */
  readonly type?: string
}

/**
 * Result of cancelling a temporary bridge login session.
 * @since 1.0.0
 * @category Models
 */
export interface LoginSessionCancelResponse {
  /** Bridge ID. */
  readonly bridgeID: string
  /** Temporary bridge login session ID. */
  readonly loginSessionID: string
  readonly status: "cancelled"
}

/**
 * Body of POST /v1/bridges/{bridgeID}/login-sessions. All fields are optional. Omit loginID and accountID to
 * connect a new account.
 * @since 1.0.0
 * @category Models
 */
export interface LoginSessionCreateRequest {
  /** Existing chat account ID to reconnect. Omit to connect a new account. */
  readonly accountID?: string
  /** Optional flow ID returned by the list login flows endpoint. If omitted, Beeper chooses the default flow. */
  readonly flowID?: string
  /** Existing bridge login ID to reconnect. Omit to connect a new account. */
  readonly loginID?: string
}

/**
 * Status of a temporary bridge login session.
 * @since 1.0.0
 * @category Models
 */
export type LoginSessionStatus = Open<"waiting_for_input" | "waiting_for_cookies" | "waiting_for_display" | "complete" | "cancelled" | "failed">

/**
 * Body of POST /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}.
 * @since 1.0.0
 * @category Models
 */
export interface LoginStepSubmitRequest {
  /** Type of the step being submitted (matches the current step's `type`). */
  readonly type: "user_input" | "cookies" | "display_and_wait"
  /**
   * Field values keyed by the field IDs from the current step (LoginInputField.id for user_input steps,
   * CookieField.id for cookies steps).
   */
  readonly fields?: { readonly [key: string]: string }
  /** Last browser URL reached during a cookies step, if available. */
  readonly lastURL?: string
  /**
   * How the step was completed. Omit unless the client needs to distinguish an embedded webview or browser
   * extension.
   */
  readonly source?: "api" | "webview" | "browser_extension"
}

/**
 * Attachment type hint (image, video, audio, file, gif, voice-note, sticker). If omitted, auto-detected from
 * mimeType
 * @since 1.0.0
 * @category Models
 */
export type MessageAttachmentType = "image" | "video" | "audio" | "file" | "gif" | "voice-note" | "sticker"

/**
 * Group read receipt state keyed by participant ID.
 * @since 1.0.0
 * @category Models
 */
export type MessageSeenByParticipant = { readonly [key: string]: boolean | string }

/**
 * Read receipt state for this message, when available.
 * @since 1.0.0
 * @category Models
 */
export type MessageSeen = boolean | string | MessageSeenByParticipant

/**
 * Single attachment to send with the message.
 * @since 1.0.0
 * @category Models
 */
export interface MessageSendAttachment {
  /** Upload ID from uploadAsset endpoint. Required to reference uploaded files. */
  readonly uploadID: string
  /** MIME type (optional override of cached value) */
  readonly mimeType?: string
  /** Filename (optional override of cached value) */
  readonly fileName?: string
  /** Dimensions (optional override of cached value) */
  readonly size?: {
    readonly width: number
    readonly height: number
  }
  /** Duration in seconds (optional override of cached value) */
  readonly duration?: number
  readonly type?: MessageAttachmentType
}

/**
 * A draft attachment to set; must reference an uploadID returned by the upload file endpoint.
 * @since 1.0.0
 * @category Models
 */
export interface DraftAttachmentInput {
  /** Upload ID from uploadAsset endpoint. Required to reference uploaded files. */
  readonly uploadID: string
  /** MIME type (optional override of cached value) */
  readonly mimeType?: string
  /** Filename (optional override of cached value) */
  readonly fileName?: string
  /** Dimensions (optional override of cached value) */
  readonly size?: {
    readonly width: number
    readonly height: number
  }
  /** Duration in seconds (optional override of cached value) */
  readonly duration?: number
  readonly type?: MessageAttachmentType
  /** Optional draft attachment identifier. If omitted, a new identifier is generated. */
  readonly id?: string
}

/**
 * Result of a message send.
 * @since 1.0.0
 * @category Models
 */
export interface MessageSendResponse {
  /** Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available. */
  readonly chatID: string
  /**
   * Pending ID assigned to the message before the network confirms the send. Pass it to GET
   * /v1/chats/{chatID}/messages/{messageID} to resolve, or wait for the matching message.upserted over the
   * WebSocket.
   */
  readonly pendingMessageID: string
}

/**
 * Message send status for this message, when reported by the bridge.
 * @since 1.0.0
 * @category Models
 */
export interface MessageSendStatus {
  /** Machine-readable failure reason. Present when the send status is a failure. */
  readonly reason?: string
  /** Human-readable send status or failure message. */
  readonly message?: string
  /** Current status of the message send attempt. */
  readonly status: Open<"SUCCESS" | "PENDING" | "FAIL_RETRIABLE" | "FAIL_PERMANENT">
  /** Timestamp for the send status event. */
  readonly timestamp: string
  /** User IDs the message was delivered to, when reported by the network. */
  readonly deliveredToUsers?: ReadonlyArray<string>
  /** Internal bridge error detail. Intended for diagnostics, not end-user display. */
  readonly internalError?: string
}

/**
 * Draft text. Plain text and Markdown are converted to Matrix HTML with the same rules used by send and edit.
 * @since 1.0.0
 * @category Models
 */
export type MessageTextInput = string

/**
 * Draft object to set or clear. Non-empty drafts are only accepted when the current draft is empty. Send
 * draft=null to clear text and attachments together before setting a new draft.
 * @since 1.0.0
 * @category Models
 */
export type ChatDraftInput = {
  readonly text: MessageTextInput
  /**
   * Draft attachments keyed by attachment ID. Each attachment must reference an uploadID returned by the upload
   * file endpoint.
   */
  readonly attachments?: { readonly [key: string]: DraftAttachmentInput }
} | null

/**
 * Chat fields to update. Every field is optional; omitted fields are left unchanged.
 * @since 1.0.0
 * @category Models
 */
export interface ChatUpdateRequest {
  readonly draft?: ChatDraftInput
  /** Custom chat title. Support depends on the chat account and chat permissions. */
  readonly title?: string | null
  /** Group chat description/topic. Support depends on the chat account and chat permissions. */
  readonly description?: string | null
  /** Local filesystem path to a group chat avatar image. Support depends on the chat account and chat permissions. */
  readonly imgURL?: string | null
  /** Archive or unarchive the chat. */
  readonly isArchived?: boolean
  /** Mark or unmark the chat as low priority when supported by the account. */
  readonly isLowPriority?: boolean
  /** Pin or unpin the chat when supported by the account. */
  readonly isPinned?: boolean
  /** Mute or unmute the chat. */
  readonly isMuted?: boolean
  /** Disappearing-message timer in seconds, or null to clear when supported. */
  readonly messageExpirySeconds?: number | null
}

/**
 * Body of a message send. All fields are optional.
 * @since 1.0.0
 * @category Models
 */
export interface MessageSendRequest {
  /**
   * Text input. Markdown is converted to Matrix HTML. To provide Matrix HTML verbatim, pass a JSON-stringified
   * HTML string.
   */
  readonly text?: MessageTextInput
  /** Provide a message ID to send this as a reply to an existing message */
  readonly replyToMessageID?: string
  /** Single attachment to send with the message */
  readonly attachment?: MessageSendAttachment
}

/**
 * Body of a message edit.
 * @since 1.0.0
 * @category Models
 */
export interface MessageUpdateRequest {
  /** New text content for the message */
  readonly text: string
}

/**
 * Nothing to display.
 * @since 1.0.0
 * @category Models
 */
export interface NothingLoginDisplay {
  readonly type: "nothing"
}

/**
 * QR code to show to the user.
 * @since 1.0.0
 * @category Models
 */
export interface QRLoginDisplay {
  readonly type: "qr"
  /** QR code payload. */
  readonly data: string
}

/**
 * What a display_and_wait step shows to the user, discriminated by `type`.
 * @since 1.0.0
 * @category Models
 */
export type LoginDisplay = QRLoginDisplay | EmojiLoginDisplay | NothingLoginDisplay | CodeLoginDisplay

/**
 * Step that shows something to the user (QR code, emoji, code) and waits.
 * @since 1.0.0
 * @category Models
 */
export interface DisplayAndWaitLoginStep {
  readonly type: "display_and_wait"
  readonly display: LoginDisplay
  /** Step ID to submit this step's input to. */
  readonly stepID: string
  /** User-facing instructions for this step. */
  readonly instructions?: string
}

/**
 * A reaction to a message.
 * @since 1.0.0
 * @category Models
 */
export interface Reaction {
  /**
   * Reaction ID. When a participant can react more than once, the ID is the participant ID concatenated with the
   * reaction key; otherwise it equals the participant ID.
   */
  readonly id: string
  /** The reaction key: an emoji (😄), a network-specific key, or a shortcode like "smiling-face". */
  readonly reactionKey: string
  /**
   * URL to the reaction's image. May be temporary or local-only to this device; download promptly if durable
   * access is needed.
   */
  readonly imgURL?: string
  /** User ID of the participant who reacted. */
  readonly participantID: string
  /** True if the reactionKey is an emoji. */
  readonly emoji?: boolean
}

/**
 * Body of a reaction add.
 * @since 1.0.0
 * @category Models
 */
export interface ReactionAddRequest {
  /** Reaction key to add (emoji, shortcode, or custom emoji key) */
  readonly reactionKey: string
  /** Optional transaction ID for deduplication and send tracking */
  readonly transactionID?: string
}

/**
 * Result of adding a reaction.
 * @since 1.0.0
 * @category Models
 */
export interface ReactionAddResponse {
  /** Always true. Indicates the reaction was queued; failures return an error response. */
  readonly success: Open<true>
  /** Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available. */
  readonly chatID: string
  /** Message ID. */
  readonly messageID: string
  /** Reaction key that was added. */
  readonly reactionKey: string
  /** Transaction ID used for send tracking. */
  readonly transactionID: string
}

/**
 * Result of removing a reaction.
 * @since 1.0.0
 * @category Models
 */
export interface ReactionDeleteResponse {
  /** Always true. Indicates the reaction removal was queued; failures return an error response. */
  readonly success: Open<true>
  /** Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available. */
  readonly chatID: string
  /** Message ID. */
  readonly messageID: string
  /** Reaction key that was removed. */
  readonly reactionKey: string
}

/**
 * Identifier lookup capabilities for this bridge.
 * @since 1.0.0
 * @category Models
 */
export interface ResolveIdentifierCapabilities {
  readonly any_phone: boolean
  readonly contact_list: boolean
  readonly create_dm: boolean
  readonly lookup_email: boolean
  readonly lookup_phone: boolean
  readonly lookup_username: boolean
  readonly search: boolean
}

/**
 * Advanced network capabilities for account lookup and group creation. Wire field names of this model are
 * snake_case (unlike most of the API).
 * @since 1.0.0
 * @category Models
 */
export interface ProvisioningCapabilities {
  /** Group creation capabilities keyed by group type identifier. */
  readonly group_creation: { readonly [key: string]: GroupTypeCapabilities }
  /** Identifier lookup capabilities for this bridge. */
  readonly resolve_identifier: ResolveIdentifierCapabilities
  readonly image_pack_import?: boolean
}

/**
 * -2: rejected, -1: dropped, 0: unsupported, 1: partially supported, 2: fully supported.
 * @since 1.0.0
 * @category Models
 */
export type SupportLevel = Open<-2 | -1 | 0 | 1 | 2>

/**
 * Capabilities for one attachment message type.
 * @since 1.0.0
 * @category Models
 */
export interface AttachmentCapability {
  /**
   * Supported MIME types or MIME patterns for this file message type. Missing MIME types should be treated as
   * rejected.
   */
  readonly mimeTypes: { readonly [key: string]: SupportLevel }
  readonly caption?: SupportLevel
  /** Maximum caption length when captions are supported. */
  readonly maxCaptionLength?: number
  /** Maximum file size in bytes. */
  readonly maxSize?: number
  /** Maximum image or video width in pixels. */
  readonly maxWidth?: number
  /** Maximum image or video height in pixels. */
  readonly maxHeight?: number
  /** Maximum audio or video duration in seconds. */
  readonly maxDuration?: number
  /** True if this file type can be sent as view-once media. */
  readonly viewOnce?: boolean
}

/**
 * Message request capabilities.
 * @since 1.0.0
 * @category Models
 */
export interface ChatMessageRequestCapabilities {
  readonly acceptWithMessage?: SupportLevel
  readonly acceptWithButton?: SupportLevel
}

/**
 * Participant management capabilities.
 * @since 1.0.0
 * @category Models
 */
export interface ChatParticipantActionCapabilities {
  readonly ban?: SupportLevel
  readonly invite?: SupportLevel
  readonly kick?: SupportLevel
  readonly leave?: SupportLevel
  readonly revokeInvite?: SupportLevel
}

/**
 * Chat state update capabilities.
 * @since 1.0.0
 * @category Models
 */
export interface ChatStateCapabilities {
  /** Disappearing-message timer state capability. */
  readonly disappearingTimer?: {
    readonly level: SupportLevel
  }
  /** Chat avatar state capability. */
  readonly avatar?: {
    readonly level: SupportLevel
  }
  /** Chat title state capability. */
  readonly title?: {
    readonly level: SupportLevel
  }
  /** Chat description/topic state capability. */
  readonly description?: {
    readonly level: SupportLevel
  }
}

/**
 * Chat capabilities reported by the platform.
 * @since 1.0.0
 * @category Models
 */
export interface ChatCapabilities {
  /**
   * Supported rich-text formatting features keyed by feature name (for example bold, inline_code,
   * code_block.syntax_highlighting). Omitted means no formatting support is advertised.
   */
  readonly formatting?: { readonly [key: string]: SupportLevel }
  /**
   * Supported attachment message types and their per-type constraints, keyed by Matrix msgtype or pseudo-msgtype
   * (for example m.image, m.video, org.matrix.msc3245.voice). Missing message types should be treated as rejected.
   */
  readonly attachments?: { readonly [key: string]: AttachmentCapability }
  /** Maximum length of normal text messages. */
  readonly maxTextLength?: number
  readonly locationMessage?: SupportLevel
  readonly poll?: SupportLevel
  readonly thread?: SupportLevel
  readonly reply?: SupportLevel
  readonly edit?: SupportLevel
  /** Maximum number of edits allowed for one message. */
  readonly editMaxCount?: number
  /** Maximum message age for edits, in seconds. */
  readonly editMaxAge?: number
  readonly delete?: SupportLevel
  /** Maximum message age for delete-for-everyone, in seconds. */
  readonly deleteMaxAge?: number
  /** True if deleting messages only for the authenticated user is supported. */
  readonly deleteForMe?: boolean
  readonly messageRequest?: ChatMessageRequestCapabilities
  readonly reaction?: SupportLevel
  /** Maximum number of reactions allowed on a single message. */
  readonly reactionCount?: number
  /** Allowed Unicode reactions. Omitted means all emoji reactions are allowed. */
  readonly allowedReactions?: ReadonlyArray<string>
  /** True if custom emoji reactions are supported. */
  readonly customEmojiReactions?: boolean
  readonly disappearingTimer?: ChatDisappearingTimerCapabilities
  /** True if read receipts are supported. */
  readonly readReceipts?: boolean
  /** True if typing notifications are supported. */
  readonly typingNotifications?: boolean
  /** True if archive/unarchive is supported. */
  readonly archive?: boolean
  /** True if marking chats unread is supported. */
  readonly markAsUnread?: boolean
  /** True if deleting chats for the authenticated user is supported. */
  readonly deleteChat?: boolean
  /** True if deleting chats for everyone is supported. */
  readonly deleteChatForEveryone?: boolean
  readonly participantActions?: ChatParticipantActionCapabilities
  readonly state?: ChatStateCapabilities
}

/**
 * Capability to update one piece of chat state.
 * @since 1.0.0
 * @category Models
 */
export interface ChatStateCapability {
  readonly level: SupportLevel
}

/**
 * Attachment transcription if available.
 * @since 1.0.0
 * @category Models
 */
export interface Transcription {
  /** Transcribed text. */
  readonly transcription: string
  /** Transcription engine. */
  readonly engine: string
  /** Detected or selected language. */
  readonly language?: string
}

/**
 * An attachment included with a message.
 * @since 1.0.0
 * @category Models
 */
export interface Attachment {
  /** Attachment identifier (typically an mxc:// URL). Use the download file endpoint to get a local file path. */
  readonly id?: string
  /** Attachment type. */
  readonly type: Open<"unknown" | "img" | "video" | "audio">
  /**
   * Public URL or local file path to fetch the file. May be temporary or local-only to this device; download
   * promptly if durable access is needed.
   */
  readonly srcURL?: string
  /** MIME type if known (e.g., 'image/png'). */
  readonly mimeType?: string
  /** Original filename if available. */
  readonly fileName?: string
  /** File size in bytes if known. */
  readonly fileSize?: number
  /** True if the attachment is a GIF. */
  readonly isGif?: boolean
  /** True if the attachment is a sticker. */
  readonly isSticker?: boolean
  /** True if the attachment is a voice note. */
  readonly isVoiceNote?: boolean
  /** Duration in seconds (audio/video). */
  readonly duration?: number
  readonly transcription?: Transcription
  /**
   * Preview image URL for video attachments (poster frame). May be temporary or local-only to this device;
   * download promptly if durable access is needed.
   */
  readonly posterImg?: string
  /** Pixel dimensions of the attachment: width/height in px. */
  readonly size?: {
    readonly width?: number
    readonly height?: number
  }
}

/**
 * A message in a chat.
 * @since 1.0.0
 * @category Models
 */
export interface Message {
  /** Message ID. */
  readonly id: string
  /** Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available. */
  readonly chatID: string
  /** Beeper account ID the message belongs to. */
  readonly accountID: string
  /** Matrix-style fully-qualified sender user ID, usually including a bridge prefix and homeserver. */
  readonly senderID: string
  /** Resolved sender display name (impersonator/full name/username/participant name). */
  readonly senderName?: string
  /** Message timestamp. */
  readonly timestamp: string
  /** A unique, sortable key used to sort messages. */
  readonly sortKey: string
  /**
   * Message content type. Useful for distinguishing reactions, media messages, and state events from regular text
   * messages.
   */
  readonly type?: Open<"TEXT" | "NOTICE" | "IMAGE" | "VIDEO" | "VOICE" | "AUDIO" | "FILE" | "STICKER" | "LOCATION" | "REACTION">
  /** Matrix HTML body if present. */
  readonly text?: string
  /** Timestamp when the message was edited, if known. */
  readonly editedTimestamp?: string
  /** True if the authenticated user sent the message. */
  readonly isSender?: boolean
  readonly sendStatus?: MessageSendStatus
  /** True if the message is hidden from normal display. */
  readonly isHidden?: boolean
  /** True if the message has been deleted. */
  readonly isDeleted?: boolean
  /** Attachments included with this message, if any. */
  readonly attachments?: ReadonlyArray<Attachment>
  /** True if the message is unread for the authenticated user. May be omitted. */
  readonly isUnread?: boolean
  /** ID of the message this is a reply to, if any. */
  readonly linkedMessageID?: string
  /** Mentioned user IDs, @room, or null for legacy messages that require text scanning. */
  readonly mentions?: ReadonlyArray<string> | null
  /** Link previews included with this message, if any. */
  readonly links?: ReadonlyArray<LinkPreview>
  /** Reactions to the message, if any. */
  readonly reactions?: ReadonlyArray<Reaction>
  readonly seen?: MessageSeen
}

/**
 * A page of messages in a chat, sorted by timestamp.
 * @since 1.0.0
 * @category Models
 */
export interface MessageListPage {
  /**
   * Messages from the chat, sorted by timestamp. Use oldestCursor/newestCursor for pagination and treat both as
   * opaque values.
   */
  readonly items: ReadonlyArray<Message>
  /** True if additional results can be fetched using the provided cursors. */
  readonly hasMore: boolean
  /** Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect. */
  readonly oldestCursor?: string | null
  /** Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect. */
  readonly newestCursor?: string | null
}

/**
 * The edited message (a full Message) plus the deprecated compatibility fields `messageID` and `success`.
 * (Older docs renditions returned only { chatID, messageID, success }; this is the current shape.)
 * @since 1.0.0
 * @category Models
 */
export interface MessageUpdateResponse {
  /** Message ID. */
  readonly id: string
  /** Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available. */
  readonly chatID: string
  /** Beeper account ID the message belongs to. */
  readonly accountID: string
  /** Matrix-style fully-qualified sender user ID, usually including a bridge prefix and homeserver. */
  readonly senderID: string
  /** Resolved sender display name (impersonator/full name/username/participant name). */
  readonly senderName?: string
  /** Message timestamp. */
  readonly timestamp: string
  /** A unique, sortable key used to sort messages. */
  readonly sortKey: string
  /**
   * Message content type. Useful for distinguishing reactions, media messages, and state events from regular text
   * messages.
   */
  readonly type?: Open<"TEXT" | "NOTICE" | "IMAGE" | "VIDEO" | "VOICE" | "AUDIO" | "FILE" | "STICKER" | "LOCATION" | "REACTION">
  /** Matrix HTML body if present. */
  readonly text?: string
  /** Timestamp when the message was edited, if known. */
  readonly editedTimestamp?: string
  /** True if the authenticated user sent the message. */
  readonly isSender?: boolean
  readonly sendStatus?: MessageSendStatus
  /** True if the message is hidden from normal display. */
  readonly isHidden?: boolean
  /** True if the message has been deleted. */
  readonly isDeleted?: boolean
  /** Attachments included with this message, if any. */
  readonly attachments?: ReadonlyArray<Attachment>
  /** True if the message is unread for the authenticated user. May be omitted. */
  readonly isUnread?: boolean
  /** ID of the message this is a reply to, if any. */
  readonly linkedMessageID?: string
  /** Mentioned user IDs, @room, or null for legacy messages that require text scanning. */
  readonly mentions?: ReadonlyArray<string> | null
  /** Link previews included with this message, if any. */
  readonly links?: ReadonlyArray<LinkPreview>
  /** Reactions to the message, if any. */
  readonly reactions?: ReadonlyArray<Reaction>
  readonly seen?: MessageSeen
  /**
   * DEPRECATED - compatibility field. Successful responses are already represented by the 200 status code.
   * @deprecated
   */
  readonly success: Open<true>
  /**
   * DEPRECATED - use id instead. Compatibility alias for older clients.
   * @deprecated
   */
  readonly messageID: string
}

/**
 * User the account belongs to.
 * @since 1.0.0
 * @category Models
 */
export interface User {
  /** Stable Beeper user ID. Use as the primary key when referencing a person. */
  readonly id: string
  /** Human-readable handle if available (e.g., '@alice'). May be network-specific and not globally unique. */
  readonly username?: string
  /** User's phone number in E.164 format (e.g., '+14155552671'). Omit if unknown. */
  readonly phoneNumber?: string
  /** Email address if known. Not guaranteed verified. */
  readonly email?: string
  /** Display name as shown in clients (e.g., 'Alice Example'). May include emojis. */
  readonly fullName?: string
  /**
   * Avatar image URL if available. This may be a remote URL, Matrix media URL, data URL, or local filesystem URL
   * depending on source and endpoint. May be temporary or local-only to this device; download promptly if durable
   * access is needed.
   */
  readonly imgURL?: string
  /**
   * True if Beeper cannot initiate messages to this user (e.g., blocked, network restriction, or no DM path). The
   * user may still message you.
   */
  readonly cannotMessage?: boolean
  /** True if this user represents the authenticated account's own identity. */
  readonly isSelf?: boolean
}

/**
 * A chat account added to Beeper.
 * @since 1.0.0
 * @category Models
 */
export interface Account {
  /**
   * Chat account added to Beeper. Use this to route account-scoped actions. Examples include matrix for
   * Beeper/Matrix, discordgo for a cloud bridge, slackgo.TEAM-USER for workspace-scoped cloud bridges, and
   * local-whatsapp_ba_... for local bridges.
   */
  readonly accountID: string
  readonly bridge: AccountBridge
  /** Human-friendly network name for the account. Omitted when the network is unknown. */
  readonly network?: string
  readonly user: User
  /** Current connection status for this account. Only in the current docs (not SDK v5.0.0). */
  readonly status?: Open<"connected" | "connecting" | "backfilling" | "connection_required" | "reconnect_required" | "attention_required" | "disconnected" | "disabled">
  /**
   * Runtime chat/message capabilities for this connected account, when available. Only in the current
   * docs (not SDK v5.0.0).
   */
  readonly capabilities?: { readonly [key: string]: unknown }
  /**
   * Bridge login ID for this account, when known. One bridge login can contain multiple chat accounts.
   * Only in the current docs (not SDK v5.0.0).
   */
  readonly loginID?: string
  /** Human-friendly account status text. Only in the current docs (not SDK v5.0.0). */
  readonly statusText?: string
}

/**
 * Available bridge that can connect or reconnect chat accounts.
 * @since 1.0.0
 * @category Models
 */
export interface Bridge {
  /** Bridge ID. Use with bridge endpoints. */
  readonly id: string
  /** Connected accounts for this bridge. Uses the same Account schema as GET /v1/accounts. */
  readonly accounts: ReadonlyArray<Account>
  /** Number of active accounts for this network on this device. */
  readonly activeAccountCount: number
  /** Human-friendly bridge name shown in Beeper. */
  readonly displayName: string
  /** Where accounts for this bridge run: on this device or in Beeper Cloud. */
  readonly provider: Open<"cloud" | "self-hosted" | "local" | "platform-sdk">
  /** Whether this bridge can currently be used to connect new accounts. */
  readonly status: Open<"available" | "connected" | "limit_reached" | "temporarily_unavailable" | "disabled">
  /** Whether this bridge can have multiple active accounts for the same network. */
  readonly supportsMultipleAccounts: boolean
  /** Underlying bridge type, such as matrix, discordgo, slackgo, whatsapp, telegram, or twitter. */
  readonly type: string
  /** Network grouping used for account counts and limits. */
  readonly network?: string
  /** Human-friendly status text matching Beeper account management language. */
  readonly statusText?: string
}

/**
 * Available bridges and their connected accounts.
 * @since 1.0.0
 * @category Models
 */
export interface BridgeListResponse {
  /** Available bridges. */
  readonly items: ReadonlyArray<Bridge>
}

/**
 * Signed-in identity for a bridge. One bridge login can contain multiple chat accounts.
 * @since 1.0.0
 * @category Models
 */
export interface BridgeLogin {
  /** Bridge ID. */
  readonly bridgeID: string
  /** Bridge login ID. */
  readonly loginID: string
  /** Scopes this bridge login can be removed with. */
  readonly removeScopes: ReadonlyArray<Open<BridgeLoginRemoveScope>>
  /** Bridge login status. */
  readonly status: Open<"connected" | "connecting" | "needs_login" | "logged_out" | "unknown">
  /** Chat accounts that belong to this bridge login, when known. */
  readonly accountIDs?: ReadonlyArray<string>
  /** Human-friendly bridge login status text. */
  readonly statusText?: string
  /** User the account belongs to. */
  readonly user?: User
}

/**
 * Bridge logins of a bridge.
 * @since 1.0.0
 * @category Models
 */
export interface BridgeLoginListResponse {
  /** Bridge logins. */
  readonly items: ReadonlyArray<BridgeLogin>
}

/**
 * Final step of a completed login.
 * @since 1.0.0
 * @category Models
 */
export interface CompleteLoginStep {
  readonly type: "complete"
  /** A chat account added to Beeper. */
  readonly account?: Account
  /** Completion instructions, when provided. */
  readonly instructions?: string
  /** Signed-in identity for a bridge. One bridge login can contain multiple chat accounts. */
  readonly login?: BridgeLogin
  /** Step ID. */
  readonly stepID?: string
}

/**
 * A cursor page of merged contacts for one account.
 * @since 1.0.0
 * @category Models
 */
export interface ContactListPage {
  /** Merged contacts for the selected account. */
  readonly items: ReadonlyArray<User>
  /** True if additional results can be fetched using the provided cursors. */
  readonly hasMore: boolean
  /** Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect. */
  readonly oldestCursor?: string | null
  /** Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect. */
  readonly newestCursor?: string | null
}

/**
 * Users matching a contact search on one account (not paginated).
 * @since 1.0.0
 * @category Models
 */
export interface ContactSearchResponse {
  /** Matching users. */
  readonly items: ReadonlyArray<User>
}

/**
 * Accounts configured on this device. Includes accountID, bridge metadata, optional network name, and user
 * identity.
 * @since 1.0.0
 * @category Models
 */
export type GetAccountsOutput = ReadonlyArray<Account>

/**
 * A chat participant. Extends User with chat membership metadata.
 * @since 1.0.0
 * @category Models
 */
export interface Participant {
  /** Stable Beeper user ID. Use as the primary key when referencing a person. */
  readonly id: string
  /** Human-readable handle if available (e.g., '@alice'). May be network-specific and not globally unique. */
  readonly username?: string
  /** User's phone number in E.164 format (e.g., '+14155552671'). Omit if unknown. */
  readonly phoneNumber?: string
  /** Email address if known. Not guaranteed verified. */
  readonly email?: string
  /** Display name as shown in clients (e.g., 'Alice Example'). May include emojis. */
  readonly fullName?: string
  /**
   * Avatar image URL if available. This may be a remote URL, Matrix media URL, data URL, or local filesystem URL
   * depending on source and endpoint. May be temporary or local-only to this device; download promptly if durable
   * access is needed.
   */
  readonly imgURL?: string
  /**
   * True if Beeper cannot initiate messages to this user (e.g., blocked, network restriction, or no DM path). The
   * user may still message you.
   */
  readonly cannotMessage?: boolean
  /** True if this user represents the authenticated account's own identity. */
  readonly isSelf?: boolean
  /** True if this participant has admin privileges in the chat. */
  readonly isAdmin?: boolean
  /** True if this participant has been invited but has not joined yet. */
  readonly isPending?: boolean
  /** True if this participant represents a network or bridge bot. */
  readonly isNetworkBot?: boolean
}

/**
 * Chat participants information.
 * @since 1.0.0
 * @category Models
 */
export interface ChatParticipants {
  /** Participants returned for this chat (limited by the request; may be a subset). */
  readonly items: ReadonlyArray<Participant>
  /** True if there are more participants than included in items. */
  readonly hasMore: boolean
  /** Total number of participants in the chat. */
  readonly total: number
}

/**
 * A chat (direct or group conversation) on one chat account.
 * @since 1.0.0
 * @category Models
 */
export interface Chat {
  /** Unique identifier of the chat across Beeper. */
  readonly id: string
  /** Local chat ID specific to this Beeper Desktop installation. */
  readonly localChatID?: string | null
  /** Account ID this chat belongs to. */
  readonly accountID: string
  /** Display-only human-readable account/network name. */
  readonly network: string
  /** Display title of the chat as computed by the client/server. */
  readonly title: string
  /** Group chat description/topic when available. */
  readonly description?: string | null
  /** Local filesystem path to the chat avatar image when available. */
  readonly imgURL?: string | null
  /** Chat type: 'single' for direct messages, 'group' for group chats. */
  readonly type: Open<"single" | "group">
  /** True if messages cannot be sent in this chat. */
  readonly isReadOnly?: boolean
  readonly participants: ChatParticipants
  /** Timestamp of last activity. */
  readonly lastActivity?: string
  /** Number of unread messages. */
  readonly unreadCount: number
  /** Number of unread messages that mention the authenticated user or @room. */
  readonly unreadMentionsCount?: number
  /** Last read message sortKey. */
  readonly lastReadMessageSortKey?: string
  readonly draft?: ChatDraft
  /** Current reminder for this chat, or null when no reminder is set. */
  readonly reminder?: {
    /** Timestamp when the reminder should trigger. */
    readonly remindAt?: string
    /** Cancel reminder if someone messages in the chat. */
    readonly dismissOnIncomingMessage?: boolean
  } | null
  /** Current snooze state for this chat, or null when no snooze is set. */
  readonly snooze?: {
    /** Timestamp when the snooze expires. */
    readonly snoozeUntil?: string
    /** Timestamp when the user set the snooze. */
    readonly userSnoozedAt?: string
  } | null
  /** True if chat is archived. */
  readonly isArchived?: boolean
  /** True if the chat was explicitly marked unread by the authenticated user. */
  readonly isMarkedUnread?: boolean
  /** True if chat notifications are muted. */
  readonly isMuted?: boolean
  /** True if chat is pinned. */
  readonly isPinned?: boolean
  /** True if chat is marked low priority. */
  readonly isLowPriority?: boolean
  /** Disappearing-message timer in seconds when available. */
  readonly messageExpirySeconds?: number | null
  readonly capabilities?: ChatCapabilities
  /**
   * Labels applied to this chat. Absent when the chat has none, or when labels are not enabled for this
   * user. Newest PHP SDK revision only (not SDK v5.0.0).
   */
  readonly labels?: ReadonlyArray<Label>
  readonly merge?: ChatMerge
  /**
   * When this chat is a member of a merged chat, the ID of that merged chat. Clients that render merged
   * chats as one conversation should list the merged chat and hide chats carrying this field. Newest PHP
   * SDK revision only (not SDK v5.0.0).
   */
  readonly mergedIntoChatID?: string
}

/**
 * The created chat, plus deprecated compatibility fields.
 * @since 1.0.0
 * @category Models
 */
export interface ChatCreateResponse {
  /** Unique identifier of the chat across Beeper. */
  readonly id: string
  /** Local chat ID specific to this Beeper Desktop installation. */
  readonly localChatID?: string | null
  /** Account ID this chat belongs to. */
  readonly accountID: string
  /** Display-only human-readable account/network name. */
  readonly network: string
  /** Display title of the chat as computed by the client/server. */
  readonly title: string
  /** Group chat description/topic when available. */
  readonly description?: string | null
  /** Local filesystem path to the chat avatar image when available. */
  readonly imgURL?: string | null
  /** Chat type: 'single' for direct messages, 'group' for group chats. */
  readonly type: Open<"single" | "group">
  /** True if messages cannot be sent in this chat. */
  readonly isReadOnly?: boolean
  readonly participants: ChatParticipants
  /** Timestamp of last activity. */
  readonly lastActivity?: string
  /** Number of unread messages. */
  readonly unreadCount: number
  /** Number of unread messages that mention the authenticated user or @room. */
  readonly unreadMentionsCount?: number
  /** Last read message sortKey. */
  readonly lastReadMessageSortKey?: string
  readonly draft?: ChatDraft
  /** Current reminder for this chat, or null when no reminder is set. */
  readonly reminder?: {
    /** Timestamp when the reminder should trigger. */
    readonly remindAt?: string
    /** Cancel reminder if someone messages in the chat. */
    readonly dismissOnIncomingMessage?: boolean
  } | null
  /** Current snooze state for this chat, or null when no snooze is set. */
  readonly snooze?: {
    /** Timestamp when the snooze expires. */
    readonly snoozeUntil?: string
    /** Timestamp when the user set the snooze. */
    readonly userSnoozedAt?: string
  } | null
  /** True if chat is archived. */
  readonly isArchived?: boolean
  /** True if the chat was explicitly marked unread by the authenticated user. */
  readonly isMarkedUnread?: boolean
  /** True if chat notifications are muted. */
  readonly isMuted?: boolean
  /** True if chat is pinned. */
  readonly isPinned?: boolean
  /** True if chat is marked low priority. */
  readonly isLowPriority?: boolean
  /** Disappearing-message timer in seconds when available. */
  readonly messageExpirySeconds?: number | null
  readonly capabilities?: ChatCapabilities
  /**
   * Labels applied to this chat. Absent when the chat has none, or when labels are not enabled for this
   * user. Newest PHP SDK revision only (not SDK v5.0.0).
   */
  readonly labels?: ReadonlyArray<Label>
  readonly merge?: ChatMerge
  /**
   * When this chat is a member of a merged chat, the ID of that merged chat. Clients that render merged
   * chats as one conversation should list the merged chat and hide chats carrying this field. Newest PHP
   * SDK revision only (not SDK v5.0.0).
   */
  readonly mergedIntoChatID?: string
  /**
   * DEPRECATED - use id instead. Compatibility alias for older clients.
   * @deprecated
   */
  readonly chatID: string
  /**
   * DEPRECATED - legacy start-chat status for older clients. New clients should inspect the returned Chat instead.
   * @deprecated
   */
  readonly status?: Open<"existing" | "created">
}

/**
 * A cursor page of chats matching a search.
 * @since 1.0.0
 * @category Models
 */
export interface ChatSearchPage {
  /** Chats matching the filters. */
  readonly items: ReadonlyArray<Chat>
  /** True if additional results can be fetched using the provided cursors. */
  readonly hasMore: boolean
  /** Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect. */
  readonly oldestCursor?: string | null
  /** Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect. */
  readonly newestCursor?: string | null
}

/**
 * The started (created or reused) direct chat, plus deprecated compatibility fields.
 * @since 1.0.0
 * @category Models
 */
export interface ChatStartResponse {
  /** Unique identifier of the chat across Beeper. */
  readonly id: string
  /** Local chat ID specific to this Beeper Desktop installation. */
  readonly localChatID?: string | null
  /** Account ID this chat belongs to. */
  readonly accountID: string
  /** Display-only human-readable account/network name. */
  readonly network: string
  /** Display title of the chat as computed by the client/server. */
  readonly title: string
  /** Group chat description/topic when available. */
  readonly description?: string | null
  /** Local filesystem path to the chat avatar image when available. */
  readonly imgURL?: string | null
  /** Chat type: 'single' for direct messages, 'group' for group chats. */
  readonly type: Open<"single" | "group">
  /** True if messages cannot be sent in this chat. */
  readonly isReadOnly?: boolean
  readonly participants: ChatParticipants
  /** Timestamp of last activity. */
  readonly lastActivity?: string
  /** Number of unread messages. */
  readonly unreadCount: number
  /** Number of unread messages that mention the authenticated user or @room. */
  readonly unreadMentionsCount?: number
  /** Last read message sortKey. */
  readonly lastReadMessageSortKey?: string
  readonly draft?: ChatDraft
  /** Current reminder for this chat, or null when no reminder is set. */
  readonly reminder?: {
    /** Timestamp when the reminder should trigger. */
    readonly remindAt?: string
    /** Cancel reminder if someone messages in the chat. */
    readonly dismissOnIncomingMessage?: boolean
  } | null
  /** Current snooze state for this chat, or null when no snooze is set. */
  readonly snooze?: {
    /** Timestamp when the snooze expires. */
    readonly snoozeUntil?: string
    /** Timestamp when the user set the snooze. */
    readonly userSnoozedAt?: string
  } | null
  /** True if chat is archived. */
  readonly isArchived?: boolean
  /** True if the chat was explicitly marked unread by the authenticated user. */
  readonly isMarkedUnread?: boolean
  /** True if chat notifications are muted. */
  readonly isMuted?: boolean
  /** True if chat is pinned. */
  readonly isPinned?: boolean
  /** True if chat is marked low priority. */
  readonly isLowPriority?: boolean
  /** Disappearing-message timer in seconds when available. */
  readonly messageExpirySeconds?: number | null
  readonly capabilities?: ChatCapabilities
  /**
   * Labels applied to this chat. Absent when the chat has none, or when labels are not enabled for this
   * user. Newest PHP SDK revision only (not SDK v5.0.0).
   */
  readonly labels?: ReadonlyArray<Label>
  readonly merge?: ChatMerge
  /**
   * When this chat is a member of a merged chat, the ID of that merged chat. Clients that render merged
   * chats as one conversation should list the merged chat and hide chats carrying this field. Newest PHP
   * SDK revision only (not SDK v5.0.0).
   */
  readonly mergedIntoChatID?: string
  /**
   * Deprecated - use id instead. Compatibility alias for older clients.
   * @deprecated
   */
  readonly chatID: string
  /**
   * Deprecated - legacy start-chat status for older clients. New clients should inspect the returned
   * Chat instead.
   * @deprecated
   */
  readonly status?: "existing" | "created"
}

/**
 * Chat with optional last message preview.
 * @since 1.0.0
 * @category Models
 */
export interface ChatWithPreview {
  /** Unique identifier of the chat across Beeper. */
  readonly id: string
  /** Local chat ID specific to this Beeper Desktop installation. */
  readonly localChatID?: string | null
  /** Account ID this chat belongs to. */
  readonly accountID: string
  /** Display-only human-readable account/network name. */
  readonly network: string
  /** Display title of the chat as computed by the client/server. */
  readonly title: string
  /** Group chat description/topic when available. */
  readonly description?: string | null
  /** Local filesystem path to the chat avatar image when available. */
  readonly imgURL?: string | null
  /** Chat type: 'single' for direct messages, 'group' for group chats. */
  readonly type: Open<"single" | "group">
  /** True if messages cannot be sent in this chat. */
  readonly isReadOnly?: boolean
  readonly participants: ChatParticipants
  /** Timestamp of last activity. */
  readonly lastActivity?: string
  /** Number of unread messages. */
  readonly unreadCount: number
  /** Number of unread messages that mention the authenticated user or @room. */
  readonly unreadMentionsCount?: number
  /** Last read message sortKey. */
  readonly lastReadMessageSortKey?: string
  readonly draft?: ChatDraft
  /** Current reminder for this chat, or null when no reminder is set. */
  readonly reminder?: {
    /** Timestamp when the reminder should trigger. */
    readonly remindAt?: string
    /** Cancel reminder if someone messages in the chat. */
    readonly dismissOnIncomingMessage?: boolean
  } | null
  /** Current snooze state for this chat, or null when no snooze is set. */
  readonly snooze?: {
    /** Timestamp when the snooze expires. */
    readonly snoozeUntil?: string
    /** Timestamp when the user set the snooze. */
    readonly userSnoozedAt?: string
  } | null
  /** True if chat is archived. */
  readonly isArchived?: boolean
  /** True if the chat was explicitly marked unread by the authenticated user. */
  readonly isMarkedUnread?: boolean
  /** True if chat notifications are muted. */
  readonly isMuted?: boolean
  /** True if chat is pinned. */
  readonly isPinned?: boolean
  /** True if chat is marked low priority. */
  readonly isLowPriority?: boolean
  /** Disappearing-message timer in seconds when available. */
  readonly messageExpirySeconds?: number | null
  readonly capabilities?: ChatCapabilities
  /**
   * Labels applied to this chat. Absent when the chat has none, or when labels are not enabled for this
   * user. Newest PHP SDK revision only (not SDK v5.0.0).
   */
  readonly labels?: ReadonlyArray<Label>
  readonly merge?: ChatMerge
  /**
   * When this chat is a member of a merged chat, the ID of that merged chat. Clients that render merged
   * chats as one conversation should list the merged chat and hide chats carrying this field. Newest PHP
   * SDK revision only (not SDK v5.0.0).
   */
  readonly mergedIntoChatID?: string
  /** Last message preview for this chat, if available. */
  readonly preview?: Message
}

/**
 * A cursor page of chats sorted by last activity (most recent first).
 * @since 1.0.0
 * @category Models
 */
export interface ChatListPage {
  /** Chats ordered by last activity timestamp (most recent first). */
  readonly items: ReadonlyArray<ChatWithPreview>
  /** True if additional results can be fetched using the provided cursors. */
  readonly hasMore: boolean
  /** Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect. */
  readonly oldestCursor?: string | null
  /** Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect. */
  readonly newestCursor?: string | null
}

/**
 * A page of messages matching a search.
 * @since 1.0.0
 * @category Models
 */
export interface MessageSearchPage {
  /** Messages matching the query and filters. */
  readonly items: ReadonlyArray<Message>
  /** True if additional results can be fetched using the provided cursors. */
  readonly hasMore: boolean
  /** Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect. */
  readonly oldestCursor?: string | null
  /** Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect. */
  readonly newestCursor?: string | null
  /** Map of chatID -> chat details for chats referenced in items. */
  readonly chats: { readonly [key: string]: Chat }
}

/**
 * Result of the combined search (GET /v1/search).
 * @since 1.0.0
 * @category Models
 */
export interface SearchResponse {
  readonly results: {
    /** Top chat results. */
    readonly chats: ReadonlyArray<Chat>
    /** Top group results by participant matches. */
    readonly in_groups: ReadonlyArray<Chat>
    readonly messages: MessageSearchPage
  }
}

/**
 * Step that asks the user to fill in input fields.
 * @since 1.0.0
 * @category Models
 */
export interface UserInputLoginStep {
  readonly type: "user_input"
  /** Input fields to show to the user. */
  readonly fields: ReadonlyArray<LoginInputField>
  /** Step ID to submit this step's input to. */
  readonly stepID: string
  /** Attachments of this step (items untyped in the sources). */
  readonly attachments?: ReadonlyArray<unknown>
  /** User-facing instructions for this step. */
  readonly instructions?: string
}

/**
 * Step the client should show or complete next, discriminated by `type`.
 * @since 1.0.0
 * @category Models
 */
export type LoginStep = UserInputLoginStep | CookiesLoginStep | DisplayAndWaitLoginStep | CompleteLoginStep

/**
 * Temporary bridge login session used to connect a new chat account or reconnect an existing bridge login.
 * @since 1.0.0
 * @category Models
 */
export interface LoginSession {
  /** Bridge ID. */
  readonly bridgeID: string
  /** Temporary bridge login session ID. */
  readonly loginSessionID: string
  readonly status: LoginSessionStatus
  /** A chat account added to Beeper. */
  readonly account?: Account
  /** Chat account ID for reconnect flows, when known. */
  readonly accountID?: string
  /** Step the client should show or complete next. Omitted when the session is complete, cancelled, or failed. */
  readonly currentStep?: LoginStep
  /** Error of the login session. */
  readonly error?: APIError
  /** Signed-in identity for a bridge. One bridge login can contain multiple chat accounts. */
  readonly login?: BridgeLogin
  /** Bridge login ID for reconnect flows, when known. */
  readonly loginID?: string
}

/**
 * One problem found while validating a request: where in the payload, a code and a human-readable message.
 * @since 1.0.0
 * @category Models
 */
export interface ValidationIssue {
  /** Validation issue code */
  readonly code: string
  /** Human-readable description of the validation issue */
  readonly message: string
  /** Path pointing to the invalid field within the payload */
  readonly path: ReadonlyArray<string | number>
}

/**
 * Validation error details
 * @since 1.0.0
 * @category Models
 */
export interface ValidationDetails {
  /** List of validation issues */
  readonly issues: ReadonlyArray<ValidationIssue>
}

/**
 * The shared error body of every non-2xx response.
 * @since 1.0.0
 * @category Models
 */
export interface Error {
  /** Error message */
  readonly message: string
  /** Machine-readable error code */
  readonly code: string
  /** Additional error details for debugging */
  readonly details?: ValidationDetails | { readonly [key: string]: unknown } | unknown
}

/**
 * A verification action (maps to the action endpoints under /v1/app/setup/verifications/{verificationID}).
 * @since 1.0.0
 * @category Models
 */
export type VerificationAction = Open<"accept" | "cancel" | "qr.confirmScanned" | "sas.start" | "sas.confirm">

/**
 * Optional code and user-facing reason for cancelling an active device verification.
 * @since 1.0.0
 * @category Models
 */
export interface VerificationCancelRequest {
  /** Optional cancellation code. */
  readonly code?: string
  /** Optional user-facing cancellation reason. */
  readonly reason?: string
}

/**
 * Optional body of POST /v1/app/setup/verifications, which starts verifying this device from another signed-in
 * device.
 * @since 1.0.0
 * @category Models
 */
export interface VerificationCreateRequest {
  /** Why this verification is being started. */
  readonly purpose?: "login" | "device"
  /** Beeper user ID to verify. Defaults to the signed-in user. */
  readonly userID?: string
}

/**
 * Whether this device started or received the verification.
 * @since 1.0.0
 * @category Models
 */
export type VerificationDirection = Open<"incoming" | "outgoing">

/**
 * Verification error details, if verification stopped.
 * @since 1.0.0
 * @category Models
 */
export interface VerificationError {
  /** Verification error code. */
  readonly code: string
  /** User-facing verification error message. */
  readonly reason: string
}

/**
 * A verification method.
 * @since 1.0.0
 * @category Models
 */
export type VerificationMethod = Open<"qr" | "sas">

/**
 * Other device participating in verification.
 * @since 1.0.0
 * @category Models
 */
export interface VerificationOtherDevice {
  /** Other device ID. */
  readonly id: string
  /** Other device display name, if known. */
  readonly name?: string
}

/**
 * Why a verification exists.
 * @since 1.0.0
 * @category Models
 */
export type VerificationPurpose = Open<"login" | "device">

/**
 * QR verification data.
 * @since 1.0.0
 * @category Models
 */
export interface VerificationQR {
  /** QR code payload to display for verification. */
  readonly data: string
}

/**
 * The QR code payload scanned from another signed-in device, submitted to continue device verification.
 * @since 1.0.0
 * @category Models
 */
export interface VerificationQRScanRequest {
  /** QR code payload scanned from the other device. */
  readonly data: string
}

/**
 * Emoji or number comparison data for verification.
 * @since 1.0.0
 * @category Models
 */
export interface VerificationSAS {
  /** Emoji sequence to compare on both devices. */
  readonly emojis: string
  /** Number sequence to compare on both devices. */
  readonly decimals?: string
}

/**
 * Current trusted-device verification state.
 * @since 1.0.0
 * @category Models
 */
export type VerificationState = Open<"requested" | "ready" | "sas_ready" | "qr_scanned" | "done" | "cancelled" | "error">

/**
 * Trusted device verification progress.
 * @since 1.0.0
 * @category Models
 */
export interface Verification {
  /** Verification ID to pass in verification action paths. */
  readonly id: string
  /** Verification actions that are valid for the current state. */
  readonly availableActions: ReadonlyArray<VerificationAction>
  readonly direction: VerificationDirection
  /** Verification methods supported for this transaction. */
  readonly methods: ReadonlyArray<VerificationMethod>
  readonly purpose: VerificationPurpose
  readonly state: VerificationState
  readonly error?: VerificationError
  readonly otherDevice?: VerificationOtherDevice
  /** Other Beeper user participating in verification. */
  readonly otherUserID?: string
  readonly qr?: VerificationQR
  readonly sas?: VerificationSAS
}

/**
 * Current Beeper Desktop or Beeper Server sign-in and encrypted messaging setup state (returned by
 * GET /v1/app/setup and embedded as `session` in the setup, recovery-key and verification responses).
 * @since 1.0.0
 * @category Models
 */
export interface AppStateSnapshot {
  readonly e2ee: AppE2EEStatus
  readonly state: AppSetupState
  readonly matrix?: AppMatrixAccount
  readonly verification?: Verification
}

/**
 * The setup state after confirming the new recovery key.
 * @since 1.0.0
 * @category Models
 */
export interface AppRecoveryKeyResetConfirmResponse {
  /** Current app sign-in and encrypted messaging setup state. */
  readonly session: AppStateSnapshot
}

/**
 * The new recovery key, to show once and have the user save, and the setup state after creating it.
 * @since 1.0.0
 * @category Models
 */
export interface AppRecoveryKeyResetResponse {
  /** New recovery key. Show it once and ask the user to save it. */
  readonly recoveryKey: string
  /** Current app sign-in and encrypted messaging setup state after creating the new recovery key. */
  readonly session: AppStateSnapshot
}

/**
 * The setup state after unlocking encrypted messages with the recovery key.
 * @since 1.0.0
 * @category Models
 */
export interface AppRecoveryKeyVerifyResponse {
  /** Current app sign-in and encrypted messaging setup state. */
  readonly session: AppStateSnapshot
}

/**
 * Sign-in or account creation completed: account credentials and the setup state after sign-in
 * (the `Success` variant of POST /v1/app/setup/response and the response of POST /v1/app/setup/register).
 * @since 1.0.0
 * @category Models
 */
export interface AppSetupSuccess {
  readonly matrix: AppMatrixCredentials
  /** Current app sign-in and encrypted messaging setup state after sign-in. */
  readonly session: AppStateSnapshot
}

/**
 * Result of POST /v1/app/setup/response: either signed in (`AppSetupSuccess`: `matrix` + `session`) or
 * account creation required (`AppSetupRegistrationRequired`: `registrationRequired: true`).
 * @since 1.0.0
 * @category Models
 */
export type AppSetupResponseResult = AppSetupSuccess | AppSetupRegistrationRequired

/**
 * Shared response of the verification create / retrieve / accept / cancel / QR scan / QR confirm-scanned /
 * SAS start / SAS confirm endpoints.
 * @since 1.0.0
 * @category Models
 */
export interface VerificationActionResult {
  /** Current app sign-in and encrypted messaging setup state. */
  readonly session: AppStateSnapshot
  /** Trusted device verification progress. */
  readonly verification?: Verification
}

/**
 * Pending and active device verifications.
 * @since 1.0.0
 * @category Models
 */
export interface VerificationListResponse {
  readonly items: ReadonlyArray<Verification>
}
