// generated — do not edit.
// Source: spec/openapi.yaml · generator: @hey-api/openapi-ts 0.99.0 + @beeper-kit/effect-schema plugin · regenerate with `pnpm generate`.

import type { BinarySuccess, Endpoint, JsonSuccess, TypedEndpoint, VoidSuccess } from '../Endpoint.ts';
import { dateTimeFormat } from '../internal/formats.ts';
import { isAccountsContactsListInput, isAccountsContactsSearchInput, isAccountsListInput, isAccountsRetrieveInput, isAppSetupEmailInput, isAppSetupRecoveryKeyResetConfirmInput, isAppSetupRecoveryKeyResetCreateInput, isAppSetupRecoveryKeyVerifyInput, isAppSetupRegisterInput, isAppSetupResponseInput, isAppSetupRetrieveInput, isAppSetupStartInput, isAppSetupVerificationsAcceptInput, isAppSetupVerificationsCancelInput, isAppSetupVerificationsCreateInput, isAppSetupVerificationsListInput, isAppSetupVerificationsQrConfirmScannedInput, isAppSetupVerificationsQrScanInput, isAppSetupVerificationsRetrieveInput, isAppSetupVerificationsSasConfirmInput, isAppSetupVerificationsSasStartInput, isAssetsDownloadInput, isAssetsServeInput, isAssetsUploadBase64Input, isBridgesListInput, isBridgesLoginFlowsListInput, isBridgesLoginSessionsCancelInput, isBridgesLoginSessionsCreateInput, isBridgesLoginSessionsRetrieveInput, isBridgesLoginSessionsStepsSubmitInput, isBridgesLoginsListInput, isBridgesLoginsRemoveInput, isBridgesLoginsRetrieveInput, isBridgesRetrieveCapabilitiesInput, isBridgesRetrieveInput, isChatsArchiveInput, isChatsCreateInput, isChatsListInput, isChatsMarkReadInput, isChatsMarkUnreadInput, isChatsMessagesReactionsAddInput, isChatsMessagesReactionsDeleteByQueryInput, isChatsMessagesReactionsDeleteInput, isChatsNotifyAnywayInput, isChatsRemindersCreateInput, isChatsRemindersDeleteInput, isChatsRetrieveInput, isChatsSearchInput, isChatsStartInput, isChatsUpdateInput, isFocusInput, isInfoRetrieveInput, isLabelsListInput, isMessagesDeleteInput, isMessagesListInput, isMessagesRetrieveInput, isMessagesSearchInput, isMessagesSendInput, isMessagesUpdateInput, isSearchInput } from './inputChecks.ts';
import { isAccount, isAppRecoveryKeyResetConfirmResponse, isAppRecoveryKeyResetResponse, isAppRecoveryKeyVerifyResponse, isAppSetupResponseResult, isAppSetupStartResponse, isAppSetupSuccess, isAppStateSnapshot, isAssetDownloadResponse, isAssetUploadBase64Response, isBridge, isBridgeListResponse, isBridgeLogin, isBridgeLoginListResponse, isBridgeLoginRemoveResponse, isChat, isChatCreateResponse, isChatListPage, isChatSearchPage, isContactListPage, isContactSearchResponse, isFocusResponse, isGetAccountsOutput, isInfoRetrieveResponse, isLabelsListResponse, isLoginFlowListResponse, isLoginSession, isLoginSessionCancelResponse, isMessage, isMessageListPage, isMessageSearchPage, isMessageSendResponse, isMessageUpdateResponse, isProvisioningCapabilities, isReactionAddResponse, isReactionDeleteResponse, isSearchResponse, isVerificationActionResult, isVerificationListResponse } from './validators.ts';
import * as Schema from 'effect/Schema';
import { lazyProperties, lazyValues } from '../internal/lazyValues.ts';
import { Schemas } from './lazySchemas.runtime.ts';
import type * as Eager from './endpoints.ts';
import type { Endpoints } from './endpoints.ts';

/**
 * The input Schemas of `endpoints.ts` and its shared constants, built on the first read of any of them.
 */
export const inputs = /*#__PURE__*/ lazyValues(['isMinLength1', 'arrayString', 'nullOrBoolean', 'optionalString', 'optionalBoolean', 'stringCheckDateTimeFormat', 'literalsAfterBefore', 'literalsGroupSingle', 'stringCheckIsMinLength0', 'stringCheckIsMinLength1', 'literalsTitlesParticipants', 'recordStringUnknown', 'optionalArrayString', 'literalsSingleGroupAny', 'optionalNullOrString', 'optionalNullOrBoolean', 'optionalStringCheckDateTimeFormat', 'optionalLiteralsAfterBefore', 'literalsPrimaryLowPriorityArchive', 'optionalStringCheckIsMinLength1', 'intCheckIsGreaterThan0IsLessThanOrEqualTo20', 'arrayLiteralsAnyVideoImageLinkFile', 'intCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo200', 'nullOrIntCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo500', 'optionalIntCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo200', 'AccountsContactsListInput', 'AccountsContactsSearchInput', 'AccountsListInput', 'AccountsRetrieveInput', 'AppSetupEmailInput', 'AppSetupRecoveryKeyResetConfirmInput', 'AppSetupRecoveryKeyResetCreateInput', 'AppSetupRecoveryKeyVerifyInput', 'AppSetupRegisterInput', 'AppSetupResponseInput', 'AppSetupRetrieveInput', 'AppSetupStartInput', 'AppSetupVerificationsAcceptInput', 'AppSetupVerificationsCancelInput', 'AppSetupVerificationsCreateInput', 'AppSetupVerificationsListInput', 'AppSetupVerificationsQrConfirmScannedInput', 'AppSetupVerificationsQrScanInput', 'AppSetupVerificationsRetrieveInput', 'AppSetupVerificationsSasConfirmInput', 'AppSetupVerificationsSasStartInput', 'AssetsDownloadInput', 'AssetsServeInput', 'AssetsUploadInput', 'AssetsUploadBase64Input', 'BridgesListInput', 'BridgesLoginFlowsListInput', 'BridgesLoginsListInput', 'BridgesLoginsRemoveInput', 'BridgesLoginsRetrieveInput', 'BridgesLoginSessionsCancelInput', 'BridgesLoginSessionsCreateInput', 'BridgesLoginSessionsRetrieveInput', 'BridgesLoginSessionsStepsSubmitInput', 'BridgesRetrieveInput', 'BridgesRetrieveCapabilitiesInput', 'ChatsArchiveInput', 'ChatsCreateInput', 'ChatsListInput', 'ChatsMarkReadInput', 'ChatsMarkUnreadInput', 'ChatsMessagesReactionsAddInput', 'ChatsMessagesReactionsDeleteInput', 'ChatsMessagesReactionsDeleteByQueryInput', 'ChatsNotifyAnywayInput', 'ChatsRemindersCreateInput', 'ChatsRemindersDeleteInput', 'ChatsRetrieveInput', 'ChatsSearchInput', 'ChatsStartInput', 'ChatsUpdateInput', 'FocusInput', 'InfoRetrieveInput', 'LabelsListInput', 'LabelsListSuccess', 'MessagesDeleteInput', 'MessagesListInput', 'MessagesRetrieveInput', 'MessagesSearchInput', 'MessagesSendInput', 'MessagesUpdateInput', 'SearchInput'], () => {
    const { Account, AppRecoveryKeyResetConfirmRequest, AppRecoveryKeyResetConfirmResponse, AppRecoveryKeyResetRequest, AppRecoveryKeyResetResponse, AppRecoveryKeyVerifyRequest, AppRecoveryKeyVerifyResponse, AppSetupEmailRequest, AppSetupRegisterRequest, AppSetupResponseRequest, AppSetupResponseResult, AppSetupStartResponse, AppSetupSuccess, AppStateSnapshot, AssetDownloadRequest, AssetDownloadResponse, AssetUploadBase64Request, AssetUploadBase64Response, AssetUploadRequest, Bridge, BridgeListResponse, BridgeLogin, BridgeLoginListResponse, BridgeLoginRemoveRequest, BridgeLoginRemoveResponse, BridgeLoginRemoveScope, Chat, ChatArchiveRequest, ChatCreateRequest, ChatCreateResponse, ChatDraftInput, ChatListPage, ChatMarkReadRequest, ChatMarkUnreadRequest, ChatReminderCreateRequest, ChatReminderInput, ChatSearchPage, ChatStartRequest, ChatStartUser, ChatUpdateRequest, ContactListPage, ContactSearchResponse, Error, FocusRequest, FocusResponse, GetAccountsOutput, InfoRetrieveResponse, Label, LoginFlowListResponse, LoginSession, LoginSessionCancelResponse, LoginSessionCreateRequest, LoginStepSubmitRequest, Message, MessageListPage, MessageSearchPage, MessageSendAttachment, MessageSendRequest, MessageSendResponse, MessageTextInput, MessageUpdateRequest, MessageUpdateResponse, ProvisioningCapabilities, ReactionAddRequest, ReactionAddResponse, ReactionDeleteResponse, SearchResponse, VerificationActionResult, VerificationCancelRequest, VerificationCreateRequest, VerificationListResponse, VerificationQRScanRequest } = Schemas;

    const isMinLength1 = /*#__PURE__*/ Schema.isMinLength(1);

    const arrayString = /*#__PURE__*/ Schema.Array(Schema.String);

    const nullOrBoolean = /*#__PURE__*/ Schema.NullOr(Schema.Boolean);

    const optionalString = /*#__PURE__*/ Schema.optional(Schema.String);

    const optionalBoolean = /*#__PURE__*/ Schema.optional(Schema.Boolean);

    const stringCheckDateTimeFormat = /*#__PURE__*/ Schema.String.check(dateTimeFormat);

    const literalsAfterBefore = /*#__PURE__*/ Schema.Literals(['after', 'before']);

    const literalsGroupSingle = /*#__PURE__*/ Schema.Literals(['group', 'single']);

    const stringCheckIsMinLength0 = /*#__PURE__*/ Schema.String.check(/*#__PURE__*/ Schema.isMinLength(0));

    const stringCheckIsMinLength1 = /*#__PURE__*/ Schema.String.check(isMinLength1);

    const literalsTitlesParticipants = /*#__PURE__*/ Schema.Literals(['titles', 'participants']);

    const recordStringUnknown = /*#__PURE__*/ Schema.Record(Schema.String, Schema.Unknown);

    const optionalArrayString = /*#__PURE__*/ Schema.optional(arrayString);

    const literalsSingleGroupAny = /*#__PURE__*/ Schema.Literals([
            'single',
            'group',
            'any'
        ]);

    const optionalNullOrString = /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.NullOr(Schema.String));

    const optionalNullOrBoolean = /*#__PURE__*/ Schema.optional(nullOrBoolean);

    const optionalStringCheckDateTimeFormat = /*#__PURE__*/ Schema.optional(stringCheckDateTimeFormat);

    const optionalLiteralsAfterBefore = /*#__PURE__*/ Schema.optional(literalsAfterBefore);

    const literalsPrimaryLowPriorityArchive = /*#__PURE__*/ Schema.Literals([
            'primary',
            'low-priority',
            'archive'
        ]);

    const optionalStringCheckIsMinLength1 = /*#__PURE__*/ Schema.optional(stringCheckIsMinLength1);

    const intCheckIsGreaterThan0IsLessThanOrEqualTo20 = /*#__PURE__*/ Schema.Int.check(/*#__PURE__*/ Schema.isGreaterThan(0), /*#__PURE__*/ Schema.isLessThanOrEqualTo(20));

    const arrayLiteralsAnyVideoImageLinkFile = /*#__PURE__*/ Schema.Array(/*#__PURE__*/ Schema.Literals([
            'any',
            'video',
            'image',
            'link',
            'file'
        ]));

    const intCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo200 = /*#__PURE__*/ Schema.Int.check(/*#__PURE__*/ Schema.isGreaterThanOrEqualTo(1), /*#__PURE__*/ Schema.isLessThanOrEqualTo(200));

    const nullOrIntCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo500 = /*#__PURE__*/ Schema.NullOr(/*#__PURE__*/ Schema.Int.check(/*#__PURE__*/ Schema.isGreaterThanOrEqualTo(-1), /*#__PURE__*/ Schema.isLessThanOrEqualTo(500)));

    const optionalIntCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo200 = /*#__PURE__*/ Schema.optional(intCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo200);

    /**
     * Input of `accounts.contacts.list` (GET /v1/accounts/{accountID}/contacts/list).
     * @since 1.0.0
     * @category Inputs
     */
    const AccountsContactsListInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Account ID this resource belongs to.
         */
        accountID: Schema.String,
        /**
         * Opaque pagination cursor; do not inspect. Use together with 'direction'.
         */
        cursor: optionalString,
        /**
         * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results.
         * Defaults to 'before' when only 'cursor' is provided.
         */
        direction: optionalLiteralsAfterBefore,
        /**
         * Maximum contacts to return per page.
         * @default 50
         */
        limit: optionalIntCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo200,
        /**
         * Optional search query for blended contact lookup.
         */
        query: optionalStringCheckIsMinLength1
    });

    /**
     * Input of `accounts.contacts.search` (GET /v1/accounts/{accountID}/contacts).
     * @since 1.0.0
     * @category Inputs
     */
    const AccountsContactsSearchInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Account ID this resource belongs to.
         */
        accountID: Schema.String,
        /**
         * Text to search users by. Network-specific behavior.
         */
        query: stringCheckIsMinLength1
    });

    /**
     * Input of `accounts.list` (GET /v1/accounts).
     * @since 1.0.0
     * @category Inputs
     */
    const AccountsListInput = /*#__PURE__*/ Schema.Struct({});

    /**
     * Input of `accounts.retrieve` (GET /v1/accounts/{accountID}).
     * @since 1.0.0
     * @category Inputs
     */
    const AccountsRetrieveInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Account ID this resource belongs to (e.g. `matrix`, `discordgo`, `slackgo.TEAM-USER`,
         * `local-whatsapp_ba_...`).
         */
        accountID: Schema.String
    });

    /**
     * Input of `app.setup.email` (POST /v1/app/setup/email).
     * @since 1.0.0
     * @category Inputs
     */
    const AppSetupEmailInput = /*#__PURE__*/ Schema.Struct({
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
     * Input of `app.setup.recoveryKey.reset.confirm` (POST /v1/app/setup/verification/recovery-key/reset/confirm).
     * @since 1.0.0
     * @category Inputs
     */
    const AppSetupRecoveryKeyResetConfirmInput = /*#__PURE__*/ Schema.Struct({
        /**
         * New recovery key returned by the reset step.
         */
        recoveryKey: Schema.String
    });

    /**
     * Input of `app.setup.recoveryKey.reset.create` (POST /v1/app/setup/verification/recovery-key/reset).
     * @since 1.0.0
     * @category Inputs
     */
    const AppSetupRecoveryKeyResetCreateInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Existing recovery key, if the user has it.
         */
        existingRecoveryKey: optionalString
    });

    /**
     * Input of `app.setup.recoveryKey.verify` (POST /v1/app/setup/verification/recovery-key).
     * @since 1.0.0
     * @category Inputs
     */
    const AppSetupRecoveryKeyVerifyInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Recovery key saved by the user.
         */
        recoveryKey: Schema.String
    });

    /**
     * Input of `app.setup.register` (POST /v1/app/setup/register).
     * @since 1.0.0
     * @category Inputs
     */
    const AppSetupRegisterInput = /*#__PURE__*/ Schema.Struct({
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
        username: stringCheckIsMinLength1
    });

    /**
     * Input of `app.setup.response` (POST /v1/app/setup/response).
     * @since 1.0.0
     * @category Inputs
     */
    const AppSetupResponseInput = /*#__PURE__*/ Schema.Struct({
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
     * Input of `app.setup.retrieve` (GET /v1/app/setup).
     * @since 1.0.0
     * @category Inputs
     */
    const AppSetupRetrieveInput = /*#__PURE__*/ Schema.Struct({});

    /**
     * Input of `app.setup.start` (POST /v1/app/setup/start).
     * @since 1.0.0
     * @category Inputs
     */
    const AppSetupStartInput = /*#__PURE__*/ Schema.Struct({});

    /**
     * Input of `app.setup.verifications.accept` (POST /v1/app/setup/verifications/{verificationID}/accept).
     * @since 1.0.0
     * @category Inputs
     */
    const AppSetupVerificationsAcceptInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Verification ID (the `id` of a Verification). Send it URL-encoded.
         */
        verificationID: Schema.String
    });

    /**
     * Input of `app.setup.verifications.cancel` (POST /v1/app/setup/verifications/{verificationID}/cancel).
     * @since 1.0.0
     * @category Inputs
     */
    const AppSetupVerificationsCancelInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Verification ID (the `id` of a Verification). Send it URL-encoded.
         */
        verificationID: Schema.String,
        /**
         * Optional cancellation code.
         */
        code: optionalString,
        /**
         * Optional user-facing cancellation reason.
         */
        reason: optionalString
    });

    /**
     * Input of `app.setup.verifications.create` (POST /v1/app/setup/verifications).
     * @since 1.0.0
     * @category Inputs
     */
    const AppSetupVerificationsCreateInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Why this verification is being started.
         */
        purpose: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Literals(['login', 'device'])),
        /**
         * Beeper user ID to verify. Defaults to the signed-in user.
         */
        userID: optionalString
    });

    /**
     * Input of `app.setup.verifications.list` (GET /v1/app/setup/verifications).
     * @since 1.0.0
     * @category Inputs
     */
    const AppSetupVerificationsListInput = /*#__PURE__*/ Schema.Struct({});

    /**
     * Input of `app.setup.verifications.qr.confirmScanned` (POST /v1/app/setup/verifications/{verificationID}/qr/confirm-scanned).
     * @since 1.0.0
     * @category Inputs
     */
    const AppSetupVerificationsQrConfirmScannedInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Verification ID (the `id` of a Verification). Send it URL-encoded.
         */
        verificationID: Schema.String
    });

    /**
     * Input of `app.setup.verifications.qr.scan` (POST /v1/app/setup/verifications/qr/scan).
     * @since 1.0.0
     * @category Inputs
     */
    const AppSetupVerificationsQrScanInput = /*#__PURE__*/ Schema.Struct({
        /**
         * QR code payload scanned from the other device.
         */
        data: Schema.String
    });

    /**
     * Input of `app.setup.verifications.retrieve` (GET /v1/app/setup/verifications/{verificationID}).
     * @since 1.0.0
     * @category Inputs
     */
    const AppSetupVerificationsRetrieveInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Verification ID (the `id` of a Verification). Send it URL-encoded.
         */
        verificationID: Schema.String
    });

    /**
     * Input of `app.setup.verifications.sas.confirm` (POST /v1/app/setup/verifications/{verificationID}/sas/confirm).
     * @since 1.0.0
     * @category Inputs
     */
    const AppSetupVerificationsSasConfirmInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Verification ID (the `id` of a Verification). Send it URL-encoded.
         */
        verificationID: Schema.String
    });

    /**
     * Input of `app.setup.verifications.sas.start` (POST /v1/app/setup/verifications/{verificationID}/sas/start).
     * @since 1.0.0
     * @category Inputs
     */
    const AppSetupVerificationsSasStartInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Verification ID (the `id` of a Verification). Send it URL-encoded.
         */
        verificationID: Schema.String
    });

    /**
     * Input of `assets.download` (POST /v1/assets/download).
     * @since 1.0.0
     * @category Inputs
     */
    const AssetsDownloadInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Matrix content URL (mxc:// or localmxc://) for the file to download.
         */
        url: stringCheckIsMinLength1
    });

    /**
     * Input of `assets.serve` (GET /v1/assets/serve).
     * @since 1.0.0
     * @category Inputs
     */
    const AssetsServeInput = /*#__PURE__*/ Schema.Struct({
        /**
         * File URL to serve. Accepts mxc://, localmxc://, or file:// URLs.
         */
        url: stringCheckIsMinLength1,
        /**
         * Optional byte range (e.g. `bytes=0-1023`) for seeking in large files; the endpoint supports Range requests.
         */
        range: optionalString
    });

    /**
     * Input of `assets.upload` (POST /v1/assets/upload).
     * @since 1.0.0
     * @category Inputs
     */
    const AssetsUploadInput = /*#__PURE__*/ Schema.Struct({
        /**
         * The file to upload (max 500 MB).
         */
        file: /*#__PURE__*/ Schema.Union([/*#__PURE__*/ Schema.instanceOf(Blob, { expected: 'a Blob (a File, Bun.file(path), await fs.openAsBlob(path) on Node, await response.blob()) or a Uint8Array' }), Schema.Uint8Array]),
        /**
         * Original filename. Defaults to the uploaded file name if omitted
         */
        fileName: optionalString,
        /**
         * MIME type. Auto-detected from magic bytes if omitted
         */
        mimeType: optionalString
    });

    /**
     * Input of `assets.uploadBase64` (POST /v1/assets/upload/base64).
     * @since 1.0.0
     * @category Inputs
     */
    const AssetsUploadBase64Input = /*#__PURE__*/ Schema.Struct({
        /**
         * Base64-encoded file content (max ~500MB decoded)
         */
        content: /*#__PURE__*/ Schema.String.check(isMinLength1, /*#__PURE__*/ Schema.isMaxLength(750000000)),
        /**
         * Original filename. Generated if omitted
         */
        fileName: optionalString,
        /**
         * MIME type. Auto-detected from magic bytes if omitted
         */
        mimeType: optionalString
    });

    /**
     * Input of `bridges.list` (GET /v1/bridges).
     * @since 1.0.0
     * @category Inputs
     */
    const BridgesListInput = /*#__PURE__*/ Schema.Struct({});

    /**
     * Input of `bridges.loginFlows.list` (GET /v1/bridges/{bridgeID}/login-flows).
     * @since 1.0.0
     * @category Inputs
     */
    const BridgesLoginFlowsListInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: stringCheckIsMinLength1
    });

    /**
     * Input of `bridges.logins.list` (GET /v1/bridges/{bridgeID}/logins).
     * @since 1.0.0
     * @category Inputs
     */
    const BridgesLoginsListInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: Schema.String
    });

    /**
     * Input of `bridges.logins.remove` (POST /v1/bridges/{bridgeID}/logins/{loginID}/remove).
     * @since 1.0.0
     * @category Inputs
     */
    const BridgesLoginsRemoveInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: stringCheckIsMinLength1,
        /**
         * Bridge login ID (e.g. `ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc`).
         */
        loginID: stringCheckIsMinLength1,
        /**
         * Where this bridge login should be removed.
         */
        scope: BridgeLoginRemoveScope
    });

    /**
     * Input of `bridges.logins.retrieve` (GET /v1/bridges/{bridgeID}/logins/{loginID}).
     * @since 1.0.0
     * @category Inputs
     */
    const BridgesLoginsRetrieveInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: Schema.String,
        /**
         * Bridge login ID (e.g. `ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc`).
         */
        loginID: Schema.String
    });

    /**
     * Input of `bridges.loginSessions.cancel` (DELETE /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}).
     * @since 1.0.0
     * @category Inputs
     */
    const BridgesLoginSessionsCancelInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: stringCheckIsMinLength1,
        /**
         * Temporary bridge login session ID.
         */
        loginSessionID: stringCheckIsMinLength1
    });

    /**
     * Input of `bridges.loginSessions.create` (POST /v1/bridges/{bridgeID}/login-sessions).
     * @since 1.0.0
     * @category Inputs
     */
    const BridgesLoginSessionsCreateInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: stringCheckIsMinLength1,
        /**
         * Existing chat account ID to reconnect. Omit to connect a new account.
         */
        accountID: optionalStringCheckIsMinLength1,
        /**
         * Optional flow ID returned by the list login flows endpoint. If omitted, Beeper chooses the default flow.
         */
        flowID: optionalStringCheckIsMinLength1,
        /**
         * Existing bridge login ID to reconnect. Omit to connect a new account.
         */
        loginID: optionalStringCheckIsMinLength1
    });

    /**
     * Input of `bridges.loginSessions.retrieve` (GET /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}).
     * @since 1.0.0
     * @category Inputs
     */
    const BridgesLoginSessionsRetrieveInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: stringCheckIsMinLength1,
        /**
         * Temporary bridge login session ID.
         */
        loginSessionID: stringCheckIsMinLength1
    });

    /**
     * Input of `bridges.loginSessions.steps.submit` (POST /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}).
     * @since 1.0.0
     * @category Inputs
     */
    const BridgesLoginSessionsStepsSubmitInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: Schema.String,
        /**
         * Temporary bridge login session ID.
         */
        loginSessionID: Schema.String,
        /**
         * The `stepID` of the current step (from `currentStep.stepID` of the login session).
         */
        stepID: Schema.String,
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
        fields: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record(Schema.String, Schema.String)),
        /**
         * Last browser URL reached during a cookies step, if available.
         */
        lastURL: optionalString,
        /**
         * How the step was completed. Omit unless the client needs to distinguish an embedded webview or browser
         * extension.
         */
        source: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Literals([
            'api',
            'webview',
            'browser_extension'
        ]))
    });

    /**
     * Input of `bridges.retrieve` (GET /v1/bridges/{bridgeID}).
     * @since 1.0.0
     * @category Inputs
     */
    const BridgesRetrieveInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: stringCheckIsMinLength1
    });

    /**
     * Input of `bridges.retrieveCapabilities` (GET /v1/bridges/{bridgeID}/capabilities).
     * @since 1.0.0
     * @category Inputs
     */
    const BridgesRetrieveCapabilitiesInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: stringCheckIsMinLength1
    });

    /**
     * Input of `chats.archive` (POST /v1/chats/{chatID}/archive).
     * @since 1.0.0
     * @category Inputs
     */
    const ChatsArchiveInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Chat ID or local chat ID.
         */
        chatID: Schema.String,
        /**
         * True to archive, false to unarchive
         * @default true
         */
        archived: optionalBoolean
    });

    /**
     * Input of `chats.create` (POST /v1/chats).
     * @since 1.0.0
     * @category Inputs
     */
    const ChatsCreateInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Account to create or start the chat on.
         */
        accountID: Schema.String,
        /**
         * Optional first message content if the platform requires it to create the chat.
         */
        messageText: optionalString,
        /**
         * 'single' requires exactly one participantID; 'group' supports multiple participants and optional title.
         */
        type: /*#__PURE__*/ Schema.Literals(['single', 'group']),
        /**
         * User IDs to include in the new chat.
         */
        participantIDs: /*#__PURE__*/ arrayString.check(isMinLength1),
        /**
         * Optional title for group chats; ignored for single chats on most networks.
         */
        title: optionalString
    });

    /**
     * Input of `chats.list` (GET /v1/chats).
     * @since 1.0.0
     * @category Inputs
     */
    const ChatsListInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Opaque pagination cursor; do not inspect. Use together with 'direction'.
         */
        cursor: optionalString,
        /**
         * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results.
         * Defaults to 'before' when only 'cursor' is provided.
         */
        direction: optionalLiteralsAfterBefore,
        /**
         * Limit to specific account IDs. If omitted, fetches from all accounts.
         */
        accountIDs: optionalArrayString,
        /**
         * Set the maximum number of chats to retrieve. Valid range 1-200, default is 25.
         * @default 25
         */
        limit: optionalIntCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo200
    });

    /**
     * Input of `chats.markRead` (POST /v1/chats/{chatID}/read).
     * @since 1.0.0
     * @category Inputs
     */
    const ChatsMarkReadInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Chat ID or local chat ID.
         */
        chatID: Schema.String,
        /**
         * Optional message ID to mark read through.
         */
        messageID: optionalString
    });

    /**
     * Input of `chats.markUnread` (POST /v1/chats/{chatID}/unread).
     * @since 1.0.0
     * @category Inputs
     */
    const ChatsMarkUnreadInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Chat ID or local chat ID.
         */
        chatID: Schema.String,
        /**
         * Optional message ID to mark unread from.
         */
        messageID: optionalString
    });

    /**
     * Input of `chats.messages.reactions.add` (POST /v1/chats/{chatID}/messages/{messageID}/reactions).
     * @since 1.0.0
     * @category Inputs
     */
    const ChatsMessagesReactionsAddInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Chat ID or local chat ID.
         */
        chatID: Schema.String,
        /**
         * Message ID.
         */
        messageID: Schema.String,
        /**
         * Reaction key to add (emoji, shortcode, or custom emoji key)
         */
        reactionKey: stringCheckIsMinLength1,
        /**
         * Optional transaction ID for deduplication and send tracking
         */
        transactionID: optionalString
    });

    /**
     * Input of `chats.messages.reactions.delete` (DELETE /v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}).
     * @since 1.0.0
     * @category Inputs
     */
    const ChatsMessagesReactionsDeleteInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Chat ID or local chat ID.
         */
        chatID: Schema.String,
        /**
         * Message ID.
         */
        messageID: Schema.String,
        /**
         * Reaction key to remove (emoji, shortcode, or custom emoji key)
         */
        reactionKey: stringCheckIsMinLength1
    });

    /**
     * Input of `chats.messages.reactions.deleteByQuery` (DELETE /v1/chats/{chatID}/messages/{messageID}/reactions).
     * @since 1.0.0
     * @category Inputs
     */
    const ChatsMessagesReactionsDeleteByQueryInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         * IDs may contain `!`, `:`, `@` (e.g. `!NCdzlIaMjZUmvmvyHU:beeper.com`); percent-encode them in the path.
         */
        chatID: Schema.String,
        /**
         * Message ID.
         */
        messageID: Schema.String,
        /**
         * Reaction key to remove.
         */
        reactionKey: stringCheckIsMinLength1
    });

    /**
     * Input of `chats.notifyAnyway` (POST /v1/chats/{chatID}/notify-anyway).
     * @since 1.0.0
     * @category Inputs
     */
    const ChatsNotifyAnywayInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Chat ID or local chat ID.
         */
        chatID: Schema.String,
        /**
         * The request body.
         */
        body: /*#__PURE__*/ Schema.optional(recordStringUnknown)
    });

    /**
     * Input of `chats.reminders.create` (POST /v1/chats/{chatID}/reminders).
     * @since 1.0.0
     * @category Inputs
     */
    const ChatsRemindersCreateInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Chat ID or local chat ID.
         */
        chatID: Schema.String,
        reminder: ChatReminderInput
    });

    /**
     * Input of `chats.reminders.delete` (DELETE /v1/chats/{chatID}/reminders).
     * @since 1.0.0
     * @category Inputs
     */
    const ChatsRemindersDeleteInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Chat ID or local chat ID.
         */
        chatID: Schema.String
    });

    /**
     * Input of `chats.retrieve` (GET /v1/chats/{chatID}).
     * @since 1.0.0
     * @category Inputs
     */
    const ChatsRetrieveInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Chat ID or local chat ID.
         */
        chatID: Schema.String,
        /**
         * Maximum number of participants to return. Use -1 for all; otherwise 0-500. Defaults to 100. List and search
         * endpoints return up to 20 participants per chat.
         * @default 100
         */
        maxParticipantCount: /*#__PURE__*/ Schema.optional(nullOrIntCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo500)
    });

    /**
     * Input of `chats.search` (GET /v1/chats/search).
     * @since 1.0.0
     * @category Inputs
     */
    const ChatsSearchInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Opaque pagination cursor; do not inspect. Use together with 'direction'.
         */
        cursor: optionalString,
        /**
         * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results.
         * Defaults to 'before' when only 'cursor' is provided.
         */
        direction: optionalLiteralsAfterBefore,
        /**
         * Filter by inbox type: "primary" (non-archived, non-low-priority), "low-priority", or "archive". If not
         * specified, shows all chats.
         */
        inbox: /*#__PURE__*/ Schema.optional(literalsPrimaryLowPriorityArchive),
        /**
         * Set to true to only retrieve chats that have unread messages
         */
        unreadOnly: optionalNullOrBoolean,
        /**
         * Set the maximum number of chats to retrieve. Valid range: 1-200, default is 50
         * @default 50
         */
        limit: optionalIntCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo200,
        /**
         * Specify the type of chats to retrieve: use "single" for direct messages, "group" for group chats, or "any" to
         * get all types
         * @default "any"
         */
        type: /*#__PURE__*/ Schema.optional(literalsSingleGroupAny),
        /**
         * Literal token search (non-semantic). Use single words users type (e.g., "dinner"). When multiple words
         * provided, ALL must match. Case-insensitive.
         */
        query: optionalStringCheckIsMinLength1,
        /**
         * Search scope: 'titles' matches title + network; 'participants' matches participant names.
         * @default "titles"
         */
        scope: /*#__PURE__*/ Schema.optional(literalsTitlesParticipants),
        /**
         * Provide an ISO datetime string to only retrieve chats with last activity before this time
         */
        lastActivityBefore: optionalStringCheckDateTimeFormat,
        /**
         * Provide an ISO datetime string to only retrieve chats with last activity after this time
         */
        lastActivityAfter: optionalStringCheckDateTimeFormat,
        /**
         * Provide an array of account IDs to filter chats from specific messaging accounts only
         */
        accountIDs: optionalArrayString,
        /**
         * Include chats marked as Muted by the user, which are usually less important. Default: true. Set to false if
         * the user wants a more refined search.
         * @default true
         */
        includeMuted: optionalNullOrBoolean,
        /**
         * Only include chats that carry this label. Label IDs come from GET /v1/labels.
         */
        labelID: optionalString
    });

    /**
     * Input of `chats.start` (POST /v1/chats/start).
     * @since 1.0.0
     * @category Inputs
     */
    const ChatsStartInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Account to create or start the chat on.
         */
        accountID: Schema.String,
        /**
         * Optional first message content if the platform requires it to create the chat.
         */
        messageText: optionalString,
        user: ChatStartUser,
        /**
         * Whether invite-based DM creation is allowed when required by the platform.
         * @default true
         */
        allowInvite: optionalBoolean
    });

    /**
     * Input of `chats.update` (PATCH /v1/chats/{chatID}).
     * @since 1.0.0
     * @category Inputs
     */
    const ChatsUpdateInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Chat ID or local chat ID.
         */
        chatID: Schema.String,
        draft: /*#__PURE__*/ Schema.optional(ChatDraftInput),
        /**
         * Custom chat title. Support depends on the chat account and chat permissions.
         */
        title: optionalNullOrString,
        /**
         * Group chat description/topic. Support depends on the chat account and chat permissions.
         */
        description: optionalNullOrString,
        /**
         * Local filesystem path to a group chat avatar image. Support depends on the chat account and chat permissions.
         */
        imgURL: optionalNullOrString,
        /**
         * Archive or unarchive the chat.
         */
        isArchived: optionalBoolean,
        /**
         * Mark or unmark the chat as low priority when supported by the account.
         */
        isLowPriority: optionalBoolean,
        /**
         * Pin or unpin the chat when supported by the account.
         */
        isPinned: optionalBoolean,
        /**
         * Mute or unmute the chat.
         */
        isMuted: optionalBoolean,
        /**
         * Disappearing-message timer in seconds, or null to clear when supported.
         */
        messageExpirySeconds: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.NullOr(/*#__PURE__*/ Schema.Int.check(/*#__PURE__*/ Schema.isGreaterThanOrEqualTo(0))))
    });

    /**
     * Input of `focus` (POST /v1/focus).
     * @since 1.0.0
     * @category Inputs
     */
    const FocusInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Optional Beeper chat ID (or local chat ID) to focus after opening the app. If omitted, only opens/focuses the
         * app.
         */
        chatID: optionalString,
        /**
         * Optional message ID. Jumps to that message in the chat when opening.
         */
        messageID: optionalString,
        /**
         * Optional plain text to populate in the message input field.
         */
        draftText: optionalString,
        /**
         * Optional image path to populate in the message input field.
         */
        draftAttachmentPath: optionalString
    });

    /**
     * Input of `info.retrieve` (GET /v1/info).
     * @since 1.0.0
     * @category Inputs
     */
    const InfoRetrieveInput = /*#__PURE__*/ Schema.Struct({});

    /**
     * Input of `labels.list` (GET /v1/labels).
     * @since 1.0.0
     * @category Inputs
     */
    const LabelsListInput = /*#__PURE__*/ Schema.Struct({});

    /**
     * Success body of `labels.list`.
     */
    const LabelsListSuccess = /*#__PURE__*/ Schema.Array(Label);

    /**
     * Input of `messages.delete` (DELETE /v1/chats/{chatID}/messages/{messageID}).
     * @since 1.0.0
     * @category Inputs
     */
    const MessagesDeleteInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Chat ID or local chat ID.
         */
        chatID: Schema.String,
        /**
         * Message ID.
         */
        messageID: Schema.String,
        /**
         * True to request deletion for everyone when the network supports it; false to delete only for the authenticated
         * user when supported.
         * @default true
         */
        forEveryone: optionalNullOrBoolean
    });

    /**
     * Input of `messages.list` (GET /v1/chats/{chatID}/messages).
     * @since 1.0.0
     * @category Inputs
     */
    const MessagesListInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Chat ID or local chat ID.
         */
        chatID: Schema.String,
        /**
         * Opaque pagination cursor; do not inspect. Use together with 'direction'.
         */
        cursor: optionalString,
        /**
         * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results.
         * Defaults to 'before' when only 'cursor' is provided.
         */
        direction: optionalLiteralsAfterBefore
    });

    /**
     * Input of `messages.retrieve` (GET /v1/chats/{chatID}/messages/{messageID}).
     * @since 1.0.0
     * @category Inputs
     */
    const MessagesRetrieveInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Chat ID or local chat ID.
         */
        chatID: Schema.String,
        /**
         * Message ID.
         */
        messageID: Schema.String
    });

    /**
     * Input of `messages.search` (GET /v1/messages/search).
     * @since 1.0.0
     * @category Inputs
     */
    const MessagesSearchInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Literal word search (non-semantic). Finds messages containing these EXACT words in any order. Use single words
         * users actually type, not concepts or phrases. Example: use "dinner" not "dinner plans", use "sick" not "health
         * issues". If omitted, returns results filtered only by other parameters.
         */
        query: /*#__PURE__*/ Schema.optional(stringCheckIsMinLength0),
        /**
         * Opaque pagination cursor; do not inspect. Use together with 'direction'.
         */
        cursor: optionalString,
        /**
         * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results.
         * Defaults to 'before' when only 'cursor' is provided.
         */
        direction: optionalLiteralsAfterBefore,
        /**
         * Limit search to specific chat IDs.
         */
        chatIDs: optionalArrayString,
        /**
         * Limit search to specific account IDs.
         */
        accountIDs: optionalArrayString,
        /**
         * Filter by chat type: 'group' for group chats, 'single' for 1:1 chats.
         */
        chatType: /*#__PURE__*/ Schema.optional(literalsGroupSingle),
        /**
         * Filter messages by media types. Use ['any'] for any media type, or specify exact types like ['video',
         * 'image']. Omit for no media filtering.
         */
        mediaTypes: /*#__PURE__*/ Schema.optional(arrayLiteralsAnyVideoImageLinkFile),
        /**
         * Filter by sender: 'me' (messages sent by the authenticated user), 'others' (messages sent by others), or a
         * specific user ID string (user.id).
         */
        sender: optionalString,
        /**
         * Only include messages with timestamp strictly after this ISO 8601 datetime (e.g., '2024-07-01T00:00:00Z' or
         * '2024-07-01T00:00:00+02:00').
         */
        dateAfter: optionalStringCheckDateTimeFormat,
        /**
         * Only include messages with timestamp strictly before this ISO 8601 datetime (e.g., '2024-07-31T23:59:59Z' or
         * '2024-07-31T23:59:59+02:00').
         */
        dateBefore: optionalStringCheckDateTimeFormat,
        /**
         * Maximum number of messages to return.
         * @default 20
         */
        limit: /*#__PURE__*/ Schema.optional(intCheckIsGreaterThan0IsLessThanOrEqualTo20),
        /**
         * Exclude messages marked Low Priority by the user. Default: true. Set to false to include all.
         * @default true
         */
        excludeLowPriority: optionalNullOrBoolean,
        /**
         * Include messages in chats marked as Muted by the user, which are usually less important. Default: true. Set to
         * false if the user wants a more refined search.
         * @default true
         */
        includeMuted: optionalNullOrBoolean
    });

    /**
     * Input of `messages.send` (POST /v1/chats/{chatID}/messages).
     * @since 1.0.0
     * @category Inputs
     */
    const MessagesSendInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Chat ID or local chat ID.
         */
        chatID: Schema.String,
        /**
         * Text input. Markdown is converted to Matrix HTML. To provide Matrix HTML verbatim, pass a JSON-stringified
         * HTML string.
         */
        text: /*#__PURE__*/ Schema.optional(MessageTextInput),
        /**
         * Provide a message ID to send this as a reply to an existing message
         */
        replyToMessageID: optionalString,
        /**
         * Single attachment to send with the message
         */
        attachment: /*#__PURE__*/ Schema.optional(MessageSendAttachment)
    });

    /**
     * Input of `messages.update` (PUT /v1/chats/{chatID}/messages/{messageID}).
     * @since 1.0.0
     * @category Inputs
     */
    const MessagesUpdateInput = /*#__PURE__*/ Schema.Struct({
        /**
         * Chat ID or local chat ID.
         */
        chatID: Schema.String,
        /**
         * Message ID.
         */
        messageID: Schema.String,
        /**
         * New text content for the message
         */
        text: stringCheckIsMinLength1
    });

    /**
     * Input of `search` (GET /v1/search).
     * @since 1.0.0
     * @category Inputs
     */
    const SearchInput = /*#__PURE__*/ Schema.Struct({
        /**
         * User-typed search text. Literal word matching (non-semantic).
         */
        query: stringCheckIsMinLength1
    });
    return { isMinLength1, arrayString, nullOrBoolean, optionalString, optionalBoolean, stringCheckDateTimeFormat, literalsAfterBefore, literalsGroupSingle, stringCheckIsMinLength0, stringCheckIsMinLength1, literalsTitlesParticipants, recordStringUnknown, optionalArrayString, literalsSingleGroupAny, optionalNullOrString, optionalNullOrBoolean, optionalStringCheckDateTimeFormat, optionalLiteralsAfterBefore, literalsPrimaryLowPriorityArchive, optionalStringCheckIsMinLength1, intCheckIsGreaterThan0IsLessThanOrEqualTo20, arrayLiteralsAnyVideoImageLinkFile, intCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo200, nullOrIntCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo500, optionalIntCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo200, AccountsContactsListInput, AccountsContactsSearchInput, AccountsListInput, AccountsRetrieveInput, AppSetupEmailInput, AppSetupRecoveryKeyResetConfirmInput, AppSetupRecoveryKeyResetCreateInput, AppSetupRecoveryKeyVerifyInput, AppSetupRegisterInput, AppSetupResponseInput, AppSetupRetrieveInput, AppSetupStartInput, AppSetupVerificationsAcceptInput, AppSetupVerificationsCancelInput, AppSetupVerificationsCreateInput, AppSetupVerificationsListInput, AppSetupVerificationsQrConfirmScannedInput, AppSetupVerificationsQrScanInput, AppSetupVerificationsRetrieveInput, AppSetupVerificationsSasConfirmInput, AppSetupVerificationsSasStartInput, AssetsDownloadInput, AssetsServeInput, AssetsUploadInput, AssetsUploadBase64Input, BridgesListInput, BridgesLoginFlowsListInput, BridgesLoginsListInput, BridgesLoginsRemoveInput, BridgesLoginsRetrieveInput, BridgesLoginSessionsCancelInput, BridgesLoginSessionsCreateInput, BridgesLoginSessionsRetrieveInput, BridgesLoginSessionsStepsSubmitInput, BridgesRetrieveInput, BridgesRetrieveCapabilitiesInput, ChatsArchiveInput, ChatsCreateInput, ChatsListInput, ChatsMarkReadInput, ChatsMarkUnreadInput, ChatsMessagesReactionsAddInput, ChatsMessagesReactionsDeleteInput, ChatsMessagesReactionsDeleteByQueryInput, ChatsNotifyAnywayInput, ChatsRemindersCreateInput, ChatsRemindersDeleteInput, ChatsRetrieveInput, ChatsSearchInput, ChatsStartInput, ChatsUpdateInput, FocusInput, InfoRetrieveInput, LabelsListInput, LabelsListSuccess, MessagesDeleteInput, MessagesListInput, MessagesRetrieveInput, MessagesSearchInput, MessagesSendInput, MessagesUpdateInput, SearchInput };
});

/**
 * Every operation of the Beeper Desktop API, keyed by operationId (e.g. `chats.messages.reactions.add`).
 * Schema values keep their types: `typeof endpoints["chats.list"]["success"]["schema"]["Type"]`.
 * Referencing it keeps every operation in a bundle: import the operations a program calls by name instead.
 * @since 1.0.0
 * @category Endpoints
 */
export const endpoints: Endpoints = /*#__PURE__*/ lazyProperties({
    'accounts.contacts.list': (): typeof Eager.accountsContactsList => ({
        operationId: 'accounts.contacts.list',
        method: 'GET',
        path: '/v1/accounts/{accountID}/contacts/list',
        tag: 'Contacts',
        summary: 'List contacts',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: {
            style: 'cursor',
            cursorParam: 'cursor',
            directionParam: 'direction',
            limitParam: 'limit',
            defaultDirection: 'before',
            items: 'items',
            hasMore: 'hasMore',
            oldestCursor: 'oldestCursor',
            newestCursor: 'newestCursor'
        },
        pathParams: [
            {
                name: 'accountID',
                key: 'accountID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [
            {
                name: 'cursor',
                key: 'cursor',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                schema: Schema.String
            },
            {
                name: 'direction',
                key: 'direction',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.literalsAfterBefore; }
            },
            {
                name: 'limit',
                key: 'limit',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.intCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo200; }
            },
            {
                name: 'query',
                key: 'query',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength1; }
            }
        ],
        headerParams: [],
        body: null,
        get input() { return inputs.AccountsContactsListInput; },
        inputCheck: isAccountsContactsListInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.ContactListPage; },
            fastCheck: isContactListPage
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'accounts.contacts.search': (): typeof Eager.accountsContactsSearch => ({
        operationId: 'accounts.contacts.search',
        method: 'GET',
        path: '/v1/accounts/{accountID}/contacts',
        tag: 'Contacts',
        summary: 'Search contacts',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'accountID',
                key: 'accountID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [
            {
                name: 'query',
                key: 'query',
                required: true,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength1; }
            }
        ],
        headerParams: [],
        body: null,
        get input() { return inputs.AccountsContactsSearchInput; },
        inputCheck: isAccountsContactsSearchInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.ContactSearchResponse; },
            fastCheck: isContactSearchResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'accounts.list': (): typeof Eager.accountsList => ({
        operationId: 'accounts.list',
        method: 'GET',
        path: '/v1/accounts',
        tag: 'Accounts',
        summary: 'List Chat Accounts',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.AccountsListInput; },
        inputCheck: isAccountsListInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.GetAccountsOutput; },
            fastCheck: isGetAccountsOutput
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'accounts.retrieve': (): typeof Eager.accountsRetrieve => ({
        operationId: 'accounts.retrieve',
        method: 'GET',
        path: '/v1/accounts/{accountID}',
        tag: 'Accounts',
        summary: 'Get chat account',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'accountID',
                key: 'accountID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.AccountsRetrieveInput; },
        inputCheck: isAccountsRetrieveInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.Account; },
            fastCheck: isAccount
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'app.setup.email': (): typeof Eager.appSetupEmail => ({
        operationId: 'app.setup.email',
        method: 'POST',
        path: '/v1/app/setup/email',
        tag: 'App Setup',
        summary: 'Send setup sign-in code',
        deprecated: false,
        security: 'public',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: true,
            get schema() { return Schemas.AppSetupEmailRequest; },
            fields: ['email', 'setupRequestID']
        },
        get input() { return inputs.AppSetupEmailInput; },
        inputCheck: isAppSetupEmailInput,
        success: { status: 204, kind: 'void' },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'app.setup.recoveryKey.reset.confirm': (): typeof Eager.appSetupRecoveryKeyResetConfirm => ({
        operationId: 'app.setup.recoveryKey.reset.confirm',
        method: 'POST',
        path: '/v1/app/setup/verification/recovery-key/reset/confirm',
        tag: 'App Verification',
        summary: 'Confirm new recovery key',
        deprecated: false,
        security: 'bearer',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: true,
            get schema() { return Schemas.AppRecoveryKeyResetConfirmRequest; },
            fields: ['recoveryKey']
        },
        get input() { return inputs.AppSetupRecoveryKeyResetConfirmInput; },
        inputCheck: isAppSetupRecoveryKeyResetConfirmInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.AppRecoveryKeyResetConfirmResponse; },
            fastCheck: isAppRecoveryKeyResetConfirmResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'app.setup.recoveryKey.reset.create': (): typeof Eager.appSetupRecoveryKeyResetCreate => ({
        operationId: 'app.setup.recoveryKey.reset.create',
        method: 'POST',
        path: '/v1/app/setup/verification/recovery-key/reset',
        tag: 'App Verification',
        summary: 'Create new recovery key',
        deprecated: false,
        security: 'bearer',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: false,
            get schema() { return Schemas.AppRecoveryKeyResetRequest; },
            fields: ['existingRecoveryKey']
        },
        get input() { return inputs.AppSetupRecoveryKeyResetCreateInput; },
        inputCheck: isAppSetupRecoveryKeyResetCreateInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.AppRecoveryKeyResetResponse; },
            fastCheck: isAppRecoveryKeyResetResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'app.setup.recoveryKey.verify': (): typeof Eager.appSetupRecoveryKeyVerify => ({
        operationId: 'app.setup.recoveryKey.verify',
        method: 'POST',
        path: '/v1/app/setup/verification/recovery-key',
        tag: 'App Verification',
        summary: 'Verify with recovery key',
        deprecated: false,
        security: 'bearer',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: true,
            get schema() { return Schemas.AppRecoveryKeyVerifyRequest; },
            fields: ['recoveryKey']
        },
        get input() { return inputs.AppSetupRecoveryKeyVerifyInput; },
        inputCheck: isAppSetupRecoveryKeyVerifyInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.AppRecoveryKeyVerifyResponse; },
            fastCheck: isAppRecoveryKeyVerifyResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'app.setup.register': (): typeof Eager.appSetupRegister => ({
        operationId: 'app.setup.register',
        method: 'POST',
        path: '/v1/app/setup/register',
        tag: 'App Setup',
        summary: 'Create account for setup',
        deprecated: false,
        security: 'public',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: true,
            get schema() { return Schemas.AppSetupRegisterRequest; },
            fields: [
                'acceptTerms',
                'leadToken',
                'setupRequestID',
                'username'
            ]
        },
        get input() { return inputs.AppSetupRegisterInput; },
        inputCheck: isAppSetupRegisterInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.AppSetupSuccess; },
            fastCheck: isAppSetupSuccess
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'app.setup.response': (): typeof Eager.appSetupResponse => ({
        operationId: 'app.setup.response',
        method: 'POST',
        path: '/v1/app/setup/response',
        tag: 'App Setup',
        summary: 'Complete setup sign-in with code',
        deprecated: false,
        security: 'public',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: true,
            get schema() { return Schemas.AppSetupResponseRequest; },
            fields: ['response', 'setupRequestID']
        },
        get input() { return inputs.AppSetupResponseInput; },
        inputCheck: isAppSetupResponseInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.AppSetupResponseResult; },
            fastCheck: isAppSetupResponseResult
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'app.setup.retrieve': (): typeof Eager.appSetupRetrieve => ({
        operationId: 'app.setup.retrieve',
        method: 'GET',
        path: '/v1/app/setup',
        tag: 'App Setup',
        summary: 'Get Beeper app setup state',
        deprecated: false,
        security: 'optional',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.AppSetupRetrieveInput; },
        inputCheck: isAppSetupRetrieveInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.AppStateSnapshot; },
            fastCheck: isAppStateSnapshot
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'app.setup.start': (): typeof Eager.appSetupStart => ({
        operationId: 'app.setup.start',
        method: 'POST',
        path: '/v1/app/setup/start',
        tag: 'App Setup',
        summary: 'Start Beeper app setup',
        deprecated: false,
        security: 'public',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.AppSetupStartInput; },
        inputCheck: isAppSetupStartInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.AppSetupStartResponse; },
            fastCheck: isAppSetupStartResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'app.setup.verifications.accept': (): typeof Eager.appSetupVerificationsAccept => ({
        operationId: 'app.setup.verifications.accept',
        method: 'POST',
        path: '/v1/app/setup/verifications/{verificationID}/accept',
        tag: 'App Verification',
        summary: 'Accept device verification',
        deprecated: false,
        security: 'bearer',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'verificationID',
                key: 'verificationID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.AppSetupVerificationsAcceptInput; },
        inputCheck: isAppSetupVerificationsAcceptInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.VerificationActionResult; },
            fastCheck: isVerificationActionResult
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'app.setup.verifications.cancel': (): typeof Eager.appSetupVerificationsCancel => ({
        operationId: 'app.setup.verifications.cancel',
        method: 'POST',
        path: '/v1/app/setup/verifications/{verificationID}/cancel',
        tag: 'App Verification',
        summary: 'Cancel device verification',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'verificationID',
                key: 'verificationID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: false,
            get schema() { return Schemas.VerificationCancelRequest; },
            fields: ['code', 'reason']
        },
        get input() { return inputs.AppSetupVerificationsCancelInput; },
        inputCheck: isAppSetupVerificationsCancelInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.VerificationActionResult; },
            fastCheck: isVerificationActionResult
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'app.setup.verifications.create': (): typeof Eager.appSetupVerificationsCreate => ({
        operationId: 'app.setup.verifications.create',
        method: 'POST',
        path: '/v1/app/setup/verifications',
        tag: 'App Verification',
        summary: 'Start device verification',
        deprecated: false,
        security: 'bearer',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: false,
            get schema() { return Schemas.VerificationCreateRequest; },
            fields: ['purpose', 'userID']
        },
        get input() { return inputs.AppSetupVerificationsCreateInput; },
        inputCheck: isAppSetupVerificationsCreateInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.VerificationActionResult; },
            fastCheck: isVerificationActionResult
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'app.setup.verifications.list': (): typeof Eager.appSetupVerificationsList => ({
        operationId: 'app.setup.verifications.list',
        method: 'GET',
        path: '/v1/app/setup/verifications',
        tag: 'App Verification',
        summary: 'List active verifications',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.AppSetupVerificationsListInput; },
        inputCheck: isAppSetupVerificationsListInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.VerificationListResponse; },
            fastCheck: isVerificationListResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'app.setup.verifications.qr.confirmScanned': (): typeof Eager.appSetupVerificationsQrConfirmScanned => ({
        operationId: 'app.setup.verifications.qr.confirmScanned',
        method: 'POST',
        path: '/v1/app/setup/verifications/{verificationID}/qr/confirm-scanned',
        tag: 'App Verification',
        summary: 'Confirm QR code scan',
        deprecated: false,
        security: 'bearer',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'verificationID',
                key: 'verificationID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.AppSetupVerificationsQrConfirmScannedInput; },
        inputCheck: isAppSetupVerificationsQrConfirmScannedInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.VerificationActionResult; },
            fastCheck: isVerificationActionResult
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'app.setup.verifications.qr.scan': (): typeof Eager.appSetupVerificationsQrScan => ({
        operationId: 'app.setup.verifications.qr.scan',
        method: 'POST',
        path: '/v1/app/setup/verifications/qr/scan',
        tag: 'App Verification',
        summary: 'Scan verification QR code',
        deprecated: false,
        security: 'bearer',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: true,
            get schema() { return Schemas.VerificationQRScanRequest; },
            fields: ['data']
        },
        get input() { return inputs.AppSetupVerificationsQrScanInput; },
        inputCheck: isAppSetupVerificationsQrScanInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.VerificationActionResult; },
            fastCheck: isVerificationActionResult
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'app.setup.verifications.retrieve': (): typeof Eager.appSetupVerificationsRetrieve => ({
        operationId: 'app.setup.verifications.retrieve',
        method: 'GET',
        path: '/v1/app/setup/verifications/{verificationID}',
        tag: 'App Verification',
        summary: 'Get verification',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'verificationID',
                key: 'verificationID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.AppSetupVerificationsRetrieveInput; },
        inputCheck: isAppSetupVerificationsRetrieveInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.VerificationActionResult; },
            fastCheck: isVerificationActionResult
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'app.setup.verifications.sas.confirm': (): typeof Eager.appSetupVerificationsSasConfirm => ({
        operationId: 'app.setup.verifications.sas.confirm',
        method: 'POST',
        path: '/v1/app/setup/verifications/{verificationID}/sas/confirm',
        tag: 'App Verification',
        summary: 'Confirm emoji verification',
        deprecated: false,
        security: 'bearer',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'verificationID',
                key: 'verificationID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.AppSetupVerificationsSasConfirmInput; },
        inputCheck: isAppSetupVerificationsSasConfirmInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.VerificationActionResult; },
            fastCheck: isVerificationActionResult
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'app.setup.verifications.sas.start': (): typeof Eager.appSetupVerificationsSasStart => ({
        operationId: 'app.setup.verifications.sas.start',
        method: 'POST',
        path: '/v1/app/setup/verifications/{verificationID}/sas/start',
        tag: 'App Verification',
        summary: 'Start emoji verification',
        deprecated: false,
        security: 'bearer',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'verificationID',
                key: 'verificationID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.AppSetupVerificationsSasStartInput; },
        inputCheck: isAppSetupVerificationsSasStartInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.VerificationActionResult; },
            fastCheck: isVerificationActionResult
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'assets.download': (): typeof Eager.assetsDownload => ({
        operationId: 'assets.download',
        method: 'POST',
        path: '/v1/assets/download',
        tag: 'Files',
        summary: 'Download a file',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: true,
            get schema() { return Schemas.AssetDownloadRequest; },
            fields: ['url']
        },
        get input() { return inputs.AssetsDownloadInput; },
        inputCheck: isAssetsDownloadInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.AssetDownloadResponse; },
            fastCheck: isAssetDownloadResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'assets.serve': (): typeof Eager.assetsServe => ({
        operationId: 'assets.serve',
        method: 'GET',
        path: '/v1/assets/serve',
        tag: 'Files',
        summary: 'Serve a file',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [
            {
                name: 'url',
                key: 'url',
                required: true,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength1; }
            }
        ],
        headerParams: [
            {
                name: 'Range',
                key: 'range',
                required: false,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        body: null,
        get input() { return inputs.AssetsServeInput; },
        inputCheck: isAssetsServeInput,
        success: {
            status: 200,
            kind: 'binary',
            contentType: '*/*'
        },
        errors: {
            304: Schema.Unknown,
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            416: Schema.Unknown,
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'assets.upload': (): typeof Eager.assetsUpload => ({
        operationId: 'assets.upload',
        method: 'POST',
        path: '/v1/assets/upload',
        tag: 'Files',
        summary: 'Upload a file',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'multipart/form-data',
            required: true,
            get schema() { return Schemas.AssetUploadRequest; },
            fields: [
                'file',
                'fileName',
                'mimeType'
            ]
        },
        get input() { return inputs.AssetsUploadInput; },
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.AssetUploadBase64Response; },
            fastCheck: isAssetUploadBase64Response
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'assets.uploadBase64': (): typeof Eager.assetsUploadBase64 => ({
        operationId: 'assets.uploadBase64',
        method: 'POST',
        path: '/v1/assets/upload/base64',
        tag: 'Files',
        summary: 'Upload a file (base64)',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: true,
            get schema() { return Schemas.AssetUploadBase64Request; },
            fields: [
                'content',
                'fileName',
                'mimeType'
            ]
        },
        get input() { return inputs.AssetsUploadBase64Input; },
        inputCheck: isAssetsUploadBase64Input,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.AssetUploadBase64Response; },
            fastCheck: isAssetUploadBase64Response
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'bridges.list': (): typeof Eager.bridgesList => ({
        operationId: 'bridges.list',
        method: 'GET',
        path: '/v1/bridges',
        tag: 'Bridges',
        summary: 'List available bridges',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.BridgesListInput; },
        inputCheck: isBridgesListInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.BridgeListResponse; },
            fastCheck: isBridgeListResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'bridges.loginFlows.list': (): typeof Eager.bridgesLoginFlowsList => ({
        operationId: 'bridges.loginFlows.list',
        method: 'GET',
        path: '/v1/bridges/{bridgeID}/login-flows',
        tag: 'Bridges',
        summary: 'List login flows',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'bridgeID',
                key: 'bridgeID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength1; }
            }
        ],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.BridgesLoginFlowsListInput; },
        inputCheck: isBridgesLoginFlowsListInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.LoginFlowListResponse; },
            fastCheck: isLoginFlowListResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'bridges.logins.list': (): typeof Eager.bridgesLoginsList => ({
        operationId: 'bridges.logins.list',
        method: 'GET',
        path: '/v1/bridges/{bridgeID}/logins',
        tag: 'Bridges',
        summary: 'List bridge logins',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'bridgeID',
                key: 'bridgeID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.BridgesLoginsListInput; },
        inputCheck: isBridgesLoginsListInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.BridgeLoginListResponse; },
            fastCheck: isBridgeLoginListResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'bridges.logins.remove': (): typeof Eager.bridgesLoginsRemove => ({
        operationId: 'bridges.logins.remove',
        method: 'POST',
        path: '/v1/bridges/{bridgeID}/logins/{loginID}/remove',
        tag: 'Bridges',
        summary: 'Remove bridge login',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'bridgeID',
                key: 'bridgeID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength1; }
            },
            {
                name: 'loginID',
                key: 'loginID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength1; }
            }
        ],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: true,
            get schema() { return Schemas.BridgeLoginRemoveRequest; },
            fields: ['scope']
        },
        get input() { return inputs.BridgesLoginsRemoveInput; },
        inputCheck: isBridgesLoginsRemoveInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.BridgeLoginRemoveResponse; },
            fastCheck: isBridgeLoginRemoveResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'bridges.logins.retrieve': (): typeof Eager.bridgesLoginsRetrieve => ({
        operationId: 'bridges.logins.retrieve',
        method: 'GET',
        path: '/v1/bridges/{bridgeID}/logins/{loginID}',
        tag: 'Bridges',
        summary: 'Get bridge login',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'bridgeID',
                key: 'bridgeID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            },
            {
                name: 'loginID',
                key: 'loginID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.BridgesLoginsRetrieveInput; },
        inputCheck: isBridgesLoginsRetrieveInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.BridgeLogin; },
            fastCheck: isBridgeLogin
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'bridges.loginSessions.cancel': (): typeof Eager.bridgesLoginSessionsCancel => ({
        operationId: 'bridges.loginSessions.cancel',
        method: 'DELETE',
        path: '/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}',
        tag: 'Login Sessions',
        summary: 'Cancel bridge login session',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'bridgeID',
                key: 'bridgeID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength1; }
            },
            {
                name: 'loginSessionID',
                key: 'loginSessionID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength1; }
            }
        ],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.BridgesLoginSessionsCancelInput; },
        inputCheck: isBridgesLoginSessionsCancelInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.LoginSessionCancelResponse; },
            fastCheck: isLoginSessionCancelResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'bridges.loginSessions.create': (): typeof Eager.bridgesLoginSessionsCreate => ({
        operationId: 'bridges.loginSessions.create',
        method: 'POST',
        path: '/v1/bridges/{bridgeID}/login-sessions',
        tag: 'Login Sessions',
        summary: 'Create bridge login session',
        deprecated: false,
        security: 'bearer',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'bridgeID',
                key: 'bridgeID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength1; }
            }
        ],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: false,
            get schema() { return Schemas.LoginSessionCreateRequest; },
            fields: [
                'accountID',
                'flowID',
                'loginID'
            ]
        },
        get input() { return inputs.BridgesLoginSessionsCreateInput; },
        inputCheck: isBridgesLoginSessionsCreateInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.LoginSession; },
            fastCheck: isLoginSession
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'bridges.loginSessions.retrieve': (): typeof Eager.bridgesLoginSessionsRetrieve => ({
        operationId: 'bridges.loginSessions.retrieve',
        method: 'GET',
        path: '/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}',
        tag: 'Login Sessions',
        summary: 'Get bridge login session',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'bridgeID',
                key: 'bridgeID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength1; }
            },
            {
                name: 'loginSessionID',
                key: 'loginSessionID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength1; }
            }
        ],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.BridgesLoginSessionsRetrieveInput; },
        inputCheck: isBridgesLoginSessionsRetrieveInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.LoginSession; },
            fastCheck: isLoginSession
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'bridges.loginSessions.steps.submit': (): typeof Eager.bridgesLoginSessionsStepsSubmit => ({
        operationId: 'bridges.loginSessions.steps.submit',
        method: 'POST',
        path: '/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}',
        tag: 'Login Sessions',
        summary: 'Submit login step',
        deprecated: false,
        security: 'bearer',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'bridgeID',
                key: 'bridgeID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            },
            {
                name: 'loginSessionID',
                key: 'loginSessionID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            },
            {
                name: 'stepID',
                key: 'stepID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: true,
            get schema() { return Schemas.LoginStepSubmitRequest; },
            fields: [
                'type',
                'fields',
                'lastURL',
                'source'
            ]
        },
        get input() { return inputs.BridgesLoginSessionsStepsSubmitInput; },
        inputCheck: isBridgesLoginSessionsStepsSubmitInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.LoginSession; },
            fastCheck: isLoginSession
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'bridges.retrieve': (): typeof Eager.bridgesRetrieve => ({
        operationId: 'bridges.retrieve',
        method: 'GET',
        path: '/v1/bridges/{bridgeID}',
        tag: 'Bridges',
        summary: 'Get bridge',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'bridgeID',
                key: 'bridgeID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength1; }
            }
        ],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.BridgesRetrieveInput; },
        inputCheck: isBridgesRetrieveInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.Bridge; },
            fastCheck: isBridge
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'bridges.retrieveCapabilities': (): typeof Eager.bridgesRetrieveCapabilities => ({
        operationId: 'bridges.retrieveCapabilities',
        method: 'GET',
        path: '/v1/bridges/{bridgeID}/capabilities',
        tag: 'Bridges',
        summary: 'Get bridge capabilities',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'bridgeID',
                key: 'bridgeID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength1; }
            }
        ],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.BridgesRetrieveCapabilitiesInput; },
        inputCheck: isBridgesRetrieveCapabilitiesInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.ProvisioningCapabilities; },
            fastCheck: isProvisioningCapabilities
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'chats.archive': (): typeof Eager.chatsArchive => ({
        operationId: 'chats.archive',
        method: 'POST',
        path: '/v1/chats/{chatID}/archive',
        tag: 'Chats',
        summary: 'Archive or unarchive a chat',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'chatID',
                key: 'chatID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: false,
            get schema() { return Schemas.ChatArchiveRequest; },
            fields: ['archived']
        },
        get input() { return inputs.ChatsArchiveInput; },
        inputCheck: isChatsArchiveInput,
        success: { status: 204, kind: 'void' },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'chats.create': (): typeof Eager.chatsCreate => ({
        operationId: 'chats.create',
        method: 'POST',
        path: '/v1/chats',
        tag: 'Chats',
        summary: 'Create a chat',
        deprecated: false,
        security: 'bearer',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: true,
            get schema() { return Schemas.ChatCreateRequest; },
            fields: [
                'accountID',
                'messageText',
                'type',
                'participantIDs',
                'title'
            ]
        },
        get input() { return inputs.ChatsCreateInput; },
        inputCheck: isChatsCreateInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.ChatCreateResponse; },
            fastCheck: isChatCreateResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'chats.list': (): typeof Eager.chatsList => ({
        operationId: 'chats.list',
        method: 'GET',
        path: '/v1/chats',
        tag: 'Chats',
        summary: 'List chats',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: {
            style: 'cursor',
            cursorParam: 'cursor',
            directionParam: 'direction',
            limitParam: 'limit',
            defaultDirection: 'before',
            items: 'items',
            hasMore: 'hasMore',
            oldestCursor: 'oldestCursor',
            newestCursor: 'newestCursor'
        },
        pathParams: [],
        queryParams: [
            {
                name: 'cursor',
                key: 'cursor',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                schema: Schema.String
            },
            {
                name: 'direction',
                key: 'direction',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.literalsAfterBefore; }
            },
            {
                name: 'accountIDs',
                key: 'accountIDs',
                required: false,
                array: true,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.arrayString; }
            },
            {
                name: 'limit',
                key: 'limit',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.intCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo200; }
            }
        ],
        headerParams: [],
        body: null,
        get input() { return inputs.ChatsListInput; },
        inputCheck: isChatsListInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.ChatListPage; },
            fastCheck: isChatListPage
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'chats.markRead': (): typeof Eager.chatsMarkRead => ({
        operationId: 'chats.markRead',
        method: 'POST',
        path: '/v1/chats/{chatID}/read',
        tag: 'Chats',
        summary: 'Mark a chat as read',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'chatID',
                key: 'chatID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: false,
            get schema() { return Schemas.ChatMarkReadRequest; },
            fields: ['messageID']
        },
        get input() { return inputs.ChatsMarkReadInput; },
        inputCheck: isChatsMarkReadInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.Chat; },
            fastCheck: isChat
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'chats.markUnread': (): typeof Eager.chatsMarkUnread => ({
        operationId: 'chats.markUnread',
        method: 'POST',
        path: '/v1/chats/{chatID}/unread',
        tag: 'Chats',
        summary: 'Mark a chat as unread',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'chatID',
                key: 'chatID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: false,
            get schema() { return Schemas.ChatMarkUnreadRequest; },
            fields: ['messageID']
        },
        get input() { return inputs.ChatsMarkUnreadInput; },
        inputCheck: isChatsMarkUnreadInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.Chat; },
            fastCheck: isChat
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'chats.messages.reactions.add': (): typeof Eager.chatsMessagesReactionsAdd => ({
        operationId: 'chats.messages.reactions.add',
        method: 'POST',
        path: '/v1/chats/{chatID}/messages/{messageID}/reactions',
        tag: 'Messages',
        summary: 'Add a reaction',
        deprecated: false,
        security: 'bearer',
        idempotent: false,
        idempotencyKey: 'transactionID',
        pagination: null,
        pathParams: [
            {
                name: 'chatID',
                key: 'chatID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            },
            {
                name: 'messageID',
                key: 'messageID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: true,
            get schema() { return Schemas.ReactionAddRequest; },
            fields: ['reactionKey', 'transactionID']
        },
        get input() { return inputs.ChatsMessagesReactionsAddInput; },
        inputCheck: isChatsMessagesReactionsAddInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.ReactionAddResponse; },
            fastCheck: isReactionAddResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'chats.messages.reactions.delete': (): typeof Eager.chatsMessagesReactionsDelete => ({
        operationId: 'chats.messages.reactions.delete',
        method: 'DELETE',
        path: '/v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}',
        tag: 'Messages',
        summary: 'Remove a reaction',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'chatID',
                key: 'chatID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            },
            {
                name: 'messageID',
                key: 'messageID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            },
            {
                name: 'reactionKey',
                key: 'reactionKey',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength1; }
            }
        ],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.ChatsMessagesReactionsDeleteInput; },
        inputCheck: isChatsMessagesReactionsDeleteInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.ReactionDeleteResponse; },
            fastCheck: isReactionDeleteResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'chats.messages.reactions.deleteByQuery': (): typeof Eager.chatsMessagesReactionsDeleteByQuery => ({
        operationId: 'chats.messages.reactions.deleteByQuery',
        method: 'DELETE',
        path: '/v1/chats/{chatID}/messages/{messageID}/reactions',
        tag: 'Reactions',
        summary: 'Remove a reaction (older query-parameter form)',
        deprecated: true,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'chatID',
                key: 'chatID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            },
            {
                name: 'messageID',
                key: 'messageID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [
            {
                name: 'reactionKey',
                key: 'reactionKey',
                required: true,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength1; }
            }
        ],
        headerParams: [],
        body: null,
        get input() { return inputs.ChatsMessagesReactionsDeleteByQueryInput; },
        inputCheck: isChatsMessagesReactionsDeleteByQueryInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.ReactionDeleteResponse; },
            fastCheck: isReactionDeleteResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'chats.notifyAnyway': (): typeof Eager.chatsNotifyAnyway => ({
        operationId: 'chats.notifyAnyway',
        method: 'POST',
        path: '/v1/chats/{chatID}/notify-anyway',
        tag: 'Chats',
        summary: 'Notify anyway',
        deprecated: false,
        security: 'bearer',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'chatID',
                key: 'chatID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: false,
            get schema() { return inputs.recordStringUnknown; },
            fields: null
        },
        get input() { return inputs.ChatsNotifyAnywayInput; },
        inputCheck: isChatsNotifyAnywayInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.Chat; },
            fastCheck: isChat
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'chats.reminders.create': (): typeof Eager.chatsRemindersCreate => ({
        operationId: 'chats.reminders.create',
        method: 'POST',
        path: '/v1/chats/{chatID}/reminders',
        tag: 'Chats',
        summary: 'Create a chat reminder',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'chatID',
                key: 'chatID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: true,
            get schema() { return Schemas.ChatReminderCreateRequest; },
            fields: ['reminder']
        },
        get input() { return inputs.ChatsRemindersCreateInput; },
        inputCheck: isChatsRemindersCreateInput,
        success: { status: 204, kind: 'void' },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'chats.reminders.delete': (): typeof Eager.chatsRemindersDelete => ({
        operationId: 'chats.reminders.delete',
        method: 'DELETE',
        path: '/v1/chats/{chatID}/reminders',
        tag: 'Chats',
        summary: 'Delete a chat reminder',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'chatID',
                key: 'chatID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.ChatsRemindersDeleteInput; },
        inputCheck: isChatsRemindersDeleteInput,
        success: { status: 204, kind: 'void' },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'chats.retrieve': (): typeof Eager.chatsRetrieve => ({
        operationId: 'chats.retrieve',
        method: 'GET',
        path: '/v1/chats/{chatID}',
        tag: 'Chats',
        summary: 'Retrieve chat details',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'chatID',
                key: 'chatID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [
            {
                name: 'maxParticipantCount',
                key: 'maxParticipantCount',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.nullOrIntCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo500; }
            }
        ],
        headerParams: [],
        body: null,
        get input() { return inputs.ChatsRetrieveInput; },
        inputCheck: isChatsRetrieveInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.Chat; },
            fastCheck: isChat
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'chats.search': (): typeof Eager.chatsSearch => ({
        operationId: 'chats.search',
        method: 'GET',
        path: '/v1/chats/search',
        tag: 'Chats',
        summary: 'Search chats',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: {
            style: 'cursor',
            cursorParam: 'cursor',
            directionParam: 'direction',
            limitParam: 'limit',
            defaultDirection: 'before',
            items: 'items',
            hasMore: 'hasMore',
            oldestCursor: 'oldestCursor',
            newestCursor: 'newestCursor'
        },
        pathParams: [],
        queryParams: [
            {
                name: 'cursor',
                key: 'cursor',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                schema: Schema.String
            },
            {
                name: 'direction',
                key: 'direction',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.literalsAfterBefore; }
            },
            {
                name: 'inbox',
                key: 'inbox',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.literalsPrimaryLowPriorityArchive; }
            },
            {
                name: 'unreadOnly',
                key: 'unreadOnly',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.nullOrBoolean; }
            },
            {
                name: 'limit',
                key: 'limit',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.intCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo200; }
            },
            {
                name: 'type',
                key: 'type',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.literalsSingleGroupAny; }
            },
            {
                name: 'query',
                key: 'query',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength1; }
            },
            {
                name: 'scope',
                key: 'scope',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.literalsTitlesParticipants; }
            },
            {
                name: 'lastActivityBefore',
                key: 'lastActivityBefore',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.stringCheckDateTimeFormat; }
            },
            {
                name: 'lastActivityAfter',
                key: 'lastActivityAfter',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.stringCheckDateTimeFormat; }
            },
            {
                name: 'accountIDs',
                key: 'accountIDs',
                required: false,
                array: true,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.arrayString; }
            },
            {
                name: 'includeMuted',
                key: 'includeMuted',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.nullOrBoolean; }
            },
            {
                name: 'labelID',
                key: 'labelID',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                schema: Schema.String
            }
        ],
        headerParams: [],
        body: null,
        get input() { return inputs.ChatsSearchInput; },
        inputCheck: isChatsSearchInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.ChatSearchPage; },
            fastCheck: isChatSearchPage
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'chats.start': (): typeof Eager.chatsStart => ({
        operationId: 'chats.start',
        method: 'POST',
        path: '/v1/chats/start',
        tag: 'Chats',
        summary: 'Start a direct chat',
        deprecated: false,
        security: 'bearer',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: true,
            get schema() { return Schemas.ChatStartRequest; },
            fields: [
                'accountID',
                'messageText',
                'user',
                'allowInvite'
            ]
        },
        get input() { return inputs.ChatsStartInput; },
        inputCheck: isChatsStartInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.ChatCreateResponse; },
            fastCheck: isChatCreateResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'chats.update': (): typeof Eager.chatsUpdate => ({
        operationId: 'chats.update',
        method: 'PATCH',
        path: '/v1/chats/{chatID}',
        tag: 'Chats',
        summary: 'Update chat',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'chatID',
                key: 'chatID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: false,
            get schema() { return Schemas.ChatUpdateRequest; },
            fields: [
                'draft',
                'title',
                'description',
                'imgURL',
                'isArchived',
                'isLowPriority',
                'isPinned',
                'isMuted',
                'messageExpirySeconds'
            ]
        },
        get input() { return inputs.ChatsUpdateInput; },
        inputCheck: isChatsUpdateInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.Chat; },
            fastCheck: isChat
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'focus': (): typeof Eager.focus => ({
        operationId: 'focus',
        method: 'POST',
        path: '/v1/focus',
        tag: 'App',
        summary: 'Focus Beeper Desktop app',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: false,
            get schema() { return Schemas.FocusRequest; },
            fields: [
                'chatID',
                'messageID',
                'draftText',
                'draftAttachmentPath'
            ]
        },
        get input() { return inputs.FocusInput; },
        inputCheck: isFocusInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.FocusResponse; },
            fastCheck: isFocusResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'info.retrieve': (): typeof Eager.infoRetrieve => ({
        operationId: 'info.retrieve',
        method: 'GET',
        path: '/v1/info',
        tag: 'Server',
        summary: 'Retrieve server info',
        deprecated: false,
        security: 'public',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.InfoRetrieveInput; },
        inputCheck: isInfoRetrieveInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.InfoRetrieveResponse; },
            fastCheck: isInfoRetrieveResponse
        },
        errors: { get 500() { return Schemas.Error; } }
    }),
    'labels.list': (): typeof Eager.labelsList => ({
        operationId: 'labels.list',
        method: 'GET',
        path: '/v1/labels',
        tag: 'Labels',
        summary: 'List labels',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.LabelsListInput; },
        inputCheck: isLabelsListInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return inputs.LabelsListSuccess; },
            fastCheck: isLabelsListResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'messages.delete': (): typeof Eager.messagesDelete => ({
        operationId: 'messages.delete',
        method: 'DELETE',
        path: '/v1/chats/{chatID}/messages/{messageID}',
        tag: 'Messages',
        summary: 'Delete a message',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'chatID',
                key: 'chatID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            },
            {
                name: 'messageID',
                key: 'messageID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [
            {
                name: 'forEveryone',
                key: 'forEveryone',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.nullOrBoolean; }
            }
        ],
        headerParams: [],
        body: null,
        get input() { return inputs.MessagesDeleteInput; },
        inputCheck: isMessagesDeleteInput,
        success: { status: 204, kind: 'void' },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'messages.list': (): typeof Eager.messagesList => ({
        operationId: 'messages.list',
        method: 'GET',
        path: '/v1/chats/{chatID}/messages',
        tag: 'Messages',
        summary: 'List messages',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: {
            style: 'cursor',
            cursorParam: 'cursor',
            directionParam: 'direction',
            defaultDirection: 'before',
            items: 'items',
            hasMore: 'hasMore',
            oldestCursor: 'oldestCursor',
            newestCursor: 'newestCursor'
        },
        pathParams: [
            {
                name: 'chatID',
                key: 'chatID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [
            {
                name: 'cursor',
                key: 'cursor',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                schema: Schema.String
            },
            {
                name: 'direction',
                key: 'direction',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.literalsAfterBefore; }
            }
        ],
        headerParams: [],
        body: null,
        get input() { return inputs.MessagesListInput; },
        inputCheck: isMessagesListInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.MessageListPage; },
            fastCheck: isMessageListPage
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'messages.retrieve': (): typeof Eager.messagesRetrieve => ({
        operationId: 'messages.retrieve',
        method: 'GET',
        path: '/v1/chats/{chatID}/messages/{messageID}',
        tag: 'Messages',
        summary: 'Retrieve a message',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'chatID',
                key: 'chatID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            },
            {
                name: 'messageID',
                key: 'messageID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: null,
        get input() { return inputs.MessagesRetrieveInput; },
        inputCheck: isMessagesRetrieveInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.Message; },
            fastCheck: isMessage
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'messages.search': (): typeof Eager.messagesSearch => ({
        operationId: 'messages.search',
        method: 'GET',
        path: '/v1/messages/search',
        tag: 'Messages',
        summary: 'Search messages',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: {
            style: 'cursor',
            cursorParam: 'cursor',
            directionParam: 'direction',
            limitParam: 'limit',
            defaultDirection: 'before',
            items: 'items',
            hasMore: 'hasMore',
            oldestCursor: 'oldestCursor',
            newestCursor: 'newestCursor'
        },
        pathParams: [],
        queryParams: [
            {
                name: 'query',
                key: 'query',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength0; }
            },
            {
                name: 'cursor',
                key: 'cursor',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                schema: Schema.String
            },
            {
                name: 'direction',
                key: 'direction',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.literalsAfterBefore; }
            },
            {
                name: 'chatIDs',
                key: 'chatIDs',
                required: false,
                array: true,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.arrayString; }
            },
            {
                name: 'accountIDs',
                key: 'accountIDs',
                required: false,
                array: true,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.arrayString; }
            },
            {
                name: 'chatType',
                key: 'chatType',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.literalsGroupSingle; }
            },
            {
                name: 'mediaTypes',
                key: 'mediaTypes',
                required: false,
                array: true,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.arrayLiteralsAnyVideoImageLinkFile; }
            },
            {
                name: 'sender',
                key: 'sender',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                schema: Schema.String
            },
            {
                name: 'dateAfter',
                key: 'dateAfter',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.stringCheckDateTimeFormat; }
            },
            {
                name: 'dateBefore',
                key: 'dateBefore',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.stringCheckDateTimeFormat; }
            },
            {
                name: 'limit',
                key: 'limit',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.intCheckIsGreaterThan0IsLessThanOrEqualTo20; }
            },
            {
                name: 'excludeLowPriority',
                key: 'excludeLowPriority',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.nullOrBoolean; }
            },
            {
                name: 'includeMuted',
                key: 'includeMuted',
                required: false,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.nullOrBoolean; }
            }
        ],
        headerParams: [],
        body: null,
        get input() { return inputs.MessagesSearchInput; },
        inputCheck: isMessagesSearchInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.MessageSearchPage; },
            fastCheck: isMessageSearchPage
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'messages.send': (): typeof Eager.messagesSend => ({
        operationId: 'messages.send',
        method: 'POST',
        path: '/v1/chats/{chatID}/messages',
        tag: 'Messages',
        summary: 'Send a message',
        deprecated: false,
        security: 'bearer',
        idempotent: false,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'chatID',
                key: 'chatID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: false,
            get schema() { return Schemas.MessageSendRequest; },
            fields: [
                'text',
                'replyToMessageID',
                'attachment'
            ]
        },
        get input() { return inputs.MessagesSendInput; },
        inputCheck: isMessagesSendInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.MessageSendResponse; },
            fastCheck: isMessageSendResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'messages.update': (): typeof Eager.messagesUpdate => ({
        operationId: 'messages.update',
        method: 'PUT',
        path: '/v1/chats/{chatID}/messages/{messageID}',
        tag: 'Messages',
        summary: 'Edit a message',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [
            {
                name: 'chatID',
                key: 'chatID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            },
            {
                name: 'messageID',
                key: 'messageID',
                required: true,
                array: false,
                style: 'simple',
                explode: false,
                deprecated: false,
                schema: Schema.String
            }
        ],
        queryParams: [],
        headerParams: [],
        body: {
            contentType: 'application/json',
            required: true,
            get schema() { return Schemas.MessageUpdateRequest; },
            fields: ['text']
        },
        get input() { return inputs.MessagesUpdateInput; },
        inputCheck: isMessagesUpdateInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.MessageUpdateResponse; },
            fastCheck: isMessageUpdateResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
    'search': (): typeof Eager.search => ({
        operationId: 'search',
        method: 'GET',
        path: '/v1/search',
        tag: 'App',
        summary: 'Search',
        deprecated: false,
        security: 'bearer',
        idempotent: true,
        idempotencyKey: null,
        pagination: null,
        pathParams: [],
        queryParams: [
            {
                name: 'query',
                key: 'query',
                required: true,
                array: false,
                style: 'form',
                explode: true,
                deprecated: false,
                get schema() { return inputs.stringCheckIsMinLength1; }
            }
        ],
        headerParams: [],
        body: null,
        get input() { return inputs.SearchInput; },
        inputCheck: isSearchInput,
        success: {
            status: 200,
            kind: 'json',
            contentType: 'application/json',
            get schema() { return Schemas.SearchResponse; },
            fastCheck: isSearchResponse
        },
        errors: {
            get 400() { return Schemas.Error; },
            get 401() { return Schemas.Error; },
            get 403() { return Schemas.Error; },
            get 404() { return Schemas.Error; },
            get 422() { return Schemas.Error; },
            get 429() { return Schemas.Error; },
            get 500() { return Schemas.Error; }
        }
    }),
});
