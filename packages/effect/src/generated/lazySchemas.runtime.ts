// generated — do not edit.
// Source: spec/openapi.yaml · generator: @hey-api/openapi-ts 0.99.0 + @beeper-kit/effect-schema plugin · regenerate with `pnpm generate`.

import { dateTimeFormat } from '../internal/formats.ts';
import { openEnum, type OpenEnum } from '../internal/openEnum.ts';
import type * as Models from './models.ts';
import * as Schema from 'effect/Schema';
import { lazyValues } from '../internal/lazyValues.ts';
import type * as Eager from './schemas.ts';

/**
 * The runtime build's `Schemas` (`schemas.ts` built on the first read of any of them): the same constants.
 */
export const Schemas: typeof Eager = /*#__PURE__*/ lazyValues(['APIError', 'AccountBridge', 'AccountID', 'AppE2EESecrets', 'AppE2EEStatus', 'AppMatrixAccount', 'AppMatrixCredentials', 'AppRecoveryKeyResetConfirmRequest', 'AppRecoveryKeyResetRequest', 'AppRecoveryKeyVerifyRequest', 'AppSetupEmailRequest', 'AppSetupRegisterRequest', 'AppSetupRegistrationCopy', 'AppSetupRegistrationRequired', 'AppSetupResponseRequest', 'AppSetupStartResponse', 'AppSetupState', 'AssetDownloadRequest', 'AssetDownloadResponse', 'AssetUploadBase64Request', 'AssetUploadBase64Response', 'AssetUploadRequest', 'AssetUploadResponse', 'BridgeLoginRemoveScope', 'BridgeLoginRemoveRequest', 'BridgeLoginRemoveResponse', 'ChatArchiveRequest', 'ChatCreateRequest', 'ChatDisappearingTimerCapabilities', 'ChatID', 'ChatMarkReadRequest', 'ChatMarkUnreadRequest', 'ChatMerge', 'ChatReminder', 'ChatReminderInput', 'ChatReminderCreateRequest', 'ChatSnooze', 'ChatStartUser', 'ChatStartRequest', 'CodeLoginDisplay', 'CookieField', 'CookiesLoginStep', 'Cursor', 'Direction', 'DisappearingTimerCapability', 'DraftAttachment', 'ChatDraft', 'EmojiLoginDisplay', 'FocusRequest', 'FocusResponse', 'GroupFieldCapability', 'GroupTypeCapabilities', 'InfoRetrieveResponse', 'Label', 'LinkPreview', 'LoginFlow', 'LoginFlowListResponse', 'LoginInputField', 'LoginSessionCancelResponse', 'LoginSessionCreateRequest', 'LoginSessionStatus', 'LoginStepSubmitRequest', 'MessageAttachmentType', 'MessageSeenByParticipant', 'MessageSeen', 'MessageSendAttachment', 'DraftAttachmentInput', 'MessageSendResponse', 'MessageSendStatus', 'MessageTextInput', 'ChatDraftInput', 'ChatUpdateRequest', 'MessageSendRequest', 'MessageUpdateRequest', 'NothingLoginDisplay', 'QRLoginDisplay', 'LoginDisplay', 'DisplayAndWaitLoginStep', 'Reaction', 'ReactionAddRequest', 'ReactionAddResponse', 'ReactionDeleteResponse', 'ResolveIdentifierCapabilities', 'ProvisioningCapabilities', 'SupportLevel', 'AttachmentCapability', 'ChatMessageRequestCapabilities', 'ChatParticipantActionCapabilities', 'ChatStateCapabilities', 'ChatCapabilities', 'ChatStateCapability', 'Transcription', 'Attachment', 'Message', 'MessageListPage', 'MessageUpdateResponse', 'User', 'Account', 'Bridge', 'BridgeListResponse', 'BridgeLogin', 'BridgeLoginListResponse', 'CompleteLoginStep', 'ContactListPage', 'ContactSearchResponse', 'GetAccountsOutput', 'Participant', 'ChatParticipants', 'Chat', 'ChatCreateResponse', 'ChatSearchPage', 'ChatStartResponse', 'ChatWithPreview', 'ChatListPage', 'MessageSearchPage', 'SearchResponse', 'UserInputLoginStep', 'LoginStep', 'LoginSession', 'ValidationIssue', 'ValidationDetails', 'Error', 'VerificationAction', 'VerificationCancelRequest', 'VerificationCreateRequest', 'VerificationDirection', 'VerificationError', 'VerificationMethod', 'VerificationOtherDevice', 'VerificationPurpose', 'VerificationQR', 'VerificationQRScanRequest', 'VerificationSAS', 'VerificationState', 'Verification', 'AppStateSnapshot', 'AppRecoveryKeyResetConfirmResponse', 'AppRecoveryKeyResetResponse', 'AppRecoveryKeyVerifyResponse', 'AppSetupSuccess', 'AppSetupResponseResult', 'VerificationActionResult', 'VerificationListResponse'], () => {

    const literalTrue = /*#__PURE__*/ Schema.Literal(true);

    const isMinLength1 = /*#__PURE__*/ Schema.isMinLength(1);

    const arrayString = /*#__PURE__*/ Schema.Array(Schema.String);

    const optionalKeyInt = /*#__PURE__*/ Schema.optionalKey(Schema.Int);

    const openEnumLiteralTrue = /*#__PURE__*/ openEnum(literalTrue);

    const optionalKeyFinite = /*#__PURE__*/ Schema.optionalKey(Schema.Finite);

    const optionalKeyString = /*#__PURE__*/ Schema.optionalKey(Schema.String);

    const optionalKeyBoolean = /*#__PURE__*/ Schema.optionalKey(Schema.Boolean);

    const stringCheckDateTimeFormat = /*#__PURE__*/ Schema.String.check(dateTimeFormat);

    const literalsLoginDevice = /*#__PURE__*/ Schema.Literals(['login', 'device']);

    const literalsSingleGroup = /*#__PURE__*/ Schema.Literals(['single', 'group']);

    const stringCheckIsMinLength1 = /*#__PURE__*/ Schema.String.check(isMinLength1);

    const recordStringUnknown = /*#__PURE__*/ Schema.Record(Schema.String, Schema.Unknown);

    const optionalKeyArrayInt = /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Array(Schema.Int));

    const optionalKeyArrayString = /*#__PURE__*/ Schema.optionalKey(arrayString);

    const optionalKeyNullOrString = /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(Schema.String));

    const optionalKeyStringCheckDateTimeFormat = /*#__PURE__*/ Schema.optionalKey(stringCheckDateTimeFormat);

    const optionalKeyStringCheckIsMinLength1 = /*#__PURE__*/ Schema.optionalKey(stringCheckIsMinLength1);

    const optionalKeyRecordStringUnknown = /*#__PURE__*/ Schema.optionalKey(recordStringUnknown);

    const openEnumLiteralsCloudSelfHostedLocalPlatformSdk = /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
            'cloud',
            'self-hosted',
            'local',
            'platform-sdk'
        ]));

    const optionalKeyStructWidthOptionalKeyFiniteHeightOptionalKeyFinite = /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Struct({
            width: optionalKeyFinite,
            height: optionalKeyFinite
        }));

    /**
     * Error object embedded in other resources (e.g. LoginSession.error).
     * @since 1.0.0
     * @category Schemas
     */
    const APIError: Schema.Struct<{
        readonly code: typeof Schema.String;
        readonly message: typeof Schema.String;
        readonly details: Schema.optionalKey<Schema.$Record<typeof Schema.String, typeof Schema.Unknown>>;
    }> = /*#__PURE__*/ Schema.Struct({
        code: Schema.String,
        message: Schema.String,
        details: optionalKeyRecordStringUnknown
    });

    /**
     * Bridge metadata for the account. Available in Beeper Desktop v4.2.785+.
     * @since 1.0.0
     * @category Schemas
     */
    const AccountBridge: Schema.Struct<{
        /**
         * Bridge instance identifier. Matrix and cloud bridges often use the bridge type (for example matrix or
         * discordgo); local bridges use a local bridge ID (for example local-whatsapp). Available in Beeper Desktop
         * v4.2.785+.
         */
        readonly id: typeof Schema.String;
        /**
         * Bridge type, such as matrix, discordgo, slackgo, whatsapp, telegram, or twitter. Available in Beeper Desktop
         * v4.2.785+.
         */
        readonly type: typeof Schema.String;
        /**
         * Bridge provider for the account. Available in Beeper Desktop v4.2.785+.
         */
        readonly provider: OpenEnum<Schema.Literals<readonly [
            'cloud',
            'self-hosted',
            'local',
            'platform-sdk'
        ]>>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        provider: openEnumLiteralsCloudSelfHostedLocalPlatformSdk
    });

    /**
     * Account ID this resource belongs to.
     * @since 1.0.0
     * @category Schemas
     */
    const AccountID: typeof Schema.String = Schema.String;

    /**
     * Encrypted messaging keys available on this device.
     * @since 1.0.0
     * @category Schemas
     */
    const AppE2EESecrets: Schema.Struct<{
        /**
         * Whether the account identity key is available.
         */
        readonly masterKey: typeof Schema.Boolean;
        /**
         * Whether the encrypted message backup key is available.
         */
        readonly megolmBackupKey: typeof Schema.Boolean;
        /**
         * Whether a recovery key is available.
         */
        readonly recoveryKey: typeof Schema.Boolean;
        /**
         * Whether the device trust key is available.
         */
        readonly selfSigningKey: typeof Schema.Boolean;
        /**
         * Whether the user trust key is available.
         */
        readonly userSigningKey: typeof Schema.Boolean;
    }> = /*#__PURE__*/ Schema.Struct({
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
     * Encrypted messaging setup status.
     * @since 1.0.0
     * @category Schemas
     */
    const AppE2EEStatus: Schema.Struct<{
        /**
         * Whether this account can verify trusted devices.
         */
        readonly crossSigning: typeof Schema.Boolean;
        /**
         * Whether the first encrypted message sync is complete.
         */
        readonly firstSyncDone: typeof Schema.Boolean;
        /**
         * Whether the user confirmed that they saved their recovery key.
         */
        readonly hasBackedUpRecoveryKey: typeof Schema.Boolean;
        /**
         * Whether encrypted messaging setup has started.
         */
        readonly initialized: typeof Schema.Boolean;
        /**
         * Whether encrypted message backup is available.
         */
        readonly keyBackup: typeof Schema.Boolean;
        readonly secrets: typeof AppE2EESecrets;
        /**
         * Whether secure key storage is available.
         */
        readonly secretStorage: typeof Schema.Boolean;
        /**
         * Whether this device is trusted for encrypted messages.
         */
        readonly verified: typeof Schema.Boolean;
        /**
         * Unix timestamp for when the recovery key was created.
         */
        readonly recoveryKeyGeneratedAt: Schema.optionalKey<typeof Schema.Finite>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        recoveryKeyGeneratedAt: optionalKeyFinite
    });

    /**
     * Signed-in account details. Omitted until sign-in is complete.
     * @since 1.0.0
     * @category Schemas
     */
    const AppMatrixAccount: Schema.Struct<{
        /**
         * Current device ID.
         */
        readonly deviceID: typeof Schema.String;
        /**
         * Beeper homeserver URL for this account.
         */
        readonly homeserver: typeof Schema.String;
        /**
         * Signed-in Beeper user ID.
         */
        readonly userID: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
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
     * @category Schemas
     */
    const AppMatrixCredentials: Schema.Struct<{
        /**
         * Beeper account access token. Returned once for first-party app setup.
         */
        readonly accessToken: typeof Schema.String;
        /**
         * Current device ID.
         */
        readonly deviceID: typeof Schema.String;
        /**
         * Beeper homeserver URL for this account.
         */
        readonly homeserver: typeof Schema.String;
        /**
         * Signed-in Beeper user ID.
         */
        readonly userID: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
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
     * The new recovery key returned by the reset step, confirming that it should be used for this account.
     * @since 1.0.0
     * @category Schemas
     */
    const AppRecoveryKeyResetConfirmRequest: Schema.Struct<{
        /**
         * New recovery key returned by the reset step.
         */
        readonly recoveryKey: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * New recovery key returned by the reset step.
         */
        recoveryKey: Schema.String
    });

    /**
     * Optional body of POST /v1/app/setup/verification/recovery-key/reset, which creates a new recovery key when the
     * user cannot use the existing one.
     * @since 1.0.0
     * @category Schemas
     */
    const AppRecoveryKeyResetRequest: Schema.Struct<{
        /**
         * Existing recovery key, if the user has it.
         */
        readonly existingRecoveryKey: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Existing recovery key, if the user has it.
         */
        existingRecoveryKey: optionalKeyString
    });

    /**
     * The recovery key the user saved, to unlock encrypted messages (body of POST
     * /v1/app/setup/verification/recovery-key).
     * @since 1.0.0
     * @category Schemas
     */
    const AppRecoveryKeyVerifyRequest: Schema.Struct<{
        /**
         * Recovery key saved by the user.
         */
        readonly recoveryKey: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Recovery key saved by the user.
         */
        recoveryKey: Schema.String
    });

    /**
     * Where to send the setup sign-in code: the user's email address and the setup request from the start step.
     * @since 1.0.0
     * @category Schemas
     */
    const AppSetupEmailRequest: Schema.Struct<{
        /**
         * Email address to send the sign-in code to.
         */
        readonly email: typeof Schema.String;
        /**
         * Setup request ID returned by the start step.
         */
        readonly setupRequestID: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
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
     * Account creation after setup sign-in: the chosen username, the registration token and the acceptance of the
     * Terms of Use.
     * @since 1.0.0
     * @category Schemas
     */
    const AppSetupRegisterRequest: Schema.Struct<{
        /**
         * Confirms that the user agreed to the terms of use (https://www.beeper.com/terms-onboarding) and has
         * read the privacy policy (https://www.beeper.com/privacy).
         */
        readonly acceptTerms: Schema.Literal<true>;
        /**
         * Registration token returned by Beeper.
         */
        readonly leadToken: typeof Schema.String;
        /**
         * Setup request ID returned by the start step.
         */
        readonly setupRequestID: typeof Schema.String;
        /**
         * Username selected by the user.
         */
        readonly username: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Confirms that the user agreed to the terms of use (https://www.beeper.com/terms-onboarding) and has
         * read the privacy policy (https://www.beeper.com/privacy).
         */
        acceptTerms: literalTrue,
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
        username: stringCheckIsMinLength1
    });

    /**
     * Copy to display during account creation.
     * @since 1.0.0
     * @category Schemas
     */
    const AppSetupRegistrationCopy: Schema.Struct<{
        /**
         * Submit button label.
         */
        readonly submit: OpenEnum<Schema.Literal<'Continue'>>;
        /**
         * Terms and privacy notice to show before account creation.
         */
        readonly terms: OpenEnum<Schema.Literal<'By continuing, you agree to the Terms of Use and acknowledge the Privacy Policy.'>>;
        /**
         * Title for the username step.
         */
        readonly title: OpenEnum<Schema.Literal<'Choose your username'>>;
        /**
         * Placeholder for the username field.
         */
        readonly usernamePlaceholder: OpenEnum<Schema.Literal<'Username'>>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Submit button label.
         */
        submit: /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literal('Continue')),
        /**
         * Terms and privacy notice to show before account creation.
         */
        terms: /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literal('By continuing, you agree to the Terms of Use and acknowledge the Privacy Policy.')),
        /**
         * Title for the username step.
         */
        title: /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literal('Choose your username')),
        /**
         * Placeholder for the username field.
         */
        usernamePlaceholder: /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literal('Username'))
    });

    /**
     * The user needs to create a Beeper account (the `RegistrationRequired` variant of
     * POST /v1/app/setup/response). Continue with POST /v1/app/setup/register.
     * @since 1.0.0
     * @category Schemas
     */
    const AppSetupRegistrationRequired: Schema.Struct<{
        readonly copy: typeof AppSetupRegistrationCopy;
        /**
         * Registration token returned by Beeper.
         */
        readonly leadToken: typeof Schema.String;
        /**
         * Indicates that the user needs to create a Beeper account.
         */
        readonly registrationRequired: Schema.Literal<true>;
        /**
         * Setup request ID to use when creating the account.
         */
        readonly setupRequestID: typeof Schema.String;
        /**
         * Suggested usernames for the new account.
         */
        readonly usernameSuggestions: Schema.optionalKey<Schema.$Array<typeof Schema.String>>;
    }> = /*#__PURE__*/ Schema.Struct({
        copy: AppSetupRegistrationCopy,
        /**
         * Registration token returned by Beeper.
         */
        leadToken: Schema.String,
        /**
         * Indicates that the user needs to create a Beeper account.
         */
        registrationRequired: literalTrue,
        /**
         * Setup request ID to use when creating the account.
         */
        setupRequestID: Schema.String,
        /**
         * Suggested usernames for the new account.
         */
        usernameSuggestions: optionalKeyArrayString
    });

    /**
     * The sign-in code from the user's email, to finish setup sign-in for the setup request from the start step.
     * @since 1.0.0
     * @category Schemas
     */
    const AppSetupResponseRequest: Schema.Struct<{
        /**
         * Sign-in code from the user email.
         */
        readonly response: typeof Schema.String;
        /**
         * Setup request ID returned by the start step.
         */
        readonly setupRequestID: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
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
     * A new app setup request.
     * @since 1.0.0
     * @category Schemas
     */
    const AppSetupStartResponse: Schema.Struct<{
        /**
         * Setup request ID to use in the next sign-in step.
         */
        readonly setupRequestID: typeof Schema.String;
        /**
         * Available sign-in methods for this setup request.
         */
        readonly signInMethods: Schema.$Array<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Setup request ID to use in the next sign-in step.
         */
        setupRequestID: Schema.String,
        /**
         * Available sign-in methods for this setup request.
         */
        signInMethods: arrayString
    });

    /**
     * Current sign-in and encrypted messaging setup state for Beeper Desktop or Beeper Server.
     * @since 1.0.0
     * @category Schemas
     */
    const AppSetupState: OpenEnum<Schema.Literals<readonly [
        'needs-login',
        'initializing',
        'needs-cross-signing-setup',
        'needs-verification',
        'needs-secrets',
        'needs-first-sync',
        'ready'
    ]>> = /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
        'needs-login',
        'initializing',
        'needs-cross-signing-setup',
        'needs-verification',
        'needs-secrets',
        'needs-first-sync',
        'ready'
    ]));

    /**
     * Body of POST /v1/assets/download.
     * @since 1.0.0
     * @category Schemas
     */
    const AssetDownloadRequest: Schema.Struct<{
        /**
         * Matrix content URL (mxc:// or localmxc://) for the file to download.
         */
        readonly url: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Matrix content URL (mxc:// or localmxc://) for the file to download.
         */
        url: stringCheckIsMinLength1
    });

    /**
     * Result of an asset download. Both fields are optional.
     * @since 1.0.0
     * @category Schemas
     */
    const AssetDownloadResponse: Schema.Struct<{
        /**
         * Local file URL to the downloaded file.
         */
        readonly srcURL: Schema.optionalKey<typeof Schema.String>;
        /**
         * Error message if the download failed.
         */
        readonly error: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Local file URL to the downloaded file.
         */
        srcURL: optionalKeyString,
        /**
         * Error message if the download failed.
         */
        error: optionalKeyString
    });

    /**
     * Upload a temporary file. Upload IDs can be referenced by send-message and draft attachment requests while the
     * temporary upload remains available.
     * @since 1.0.0
     * @category Schemas
     */
    const AssetUploadBase64Request: Schema.Struct<{
        /**
         * Base64-encoded file content (max ~500MB decoded)
         */
        readonly content: typeof Schema.String;
        /**
         * Original filename. Generated if omitted
         */
        readonly fileName: Schema.optionalKey<typeof Schema.String>;
        /**
         * MIME type. Auto-detected from magic bytes if omitted
         */
        readonly mimeType: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Base64-encoded file content (max ~500MB decoded)
         */
        content: /*#__PURE__*/ Schema.String.check(isMinLength1, /*#__PURE__*/ Schema.isMaxLength(750000000)),
        /**
         * Original filename. Generated if omitted
         */
        fileName: optionalKeyString,
        /**
         * MIME type. Auto-detected from magic bytes if omitted
         */
        mimeType: optionalKeyString
    });

    /**
     * The `AssetUploadBase64Response` schema of the Beeper Desktop API
     * (`#/components/schemas/AssetUploadBase64Response`): the response of `assets.upload` (POST /v1/assets/upload)
     * and `assets.uploadBase64` (POST /v1/assets/upload/base64).
     * @since 1.0.0
     * @category Schemas
     */
    const AssetUploadBase64Response: Schema.Struct<{
        /**
         * Unique upload ID for this temporary file
         */
        readonly uploadID: Schema.optionalKey<typeof Schema.String>;
        /**
         * Local file URL (file://) for the uploaded file
         */
        readonly srcURL: Schema.optionalKey<typeof Schema.String>;
        /**
         * Resolved filename
         */
        readonly fileName: Schema.optionalKey<typeof Schema.String>;
        /**
         * Detected or provided MIME type
         */
        readonly mimeType: Schema.optionalKey<typeof Schema.String>;
        /**
         * File size in bytes
         */
        readonly fileSize: Schema.optionalKey<typeof Schema.Finite>;
        /**
         * Width in pixels (images/videos)
         */
        readonly width: Schema.optionalKey<typeof Schema.Finite>;
        /**
         * Height in pixels (images/videos)
         */
        readonly height: Schema.optionalKey<typeof Schema.Finite>;
        /**
         * Duration in seconds (audio/videos)
         */
        readonly duration: Schema.optionalKey<typeof Schema.Finite>;
        /**
         * Error message if upload failed
         */
        readonly error: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Unique upload ID for this temporary file
         */
        uploadID: optionalKeyString,
        /**
         * Local file URL (file://) for the uploaded file
         */
        srcURL: optionalKeyString,
        /**
         * Resolved filename
         */
        fileName: optionalKeyString,
        /**
         * Detected or provided MIME type
         */
        mimeType: optionalKeyString,
        /**
         * File size in bytes
         */
        fileSize: optionalKeyFinite,
        /**
         * Width in pixels (images/videos)
         */
        width: optionalKeyFinite,
        /**
         * Height in pixels (images/videos)
         */
        height: optionalKeyFinite,
        /**
         * Duration in seconds (audio/videos)
         */
        duration: optionalKeyFinite,
        /**
         * Error message if upload failed
         */
        error: optionalKeyString
    });

    /**
     * Upload a temporary file. Upload IDs can be referenced by send-message and draft attachment requests while the
     * temporary upload remains available.
     * @since 1.0.0
     * @category Schemas
     */
    const AssetUploadRequest: Schema.Struct<{
        /**
         * The file to upload (max 500 MB).
         */
        readonly file: Schema.Union<readonly [
            Schema.instanceOf<Blob, unknown>,
            typeof Schema.Uint8Array
        ]>;
        /**
         * Original filename. Defaults to the uploaded file name if omitted
         */
        readonly fileName: Schema.optionalKey<typeof Schema.String>;
        /**
         * MIME type. Auto-detected from magic bytes if omitted
         */
        readonly mimeType: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * The file to upload (max 500 MB).
         */
        file: /*#__PURE__*/ Schema.Union([/*#__PURE__*/ Schema.instanceOf(Blob, { expected: 'a Blob (a File, Bun.file(path), await fs.openAsBlob(path) on Node, await response.blob()) or a Uint8Array' }), Schema.Uint8Array]),
        /**
         * Original filename. Defaults to the uploaded file name if omitted
         */
        fileName: optionalKeyString,
        /**
         * MIME type. Auto-detected from magic bytes if omitted
         */
        mimeType: optionalKeyString
    });

    /**
     * A file uploaded to a temporary location. All fields are optional.
     * @since 1.0.0
     * @category Schemas
     */
    const AssetUploadResponse: Schema.Struct<{
        /**
         * Duration in seconds (audio/videos).
         */
        readonly duration: Schema.optionalKey<typeof Schema.Finite>;
        /**
         * Error message if upload failed.
         */
        readonly error: Schema.optionalKey<typeof Schema.String>;
        /**
         * Resolved filename.
         */
        readonly fileName: Schema.optionalKey<typeof Schema.String>;
        /**
         * File size in bytes.
         */
        readonly fileSize: Schema.optionalKey<typeof Schema.Finite>;
        /**
         * Height in pixels (images/videos).
         */
        readonly height: Schema.optionalKey<typeof Schema.Finite>;
        /**
         * Detected or provided MIME type.
         */
        readonly mimeType: Schema.optionalKey<typeof Schema.String>;
        /**
         * Local file URL (file://) for the uploaded file.
         */
        readonly srcURL: Schema.optionalKey<typeof Schema.String>;
        /**
         * Unique upload ID for this temporary file.
         */
        readonly uploadID: Schema.optionalKey<typeof Schema.String>;
        /**
         * Width in pixels (images/videos).
         */
        readonly width: Schema.optionalKey<typeof Schema.Finite>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Duration in seconds (audio/videos).
         */
        duration: optionalKeyFinite,
        /**
         * Error message if upload failed.
         */
        error: optionalKeyString,
        /**
         * Resolved filename.
         */
        fileName: optionalKeyString,
        /**
         * File size in bytes.
         */
        fileSize: optionalKeyFinite,
        /**
         * Height in pixels (images/videos).
         */
        height: optionalKeyFinite,
        /**
         * Detected or provided MIME type.
         */
        mimeType: optionalKeyString,
        /**
         * Local file URL (file://) for the uploaded file.
         */
        srcURL: optionalKeyString,
        /**
         * Unique upload ID for this temporary file.
         */
        uploadID: optionalKeyString,
        /**
         * Width in pixels (images/videos).
         */
        width: optionalKeyFinite
    });

    /**
     * Where a bridge login should be removed.
     * @since 1.0.0
     * @category Schemas
     */
    const BridgeLoginRemoveScope: Schema.Literals<readonly [
        'current-device',
        'all-devices'
    ]> = /*#__PURE__*/ Schema.Literals(['current-device', 'all-devices']);

    /**
     * Body of POST /v1/bridges/{bridgeID}/logins/{loginID}/remove.
     * @since 1.0.0
     * @category Schemas
     */
    const BridgeLoginRemoveRequest: Schema.Struct<{
        /**
         * Where this bridge login should be removed.
         */
        readonly scope: typeof BridgeLoginRemoveScope;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Where this bridge login should be removed.
         */
        scope: BridgeLoginRemoveScope
    });

    /**
     * Result of removing a bridge login.
     * @since 1.0.0
     * @category Schemas
     */
    const BridgeLoginRemoveResponse: Schema.Struct<{
        /**
         * Bridge ID.
         */
        readonly bridgeID: typeof Schema.String;
        /**
         * Bridge login ID.
         */
        readonly loginID: typeof Schema.String;
        /**
         * Where this bridge login should be removed.
         */
        readonly scope: OpenEnum<typeof BridgeLoginRemoveScope>;
        readonly status: Schema.Literal<'removed'>;
        /**
         * Chat accounts affected by the removal.
         */
        readonly affectedAccountIDs: Schema.optionalKey<Schema.$Array<typeof Schema.String>>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        scope: /*#__PURE__*/ openEnum(BridgeLoginRemoveScope),
        status: /*#__PURE__*/ Schema.Literal('removed'),
        /**
         * Chat accounts affected by the removal.
         */
        affectedAccountIDs: optionalKeyArrayString
    });

    /**
     * Archive state to set.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatArchiveRequest: Schema.Struct<{
        /**
         * True to archive, false to unarchive
         * @default true
         */
        readonly archived: Schema.optionalKey<typeof Schema.Boolean>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * True to archive, false to unarchive
         * @default true
         */
        archived: optionalKeyBoolean
    });

    /**
     * Create a direct or group chat from participant IDs.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatCreateRequest: Schema.Struct<{
        /**
         * Account to create or start the chat on.
         */
        readonly accountID: typeof Schema.String;
        /**
         * Optional first message content if the platform requires it to create the chat.
         */
        readonly messageText: Schema.optionalKey<typeof Schema.String>;
        /**
         * 'single' requires exactly one participantID; 'group' supports multiple participants and optional title.
         */
        readonly type: Schema.Literals<readonly [
            'single',
            'group'
        ]>;
        /**
         * User IDs to include in the new chat.
         */
        readonly participantIDs: Schema.$Array<typeof Schema.String>;
        /**
         * Optional title for group chats; ignored for single chats on most networks.
         */
        readonly title: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Account to create or start the chat on.
         */
        accountID: Schema.String,
        /**
         * Optional first message content if the platform requires it to create the chat.
         */
        messageText: optionalKeyString,
        /**
         * 'single' requires exactly one participantID; 'group' supports multiple participants and optional title.
         */
        type: literalsSingleGroup,
        /**
         * User IDs to include in the new chat.
         */
        participantIDs: /*#__PURE__*/ arrayString.check(isMinLength1),
        /**
         * Optional title for group chats; ignored for single chats on most networks.
         */
        title: optionalKeyString
    });

    /**
     * Disappearing-message timer capabilities.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatDisappearingTimerCapabilities: Schema.Struct<{
        /**
         * Supported disappearing timer types.
         */
        readonly types: Schema.optionalKey<Schema.$Array<OpenEnum<Schema.Literals<readonly [
            'afterRead',
            'afterSend'
        ]>>>>;
        /**
         * Allowed disappearing timer values in milliseconds. Omitted means any timer is allowed.
         */
        readonly timers: Schema.optionalKey<Schema.$Array<typeof Schema.Int>>;
        /**
         * True if empty timer objects should be omitted from message content.
         */
        readonly omitEmptyTimer: Schema.optionalKey<typeof Schema.Boolean>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Supported disappearing timer types.
         */
        types: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Array(/*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals(['afterRead', 'afterSend'])))),
        /**
         * Allowed disappearing timer values in milliseconds. Omitted means any timer is allowed.
         */
        timers: optionalKeyArrayInt,
        /**
         * True if empty timer objects should be omitted from message content.
         */
        omitEmptyTimer: optionalKeyBoolean
    });

    /**
     * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatID: typeof Schema.String = Schema.String;

    /**
     * Optional read marker.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatMarkReadRequest: Schema.Struct<{
        /**
         * Optional message ID to mark read through.
         */
        readonly messageID: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Optional message ID to mark read through.
         */
        messageID: optionalKeyString
    });

    /**
     * Optional unread marker.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatMarkUnreadRequest: Schema.Struct<{
        /**
         * Optional message ID to mark unread from.
         */
        readonly messageID: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Optional message ID to mark unread from.
         */
        messageID: optionalKeyString
    });

    /**
     * Present when this chat is a merged chat: one person whose conversations across networks (or across
     * accounts on the same network) are grouped into a single chat. A merged chat holds no messages of its
     * own - read messages from the member chats, and send either to a member directly or to the merged chat
     * ID to route automatically. Newest PHP SDK revision only (not SDK v5.0.0).
     * @since 1.0.0
     * @category Schemas
     */
    const ChatMerge: Schema.Struct<{
        /**
         * Chat IDs of the member chats grouped by this merged chat.
         */
        readonly chatIDs: Schema.$Array<typeof Schema.String>;
        /**
         * Member chat that receives messages sent to the merged chat, when the user has picked one. This
         * preference is per-device; when absent, sends route to the most recently active member.
         */
        readonly defaultChatID: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Chat IDs of the member chats grouped by this merged chat.
         */
        chatIDs: arrayString,
        /**
         * Member chat that receives messages sent to the merged chat, when the user has picked one. This
         * preference is per-device; when absent, sends route to the most recently active member.
         */
        defaultChatID: optionalKeyString
    });

    /**
     * Current reminder for a chat.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatReminder: Schema.Struct<{
        /**
         * Cancel reminder if someone messages in the chat.
         */
        readonly dismissOnIncomingMessage: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * Timestamp when the reminder should trigger.
         */
        readonly remindAt: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Cancel reminder if someone messages in the chat.
         */
        dismissOnIncomingMessage: optionalKeyBoolean,
        /**
         * Timestamp when the reminder should trigger.
         */
        remindAt: optionalKeyStringCheckDateTimeFormat
    });

    /**
     * Reminder configuration
     * @since 1.0.0
     * @category Schemas
     */
    const ChatReminderInput: Schema.Struct<{
        /**
         * Timestamp when the reminder should trigger.
         */
        readonly remindAt: typeof Schema.String;
        /**
         * Cancel reminder if someone messages in the chat
         */
        readonly dismissOnIncomingMessage: Schema.optionalKey<typeof Schema.Boolean>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Timestamp when the reminder should trigger.
         */
        remindAt: stringCheckDateTimeFormat,
        /**
         * Cancel reminder if someone messages in the chat
         */
        dismissOnIncomingMessage: optionalKeyBoolean
    });

    /**
     * Set a reminder for a chat.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatReminderCreateRequest: Schema.Struct<{
        readonly reminder: typeof ChatReminderInput;
    }> = /*#__PURE__*/ Schema.Struct({
        reminder: ChatReminderInput
    });

    /**
     * Current snooze state for a chat.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatSnooze: Schema.Struct<{
        /**
         * Timestamp when the snooze expires.
         */
        readonly snoozeUntil: Schema.optionalKey<typeof Schema.String>;
        /**
         * Timestamp when the user set the snooze.
         */
        readonly userSnoozedAt: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Timestamp when the snooze expires.
         */
        snoozeUntil: optionalKeyStringCheckDateTimeFormat,
        /**
         * Timestamp when the user set the snooze.
         */
        userSnoozedAt: optionalKeyStringCheckDateTimeFormat
    });

    /**
     * Merged user-like contact payload used to resolve the best identifier.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatStartUser: Schema.Struct<{
        /**
         * Known user ID when available.
         */
        readonly id: Schema.optionalKey<typeof Schema.String>;
        /**
         * Username/handle candidate.
         */
        readonly username: Schema.optionalKey<typeof Schema.String>;
        /**
         * Phone number candidate (E.164 preferred).
         */
        readonly phoneNumber: Schema.optionalKey<typeof Schema.String>;
        /**
         * Email candidate.
         */
        readonly email: Schema.optionalKey<typeof Schema.String>;
        /**
         * Display name hint used for ranking only.
         */
        readonly fullName: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Known user ID when available.
         */
        id: optionalKeyString,
        /**
         * Username/handle candidate.
         */
        username: optionalKeyString,
        /**
         * Phone number candidate (E.164 preferred).
         */
        phoneNumber: optionalKeyString,
        /**
         * Email candidate.
         */
        email: optionalKeyString,
        /**
         * Display name hint used for ranking only.
         */
        fullName: optionalKeyString
    });

    /**
     * Start a direct chat from a user/contact payload. Available in Beeper Desktop v4.2.808+.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatStartRequest: Schema.Struct<{
        /**
         * Account to create or start the chat on.
         */
        readonly accountID: typeof Schema.String;
        /**
         * Optional first message content if the platform requires it to create the chat.
         */
        readonly messageText: Schema.optionalKey<typeof Schema.String>;
        readonly user: typeof ChatStartUser;
        /**
         * Whether invite-based DM creation is allowed when required by the platform.
         * @default true
         */
        readonly allowInvite: Schema.optionalKey<typeof Schema.Boolean>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Account to create or start the chat on.
         */
        accountID: Schema.String,
        /**
         * Optional first message content if the platform requires it to create the chat.
         */
        messageText: optionalKeyString,
        user: ChatStartUser,
        /**
         * Whether invite-based DM creation is allowed when required by the platform.
         * @default true
         */
        allowInvite: optionalKeyBoolean
    });

    /**
     * Code to show to the user.
     * @since 1.0.0
     * @category Schemas
     */
    const CodeLoginDisplay: Schema.Struct<{
        readonly type: Schema.Literal<'code'>;
        /**
         * Code to show.
         */
        readonly data: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
        type: /*#__PURE__*/ Schema.Literal('code'),
        /**
         * Code to show.
         */
        data: Schema.String
    });

    /**
     * Value to collect from the browser in a cookies login step.
     * @since 1.0.0
     * @category Schemas
     */
    const CookieField: Schema.Struct<{
        /**
         * Field ID to send back in the fields object.
         */
        readonly id: typeof Schema.String;
        /**
         * Cookie, header, or local storage key to collect.
         */
        readonly name: Schema.optionalKey<typeof Schema.String>;
        /**
         * Browser storage source for this value.
         */
        readonly type: Schema.optionalKey<OpenEnum<Schema.Literals<readonly [
            'cookie',
            'header',
            'local_storage'
        ]>>>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Field ID to send back in the fields object.
         */
        id: Schema.String,
        /**
         * Cookie, header, or local storage key to collect.
         */
        name: optionalKeyString,
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
     * Browser step that collects cookies, headers or local storage values after the user signs in.
     * @since 1.0.0
     * @category Schemas
     */
    const CookiesLoginStep: Schema.Struct<{
        readonly type: Schema.Literal<'cookies'>;
        /**
         * Values to collect from the browser.
         */
        readonly fields: Schema.$Array<typeof CookieField>;
        /**
         * Step ID to submit this step's input to.
         */
        readonly stepID: typeof Schema.String;
        /**
         * URL to open for the user.
         */
        readonly url: typeof Schema.String;
        /**
         * Regular expression that identifies the final URL after sign-in.
         */
        readonly expectedFinalURLRegex: Schema.optionalKey<typeof Schema.String>;
        /**
         * Optional extraction script for browser-based sign-in helpers. Treat as an opaque helper value.
         */
        readonly extractJS: Schema.optionalKey<typeof Schema.String>;
        /**
         * User-facing instructions for this browser step.
         */
        readonly instructions: Schema.optionalKey<typeof Schema.String>;
        /**
         * Suggested user agent for the browser session.
         */
        readonly userAgent: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        expectedFinalURLRegex: optionalKeyString,
        /**
         * Optional extraction script for browser-based sign-in helpers. Treat as an opaque helper value.
         */
        extractJS: optionalKeyString,
        /**
         * User-facing instructions for this browser step.
         */
        instructions: optionalKeyString,
        /**
         * Suggested user agent for the browser session.
         */
        userAgent: optionalKeyString
    });

    /**
     * Opaque pagination cursor; do not inspect. Use together with 'direction'.
     * @since 1.0.0
     * @category Schemas
     */
    const Cursor: typeof Schema.String = Schema.String;

    /**
     * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results.
     * Defaults to 'before' when only 'cursor' is provided.
     * @since 1.0.0
     * @category Schemas
     */
    const Direction: Schema.Literals<readonly [
        'after',
        'before'
    ]> = /*#__PURE__*/ Schema.Literals(['after', 'before']);

    /**
     * Disappearing-message timer capability.
     * @since 1.0.0
     * @category Schemas
     */
    const DisappearingTimerCapability: Schema.Struct<{
        readonly types: Schema.$Array<OpenEnum<Schema.Literals<readonly [
            '',
            'after_read',
            'after_send'
        ]>>>;
        readonly omit_empty_timer: Schema.optionalKey<Schema.Literal<true>>;
        readonly timers: Schema.optionalKey<Schema.$Array<typeof Schema.Int>>;
    }> = /*#__PURE__*/ Schema.Struct({
        types: /*#__PURE__*/ Schema.Array(/*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
            '',
            'after_read',
            'after_send'
        ]))),
        omit_empty_timer: /*#__PURE__*/ Schema.optionalKey(literalTrue),
        timers: optionalKeyArrayInt
    });

    /**
     * An attachment of the chat's current draft.
     * @since 1.0.0
     * @category Schemas
     */
    const DraftAttachment: Schema.Struct<{
        /**
         * Draft attachment identifier.
         */
        readonly id: typeof Schema.String;
        /**
         * Draft attachment type. GIF and recorded audio are mutually exclusive types.
         */
        readonly type: OpenEnum<Schema.Literals<readonly [
            'file',
            'gif',
            'recorded_audio'
        ]>>;
        /**
         * MIME type if known.
         */
        readonly mimeType: Schema.optionalKey<typeof Schema.String>;
        /**
         * Original filename if available.
         */
        readonly fileName: Schema.optionalKey<typeof Schema.String>;
        /**
         * Local filesystem path for the draft attachment.
         */
        readonly filePath: Schema.optionalKey<typeof Schema.String>;
        /**
         * File size in bytes if known.
         */
        readonly fileSize: Schema.optionalKey<typeof Schema.Finite>;
        /**
         * Sticker identifier if the draft attachment is a sticker.
         */
        readonly stickerID: Schema.optionalKey<typeof Schema.String>;
        /**
         * Audio duration in seconds if known.
         */
        readonly audioDurationSeconds: Schema.optionalKey<typeof Schema.Finite>;
        /**
         * Pixel dimensions of the attachment.
         */
        readonly size: Schema.optionalKey<Schema.Struct<{
            readonly width: Schema.optionalKey<typeof Schema.Finite>;
            readonly height: Schema.optionalKey<typeof Schema.Finite>;
        }>>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        mimeType: optionalKeyString,
        /**
         * Original filename if available.
         */
        fileName: optionalKeyString,
        /**
         * Local filesystem path for the draft attachment.
         */
        filePath: optionalKeyString,
        /**
         * File size in bytes if known.
         */
        fileSize: optionalKeyFinite,
        /**
         * Sticker identifier if the draft attachment is a sticker.
         */
        stickerID: optionalKeyString,
        /**
         * Audio duration in seconds if known.
         */
        audioDurationSeconds: optionalKeyFinite,
        /**
         * Pixel dimensions of the attachment.
         */
        size: optionalKeyStructWidthOptionalKeyFiniteHeightOptionalKeyFinite
    });

    /**
     * Current draft object for this chat, or null when no draft is set.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatDraft: Schema.NullOr<Schema.Struct<{
        /**
         * Matrix HTML draft body.
         */
        readonly text: typeof Schema.String;
        /**
         * Draft attachments keyed by attachment ID.
         */
        readonly attachments: Schema.optionalKey<Schema.$Record<typeof Schema.String, typeof DraftAttachment>>;
    }>> = /*#__PURE__*/ Schema.NullOr(/*#__PURE__*/ Schema.Struct({
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
     * Emoji image to show to the user.
     * @since 1.0.0
     * @category Schemas
     */
    const EmojiLoginDisplay: Schema.Struct<{
        readonly type: Schema.Literal<'emoji'>;
        /**
         * Image URL of the emoji to show.
         */
        readonly imageURL: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
        type: /*#__PURE__*/ Schema.Literal('emoji'),
        /**
         * Image URL of the emoji to show.
         */
        imageURL: Schema.String
    });

    /**
     * Focus Beeper Desktop and optionally navigate to a specific chat, message, or pre-fill plain text and an image
     * path.
     * @since 1.0.0
     * @category Schemas
     */
    const FocusRequest: Schema.Struct<{
        /**
         * Optional Beeper chat ID (or local chat ID) to focus after opening the app. If omitted, only opens/focuses the
         * app.
         */
        readonly chatID: Schema.optionalKey<typeof Schema.String>;
        /**
         * Optional message ID. Jumps to that message in the chat when opening.
         */
        readonly messageID: Schema.optionalKey<typeof Schema.String>;
        /**
         * Optional plain text to populate in the message input field.
         */
        readonly draftText: Schema.optionalKey<typeof Schema.String>;
        /**
         * Optional image path to populate in the message input field.
         */
        readonly draftAttachmentPath: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Optional Beeper chat ID (or local chat ID) to focus after opening the app. If omitted, only opens/focuses the
         * app.
         */
        chatID: optionalKeyString,
        /**
         * Optional message ID. Jumps to that message in the chat when opening.
         */
        messageID: optionalKeyString,
        /**
         * Optional plain text to populate in the message input field.
         */
        draftText: optionalKeyString,
        /**
         * Optional image path to populate in the message input field.
         */
        draftAttachmentPath: optionalKeyString
    });

    /**
     * Response indicating successful app focus action.
     * @since 1.0.0
     * @category Schemas
     */
    const FocusResponse: Schema.Struct<{
        /**
         * Whether the app was successfully opened/focused.
         */
        readonly success: typeof Schema.Boolean;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Whether the app was successfully opened/focused.
         */
        success: Schema.Boolean
    });

    /**
     * Group creation field capability.
     * @since 1.0.0
     * @category Schemas
     */
    const GroupFieldCapability: Schema.Struct<{
        readonly allowed: typeof Schema.Boolean;
        readonly max_length: Schema.optionalKey<typeof Schema.Int>;
        readonly min_length: Schema.optionalKey<typeof Schema.Int>;
        readonly required: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * Disappearing-message timer capability.
         */
        readonly settings: Schema.optionalKey<typeof DisappearingTimerCapability>;
    }> = /*#__PURE__*/ Schema.Struct({
        allowed: Schema.Boolean,
        max_length: optionalKeyInt,
        min_length: optionalKeyInt,
        required: optionalKeyBoolean,
        /**
         * Disappearing-message timer capability.
         */
        settings: /*#__PURE__*/ Schema.optionalKey(DisappearingTimerCapability)
    });

    /**
     * Group creation capabilities for one group type.
     * @since 1.0.0
     * @category Schemas
     */
    const GroupTypeCapabilities: Schema.Struct<{
        readonly type_description: typeof Schema.String;
        readonly avatar: Schema.optionalKey<typeof GroupFieldCapability>;
        readonly disappear: Schema.optionalKey<typeof GroupFieldCapability>;
        readonly name: Schema.optionalKey<typeof GroupFieldCapability>;
        readonly parent: Schema.optionalKey<typeof GroupFieldCapability>;
        readonly participants: Schema.optionalKey<typeof GroupFieldCapability>;
        readonly topic: Schema.optionalKey<typeof GroupFieldCapability>;
        readonly username: Schema.optionalKey<typeof GroupFieldCapability>;
    }> = /*#__PURE__*/ Schema.Struct({
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
     * App, platform, server, and endpoint discovery metadata (snake_case field names).
     * @since 1.0.0
     * @category Schemas
     */
    const InfoRetrieveResponse: Schema.Struct<{
        readonly app: Schema.Struct<{
            /**
             * App name
             */
            readonly name: typeof Schema.String;
            /**
             * App version
             */
            readonly version: typeof Schema.String;
            /**
             * App bundle identifier
             */
            readonly bundle_id: typeof Schema.String;
        }>;
        readonly platform: Schema.Struct<{
            /**
             * Operating system identifier
             */
            readonly os: typeof Schema.String;
            /**
             * CPU architecture
             */
            readonly arch: typeof Schema.String;
            /**
             * Runtime release version
             */
            readonly release: Schema.optionalKey<typeof Schema.String>;
        }>;
        readonly server: Schema.Struct<{
            /**
             * Server status
             */
            readonly status: typeof Schema.String;
            /**
             * Base URL of the Beeper Desktop API server
             */
            readonly base_url: typeof Schema.String;
            /**
             * Listening port
             */
            readonly port: typeof Schema.Int;
            /**
             * Listening host
             */
            readonly hostname: typeof Schema.String;
            /**
             * Whether remote access is enabled
             */
            readonly remote_access: typeof Schema.Boolean;
            /**
             * Whether MCP endpoint is enabled
             */
            readonly mcp_enabled: typeof Schema.Boolean;
        }>;
        readonly endpoints: Schema.Struct<{
            /**
             * OAuth endpoints.
             */
            readonly oauth: Schema.Struct<{
                /**
                 * OAuth authorization endpoint
                 */
                readonly authorization_endpoint: typeof Schema.String;
                /**
                 * OAuth token endpoint
                 */
                readonly token_endpoint: typeof Schema.String;
                /**
                 * OAuth introspection endpoint
                 */
                readonly introspection_endpoint: typeof Schema.String;
                /**
                 * OAuth userinfo endpoint
                 */
                readonly userinfo_endpoint: typeof Schema.String;
                /**
                 * OAuth token revocation endpoint
                 */
                readonly revocation_endpoint: typeof Schema.String;
                /**
                 * OAuth dynamic client registration endpoint
                 */
                readonly registration_endpoint: typeof Schema.String;
            }>;
            /**
             * OpenAPI spec endpoint
             */
            readonly spec: typeof Schema.String;
            /**
             * MCP endpoint
             */
            readonly mcp: typeof Schema.String;
            /**
             * WebSocket events endpoint
             */
            readonly ws_events: typeof Schema.String;
        }>;
    }> = /*#__PURE__*/ Schema.Struct({
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
            release: optionalKeyString
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
     * A user-created label that organizes chats across accounts.
     * @since 1.0.0
     * @category Schemas
     */
    const Label: Schema.Struct<{
        /**
         * Unique identifier of the label.
         */
        readonly id: typeof Schema.String;
        /**
         * Display name of the label.
         */
        readonly name: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
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
     * Link preview included with a message.
     * @since 1.0.0
     * @category Schemas
     */
    const LinkPreview: Schema.Struct<{
        /**
         * Resolved link URL.
         */
        readonly url: typeof Schema.String;
        /**
         * Original URL when the displayed URL is shortened or redirected.
         */
        readonly originalURL: Schema.optionalKey<typeof Schema.String>;
        /**
         * Favicon URL if available. May be temporary or local-only to this device; download promptly if durable access
         * is needed.
         */
        readonly favicon: Schema.optionalKey<typeof Schema.String>;
        /**
         * Preview image URL if available. May be temporary or local-only to this device; download promptly if durable
         * access is needed.
         */
        readonly img: Schema.optionalKey<typeof Schema.String>;
        /**
         * Preview image dimensions.
         */
        readonly imgSize: Schema.optionalKey<Schema.Struct<{
            readonly width: Schema.optionalKey<typeof Schema.Finite>;
            readonly height: Schema.optionalKey<typeof Schema.Finite>;
        }>>;
        /**
         * Link preview title.
         */
        readonly title: typeof Schema.String;
        /**
         * Link preview summary.
         */
        readonly summary: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Resolved link URL.
         */
        url: Schema.String,
        /**
         * Original URL when the displayed URL is shortened or redirected.
         */
        originalURL: optionalKeyString,
        /**
         * Favicon URL if available. May be temporary or local-only to this device; download promptly if durable access
         * is needed.
         */
        favicon: optionalKeyString,
        /**
         * Preview image URL if available. May be temporary or local-only to this device; download promptly if durable
         * access is needed.
         */
        img: optionalKeyString,
        /**
         * Preview image dimensions.
         */
        imgSize: optionalKeyStructWidthOptionalKeyFiniteHeightOptionalKeyFinite,
        /**
         * Link preview title.
         */
        title: Schema.String,
        /**
         * Link preview summary.
         */
        summary: optionalKeyString
    });

    /**
     * A connect or reconnect flow option of a bridge.
     * @since 1.0.0
     * @category Schemas
     */
    const LoginFlow: Schema.Struct<{
        /**
         * Flow ID to pass when creating a bridge login session.
         */
        readonly id: typeof Schema.String;
        /**
         * Short explanation for when to use this flow, when provided.
         */
        readonly description: Schema.optionalKey<typeof Schema.String>;
        /**
         * Display name for the flow, when provided.
         */
        readonly name: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Flow ID to pass when creating a bridge login session.
         */
        id: Schema.String,
        /**
         * Short explanation for when to use this flow, when provided.
         */
        description: optionalKeyString,
        /**
         * Display name for the flow, when provided.
         */
        name: optionalKeyString
    });

    /**
     * Connect and reconnect flow options for a bridge.
     * @since 1.0.0
     * @category Schemas
     */
    const LoginFlowListResponse: Schema.Struct<{
        /**
         * Login flows.
         */
        readonly items: Schema.$Array<typeof LoginFlow>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Login flows.
         */
        items: /*#__PURE__*/ Schema.Array(LoginFlow)
    });

    /**
     * Input field of a user_input login step.
     * @since 1.0.0
     * @category Schemas
     */
    const LoginInputField: Schema.Struct<{
        /**
         * Field ID to send back in the fields object.
         */
        readonly id: typeof Schema.String;
        /**
         * Initial field value, when provided by the network.
         */
        readonly initialValue: Schema.optionalKey<typeof Schema.String>;
        /**
         * Field label to show to the user.
         */
        readonly label: Schema.optionalKey<typeof Schema.String>;
        /**
         * True if the user can leave this field empty.
         */
        readonly optional: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * Placeholder text to show when the field is empty.
         */
        readonly placeholder: Schema.optionalKey<typeof Schema.String>;
        /**
         * Suggested input type, such as text, password, or email.
         */
        readonly type: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Field ID to send back in the fields object.
         */
        id: Schema.String,
        /**
         * Initial field value, when provided by the network.
         */
        initialValue: optionalKeyString,
        /**
         * Field label to show to the user.
         */
        label: optionalKeyString,
        /**
         * True if the user can leave this field empty.
         */
        optional: optionalKeyBoolean,
        /**
         * Placeholder text to show when the field is empty.
         */
        placeholder: optionalKeyString,
        /**
         * Suggested input type, such as text, password, or email.
         */
        type: optionalKeyString
    });

    /**
     * Result of cancelling a temporary bridge login session.
     * @since 1.0.0
     * @category Schemas
     */
    const LoginSessionCancelResponse: Schema.Struct<{
        /**
         * Bridge ID.
         */
        readonly bridgeID: typeof Schema.String;
        /**
         * Temporary bridge login session ID.
         */
        readonly loginSessionID: typeof Schema.String;
        readonly status: Schema.Literal<'cancelled'>;
    }> = /*#__PURE__*/ Schema.Struct({
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
     * Body of POST /v1/bridges/{bridgeID}/login-sessions. All fields are optional. Omit loginID and accountID to
     * connect a new account.
     * @since 1.0.0
     * @category Schemas
     */
    const LoginSessionCreateRequest: Schema.Struct<{
        /**
         * Existing chat account ID to reconnect. Omit to connect a new account.
         */
        readonly accountID: Schema.optionalKey<typeof Schema.String>;
        /**
         * Optional flow ID returned by the list login flows endpoint. If omitted, Beeper chooses the default flow.
         */
        readonly flowID: Schema.optionalKey<typeof Schema.String>;
        /**
         * Existing bridge login ID to reconnect. Omit to connect a new account.
         */
        readonly loginID: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Existing chat account ID to reconnect. Omit to connect a new account.
         */
        accountID: optionalKeyStringCheckIsMinLength1,
        /**
         * Optional flow ID returned by the list login flows endpoint. If omitted, Beeper chooses the default flow.
         */
        flowID: optionalKeyStringCheckIsMinLength1,
        /**
         * Existing bridge login ID to reconnect. Omit to connect a new account.
         */
        loginID: optionalKeyStringCheckIsMinLength1
    });

    /**
     * Status of a temporary bridge login session.
     * @since 1.0.0
     * @category Schemas
     */
    const LoginSessionStatus: OpenEnum<Schema.Literals<readonly [
        'waiting_for_input',
        'waiting_for_cookies',
        'waiting_for_display',
        'complete',
        'cancelled',
        'failed'
    ]>> = /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
        'waiting_for_input',
        'waiting_for_cookies',
        'waiting_for_display',
        'complete',
        'cancelled',
        'failed'
    ]));

    /**
     * Body of POST /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}.
     * @since 1.0.0
     * @category Schemas
     */
    const LoginStepSubmitRequest: Schema.Struct<{
        /**
         * Type of the step being submitted (matches the current step's `type`).
         */
        readonly type: Schema.Literals<readonly [
            'user_input',
            'cookies',
            'display_and_wait'
        ]>;
        /**
         * Field values keyed by the field IDs from the current step (LoginInputField.id for user_input steps,
         * CookieField.id for cookies steps).
         */
        readonly fields: Schema.optionalKey<Schema.$Record<typeof Schema.String, typeof Schema.String>>;
        /**
         * Last browser URL reached during a cookies step, if available.
         */
        readonly lastURL: Schema.optionalKey<typeof Schema.String>;
        /**
         * How the step was completed. Omit unless the client needs to distinguish an embedded webview or browser
         * extension.
         */
        readonly source: Schema.optionalKey<Schema.Literals<readonly [
            'api',
            'webview',
            'browser_extension'
        ]>>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        lastURL: optionalKeyString,
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
     * Attachment type hint (image, video, audio, file, gif, voice-note, sticker). If omitted, auto-detected from
     * mimeType
     * @since 1.0.0
     * @category Schemas
     */
    const MessageAttachmentType: Schema.Literals<readonly [
        'image',
        'video',
        'audio',
        'file',
        'gif',
        'voice-note',
        'sticker'
    ]> = /*#__PURE__*/ Schema.Literals([
        'image',
        'video',
        'audio',
        'file',
        'gif',
        'voice-note',
        'sticker'
    ]);

    /**
     * Group read receipt state keyed by participant ID.
     * @since 1.0.0
     * @category Schemas
     */
    const MessageSeenByParticipant: Schema.$Record<typeof Schema.String, Schema.Union<readonly [
        typeof Schema.Boolean,
        typeof Schema.String
    ]>> = /*#__PURE__*/ Schema.Record(Schema.String, /*#__PURE__*/ Schema.Union([Schema.Boolean, stringCheckDateTimeFormat]));

    /**
     * Read receipt state for this message, when available.
     * @since 1.0.0
     * @category Schemas
     */
    const MessageSeen: Schema.Union<readonly [
        typeof Schema.Boolean,
        typeof Schema.String,
        typeof MessageSeenByParticipant
    ]> = /*#__PURE__*/ Schema.Union([
        Schema.Boolean,
        stringCheckDateTimeFormat,
        MessageSeenByParticipant
    ]);

    /**
     * Single attachment to send with the message.
     * @since 1.0.0
     * @category Schemas
     */
    const MessageSendAttachment: Schema.Struct<{
        /**
         * Upload ID from uploadAsset endpoint. Required to reference uploaded files.
         */
        readonly uploadID: typeof Schema.String;
        /**
         * MIME type (optional override of cached value)
         */
        readonly mimeType: Schema.optionalKey<typeof Schema.String>;
        /**
         * Filename (optional override of cached value)
         */
        readonly fileName: Schema.optionalKey<typeof Schema.String>;
        /**
         * Dimensions (optional override of cached value)
         */
        readonly size: Schema.optionalKey<Schema.Struct<{
            readonly width: typeof Schema.Finite;
            readonly height: typeof Schema.Finite;
        }>>;
        /**
         * Duration in seconds (optional override of cached value)
         */
        readonly duration: Schema.optionalKey<typeof Schema.Finite>;
        readonly type: Schema.optionalKey<typeof MessageAttachmentType>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Upload ID from uploadAsset endpoint. Required to reference uploaded files.
         */
        uploadID: Schema.String,
        /**
         * MIME type (optional override of cached value)
         */
        mimeType: optionalKeyString,
        /**
         * Filename (optional override of cached value)
         */
        fileName: optionalKeyString,
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
        duration: optionalKeyFinite,
        type: /*#__PURE__*/ Schema.optionalKey(MessageAttachmentType)
    });

    /**
     * A draft attachment to set; must reference an uploadID returned by the upload file endpoint.
     * @since 1.0.0
     * @category Schemas
     */
    const DraftAttachmentInput: Schema.Struct<{
        /**
         * Upload ID from uploadAsset endpoint. Required to reference uploaded files.
         */
        readonly uploadID: typeof Schema.String;
        /**
         * MIME type (optional override of cached value)
         */
        readonly mimeType: Schema.optionalKey<typeof Schema.String>;
        /**
         * Filename (optional override of cached value)
         */
        readonly fileName: Schema.optionalKey<typeof Schema.String>;
        /**
         * Dimensions (optional override of cached value)
         */
        readonly size: Schema.optionalKey<Schema.Struct<{
            readonly width: typeof Schema.Finite;
            readonly height: typeof Schema.Finite;
        }>>;
        /**
         * Duration in seconds (optional override of cached value)
         */
        readonly duration: Schema.optionalKey<typeof Schema.Finite>;
        readonly type: Schema.optionalKey<typeof MessageAttachmentType>;
        /**
         * Optional draft attachment identifier. If omitted, a new identifier is generated.
         */
        readonly id: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ MessageSendAttachment.mapFields(fields => ({
        ...fields,
        /**
         * Optional draft attachment identifier. If omitted, a new identifier is generated.
         */
        id: Schema.optionalKey(Schema.String)
    }));

    /**
     * Result of a message send.
     * @since 1.0.0
     * @category Schemas
     */
    const MessageSendResponse: Schema.Struct<{
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        readonly chatID: typeof Schema.String;
        /**
         * Pending ID assigned to the message before the network confirms the send. Pass it to GET
         * /v1/chats/{chatID}/messages/{messageID} to resolve, or wait for the matching message.upserted over the
         * WebSocket.
         */
        readonly pendingMessageID: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
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
     * Message send status for this message, when reported by the bridge.
     * @since 1.0.0
     * @category Schemas
     */
    const MessageSendStatus: Schema.Struct<{
        /**
         * Machine-readable failure reason. Present when the send status is a failure.
         */
        readonly reason: Schema.optionalKey<typeof Schema.String>;
        /**
         * Human-readable send status or failure message.
         */
        readonly message: Schema.optionalKey<typeof Schema.String>;
        /**
         * Current status of the message send attempt.
         */
        readonly status: OpenEnum<Schema.Literals<readonly [
            'SUCCESS',
            'PENDING',
            'FAIL_RETRIABLE',
            'FAIL_PERMANENT'
        ]>>;
        /**
         * Timestamp for the send status event.
         */
        readonly timestamp: typeof Schema.String;
        /**
         * User IDs the message was delivered to, when reported by the network.
         */
        readonly deliveredToUsers: Schema.optionalKey<Schema.$Array<typeof Schema.String>>;
        /**
         * Internal bridge error detail. Intended for diagnostics, not end-user display.
         */
        readonly internalError: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Machine-readable failure reason. Present when the send status is a failure.
         */
        reason: optionalKeyString,
        /**
         * Human-readable send status or failure message.
         */
        message: optionalKeyString,
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
        timestamp: stringCheckDateTimeFormat,
        /**
         * User IDs the message was delivered to, when reported by the network.
         */
        deliveredToUsers: optionalKeyArrayString,
        /**
         * Internal bridge error detail. Intended for diagnostics, not end-user display.
         */
        internalError: optionalKeyString
    });

    /**
     * Draft text. Plain text and Markdown are converted to Matrix HTML with the same rules used by send and edit.
     * @since 1.0.0
     * @category Schemas
     */
    const MessageTextInput: typeof Schema.String = Schema.String;

    /**
     * Draft object to set or clear. Non-empty drafts are only accepted when the current draft is empty. Send
     * draft=null to clear text and attachments together before setting a new draft.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatDraftInput: Schema.NullOr<Schema.Struct<{
        readonly text: typeof MessageTextInput;
        /**
         * Draft attachments keyed by attachment ID. Each attachment must reference an uploadID returned by the upload
         * file endpoint.
         */
        readonly attachments: Schema.optionalKey<Schema.$Record<typeof Schema.String, typeof DraftAttachmentInput>>;
    }>> = /*#__PURE__*/ Schema.NullOr(/*#__PURE__*/ Schema.Struct({
        text: MessageTextInput,
        /**
         * Draft attachments keyed by attachment ID. Each attachment must reference an uploadID returned by the upload
         * file endpoint.
         */
        attachments: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Record(Schema.String, DraftAttachmentInput))
    }));

    /**
     * Chat fields to update. Every field is optional; omitted fields are left unchanged.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatUpdateRequest: Schema.Struct<{
        readonly draft: Schema.optionalKey<typeof ChatDraftInput>;
        /**
         * Custom chat title. Support depends on the chat account and chat permissions.
         */
        readonly title: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Group chat description/topic. Support depends on the chat account and chat permissions.
         */
        readonly description: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Local filesystem path to a group chat avatar image. Support depends on the chat account and chat permissions.
         */
        readonly imgURL: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Archive or unarchive the chat.
         */
        readonly isArchived: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * Mark or unmark the chat as low priority when supported by the account.
         */
        readonly isLowPriority: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * Pin or unpin the chat when supported by the account.
         */
        readonly isPinned: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * Mute or unmute the chat.
         */
        readonly isMuted: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * Disappearing-message timer in seconds, or null to clear when supported.
         */
        readonly messageExpirySeconds: Schema.optionalKey<Schema.NullOr<typeof Schema.Int>>;
    }> = /*#__PURE__*/ Schema.Struct({
        draft: /*#__PURE__*/ Schema.optionalKey(ChatDraftInput),
        /**
         * Custom chat title. Support depends on the chat account and chat permissions.
         */
        title: optionalKeyNullOrString,
        /**
         * Group chat description/topic. Support depends on the chat account and chat permissions.
         */
        description: optionalKeyNullOrString,
        /**
         * Local filesystem path to a group chat avatar image. Support depends on the chat account and chat permissions.
         */
        imgURL: optionalKeyNullOrString,
        /**
         * Archive or unarchive the chat.
         */
        isArchived: optionalKeyBoolean,
        /**
         * Mark or unmark the chat as low priority when supported by the account.
         */
        isLowPriority: optionalKeyBoolean,
        /**
         * Pin or unpin the chat when supported by the account.
         */
        isPinned: optionalKeyBoolean,
        /**
         * Mute or unmute the chat.
         */
        isMuted: optionalKeyBoolean,
        /**
         * Disappearing-message timer in seconds, or null to clear when supported.
         */
        messageExpirySeconds: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(/*#__PURE__*/ Schema.Int.check(/*#__PURE__*/ Schema.isGreaterThanOrEqualTo(0))))
    });

    /**
     * Body of a message send. All fields are optional.
     * @since 1.0.0
     * @category Schemas
     */
    const MessageSendRequest: Schema.Struct<{
        /**
         * Text input. Markdown is converted to Matrix HTML. To provide Matrix HTML verbatim, pass a JSON-stringified
         * HTML string.
         */
        readonly text: Schema.optionalKey<typeof MessageTextInput>;
        /**
         * Provide a message ID to send this as a reply to an existing message
         */
        readonly replyToMessageID: Schema.optionalKey<typeof Schema.String>;
        /**
         * Single attachment to send with the message
         */
        readonly attachment: Schema.optionalKey<typeof MessageSendAttachment>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Text input. Markdown is converted to Matrix HTML. To provide Matrix HTML verbatim, pass a JSON-stringified
         * HTML string.
         */
        text: /*#__PURE__*/ Schema.optionalKey(MessageTextInput),
        /**
         * Provide a message ID to send this as a reply to an existing message
         */
        replyToMessageID: optionalKeyString,
        /**
         * Single attachment to send with the message
         */
        attachment: /*#__PURE__*/ Schema.optionalKey(MessageSendAttachment)
    });

    /**
     * Body of a message edit.
     * @since 1.0.0
     * @category Schemas
     */
    const MessageUpdateRequest: Schema.Struct<{
        /**
         * New text content for the message
         */
        readonly text: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * New text content for the message
         */
        text: stringCheckIsMinLength1
    });

    /**
     * Nothing to display.
     * @since 1.0.0
     * @category Schemas
     */
    const NothingLoginDisplay: Schema.Struct<{
        readonly type: Schema.Literal<'nothing'>;
    }> = /*#__PURE__*/ Schema.Struct({
        type: /*#__PURE__*/ Schema.Literal('nothing')
    });

    /**
     * QR code to show to the user.
     * @since 1.0.0
     * @category Schemas
     */
    const QRLoginDisplay: Schema.Struct<{
        readonly type: Schema.Literal<'qr'>;
        /**
         * QR code payload.
         */
        readonly data: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
        type: /*#__PURE__*/ Schema.Literal('qr'),
        /**
         * QR code payload.
         */
        data: Schema.String
    });

    /**
     * What a display_and_wait step shows to the user, discriminated by `type`.
     * @since 1.0.0
     * @category Schemas
     */
    const LoginDisplay: Schema.Union<readonly [
        typeof QRLoginDisplay,
        typeof EmojiLoginDisplay,
        typeof NothingLoginDisplay,
        typeof CodeLoginDisplay
    ]> = /*#__PURE__*/ Schema.Union([
        QRLoginDisplay,
        EmojiLoginDisplay,
        NothingLoginDisplay,
        CodeLoginDisplay
    ]);

    /**
     * Step that shows something to the user (QR code, emoji, code) and waits.
     * @since 1.0.0
     * @category Schemas
     */
    const DisplayAndWaitLoginStep: Schema.Struct<{
        readonly type: Schema.Literal<'display_and_wait'>;
        readonly display: typeof LoginDisplay;
        /**
         * Step ID to submit this step's input to.
         */
        readonly stepID: typeof Schema.String;
        /**
         * User-facing instructions for this step.
         */
        readonly instructions: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        type: /*#__PURE__*/ Schema.Literal('display_and_wait'),
        display: LoginDisplay,
        /**
         * Step ID to submit this step's input to.
         */
        stepID: Schema.String,
        /**
         * User-facing instructions for this step.
         */
        instructions: optionalKeyString
    });

    /**
     * A reaction to a message.
     * @since 1.0.0
     * @category Schemas
     */
    const Reaction: Schema.Struct<{
        /**
         * Reaction ID. When a participant can react more than once, the ID is the participant ID concatenated with the
         * reaction key; otherwise it equals the participant ID.
         */
        readonly id: typeof Schema.String;
        /**
         * The reaction key: an emoji (😄), a network-specific key, or a shortcode like "smiling-face".
         */
        readonly reactionKey: typeof Schema.String;
        /**
         * URL to the reaction's image. May be temporary or local-only to this device; download promptly if durable
         * access is needed.
         */
        readonly imgURL: Schema.optionalKey<typeof Schema.String>;
        /**
         * User ID of the participant who reacted.
         */
        readonly participantID: typeof Schema.String;
        /**
         * True if the reactionKey is an emoji.
         */
        readonly emoji: Schema.optionalKey<typeof Schema.Boolean>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        imgURL: optionalKeyString,
        /**
         * User ID of the participant who reacted.
         */
        participantID: Schema.String,
        /**
         * True if the reactionKey is an emoji.
         */
        emoji: optionalKeyBoolean
    });

    /**
     * Body of a reaction add.
     * @since 1.0.0
     * @category Schemas
     */
    const ReactionAddRequest: Schema.Struct<{
        /**
         * Reaction key to add (emoji, shortcode, or custom emoji key)
         */
        readonly reactionKey: typeof Schema.String;
        /**
         * Optional transaction ID for deduplication and send tracking
         */
        readonly transactionID: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Reaction key to add (emoji, shortcode, or custom emoji key)
         */
        reactionKey: stringCheckIsMinLength1,
        /**
         * Optional transaction ID for deduplication and send tracking
         */
        transactionID: optionalKeyString
    });

    /**
     * Result of adding a reaction.
     * @since 1.0.0
     * @category Schemas
     */
    const ReactionAddResponse: Schema.Struct<{
        /**
         * Always true. Indicates the reaction was queued; failures return an error response.
         */
        readonly success: OpenEnum<Schema.Literal<true>>;
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        readonly chatID: typeof Schema.String;
        /**
         * Message ID.
         */
        readonly messageID: typeof Schema.String;
        /**
         * Reaction key that was added.
         */
        readonly reactionKey: typeof Schema.String;
        /**
         * Transaction ID used for send tracking.
         */
        readonly transactionID: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Always true. Indicates the reaction was queued; failures return an error response.
         */
        success: openEnumLiteralTrue,
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
     * Result of removing a reaction.
     * @since 1.0.0
     * @category Schemas
     */
    const ReactionDeleteResponse: Schema.Struct<{
        /**
         * Always true. Indicates the reaction removal was queued; failures return an error response.
         */
        readonly success: OpenEnum<Schema.Literal<true>>;
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        readonly chatID: typeof Schema.String;
        /**
         * Message ID.
         */
        readonly messageID: typeof Schema.String;
        /**
         * Reaction key that was removed.
         */
        readonly reactionKey: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Always true. Indicates the reaction removal was queued; failures return an error response.
         */
        success: openEnumLiteralTrue,
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
     * Identifier lookup capabilities for this bridge.
     * @since 1.0.0
     * @category Schemas
     */
    const ResolveIdentifierCapabilities: Schema.Struct<{
        readonly any_phone: typeof Schema.Boolean;
        readonly contact_list: typeof Schema.Boolean;
        readonly create_dm: typeof Schema.Boolean;
        readonly lookup_email: typeof Schema.Boolean;
        readonly lookup_phone: typeof Schema.Boolean;
        readonly lookup_username: typeof Schema.Boolean;
        readonly search: typeof Schema.Boolean;
    }> = /*#__PURE__*/ Schema.Struct({
        any_phone: Schema.Boolean,
        contact_list: Schema.Boolean,
        create_dm: Schema.Boolean,
        lookup_email: Schema.Boolean,
        lookup_phone: Schema.Boolean,
        lookup_username: Schema.Boolean,
        search: Schema.Boolean
    });

    /**
     * Advanced network capabilities for account lookup and group creation. Wire field names of this model are
     * snake_case (unlike most of the API).
     * @since 1.0.0
     * @category Schemas
     */
    const ProvisioningCapabilities: Schema.Struct<{
        /**
         * Group creation capabilities keyed by group type identifier.
         */
        readonly group_creation: Schema.$Record<typeof Schema.String, typeof GroupTypeCapabilities>;
        /**
         * Identifier lookup capabilities for this bridge.
         */
        readonly resolve_identifier: typeof ResolveIdentifierCapabilities;
        readonly image_pack_import: Schema.optionalKey<typeof Schema.Boolean>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Group creation capabilities keyed by group type identifier.
         */
        group_creation: /*#__PURE__*/ Schema.Record(Schema.String, GroupTypeCapabilities),
        /**
         * Identifier lookup capabilities for this bridge.
         */
        resolve_identifier: ResolveIdentifierCapabilities,
        image_pack_import: optionalKeyBoolean
    });

    /**
     * -2: rejected, -1: dropped, 0: unsupported, 1: partially supported, 2: fully supported.
     * @since 1.0.0
     * @category Schemas
     */
    const SupportLevel: OpenEnum<Schema.Literals<readonly [
        -2,
        -1,
        0,
        1,
        2
    ]>> = /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
        -2,
        -1,
        0,
        1,
        2
    ]));

    /**
     * Capabilities for one attachment message type.
     * @since 1.0.0
     * @category Schemas
     */
    const AttachmentCapability: Schema.Struct<{
        /**
         * Supported MIME types or MIME patterns for this file message type. Missing MIME types should be treated as
         * rejected.
         */
        readonly mimeTypes: Schema.$Record<typeof Schema.String, typeof SupportLevel>;
        readonly caption: Schema.optionalKey<typeof SupportLevel>;
        /**
         * Maximum caption length when captions are supported.
         */
        readonly maxCaptionLength: Schema.optionalKey<typeof Schema.Int>;
        /**
         * Maximum file size in bytes.
         */
        readonly maxSize: Schema.optionalKey<typeof Schema.Int>;
        /**
         * Maximum image or video width in pixels.
         */
        readonly maxWidth: Schema.optionalKey<typeof Schema.Int>;
        /**
         * Maximum image or video height in pixels.
         */
        readonly maxHeight: Schema.optionalKey<typeof Schema.Int>;
        /**
         * Maximum audio or video duration in seconds.
         */
        readonly maxDuration: Schema.optionalKey<typeof Schema.Int>;
        /**
         * True if this file type can be sent as view-once media.
         */
        readonly viewOnce: Schema.optionalKey<typeof Schema.Boolean>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Supported MIME types or MIME patterns for this file message type. Missing MIME types should be treated as
         * rejected.
         */
        mimeTypes: /*#__PURE__*/ Schema.Record(Schema.String, SupportLevel),
        caption: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
        /**
         * Maximum caption length when captions are supported.
         */
        maxCaptionLength: optionalKeyInt,
        /**
         * Maximum file size in bytes.
         */
        maxSize: optionalKeyInt,
        /**
         * Maximum image or video width in pixels.
         */
        maxWidth: optionalKeyInt,
        /**
         * Maximum image or video height in pixels.
         */
        maxHeight: optionalKeyInt,
        /**
         * Maximum audio or video duration in seconds.
         */
        maxDuration: optionalKeyInt,
        /**
         * True if this file type can be sent as view-once media.
         */
        viewOnce: optionalKeyBoolean
    });

    /**
     * Message request capabilities.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatMessageRequestCapabilities: Schema.Struct<{
        readonly acceptWithMessage: Schema.optionalKey<typeof SupportLevel>;
        readonly acceptWithButton: Schema.optionalKey<typeof SupportLevel>;
    }> = /*#__PURE__*/ Schema.Struct({
        acceptWithMessage: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
        acceptWithButton: /*#__PURE__*/ Schema.optionalKey(SupportLevel)
    });

    /**
     * Participant management capabilities.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatParticipantActionCapabilities: Schema.Struct<{
        readonly ban: Schema.optionalKey<typeof SupportLevel>;
        readonly invite: Schema.optionalKey<typeof SupportLevel>;
        readonly kick: Schema.optionalKey<typeof SupportLevel>;
        readonly leave: Schema.optionalKey<typeof SupportLevel>;
        readonly revokeInvite: Schema.optionalKey<typeof SupportLevel>;
    }> = /*#__PURE__*/ Schema.Struct({
        ban: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
        invite: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
        kick: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
        leave: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
        revokeInvite: /*#__PURE__*/ Schema.optionalKey(SupportLevel)
    });

    /**
     * Chat state update capabilities.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatStateCapabilities: Schema.Struct<{
        /**
         * Disappearing-message timer state capability.
         */
        readonly disappearingTimer: Schema.optionalKey<Schema.Struct<{
            readonly level: typeof SupportLevel;
        }>>;
        /**
         * Chat avatar state capability.
         */
        readonly avatar: Schema.optionalKey<Schema.Struct<{
            readonly level: typeof SupportLevel;
        }>>;
        /**
         * Chat title state capability.
         */
        readonly title: Schema.optionalKey<Schema.Struct<{
            readonly level: typeof SupportLevel;
        }>>;
        /**
         * Chat description/topic state capability.
         */
        readonly description: Schema.optionalKey<Schema.Struct<{
            readonly level: typeof SupportLevel;
        }>>;
    }> = /*#__PURE__*/ Schema.Struct({
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
     * Chat capabilities reported by the platform.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatCapabilities: Schema.Struct<{
        /**
         * Supported rich-text formatting features keyed by feature name (for example bold, inline_code,
         * code_block.syntax_highlighting). Omitted means no formatting support is advertised.
         */
        readonly formatting: Schema.optionalKey<Schema.$Record<typeof Schema.String, typeof SupportLevel>>;
        /**
         * Supported attachment message types and their per-type constraints, keyed by Matrix msgtype or pseudo-msgtype
         * (for example m.image, m.video, org.matrix.msc3245.voice). Missing message types should be treated as rejected.
         */
        readonly attachments: Schema.optionalKey<Schema.$Record<typeof Schema.String, typeof AttachmentCapability>>;
        /**
         * Maximum length of normal text messages.
         */
        readonly maxTextLength: Schema.optionalKey<typeof Schema.Int>;
        readonly locationMessage: Schema.optionalKey<typeof SupportLevel>;
        readonly poll: Schema.optionalKey<typeof SupportLevel>;
        readonly thread: Schema.optionalKey<typeof SupportLevel>;
        readonly reply: Schema.optionalKey<typeof SupportLevel>;
        readonly edit: Schema.optionalKey<typeof SupportLevel>;
        /**
         * Maximum number of edits allowed for one message.
         */
        readonly editMaxCount: Schema.optionalKey<typeof Schema.Int>;
        /**
         * Maximum message age for edits, in seconds.
         */
        readonly editMaxAge: Schema.optionalKey<typeof Schema.Int>;
        readonly delete: Schema.optionalKey<typeof SupportLevel>;
        /**
         * Maximum message age for delete-for-everyone, in seconds.
         */
        readonly deleteMaxAge: Schema.optionalKey<typeof Schema.Int>;
        /**
         * True if deleting messages only for the authenticated user is supported.
         */
        readonly deleteForMe: Schema.optionalKey<typeof Schema.Boolean>;
        readonly messageRequest: Schema.optionalKey<typeof ChatMessageRequestCapabilities>;
        readonly reaction: Schema.optionalKey<typeof SupportLevel>;
        /**
         * Maximum number of reactions allowed on a single message.
         */
        readonly reactionCount: Schema.optionalKey<typeof Schema.Int>;
        /**
         * Allowed Unicode reactions. Omitted means all emoji reactions are allowed.
         */
        readonly allowedReactions: Schema.optionalKey<Schema.$Array<typeof Schema.String>>;
        /**
         * True if custom emoji reactions are supported.
         */
        readonly customEmojiReactions: Schema.optionalKey<typeof Schema.Boolean>;
        readonly disappearingTimer: Schema.optionalKey<typeof ChatDisappearingTimerCapabilities>;
        /**
         * True if read receipts are supported.
         */
        readonly readReceipts: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if typing notifications are supported.
         */
        readonly typingNotifications: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if archive/unarchive is supported.
         */
        readonly archive: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if marking chats unread is supported.
         */
        readonly markAsUnread: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if deleting chats for the authenticated user is supported.
         */
        readonly deleteChat: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if deleting chats for everyone is supported.
         */
        readonly deleteChatForEveryone: Schema.optionalKey<typeof Schema.Boolean>;
        readonly participantActions: Schema.optionalKey<typeof ChatParticipantActionCapabilities>;
        readonly state: Schema.optionalKey<typeof ChatStateCapabilities>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        maxTextLength: optionalKeyInt,
        locationMessage: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
        poll: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
        thread: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
        reply: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
        edit: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
        /**
         * Maximum number of edits allowed for one message.
         */
        editMaxCount: optionalKeyInt,
        /**
         * Maximum message age for edits, in seconds.
         */
        editMaxAge: optionalKeyInt,
        delete: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
        /**
         * Maximum message age for delete-for-everyone, in seconds.
         */
        deleteMaxAge: optionalKeyInt,
        /**
         * True if deleting messages only for the authenticated user is supported.
         */
        deleteForMe: optionalKeyBoolean,
        messageRequest: /*#__PURE__*/ Schema.optionalKey(ChatMessageRequestCapabilities),
        reaction: /*#__PURE__*/ Schema.optionalKey(SupportLevel),
        /**
         * Maximum number of reactions allowed on a single message.
         */
        reactionCount: optionalKeyInt,
        /**
         * Allowed Unicode reactions. Omitted means all emoji reactions are allowed.
         */
        allowedReactions: optionalKeyArrayString,
        /**
         * True if custom emoji reactions are supported.
         */
        customEmojiReactions: optionalKeyBoolean,
        disappearingTimer: /*#__PURE__*/ Schema.optionalKey(ChatDisappearingTimerCapabilities),
        /**
         * True if read receipts are supported.
         */
        readReceipts: optionalKeyBoolean,
        /**
         * True if typing notifications are supported.
         */
        typingNotifications: optionalKeyBoolean,
        /**
         * True if archive/unarchive is supported.
         */
        archive: optionalKeyBoolean,
        /**
         * True if marking chats unread is supported.
         */
        markAsUnread: optionalKeyBoolean,
        /**
         * True if deleting chats for the authenticated user is supported.
         */
        deleteChat: optionalKeyBoolean,
        /**
         * True if deleting chats for everyone is supported.
         */
        deleteChatForEveryone: optionalKeyBoolean,
        participantActions: /*#__PURE__*/ Schema.optionalKey(ChatParticipantActionCapabilities),
        state: /*#__PURE__*/ Schema.optionalKey(ChatStateCapabilities)
    });

    /**
     * Capability to update one piece of chat state.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatStateCapability: Schema.Struct<{
        readonly level: typeof SupportLevel;
    }> = /*#__PURE__*/ Schema.Struct({
        level: SupportLevel
    });

    /**
     * Attachment transcription if available.
     * @since 1.0.0
     * @category Schemas
     */
    const Transcription: Schema.Struct<{
        /**
         * Transcribed text.
         */
        readonly transcription: typeof Schema.String;
        /**
         * Transcription engine.
         */
        readonly engine: typeof Schema.String;
        /**
         * Detected or selected language.
         */
        readonly language: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        language: optionalKeyString
    });

    /**
     * An attachment included with a message.
     * @since 1.0.0
     * @category Schemas
     */
    const Attachment: Schema.Struct<{
        /**
         * Attachment identifier (typically an mxc:// URL). Use the download file endpoint to get a local file path.
         */
        readonly id: Schema.optionalKey<typeof Schema.String>;
        /**
         * Attachment type.
         */
        readonly type: OpenEnum<Schema.Literals<readonly [
            'unknown',
            'img',
            'video',
            'audio'
        ]>>;
        /**
         * Public URL or local file path to fetch the file. May be temporary or local-only to this device; download
         * promptly if durable access is needed.
         */
        readonly srcURL: Schema.optionalKey<typeof Schema.String>;
        /**
         * MIME type if known (e.g., 'image/png').
         */
        readonly mimeType: Schema.optionalKey<typeof Schema.String>;
        /**
         * Original filename if available.
         */
        readonly fileName: Schema.optionalKey<typeof Schema.String>;
        /**
         * File size in bytes if known.
         */
        readonly fileSize: Schema.optionalKey<typeof Schema.Finite>;
        /**
         * True if the attachment is a GIF.
         */
        readonly isGif: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if the attachment is a sticker.
         */
        readonly isSticker: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if the attachment is a voice note.
         */
        readonly isVoiceNote: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * Duration in seconds (audio/video).
         */
        readonly duration: Schema.optionalKey<typeof Schema.Finite>;
        readonly transcription: Schema.optionalKey<typeof Transcription>;
        /**
         * Preview image URL for video attachments (poster frame). May be temporary or local-only to this device;
         * download promptly if durable access is needed.
         */
        readonly posterImg: Schema.optionalKey<typeof Schema.String>;
        /**
         * Pixel dimensions of the attachment: width/height in px.
         */
        readonly size: Schema.optionalKey<Schema.Struct<{
            readonly width: Schema.optionalKey<typeof Schema.Finite>;
            readonly height: Schema.optionalKey<typeof Schema.Finite>;
        }>>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Attachment identifier (typically an mxc:// URL). Use the download file endpoint to get a local file path.
         */
        id: optionalKeyString,
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
        srcURL: optionalKeyString,
        /**
         * MIME type if known (e.g., 'image/png').
         */
        mimeType: optionalKeyString,
        /**
         * Original filename if available.
         */
        fileName: optionalKeyString,
        /**
         * File size in bytes if known.
         */
        fileSize: optionalKeyFinite,
        /**
         * True if the attachment is a GIF.
         */
        isGif: optionalKeyBoolean,
        /**
         * True if the attachment is a sticker.
         */
        isSticker: optionalKeyBoolean,
        /**
         * True if the attachment is a voice note.
         */
        isVoiceNote: optionalKeyBoolean,
        /**
         * Duration in seconds (audio/video).
         */
        duration: optionalKeyFinite,
        transcription: /*#__PURE__*/ Schema.optionalKey(Transcription),
        /**
         * Preview image URL for video attachments (poster frame). May be temporary or local-only to this device;
         * download promptly if durable access is needed.
         */
        posterImg: optionalKeyString,
        /**
         * Pixel dimensions of the attachment: width/height in px.
         */
        size: optionalKeyStructWidthOptionalKeyFiniteHeightOptionalKeyFinite
    });

    /**
     * A message in a chat.
     * @since 1.0.0
     * @category Schemas
     */
    const Message: Schema.Struct<{
        /**
         * Message ID.
         */
        readonly id: typeof Schema.String;
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        readonly chatID: typeof Schema.String;
        /**
         * Beeper account ID the message belongs to.
         */
        readonly accountID: typeof Schema.String;
        /**
         * Matrix-style fully-qualified sender user ID, usually including a bridge prefix and homeserver.
         */
        readonly senderID: typeof Schema.String;
        /**
         * Resolved sender display name (impersonator/full name/username/participant name).
         */
        readonly senderName: Schema.optionalKey<typeof Schema.String>;
        /**
         * Message timestamp.
         */
        readonly timestamp: typeof Schema.String;
        /**
         * A unique, sortable key used to sort messages.
         */
        readonly sortKey: typeof Schema.String;
        /**
         * Message content type. Useful for distinguishing reactions, media messages, and state events from regular text
         * messages.
         */
        readonly type: Schema.optionalKey<OpenEnum<Schema.Literals<readonly [
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
        ]>>>;
        /**
         * Matrix HTML body if present.
         */
        readonly text: Schema.optionalKey<typeof Schema.String>;
        /**
         * Timestamp when the message was edited, if known.
         */
        readonly editedTimestamp: Schema.optionalKey<typeof Schema.String>;
        /**
         * True if the authenticated user sent the message.
         */
        readonly isSender: Schema.optionalKey<typeof Schema.Boolean>;
        readonly sendStatus: Schema.optionalKey<typeof MessageSendStatus>;
        /**
         * True if the message is hidden from normal display.
         */
        readonly isHidden: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if the message has been deleted.
         */
        readonly isDeleted: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * Attachments included with this message, if any.
         */
        readonly attachments: Schema.optionalKey<Schema.$Array<typeof Attachment>>;
        /**
         * True if the message is unread for the authenticated user. May be omitted.
         */
        readonly isUnread: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * ID of the message this is a reply to, if any.
         */
        readonly linkedMessageID: Schema.optionalKey<typeof Schema.String>;
        /**
         * Mentioned user IDs, @room, or null for legacy messages that require text scanning.
         */
        readonly mentions: Schema.optionalKey<Schema.NullOr<Schema.$Array<typeof Schema.String>>>;
        /**
         * Link previews included with this message, if any.
         */
        readonly links: Schema.optionalKey<Schema.$Array<typeof LinkPreview>>;
        /**
         * Reactions to the message, if any.
         */
        readonly reactions: Schema.optionalKey<Schema.$Array<typeof Reaction>>;
        readonly seen: Schema.optionalKey<typeof MessageSeen>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        senderName: optionalKeyString,
        /**
         * Message timestamp.
         */
        timestamp: stringCheckDateTimeFormat,
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
        text: optionalKeyString,
        /**
         * Timestamp when the message was edited, if known.
         */
        editedTimestamp: optionalKeyStringCheckDateTimeFormat,
        /**
         * True if the authenticated user sent the message.
         */
        isSender: optionalKeyBoolean,
        sendStatus: /*#__PURE__*/ Schema.optionalKey(MessageSendStatus),
        /**
         * True if the message is hidden from normal display.
         */
        isHidden: optionalKeyBoolean,
        /**
         * True if the message has been deleted.
         */
        isDeleted: optionalKeyBoolean,
        /**
         * Attachments included with this message, if any.
         */
        attachments: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.Array(Attachment)),
        /**
         * True if the message is unread for the authenticated user. May be omitted.
         */
        isUnread: optionalKeyBoolean,
        /**
         * ID of the message this is a reply to, if any.
         */
        linkedMessageID: optionalKeyString,
        /**
         * Mentioned user IDs, @room, or null for legacy messages that require text scanning.
         */
        mentions: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(arrayString)),
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
     * A page of messages in a chat, sorted by timestamp.
     * @since 1.0.0
     * @category Schemas
     */
    const MessageListPage: Schema.Struct<{
        /**
         * Messages from the chat, sorted by timestamp. Use oldestCursor/newestCursor for pagination and treat both as
         * opaque values.
         */
        readonly items: Schema.$Array<typeof Message>;
        /**
         * True if additional results can be fetched using the provided cursors.
         */
        readonly hasMore: typeof Schema.Boolean;
        /**
         * Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect.
         */
        readonly oldestCursor: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
         */
        readonly newestCursor: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        oldestCursor: optionalKeyNullOrString,
        /**
         * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
         */
        newestCursor: optionalKeyNullOrString
    });

    /**
     * The edited message (a full Message) plus the deprecated compatibility fields `messageID` and `success`.
     * (Older docs renditions returned only { chatID, messageID, success }; this is the current shape.)
     * @since 1.0.0
     * @category Schemas
     */
    const MessageUpdateResponse: Schema.Struct<{
        /**
         * Message ID.
         */
        readonly id: typeof Schema.String;
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        readonly chatID: typeof Schema.String;
        /**
         * Beeper account ID the message belongs to.
         */
        readonly accountID: typeof Schema.String;
        /**
         * Matrix-style fully-qualified sender user ID, usually including a bridge prefix and homeserver.
         */
        readonly senderID: typeof Schema.String;
        /**
         * Resolved sender display name (impersonator/full name/username/participant name).
         */
        readonly senderName: Schema.optionalKey<typeof Schema.String>;
        /**
         * Message timestamp.
         */
        readonly timestamp: typeof Schema.String;
        /**
         * A unique, sortable key used to sort messages.
         */
        readonly sortKey: typeof Schema.String;
        /**
         * Message content type. Useful for distinguishing reactions, media messages, and state events from regular text
         * messages.
         */
        readonly type: Schema.optionalKey<OpenEnum<Schema.Literals<readonly [
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
        ]>>>;
        /**
         * Matrix HTML body if present.
         */
        readonly text: Schema.optionalKey<typeof Schema.String>;
        /**
         * Timestamp when the message was edited, if known.
         */
        readonly editedTimestamp: Schema.optionalKey<typeof Schema.String>;
        /**
         * True if the authenticated user sent the message.
         */
        readonly isSender: Schema.optionalKey<typeof Schema.Boolean>;
        readonly sendStatus: Schema.optionalKey<typeof MessageSendStatus>;
        /**
         * True if the message is hidden from normal display.
         */
        readonly isHidden: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if the message has been deleted.
         */
        readonly isDeleted: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * Attachments included with this message, if any.
         */
        readonly attachments: Schema.optionalKey<Schema.$Array<typeof Attachment>>;
        /**
         * True if the message is unread for the authenticated user. May be omitted.
         */
        readonly isUnread: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * ID of the message this is a reply to, if any.
         */
        readonly linkedMessageID: Schema.optionalKey<typeof Schema.String>;
        /**
         * Mentioned user IDs, @room, or null for legacy messages that require text scanning.
         */
        readonly mentions: Schema.optionalKey<Schema.NullOr<Schema.$Array<typeof Schema.String>>>;
        /**
         * Link previews included with this message, if any.
         */
        readonly links: Schema.optionalKey<Schema.$Array<typeof LinkPreview>>;
        /**
         * Reactions to the message, if any.
         */
        readonly reactions: Schema.optionalKey<Schema.$Array<typeof Reaction>>;
        readonly seen: Schema.optionalKey<typeof MessageSeen>;
        /**
         * DEPRECATED - compatibility field. Successful responses are already represented by the 200 status code.
         * @deprecated
         */
        readonly success: OpenEnum<Schema.Literal<true>>;
        /**
         * DEPRECATED - use id instead. Compatibility alias for older clients.
         * @deprecated
         */
        readonly messageID: typeof Schema.String;
    }> = /*#__PURE__*/ Message.mapFields(fields => ({
        ...fields,
        /**
         * DEPRECATED - compatibility field. Successful responses are already represented by the 200 status code.
         * @deprecated
         */
        success: openEnum(Schema.Literal(true)),
        /**
         * DEPRECATED - use id instead. Compatibility alias for older clients.
         * @deprecated
         */
        messageID: Schema.String
    }));

    /**
     * User the account belongs to.
     * @since 1.0.0
     * @category Schemas
     */
    const User: Schema.Struct<{
        /**
         * Stable Beeper user ID. Use as the primary key when referencing a person.
         */
        readonly id: typeof Schema.String;
        /**
         * Human-readable handle if available (e.g., '@alice'). May be network-specific and not globally unique.
         */
        readonly username: Schema.optionalKey<typeof Schema.String>;
        /**
         * User's phone number in E.164 format (e.g., '+14155552671'). Omit if unknown.
         */
        readonly phoneNumber: Schema.optionalKey<typeof Schema.String>;
        /**
         * Email address if known. Not guaranteed verified.
         */
        readonly email: Schema.optionalKey<typeof Schema.String>;
        /**
         * Display name as shown in clients (e.g., 'Alice Example'). May include emojis.
         */
        readonly fullName: Schema.optionalKey<typeof Schema.String>;
        /**
         * Avatar image URL if available. This may be a remote URL, Matrix media URL, data URL, or local filesystem URL
         * depending on source and endpoint. May be temporary or local-only to this device; download promptly if durable
         * access is needed.
         */
        readonly imgURL: Schema.optionalKey<typeof Schema.String>;
        /**
         * True if Beeper cannot initiate messages to this user (e.g., blocked, network restriction, or no DM path). The
         * user may still message you.
         */
        readonly cannotMessage: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if this user represents the authenticated account's own identity.
         */
        readonly isSelf: Schema.optionalKey<typeof Schema.Boolean>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Stable Beeper user ID. Use as the primary key when referencing a person.
         */
        id: Schema.String,
        /**
         * Human-readable handle if available (e.g., '@alice'). May be network-specific and not globally unique.
         */
        username: optionalKeyString,
        /**
         * User's phone number in E.164 format (e.g., '+14155552671'). Omit if unknown.
         */
        phoneNumber: optionalKeyString,
        /**
         * Email address if known. Not guaranteed verified.
         */
        email: optionalKeyString,
        /**
         * Display name as shown in clients (e.g., 'Alice Example'). May include emojis.
         */
        fullName: optionalKeyString,
        /**
         * Avatar image URL if available. This may be a remote URL, Matrix media URL, data URL, or local filesystem URL
         * depending on source and endpoint. May be temporary or local-only to this device; download promptly if durable
         * access is needed.
         */
        imgURL: optionalKeyString,
        /**
         * True if Beeper cannot initiate messages to this user (e.g., blocked, network restriction, or no DM path). The
         * user may still message you.
         */
        cannotMessage: optionalKeyBoolean,
        /**
         * True if this user represents the authenticated account's own identity.
         */
        isSelf: optionalKeyBoolean
    });

    /**
     * A chat account added to Beeper.
     * @since 1.0.0
     * @category Schemas
     */
    const Account: Schema.Struct<{
        /**
         * Chat account added to Beeper. Use this to route account-scoped actions. Examples include matrix for
         * Beeper/Matrix, discordgo for a cloud bridge, slackgo.TEAM-USER for workspace-scoped cloud bridges, and
         * local-whatsapp_ba_... for local bridges.
         */
        readonly accountID: typeof Schema.String;
        readonly bridge: typeof AccountBridge;
        /**
         * Human-friendly network name for the account. Omitted when the network is unknown.
         */
        readonly network: Schema.optionalKey<typeof Schema.String>;
        readonly user: typeof User;
        /**
         * Current connection status for this account. Only in the current docs (not SDK v5.0.0).
         */
        readonly status: Schema.optionalKey<OpenEnum<Schema.Literals<readonly [
            'connected',
            'connecting',
            'backfilling',
            'connection_required',
            'reconnect_required',
            'attention_required',
            'disconnected',
            'disabled'
        ]>>>;
        /**
         * Runtime chat/message capabilities for this connected account, when available. Only in the current
         * docs (not SDK v5.0.0).
         */
        readonly capabilities: Schema.optionalKey<Schema.$Record<typeof Schema.String, typeof Schema.Unknown>>;
        /**
         * Bridge login ID for this account, when known. One bridge login can contain multiple chat accounts.
         * Only in the current docs (not SDK v5.0.0).
         */
        readonly loginID: Schema.optionalKey<typeof Schema.String>;
        /**
         * Human-friendly account status text. Only in the current docs (not SDK v5.0.0).
         */
        readonly statusText: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        network: optionalKeyString,
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
        capabilities: optionalKeyRecordStringUnknown,
        /**
         * Bridge login ID for this account, when known. One bridge login can contain multiple chat accounts.
         * Only in the current docs (not SDK v5.0.0).
         */
        loginID: optionalKeyString,
        /**
         * Human-friendly account status text. Only in the current docs (not SDK v5.0.0).
         */
        statusText: optionalKeyString
    });

    /**
     * Available bridge that can connect or reconnect chat accounts.
     * @since 1.0.0
     * @category Schemas
     */
    const Bridge: Schema.Struct<{
        /**
         * Bridge ID. Use with bridge endpoints.
         */
        readonly id: typeof Schema.String;
        /**
         * Connected accounts for this bridge. Uses the same Account schema as GET /v1/accounts.
         */
        readonly accounts: Schema.$Array<typeof Account>;
        /**
         * Number of active accounts for this network on this device.
         */
        readonly activeAccountCount: typeof Schema.Int;
        /**
         * Human-friendly bridge name shown in Beeper.
         */
        readonly displayName: typeof Schema.String;
        /**
         * Where accounts for this bridge run: on this device or in Beeper Cloud.
         */
        readonly provider: OpenEnum<Schema.Literals<readonly [
            'cloud',
            'self-hosted',
            'local',
            'platform-sdk'
        ]>>;
        /**
         * Whether this bridge can currently be used to connect new accounts.
         */
        readonly status: OpenEnum<Schema.Literals<readonly [
            'available',
            'connected',
            'limit_reached',
            'temporarily_unavailable',
            'disabled'
        ]>>;
        /**
         * Whether this bridge can have multiple active accounts for the same network.
         */
        readonly supportsMultipleAccounts: typeof Schema.Boolean;
        /**
         * Underlying bridge type, such as matrix, discordgo, slackgo, whatsapp, telegram, or twitter.
         */
        readonly type: typeof Schema.String;
        /**
         * Network grouping used for account counts and limits.
         */
        readonly network: Schema.optionalKey<typeof Schema.String>;
        /**
         * Human-friendly status text matching Beeper account management language.
         */
        readonly statusText: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        provider: openEnumLiteralsCloudSelfHostedLocalPlatformSdk,
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
        network: optionalKeyString,
        /**
         * Human-friendly status text matching Beeper account management language.
         */
        statusText: optionalKeyString
    });

    /**
     * Available bridges and their connected accounts.
     * @since 1.0.0
     * @category Schemas
     */
    const BridgeListResponse: Schema.Struct<{
        /**
         * Available bridges.
         */
        readonly items: Schema.$Array<typeof Bridge>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Available bridges.
         */
        items: /*#__PURE__*/ Schema.Array(Bridge)
    });

    /**
     * Signed-in identity for a bridge. One bridge login can contain multiple chat accounts.
     * @since 1.0.0
     * @category Schemas
     */
    const BridgeLogin: Schema.Struct<{
        /**
         * Bridge ID.
         */
        readonly bridgeID: typeof Schema.String;
        /**
         * Bridge login ID.
         */
        readonly loginID: typeof Schema.String;
        /**
         * Scopes this bridge login can be removed with.
         */
        readonly removeScopes: Schema.$Array<OpenEnum<typeof BridgeLoginRemoveScope>>;
        /**
         * Bridge login status.
         */
        readonly status: OpenEnum<Schema.Literals<readonly [
            'connected',
            'connecting',
            'needs_login',
            'logged_out',
            'unknown'
        ]>>;
        /**
         * Chat accounts that belong to this bridge login, when known.
         */
        readonly accountIDs: Schema.optionalKey<Schema.$Array<typeof Schema.String>>;
        /**
         * Human-friendly bridge login status text.
         */
        readonly statusText: Schema.optionalKey<typeof Schema.String>;
        /**
         * User the account belongs to.
         */
        readonly user: Schema.optionalKey<typeof User>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        removeScopes: /*#__PURE__*/ Schema.Array(/*#__PURE__*/ openEnum(BridgeLoginRemoveScope)),
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
        accountIDs: optionalKeyArrayString,
        /**
         * Human-friendly bridge login status text.
         */
        statusText: optionalKeyString,
        /**
         * User the account belongs to.
         */
        user: /*#__PURE__*/ Schema.optionalKey(User)
    });

    /**
     * Bridge logins of a bridge.
     * @since 1.0.0
     * @category Schemas
     */
    const BridgeLoginListResponse: Schema.Struct<{
        /**
         * Bridge logins.
         */
        readonly items: Schema.$Array<typeof BridgeLogin>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Bridge logins.
         */
        items: /*#__PURE__*/ Schema.Array(BridgeLogin)
    });

    /**
     * Final step of a completed login.
     * @since 1.0.0
     * @category Schemas
     */
    const CompleteLoginStep: Schema.Struct<{
        readonly type: Schema.Literal<'complete'>;
        /**
         * A chat account added to Beeper.
         */
        readonly account: Schema.optionalKey<typeof Account>;
        /**
         * Completion instructions, when provided.
         */
        readonly instructions: Schema.optionalKey<typeof Schema.String>;
        /**
         * Signed-in identity for a bridge. One bridge login can contain multiple chat accounts.
         */
        readonly login: Schema.optionalKey<typeof BridgeLogin>;
        /**
         * Step ID.
         */
        readonly stepID: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        type: /*#__PURE__*/ Schema.Literal('complete'),
        /**
         * A chat account added to Beeper.
         */
        account: /*#__PURE__*/ Schema.optionalKey(Account),
        /**
         * Completion instructions, when provided.
         */
        instructions: optionalKeyString,
        /**
         * Signed-in identity for a bridge. One bridge login can contain multiple chat accounts.
         */
        login: /*#__PURE__*/ Schema.optionalKey(BridgeLogin),
        /**
         * Step ID.
         */
        stepID: optionalKeyString
    });

    /**
     * A cursor page of merged contacts for one account.
     * @since 1.0.0
     * @category Schemas
     */
    const ContactListPage: Schema.Struct<{
        /**
         * Merged contacts for the selected account.
         */
        readonly items: Schema.$Array<typeof User>;
        /**
         * True if additional results can be fetched using the provided cursors.
         */
        readonly hasMore: typeof Schema.Boolean;
        /**
         * Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect.
         */
        readonly oldestCursor: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
         */
        readonly newestCursor: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        oldestCursor: optionalKeyNullOrString,
        /**
         * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
         */
        newestCursor: optionalKeyNullOrString
    });

    /**
     * Users matching a contact search on one account (not paginated).
     * @since 1.0.0
     * @category Schemas
     */
    const ContactSearchResponse: Schema.Struct<{
        /**
         * Matching users.
         */
        readonly items: Schema.$Array<typeof User>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Matching users.
         */
        items: /*#__PURE__*/ Schema.Array(User)
    });

    /**
     * Accounts configured on this device. Includes accountID, bridge metadata, optional network name, and user
     * identity.
     * @since 1.0.0
     * @category Schemas
     */
    const GetAccountsOutput: Schema.$Array<typeof Account> = /*#__PURE__*/ Schema.Array(Account);

    /**
     * A chat participant. Extends User with chat membership metadata.
     * @since 1.0.0
     * @category Schemas
     */
    const Participant: Schema.Struct<{
        /**
         * Stable Beeper user ID. Use as the primary key when referencing a person.
         */
        readonly id: typeof Schema.String;
        /**
         * Human-readable handle if available (e.g., '@alice'). May be network-specific and not globally unique.
         */
        readonly username: Schema.optionalKey<typeof Schema.String>;
        /**
         * User's phone number in E.164 format (e.g., '+14155552671'). Omit if unknown.
         */
        readonly phoneNumber: Schema.optionalKey<typeof Schema.String>;
        /**
         * Email address if known. Not guaranteed verified.
         */
        readonly email: Schema.optionalKey<typeof Schema.String>;
        /**
         * Display name as shown in clients (e.g., 'Alice Example'). May include emojis.
         */
        readonly fullName: Schema.optionalKey<typeof Schema.String>;
        /**
         * Avatar image URL if available. This may be a remote URL, Matrix media URL, data URL, or local filesystem URL
         * depending on source and endpoint. May be temporary or local-only to this device; download promptly if durable
         * access is needed.
         */
        readonly imgURL: Schema.optionalKey<typeof Schema.String>;
        /**
         * True if Beeper cannot initiate messages to this user (e.g., blocked, network restriction, or no DM path). The
         * user may still message you.
         */
        readonly cannotMessage: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if this user represents the authenticated account's own identity.
         */
        readonly isSelf: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if this participant has admin privileges in the chat.
         */
        readonly isAdmin: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if this participant has been invited but has not joined yet.
         */
        readonly isPending: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if this participant represents a network or bridge bot.
         */
        readonly isNetworkBot: Schema.optionalKey<typeof Schema.Boolean>;
    }> = /*#__PURE__*/ User.mapFields(fields => ({
        ...fields,
        /**
         * True if this participant has admin privileges in the chat.
         */
        isAdmin: Schema.optionalKey(Schema.Boolean),
        /**
         * True if this participant has been invited but has not joined yet.
         */
        isPending: Schema.optionalKey(Schema.Boolean),
        /**
         * True if this participant represents a network or bridge bot.
         */
        isNetworkBot: Schema.optionalKey(Schema.Boolean)
    }));

    /**
     * Chat participants information.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatParticipants: Schema.Struct<{
        /**
         * Participants returned for this chat (limited by the request; may be a subset).
         */
        readonly items: Schema.$Array<typeof Participant>;
        /**
         * True if there are more participants than included in items.
         */
        readonly hasMore: typeof Schema.Boolean;
        /**
         * Total number of participants in the chat.
         */
        readonly total: typeof Schema.Int;
    }> = /*#__PURE__*/ Schema.Struct({
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
     * A chat (direct or group conversation) on one chat account.
     * @since 1.0.0
     * @category Schemas
     */
    const Chat: Schema.Struct<{
        /**
         * Unique identifier of the chat across Beeper.
         */
        readonly id: typeof Schema.String;
        /**
         * Local chat ID specific to this Beeper Desktop installation.
         */
        readonly localChatID: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Account ID this chat belongs to.
         */
        readonly accountID: typeof Schema.String;
        /**
         * Display-only human-readable account/network name.
         */
        readonly network: typeof Schema.String;
        /**
         * Display title of the chat as computed by the client/server.
         */
        readonly title: typeof Schema.String;
        /**
         * Group chat description/topic when available.
         */
        readonly description: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Local filesystem path to the chat avatar image when available.
         */
        readonly imgURL: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Chat type: 'single' for direct messages, 'group' for group chats.
         */
        readonly type: OpenEnum<Schema.Literals<readonly [
            'single',
            'group'
        ]>>;
        /**
         * True if messages cannot be sent in this chat.
         */
        readonly isReadOnly: Schema.optionalKey<typeof Schema.Boolean>;
        readonly participants: typeof ChatParticipants;
        /**
         * Timestamp of last activity.
         */
        readonly lastActivity: Schema.optionalKey<typeof Schema.String>;
        /**
         * Number of unread messages.
         */
        readonly unreadCount: typeof Schema.Int;
        /**
         * Number of unread messages that mention the authenticated user or @room.
         */
        readonly unreadMentionsCount: Schema.optionalKey<typeof Schema.Int>;
        /**
         * Last read message sortKey.
         */
        readonly lastReadMessageSortKey: Schema.optionalKey<typeof Schema.String>;
        readonly draft: Schema.optionalKey<typeof ChatDraft>;
        /**
         * Current reminder for this chat, or null when no reminder is set.
         */
        readonly reminder: Schema.optionalKey<Schema.NullOr<Schema.Struct<{
            /**
             * Timestamp when the reminder should trigger.
             */
            readonly remindAt: Schema.optionalKey<typeof Schema.String>;
            /**
             * Cancel reminder if someone messages in the chat.
             */
            readonly dismissOnIncomingMessage: Schema.optionalKey<typeof Schema.Boolean>;
        }>>>;
        /**
         * Current snooze state for this chat, or null when no snooze is set.
         */
        readonly snooze: Schema.optionalKey<Schema.NullOr<Schema.Struct<{
            /**
             * Timestamp when the snooze expires.
             */
            readonly snoozeUntil: Schema.optionalKey<typeof Schema.String>;
            /**
             * Timestamp when the user set the snooze.
             */
            readonly userSnoozedAt: Schema.optionalKey<typeof Schema.String>;
        }>>>;
        /**
         * True if chat is archived.
         */
        readonly isArchived: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if the chat was explicitly marked unread by the authenticated user.
         */
        readonly isMarkedUnread: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if chat notifications are muted.
         */
        readonly isMuted: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if chat is pinned.
         */
        readonly isPinned: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if chat is marked low priority.
         */
        readonly isLowPriority: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * Disappearing-message timer in seconds when available.
         */
        readonly messageExpirySeconds: Schema.optionalKey<Schema.NullOr<typeof Schema.Int>>;
        readonly capabilities: Schema.optionalKey<typeof ChatCapabilities>;
        /**
         * Labels applied to this chat. Absent when the chat has none, or when labels are not enabled for this
         * user. Newest PHP SDK revision only (not SDK v5.0.0).
         */
        readonly labels: Schema.optionalKey<Schema.$Array<typeof Label>>;
        readonly merge: Schema.optionalKey<typeof ChatMerge>;
        /**
         * When this chat is a member of a merged chat, the ID of that merged chat. Clients that render merged
         * chats as one conversation should list the merged chat and hide chats carrying this field. Newest PHP
         * SDK revision only (not SDK v5.0.0).
         */
        readonly mergedIntoChatID: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Unique identifier of the chat across Beeper.
         */
        id: Schema.String,
        /**
         * Local chat ID specific to this Beeper Desktop installation.
         */
        localChatID: optionalKeyNullOrString,
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
        description: optionalKeyNullOrString,
        /**
         * Local filesystem path to the chat avatar image when available.
         */
        imgURL: optionalKeyNullOrString,
        /**
         * Chat type: 'single' for direct messages, 'group' for group chats.
         */
        type: /*#__PURE__*/ openEnum(literalsSingleGroup),
        /**
         * True if messages cannot be sent in this chat.
         */
        isReadOnly: optionalKeyBoolean,
        participants: ChatParticipants,
        /**
         * Timestamp of last activity.
         */
        lastActivity: optionalKeyStringCheckDateTimeFormat,
        /**
         * Number of unread messages.
         */
        unreadCount: Schema.Int,
        /**
         * Number of unread messages that mention the authenticated user or @room.
         */
        unreadMentionsCount: optionalKeyInt,
        /**
         * Last read message sortKey.
         */
        lastReadMessageSortKey: optionalKeyString,
        draft: /*#__PURE__*/ Schema.optionalKey(ChatDraft),
        /**
         * Current reminder for this chat, or null when no reminder is set.
         */
        reminder: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(/*#__PURE__*/ Schema.Struct({
            /**
             * Timestamp when the reminder should trigger.
             */
            remindAt: optionalKeyStringCheckDateTimeFormat,
            /**
             * Cancel reminder if someone messages in the chat.
             */
            dismissOnIncomingMessage: optionalKeyBoolean
        }))),
        /**
         * Current snooze state for this chat, or null when no snooze is set.
         */
        snooze: /*#__PURE__*/ Schema.optionalKey(/*#__PURE__*/ Schema.NullOr(/*#__PURE__*/ Schema.Struct({
            /**
             * Timestamp when the snooze expires.
             */
            snoozeUntil: optionalKeyStringCheckDateTimeFormat,
            /**
             * Timestamp when the user set the snooze.
             */
            userSnoozedAt: optionalKeyStringCheckDateTimeFormat
        }))),
        /**
         * True if chat is archived.
         */
        isArchived: optionalKeyBoolean,
        /**
         * True if the chat was explicitly marked unread by the authenticated user.
         */
        isMarkedUnread: optionalKeyBoolean,
        /**
         * True if chat notifications are muted.
         */
        isMuted: optionalKeyBoolean,
        /**
         * True if chat is pinned.
         */
        isPinned: optionalKeyBoolean,
        /**
         * True if chat is marked low priority.
         */
        isLowPriority: optionalKeyBoolean,
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
        mergedIntoChatID: optionalKeyString
    });

    /**
     * The created chat, plus deprecated compatibility fields.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatCreateResponse: Schema.Struct<{
        /**
         * Unique identifier of the chat across Beeper.
         */
        readonly id: typeof Schema.String;
        /**
         * Local chat ID specific to this Beeper Desktop installation.
         */
        readonly localChatID: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Account ID this chat belongs to.
         */
        readonly accountID: typeof Schema.String;
        /**
         * Display-only human-readable account/network name.
         */
        readonly network: typeof Schema.String;
        /**
         * Display title of the chat as computed by the client/server.
         */
        readonly title: typeof Schema.String;
        /**
         * Group chat description/topic when available.
         */
        readonly description: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Local filesystem path to the chat avatar image when available.
         */
        readonly imgURL: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Chat type: 'single' for direct messages, 'group' for group chats.
         */
        readonly type: OpenEnum<Schema.Literals<readonly [
            'single',
            'group'
        ]>>;
        /**
         * True if messages cannot be sent in this chat.
         */
        readonly isReadOnly: Schema.optionalKey<typeof Schema.Boolean>;
        readonly participants: typeof ChatParticipants;
        /**
         * Timestamp of last activity.
         */
        readonly lastActivity: Schema.optionalKey<typeof Schema.String>;
        /**
         * Number of unread messages.
         */
        readonly unreadCount: typeof Schema.Int;
        /**
         * Number of unread messages that mention the authenticated user or @room.
         */
        readonly unreadMentionsCount: Schema.optionalKey<typeof Schema.Int>;
        /**
         * Last read message sortKey.
         */
        readonly lastReadMessageSortKey: Schema.optionalKey<typeof Schema.String>;
        readonly draft: Schema.optionalKey<typeof ChatDraft>;
        /**
         * Current reminder for this chat, or null when no reminder is set.
         */
        readonly reminder: Schema.optionalKey<Schema.NullOr<Schema.Struct<{
            /**
             * Timestamp when the reminder should trigger.
             */
            readonly remindAt: Schema.optionalKey<typeof Schema.String>;
            /**
             * Cancel reminder if someone messages in the chat.
             */
            readonly dismissOnIncomingMessage: Schema.optionalKey<typeof Schema.Boolean>;
        }>>>;
        /**
         * Current snooze state for this chat, or null when no snooze is set.
         */
        readonly snooze: Schema.optionalKey<Schema.NullOr<Schema.Struct<{
            /**
             * Timestamp when the snooze expires.
             */
            readonly snoozeUntil: Schema.optionalKey<typeof Schema.String>;
            /**
             * Timestamp when the user set the snooze.
             */
            readonly userSnoozedAt: Schema.optionalKey<typeof Schema.String>;
        }>>>;
        /**
         * True if chat is archived.
         */
        readonly isArchived: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if the chat was explicitly marked unread by the authenticated user.
         */
        readonly isMarkedUnread: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if chat notifications are muted.
         */
        readonly isMuted: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if chat is pinned.
         */
        readonly isPinned: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if chat is marked low priority.
         */
        readonly isLowPriority: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * Disappearing-message timer in seconds when available.
         */
        readonly messageExpirySeconds: Schema.optionalKey<Schema.NullOr<typeof Schema.Int>>;
        readonly capabilities: Schema.optionalKey<typeof ChatCapabilities>;
        /**
         * Labels applied to this chat. Absent when the chat has none, or when labels are not enabled for this
         * user. Newest PHP SDK revision only (not SDK v5.0.0).
         */
        readonly labels: Schema.optionalKey<Schema.$Array<typeof Label>>;
        readonly merge: Schema.optionalKey<typeof ChatMerge>;
        /**
         * When this chat is a member of a merged chat, the ID of that merged chat. Clients that render merged
         * chats as one conversation should list the merged chat and hide chats carrying this field. Newest PHP
         * SDK revision only (not SDK v5.0.0).
         */
        readonly mergedIntoChatID: Schema.optionalKey<typeof Schema.String>;
        /**
         * DEPRECATED - use id instead. Compatibility alias for older clients.
         * @deprecated
         */
        readonly chatID: typeof Schema.String;
        /**
         * DEPRECATED - legacy start-chat status for older clients. New clients should inspect the returned Chat instead.
         * @deprecated
         */
        readonly status: Schema.optionalKey<OpenEnum<Schema.Literals<readonly [
            'existing',
            'created'
        ]>>>;
    }> = /*#__PURE__*/ Chat.mapFields(fields => ({
        ...fields,
        /**
         * DEPRECATED - use id instead. Compatibility alias for older clients.
         * @deprecated
         */
        chatID: Schema.String,
        /**
         * DEPRECATED - legacy start-chat status for older clients. New clients should inspect the returned Chat instead.
         * @deprecated
         */
        status: Schema.optionalKey(openEnum(Schema.Literals(['existing', 'created'])))
    }));

    /**
     * A cursor page of chats matching a search.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatSearchPage: Schema.Struct<{
        /**
         * Chats matching the filters.
         */
        readonly items: Schema.$Array<typeof Chat>;
        /**
         * True if additional results can be fetched using the provided cursors.
         */
        readonly hasMore: typeof Schema.Boolean;
        /**
         * Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect.
         */
        readonly oldestCursor: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
         */
        readonly newestCursor: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        oldestCursor: optionalKeyNullOrString,
        /**
         * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
         */
        newestCursor: optionalKeyNullOrString
    });

    /**
     * The started (created or reused) direct chat, plus deprecated compatibility fields.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatStartResponse: Schema.Struct<{
        /**
         * Unique identifier of the chat across Beeper.
         */
        readonly id: typeof Schema.String;
        /**
         * Local chat ID specific to this Beeper Desktop installation.
         */
        readonly localChatID: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Account ID this chat belongs to.
         */
        readonly accountID: typeof Schema.String;
        /**
         * Display-only human-readable account/network name.
         */
        readonly network: typeof Schema.String;
        /**
         * Display title of the chat as computed by the client/server.
         */
        readonly title: typeof Schema.String;
        /**
         * Group chat description/topic when available.
         */
        readonly description: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Local filesystem path to the chat avatar image when available.
         */
        readonly imgURL: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Chat type: 'single' for direct messages, 'group' for group chats.
         */
        readonly type: OpenEnum<Schema.Literals<readonly [
            'single',
            'group'
        ]>>;
        /**
         * True if messages cannot be sent in this chat.
         */
        readonly isReadOnly: Schema.optionalKey<typeof Schema.Boolean>;
        readonly participants: typeof ChatParticipants;
        /**
         * Timestamp of last activity.
         */
        readonly lastActivity: Schema.optionalKey<typeof Schema.String>;
        /**
         * Number of unread messages.
         */
        readonly unreadCount: typeof Schema.Int;
        /**
         * Number of unread messages that mention the authenticated user or @room.
         */
        readonly unreadMentionsCount: Schema.optionalKey<typeof Schema.Int>;
        /**
         * Last read message sortKey.
         */
        readonly lastReadMessageSortKey: Schema.optionalKey<typeof Schema.String>;
        readonly draft: Schema.optionalKey<typeof ChatDraft>;
        /**
         * Current reminder for this chat, or null when no reminder is set.
         */
        readonly reminder: Schema.optionalKey<Schema.NullOr<Schema.Struct<{
            /**
             * Timestamp when the reminder should trigger.
             */
            readonly remindAt: Schema.optionalKey<typeof Schema.String>;
            /**
             * Cancel reminder if someone messages in the chat.
             */
            readonly dismissOnIncomingMessage: Schema.optionalKey<typeof Schema.Boolean>;
        }>>>;
        /**
         * Current snooze state for this chat, or null when no snooze is set.
         */
        readonly snooze: Schema.optionalKey<Schema.NullOr<Schema.Struct<{
            /**
             * Timestamp when the snooze expires.
             */
            readonly snoozeUntil: Schema.optionalKey<typeof Schema.String>;
            /**
             * Timestamp when the user set the snooze.
             */
            readonly userSnoozedAt: Schema.optionalKey<typeof Schema.String>;
        }>>>;
        /**
         * True if chat is archived.
         */
        readonly isArchived: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if the chat was explicitly marked unread by the authenticated user.
         */
        readonly isMarkedUnread: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if chat notifications are muted.
         */
        readonly isMuted: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if chat is pinned.
         */
        readonly isPinned: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if chat is marked low priority.
         */
        readonly isLowPriority: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * Disappearing-message timer in seconds when available.
         */
        readonly messageExpirySeconds: Schema.optionalKey<Schema.NullOr<typeof Schema.Int>>;
        readonly capabilities: Schema.optionalKey<typeof ChatCapabilities>;
        /**
         * Labels applied to this chat. Absent when the chat has none, or when labels are not enabled for this
         * user. Newest PHP SDK revision only (not SDK v5.0.0).
         */
        readonly labels: Schema.optionalKey<Schema.$Array<typeof Label>>;
        readonly merge: Schema.optionalKey<typeof ChatMerge>;
        /**
         * When this chat is a member of a merged chat, the ID of that merged chat. Clients that render merged
         * chats as one conversation should list the merged chat and hide chats carrying this field. Newest PHP
         * SDK revision only (not SDK v5.0.0).
         */
        readonly mergedIntoChatID: Schema.optionalKey<typeof Schema.String>;
        /**
         * Deprecated - use id instead. Compatibility alias for older clients.
         * @deprecated
         */
        readonly chatID: typeof Schema.String;
        /**
         * Deprecated - legacy start-chat status for older clients. New clients should inspect the returned
         * Chat instead.
         * @deprecated
         */
        readonly status: Schema.optionalKey<Schema.Literals<readonly [
            'existing',
            'created'
        ]>>;
    }> = /*#__PURE__*/ Chat.mapFields(fields => ({
        ...fields,
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
        status: Schema.optionalKey(Schema.Literals(['existing', 'created']))
    }));

    /**
     * Chat with optional last message preview.
     * @since 1.0.0
     * @category Schemas
     */
    const ChatWithPreview: Schema.Struct<{
        /**
         * Unique identifier of the chat across Beeper.
         */
        readonly id: typeof Schema.String;
        /**
         * Local chat ID specific to this Beeper Desktop installation.
         */
        readonly localChatID: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Account ID this chat belongs to.
         */
        readonly accountID: typeof Schema.String;
        /**
         * Display-only human-readable account/network name.
         */
        readonly network: typeof Schema.String;
        /**
         * Display title of the chat as computed by the client/server.
         */
        readonly title: typeof Schema.String;
        /**
         * Group chat description/topic when available.
         */
        readonly description: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Local filesystem path to the chat avatar image when available.
         */
        readonly imgURL: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Chat type: 'single' for direct messages, 'group' for group chats.
         */
        readonly type: OpenEnum<Schema.Literals<readonly [
            'single',
            'group'
        ]>>;
        /**
         * True if messages cannot be sent in this chat.
         */
        readonly isReadOnly: Schema.optionalKey<typeof Schema.Boolean>;
        readonly participants: typeof ChatParticipants;
        /**
         * Timestamp of last activity.
         */
        readonly lastActivity: Schema.optionalKey<typeof Schema.String>;
        /**
         * Number of unread messages.
         */
        readonly unreadCount: typeof Schema.Int;
        /**
         * Number of unread messages that mention the authenticated user or @room.
         */
        readonly unreadMentionsCount: Schema.optionalKey<typeof Schema.Int>;
        /**
         * Last read message sortKey.
         */
        readonly lastReadMessageSortKey: Schema.optionalKey<typeof Schema.String>;
        readonly draft: Schema.optionalKey<typeof ChatDraft>;
        /**
         * Current reminder for this chat, or null when no reminder is set.
         */
        readonly reminder: Schema.optionalKey<Schema.NullOr<Schema.Struct<{
            /**
             * Timestamp when the reminder should trigger.
             */
            readonly remindAt: Schema.optionalKey<typeof Schema.String>;
            /**
             * Cancel reminder if someone messages in the chat.
             */
            readonly dismissOnIncomingMessage: Schema.optionalKey<typeof Schema.Boolean>;
        }>>>;
        /**
         * Current snooze state for this chat, or null when no snooze is set.
         */
        readonly snooze: Schema.optionalKey<Schema.NullOr<Schema.Struct<{
            /**
             * Timestamp when the snooze expires.
             */
            readonly snoozeUntil: Schema.optionalKey<typeof Schema.String>;
            /**
             * Timestamp when the user set the snooze.
             */
            readonly userSnoozedAt: Schema.optionalKey<typeof Schema.String>;
        }>>>;
        /**
         * True if chat is archived.
         */
        readonly isArchived: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if the chat was explicitly marked unread by the authenticated user.
         */
        readonly isMarkedUnread: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if chat notifications are muted.
         */
        readonly isMuted: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if chat is pinned.
         */
        readonly isPinned: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * True if chat is marked low priority.
         */
        readonly isLowPriority: Schema.optionalKey<typeof Schema.Boolean>;
        /**
         * Disappearing-message timer in seconds when available.
         */
        readonly messageExpirySeconds: Schema.optionalKey<Schema.NullOr<typeof Schema.Int>>;
        readonly capabilities: Schema.optionalKey<typeof ChatCapabilities>;
        /**
         * Labels applied to this chat. Absent when the chat has none, or when labels are not enabled for this
         * user. Newest PHP SDK revision only (not SDK v5.0.0).
         */
        readonly labels: Schema.optionalKey<Schema.$Array<typeof Label>>;
        readonly merge: Schema.optionalKey<typeof ChatMerge>;
        /**
         * When this chat is a member of a merged chat, the ID of that merged chat. Clients that render merged
         * chats as one conversation should list the merged chat and hide chats carrying this field. Newest PHP
         * SDK revision only (not SDK v5.0.0).
         */
        readonly mergedIntoChatID: Schema.optionalKey<typeof Schema.String>;
        /**
         * Last message preview for this chat, if available.
         */
        readonly preview: Schema.optionalKey<typeof Message>;
    }> = /*#__PURE__*/ Chat.mapFields(fields => ({
        ...fields,
        /**
         * Last message preview for this chat, if available.
         */
        preview: Schema.optionalKey(Message)
    }));

    /**
     * A cursor page of chats sorted by last activity (most recent first).
     * @since 1.0.0
     * @category Schemas
     */
    const ChatListPage: Schema.Struct<{
        /**
         * Chats ordered by last activity timestamp (most recent first).
         */
        readonly items: Schema.$Array<typeof ChatWithPreview>;
        /**
         * True if additional results can be fetched using the provided cursors.
         */
        readonly hasMore: typeof Schema.Boolean;
        /**
         * Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect.
         */
        readonly oldestCursor: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
         */
        readonly newestCursor: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        oldestCursor: optionalKeyNullOrString,
        /**
         * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
         */
        newestCursor: optionalKeyNullOrString
    });

    /**
     * A page of messages matching a search.
     * @since 1.0.0
     * @category Schemas
     */
    const MessageSearchPage: Schema.Struct<{
        /**
         * Messages matching the query and filters.
         */
        readonly items: Schema.$Array<typeof Message>;
        /**
         * True if additional results can be fetched using the provided cursors.
         */
        readonly hasMore: typeof Schema.Boolean;
        /**
         * Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect.
         */
        readonly oldestCursor: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
         */
        readonly newestCursor: Schema.optionalKey<Schema.NullOr<typeof Schema.String>>;
        /**
         * Map of chatID -> chat details for chats referenced in items.
         */
        readonly chats: Schema.$Record<typeof Schema.String, typeof Chat>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        oldestCursor: optionalKeyNullOrString,
        /**
         * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
         */
        newestCursor: optionalKeyNullOrString,
        /**
         * Map of chatID -> chat details for chats referenced in items.
         */
        chats: /*#__PURE__*/ Schema.Record(Schema.String, Chat)
    });

    /**
     * Result of the combined search (GET /v1/search).
     * @since 1.0.0
     * @category Schemas
     */
    const SearchResponse: Schema.Struct<{
        readonly results: Schema.Struct<{
            /**
             * Top chat results.
             */
            readonly chats: Schema.$Array<typeof Chat>;
            /**
             * Top group results by participant matches.
             */
            readonly in_groups: Schema.$Array<typeof Chat>;
            readonly messages: typeof MessageSearchPage;
        }>;
    }> = /*#__PURE__*/ Schema.Struct({
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
     * Step that asks the user to fill in input fields.
     * @since 1.0.0
     * @category Schemas
     */
    const UserInputLoginStep: Schema.Struct<{
        readonly type: Schema.Literal<'user_input'>;
        /**
         * Input fields to show to the user.
         */
        readonly fields: Schema.$Array<typeof LoginInputField>;
        /**
         * Step ID to submit this step's input to.
         */
        readonly stepID: typeof Schema.String;
        /**
         * Attachments of this step (items untyped in the sources).
         */
        readonly attachments: Schema.optionalKey<Schema.$Array<typeof Schema.Unknown>>;
        /**
         * User-facing instructions for this step.
         */
        readonly instructions: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        instructions: optionalKeyString
    });

    /**
     * Step the client should show or complete next, discriminated by `type`.
     * @since 1.0.0
     * @category Schemas
     */
    const LoginStep: Schema.Union<readonly [
        typeof UserInputLoginStep,
        typeof CookiesLoginStep,
        typeof DisplayAndWaitLoginStep,
        typeof CompleteLoginStep
    ]> = /*#__PURE__*/ Schema.Union([
        UserInputLoginStep,
        CookiesLoginStep,
        DisplayAndWaitLoginStep,
        CompleteLoginStep
    ]);

    /**
     * Temporary bridge login session used to connect a new chat account or reconnect an existing bridge login.
     * @since 1.0.0
     * @category Schemas
     */
    const LoginSession: Schema.Struct<{
        /**
         * Bridge ID.
         */
        readonly bridgeID: typeof Schema.String;
        /**
         * Temporary bridge login session ID.
         */
        readonly loginSessionID: typeof Schema.String;
        readonly status: typeof LoginSessionStatus;
        /**
         * A chat account added to Beeper.
         */
        readonly account: Schema.optionalKey<typeof Account>;
        /**
         * Chat account ID for reconnect flows, when known.
         */
        readonly accountID: Schema.optionalKey<typeof Schema.String>;
        /**
         * Step the client should show or complete next. Omitted when the session is complete, cancelled, or failed.
         */
        readonly currentStep: Schema.optionalKey<typeof LoginStep>;
        /**
         * Error of the login session.
         */
        readonly error: Schema.optionalKey<typeof APIError>;
        /**
         * Signed-in identity for a bridge. One bridge login can contain multiple chat accounts.
         */
        readonly login: Schema.optionalKey<typeof BridgeLogin>;
        /**
         * Bridge login ID for reconnect flows, when known.
         */
        readonly loginID: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        accountID: optionalKeyString,
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
        loginID: optionalKeyString
    });

    /**
     * One problem found while validating a request: where in the payload, a code and a human-readable message.
     * @since 1.0.0
     * @category Schemas
     */
    const ValidationIssue: Schema.Struct<{
        /**
         * Validation issue code
         */
        readonly code: typeof Schema.String;
        /**
         * Human-readable description of the validation issue
         */
        readonly message: typeof Schema.String;
        /**
         * Path pointing to the invalid field within the payload
         */
        readonly path: Schema.$Array<Schema.Union<readonly [
            typeof Schema.String,
            typeof Schema.Finite
        ]>>;
    }> = /*#__PURE__*/ Schema.Struct({
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
     * Validation error details
     * @since 1.0.0
     * @category Schemas
     */
    const ValidationDetails: Schema.Struct<{
        /**
         * List of validation issues
         */
        readonly issues: Schema.$Array<typeof ValidationIssue>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * List of validation issues
         */
        issues: /*#__PURE__*/ Schema.Array(ValidationIssue)
    });

    /**
     * The shared error body of every non-2xx response.
     * @since 1.0.0
     * @category Schemas
     */
    const Error: Schema.Struct<{
        /**
         * Error message
         */
        readonly message: typeof Schema.String;
        /**
         * Machine-readable error code
         */
        readonly code: typeof Schema.String;
        /**
         * Additional error details for debugging
         */
        readonly details: Schema.optionalKey<Schema.Union<readonly [
            typeof ValidationDetails,
            Schema.$Record<typeof Schema.String, typeof Schema.Unknown>,
            typeof Schema.Unknown
        ]>>;
    }> = /*#__PURE__*/ Schema.Struct({
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
            recordStringUnknown,
            Schema.Unknown
        ]))
    });

    /**
     * A verification action (maps to the action endpoints under /v1/app/setup/verifications/{verificationID}).
     * @since 1.0.0
     * @category Schemas
     */
    const VerificationAction: OpenEnum<Schema.Literals<readonly [
        'accept',
        'cancel',
        'qr.confirmScanned',
        'sas.start',
        'sas.confirm'
    ]>> = /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
        'accept',
        'cancel',
        'qr.confirmScanned',
        'sas.start',
        'sas.confirm'
    ]));

    /**
     * Optional code and user-facing reason for cancelling an active device verification.
     * @since 1.0.0
     * @category Schemas
     */
    const VerificationCancelRequest: Schema.Struct<{
        /**
         * Optional cancellation code.
         */
        readonly code: Schema.optionalKey<typeof Schema.String>;
        /**
         * Optional user-facing cancellation reason.
         */
        readonly reason: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Optional cancellation code.
         */
        code: optionalKeyString,
        /**
         * Optional user-facing cancellation reason.
         */
        reason: optionalKeyString
    });

    /**
     * Optional body of POST /v1/app/setup/verifications, which starts verifying this device from another signed-in
     * device.
     * @since 1.0.0
     * @category Schemas
     */
    const VerificationCreateRequest: Schema.Struct<{
        /**
         * Why this verification is being started.
         */
        readonly purpose: Schema.optionalKey<Schema.Literals<readonly [
            'login',
            'device'
        ]>>;
        /**
         * Beeper user ID to verify. Defaults to the signed-in user.
         */
        readonly userID: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Why this verification is being started.
         */
        purpose: /*#__PURE__*/ Schema.optionalKey(literalsLoginDevice),
        /**
         * Beeper user ID to verify. Defaults to the signed-in user.
         */
        userID: optionalKeyString
    });

    /**
     * Whether this device started or received the verification.
     * @since 1.0.0
     * @category Schemas
     */
    const VerificationDirection: OpenEnum<Schema.Literals<readonly [
        'incoming',
        'outgoing'
    ]>> = /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals(['incoming', 'outgoing']));

    /**
     * Verification error details, if verification stopped.
     * @since 1.0.0
     * @category Schemas
     */
    const VerificationError: Schema.Struct<{
        /**
         * Verification error code.
         */
        readonly code: typeof Schema.String;
        /**
         * User-facing verification error message.
         */
        readonly reason: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
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
     * A verification method.
     * @since 1.0.0
     * @category Schemas
     */
    const VerificationMethod: OpenEnum<Schema.Literals<readonly [
        'qr',
        'sas'
    ]>> = /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals(['qr', 'sas']));

    /**
     * Other device participating in verification.
     * @since 1.0.0
     * @category Schemas
     */
    const VerificationOtherDevice: Schema.Struct<{
        /**
         * Other device ID.
         */
        readonly id: typeof Schema.String;
        /**
         * Other device display name, if known.
         */
        readonly name: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Other device ID.
         */
        id: Schema.String,
        /**
         * Other device display name, if known.
         */
        name: optionalKeyString
    });

    /**
     * Why a verification exists.
     * @since 1.0.0
     * @category Schemas
     */
    const VerificationPurpose: OpenEnum<Schema.Literals<readonly [
        'login',
        'device'
    ]>> = /*#__PURE__*/ openEnum(literalsLoginDevice);

    /**
     * QR verification data.
     * @since 1.0.0
     * @category Schemas
     */
    const VerificationQR: Schema.Struct<{
        /**
         * QR code payload to display for verification.
         */
        readonly data: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * QR code payload to display for verification.
         */
        data: Schema.String
    });

    /**
     * The QR code payload scanned from another signed-in device, submitted to continue device verification.
     * @since 1.0.0
     * @category Schemas
     */
    const VerificationQRScanRequest: Schema.Struct<{
        /**
         * QR code payload scanned from the other device.
         */
        readonly data: typeof Schema.String;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * QR code payload scanned from the other device.
         */
        data: Schema.String
    });

    /**
     * Emoji or number comparison data for verification.
     * @since 1.0.0
     * @category Schemas
     */
    const VerificationSAS: Schema.Struct<{
        /**
         * Emoji sequence to compare on both devices.
         */
        readonly emojis: typeof Schema.String;
        /**
         * Number sequence to compare on both devices.
         */
        readonly decimals: Schema.optionalKey<typeof Schema.String>;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Emoji sequence to compare on both devices.
         */
        emojis: Schema.String,
        /**
         * Number sequence to compare on both devices.
         */
        decimals: optionalKeyString
    });

    /**
     * Current trusted-device verification state.
     * @since 1.0.0
     * @category Schemas
     */
    const VerificationState: OpenEnum<Schema.Literals<readonly [
        'requested',
        'ready',
        'sas_ready',
        'qr_scanned',
        'done',
        'cancelled',
        'error'
    ]>> = /*#__PURE__*/ openEnum(/*#__PURE__*/ Schema.Literals([
        'requested',
        'ready',
        'sas_ready',
        'qr_scanned',
        'done',
        'cancelled',
        'error'
    ]));

    /**
     * Trusted device verification progress.
     * @since 1.0.0
     * @category Schemas
     */
    const Verification: Schema.Struct<{
        /**
         * Verification ID to pass in verification action paths.
         */
        readonly id: typeof Schema.String;
        /**
         * Verification actions that are valid for the current state.
         */
        readonly availableActions: Schema.$Array<typeof VerificationAction>;
        readonly direction: typeof VerificationDirection;
        /**
         * Verification methods supported for this transaction.
         */
        readonly methods: Schema.$Array<typeof VerificationMethod>;
        readonly purpose: typeof VerificationPurpose;
        readonly state: typeof VerificationState;
        readonly error: Schema.optionalKey<typeof VerificationError>;
        readonly otherDevice: Schema.optionalKey<typeof VerificationOtherDevice>;
        /**
         * Other Beeper user participating in verification.
         */
        readonly otherUserID: Schema.optionalKey<typeof Schema.String>;
        readonly qr: Schema.optionalKey<typeof VerificationQR>;
        readonly sas: Schema.optionalKey<typeof VerificationSAS>;
    }> = /*#__PURE__*/ Schema.Struct({
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
        otherUserID: optionalKeyString,
        qr: /*#__PURE__*/ Schema.optionalKey(VerificationQR),
        sas: /*#__PURE__*/ Schema.optionalKey(VerificationSAS)
    });

    /**
     * Current Beeper Desktop or Beeper Server sign-in and encrypted messaging setup state (returned by
     * GET /v1/app/setup and embedded as `session` in the setup, recovery-key and verification responses).
     * @since 1.0.0
     * @category Schemas
     */
    const AppStateSnapshot: Schema.Struct<{
        readonly e2ee: typeof AppE2EEStatus;
        readonly state: typeof AppSetupState;
        readonly matrix: Schema.optionalKey<typeof AppMatrixAccount>;
        readonly verification: Schema.optionalKey<typeof Verification>;
    }> = /*#__PURE__*/ Schema.Struct({
        e2ee: AppE2EEStatus,
        state: AppSetupState,
        matrix: /*#__PURE__*/ Schema.optionalKey(AppMatrixAccount),
        verification: /*#__PURE__*/ Schema.optionalKey(Verification)
    });

    /**
     * The setup state after confirming the new recovery key.
     * @since 1.0.0
     * @category Schemas
     */
    const AppRecoveryKeyResetConfirmResponse: Schema.Struct<{
        /**
         * Current app sign-in and encrypted messaging setup state.
         */
        readonly session: typeof AppStateSnapshot;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Current app sign-in and encrypted messaging setup state.
         */
        session: AppStateSnapshot
    });

    /**
     * The new recovery key, to show once and have the user save, and the setup state after creating it.
     * @since 1.0.0
     * @category Schemas
     */
    const AppRecoveryKeyResetResponse: Schema.Struct<{
        /**
         * New recovery key. Show it once and ask the user to save it.
         */
        readonly recoveryKey: typeof Schema.String;
        /**
         * Current app sign-in and encrypted messaging setup state after creating the new recovery key.
         */
        readonly session: typeof AppStateSnapshot;
    }> = /*#__PURE__*/ Schema.Struct({
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
     * The setup state after unlocking encrypted messages with the recovery key.
     * @since 1.0.0
     * @category Schemas
     */
    const AppRecoveryKeyVerifyResponse: Schema.Struct<{
        /**
         * Current app sign-in and encrypted messaging setup state.
         */
        readonly session: typeof AppStateSnapshot;
    }> = /*#__PURE__*/ Schema.Struct({
        /**
         * Current app sign-in and encrypted messaging setup state.
         */
        session: AppStateSnapshot
    });

    /**
     * Sign-in or account creation completed: account credentials and the setup state after sign-in
     * (the `Success` variant of POST /v1/app/setup/response and the response of POST /v1/app/setup/register).
     * @since 1.0.0
     * @category Schemas
     */
    const AppSetupSuccess: Schema.Struct<{
        readonly matrix: typeof AppMatrixCredentials;
        /**
         * Current app sign-in and encrypted messaging setup state after sign-in.
         */
        readonly session: typeof AppStateSnapshot;
    }> = /*#__PURE__*/ Schema.Struct({
        matrix: AppMatrixCredentials,
        /**
         * Current app sign-in and encrypted messaging setup state after sign-in.
         */
        session: AppStateSnapshot
    });

    /**
     * Result of POST /v1/app/setup/response: either signed in (`AppSetupSuccess`: `matrix` + `session`) or
     * account creation required (`AppSetupRegistrationRequired`: `registrationRequired: true`).
     * @since 1.0.0
     * @category Schemas
     */
    const AppSetupResponseResult: Schema.Union<readonly [
        typeof AppSetupSuccess,
        typeof AppSetupRegistrationRequired
    ]> = /*#__PURE__*/ Schema.Union([AppSetupSuccess, AppSetupRegistrationRequired]);

    /**
     * Shared response of the verification create / retrieve / accept / cancel / QR scan / QR confirm-scanned /
     * SAS start / SAS confirm endpoints.
     * @since 1.0.0
     * @category Schemas
     */
    const VerificationActionResult: Schema.Struct<{
        /**
         * Current app sign-in and encrypted messaging setup state.
         */
        readonly session: typeof AppStateSnapshot;
        /**
         * Trusted device verification progress.
         */
        readonly verification: Schema.optionalKey<typeof Verification>;
    }> = /*#__PURE__*/ Schema.Struct({
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
     * Pending and active device verifications.
     * @since 1.0.0
     * @category Schemas
     */
    const VerificationListResponse: Schema.Struct<{
        readonly items: Schema.$Array<typeof Verification>;
    }> = /*#__PURE__*/ Schema.Struct({
        items: /*#__PURE__*/ Schema.Array(Verification)
    });
    return { APIError, AccountBridge, AccountID, AppE2EESecrets, AppE2EEStatus, AppMatrixAccount, AppMatrixCredentials, AppRecoveryKeyResetConfirmRequest, AppRecoveryKeyResetRequest, AppRecoveryKeyVerifyRequest, AppSetupEmailRequest, AppSetupRegisterRequest, AppSetupRegistrationCopy, AppSetupRegistrationRequired, AppSetupResponseRequest, AppSetupStartResponse, AppSetupState, AssetDownloadRequest, AssetDownloadResponse, AssetUploadBase64Request, AssetUploadBase64Response, AssetUploadRequest, AssetUploadResponse, BridgeLoginRemoveScope, BridgeLoginRemoveRequest, BridgeLoginRemoveResponse, ChatArchiveRequest, ChatCreateRequest, ChatDisappearingTimerCapabilities, ChatID, ChatMarkReadRequest, ChatMarkUnreadRequest, ChatMerge, ChatReminder, ChatReminderInput, ChatReminderCreateRequest, ChatSnooze, ChatStartUser, ChatStartRequest, CodeLoginDisplay, CookieField, CookiesLoginStep, Cursor, Direction, DisappearingTimerCapability, DraftAttachment, ChatDraft, EmojiLoginDisplay, FocusRequest, FocusResponse, GroupFieldCapability, GroupTypeCapabilities, InfoRetrieveResponse, Label, LinkPreview, LoginFlow, LoginFlowListResponse, LoginInputField, LoginSessionCancelResponse, LoginSessionCreateRequest, LoginSessionStatus, LoginStepSubmitRequest, MessageAttachmentType, MessageSeenByParticipant, MessageSeen, MessageSendAttachment, DraftAttachmentInput, MessageSendResponse, MessageSendStatus, MessageTextInput, ChatDraftInput, ChatUpdateRequest, MessageSendRequest, MessageUpdateRequest, NothingLoginDisplay, QRLoginDisplay, LoginDisplay, DisplayAndWaitLoginStep, Reaction, ReactionAddRequest, ReactionAddResponse, ReactionDeleteResponse, ResolveIdentifierCapabilities, ProvisioningCapabilities, SupportLevel, AttachmentCapability, ChatMessageRequestCapabilities, ChatParticipantActionCapabilities, ChatStateCapabilities, ChatCapabilities, ChatStateCapability, Transcription, Attachment, Message, MessageListPage, MessageUpdateResponse, User, Account, Bridge, BridgeListResponse, BridgeLogin, BridgeLoginListResponse, CompleteLoginStep, ContactListPage, ContactSearchResponse, GetAccountsOutput, Participant, ChatParticipants, Chat, ChatCreateResponse, ChatSearchPage, ChatStartResponse, ChatWithPreview, ChatListPage, MessageSearchPage, SearchResponse, UserInputLoginStep, LoginStep, LoginSession, ValidationIssue, ValidationDetails, Error, VerificationAction, VerificationCancelRequest, VerificationCreateRequest, VerificationDirection, VerificationError, VerificationMethod, VerificationOtherDevice, VerificationPurpose, VerificationQR, VerificationQRScanRequest, VerificationSAS, VerificationState, Verification, AppStateSnapshot, AppRecoveryKeyResetConfirmResponse, AppRecoveryKeyResetResponse, AppRecoveryKeyVerifyResponse, AppSetupSuccess, AppSetupResponseResult, VerificationActionResult, VerificationListResponse };
});
