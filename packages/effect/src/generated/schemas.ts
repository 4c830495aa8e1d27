// generated — do not edit.
// Source: spec/openapi.yaml · generator: @hey-api/openapi-ts 0.99.0 + @beeper-kit/effect-schema plugin · regenerate with `pnpm generate`.

import { openEnum } from '../internal/openEnum.ts';
import type * as Models from './models.ts';
import * as Schema from 'effect/Schema';

/**
 * Error object embedded in other resources (e.g. LoginSession.error).
 * @since 1.0.0
 * @category Schemas
 */
export const APIError = /*#__PURE__*/ Schema.Struct({
    code: Schema.String,
    message: Schema.String,
    details: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Record(Schema.String, Schema.Unknown))
});

/**
 * Error object embedded in other resources (e.g. LoginSession.error).
 * @since 1.0.0
 * @category Models
 */
export type APIError = Models.APIError;

/**
 * Bridge metadata for the account. Available in Beeper Desktop v4.2.785+.
 * @since 1.0.0
 * @category Schemas
 */
export const AccountBridge = /*#__PURE__*/ Schema.Struct({
    /**
     * Bridge instance identifier. Matrix and cloud bridges often use the bridge type (for example matrix or
     * discordgo); local bridges use a local bridge ID (for example local-whatsapp). Available in Beeper Desktop
     * v4.2.785+.
     */
    id: Schema.String,
    /**
     * Bridge type, such as matrix, discordgo, slackgo, whatsapp, telegram, or twitter. Available in Beeper Desktop
     * v4.2.785+.
     */
    type: Schema.String,
    /**
     * Bridge provider for the account. Available in Beeper Desktop v4.2.785+.
     */
    provider: /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
        'cloud',
        'self-hosted',
        'local',
        'platform-sdk'
    ]))
});

/**
 * Bridge metadata for the account. Available in Beeper Desktop v4.2.785+.
 * @since 1.0.0
 * @category Models
 */
export type AccountBridge = Models.AccountBridge;

/**
 * Account ID this resource belongs to.
 * @since 1.0.0
 * @category Schemas
 */
export const AccountID = Schema.String;

/**
 * Account ID this resource belongs to.
 * @since 1.0.0
 * @category Models
 */
export type AccountID = Models.AccountID;

/**
 * Encrypted messaging keys available on this device.
 * @since 1.0.0
 * @category Schemas
 */
export const AppE2EESecrets = /*#__PURE__*/ Schema.Struct({
    /**
     * Whether the account identity key is available.
     */
    masterKey: Schema.Boolean,
    /**
     * Whether the encrypted message backup key is available.
     */
    megolmBackupKey: Schema.Boolean,
    /**
     * Whether a recovery key is available.
     */
    recoveryKey: Schema.Boolean,
    /**
     * Whether the device trust key is available.
     */
    selfSigningKey: Schema.Boolean,
    /**
     * Whether the user trust key is available.
     */
    userSigningKey: Schema.Boolean
});

/**
 * Encrypted messaging keys available on this device.
 * @since 1.0.0
 * @category Models
 */
export type AppE2EESecrets = Models.AppE2EESecrets;

/**
 * Encrypted messaging setup status.
 * @since 1.0.0
 * @category Schemas
 */
export const AppE2EEStatus = /*#__PURE__*/ Schema.Struct({
    /**
     * Whether this account can verify trusted devices.
     */
    crossSigning: Schema.Boolean,
    /**
     * Whether the first encrypted message sync is complete.
     */
    firstSyncDone: Schema.Boolean,
    /**
     * Whether the user confirmed that they saved their recovery key.
     */
    hasBackedUpRecoveryKey: Schema.Boolean,
    /**
     * Whether encrypted messaging setup has started.
     */
    initialized: Schema.Boolean,
    /**
     * Whether encrypted message backup is available.
     */
    keyBackup: Schema.Boolean,
    secrets: AppE2EESecrets,
    /**
     * Whether secure key storage is available.
     */
    secretStorage: Schema.Boolean,
    /**
     * Whether this device is trusted for encrypted messages.
     */
    verified: Schema.Boolean,
    /**
     * Unix timestamp for when the recovery key was created.
     */
    recoveryKeyGeneratedAt: /*#__PURE__*/ Schema.optionalKey(Schema.Finite)
});

/**
 * Encrypted messaging setup status.
 * @since 1.0.0
 * @category Models
 */
export type AppE2EEStatus = Models.AppE2EEStatus;

/**
 * Signed-in account details. Omitted until sign-in is complete.
 * @since 1.0.0
 * @category Schemas
 */
export const AppMatrixAccount = /*#__PURE__*/ Schema.Struct({
    /**
     * Current device ID.
     */
    deviceID: Schema.String,
    /**
     * Beeper homeserver URL for this account.
     */
    homeserver: Schema.String,
    /**
     * Signed-in Beeper user ID.
     */
    userID: Schema.String
});

/**
 * Signed-in account details. Omitted until sign-in is complete.
 * @since 1.0.0
 * @category Models
 */
export type AppMatrixAccount = Models.AppMatrixAccount;

/**
 * Account credentials for first-party app setup.
 * @since 1.0.0
 * @category Schemas
 */
export const AppMatrixCredentials = /*#__PURE__*/ Schema.Struct({
    /**
     * Beeper account access token. Returned once for first-party app setup.
     */
    accessToken: Schema.String,
    /**
     * Current device ID.
     */
    deviceID: Schema.String,
    /**
     * Beeper homeserver URL for this account.
     */
    homeserver: Schema.String,
    /**
     * Signed-in Beeper user ID.
     */
    userID: Schema.String
});

/**
 * Account credentials for first-party app setup.
 * @since 1.0.0
 * @category Models
 */
export type AppMatrixCredentials = Models.AppMatrixCredentials;

/**
 * The new recovery key returned by the reset step, confirming that it should be used for this account.
 * @since 1.0.0
 * @category Schemas
 */
export const AppRecoveryKeyResetConfirmRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * New recovery key returned by the reset step.
     */
    recoveryKey: Schema.String
});

/**
 * The new recovery key returned by the reset step, confirming that it should be used for this account.
 * @since 1.0.0
 * @category Models
 */
export type AppRecoveryKeyResetConfirmRequest = Models.AppRecoveryKeyResetConfirmRequest;

/**
 * Optional body of POST /v1/app/setup/verification/recovery-key/reset, which creates a new recovery key when the
 * user cannot use the existing one.
 * @since 1.0.0
 * @category Schemas
 */
export const AppRecoveryKeyResetRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Existing recovery key, if the user has it.
     */
    existingRecoveryKey: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Optional body of POST /v1/app/setup/verification/recovery-key/reset, which creates a new recovery key when the
 * user cannot use the existing one.
 * @since 1.0.0
 * @category Models
 */
export type AppRecoveryKeyResetRequest = Models.AppRecoveryKeyResetRequest;

/**
 * The recovery key the user saved, to unlock encrypted messages (body of POST
 * /v1/app/setup/verification/recovery-key).
 * @since 1.0.0
 * @category Schemas
 */
export const AppRecoveryKeyVerifyRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Recovery key saved by the user.
     */
    recoveryKey: Schema.String
});

/**
 * The recovery key the user saved, to unlock encrypted messages (body of POST
 * /v1/app/setup/verification/recovery-key).
 * @since 1.0.0
 * @category Models
 */
export type AppRecoveryKeyVerifyRequest = Models.AppRecoveryKeyVerifyRequest;

/**
 * Where to send the setup sign-in code: the user's email address and the setup request from the start step.
 * @since 1.0.0
 * @category Schemas
 */
export const AppSetupEmailRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Email address to send the sign-in code to.
     */
    email: Schema.String,
    /**
     * Setup request ID returned by the start step.
     */
    setupRequestID: Schema.String
});

/**
 * Where to send the setup sign-in code: the user's email address and the setup request from the start step.
 * @since 1.0.0
 * @category Models
 */
export type AppSetupEmailRequest = Models.AppSetupEmailRequest;

/**
 * Account creation after setup sign-in: the chosen username, the registration token and the acceptance of the
 * Terms of Use.
 * @since 1.0.0
 * @category Schemas
 */
export const AppSetupRegisterRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Confirms that the user agreed to the terms of use (https://www.beeper.com/terms-onboarding) and has
     * read the privacy policy (https://www.beeper.com/privacy).
     */
    acceptTerms: /*#__PURE__*/ Schema.Literal(true),
    /**
     * Registration token returned by Beeper.
     */
    leadToken: Schema.String,
    /**
     * Setup request ID returned by the start step.
     */
    setupRequestID: Schema.String,
    /**
     * Username selected by the user.
     */
    username: /*#__PURE__*/ Schema.String.check(/*#__PURE__*/ Schema.isMinLength(1))
});

/**
 * Account creation after setup sign-in: the chosen username, the registration token and the acceptance of the
 * Terms of Use.
 * @since 1.0.0
 * @category Models
 */
export type AppSetupRegisterRequest = Models.AppSetupRegisterRequest;

/**
 * Copy to display during account creation.
 * @since 1.0.0
 * @category Schemas
 */
export const AppSetupRegistrationCopy = /*#__PURE__*/ Schema.Struct({
    /**
     * Submit button label.
     */
    submit: /*#__PURE__*/ Schema.Literal('Continue'),
    /**
     * Terms and privacy notice to show before account creation.
     */
    terms: /*#__PURE__*/ Schema.Literal('By continuing, you agree to the Terms of Use and acknowledge the Privacy Policy.'),
    /**
     * Title for the username step.
     */
    title: /*#__PURE__*/ Schema.Literal('Choose your username'),
    /**
     * Placeholder for the username field.
     */
    usernamePlaceholder: /*#__PURE__*/ Schema.Literal('Username')
});

/**
 * Copy to display during account creation.
 * @since 1.0.0
 * @category Models
 */
export type AppSetupRegistrationCopy = Models.AppSetupRegistrationCopy;

/**
 * The user needs to create a Beeper account (the `RegistrationRequired` variant of
 * POST /v1/app/setup/response). Continue with POST /v1/app/setup/register.
 * @since 1.0.0
 * @category Schemas
 */
export const AppSetupRegistrationRequired = /*#__PURE__*/ Schema.Struct({
    copy: AppSetupRegistrationCopy,
    /**
     * Registration token returned by Beeper.
     */
    leadToken: Schema.String,
    /**
     * Indicates that the user needs to create a Beeper account.
     */
    registrationRequired: /*#__PURE__*/ Schema.Literal(true),
    /**
     * Setup request ID to use when creating the account.
     */
    setupRequestID: Schema.String,
    /**
     * Suggested usernames for the new account.
     */
    usernameSuggestions: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Array(Schema.String))
});

/**
 * The user needs to create a Beeper account (the `RegistrationRequired` variant of
 * POST /v1/app/setup/response). Continue with POST /v1/app/setup/register.
 * @since 1.0.0
 * @category Models
 */
export type AppSetupRegistrationRequired = Models.AppSetupRegistrationRequired;

/**
 * The sign-in code from the user's email, to finish setup sign-in for the setup request from the start step.
 * @since 1.0.0
 * @category Schemas
 */
export const AppSetupResponseRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Sign-in code from the user email.
     */
    response: Schema.String,
    /**
     * Setup request ID returned by the start step.
     */
    setupRequestID: Schema.String
});

/**
 * The sign-in code from the user's email, to finish setup sign-in for the setup request from the start step.
 * @since 1.0.0
 * @category Models
 */
export type AppSetupResponseRequest = Models.AppSetupResponseRequest;

/**
 * A new app setup request.
 * @since 1.0.0
 * @category Schemas
 */
export const AppSetupStartResponse = /*#__PURE__*/ Schema.Struct({
    /**
     * Setup request ID to use in the next sign-in step.
     */
    setupRequestID: Schema.String,
    /**
     * Available sign-in methods for this setup request.
     */
    signInMethods: /*#__PURE__*/ Schema.Array(Schema.String)
});

/**
 * A new app setup request.
 * @since 1.0.0
 * @category Models
 */
export type AppSetupStartResponse = Models.AppSetupStartResponse;

/**
 * Current sign-in and encrypted messaging setup state for Beeper Desktop or Beeper Server.
 * @since 1.0.0
 * @category Schemas
 */
export const AppSetupState = /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
    'needs-login',
    'initializing',
    'needs-cross-signing-setup',
    'needs-verification',
    'needs-secrets',
    'needs-first-sync',
    'ready'
]));

/**
 * Current sign-in and encrypted messaging setup state for Beeper Desktop or Beeper Server.
 * @since 1.0.0
 * @category Models
 */
export type AppSetupState = Models.AppSetupState;

/**
 * Body of POST /v1/assets/download.
 * @since 1.0.0
 * @category Schemas
 */
export const AssetDownloadRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Matrix content URL (mxc:// or localmxc://) for the file to download.
     */
    url: /*#__PURE__*/ Schema.String.check(/*#__PURE__*/ Schema.isMinLength(1))
});

/**
 * Body of POST /v1/assets/download.
 * @since 1.0.0
 * @category Models
 */
export type AssetDownloadRequest = Models.AssetDownloadRequest;

/**
 * Result of an asset download. Both fields are optional.
 * @since 1.0.0
 * @category Schemas
 */
export const AssetDownloadResponse = /*#__PURE__*/ Schema.Struct({
    /**
     * Local file URL to the downloaded file.
     */
    srcURL: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Error message if the download failed.
     */
    error: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Result of an asset download. Both fields are optional.
 * @since 1.0.0
 * @category Models
 */
export type AssetDownloadResponse = Models.AssetDownloadResponse;

/**
 * Upload a temporary file. Upload IDs can be referenced by send-message and draft attachment requests while the
 * temporary upload remains available.
 * @since 1.0.0
 * @category Schemas
 */
export const AssetUploadBase64Request = /*#__PURE__*/ Schema.Struct({
    /**
     * Base64-encoded file content (max ~500MB decoded)
     */
    content: /*#__PURE__*/ Schema.String.check(/*#__PURE__*/ Schema.isMinLength(1), /*#__PURE__*/ Schema.isMaxLength(750000000)),
    /**
     * Original filename. Generated if omitted
     */
    fileName: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * MIME type. Auto-detected from magic bytes if omitted
     */
    mimeType: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Upload a temporary file. Upload IDs can be referenced by send-message and draft attachment requests while the
 * temporary upload remains available.
 * @since 1.0.0
 * @category Models
 */
export type AssetUploadBase64Request = Models.AssetUploadBase64Request;

/**
 * The `AssetUploadBase64Response` schema of the Beeper Desktop API
 * (`#/components/schemas/AssetUploadBase64Response`): the response of `assets.upload` (POST /v1/assets/upload)
 * and `assets.uploadBase64` (POST /v1/assets/upload/base64).
 * @since 1.0.0
 * @category Schemas
 */
export const AssetUploadBase64Response = /*#__PURE__*/ Schema.Struct({
    /**
     * Unique upload ID for this temporary file
     */
    uploadID: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Local file URL (file://) for the uploaded file
     */
    srcURL: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Resolved filename
     */
    fileName: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Detected or provided MIME type
     */
    mimeType: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * File size in bytes
     */
    fileSize: /*#__PURE__*/ Schema.optionalKey(Schema.Finite),
    /**
     * Width in pixels (images/videos)
     */
    width: /*#__PURE__*/ Schema.optionalKey(Schema.Finite),
    /**
     * Height in pixels (images/videos)
     */
    height: /*#__PURE__*/ Schema.optionalKey(Schema.Finite),
    /**
     * Duration in seconds (audio/videos)
     */
    duration: /*#__PURE__*/ Schema.optionalKey(Schema.Finite),
    /**
     * Error message if upload failed
     */
    error: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * The `AssetUploadBase64Response` schema of the Beeper Desktop API
 * (`#/components/schemas/AssetUploadBase64Response`): the response of `assets.upload` (POST /v1/assets/upload)
 * and `assets.uploadBase64` (POST /v1/assets/upload/base64).
 * @since 1.0.0
 * @category Models
 */
export type AssetUploadBase64Response = Models.AssetUploadBase64Response;

/**
 * Upload a temporary file. Upload IDs can be referenced by send-message and draft attachment requests while the
 * temporary upload remains available.
 * @since 1.0.0
 * @category Schemas
 */
export const AssetUploadRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * The file to upload (max 500 MB).
     */
    file: /*#__PURE__*/ Schema.Union([/*#__PURE__*/ Schema.instanceOf(Blob), Schema.Uint8Array]),
    /**
     * Original filename. Defaults to the uploaded file name if omitted
     */
    fileName: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * MIME type. Auto-detected from magic bytes if omitted
     */
    mimeType: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Upload a temporary file. Upload IDs can be referenced by send-message and draft attachment requests while the
 * temporary upload remains available.
 * @since 1.0.0
 * @category Models
 */
export type AssetUploadRequest = Models.AssetUploadRequest;

/**
 * A file uploaded to a temporary location. All fields are optional.
 * @since 1.0.0
 * @category Schemas
 */
export const AssetUploadResponse = /*#__PURE__*/ Schema.Struct({
    /**
     * Duration in seconds (audio/videos).
     */
    duration: /*#__PURE__*/ Schema.optionalKey(Schema.Finite),
    /**
     * Error message if upload failed.
     */
    error: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Resolved filename.
     */
    fileName: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * File size in bytes.
     */
    fileSize: /*#__PURE__*/ Schema.optionalKey(Schema.Finite),
    /**
     * Height in pixels (images/videos).
     */
    height: /*#__PURE__*/ Schema.optionalKey(Schema.Finite),
    /**
     * Detected or provided MIME type.
     */
    mimeType: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Local file URL (file://) for the uploaded file.
     */
    srcURL: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Unique upload ID for this temporary file.
     */
    uploadID: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Width in pixels (images/videos).
     */
    width: /*#__PURE__*/ Schema.optionalKey(Schema.Finite)
});

/**
 * A file uploaded to a temporary location. All fields are optional.
 * @since 1.0.0
 * @category Models
 */
export type AssetUploadResponse = Models.AssetUploadResponse;

/**
 * Where a bridge login should be removed.
 * @since 1.0.0
 * @category Schemas
 */
export const BridgeLoginRemoveScope = /*#__PURE__*/ Schema.Literals(['current-device', 'all-devices']);

/**
 * Where a bridge login should be removed.
 * @since 1.0.0
 * @category Models
 */
export type BridgeLoginRemoveScope = Models.BridgeLoginRemoveScope;

/**
 * Body of POST /v1/bridges/{bridgeID}/logins/{loginID}/remove.
 * @since 1.0.0
 * @category Schemas
 */
export const BridgeLoginRemoveRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Where this bridge login should be removed.
     */
    scope: BridgeLoginRemoveScope
});

/**
 * Body of POST /v1/bridges/{bridgeID}/logins/{loginID}/remove.
 * @since 1.0.0
 * @category Models
 */
export type BridgeLoginRemoveRequest = Models.BridgeLoginRemoveRequest;

/**
 * Result of removing a bridge login.
 * @since 1.0.0
 * @category Schemas
 */
export const BridgeLoginRemoveResponse = /*#__PURE__*/ Schema.Struct({
    /**
     * Bridge ID.
     */
    bridgeID: Schema.String,
    /**
     * Bridge login ID.
     */
    loginID: Schema.String,
    /**
     * Where this bridge login should be removed.
     */
    scope: BridgeLoginRemoveScope,
    status: /*#__PURE__*/ Schema.Literal('removed'),
    /**
     * Chat accounts affected by the removal.
     */
    affectedAccountIDs: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Array(Schema.String))
});

/**
 * Result of removing a bridge login.
 * @since 1.0.0
 * @category Models
 */
export type BridgeLoginRemoveResponse = Models.BridgeLoginRemoveResponse;

/**
 * Archive state to set.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatArchiveRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * True to archive, false to unarchive
     * @default true
     */
    archived: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean)
});

/**
 * Archive state to set.
 * @since 1.0.0
 * @category Models
 */
export type ChatArchiveRequest = Models.ChatArchiveRequest;

/**
 * Create a direct or group chat from participant IDs.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatCreateRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Account to create or start the chat on.
     */
    accountID: Schema.String,
    /**
     * Optional first message content if the platform requires it to create the chat.
     */
    messageText: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * 'single' requires exactly one participantID; 'group' supports multiple participants and optional title.
     */
    type: /*#__PURE__*/ Schema.Literals(['single', 'group']),
    /**
     * User IDs to include in the new chat.
     */
    participantIDs: /*#__PURE__*/ Schema.Array(Schema.String).check(/*#__PURE__*/ Schema.isMinLength(1)),
    /**
     * Optional title for group chats; ignored for single chats on most networks.
     */
    title: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Create a direct or group chat from participant IDs.
 * @since 1.0.0
 * @category Models
 */
export type ChatCreateRequest = Models.ChatCreateRequest;

/**
 * Disappearing-message timer capabilities.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatDisappearingTimerCapabilities = /*#__PURE__*/ Schema.Struct({
    /**
     * Supported disappearing timer types.
     */
    types: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Array(/*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals(['afterRead', 'afterSend'])))),
    /**
     * Allowed disappearing timer values in milliseconds. Omitted means any timer is allowed.
     */
    timers: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Array(Schema.Int)),
    /**
     * True if empty timer objects should be omitted from message content.
     */
    omitEmptyTimer: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean)
});

/**
 * Disappearing-message timer capabilities.
 * @since 1.0.0
 * @category Models
 */
export type ChatDisappearingTimerCapabilities = Models.ChatDisappearingTimerCapabilities;

/**
 * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatID = Schema.String;

/**
 * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
 * @since 1.0.0
 * @category Models
 */
export type ChatID = Models.ChatID;

/**
 * Optional read marker.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatMarkReadRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Optional message ID to mark read through.
     */
    messageID: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Optional read marker.
 * @since 1.0.0
 * @category Models
 */
export type ChatMarkReadRequest = Models.ChatMarkReadRequest;

/**
 * Optional unread marker.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatMarkUnreadRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Optional message ID to mark unread from.
     */
    messageID: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Optional unread marker.
 * @since 1.0.0
 * @category Models
 */
export type ChatMarkUnreadRequest = Models.ChatMarkUnreadRequest;

/**
 * Present when this chat is a merged chat: one person whose conversations across networks (or across
 * accounts on the same network) are grouped into a single chat. A merged chat holds no messages of its
 * own - read messages from the member chats, and send either to a member directly or to the merged chat
 * ID to route automatically. Newest PHP SDK revision only (not SDK v5.0.0).
 * @since 1.0.0
 * @category Schemas
 */
export const ChatMerge = /*#__PURE__*/ Schema.Struct({
    /**
     * Chat IDs of the member chats grouped by this merged chat.
     */
    chatIDs: /*#__PURE__*/ Schema.Array(Schema.String),
    /**
     * Member chat that receives messages sent to the merged chat, when the user has picked one. This
     * preference is per-device; when absent, sends route to the most recently active member.
     */
    defaultChatID: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Present when this chat is a merged chat: one person whose conversations across networks (or across
 * accounts on the same network) are grouped into a single chat. A merged chat holds no messages of its
 * own - read messages from the member chats, and send either to a member directly or to the merged chat
 * ID to route automatically. Newest PHP SDK revision only (not SDK v5.0.0).
 * @since 1.0.0
 * @category Models
 */
export type ChatMerge = Models.ChatMerge;

/**
 * Current reminder for a chat.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatReminder = /*#__PURE__*/ Schema.Struct({
    /**
     * Cancel reminder if someone messages in the chat.
     */
    dismissOnIncomingMessage: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * Timestamp when the reminder should trigger.
     */
    remindAt: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Current reminder for a chat.
 * @since 1.0.0
 * @category Models
 */
export type ChatReminder = Models.ChatReminder;

/**
 * Reminder configuration
 * @since 1.0.0
 * @category Schemas
 */
export const ChatReminderInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Timestamp when the reminder should trigger.
     */
    remindAt: Schema.String,
    /**
     * Cancel reminder if someone messages in the chat
     */
    dismissOnIncomingMessage: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean)
});

/**
 * Reminder configuration
 * @since 1.0.0
 * @category Models
 */
export type ChatReminderInput = Models.ChatReminderInput;

/**
 * Set a reminder for a chat.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatReminderCreateRequest = /*#__PURE__*/ Schema.Struct({
    reminder: ChatReminderInput
});

/**
 * Set a reminder for a chat.
 * @since 1.0.0
 * @category Models
 */
export type ChatReminderCreateRequest = Models.ChatReminderCreateRequest;

/**
 * Current snooze state for a chat.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatSnooze = /*#__PURE__*/ Schema.Struct({
    /**
     * Timestamp when the snooze expires.
     */
    snoozeUntil: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Timestamp when the user set the snooze.
     */
    userSnoozedAt: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Current snooze state for a chat.
 * @since 1.0.0
 * @category Models
 */
export type ChatSnooze = Models.ChatSnooze;

/**
 * Merged user-like contact payload used to resolve the best identifier.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatStartUser = /*#__PURE__*/ Schema.Struct({
    /**
     * Known user ID when available.
     */
    id: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Username/handle candidate.
     */
    username: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Phone number candidate (E.164 preferred).
     */
    phoneNumber: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Email candidate.
     */
    email: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Display name hint used for ranking only.
     */
    fullName: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Merged user-like contact payload used to resolve the best identifier.
 * @since 1.0.0
 * @category Models
 */
export type ChatStartUser = Models.ChatStartUser;

/**
 * Start a direct chat from a user/contact payload. Available in Beeper Desktop v4.2.808+.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatStartRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Account to create or start the chat on.
     */
    accountID: Schema.String,
    /**
     * Optional first message content if the platform requires it to create the chat.
     */
    messageText: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    user: ChatStartUser,
    /**
     * Whether invite-based DM creation is allowed when required by the platform.
     * @default true
     */
    allowInvite: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean)
});

/**
 * Start a direct chat from a user/contact payload. Available in Beeper Desktop v4.2.808+.
 * @since 1.0.0
 * @category Models
 */
export type ChatStartRequest = Models.ChatStartRequest;

/**
 * Code to show to the user.
 * @since 1.0.0
 * @category Schemas
 */
export const CodeLoginDisplay = /*#__PURE__*/ Schema.Struct({
    type: /*#__PURE__*/ Schema.Literal('code'),
    /**
     * Code to show.
     */
    data: Schema.String
});

/**
 * Code to show to the user.
 * @since 1.0.0
 * @category Models
 */
export type CodeLoginDisplay = Models.CodeLoginDisplay;

/**
 * Value to collect from the browser in a cookies login step.
 * @since 1.0.0
 * @category Schemas
 */
export const CookieField = /*#__PURE__*/ Schema.Struct({
    /**
     * Field ID to send back in the fields object.
     */
    id: Schema.String,
    /**
     * Cookie, header, or local storage key to collect.
     */
    name: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Browser storage source for this value.
     */
    type: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
        'cookie',
        'header',
        'local_storage'
    ])))
});

/**
 * Value to collect from the browser in a cookies login step.
 * @since 1.0.0
 * @category Models
 */
export type CookieField = Models.CookieField;

/**
 * Browser step that collects cookies, headers or local storage values after the user signs in.
 * @since 1.0.0
 * @category Schemas
 */
export const CookiesLoginStep = /*#__PURE__*/ Schema.Struct({
    type: /*#__PURE__*/ Schema.Literal('cookies'),
    /**
     * Values to collect from the browser.
     */
    fields: /*#__PURE__*/ Schema.Array(CookieField),
    /**
     * Step ID to submit this step's input to.
     */
    stepID: Schema.String,
    /**
     * URL to open for the user.
     */
    url: Schema.String,
    /**
     * Regular expression that identifies the final URL after sign-in.
     */
    expectedFinalURLRegex: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Optional extraction script for browser-based sign-in helpers. Treat as an opaque helper value.
     */
    extractJS: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * User-facing instructions for this browser step.
     */
    instructions: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Suggested user agent for the browser session.
     */
    userAgent: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Browser step that collects cookies, headers or local storage values after the user signs in.
 * @since 1.0.0
 * @category Models
 */
export type CookiesLoginStep = Models.CookiesLoginStep;

/**
 * Opaque pagination cursor; do not inspect. Use together with 'direction'.
 * @since 1.0.0
 * @category Schemas
 */
export const Cursor = Schema.String;

/**
 * Opaque pagination cursor; do not inspect. Use together with 'direction'.
 * @since 1.0.0
 * @category Models
 */
export type Cursor = Models.Cursor;

/**
 * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results.
 * Defaults to 'before' when only 'cursor' is provided.
 * @since 1.0.0
 * @category Schemas
 */
export const Direction = /*#__PURE__*/ Schema.Literals(['after', 'before']);

/**
 * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results.
 * Defaults to 'before' when only 'cursor' is provided.
 * @since 1.0.0
 * @category Models
 */
export type Direction = Models.Direction;

/**
 * Disappearing-message timer capability.
 * @since 1.0.0
 * @category Schemas
 */
export const DisappearingTimerCapability = /*#__PURE__*/ Schema.Struct({
    types: /*#__PURE__*/ Schema.Array(/*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
        '',
        'after_read',
        'after_send'
    ]))),
    omit_empty_timer: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Literal(true)),
    timers: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Array(Schema.Int))
});

/**
 * Disappearing-message timer capability.
 * @since 1.0.0
 * @category Models
 */
export type DisappearingTimerCapability = Models.DisappearingTimerCapability;

/**
 * An attachment of the chat's current draft.
 * @since 1.0.0
 * @category Schemas
 */
export const DraftAttachment = /*#__PURE__*/ Schema.Struct({
    /**
     * Draft attachment identifier.
     */
    id: Schema.String,
    /**
     * Draft attachment type. GIF and recorded audio are mutually exclusive types.
     */
    type: /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
        'file',
        'gif',
        'recorded_audio'
    ])),
    /**
     * MIME type if known.
     */
    mimeType: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Original filename if available.
     */
    fileName: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Local filesystem path for the draft attachment.
     */
    filePath: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * File size in bytes if known.
     */
    fileSize: /*#__PURE__*/ Schema.optionalKey(Schema.Finite),
    /**
     * Sticker identifier if the draft attachment is a sticker.
     */
    stickerID: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Audio duration in seconds if known.
     */
    audioDurationSeconds: /*#__PURE__*/ Schema.optionalKey(Schema.Finite),
    /**
     * Pixel dimensions of the attachment.
     */
    size: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Struct({
        width: /*#__PURE__*/ Schema.optionalKey(Schema.Finite),
        height: /*#__PURE__*/ Schema.optionalKey(Schema.Finite)
    }))
});

/**
 * An attachment of the chat's current draft.
 * @since 1.0.0
 * @category Models
 */
export type DraftAttachment = Models.DraftAttachment;

/**
 * Current draft object for this chat, or null when no draft is set.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatDraft = /*#__PURE__*/ Schema.NullOr(/*#__PURE__*/ Schema.Struct({
    /**
     * Matrix HTML draft body.
     */
    text: Schema.String,
    /**
     * Draft attachments keyed by attachment ID.
     */
    attachments: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Record(Schema.String, DraftAttachment))
}));

/**
 * Current draft object for this chat, or null when no draft is set.
 * @since 1.0.0
 * @category Models
 */
export type ChatDraft = Models.ChatDraft;

/**
 * Emoji image to show to the user.
 * @since 1.0.0
 * @category Schemas
 */
export const EmojiLoginDisplay = /*#__PURE__*/ Schema.Struct({
    type: /*#__PURE__*/ Schema.Literal('emoji'),
    /**
     * Image URL of the emoji to show.
     */
    imageURL: Schema.String
});

/**
 * Emoji image to show to the user.
 * @since 1.0.0
 * @category Models
 */
export type EmojiLoginDisplay = Models.EmojiLoginDisplay;

/**
 * Focus Beeper Desktop and optionally navigate to a specific chat, message, or pre-fill plain text and an image
 * path.
 * @since 1.0.0
 * @category Schemas
 */
export const FocusRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Optional Beeper chat ID (or local chat ID) to focus after opening the app. If omitted, only opens/focuses the
     * app.
     */
    chatID: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Optional message ID. Jumps to that message in the chat when opening.
     */
    messageID: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Optional plain text to populate in the message input field.
     */
    draftText: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Optional image path to populate in the message input field.
     */
    draftAttachmentPath: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Focus Beeper Desktop and optionally navigate to a specific chat, message, or pre-fill plain text and an image
 * path.
 * @since 1.0.0
 * @category Models
 */
export type FocusRequest = Models.FocusRequest;

/**
 * Response indicating successful app focus action.
 * @since 1.0.0
 * @category Schemas
 */
export const FocusResponse = /*#__PURE__*/ Schema.Struct({
    /**
     * Whether the app was successfully opened/focused.
     */
    success: Schema.Boolean
});

/**
 * Response indicating successful app focus action.
 * @since 1.0.0
 * @category Models
 */
export type FocusResponse = Models.FocusResponse;

/**
 * Group creation field capability.
 * @since 1.0.0
 * @category Schemas
 */
export const GroupFieldCapability = /*#__PURE__*/ Schema.Struct({
    allowed: Schema.Boolean,
    max_length: /*#__PURE__*/ Schema.optionalKey(Schema.Int),
    min_length: /*#__PURE__*/ Schema.optionalKey(Schema.Int),
    required: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * Disappearing-message timer capability.
     */
    settings: /*#__PURE__*/ Schema.optionalKey(DisappearingTimerCapability)
});

/**
 * Group creation field capability.
 * @since 1.0.0
 * @category Models
 */
export type GroupFieldCapability = Models.GroupFieldCapability;

/**
 * Group creation capabilities for one group type.
 * @since 1.0.0
 * @category Schemas
 */
export const GroupTypeCapabilities = /*#__PURE__*/ Schema.Struct({
    type_description: Schema.String,
    avatar: /*#__PURE__*/ Schema.optionalKey(GroupFieldCapability),
    disappear: /*#__PURE__*/ Schema.optionalKey(GroupFieldCapability),
    name: /*#__PURE__*/ Schema.optionalKey(GroupFieldCapability),
    parent: /*#__PURE__*/ Schema.optionalKey(GroupFieldCapability),
    participants: /*#__PURE__*/ Schema.optionalKey(GroupFieldCapability),
    topic: /*#__PURE__*/ Schema.optionalKey(GroupFieldCapability),
    username: /*#__PURE__*/ Schema.optionalKey(GroupFieldCapability)
});

/**
 * Group creation capabilities for one group type.
 * @since 1.0.0
 * @category Models
 */
export type GroupTypeCapabilities = Models.GroupTypeCapabilities;

/**
 * App, platform, server, and endpoint discovery metadata (snake_case field names).
 * @since 1.0.0
 * @category Schemas
 */
export const InfoRetrieveResponse = /*#__PURE__*/ Schema.Struct({
    app: /*#__PURE__*/ Schema.Struct({
        /**
         * App name
         */
        name: Schema.String,
        /**
         * App version
         */
        version: Schema.String,
        /**
         * App bundle identifier
         */
        bundle_id: Schema.String
    }),
    platform: /*#__PURE__*/ Schema.Struct({
        /**
         * Operating system identifier
         */
        os: Schema.String,
        /**
         * CPU architecture
         */
        arch: Schema.String,
        /**
         * Runtime release version
         */
        release: /*#__PURE__*/ Schema.optionalKey(Schema.String)
    }),
    server: /*#__PURE__*/ Schema.Struct({
        /**
         * Server status
         */
        status: Schema.String,
        /**
         * Base URL of the Beeper Desktop API server
         */
        base_url: Schema.String,
        /**
         * Listening port
         */
        port: Schema.Int,
        /**
         * Listening host
         */
        hostname: Schema.String,
        /**
         * Whether remote access is enabled
         */
        remote_access: Schema.Boolean,
        /**
         * Whether MCP endpoint is enabled
         */
        mcp_enabled: Schema.Boolean
    }),
    endpoints: /*#__PURE__*/ Schema.Struct({
        /**
         * OAuth endpoints.
         */
        oauth: /*#__PURE__*/ Schema.Struct({
            /**
             * OAuth authorization endpoint
             */
            authorization_endpoint: Schema.String,
            /**
             * OAuth token endpoint
             */
            token_endpoint: Schema.String,
            /**
             * OAuth introspection endpoint
             */
            introspection_endpoint: Schema.String,
            /**
             * OAuth userinfo endpoint
             */
            userinfo_endpoint: Schema.String,
            /**
             * OAuth token revocation endpoint
             */
            revocation_endpoint: Schema.String,
            /**
             * OAuth dynamic client registration endpoint
             */
            registration_endpoint: Schema.String
        }),
        /**
         * OpenAPI spec endpoint
         */
        spec: Schema.String,
        /**
         * MCP endpoint
         */
        mcp: Schema.String,
        /**
         * WebSocket events endpoint
         */
        ws_events: Schema.String
    })
});

/**
 * App, platform, server, and endpoint discovery metadata (snake_case field names).
 * @since 1.0.0
 * @category Models
 */
export type InfoRetrieveResponse = Models.InfoRetrieveResponse;

/**
 * A user-created label that organizes chats across accounts.
 * @since 1.0.0
 * @category Schemas
 */
export const Label = /*#__PURE__*/ Schema.Struct({
    /**
     * Unique identifier of the label.
     */
    id: Schema.String,
    /**
     * Display name of the label.
     */
    name: Schema.String
});

/**
 * A user-created label that organizes chats across accounts.
 * @since 1.0.0
 * @category Models
 */
export type Label = Models.Label;

/**
 * Link preview included with a message.
 * @since 1.0.0
 * @category Schemas
 */
export const LinkPreview = /*#__PURE__*/ Schema.Struct({
    /**
     * Resolved link URL.
     */
    url: Schema.String,
    /**
     * Original URL when the displayed URL is shortened or redirected.
     */
    originalURL: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Favicon URL if available. May be temporary or local-only to this device; download promptly if durable access
     * is needed.
     */
    favicon: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Preview image URL if available. May be temporary or local-only to this device; download promptly if durable
     * access is needed.
     */
    img: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Preview image dimensions.
     */
    imgSize: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Struct({
        width: /*#__PURE__*/ Schema.optionalKey(Schema.Finite),
        height: /*#__PURE__*/ Schema.optionalKey(Schema.Finite)
    })),
    /**
     * Link preview title.
     */
    title: Schema.String,
    /**
     * Link preview summary.
     */
    summary: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Link preview included with a message.
 * @since 1.0.0
 * @category Models
 */
export type LinkPreview = Models.LinkPreview;

/**
 * A connect or reconnect flow option of a bridge.
 * @since 1.0.0
 * @category Schemas
 */
export const LoginFlow = /*#__PURE__*/ Schema.Struct({
    /**
     * Flow ID to pass when creating a bridge login session.
     */
    id: Schema.String,
    /**
     * Short explanation for when to use this flow, when provided.
     */
    description: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Display name for the flow, when provided.
     */
    name: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * A connect or reconnect flow option of a bridge.
 * @since 1.0.0
 * @category Models
 */
export type LoginFlow = Models.LoginFlow;

/**
 * Connect and reconnect flow options for a bridge.
 * @since 1.0.0
 * @category Schemas
 */
export const LoginFlowListResponse = /*#__PURE__*/ Schema.Struct({
    /**
     * Login flows.
     */
    items: /*#__PURE__*/ Schema.Array(LoginFlow)
});

/**
 * Connect and reconnect flow options for a bridge.
 * @since 1.0.0
 * @category Models
 */
export type LoginFlowListResponse = Models.LoginFlowListResponse;

/**
 * Input field of a user_input login step.
 * @since 1.0.0
 * @category Schemas
 */
export const LoginInputField = /*#__PURE__*/ Schema.Struct({
    /**
     * Field ID to send back in the fields object.
     */
    id: Schema.String,
    /**
     * Initial field value, when provided by the network.
     */
    initialValue: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Field label to show to the user.
     */
    label: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * True if the user can leave this field empty.
     */
    optional: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * Placeholder text to show when the field is empty.
     */
    placeholder: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Suggested input type, such as text, password, or email.
     */
    type: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Input field of a user_input login step.
 * @since 1.0.0
 * @category Models
 */
export type LoginInputField = Models.LoginInputField;

/**
 * Result of cancelling a temporary bridge login session.
 * @since 1.0.0
 * @category Schemas
 */
export const LoginSessionCancelResponse = /*#__PURE__*/ Schema.Struct({
    /**
     * Bridge ID.
     */
    bridgeID: Schema.String,
    /**
     * Temporary bridge login session ID.
     */
    loginSessionID: Schema.String,
    status: /*#__PURE__*/ Schema.Literal('cancelled')
});

/**
 * Result of cancelling a temporary bridge login session.
 * @since 1.0.0
 * @category Models
 */
export type LoginSessionCancelResponse = Models.LoginSessionCancelResponse;

/**
 * Body of POST /v1/bridges/{bridgeID}/login-sessions. All fields are optional. Omit loginID and accountID to
 * connect a new account.
 * @since 1.0.0
 * @category Schemas
 */
export const LoginSessionCreateRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Existing chat account ID to reconnect. Omit to connect a new account.
     */
    accountID: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.String.check(/*#__PURE__*/ Schema.isMinLength(1))),
    /**
     * Optional flow ID returned by the list login flows endpoint. If omitted, Beeper chooses the default flow.
     */
    flowID: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.String.check(/*#__PURE__*/ Schema.isMinLength(1))),
    /**
     * Existing bridge login ID to reconnect. Omit to connect a new account.
     */
    loginID: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.String.check(/*#__PURE__*/ Schema.isMinLength(1)))
});

/**
 * Body of POST /v1/bridges/{bridgeID}/login-sessions. All fields are optional. Omit loginID and accountID to
 * connect a new account.
 * @since 1.0.0
 * @category Models
 */
export type LoginSessionCreateRequest = Models.LoginSessionCreateRequest;

/**
 * Status of a temporary bridge login session.
 * @since 1.0.0
 * @category Schemas
 */
export const LoginSessionStatus = /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
    'waiting_for_input',
    'waiting_for_cookies',
    'waiting_for_display',
    'complete',
    'cancelled',
    'failed'
]));

/**
 * Status of a temporary bridge login session.
 * @since 1.0.0
 * @category Models
 */
export type LoginSessionStatus = Models.LoginSessionStatus;

/**
 * Body of POST /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}.
 * @since 1.0.0
 * @category Schemas
 */
export const LoginStepSubmitRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Type of the step being submitted (matches the current step's `type`).
     */
    type: /*#__PURE__*/ Schema.Literals([
        'user_input',
        'cookies',
        'display_and_wait'
    ]),
    /**
     * Field values keyed by the field IDs from the current step (LoginInputField.id for user_input steps,
     * CookieField.id for cookies steps).
     */
    fields: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Record(Schema.String, Schema.String)),
    /**
     * Last browser URL reached during a cookies step, if available.
     */
    lastURL: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * How the step was completed. Omit unless the client needs to distinguish an embedded webview or browser
     * extension.
     */
    source: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Literals([
        'api',
        'webview',
        'browser_extension'
    ]))
});

/**
 * Body of POST /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}.
 * @since 1.0.0
 * @category Models
 */
export type LoginStepSubmitRequest = Models.LoginStepSubmitRequest;

/**
 * Attachment type hint (image, video, audio, file, gif, voice-note, sticker). If omitted, auto-detected from
 * mimeType
 * @since 1.0.0
 * @category Schemas
 */
export const MessageAttachmentType = /*#__PURE__*/ Schema.Literals([
    'image',
    'video',
    'audio',
    'file',
    'gif',
    'voice-note',
    'sticker'
]);

/**
 * Attachment type hint (image, video, audio, file, gif, voice-note, sticker). If omitted, auto-detected from
 * mimeType
 * @since 1.0.0
 * @category Models
 */
export type MessageAttachmentType = Models.MessageAttachmentType;

/**
 * Group read receipt state keyed by participant ID.
 * @since 1.0.0
 * @category Schemas
 */
export const MessageSeenByParticipant = /*#__PURE__*/ Schema.Record(Schema.String, /*#__PURE__*/ Schema.Union([Schema.Boolean, Schema.String]));

/**
 * Group read receipt state keyed by participant ID.
 * @since 1.0.0
 * @category Models
 */
export type MessageSeenByParticipant = Models.MessageSeenByParticipant;

/**
 * Read receipt state for this message, when available.
 * @since 1.0.0
 * @category Schemas
 */
export const MessageSeen = /*#__PURE__*/ Schema.Union([
    Schema.Boolean,
    Schema.String,
    MessageSeenByParticipant
]);

/**
 * Read receipt state for this message, when available.
 * @since 1.0.0
 * @category Models
 */
export type MessageSeen = Models.MessageSeen;

/**
 * Single attachment to send with the message.
 * @since 1.0.0
 * @category Schemas
 */
export const MessageSendAttachment = /*#__PURE__*/ Schema.Struct({
    /**
     * Upload ID from uploadAsset endpoint. Required to reference uploaded files.
     */
    uploadID: Schema.String,
    /**
     * MIME type (optional override of cached value)
     */
    mimeType: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Filename (optional override of cached value)
     */
    fileName: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Dimensions (optional override of cached value)
     */
    size: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Struct({
        width: Schema.Finite,
        height: Schema.Finite
    })),
    /**
     * Duration in seconds (optional override of cached value)
     */
    duration: /*#__PURE__*/ Schema.optionalKey(Schema.Finite),
    type: /*#__PURE__*/ Schema.optionalKey(MessageAttachmentType)
});

/**
 * Single attachment to send with the message.
 * @since 1.0.0
 * @category Models
 */
export type MessageSendAttachment = Models.MessageSendAttachment;

/**
 * A draft attachment to set; must reference an uploadID returned by the upload file endpoint.
 * @since 1.0.0
 * @category Schemas
 */
export const DraftAttachmentInput = /*#__PURE__*/ Schema.Struct({
    ...MessageSendAttachment.fields,
    /**
     * Optional draft attachment identifier. If omitted, a new identifier is generated.
     */
    id: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * A draft attachment to set; must reference an uploadID returned by the upload file endpoint.
 * @since 1.0.0
 * @category Models
 */
export type DraftAttachmentInput = Models.DraftAttachmentInput;

/**
 * Result of a message send.
 * @since 1.0.0
 * @category Schemas
 */
export const MessageSendResponse = /*#__PURE__*/ Schema.Struct({
    /**
     * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
     */
    chatID: Schema.String,
    /**
     * Pending ID assigned to the message before the network confirms the send. Pass it to GET
     * /v1/chats/{chatID}/messages/{messageID} to resolve, or wait for the matching message.upserted over the
     * WebSocket.
     */
    pendingMessageID: Schema.String
});

/**
 * Result of a message send.
 * @since 1.0.0
 * @category Models
 */
export type MessageSendResponse = Models.MessageSendResponse;

/**
 * Message send status for this message, when reported by the bridge.
 * @since 1.0.0
 * @category Schemas
 */
export const MessageSendStatus = /*#__PURE__*/ Schema.Struct({
    /**
     * Machine-readable failure reason. Present when the send status is a failure.
     */
    reason: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Human-readable send status or failure message.
     */
    message: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Current status of the message send attempt.
     */
    status: /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
        'SUCCESS',
        'PENDING',
        'FAIL_RETRIABLE',
        'FAIL_PERMANENT'
    ])),
    /**
     * Timestamp for the send status event.
     */
    timestamp: Schema.String,
    /**
     * User IDs the message was delivered to, when reported by the network.
     */
    deliveredToUsers: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Array(Schema.String)),
    /**
     * Internal bridge error detail. Intended for diagnostics, not end-user display.
     */
    internalError: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Message send status for this message, when reported by the bridge.
 * @since 1.0.0
 * @category Models
 */
export type MessageSendStatus = Models.MessageSendStatus;

/**
 * Draft text. Plain text and Markdown are converted to Matrix HTML with the same rules used by send and edit.
 * @since 1.0.0
 * @category Schemas
 */
export const MessageTextInput = Schema.String;

/**
 * Draft text. Plain text and Markdown are converted to Matrix HTML with the same rules used by send and edit.
 * @since 1.0.0
 * @category Models
 */
export type MessageTextInput = Models.MessageTextInput;

/**
 * Draft object to set or clear. Non-empty drafts are only accepted when the current draft is empty. Send
 * draft=null to clear text and attachments together before setting a new draft.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatDraftInput = /*#__PURE__*/ Schema.NullOr(/*#__PURE__*/ Schema.Struct({
    text: MessageTextInput,
    /**
     * Draft attachments keyed by attachment ID. Each attachment must reference an uploadID returned by the upload
     * file endpoint.
     */
    attachments: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Record(Schema.String, DraftAttachmentInput))
}));

/**
 * Draft object to set or clear. Non-empty drafts are only accepted when the current draft is empty. Send
 * draft=null to clear text and attachments together before setting a new draft.
 * @since 1.0.0
 * @category Models
 */
export type ChatDraftInput = Models.ChatDraftInput;

/**
 * Chat fields to update. Every field is optional; omitted fields are left unchanged.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatUpdateRequest = /*#__PURE__*/ Schema.Struct({
    draft: /*#__PURE__*/ Schema.optionalKey(ChatDraftInput),
    /**
     * Custom chat title. Support depends on the chat account and chat permissions.
     */
    title: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.String)),
    /**
     * Group chat description/topic. Support depends on the chat account and chat permissions.
     */
    description: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.String)),
    /**
     * Local filesystem path to a group chat avatar image. Support depends on the chat account and chat permissions.
     */
    imgURL: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.String)),
    /**
     * Archive or unarchive the chat.
     */
    isArchived: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * Mark or unmark the chat as low priority when supported by the account.
     */
    isLowPriority: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * Pin or unpin the chat when supported by the account.
     */
    isPinned: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * Mute or unmute the chat.
     */
    isMuted: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * Disappearing-message timer in seconds, or null to clear when supported.
     */
    messageExpirySeconds: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(/*#__PURE__*/ Schema.Int.check(/*#__PURE__*/ Schema.isGreaterThanOrEqualTo(0))))
});

/**
 * Chat fields to update. Every field is optional; omitted fields are left unchanged.
 * @since 1.0.0
 * @category Models
 */
export type ChatUpdateRequest = Models.ChatUpdateRequest;

/**
 * Body of a message send. All fields are optional.
 * @since 1.0.0
 * @category Schemas
 */
export const MessageSendRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Text input. Markdown is converted to Matrix HTML. To provide Matrix HTML verbatim, pass a JSON-stringified
     * HTML string.
     */
    text: /*#__PURE__*/ Schema.optionalKey(MessageTextInput),
    /**
     * Provide a message ID to send this as a reply to an existing message
     */
    replyToMessageID: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Single attachment to send with the message
     */
    attachment: /*#__PURE__*/ Schema.optionalKey(MessageSendAttachment)
});

/**
 * Body of a message send. All fields are optional.
 * @since 1.0.0
 * @category Models
 */
export type MessageSendRequest = Models.MessageSendRequest;

/**
 * Body of a message edit.
 * @since 1.0.0
 * @category Schemas
 */
export const MessageUpdateRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * New text content for the message
     */
    text: /*#__PURE__*/ Schema.String.check(/*#__PURE__*/ Schema.isMinLength(1))
});

/**
 * Body of a message edit.
 * @since 1.0.0
 * @category Models
 */
export type MessageUpdateRequest = Models.MessageUpdateRequest;

/**
 * Nothing to display.
 * @since 1.0.0
 * @category Schemas
 */
export const NothingLoginDisplay = /*#__PURE__*/ Schema.Struct({
    type: /*#__PURE__*/ Schema.Literal('nothing')
});

/**
 * Nothing to display.
 * @since 1.0.0
 * @category Models
 */
export type NothingLoginDisplay = Models.NothingLoginDisplay;

/**
 * QR code to show to the user.
 * @since 1.0.0
 * @category Schemas
 */
export const QRLoginDisplay = /*#__PURE__*/ Schema.Struct({
    type: /*#__PURE__*/ Schema.Literal('qr'),
    /**
     * QR code payload.
     */
    data: Schema.String
});

/**
 * QR code to show to the user.
 * @since 1.0.0
 * @category Models
 */
export type QRLoginDisplay = Models.QRLoginDisplay;

/**
 * What a display_and_wait step shows to the user, discriminated by `type`.
 * @since 1.0.0
 * @category Schemas
 */
export const LoginDisplay = /*#__PURE__*/ Schema.Union([
    QRLoginDisplay,
    EmojiLoginDisplay,
    NothingLoginDisplay,
    CodeLoginDisplay
]);

/**
 * What a display_and_wait step shows to the user, discriminated by `type`.
 * @since 1.0.0
 * @category Models
 */
export type LoginDisplay = Models.LoginDisplay;

/**
 * Step that shows something to the user (QR code, emoji, code) and waits.
 * @since 1.0.0
 * @category Schemas
 */
export const DisplayAndWaitLoginStep = /*#__PURE__*/ Schema.Struct({
    type: /*#__PURE__*/ Schema.Literal('display_and_wait'),
    display: LoginDisplay,
    /**
     * Step ID to submit this step's input to.
     */
    stepID: Schema.String,
    /**
     * User-facing instructions for this step.
     */
    instructions: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Step that shows something to the user (QR code, emoji, code) and waits.
 * @since 1.0.0
 * @category Models
 */
export type DisplayAndWaitLoginStep = Models.DisplayAndWaitLoginStep;

/**
 * A reaction to a message.
 * @since 1.0.0
 * @category Schemas
 */
export const Reaction = /*#__PURE__*/ Schema.Struct({
    /**
     * Reaction ID. When a participant can react more than once, the ID is the participant ID concatenated with the
     * reaction key; otherwise it equals the participant ID.
     */
    id: Schema.String,
    /**
     * The reaction key: an emoji (😄), a network-specific key, or a shortcode like "smiling-face".
     */
    reactionKey: Schema.String,
    /**
     * URL to the reaction's image. May be temporary or local-only to this device; download promptly if durable
     * access is needed.
     */
    imgURL: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * User ID of the participant who reacted.
     */
    participantID: Schema.String,
    /**
     * True if the reactionKey is an emoji.
     */
    emoji: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean)
});

/**
 * A reaction to a message.
 * @since 1.0.0
 * @category Models
 */
export type Reaction = Models.Reaction;

/**
 * Body of a reaction add.
 * @since 1.0.0
 * @category Schemas
 */
export const ReactionAddRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Reaction key to add (emoji, shortcode, or custom emoji key)
     */
    reactionKey: /*#__PURE__*/ Schema.String.check(/*#__PURE__*/ Schema.isMinLength(1)),
    /**
     * Optional transaction ID for deduplication and send tracking
     */
    transactionID: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Body of a reaction add.
 * @since 1.0.0
 * @category Models
 */
export type ReactionAddRequest = Models.ReactionAddRequest;

/**
 * Result of adding a reaction.
 * @since 1.0.0
 * @category Schemas
 */
export const ReactionAddResponse = /*#__PURE__*/ Schema.Struct({
    /**
     * Always true. Indicates the reaction was queued; failures return an error response.
     */
    success: /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literal(true)),
    /**
     * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
     */
    chatID: Schema.String,
    /**
     * Message ID.
     */
    messageID: Schema.String,
    /**
     * Reaction key that was added.
     */
    reactionKey: Schema.String,
    /**
     * Transaction ID used for send tracking.
     */
    transactionID: Schema.String
});

/**
 * Result of adding a reaction.
 * @since 1.0.0
 * @category Models
 */
export type ReactionAddResponse = Models.ReactionAddResponse;

/**
 * Result of removing a reaction.
 * @since 1.0.0
 * @category Schemas
 */
export const ReactionDeleteResponse = /*#__PURE__*/ Schema.Struct({
    /**
     * Always true. Indicates the reaction removal was queued; failures return an error response.
     */
    success: /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literal(true)),
    /**
     * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
     */
    chatID: Schema.String,
    /**
     * Message ID.
     */
    messageID: Schema.String,
    /**
     * Reaction key that was removed.
     */
    reactionKey: Schema.String
});

/**
 * Result of removing a reaction.
 * @since 1.0.0
 * @category Models
 */
export type ReactionDeleteResponse = Models.ReactionDeleteResponse;

/**
 * Identifier lookup capabilities for this bridge.
 * @since 1.0.0
 * @category Schemas
 */
export const ResolveIdentifierCapabilities = /*#__PURE__*/ Schema.Struct({
    any_phone: Schema.Boolean,
    contact_list: Schema.Boolean,
    create_dm: Schema.Boolean,
    lookup_email: Schema.Boolean,
    lookup_phone: Schema.Boolean,
    lookup_username: Schema.Boolean,
    search: Schema.Boolean
});

/**
 * Identifier lookup capabilities for this bridge.
 * @since 1.0.0
 * @category Models
 */
export type ResolveIdentifierCapabilities = Models.ResolveIdentifierCapabilities;

/**
 * Advanced network capabilities for account lookup and group creation. Wire field names of this model are
 * snake_case (unlike most of the API).
 * @since 1.0.0
 * @category Schemas
 */
export const ProvisioningCapabilities = /*#__PURE__*/ Schema.Struct({
    /**
     * Group creation capabilities keyed by group type identifier.
     */
    group_creation: /*#__PURE__*/ Schema.Record(Schema.String, GroupTypeCapabilities),
    /**
     * Identifier lookup capabilities for this bridge.
     */
    resolve_identifier: ResolveIdentifierCapabilities,
    image_pack_import: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean)
});

/**
 * Advanced network capabilities for account lookup and group creation. Wire field names of this model are
 * snake_case (unlike most of the API).
 * @since 1.0.0
 * @category Models
 */
export type ProvisioningCapabilities = Models.ProvisioningCapabilities;

/**
 * -2: rejected, -1: dropped, 0: unsupported, 1: partially supported, 2: fully supported.
 * @since 1.0.0
 * @category Schemas
 */
export const SupportLevel = /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
    -2,
    -1,
    0,
    1,
    2
]));

/**
 * -2: rejected, -1: dropped, 0: unsupported, 1: partially supported, 2: fully supported.
 * @since 1.0.0
 * @category Models
 */
export type SupportLevel = Models.SupportLevel;

/**
 * Capabilities for one attachment message type.
 * @since 1.0.0
 * @category Schemas
 */
export const AttachmentCapability = /*#__PURE__*/ Schema.Struct({
    /**
     * Supported MIME types or MIME patterns for this file message type. Missing MIME types should be treated as
     * rejected.
     */
    mimeTypes: /*#__PURE__*/ Schema.Record(Schema.String, SupportLevel),
    caption: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
    /**
     * Maximum caption length when captions are supported.
     */
    maxCaptionLength: /*#__PURE__*/ Schema.optionalKey(Schema.Int),
    /**
     * Maximum file size in bytes.
     */
    maxSize: /*#__PURE__*/ Schema.optionalKey(Schema.Int),
    /**
     * Maximum image or video width in pixels.
     */
    maxWidth: /*#__PURE__*/ Schema.optionalKey(Schema.Int),
    /**
     * Maximum image or video height in pixels.
     */
    maxHeight: /*#__PURE__*/ Schema.optionalKey(Schema.Int),
    /**
     * Maximum audio or video duration in seconds.
     */
    maxDuration: /*#__PURE__*/ Schema.optionalKey(Schema.Int),
    /**
     * True if this file type can be sent as view-once media.
     */
    viewOnce: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean)
});

/**
 * Capabilities for one attachment message type.
 * @since 1.0.0
 * @category Models
 */
export type AttachmentCapability = Models.AttachmentCapability;

/**
 * Message request capabilities.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatMessageRequestCapabilities = /*#__PURE__*/ Schema.Struct({
    acceptWithMessage: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
    acceptWithButton: /*#__PURE__*/ Schema.optionalKey(SupportLevel)
});

/**
 * Message request capabilities.
 * @since 1.0.0
 * @category Models
 */
export type ChatMessageRequestCapabilities = Models.ChatMessageRequestCapabilities;

/**
 * Participant management capabilities.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatParticipantActionCapabilities = /*#__PURE__*/ Schema.Struct({
    ban: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
    invite: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
    kick: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
    leave: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
    revokeInvite: /*#__PURE__*/ Schema.optionalKey(SupportLevel)
});

/**
 * Participant management capabilities.
 * @since 1.0.0
 * @category Models
 */
export type ChatParticipantActionCapabilities = Models.ChatParticipantActionCapabilities;

/**
 * Chat state update capabilities.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatStateCapabilities = /*#__PURE__*/ Schema.Struct({
    /**
     * Disappearing-message timer state capability.
     */
    disappearingTimer: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Struct({
        level: SupportLevel
    })),
    /**
     * Chat avatar state capability.
     */
    avatar: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Struct({
        level: SupportLevel
    })),
    /**
     * Chat title state capability.
     */
    title: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Struct({
        level: SupportLevel
    })),
    /**
     * Chat description/topic state capability.
     */
    description: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Struct({
        level: SupportLevel
    }))
});

/**
 * Chat state update capabilities.
 * @since 1.0.0
 * @category Models
 */
export type ChatStateCapabilities = Models.ChatStateCapabilities;

/**
 * Chat capabilities reported by the platform.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatCapabilities = /*#__PURE__*/ Schema.Struct({
    /**
     * Supported rich-text formatting features keyed by feature name (for example bold, inline_code,
     * code_block.syntax_highlighting). Omitted means no formatting support is advertised.
     */
    formatting: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Record(Schema.String, SupportLevel)),
    /**
     * Supported attachment message types and their per-type constraints, keyed by Matrix msgtype or pseudo-msgtype
     * (for example m.image, m.video, org.matrix.msc3245.voice). Missing message types should be treated as rejected.
     */
    attachments: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Record(Schema.String, AttachmentCapability)),
    /**
     * Maximum length of normal text messages.
     */
    maxTextLength: /*#__PURE__*/ Schema.optionalKey(Schema.Int),
    locationMessage: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
    poll: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
    thread: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
    reply: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
    edit: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
    /**
     * Maximum number of edits allowed for one message.
     */
    editMaxCount: /*#__PURE__*/ Schema.optionalKey(Schema.Int),
    /**
     * Maximum message age for edits, in seconds.
     */
    editMaxAge: /*#__PURE__*/ Schema.optionalKey(Schema.Int),
    delete: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
    /**
     * Maximum message age for delete-for-everyone, in seconds.
     */
    deleteMaxAge: /*#__PURE__*/ Schema.optionalKey(Schema.Int),
    /**
     * True if deleting messages only for the authenticated user is supported.
     */
    deleteForMe: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    messageRequest: /*#__PURE__*/ Schema.optionalKey(ChatMessageRequestCapabilities),
    reaction: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
    /**
     * Maximum number of reactions allowed on a single message.
     */
    reactionCount: /*#__PURE__*/ Schema.optionalKey(Schema.Int),
    /**
     * Allowed Unicode reactions. Omitted means all emoji reactions are allowed.
     */
    allowedReactions: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Array(Schema.String)),
    /**
     * True if custom emoji reactions are supported.
     */
    customEmojiReactions: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    disappearingTimer: /*#__PURE__*/ Schema.optionalKey(ChatDisappearingTimerCapabilities),
    /**
     * True if read receipts are supported.
     */
    readReceipts: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * True if typing notifications are supported.
     */
    typingNotifications: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * True if archive/unarchive is supported.
     */
    archive: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * True if marking chats unread is supported.
     */
    markAsUnread: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * True if deleting chats for the authenticated user is supported.
     */
    deleteChat: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * True if deleting chats for everyone is supported.
     */
    deleteChatForEveryone: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    participantActions: /*#__PURE__*/ Schema.optionalKey(ChatParticipantActionCapabilities),
    state: /*#__PURE__*/ Schema.optionalKey(ChatStateCapabilities)
});

/**
 * Chat capabilities reported by the platform.
 * @since 1.0.0
 * @category Models
 */
export type ChatCapabilities = Models.ChatCapabilities;

/**
 * Capability to update one piece of chat state.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatStateCapability = /*#__PURE__*/ Schema.Struct({
    level: SupportLevel
});

/**
 * Capability to update one piece of chat state.
 * @since 1.0.0
 * @category Models
 */
export type ChatStateCapability = Models.ChatStateCapability;

/**
 * Attachment transcription if available.
 * @since 1.0.0
 * @category Schemas
 */
export const Transcription = /*#__PURE__*/ Schema.Struct({
    /**
     * Transcribed text.
     */
    transcription: Schema.String,
    /**
     * Transcription engine.
     */
    engine: Schema.String,
    /**
     * Detected or selected language.
     */
    language: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Attachment transcription if available.
 * @since 1.0.0
 * @category Models
 */
export type Transcription = Models.Transcription;

/**
 * An attachment included with a message.
 * @since 1.0.0
 * @category Schemas
 */
export const Attachment = /*#__PURE__*/ Schema.Struct({
    /**
     * Attachment identifier (typically an mxc:// URL). Use the download file endpoint to get a local file path.
     */
    id: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Attachment type.
     */
    type: /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
        'unknown',
        'img',
        'video',
        'audio'
    ])),
    /**
     * Public URL or local file path to fetch the file. May be temporary or local-only to this device; download
     * promptly if durable access is needed.
     */
    srcURL: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * MIME type if known (e.g., 'image/png').
     */
    mimeType: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Original filename if available.
     */
    fileName: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * File size in bytes if known.
     */
    fileSize: /*#__PURE__*/ Schema.optionalKey(Schema.Finite),
    /**
     * True if the attachment is a GIF.
     */
    isGif: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * True if the attachment is a sticker.
     */
    isSticker: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * True if the attachment is a voice note.
     */
    isVoiceNote: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * Duration in seconds (audio/video).
     */
    duration: /*#__PURE__*/ Schema.optionalKey(Schema.Finite),
    transcription: /*#__PURE__*/ Schema.optionalKey(Transcription),
    /**
     * Preview image URL for video attachments (poster frame). May be temporary or local-only to this device;
     * download promptly if durable access is needed.
     */
    posterImg: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Pixel dimensions of the attachment: width/height in px.
     */
    size: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Struct({
        width: /*#__PURE__*/ Schema.optionalKey(Schema.Finite),
        height: /*#__PURE__*/ Schema.optionalKey(Schema.Finite)
    }))
});

/**
 * An attachment included with a message.
 * @since 1.0.0
 * @category Models
 */
export type Attachment = Models.Attachment;

/**
 * A message in a chat.
 * @since 1.0.0
 * @category Schemas
 */
export const Message = /*#__PURE__*/ Schema.Struct({
    /**
     * Message ID.
     */
    id: Schema.String,
    /**
     * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
     */
    chatID: Schema.String,
    /**
     * Beeper account ID the message belongs to.
     */
    accountID: Schema.String,
    /**
     * Matrix-style fully-qualified sender user ID, usually including a bridge prefix and homeserver.
     */
    senderID: Schema.String,
    /**
     * Resolved sender display name (impersonator/full name/username/participant name).
     */
    senderName: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Message timestamp.
     */
    timestamp: Schema.String,
    /**
     * A unique, sortable key used to sort messages.
     */
    sortKey: Schema.String,
    /**
     * Message content type. Useful for distinguishing reactions, media messages, and state events from regular text
     * messages.
     */
    type: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
        'TEXT',
        'NOTICE',
        'IMAGE',
        'VIDEO',
        'VOICE',
        'AUDIO',
        'FILE',
        'STICKER',
        'LOCATION',
        'REACTION'
    ]))),
    /**
     * Matrix HTML body if present.
     */
    text: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Timestamp when the message was edited, if known.
     */
    editedTimestamp: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * True if the authenticated user sent the message.
     */
    isSender: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    sendStatus: /*#__PURE__*/ Schema.optionalKey(MessageSendStatus),
    /**
     * True if the message is hidden from normal display.
     */
    isHidden: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * True if the message has been deleted.
     */
    isDeleted: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * Attachments included with this message, if any.
     */
    attachments: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Array(Attachment)),
    /**
     * True if the message is unread for the authenticated user. May be omitted.
     */
    isUnread: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * ID of the message this is a reply to, if any.
     */
    linkedMessageID: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Mentioned user IDs, @room, or null for legacy messages that require text scanning.
     */
    mentions: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(/*#__PURE__*/ Schema.Array(Schema.String))),
    /**
     * Link previews included with this message, if any.
     */
    links: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Array(LinkPreview)),
    /**
     * Reactions to the message, if any.
     */
    reactions: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Array(Reaction)),
    seen: /*#__PURE__*/ Schema.optionalKey(MessageSeen)
});

/**
 * A message in a chat.
 * @since 1.0.0
 * @category Models
 */
export type Message = Models.Message;

/**
 * A page of messages in a chat, sorted by timestamp.
 * @since 1.0.0
 * @category Schemas
 */
export const MessageListPage = /*#__PURE__*/ Schema.Struct({
    /**
     * Messages from the chat, sorted by timestamp. Use oldestCursor/newestCursor for pagination and treat both as
     * opaque values.
     */
    items: /*#__PURE__*/ Schema.Array(Message),
    /**
     * True if additional results can be fetched using the provided cursors.
     */
    hasMore: Schema.Boolean,
    /**
     * Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect.
     */
    oldestCursor: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.String)),
    /**
     * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
     */
    newestCursor: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.String))
});

/**
 * A page of messages in a chat, sorted by timestamp.
 * @since 1.0.0
 * @category Models
 */
export type MessageListPage = Models.MessageListPage;

/**
 * The edited message (a full Message) plus the deprecated compatibility fields `messageID` and `success`.
 * (Older docs renditions returned only { chatID, messageID, success }; this is the current shape.)
 * @since 1.0.0
 * @category Schemas
 */
export const MessageUpdateResponse = /*#__PURE__*/ Schema.Struct({
    ...Message.fields,
    /**
     * DEPRECATED - compatibility field. Successful responses are already represented by the 200 status code.
     * @deprecated
     */
    success: /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literal(true)),
    /**
     * DEPRECATED - use id instead. Compatibility alias for older clients.
     * @deprecated
     */
    messageID: Schema.String
});

/**
 * The edited message (a full Message) plus the deprecated compatibility fields `messageID` and `success`.
 * (Older docs renditions returned only { chatID, messageID, success }; this is the current shape.)
 * @since 1.0.0
 * @category Models
 */
export type MessageUpdateResponse = Models.MessageUpdateResponse;

/**
 * User the account belongs to.
 * @since 1.0.0
 * @category Schemas
 */
export const User = /*#__PURE__*/ Schema.Struct({
    /**
     * Stable Beeper user ID. Use as the primary key when referencing a person.
     */
    id: Schema.String,
    /**
     * Human-readable handle if available (e.g., '@alice'). May be network-specific and not globally unique.
     */
    username: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * User's phone number in E.164 format (e.g., '+14155552671'). Omit if unknown.
     */
    phoneNumber: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Email address if known. Not guaranteed verified.
     */
    email: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Display name as shown in clients (e.g., 'Alice Example'). May include emojis.
     */
    fullName: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Avatar image URL if available. This may be a remote URL, Matrix media URL, data URL, or local filesystem URL
     * depending on source and endpoint. May be temporary or local-only to this device; download promptly if durable
     * access is needed.
     */
    imgURL: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * True if Beeper cannot initiate messages to this user (e.g., blocked, network restriction, or no DM path). The
     * user may still message you.
     */
    cannotMessage: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * True if this user represents the authenticated account's own identity.
     */
    isSelf: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean)
});

/**
 * User the account belongs to.
 * @since 1.0.0
 * @category Models
 */
export type User = Models.User;

/**
 * A chat account added to Beeper.
 * @since 1.0.0
 * @category Schemas
 */
export const Account = /*#__PURE__*/ Schema.Struct({
    /**
     * Chat account added to Beeper. Use this to route account-scoped actions. Examples include matrix for
     * Beeper/Matrix, discordgo for a cloud bridge, slackgo.TEAM-USER for workspace-scoped cloud bridges, and
     * local-whatsapp_ba_... for local bridges.
     */
    accountID: Schema.String,
    bridge: AccountBridge,
    /**
     * Human-friendly network name for the account. Omitted when the network is unknown.
     */
    network: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    user: User,
    /**
     * Current connection status for this account. Only in the current docs (not SDK v5.0.0).
     */
    status: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
        'connected',
        'connecting',
        'backfilling',
        'connection_required',
        'reconnect_required',
        'attention_required',
        'disconnected',
        'disabled'
    ]))),
    /**
     * Runtime chat/message capabilities for this connected account, when available. Only in the current
     * docs (not SDK v5.0.0).
     */
    capabilities: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Record(Schema.String, Schema.Unknown)),
    /**
     * Bridge login ID for this account, when known. One bridge login can contain multiple chat accounts.
     * Only in the current docs (not SDK v5.0.0).
     */
    loginID: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Human-friendly account status text. Only in the current docs (not SDK v5.0.0).
     */
    statusText: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * A chat account added to Beeper.
 * @since 1.0.0
 * @category Models
 */
export type Account = Models.Account;

/**
 * Available bridge that can connect or reconnect chat accounts.
 * @since 1.0.0
 * @category Schemas
 */
export const Bridge = /*#__PURE__*/ Schema.Struct({
    /**
     * Bridge ID. Use with bridge endpoints.
     */
    id: Schema.String,
    /**
     * Connected accounts for this bridge. Uses the same Account schema as GET /v1/accounts.
     */
    accounts: /*#__PURE__*/ Schema.Array(Account),
    /**
     * Number of active accounts for this network on this device.
     */
    activeAccountCount: Schema.Int,
    /**
     * Human-friendly bridge name shown in Beeper.
     */
    displayName: Schema.String,
    /**
     * Where accounts for this bridge run: on this device or in Beeper Cloud.
     */
    provider: /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
        'cloud',
        'self-hosted',
        'local',
        'platform-sdk'
    ])),
    /**
     * Whether this bridge can currently be used to connect new accounts.
     */
    status: /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
        'available',
        'connected',
        'limit_reached',
        'temporarily_unavailable',
        'disabled'
    ])),
    /**
     * Whether this bridge can have multiple active accounts for the same network.
     */
    supportsMultipleAccounts: Schema.Boolean,
    /**
     * Underlying bridge type, such as matrix, discordgo, slackgo, whatsapp, telegram, or twitter.
     */
    type: Schema.String,
    /**
     * Network grouping used for account counts and limits.
     */
    network: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Human-friendly status text matching Beeper account management language.
     */
    statusText: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Available bridge that can connect or reconnect chat accounts.
 * @since 1.0.0
 * @category Models
 */
export type Bridge = Models.Bridge;

/**
 * Available bridges and their connected accounts.
 * @since 1.0.0
 * @category Schemas
 */
export const BridgeListResponse = /*#__PURE__*/ Schema.Struct({
    /**
     * Available bridges.
     */
    items: /*#__PURE__*/ Schema.Array(Bridge)
});

/**
 * Available bridges and their connected accounts.
 * @since 1.0.0
 * @category Models
 */
export type BridgeListResponse = Models.BridgeListResponse;

/**
 * Signed-in identity for a bridge. One bridge login can contain multiple chat accounts.
 * @since 1.0.0
 * @category Schemas
 */
export const BridgeLogin = /*#__PURE__*/ Schema.Struct({
    /**
     * Bridge ID.
     */
    bridgeID: Schema.String,
    /**
     * Bridge login ID.
     */
    loginID: Schema.String,
    /**
     * Scopes this bridge login can be removed with.
     */
    removeScopes: /*#__PURE__*/ Schema.Array(BridgeLoginRemoveScope),
    /**
     * Bridge login status.
     */
    status: /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
        'connected',
        'connecting',
        'needs_login',
        'logged_out',
        'unknown'
    ])),
    /**
     * Chat accounts that belong to this bridge login, when known.
     */
    accountIDs: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Array(Schema.String)),
    /**
     * Human-friendly bridge login status text.
     */
    statusText: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * User the account belongs to.
     */
    user: /*#__PURE__*/ Schema.optionalKey(User)
});

/**
 * Signed-in identity for a bridge. One bridge login can contain multiple chat accounts.
 * @since 1.0.0
 * @category Models
 */
export type BridgeLogin = Models.BridgeLogin;

/**
 * Bridge logins of a bridge.
 * @since 1.0.0
 * @category Schemas
 */
export const BridgeLoginListResponse = /*#__PURE__*/ Schema.Struct({
    /**
     * Bridge logins.
     */
    items: /*#__PURE__*/ Schema.Array(BridgeLogin)
});

/**
 * Bridge logins of a bridge.
 * @since 1.0.0
 * @category Models
 */
export type BridgeLoginListResponse = Models.BridgeLoginListResponse;

/**
 * Final step of a completed login.
 * @since 1.0.0
 * @category Schemas
 */
export const CompleteLoginStep = /*#__PURE__*/ Schema.Struct({
    type: /*#__PURE__*/ Schema.Literal('complete'),
    /**
     * A chat account added to Beeper.
     */
    account: /*#__PURE__*/ Schema.optionalKey(Account),
    /**
     * Completion instructions, when provided.
     */
    instructions: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Signed-in identity for a bridge. One bridge login can contain multiple chat accounts.
     */
    login: /*#__PURE__*/ Schema.optionalKey(BridgeLogin),
    /**
     * Step ID.
     */
    stepID: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Final step of a completed login.
 * @since 1.0.0
 * @category Models
 */
export type CompleteLoginStep = Models.CompleteLoginStep;

/**
 * A cursor page of merged contacts for one account.
 * @since 1.0.0
 * @category Schemas
 */
export const ContactListPage = /*#__PURE__*/ Schema.Struct({
    /**
     * Merged contacts for the selected account.
     */
    items: /*#__PURE__*/ Schema.Array(User),
    /**
     * True if additional results can be fetched using the provided cursors.
     */
    hasMore: Schema.Boolean,
    /**
     * Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect.
     */
    oldestCursor: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.String)),
    /**
     * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
     */
    newestCursor: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.String))
});

/**
 * A cursor page of merged contacts for one account.
 * @since 1.0.0
 * @category Models
 */
export type ContactListPage = Models.ContactListPage;

/**
 * Users matching a contact search on one account (not paginated).
 * @since 1.0.0
 * @category Schemas
 */
export const ContactSearchResponse = /*#__PURE__*/ Schema.Struct({
    /**
     * Matching users.
     */
    items: /*#__PURE__*/ Schema.Array(User)
});

/**
 * Users matching a contact search on one account (not paginated).
 * @since 1.0.0
 * @category Models
 */
export type ContactSearchResponse = Models.ContactSearchResponse;

/**
 * Accounts configured on this device. Includes accountID, bridge metadata, optional network name, and user
 * identity.
 * @since 1.0.0
 * @category Schemas
 */
export const GetAccountsOutput = /*#__PURE__*/ Schema.Array(Account);

/**
 * Accounts configured on this device. Includes accountID, bridge metadata, optional network name, and user
 * identity.
 * @since 1.0.0
 * @category Models
 */
export type GetAccountsOutput = Models.GetAccountsOutput;

/**
 * A chat participant. Extends User with chat membership metadata.
 * @since 1.0.0
 * @category Schemas
 */
export const Participant = /*#__PURE__*/ Schema.Struct({
    ...User.fields,
    /**
     * True if this participant has admin privileges in the chat.
     */
    isAdmin: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * True if this participant has been invited but has not joined yet.
     */
    isPending: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * True if this participant represents a network or bridge bot.
     */
    isNetworkBot: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean)
});

/**
 * A chat participant. Extends User with chat membership metadata.
 * @since 1.0.0
 * @category Models
 */
export type Participant = Models.Participant;

/**
 * Chat participants information.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatParticipants = /*#__PURE__*/ Schema.Struct({
    /**
     * Participants returned for this chat (limited by the request; may be a subset).
     */
    items: /*#__PURE__*/ Schema.Array(Participant),
    /**
     * True if there are more participants than included in items.
     */
    hasMore: Schema.Boolean,
    /**
     * Total number of participants in the chat.
     */
    total: Schema.Int
});

/**
 * Chat participants information.
 * @since 1.0.0
 * @category Models
 */
export type ChatParticipants = Models.ChatParticipants;

/**
 * A chat (direct or group conversation) on one chat account.
 * @since 1.0.0
 * @category Schemas
 */
export const Chat = /*#__PURE__*/ Schema.Struct({
    /**
     * Unique identifier of the chat across Beeper.
     */
    id: Schema.String,
    /**
     * Local chat ID specific to this Beeper Desktop installation.
     */
    localChatID: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.String)),
    /**
     * Account ID this chat belongs to.
     */
    accountID: Schema.String,
    /**
     * Display-only human-readable account/network name.
     */
    network: Schema.String,
    /**
     * Display title of the chat as computed by the client/server.
     */
    title: Schema.String,
    /**
     * Group chat description/topic when available.
     */
    description: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.String)),
    /**
     * Local filesystem path to the chat avatar image when available.
     */
    imgURL: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.String)),
    /**
     * Chat type: 'single' for direct messages, 'group' for group chats.
     */
    type: /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals(['single', 'group'])),
    /**
     * True if messages cannot be sent in this chat.
     */
    isReadOnly: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    participants: ChatParticipants,
    /**
     * Timestamp of last activity.
     */
    lastActivity: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Number of unread messages.
     */
    unreadCount: Schema.Int,
    /**
     * Number of unread messages that mention the authenticated user or @room.
     */
    unreadMentionsCount: /*#__PURE__*/ Schema.optionalKey(Schema.Int),
    /**
     * Last read message sortKey.
     */
    lastReadMessageSortKey: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    draft: /*#__PURE__*/ Schema.optionalKey(ChatDraft),
    /**
     * Current reminder for this chat, or null when no reminder is set.
     */
    reminder: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(/*#__PURE__*/ Schema.Struct({
        /**
         * Timestamp when the reminder should trigger.
         */
        remindAt: /*#__PURE__*/ Schema.optionalKey(Schema.String),
        /**
         * Cancel reminder if someone messages in the chat.
         */
        dismissOnIncomingMessage: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean)
    }))),
    /**
     * Current snooze state for this chat, or null when no snooze is set.
     */
    snooze: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(/*#__PURE__*/ Schema.Struct({
        /**
         * Timestamp when the snooze expires.
         */
        snoozeUntil: /*#__PURE__*/ Schema.optionalKey(Schema.String),
        /**
         * Timestamp when the user set the snooze.
         */
        userSnoozedAt: /*#__PURE__*/ Schema.optionalKey(Schema.String)
    }))),
    /**
     * True if chat is archived.
     */
    isArchived: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * True if the chat was explicitly marked unread by the authenticated user.
     */
    isMarkedUnread: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * True if chat notifications are muted.
     */
    isMuted: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * True if chat is pinned.
     */
    isPinned: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * True if chat is marked low priority.
     */
    isLowPriority: /*#__PURE__*/ Schema.optionalKey(Schema.Boolean),
    /**
     * Disappearing-message timer in seconds when available.
     */
    messageExpirySeconds: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.Int)),
    capabilities: /*#__PURE__*/ Schema.optionalKey(ChatCapabilities),
    /**
     * Labels applied to this chat. Absent when the chat has none, or when labels are not enabled for this
     * user. Newest PHP SDK revision only (not SDK v5.0.0).
     */
    labels: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Array(Label)),
    merge: /*#__PURE__*/ Schema.optionalKey(ChatMerge),
    /**
     * When this chat is a member of a merged chat, the ID of that merged chat. Clients that render merged
     * chats as one conversation should list the merged chat and hide chats carrying this field. Newest PHP
     * SDK revision only (not SDK v5.0.0).
     */
    mergedIntoChatID: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * A chat (direct or group conversation) on one chat account.
 * @since 1.0.0
 * @category Models
 */
export type Chat = Models.Chat;

/**
 * The created chat, plus deprecated compatibility fields.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatCreateResponse = /*#__PURE__*/ Schema.Struct({
    ...Chat.fields,
    /**
     * DEPRECATED - use id instead. Compatibility alias for older clients.
     * @deprecated
     */
    chatID: Schema.String,
    /**
     * DEPRECATED - legacy start-chat status for older clients. New clients should inspect the returned Chat instead.
     * @deprecated
     */
    status: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals(['existing', 'created'])))
});

/**
 * The created chat, plus deprecated compatibility fields.
 * @since 1.0.0
 * @category Models
 */
export type ChatCreateResponse = Models.ChatCreateResponse;

/**
 * A cursor page of chats matching a search.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatSearchPage = /*#__PURE__*/ Schema.Struct({
    /**
     * Chats matching the filters.
     */
    items: /*#__PURE__*/ Schema.Array(Chat),
    /**
     * True if additional results can be fetched using the provided cursors.
     */
    hasMore: Schema.Boolean,
    /**
     * Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect.
     */
    oldestCursor: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.String)),
    /**
     * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
     */
    newestCursor: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.String))
});

/**
 * A cursor page of chats matching a search.
 * @since 1.0.0
 * @category Models
 */
export type ChatSearchPage = Models.ChatSearchPage;

/**
 * The started (created or reused) direct chat, plus deprecated compatibility fields.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatStartResponse = /*#__PURE__*/ Schema.Struct({
    ...Chat.fields,
    /**
     * Deprecated - use id instead. Compatibility alias for older clients.
     * @deprecated
     */
    chatID: Schema.String,
    /**
     * Deprecated - legacy start-chat status for older clients. New clients should inspect the returned
     * Chat instead.
     * @deprecated
     */
    status: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Literals(['existing', 'created']))
});

/**
 * The started (created or reused) direct chat, plus deprecated compatibility fields.
 * @since 1.0.0
 * @category Models
 */
export type ChatStartResponse = Models.ChatStartResponse;

/**
 * Chat with optional last message preview.
 * @since 1.0.0
 * @category Schemas
 */
export const ChatWithPreview = /*#__PURE__*/ Schema.Struct({
    ...Chat.fields,
    /**
     * Last message preview for this chat, if available.
     */
    preview: /*#__PURE__*/ Schema.optionalKey(Message)
});

/**
 * Chat with optional last message preview.
 * @since 1.0.0
 * @category Models
 */
export type ChatWithPreview = Models.ChatWithPreview;

/**
 * A cursor page of chats sorted by last activity (most recent first).
 * @since 1.0.0
 * @category Schemas
 */
export const ChatListPage = /*#__PURE__*/ Schema.Struct({
    /**
     * Chats ordered by last activity timestamp (most recent first).
     */
    items: /*#__PURE__*/ Schema.Array(ChatWithPreview),
    /**
     * True if additional results can be fetched using the provided cursors.
     */
    hasMore: Schema.Boolean,
    /**
     * Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect.
     */
    oldestCursor: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.String)),
    /**
     * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
     */
    newestCursor: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.String))
});

/**
 * A cursor page of chats sorted by last activity (most recent first).
 * @since 1.0.0
 * @category Models
 */
export type ChatListPage = Models.ChatListPage;

/**
 * A page of messages matching a search.
 * @since 1.0.0
 * @category Schemas
 */
export const MessageSearchPage = /*#__PURE__*/ Schema.Struct({
    /**
     * Messages matching the query and filters.
     */
    items: /*#__PURE__*/ Schema.Array(Message),
    /**
     * True if additional results can be fetched using the provided cursors.
     */
    hasMore: Schema.Boolean,
    /**
     * Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect.
     */
    oldestCursor: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.String)),
    /**
     * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
     */
    newestCursor: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.String)),
    /**
     * Map of chatID -> chat details for chats referenced in items.
     */
    chats: /*#__PURE__*/ Schema.Record(Schema.String, Chat)
});

/**
 * A page of messages matching a search.
 * @since 1.0.0
 * @category Models
 */
export type MessageSearchPage = Models.MessageSearchPage;

/**
 * Result of the combined search (GET /v1/search).
 * @since 1.0.0
 * @category Schemas
 */
export const SearchResponse = /*#__PURE__*/ Schema.Struct({
    results: /*#__PURE__*/ Schema.Struct({
        /**
         * Top chat results.
         */
        chats: /*#__PURE__*/ Schema.Array(Chat),
        /**
         * Top group results by participant matches.
         */
        in_groups: /*#__PURE__*/ Schema.Array(Chat),
        messages: MessageSearchPage
    })
});

/**
 * Result of the combined search (GET /v1/search).
 * @since 1.0.0
 * @category Models
 */
export type SearchResponse = Models.SearchResponse;

/**
 * Step that asks the user to fill in input fields.
 * @since 1.0.0
 * @category Schemas
 */
export const UserInputLoginStep = /*#__PURE__*/ Schema.Struct({
    type: /*#__PURE__*/ Schema.Literal('user_input'),
    /**
     * Input fields to show to the user.
     */
    fields: /*#__PURE__*/ Schema.Array(LoginInputField),
    /**
     * Step ID to submit this step's input to.
     */
    stepID: Schema.String,
    /**
     * Attachments of this step (items untyped in the sources).
     */
    attachments: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Array(Schema.Unknown)),
    /**
     * User-facing instructions for this step.
     */
    instructions: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Step that asks the user to fill in input fields.
 * @since 1.0.0
 * @category Models
 */
export type UserInputLoginStep = Models.UserInputLoginStep;

/**
 * Step the client should show or complete next, discriminated by `type`.
 * @since 1.0.0
 * @category Schemas
 */
export const LoginStep = /*#__PURE__*/ Schema.Union([
    UserInputLoginStep,
    CookiesLoginStep,
    DisplayAndWaitLoginStep,
    CompleteLoginStep
]);

/**
 * Step the client should show or complete next, discriminated by `type`.
 * @since 1.0.0
 * @category Models
 */
export type LoginStep = Models.LoginStep;

/**
 * Temporary bridge login session used to connect a new chat account or reconnect an existing bridge login.
 * @since 1.0.0
 * @category Schemas
 */
export const LoginSession = /*#__PURE__*/ Schema.Struct({
    /**
     * Bridge ID.
     */
    bridgeID: Schema.String,
    /**
     * Temporary bridge login session ID.
     */
    loginSessionID: Schema.String,
    status: LoginSessionStatus,
    /**
     * A chat account added to Beeper.
     */
    account: /*#__PURE__*/ Schema.optionalKey(Account),
    /**
     * Chat account ID for reconnect flows, when known.
     */
    accountID: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Step the client should show or complete next. Omitted when the session is complete, cancelled, or failed.
     */
    currentStep: /*#__PURE__*/ Schema.optionalKey(LoginStep),
    /**
     * Error of the login session.
     */
    error: /*#__PURE__*/ Schema.optionalKey(APIError),
    /**
     * Signed-in identity for a bridge. One bridge login can contain multiple chat accounts.
     */
    login: /*#__PURE__*/ Schema.optionalKey(BridgeLogin),
    /**
     * Bridge login ID for reconnect flows, when known.
     */
    loginID: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Temporary bridge login session used to connect a new chat account or reconnect an existing bridge login.
 * @since 1.0.0
 * @category Models
 */
export type LoginSession = Models.LoginSession;

/**
 * One problem found while validating a request: where in the payload, a code and a human-readable message.
 * @since 1.0.0
 * @category Schemas
 */
export const ValidationIssue = /*#__PURE__*/ Schema.Struct({
    /**
     * Validation issue code
     */
    code: Schema.String,
    /**
     * Human-readable description of the validation issue
     */
    message: Schema.String,
    /**
     * Path pointing to the invalid field within the payload
     */
    path: /*#__PURE__*/ Schema.Array(/*#__PURE__*/ Schema.Union([Schema.String, Schema.Finite]))
});

/**
 * One problem found while validating a request: where in the payload, a code and a human-readable message.
 * @since 1.0.0
 * @category Models
 */
export type ValidationIssue = Models.ValidationIssue;

/**
 * Validation error details
 * @since 1.0.0
 * @category Schemas
 */
export const ValidationDetails = /*#__PURE__*/ Schema.Struct({
    /**
     * List of validation issues
     */
    issues: /*#__PURE__*/ Schema.Array(ValidationIssue)
});

/**
 * Validation error details
 * @since 1.0.0
 * @category Models
 */
export type ValidationDetails = Models.ValidationDetails;

/**
 * The shared error body of every non-2xx response.
 * @since 1.0.0
 * @category Schemas
 */
export const Error = /*#__PURE__*/ Schema.Struct({
    /**
     * Error message
     */
    message: Schema.String,
    /**
     * Machine-readable error code
     */
    code: Schema.String,
    /**
     * Additional error details for debugging
     */
    details: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Union([
        ValidationDetails,
        /*#__PURE__*/ Schema.Record(Schema.String, Schema.Unknown),
        Schema.Unknown
    ]))
});

/**
 * The shared error body of every non-2xx response.
 * @since 1.0.0
 * @category Models
 */
export type Error = Models.Error;

/**
 * A verification action (maps to the action endpoints under /v1/app/setup/verifications/{verificationID}).
 * @since 1.0.0
 * @category Schemas
 */
export const VerificationAction = /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
    'accept',
    'cancel',
    'qr.confirmScanned',
    'sas.start',
    'sas.confirm'
]));

/**
 * A verification action (maps to the action endpoints under /v1/app/setup/verifications/{verificationID}).
 * @since 1.0.0
 * @category Models
 */
export type VerificationAction = Models.VerificationAction;

/**
 * Optional code and user-facing reason for cancelling an active device verification.
 * @since 1.0.0
 * @category Schemas
 */
export const VerificationCancelRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Optional cancellation code.
     */
    code: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    /**
     * Optional user-facing cancellation reason.
     */
    reason: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Optional code and user-facing reason for cancelling an active device verification.
 * @since 1.0.0
 * @category Models
 */
export type VerificationCancelRequest = Models.VerificationCancelRequest;

/**
 * Optional body of POST /v1/app/setup/verifications, which starts verifying this device from another signed-in
 * device.
 * @since 1.0.0
 * @category Schemas
 */
export const VerificationCreateRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * Why this verification is being started.
     */
    purpose: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Literals(['login', 'device'])),
    /**
     * Beeper user ID to verify. Defaults to the signed-in user.
     */
    userID: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Optional body of POST /v1/app/setup/verifications, which starts verifying this device from another signed-in
 * device.
 * @since 1.0.0
 * @category Models
 */
export type VerificationCreateRequest = Models.VerificationCreateRequest;

/**
 * Whether this device started or received the verification.
 * @since 1.0.0
 * @category Schemas
 */
export const VerificationDirection = /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals(['incoming', 'outgoing']));

/**
 * Whether this device started or received the verification.
 * @since 1.0.0
 * @category Models
 */
export type VerificationDirection = Models.VerificationDirection;

/**
 * Verification error details, if verification stopped.
 * @since 1.0.0
 * @category Schemas
 */
export const VerificationError = /*#__PURE__*/ Schema.Struct({
    /**
     * Verification error code.
     */
    code: Schema.String,
    /**
     * User-facing verification error message.
     */
    reason: Schema.String
});

/**
 * Verification error details, if verification stopped.
 * @since 1.0.0
 * @category Models
 */
export type VerificationError = Models.VerificationError;

/**
 * A verification method.
 * @since 1.0.0
 * @category Schemas
 */
export const VerificationMethod = /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals(['qr', 'sas']));

/**
 * A verification method.
 * @since 1.0.0
 * @category Models
 */
export type VerificationMethod = Models.VerificationMethod;

/**
 * Other device participating in verification.
 * @since 1.0.0
 * @category Schemas
 */
export const VerificationOtherDevice = /*#__PURE__*/ Schema.Struct({
    /**
     * Other device ID.
     */
    id: Schema.String,
    /**
     * Other device display name, if known.
     */
    name: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Other device participating in verification.
 * @since 1.0.0
 * @category Models
 */
export type VerificationOtherDevice = Models.VerificationOtherDevice;

/**
 * Why a verification exists.
 * @since 1.0.0
 * @category Schemas
 */
export const VerificationPurpose = /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals(['login', 'device']));

/**
 * Why a verification exists.
 * @since 1.0.0
 * @category Models
 */
export type VerificationPurpose = Models.VerificationPurpose;

/**
 * QR verification data.
 * @since 1.0.0
 * @category Schemas
 */
export const VerificationQR = /*#__PURE__*/ Schema.Struct({
    /**
     * QR code payload to display for verification.
     */
    data: Schema.String
});

/**
 * QR verification data.
 * @since 1.0.0
 * @category Models
 */
export type VerificationQR = Models.VerificationQR;

/**
 * The QR code payload scanned from another signed-in device, submitted to continue device verification.
 * @since 1.0.0
 * @category Schemas
 */
export const VerificationQRScanRequest = /*#__PURE__*/ Schema.Struct({
    /**
     * QR code payload scanned from the other device.
     */
    data: Schema.String
});

/**
 * The QR code payload scanned from another signed-in device, submitted to continue device verification.
 * @since 1.0.0
 * @category Models
 */
export type VerificationQRScanRequest = Models.VerificationQRScanRequest;

/**
 * Emoji or number comparison data for verification.
 * @since 1.0.0
 * @category Schemas
 */
export const VerificationSAS = /*#__PURE__*/ Schema.Struct({
    /**
     * Emoji sequence to compare on both devices.
     */
    emojis: Schema.String,
    /**
     * Number sequence to compare on both devices.
     */
    decimals: /*#__PURE__*/ Schema.optionalKey(Schema.String)
});

/**
 * Emoji or number comparison data for verification.
 * @since 1.0.0
 * @category Models
 */
export type VerificationSAS = Models.VerificationSAS;

/**
 * Current trusted-device verification state.
 * @since 1.0.0
 * @category Schemas
 */
export const VerificationState = /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
    'requested',
    'ready',
    'sas_ready',
    'qr_scanned',
    'done',
    'cancelled',
    'error'
]));

/**
 * Current trusted-device verification state.
 * @since 1.0.0
 * @category Models
 */
export type VerificationState = Models.VerificationState;

/**
 * Trusted device verification progress.
 * @since 1.0.0
 * @category Schemas
 */
export const Verification = /*#__PURE__*/ Schema.Struct({
    /**
     * Verification ID to pass in verification action paths.
     */
    id: Schema.String,
    /**
     * Verification actions that are valid for the current state.
     */
    availableActions: /*#__PURE__*/ Schema.Array(VerificationAction),
    direction: VerificationDirection,
    /**
     * Verification methods supported for this transaction.
     */
    methods: /*#__PURE__*/ Schema.Array(VerificationMethod),
    purpose: VerificationPurpose,
    state: VerificationState,
    error: /*#__PURE__*/ Schema.optionalKey(VerificationError),
    otherDevice: /*#__PURE__*/ Schema.optionalKey(VerificationOtherDevice),
    /**
     * Other Beeper user participating in verification.
     */
    otherUserID: /*#__PURE__*/ Schema.optionalKey(Schema.String),
    qr: /*#__PURE__*/ Schema.optionalKey(VerificationQR),
    sas: /*#__PURE__*/ Schema.optionalKey(VerificationSAS)
});

/**
 * Trusted device verification progress.
 * @since 1.0.0
 * @category Models
 */
export type Verification = Models.Verification;

/**
 * Current Beeper Desktop or Beeper Server sign-in and encrypted messaging setup state (returned by
 * GET /v1/app/setup and embedded as `session` in the setup, recovery-key and verification responses).
 * @since 1.0.0
 * @category Schemas
 */
export const AppStateSnapshot = /*#__PURE__*/ Schema.Struct({
    e2ee: AppE2EEStatus,
    state: AppSetupState,
    matrix: /*#__PURE__*/ Schema.optionalKey(AppMatrixAccount),
    verification: /*#__PURE__*/ Schema.optionalKey(Verification)
});

/**
 * Current Beeper Desktop or Beeper Server sign-in and encrypted messaging setup state (returned by
 * GET /v1/app/setup and embedded as `session` in the setup, recovery-key and verification responses).
 * @since 1.0.0
 * @category Models
 */
export type AppStateSnapshot = Models.AppStateSnapshot;

/**
 * The setup state after confirming the new recovery key.
 * @since 1.0.0
 * @category Schemas
 */
export const AppRecoveryKeyResetConfirmResponse = /*#__PURE__*/ Schema.Struct({
    /**
     * Current app sign-in and encrypted messaging setup state.
     */
    session: AppStateSnapshot
});

/**
 * The setup state after confirming the new recovery key.
 * @since 1.0.0
 * @category Models
 */
export type AppRecoveryKeyResetConfirmResponse = Models.AppRecoveryKeyResetConfirmResponse;

/**
 * The new recovery key, to show once and have the user save, and the setup state after creating it.
 * @since 1.0.0
 * @category Schemas
 */
export const AppRecoveryKeyResetResponse = /*#__PURE__*/ Schema.Struct({
    /**
     * New recovery key. Show it once and ask the user to save it.
     */
    recoveryKey: Schema.String,
    /**
     * Current app sign-in and encrypted messaging setup state after creating the new recovery key.
     */
    session: AppStateSnapshot
});

/**
 * The new recovery key, to show once and have the user save, and the setup state after creating it.
 * @since 1.0.0
 * @category Models
 */
export type AppRecoveryKeyResetResponse = Models.AppRecoveryKeyResetResponse;

/**
 * The setup state after unlocking encrypted messages with the recovery key.
 * @since 1.0.0
 * @category Schemas
 */
export const AppRecoveryKeyVerifyResponse = /*#__PURE__*/ Schema.Struct({
    /**
     * Current app sign-in and encrypted messaging setup state.
     */
    session: AppStateSnapshot
});

/**
 * The setup state after unlocking encrypted messages with the recovery key.
 * @since 1.0.0
 * @category Models
 */
export type AppRecoveryKeyVerifyResponse = Models.AppRecoveryKeyVerifyResponse;

/**
 * Sign-in or account creation completed: account credentials and the setup state after sign-in
 * (the `Success` variant of POST /v1/app/setup/response and the response of POST /v1/app/setup/register).
 * @since 1.0.0
 * @category Schemas
 */
export const AppSetupSuccess = /*#__PURE__*/ Schema.Struct({
    matrix: AppMatrixCredentials,
    /**
     * Current app sign-in and encrypted messaging setup state after sign-in.
     */
    session: AppStateSnapshot
});

/**
 * Sign-in or account creation completed: account credentials and the setup state after sign-in
 * (the `Success` variant of POST /v1/app/setup/response and the response of POST /v1/app/setup/register).
 * @since 1.0.0
 * @category Models
 */
export type AppSetupSuccess = Models.AppSetupSuccess;

/**
 * Result of POST /v1/app/setup/response: either signed in (`AppSetupSuccess`: `matrix` + `session`) or
 * account creation required (`AppSetupRegistrationRequired`: `registrationRequired: true`).
 * @since 1.0.0
 * @category Schemas
 */
export const AppSetupResponseResult = /*#__PURE__*/ Schema.Union([AppSetupSuccess, AppSetupRegistrationRequired]);

/**
 * Result of POST /v1/app/setup/response: either signed in (`AppSetupSuccess`: `matrix` + `session`) or
 * account creation required (`AppSetupRegistrationRequired`: `registrationRequired: true`).
 * @since 1.0.0
 * @category Models
 */
export type AppSetupResponseResult = Models.AppSetupResponseResult;

/**
 * Shared response of the verification create / retrieve / accept / cancel / QR scan / QR confirm-scanned /
 * SAS start / SAS confirm endpoints.
 * @since 1.0.0
 * @category Schemas
 */
export const VerificationActionResult = /*#__PURE__*/ Schema.Struct({
    /**
     * Current app sign-in and encrypted messaging setup state.
     */
    session: AppStateSnapshot,
    /**
     * Trusted device verification progress.
     */
    verification: /*#__PURE__*/ Schema.optionalKey(Verification)
});

/**
 * Shared response of the verification create / retrieve / accept / cancel / QR scan / QR confirm-scanned /
 * SAS start / SAS confirm endpoints.
 * @since 1.0.0
 * @category Models
 */
export type VerificationActionResult = Models.VerificationActionResult;

/**
 * Pending and active device verifications.
 * @since 1.0.0
 * @category Schemas
 */
export const VerificationListResponse = /*#__PURE__*/ Schema.Struct({
    items: /*#__PURE__*/ Schema.Array(Verification)
});

/**
 * Pending and active device verifications.
 * @since 1.0.0
 * @category Models
 */
export type VerificationListResponse = Models.VerificationListResponse;
