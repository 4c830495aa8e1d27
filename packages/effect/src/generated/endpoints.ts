// generated — do not edit.
// Source: spec/openapi.yaml · generator: @hey-api/openapi-ts 0.99.0 + @beeper-kit/effect-schema plugin · regenerate with `pnpm generate`.

import type { BinarySuccess, Endpoint, JsonSuccess, TypedEndpoint, VoidSuccess } from '../Endpoint.ts';
import { dateTimeFormat } from '../internal/formats.ts';
import { isAccountsContactsListInput, isAccountsContactsSearchInput, isAccountsListInput, isAccountsRetrieveInput, isAppSetupEmailInput, isAppSetupRecoveryKeyResetConfirmInput, isAppSetupRecoveryKeyResetCreateInput, isAppSetupRecoveryKeyVerifyInput, isAppSetupRegisterInput, isAppSetupResponseInput, isAppSetupRetrieveInput, isAppSetupStartInput, isAppSetupVerificationsAcceptInput, isAppSetupVerificationsCancelInput, isAppSetupVerificationsCreateInput, isAppSetupVerificationsListInput, isAppSetupVerificationsQrConfirmScannedInput, isAppSetupVerificationsQrScanInput, isAppSetupVerificationsRetrieveInput, isAppSetupVerificationsSasConfirmInput, isAppSetupVerificationsSasStartInput, isAssetsDownloadInput, isAssetsServeInput, isAssetsUploadBase64Input, isBridgesListInput, isBridgesLoginFlowsListInput, isBridgesLoginSessionsCancelInput, isBridgesLoginSessionsCreateInput, isBridgesLoginSessionsRetrieveInput, isBridgesLoginSessionsStepsSubmitInput, isBridgesLoginsListInput, isBridgesLoginsRemoveInput, isBridgesLoginsRetrieveInput, isBridgesRetrieveCapabilitiesInput, isBridgesRetrieveInput, isChatsArchiveInput, isChatsCreateInput, isChatsListInput, isChatsMarkReadInput, isChatsMarkUnreadInput, isChatsMessagesReactionsAddInput, isChatsMessagesReactionsDeleteByQueryInput, isChatsMessagesReactionsDeleteInput, isChatsNotifyAnywayInput, isChatsRemindersCreateInput, isChatsRemindersDeleteInput, isChatsRetrieveInput, isChatsSearchInput, isChatsStartInput, isChatsUpdateInput, isFocusInput, isInfoRetrieveInput, isLabelsListInput, isMessagesDeleteInput, isMessagesListInput, isMessagesRetrieveInput, isMessagesSearchInput, isMessagesSendInput, isMessagesUpdateInput, isSearchInput } from './inputChecks.ts';
import { isAccount, isAppRecoveryKeyResetConfirmResponse, isAppRecoveryKeyResetResponse, isAppRecoveryKeyVerifyResponse, isAppSetupResponseResult, isAppSetupStartResponse, isAppSetupSuccess, isAppStateSnapshot, isAssetDownloadResponse, isAssetUploadBase64Response, isBridge, isBridgeListResponse, isBridgeLogin, isBridgeLoginListResponse, isBridgeLoginRemoveResponse, isChat, isChatCreateResponse, isChatListPage, isChatSearchPage, isContactListPage, isContactSearchResponse, isFocusResponse, isGetAccountsOutput, isInfoRetrieveResponse, isLabelsListResponse, isLoginFlowListResponse, isLoginSession, isLoginSessionCancelResponse, isMessage, isMessageListPage, isMessageSearchPage, isMessageSendResponse, isMessageUpdateResponse, isProvisioningCapabilities, isReactionAddResponse, isReactionDeleteResponse, isSearchResponse, isVerificationActionResult, isVerificationListResponse } from './validators.ts';
import * as Schema from 'effect/Schema';

import { Account, AppRecoveryKeyResetConfirmRequest, AppRecoveryKeyResetConfirmResponse, AppRecoveryKeyResetRequest, AppRecoveryKeyResetResponse, AppRecoveryKeyVerifyRequest, AppRecoveryKeyVerifyResponse, AppSetupEmailRequest, AppSetupRegisterRequest, AppSetupResponseRequest, AppSetupResponseResult, AppSetupStartResponse, AppSetupSuccess, AppStateSnapshot, AssetDownloadRequest, AssetDownloadResponse, AssetUploadBase64Request, AssetUploadBase64Response, AssetUploadRequest, Bridge, BridgeListResponse, BridgeLogin, BridgeLoginListResponse, BridgeLoginRemoveRequest, BridgeLoginRemoveResponse, BridgeLoginRemoveScope, Chat, ChatArchiveRequest, ChatCreateRequest, ChatCreateResponse, ChatDraftInput, ChatListPage, ChatMarkReadRequest, ChatMarkUnreadRequest, ChatReminderCreateRequest, ChatReminderInput, ChatSearchPage, ChatStartRequest, ChatStartUser, ChatUpdateRequest, ContactListPage, ContactSearchResponse, Error, FocusRequest, FocusResponse, GetAccountsOutput, InfoRetrieveResponse, Label, LoginFlowListResponse, LoginSession, LoginSessionCancelResponse, LoginSessionCreateRequest, LoginStepSubmitRequest, Message, MessageListPage, MessageSearchPage, MessageSendAttachment, MessageSendRequest, MessageSendResponse, MessageTextInput, MessageUpdateRequest, MessageUpdateResponse, ProvisioningCapabilities, ReactionAddRequest, ReactionAddResponse, ReactionDeleteResponse, SearchResponse, VerificationActionResult, VerificationCancelRequest, VerificationCreateRequest, VerificationListResponse, VerificationQRScanRequest } from './schemas.ts';

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
export const AccountsContactsListInput = /*#__PURE__*/ Schema.Struct({
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

export type AccountsContactsListInput = typeof AccountsContactsListInput.Type;

/**
 * `accounts.contacts.list`: GET /v1/accounts/{accountID}/contacts/list — List contacts
 *
 * List merged contacts for a specific account with cursor-based pagination.
 * @since 1.0.0
 * @category Operations
 */
export const accountsContactsList: TypedEndpoint<'accounts.contacts.list', 'GET', '/v1/accounts/{accountID}/contacts/list', typeof AccountsContactsListInput, JsonSuccess<typeof ContactListPage>, {
    readonly style: 'cursor';
    readonly cursorParam: 'cursor';
    readonly directionParam: 'direction';
    readonly limitParam: 'limit';
    readonly defaultDirection: 'before';
    readonly items: 'items';
    readonly hasMore: 'hasMore';
    readonly oldestCursor: 'oldestCursor';
    readonly newestCursor: 'newestCursor';
}> = {
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
            schema: literalsAfterBefore
        },
        {
            name: 'limit',
            key: 'limit',
            required: false,
            array: false,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: intCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo200
        },
        {
            name: 'query',
            key: 'query',
            required: false,
            array: false,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: stringCheckIsMinLength1
        }
    ],
    headerParams: [],
    body: null,
    input: AccountsContactsListInput,
    inputCheck: isAccountsContactsListInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: ContactListPage,
        fastCheck: isContactListPage
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `accounts.contacts.search` (GET /v1/accounts/{accountID}/contacts).
 * @since 1.0.0
 * @category Inputs
 */
export const AccountsContactsSearchInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Account ID this resource belongs to.
     */
    accountID: Schema.String,
    /**
     * Text to search users by. Network-specific behavior.
     */
    query: stringCheckIsMinLength1
});

export type AccountsContactsSearchInput = typeof AccountsContactsSearchInput.Type;

/**
 * `accounts.contacts.search`: GET /v1/accounts/{accountID}/contacts — Search contacts
 *
 * Search contacts on a specific account using merged account contacts, network search, and exact identifier lookup.
 * @since 1.0.0
 * @category Operations
 */
export const accountsContactsSearch: TypedEndpoint<'accounts.contacts.search', 'GET', '/v1/accounts/{accountID}/contacts', typeof AccountsContactsSearchInput, JsonSuccess<typeof ContactSearchResponse>, null> = {
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
            schema: stringCheckIsMinLength1
        }
    ],
    headerParams: [],
    body: null,
    input: AccountsContactsSearchInput,
    inputCheck: isAccountsContactsSearchInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: ContactSearchResponse,
        fastCheck: isContactSearchResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `accounts.list` (GET /v1/accounts).
 * @since 1.0.0
 * @category Inputs
 */
export const AccountsListInput = /*#__PURE__*/ Schema.Struct({});

export type AccountsListInput = typeof AccountsListInput.Type;

/**
 * `accounts.list`: GET /v1/accounts — List Chat Accounts
 *
 * List Chat Accounts connected to this Beeper Desktop instance, including bridge metadata and network identity.
 * @since 1.0.0
 * @category Operations
 */
export const accountsList: TypedEndpoint<'accounts.list', 'GET', '/v1/accounts', typeof AccountsListInput, JsonSuccess<typeof GetAccountsOutput>, null> = {
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
    input: AccountsListInput,
    inputCheck: isAccountsListInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: GetAccountsOutput,
        fastCheck: isGetAccountsOutput
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `accounts.retrieve` (GET /v1/accounts/{accountID}).
 * @since 1.0.0
 * @category Inputs
 */
export const AccountsRetrieveInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Account ID this resource belongs to (e.g. `matrix`, `discordgo`, `slackgo.TEAM-USER`,
     * `local-whatsapp_ba_...`).
     */
    accountID: Schema.String
});

export type AccountsRetrieveInput = typeof AccountsRetrieveInput.Type;

/**
 * `accounts.retrieve`: GET /v1/accounts/{accountID} — Get chat account
 *
 * Get one chat account connected to this Beeper Client API server.
 * @since 1.0.0
 * @category Operations
 */
export const accountsRetrieve: TypedEndpoint<'accounts.retrieve', 'GET', '/v1/accounts/{accountID}', typeof AccountsRetrieveInput, JsonSuccess<typeof Account>, null> = {
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
    input: AccountsRetrieveInput,
    inputCheck: isAccountsRetrieveInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: Account,
        fastCheck: isAccount
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `app.setup.email` (POST /v1/app/setup/email).
 * @since 1.0.0
 * @category Inputs
 */
export const AppSetupEmailInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Email address to send the sign-in code to.
     */
    email: Schema.String,
    /**
     * Setup request ID returned by the start step.
     */
    setupRequestID: Schema.String
});

export type AppSetupEmailInput = typeof AppSetupEmailInput.Type;

/**
 * `app.setup.email`: POST /v1/app/setup/email — Send setup sign-in code
 *
 * Send a sign-in code to the user email address for app setup. Public (no auth). Success has an empty body.
 * @since 1.0.0
 * @category Operations
 */
export const appSetupEmail: TypedEndpoint<'app.setup.email', 'POST', '/v1/app/setup/email', typeof AppSetupEmailInput, VoidSuccess, null> = {
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
        schema: AppSetupEmailRequest,
        fields: ['email', 'setupRequestID']
    },
    input: AppSetupEmailInput,
    inputCheck: isAppSetupEmailInput,
    success: { status: 204, kind: 'void' },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `app.setup.recoveryKey.reset.confirm` (POST /v1/app/setup/verification/recovery-key/reset/confirm).
 * @since 1.0.0
 * @category Inputs
 */
export const AppSetupRecoveryKeyResetConfirmInput = /*#__PURE__*/ Schema.Struct({
    /**
     * New recovery key returned by the reset step.
     */
    recoveryKey: Schema.String
});

export type AppSetupRecoveryKeyResetConfirmInput = typeof AppSetupRecoveryKeyResetConfirmInput.Type;

/**
 * `app.setup.recoveryKey.reset.confirm`: POST /v1/app/setup/verification/recovery-key/reset/confirm — Confirm new recovery key
 *
 * Confirm that the new recovery key should be used for this account.
 * @since 1.0.0
 * @category Operations
 */
export const appSetupRecoveryKeyResetConfirm: TypedEndpoint<'app.setup.recoveryKey.reset.confirm', 'POST', '/v1/app/setup/verification/recovery-key/reset/confirm', typeof AppSetupRecoveryKeyResetConfirmInput, JsonSuccess<typeof AppRecoveryKeyResetConfirmResponse>, null> = {
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
        schema: AppRecoveryKeyResetConfirmRequest,
        fields: ['recoveryKey']
    },
    input: AppSetupRecoveryKeyResetConfirmInput,
    inputCheck: isAppSetupRecoveryKeyResetConfirmInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: AppRecoveryKeyResetConfirmResponse,
        fastCheck: isAppRecoveryKeyResetConfirmResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `app.setup.recoveryKey.reset.create` (POST /v1/app/setup/verification/recovery-key/reset).
 * @since 1.0.0
 * @category Inputs
 */
export const AppSetupRecoveryKeyResetCreateInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Existing recovery key, if the user has it.
     */
    existingRecoveryKey: optionalString
});

export type AppSetupRecoveryKeyResetCreateInput = typeof AppSetupRecoveryKeyResetCreateInput.Type;

/**
 * `app.setup.recoveryKey.reset.create`: POST /v1/app/setup/verification/recovery-key/reset — Create new recovery key
 *
 * Create a new recovery key when the user cannot use the existing one. The body is optional. Confirm the
 * new key with `POST /v1/app/setup/verification/recovery-key/reset/confirm`.
 * @since 1.0.0
 * @category Operations
 */
export const appSetupRecoveryKeyResetCreate: TypedEndpoint<'app.setup.recoveryKey.reset.create', 'POST', '/v1/app/setup/verification/recovery-key/reset', typeof AppSetupRecoveryKeyResetCreateInput, JsonSuccess<typeof AppRecoveryKeyResetResponse>, null> = {
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
        schema: AppRecoveryKeyResetRequest,
        fields: ['existingRecoveryKey']
    },
    input: AppSetupRecoveryKeyResetCreateInput,
    inputCheck: isAppSetupRecoveryKeyResetCreateInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: AppRecoveryKeyResetResponse,
        fastCheck: isAppRecoveryKeyResetResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `app.setup.recoveryKey.verify` (POST /v1/app/setup/verification/recovery-key).
 * @since 1.0.0
 * @category Inputs
 */
export const AppSetupRecoveryKeyVerifyInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Recovery key saved by the user.
     */
    recoveryKey: Schema.String
});

export type AppSetupRecoveryKeyVerifyInput = typeof AppSetupRecoveryKeyVerifyInput.Type;

/**
 * `app.setup.recoveryKey.verify`: POST /v1/app/setup/verification/recovery-key — Verify with recovery key
 *
 * Unlock encrypted messages with the user recovery key.
 * @since 1.0.0
 * @category Operations
 */
export const appSetupRecoveryKeyVerify: TypedEndpoint<'app.setup.recoveryKey.verify', 'POST', '/v1/app/setup/verification/recovery-key', typeof AppSetupRecoveryKeyVerifyInput, JsonSuccess<typeof AppRecoveryKeyVerifyResponse>, null> = {
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
        schema: AppRecoveryKeyVerifyRequest,
        fields: ['recoveryKey']
    },
    input: AppSetupRecoveryKeyVerifyInput,
    inputCheck: isAppSetupRecoveryKeyVerifyInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: AppRecoveryKeyVerifyResponse,
        fastCheck: isAppRecoveryKeyVerifyResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `app.setup.register` (POST /v1/app/setup/register).
 * @since 1.0.0
 * @category Inputs
 */
export const AppSetupRegisterInput = /*#__PURE__*/ Schema.Struct({
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

export type AppSetupRegisterInput = typeof AppSetupRegisterInput.Type;

/**
 * `app.setup.register`: POST /v1/app/setup/register — Create account for setup
 *
 * Create a Beeper account after the user chooses a username and accepts the Terms of Use. Public (no auth).
 * @since 1.0.0
 * @category Operations
 */
export const appSetupRegister: TypedEndpoint<'app.setup.register', 'POST', '/v1/app/setup/register', typeof AppSetupRegisterInput, JsonSuccess<typeof AppSetupSuccess>, null> = {
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
        schema: AppSetupRegisterRequest,
        fields: [
            'acceptTerms',
            'leadToken',
            'setupRequestID',
            'username'
        ]
    },
    input: AppSetupRegisterInput,
    inputCheck: isAppSetupRegisterInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: AppSetupSuccess,
        fastCheck: isAppSetupSuccess
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `app.setup.response` (POST /v1/app/setup/response).
 * @since 1.0.0
 * @category Inputs
 */
export const AppSetupResponseInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Sign-in code from the user email.
     */
    response: Schema.String,
    /**
     * Setup request ID returned by the start step.
     */
    setupRequestID: Schema.String
});

export type AppSetupResponseInput = typeof AppSetupResponseInput.Type;

/**
 * `app.setup.response`: POST /v1/app/setup/response — Complete setup sign-in with code
 *
 * Finish setup sign-in with the code sent to the user email address. If the user needs a new account, the
 * response includes account creation copy and username suggestions (`registrationRequired: true`);
 * otherwise it returns the account credentials and the setup state. Public (no auth).
 * @since 1.0.0
 * @category Operations
 */
export const appSetupResponse: TypedEndpoint<'app.setup.response', 'POST', '/v1/app/setup/response', typeof AppSetupResponseInput, JsonSuccess<typeof AppSetupResponseResult>, null> = {
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
        schema: AppSetupResponseRequest,
        fields: ['response', 'setupRequestID']
    },
    input: AppSetupResponseInput,
    inputCheck: isAppSetupResponseInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: AppSetupResponseResult,
        fastCheck: isAppSetupResponseResult
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `app.setup.retrieve` (GET /v1/app/setup).
 * @since 1.0.0
 * @category Inputs
 */
export const AppSetupRetrieveInput = /*#__PURE__*/ Schema.Struct({});

export type AppSetupRetrieveInput = typeof AppSetupRetrieveInput.Type;

/**
 * `app.setup.retrieve`: GET /v1/app/setup — Get Beeper app setup state
 *
 * Return the current Beeper Desktop or Beeper Server sign-in and encrypted messaging setup state. This
 * endpoint is public before sign-in so apps can discover that sign-in is needed; after sign-in, pass a
 * read token.
 * @since 1.0.0
 * @category Operations
 */
export const appSetupRetrieve: TypedEndpoint<'app.setup.retrieve', 'GET', '/v1/app/setup', typeof AppSetupRetrieveInput, JsonSuccess<typeof AppStateSnapshot>, null> = {
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
    input: AppSetupRetrieveInput,
    inputCheck: isAppSetupRetrieveInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: AppStateSnapshot,
        fastCheck: isAppStateSnapshot
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `app.setup.start` (POST /v1/app/setup/start).
 * @since 1.0.0
 * @category Inputs
 */
export const AppSetupStartInput = /*#__PURE__*/ Schema.Struct({});

export type AppSetupStartInput = typeof AppSetupStartInput.Type;

/**
 * `app.setup.start`: POST /v1/app/setup/start — Start Beeper app setup
 *
 * Start setting up Beeper Desktop or Beeper Server. The flow supports existing Beeper accounts and new
 * account creation. Public (no auth): the app is not signed in yet.
 * @since 1.0.0
 * @category Operations
 */
export const appSetupStart: TypedEndpoint<'app.setup.start', 'POST', '/v1/app/setup/start', typeof AppSetupStartInput, JsonSuccess<typeof AppSetupStartResponse>, null> = {
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
    input: AppSetupStartInput,
    inputCheck: isAppSetupStartInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: AppSetupStartResponse,
        fastCheck: isAppSetupStartResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `app.setup.verifications.accept` (POST /v1/app/setup/verifications/{verificationID}/accept).
 * @since 1.0.0
 * @category Inputs
 */
export const AppSetupVerificationsAcceptInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Verification ID (the `id` of a Verification). Send it URL-encoded.
     */
    verificationID: Schema.String
});

export type AppSetupVerificationsAcceptInput = typeof AppSetupVerificationsAcceptInput.Type;

/**
 * `app.setup.verifications.accept`: POST /v1/app/setup/verifications/{verificationID}/accept — Accept device verification
 *
 * Accept an incoming device verification request. No request body.
 * @since 1.0.0
 * @category Operations
 */
export const appSetupVerificationsAccept: TypedEndpoint<'app.setup.verifications.accept', 'POST', '/v1/app/setup/verifications/{verificationID}/accept', typeof AppSetupVerificationsAcceptInput, JsonSuccess<typeof VerificationActionResult>, null> = {
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
    input: AppSetupVerificationsAcceptInput,
    inputCheck: isAppSetupVerificationsAcceptInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: VerificationActionResult,
        fastCheck: isVerificationActionResult
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `app.setup.verifications.cancel` (POST /v1/app/setup/verifications/{verificationID}/cancel).
 * @since 1.0.0
 * @category Inputs
 */
export const AppSetupVerificationsCancelInput = /*#__PURE__*/ Schema.Struct({
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

export type AppSetupVerificationsCancelInput = typeof AppSetupVerificationsCancelInput.Type;

/**
 * `app.setup.verifications.cancel`: POST /v1/app/setup/verifications/{verificationID}/cancel — Cancel device verification
 *
 * Cancel an active device verification request. The body and all its fields are optional.
 * @since 1.0.0
 * @category Operations
 */
export const appSetupVerificationsCancel: TypedEndpoint<'app.setup.verifications.cancel', 'POST', '/v1/app/setup/verifications/{verificationID}/cancel', typeof AppSetupVerificationsCancelInput, JsonSuccess<typeof VerificationActionResult>, null> = {
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
        schema: VerificationCancelRequest,
        fields: ['code', 'reason']
    },
    input: AppSetupVerificationsCancelInput,
    inputCheck: isAppSetupVerificationsCancelInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: VerificationActionResult,
        fastCheck: isVerificationActionResult
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `app.setup.verifications.create` (POST /v1/app/setup/verifications).
 * @since 1.0.0
 * @category Inputs
 */
export const AppSetupVerificationsCreateInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Why this verification is being started.
     */
    purpose: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Literals(['login', 'device'])),
    /**
     * Beeper user ID to verify. Defaults to the signed-in user.
     */
    userID: optionalString
});

export type AppSetupVerificationsCreateInput = typeof AppSetupVerificationsCreateInput.Type;

/**
 * `app.setup.verifications.create`: POST /v1/app/setup/verifications — Start device verification
 *
 * Start verifying this device from another signed-in device. The body and all its fields are optional.
 * @since 1.0.0
 * @category Operations
 */
export const appSetupVerificationsCreate: TypedEndpoint<'app.setup.verifications.create', 'POST', '/v1/app/setup/verifications', typeof AppSetupVerificationsCreateInput, JsonSuccess<typeof VerificationActionResult>, null> = {
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
        schema: VerificationCreateRequest,
        fields: ['purpose', 'userID']
    },
    input: AppSetupVerificationsCreateInput,
    inputCheck: isAppSetupVerificationsCreateInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: VerificationActionResult,
        fastCheck: isVerificationActionResult
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `app.setup.verifications.list` (GET /v1/app/setup/verifications).
 * @since 1.0.0
 * @category Inputs
 */
export const AppSetupVerificationsListInput = /*#__PURE__*/ Schema.Struct({});

export type AppSetupVerificationsListInput = typeof AppSetupVerificationsListInput.Type;

/**
 * `app.setup.verifications.list`: GET /v1/app/setup/verifications — List active verifications
 *
 * List pending and active device verifications. Use this to recover state without a WebSocket connection.
 * Not paginated: the whole list is returned in `items`.
 * @since 1.0.0
 * @category Operations
 */
export const appSetupVerificationsList: TypedEndpoint<'app.setup.verifications.list', 'GET', '/v1/app/setup/verifications', typeof AppSetupVerificationsListInput, JsonSuccess<typeof VerificationListResponse>, null> = {
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
    input: AppSetupVerificationsListInput,
    inputCheck: isAppSetupVerificationsListInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: VerificationListResponse,
        fastCheck: isVerificationListResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `app.setup.verifications.qr.confirmScanned` (POST /v1/app/setup/verifications/{verificationID}/qr/confirm-scanned).
 * @since 1.0.0
 * @category Inputs
 */
export const AppSetupVerificationsQrConfirmScannedInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Verification ID (the `id` of a Verification). Send it URL-encoded.
     */
    verificationID: Schema.String
});

export type AppSetupVerificationsQrConfirmScannedInput = typeof AppSetupVerificationsQrConfirmScannedInput.Type;

/**
 * `app.setup.verifications.qr.confirmScanned`: POST /v1/app/setup/verifications/{verificationID}/qr/confirm-scanned — Confirm QR code scan
 *
 * Confirm that another device scanned this device QR code. No request body. Valid when the verification's
 * `availableActions` contains `qr.confirmScanned`.
 * @since 1.0.0
 * @category Operations
 */
export const appSetupVerificationsQrConfirmScanned: TypedEndpoint<'app.setup.verifications.qr.confirmScanned', 'POST', '/v1/app/setup/verifications/{verificationID}/qr/confirm-scanned', typeof AppSetupVerificationsQrConfirmScannedInput, JsonSuccess<typeof VerificationActionResult>, null> = {
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
    input: AppSetupVerificationsQrConfirmScannedInput,
    inputCheck: isAppSetupVerificationsQrConfirmScannedInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: VerificationActionResult,
        fastCheck: isVerificationActionResult
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `app.setup.verifications.qr.scan` (POST /v1/app/setup/verifications/qr/scan).
 * @since 1.0.0
 * @category Inputs
 */
export const AppSetupVerificationsQrScanInput = /*#__PURE__*/ Schema.Struct({
    /**
     * QR code payload scanned from the other device.
     */
    data: Schema.String
});

export type AppSetupVerificationsQrScanInput = typeof AppSetupVerificationsQrScanInput.Type;

/**
 * `app.setup.verifications.qr.scan`: POST /v1/app/setup/verifications/qr/scan — Scan verification QR code
 *
 * Submit the QR code scanned from another signed-in device. This path has no verificationID: `qr` is a
 * literal segment (the verification is identified by the QR payload).
 * @since 1.0.0
 * @category Operations
 */
export const appSetupVerificationsQrScan: TypedEndpoint<'app.setup.verifications.qr.scan', 'POST', '/v1/app/setup/verifications/qr/scan', typeof AppSetupVerificationsQrScanInput, JsonSuccess<typeof VerificationActionResult>, null> = {
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
        schema: VerificationQRScanRequest,
        fields: ['data']
    },
    input: AppSetupVerificationsQrScanInput,
    inputCheck: isAppSetupVerificationsQrScanInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: VerificationActionResult,
        fastCheck: isVerificationActionResult
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `app.setup.verifications.retrieve` (GET /v1/app/setup/verifications/{verificationID}).
 * @since 1.0.0
 * @category Inputs
 */
export const AppSetupVerificationsRetrieveInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Verification ID (the `id` of a Verification). Send it URL-encoded.
     */
    verificationID: Schema.String
});

export type AppSetupVerificationsRetrieveInput = typeof AppSetupVerificationsRetrieveInput.Type;

/**
 * `app.setup.verifications.retrieve`: GET /v1/app/setup/verifications/{verificationID} — Get verification
 *
 * Get the current state of a device verification transaction.
 * @since 1.0.0
 * @category Operations
 */
export const appSetupVerificationsRetrieve: TypedEndpoint<'app.setup.verifications.retrieve', 'GET', '/v1/app/setup/verifications/{verificationID}', typeof AppSetupVerificationsRetrieveInput, JsonSuccess<typeof VerificationActionResult>, null> = {
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
    input: AppSetupVerificationsRetrieveInput,
    inputCheck: isAppSetupVerificationsRetrieveInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: VerificationActionResult,
        fastCheck: isVerificationActionResult
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `app.setup.verifications.sas.confirm` (POST /v1/app/setup/verifications/{verificationID}/sas/confirm).
 * @since 1.0.0
 * @category Inputs
 */
export const AppSetupVerificationsSasConfirmInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Verification ID (the `id` of a Verification). Send it URL-encoded.
     */
    verificationID: Schema.String
});

export type AppSetupVerificationsSasConfirmInput = typeof AppSetupVerificationsSasConfirmInput.Type;

/**
 * `app.setup.verifications.sas.confirm`: POST /v1/app/setup/verifications/{verificationID}/sas/confirm — Confirm emoji verification
 *
 * Confirm that the emoji or number sequence matches on both devices. No request body. Valid when the
 * verification's `availableActions` contains `sas.confirm`.
 * @since 1.0.0
 * @category Operations
 */
export const appSetupVerificationsSasConfirm: TypedEndpoint<'app.setup.verifications.sas.confirm', 'POST', '/v1/app/setup/verifications/{verificationID}/sas/confirm', typeof AppSetupVerificationsSasConfirmInput, JsonSuccess<typeof VerificationActionResult>, null> = {
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
    input: AppSetupVerificationsSasConfirmInput,
    inputCheck: isAppSetupVerificationsSasConfirmInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: VerificationActionResult,
        fastCheck: isVerificationActionResult
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `app.setup.verifications.sas.start` (POST /v1/app/setup/verifications/{verificationID}/sas/start).
 * @since 1.0.0
 * @category Inputs
 */
export const AppSetupVerificationsSasStartInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Verification ID (the `id` of a Verification). Send it URL-encoded.
     */
    verificationID: Schema.String
});

export type AppSetupVerificationsSasStartInput = typeof AppSetupVerificationsSasStartInput.Type;

/**
 * `app.setup.verifications.sas.start`: POST /v1/app/setup/verifications/{verificationID}/sas/start — Start emoji verification
 *
 * Start emoji comparison for device verification. No request body. Valid when the verification's
 * `availableActions` contains `sas.start`.
 * @since 1.0.0
 * @category Operations
 */
export const appSetupVerificationsSasStart: TypedEndpoint<'app.setup.verifications.sas.start', 'POST', '/v1/app/setup/verifications/{verificationID}/sas/start', typeof AppSetupVerificationsSasStartInput, JsonSuccess<typeof VerificationActionResult>, null> = {
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
    input: AppSetupVerificationsSasStartInput,
    inputCheck: isAppSetupVerificationsSasStartInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: VerificationActionResult,
        fastCheck: isVerificationActionResult
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `assets.download` (POST /v1/assets/download).
 * @since 1.0.0
 * @category Inputs
 */
export const AssetsDownloadInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Matrix content URL (mxc:// or localmxc://) for the file to download.
     */
    url: stringCheckIsMinLength1
});

export type AssetsDownloadInput = typeof AssetsDownloadInput.Type;

/**
 * `assets.download`: POST /v1/assets/download — Download a file
 *
 * Download a Matrix file using its mxc:// or localmxc:// URL to the device running Beeper Desktop and return the local file URL.
 * @since 1.0.0
 * @category Operations
 */
export const assetsDownload: TypedEndpoint<'assets.download', 'POST', '/v1/assets/download', typeof AssetsDownloadInput, JsonSuccess<typeof AssetDownloadResponse>, null> = {
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
        schema: AssetDownloadRequest,
        fields: ['url']
    },
    input: AssetsDownloadInput,
    inputCheck: isAssetsDownloadInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: AssetDownloadResponse,
        fastCheck: isAssetDownloadResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `assets.serve` (GET /v1/assets/serve).
 * @since 1.0.0
 * @category Inputs
 */
export const AssetsServeInput = /*#__PURE__*/ Schema.Struct({
    /**
     * File URL to serve. Accepts mxc://, localmxc://, or file:// URLs.
     */
    url: stringCheckIsMinLength1,
    /**
     * Optional byte range (e.g. `bytes=0-1023`) for seeking in large files; the endpoint supports Range requests.
     */
    range: optionalString
});

export type AssetsServeInput = typeof AssetsServeInput.Type;

/**
 * `assets.serve`: GET /v1/assets/serve — Serve a file
 *
 * Stream a file given an mxc://, localmxc://, or file:// URL. Downloads first if not cached. Supports Range requests for seeking in large files.
 * @since 1.0.0
 * @category Operations
 */
export const assetsServe: TypedEndpoint<'assets.serve', 'GET', '/v1/assets/serve', typeof AssetsServeInput, BinarySuccess, null> = {
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
            schema: stringCheckIsMinLength1
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
    input: AssetsServeInput,
    inputCheck: isAssetsServeInput,
    success: {
        status: 200,
        kind: 'binary',
        contentType: '*/*'
    },
    errors: {
        304: Schema.Unknown,
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        416: Schema.Unknown,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `assets.upload` (POST /v1/assets/upload).
 * @since 1.0.0
 * @category Inputs
 */
export const AssetsUploadInput = /*#__PURE__*/ Schema.Struct({
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

export type AssetsUploadInput = typeof AssetsUploadInput.Type;

/**
 * `assets.upload`: POST /v1/assets/upload — Upload a file
 *
 * Upload a file to a temporary location using multipart/form-data. Returns an uploadID that can be referenced when sending a message or materializing a draft attachment.
 * @since 1.0.0
 * @category Operations
 */
export const assetsUpload: TypedEndpoint<'assets.upload', 'POST', '/v1/assets/upload', typeof AssetsUploadInput, JsonSuccess<typeof AssetUploadBase64Response>, null> = {
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
        schema: AssetUploadRequest,
        fields: [
            'file',
            'fileName',
            'mimeType'
        ]
    },
    input: AssetsUploadInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: AssetUploadBase64Response,
        fastCheck: isAssetUploadBase64Response
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `assets.uploadBase64` (POST /v1/assets/upload/base64).
 * @since 1.0.0
 * @category Inputs
 */
export const AssetsUploadBase64Input = /*#__PURE__*/ Schema.Struct({
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

export type AssetsUploadBase64Input = typeof AssetsUploadBase64Input.Type;

/**
 * `assets.uploadBase64`: POST /v1/assets/upload/base64 — Upload a file (base64)
 *
 * Upload a file using a JSON body with base64-encoded content. Returns an uploadID that can be referenced when sending a message or materializing a draft attachment. Alternative to the multipart upload endpoint.
 * @since 1.0.0
 * @category Operations
 */
export const assetsUploadBase64: TypedEndpoint<'assets.uploadBase64', 'POST', '/v1/assets/upload/base64', typeof AssetsUploadBase64Input, JsonSuccess<typeof AssetUploadBase64Response>, null> = {
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
        schema: AssetUploadBase64Request,
        fields: [
            'content',
            'fileName',
            'mimeType'
        ]
    },
    input: AssetsUploadBase64Input,
    inputCheck: isAssetsUploadBase64Input,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: AssetUploadBase64Response,
        fastCheck: isAssetUploadBase64Response
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `bridges.list` (GET /v1/bridges).
 * @since 1.0.0
 * @category Inputs
 */
export const BridgesListInput = /*#__PURE__*/ Schema.Struct({});

export type BridgesListInput = typeof BridgesListInput.Type;

/**
 * `bridges.list`: GET /v1/bridges — List available bridges
 *
 * List available bridges. A bridge is a chat-network connector that can connect or reconnect chat accounts.
 * Connected accounts use the same Account schema as GET /v1/accounts.
 * @since 1.0.0
 * @category Operations
 */
export const bridgesList: TypedEndpoint<'bridges.list', 'GET', '/v1/bridges', typeof BridgesListInput, JsonSuccess<typeof BridgeListResponse>, null> = {
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
    input: BridgesListInput,
    inputCheck: isBridgesListInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: BridgeListResponse,
        fastCheck: isBridgeListResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `bridges.loginFlows.list` (GET /v1/bridges/{bridgeID}/login-flows).
 * @since 1.0.0
 * @category Inputs
 */
export const BridgesLoginFlowsListInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Bridge ID (e.g. `local-whatsapp`).
     */
    bridgeID: stringCheckIsMinLength1
});

export type BridgesLoginFlowsListInput = typeof BridgesLoginFlowsListInput.Type;

/**
 * `bridges.loginFlows.list`: GET /v1/bridges/{bridgeID}/login-flows — List login flows
 *
 * List connect and reconnect flow options for a bridge. Use a flowID when creating a bridge login session.
 * @since 1.0.0
 * @category Operations
 */
export const bridgesLoginFlowsList: TypedEndpoint<'bridges.loginFlows.list', 'GET', '/v1/bridges/{bridgeID}/login-flows', typeof BridgesLoginFlowsListInput, JsonSuccess<typeof LoginFlowListResponse>, null> = {
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
            schema: stringCheckIsMinLength1
        }
    ],
    queryParams: [],
    headerParams: [],
    body: null,
    input: BridgesLoginFlowsListInput,
    inputCheck: isBridgesLoginFlowsListInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: LoginFlowListResponse,
        fastCheck: isLoginFlowListResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `bridges.logins.list` (GET /v1/bridges/{bridgeID}/logins).
 * @since 1.0.0
 * @category Inputs
 */
export const BridgesLoginsListInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Bridge ID (e.g. `local-whatsapp`).
     */
    bridgeID: Schema.String
});

export type BridgesLoginsListInput = typeof BridgesLoginsListInput.Type;

/**
 * `bridges.logins.list`: GET /v1/bridges/{bridgeID}/logins — List bridge logins
 *
 * List bridge logins. A bridge login is a signed-in identity for a bridge and can contain one or more chat
 * accounts.
 * @since 1.0.0
 * @category Operations
 */
export const bridgesLoginsList: TypedEndpoint<'bridges.logins.list', 'GET', '/v1/bridges/{bridgeID}/logins', typeof BridgesLoginsListInput, JsonSuccess<typeof BridgeLoginListResponse>, null> = {
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
    input: BridgesLoginsListInput,
    inputCheck: isBridgesLoginsListInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: BridgeLoginListResponse,
        fastCheck: isBridgeLoginListResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `bridges.logins.remove` (POST /v1/bridges/{bridgeID}/logins/{loginID}/remove).
 * @since 1.0.0
 * @category Inputs
 */
export const BridgesLoginsRemoveInput = /*#__PURE__*/ Schema.Struct({
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

export type BridgesLoginsRemoveInput = typeof BridgesLoginsRemoveInput.Type;

/**
 * `bridges.logins.remove`: POST /v1/bridges/{bridgeID}/logins/{loginID}/remove — Remove bridge login
 *
 * Remove a bridge login from this device or, when supported by the bridge, from all devices.
 * @since 1.0.0
 * @category Operations
 */
export const bridgesLoginsRemove: TypedEndpoint<'bridges.logins.remove', 'POST', '/v1/bridges/{bridgeID}/logins/{loginID}/remove', typeof BridgesLoginsRemoveInput, JsonSuccess<typeof BridgeLoginRemoveResponse>, null> = {
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
            schema: stringCheckIsMinLength1
        },
        {
            name: 'loginID',
            key: 'loginID',
            required: true,
            array: false,
            style: 'simple',
            explode: false,
            deprecated: false,
            schema: stringCheckIsMinLength1
        }
    ],
    queryParams: [],
    headerParams: [],
    body: {
        contentType: 'application/json',
        required: true,
        schema: BridgeLoginRemoveRequest,
        fields: ['scope']
    },
    input: BridgesLoginsRemoveInput,
    inputCheck: isBridgesLoginsRemoveInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: BridgeLoginRemoveResponse,
        fastCheck: isBridgeLoginRemoveResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `bridges.logins.retrieve` (GET /v1/bridges/{bridgeID}/logins/{loginID}).
 * @since 1.0.0
 * @category Inputs
 */
export const BridgesLoginsRetrieveInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Bridge ID (e.g. `local-whatsapp`).
     */
    bridgeID: Schema.String,
    /**
     * Bridge login ID (e.g. `ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc`).
     */
    loginID: Schema.String
});

export type BridgesLoginsRetrieveInput = typeof BridgesLoginsRetrieveInput.Type;

/**
 * `bridges.logins.retrieve`: GET /v1/bridges/{bridgeID}/logins/{loginID} — Get bridge login
 *
 * Get one bridge login.
 * @since 1.0.0
 * @category Operations
 */
export const bridgesLoginsRetrieve: TypedEndpoint<'bridges.logins.retrieve', 'GET', '/v1/bridges/{bridgeID}/logins/{loginID}', typeof BridgesLoginsRetrieveInput, JsonSuccess<typeof BridgeLogin>, null> = {
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
    input: BridgesLoginsRetrieveInput,
    inputCheck: isBridgesLoginsRetrieveInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: BridgeLogin,
        fastCheck: isBridgeLogin
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `bridges.loginSessions.cancel` (DELETE /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}).
 * @since 1.0.0
 * @category Inputs
 */
export const BridgesLoginSessionsCancelInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Bridge ID (e.g. `local-whatsapp`).
     */
    bridgeID: stringCheckIsMinLength1,
    /**
     * Temporary bridge login session ID.
     */
    loginSessionID: stringCheckIsMinLength1
});

export type BridgesLoginSessionsCancelInput = typeof BridgesLoginSessionsCancelInput.Type;

/**
 * `bridges.loginSessions.cancel`: DELETE /v1/bridges/{bridgeID}/login-sessions/{loginSessionID} — Cancel bridge login session
 *
 * Cancel a temporary bridge login session.
 * @since 1.0.0
 * @category Operations
 */
export const bridgesLoginSessionsCancel: TypedEndpoint<'bridges.loginSessions.cancel', 'DELETE', '/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}', typeof BridgesLoginSessionsCancelInput, JsonSuccess<typeof LoginSessionCancelResponse>, null> = {
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
            schema: stringCheckIsMinLength1
        },
        {
            name: 'loginSessionID',
            key: 'loginSessionID',
            required: true,
            array: false,
            style: 'simple',
            explode: false,
            deprecated: false,
            schema: stringCheckIsMinLength1
        }
    ],
    queryParams: [],
    headerParams: [],
    body: null,
    input: BridgesLoginSessionsCancelInput,
    inputCheck: isBridgesLoginSessionsCancelInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: LoginSessionCancelResponse,
        fastCheck: isLoginSessionCancelResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `bridges.loginSessions.create` (POST /v1/bridges/{bridgeID}/login-sessions).
 * @since 1.0.0
 * @category Inputs
 */
export const BridgesLoginSessionsCreateInput = /*#__PURE__*/ Schema.Struct({
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

export type BridgesLoginSessionsCreateInput = typeof BridgesLoginSessionsCreateInput.Type;

/**
 * `bridges.loginSessions.create`: POST /v1/bridges/{bridgeID}/login-sessions — Create bridge login session
 *
 * Start a temporary bridge login session to connect a new chat account or reconnect an existing bridge login.
 * Omit loginID and accountID to connect a new account.
 * @since 1.0.0
 * @category Operations
 */
export const bridgesLoginSessionsCreate: TypedEndpoint<'bridges.loginSessions.create', 'POST', '/v1/bridges/{bridgeID}/login-sessions', typeof BridgesLoginSessionsCreateInput, JsonSuccess<typeof LoginSession>, null> = {
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
            schema: stringCheckIsMinLength1
        }
    ],
    queryParams: [],
    headerParams: [],
    body: {
        contentType: 'application/json',
        required: false,
        schema: LoginSessionCreateRequest,
        fields: [
            'accountID',
            'flowID',
            'loginID'
        ]
    },
    input: BridgesLoginSessionsCreateInput,
    inputCheck: isBridgesLoginSessionsCreateInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: LoginSession,
        fastCheck: isLoginSession
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `bridges.loginSessions.retrieve` (GET /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}).
 * @since 1.0.0
 * @category Inputs
 */
export const BridgesLoginSessionsRetrieveInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Bridge ID (e.g. `local-whatsapp`).
     */
    bridgeID: stringCheckIsMinLength1,
    /**
     * Temporary bridge login session ID.
     */
    loginSessionID: stringCheckIsMinLength1
});

export type BridgesLoginSessionsRetrieveInput = typeof BridgesLoginSessionsRetrieveInput.Type;

/**
 * `bridges.loginSessions.retrieve`: GET /v1/bridges/{bridgeID}/login-sessions/{loginSessionID} — Get bridge login session
 *
 * Get the current state of a temporary bridge login session.
 * @since 1.0.0
 * @category Operations
 */
export const bridgesLoginSessionsRetrieve: TypedEndpoint<'bridges.loginSessions.retrieve', 'GET', '/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}', typeof BridgesLoginSessionsRetrieveInput, JsonSuccess<typeof LoginSession>, null> = {
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
            schema: stringCheckIsMinLength1
        },
        {
            name: 'loginSessionID',
            key: 'loginSessionID',
            required: true,
            array: false,
            style: 'simple',
            explode: false,
            deprecated: false,
            schema: stringCheckIsMinLength1
        }
    ],
    queryParams: [],
    headerParams: [],
    body: null,
    input: BridgesLoginSessionsRetrieveInput,
    inputCheck: isBridgesLoginSessionsRetrieveInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: LoginSession,
        fastCheck: isLoginSession
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `bridges.loginSessions.steps.submit` (POST /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}).
 * @since 1.0.0
 * @category Inputs
 */
export const BridgesLoginSessionsStepsSubmitInput = /*#__PURE__*/ Schema.Struct({
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

export type BridgesLoginSessionsStepsSubmitInput = typeof BridgesLoginSessionsStepsSubmitInput.Type;

/**
 * `bridges.loginSessions.steps.submit`: POST /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID} — Submit login step
 *
 * Submit input for the current step of a bridge login session.
 * @since 1.0.0
 * @category Operations
 */
export const bridgesLoginSessionsStepsSubmit: TypedEndpoint<'bridges.loginSessions.steps.submit', 'POST', '/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}', typeof BridgesLoginSessionsStepsSubmitInput, JsonSuccess<typeof LoginSession>, null> = {
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
        schema: LoginStepSubmitRequest,
        fields: [
            'type',
            'fields',
            'lastURL',
            'source'
        ]
    },
    input: BridgesLoginSessionsStepsSubmitInput,
    inputCheck: isBridgesLoginSessionsStepsSubmitInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: LoginSession,
        fastCheck: isLoginSession
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `bridges.retrieve` (GET /v1/bridges/{bridgeID}).
 * @since 1.0.0
 * @category Inputs
 */
export const BridgesRetrieveInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Bridge ID (e.g. `local-whatsapp`).
     */
    bridgeID: stringCheckIsMinLength1
});

export type BridgesRetrieveInput = typeof BridgesRetrieveInput.Type;

/**
 * `bridges.retrieve`: GET /v1/bridges/{bridgeID} — Get bridge
 *
 * Get one bridge, including the chat accounts connected through it.
 * @since 1.0.0
 * @category Operations
 */
export const bridgesRetrieve: TypedEndpoint<'bridges.retrieve', 'GET', '/v1/bridges/{bridgeID}', typeof BridgesRetrieveInput, JsonSuccess<typeof Bridge>, null> = {
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
            schema: stringCheckIsMinLength1
        }
    ],
    queryParams: [],
    headerParams: [],
    body: null,
    input: BridgesRetrieveInput,
    inputCheck: isBridgesRetrieveInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: Bridge,
        fastCheck: isBridge
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `bridges.retrieveCapabilities` (GET /v1/bridges/{bridgeID}/capabilities).
 * @since 1.0.0
 * @category Inputs
 */
export const BridgesRetrieveCapabilitiesInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Bridge ID (e.g. `local-whatsapp`).
     */
    bridgeID: stringCheckIsMinLength1
});

export type BridgesRetrieveCapabilitiesInput = typeof BridgesRetrieveCapabilitiesInput.Type;

/**
 * `bridges.retrieveCapabilities`: GET /v1/bridges/{bridgeID}/capabilities — Get bridge capabilities
 *
 * Get advanced network capabilities for a bridge. This endpoint is intended for clients that build custom
 * connect or chat-creation flows.
 * @since 1.0.0
 * @category Operations
 */
export const bridgesRetrieveCapabilities: TypedEndpoint<'bridges.retrieveCapabilities', 'GET', '/v1/bridges/{bridgeID}/capabilities', typeof BridgesRetrieveCapabilitiesInput, JsonSuccess<typeof ProvisioningCapabilities>, null> = {
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
            schema: stringCheckIsMinLength1
        }
    ],
    queryParams: [],
    headerParams: [],
    body: null,
    input: BridgesRetrieveCapabilitiesInput,
    inputCheck: isBridgesRetrieveCapabilitiesInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: ProvisioningCapabilities,
        fastCheck: isProvisioningCapabilities
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `chats.archive` (POST /v1/chats/{chatID}/archive).
 * @since 1.0.0
 * @category Inputs
 */
export const ChatsArchiveInput = /*#__PURE__*/ Schema.Struct({
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

export type ChatsArchiveInput = typeof ChatsArchiveInput.Type;

/**
 * `chats.archive`: POST /v1/chats/{chatID}/archive — Archive or unarchive a chat
 *
 * Archive or unarchive a chat. Set archived=true to move to archive, archived=false to move back to inbox
 * @since 1.0.0
 * @category Operations
 */
export const chatsArchive: TypedEndpoint<'chats.archive', 'POST', '/v1/chats/{chatID}/archive', typeof ChatsArchiveInput, VoidSuccess, null> = {
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
        schema: ChatArchiveRequest,
        fields: ['archived']
    },
    input: ChatsArchiveInput,
    inputCheck: isChatsArchiveInput,
    success: { status: 204, kind: 'void' },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `chats.create` (POST /v1/chats).
 * @since 1.0.0
 * @category Inputs
 */
export const ChatsCreateInput = /*#__PURE__*/ Schema.Struct({
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

export type ChatsCreateInput = typeof ChatsCreateInput.Type;

/**
 * `chats.create`: POST /v1/chats — Create a chat
 *
 * Create a direct or group chat from participant IDs. Returns the created chat.
 * @since 1.0.0
 * @category Operations
 */
export const chatsCreate: TypedEndpoint<'chats.create', 'POST', '/v1/chats', typeof ChatsCreateInput, JsonSuccess<typeof ChatCreateResponse>, null> = {
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
        schema: ChatCreateRequest,
        fields: [
            'accountID',
            'messageText',
            'type',
            'participantIDs',
            'title'
        ]
    },
    input: ChatsCreateInput,
    inputCheck: isChatsCreateInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: ChatCreateResponse,
        fastCheck: isChatCreateResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `chats.list` (GET /v1/chats).
 * @since 1.0.0
 * @category Inputs
 */
export const ChatsListInput = /*#__PURE__*/ Schema.Struct({
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

export type ChatsListInput = typeof ChatsListInput.Type;

/**
 * `chats.list`: GET /v1/chats — List chats
 *
 * List all chats sorted by last activity (most recent first). Combines all accounts into a single paginated list.
 * @since 1.0.0
 * @category Operations
 */
export const chatsList: TypedEndpoint<'chats.list', 'GET', '/v1/chats', typeof ChatsListInput, JsonSuccess<typeof ChatListPage>, {
    readonly style: 'cursor';
    readonly cursorParam: 'cursor';
    readonly directionParam: 'direction';
    readonly limitParam: 'limit';
    readonly defaultDirection: 'before';
    readonly items: 'items';
    readonly hasMore: 'hasMore';
    readonly oldestCursor: 'oldestCursor';
    readonly newestCursor: 'newestCursor';
}> = {
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
            schema: literalsAfterBefore
        },
        {
            name: 'accountIDs',
            key: 'accountIDs',
            required: false,
            array: true,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: arrayString
        },
        {
            name: 'limit',
            key: 'limit',
            required: false,
            array: false,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: intCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo200
        }
    ],
    headerParams: [],
    body: null,
    input: ChatsListInput,
    inputCheck: isChatsListInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: ChatListPage,
        fastCheck: isChatListPage
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `chats.markRead` (POST /v1/chats/{chatID}/read).
 * @since 1.0.0
 * @category Inputs
 */
export const ChatsMarkReadInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Chat ID or local chat ID.
     */
    chatID: Schema.String,
    /**
     * Optional message ID to mark read through.
     */
    messageID: optionalString
});

export type ChatsMarkReadInput = typeof ChatsMarkReadInput.Type;

/**
 * `chats.markRead`: POST /v1/chats/{chatID}/read — Mark a chat as read
 *
 * Mark a chat as read, optionally through a specific message ID.
 * @since 1.0.0
 * @category Operations
 */
export const chatsMarkRead: TypedEndpoint<'chats.markRead', 'POST', '/v1/chats/{chatID}/read', typeof ChatsMarkReadInput, JsonSuccess<typeof Chat>, null> = {
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
        schema: ChatMarkReadRequest,
        fields: ['messageID']
    },
    input: ChatsMarkReadInput,
    inputCheck: isChatsMarkReadInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: Chat,
        fastCheck: isChat
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `chats.markUnread` (POST /v1/chats/{chatID}/unread).
 * @since 1.0.0
 * @category Inputs
 */
export const ChatsMarkUnreadInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Chat ID or local chat ID.
     */
    chatID: Schema.String,
    /**
     * Optional message ID to mark unread from.
     */
    messageID: optionalString
});

export type ChatsMarkUnreadInput = typeof ChatsMarkUnreadInput.Type;

/**
 * `chats.markUnread`: POST /v1/chats/{chatID}/unread — Mark a chat as unread
 *
 * Mark a chat as unread, optionally from a specific message ID.
 * @since 1.0.0
 * @category Operations
 */
export const chatsMarkUnread: TypedEndpoint<'chats.markUnread', 'POST', '/v1/chats/{chatID}/unread', typeof ChatsMarkUnreadInput, JsonSuccess<typeof Chat>, null> = {
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
        schema: ChatMarkUnreadRequest,
        fields: ['messageID']
    },
    input: ChatsMarkUnreadInput,
    inputCheck: isChatsMarkUnreadInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: Chat,
        fastCheck: isChat
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `chats.messages.reactions.add` (POST /v1/chats/{chatID}/messages/{messageID}/reactions).
 * @since 1.0.0
 * @category Inputs
 */
export const ChatsMessagesReactionsAddInput = /*#__PURE__*/ Schema.Struct({
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

export type ChatsMessagesReactionsAddInput = typeof ChatsMessagesReactionsAddInput.Type;

/**
 * `chats.messages.reactions.add`: POST /v1/chats/{chatID}/messages/{messageID}/reactions — Add a reaction
 *
 * Add a reaction to an existing message.
 * @since 1.0.0
 * @category Operations
 */
export const chatsMessagesReactionsAdd: TypedEndpoint<'chats.messages.reactions.add', 'POST', '/v1/chats/{chatID}/messages/{messageID}/reactions', typeof ChatsMessagesReactionsAddInput, JsonSuccess<typeof ReactionAddResponse>, null> = {
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
        schema: ReactionAddRequest,
        fields: ['reactionKey', 'transactionID']
    },
    input: ChatsMessagesReactionsAddInput,
    inputCheck: isChatsMessagesReactionsAddInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: ReactionAddResponse,
        fastCheck: isReactionAddResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `chats.messages.reactions.delete` (DELETE /v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}).
 * @since 1.0.0
 * @category Inputs
 */
export const ChatsMessagesReactionsDeleteInput = /*#__PURE__*/ Schema.Struct({
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

export type ChatsMessagesReactionsDeleteInput = typeof ChatsMessagesReactionsDeleteInput.Type;

/**
 * `chats.messages.reactions.delete`: DELETE /v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey} — Remove a reaction
 *
 * Remove the reaction added by the authenticated user from an existing message.
 * @since 1.0.0
 * @category Operations
 */
export const chatsMessagesReactionsDelete: TypedEndpoint<'chats.messages.reactions.delete', 'DELETE', '/v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}', typeof ChatsMessagesReactionsDeleteInput, JsonSuccess<typeof ReactionDeleteResponse>, null> = {
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
            schema: stringCheckIsMinLength1
        }
    ],
    queryParams: [],
    headerParams: [],
    body: null,
    input: ChatsMessagesReactionsDeleteInput,
    inputCheck: isChatsMessagesReactionsDeleteInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: ReactionDeleteResponse,
        fastCheck: isReactionDeleteResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `chats.messages.reactions.deleteByQuery` (DELETE /v1/chats/{chatID}/messages/{messageID}/reactions).
 * @since 1.0.0
 * @category Inputs
 */
export const ChatsMessagesReactionsDeleteByQueryInput = /*#__PURE__*/ Schema.Struct({
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

export type ChatsMessagesReactionsDeleteByQueryInput = typeof ChatsMessagesReactionsDeleteByQueryInput.Type;

/**
 * `chats.messages.reactions.deleteByQuery`: DELETE /v1/chats/{chatID}/messages/{messageID}/reactions — Remove a reaction (older query-parameter form)
 *
 * Remove the authenticated user's reaction from an existing message, naming the reaction key in the
 * `reactionKey` query parameter. Older form of DELETE /v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey};
 * use that path-segment form instead.
 * @deprecated
 * @since 1.0.0
 * @category Operations
 */
export const chatsMessagesReactionsDeleteByQuery: TypedEndpoint<'chats.messages.reactions.deleteByQuery', 'DELETE', '/v1/chats/{chatID}/messages/{messageID}/reactions', typeof ChatsMessagesReactionsDeleteByQueryInput, JsonSuccess<typeof ReactionDeleteResponse>, null> = {
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
            schema: stringCheckIsMinLength1
        }
    ],
    headerParams: [],
    body: null,
    input: ChatsMessagesReactionsDeleteByQueryInput,
    inputCheck: isChatsMessagesReactionsDeleteByQueryInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: ReactionDeleteResponse,
        fastCheck: isReactionDeleteResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `chats.notifyAnyway` (POST /v1/chats/{chatID}/notify-anyway).
 * @since 1.0.0
 * @category Inputs
 */
export const ChatsNotifyAnywayInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Chat ID or local chat ID.
     */
    chatID: Schema.String,
    /**
     * The request body.
     */
    body: /*#__PURE__*/ Schema.optional(recordStringUnknown)
});

export type ChatsNotifyAnywayInput = typeof ChatsNotifyAnywayInput.Type;

/**
 * `chats.notifyAnyway`: POST /v1/chats/{chatID}/notify-anyway — Notify anyway
 *
 * Force a delivery notification when supported by the underlying network. Currently intended for iMessage on macOS; unsupported networks return an error.
 * @since 1.0.0
 * @category Operations
 */
export const chatsNotifyAnyway: TypedEndpoint<'chats.notifyAnyway', 'POST', '/v1/chats/{chatID}/notify-anyway', typeof ChatsNotifyAnywayInput, JsonSuccess<typeof Chat>, null> = {
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
        schema: recordStringUnknown,
        fields: null
    },
    input: ChatsNotifyAnywayInput,
    inputCheck: isChatsNotifyAnywayInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: Chat,
        fastCheck: isChat
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `chats.reminders.create` (POST /v1/chats/{chatID}/reminders).
 * @since 1.0.0
 * @category Inputs
 */
export const ChatsRemindersCreateInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Chat ID or local chat ID.
     */
    chatID: Schema.String,
    reminder: ChatReminderInput
});

export type ChatsRemindersCreateInput = typeof ChatsRemindersCreateInput.Type;

/**
 * `chats.reminders.create`: POST /v1/chats/{chatID}/reminders — Create a chat reminder
 *
 * Set a reminder for a chat at a specific time
 * @since 1.0.0
 * @category Operations
 */
export const chatsRemindersCreate: TypedEndpoint<'chats.reminders.create', 'POST', '/v1/chats/{chatID}/reminders', typeof ChatsRemindersCreateInput, VoidSuccess, null> = {
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
        schema: ChatReminderCreateRequest,
        fields: ['reminder']
    },
    input: ChatsRemindersCreateInput,
    inputCheck: isChatsRemindersCreateInput,
    success: { status: 204, kind: 'void' },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `chats.reminders.delete` (DELETE /v1/chats/{chatID}/reminders).
 * @since 1.0.0
 * @category Inputs
 */
export const ChatsRemindersDeleteInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Chat ID or local chat ID.
     */
    chatID: Schema.String
});

export type ChatsRemindersDeleteInput = typeof ChatsRemindersDeleteInput.Type;

/**
 * `chats.reminders.delete`: DELETE /v1/chats/{chatID}/reminders — Delete a chat reminder
 *
 * Clear an existing reminder from a chat
 * @since 1.0.0
 * @category Operations
 */
export const chatsRemindersDelete: TypedEndpoint<'chats.reminders.delete', 'DELETE', '/v1/chats/{chatID}/reminders', typeof ChatsRemindersDeleteInput, VoidSuccess, null> = {
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
    input: ChatsRemindersDeleteInput,
    inputCheck: isChatsRemindersDeleteInput,
    success: { status: 204, kind: 'void' },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `chats.retrieve` (GET /v1/chats/{chatID}).
 * @since 1.0.0
 * @category Inputs
 */
export const ChatsRetrieveInput = /*#__PURE__*/ Schema.Struct({
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

export type ChatsRetrieveInput = typeof ChatsRetrieveInput.Type;

/**
 * `chats.retrieve`: GET /v1/chats/{chatID} — Retrieve chat details
 *
 * Retrieve chat details including metadata, participants, and latest message
 * @since 1.0.0
 * @category Operations
 */
export const chatsRetrieve: TypedEndpoint<'chats.retrieve', 'GET', '/v1/chats/{chatID}', typeof ChatsRetrieveInput, JsonSuccess<typeof Chat>, null> = {
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
            schema: nullOrIntCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo500
        }
    ],
    headerParams: [],
    body: null,
    input: ChatsRetrieveInput,
    inputCheck: isChatsRetrieveInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: Chat,
        fastCheck: isChat
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `chats.search` (GET /v1/chats/search).
 * @since 1.0.0
 * @category Inputs
 */
export const ChatsSearchInput = /*#__PURE__*/ Schema.Struct({
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

export type ChatsSearchInput = typeof ChatsSearchInput.Type;

/**
 * `chats.search`: GET /v1/chats/search — Search chats
 *
 * Search chats by title, network, or participant names.
 * @since 1.0.0
 * @category Operations
 */
export const chatsSearch: TypedEndpoint<'chats.search', 'GET', '/v1/chats/search', typeof ChatsSearchInput, JsonSuccess<typeof ChatSearchPage>, {
    readonly style: 'cursor';
    readonly cursorParam: 'cursor';
    readonly directionParam: 'direction';
    readonly limitParam: 'limit';
    readonly defaultDirection: 'before';
    readonly items: 'items';
    readonly hasMore: 'hasMore';
    readonly oldestCursor: 'oldestCursor';
    readonly newestCursor: 'newestCursor';
}> = {
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
            schema: literalsAfterBefore
        },
        {
            name: 'inbox',
            key: 'inbox',
            required: false,
            array: false,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: literalsPrimaryLowPriorityArchive
        },
        {
            name: 'unreadOnly',
            key: 'unreadOnly',
            required: false,
            array: false,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: nullOrBoolean
        },
        {
            name: 'limit',
            key: 'limit',
            required: false,
            array: false,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: intCheckIsGreaterThanOrEqualTo1IsLessThanOrEqualTo200
        },
        {
            name: 'type',
            key: 'type',
            required: false,
            array: false,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: literalsSingleGroupAny
        },
        {
            name: 'query',
            key: 'query',
            required: false,
            array: false,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: stringCheckIsMinLength1
        },
        {
            name: 'scope',
            key: 'scope',
            required: false,
            array: false,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: literalsTitlesParticipants
        },
        {
            name: 'lastActivityBefore',
            key: 'lastActivityBefore',
            required: false,
            array: false,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: stringCheckDateTimeFormat
        },
        {
            name: 'lastActivityAfter',
            key: 'lastActivityAfter',
            required: false,
            array: false,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: stringCheckDateTimeFormat
        },
        {
            name: 'accountIDs',
            key: 'accountIDs',
            required: false,
            array: true,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: arrayString
        },
        {
            name: 'includeMuted',
            key: 'includeMuted',
            required: false,
            array: false,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: nullOrBoolean
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
    input: ChatsSearchInput,
    inputCheck: isChatsSearchInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: ChatSearchPage,
        fastCheck: isChatSearchPage
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `chats.start` (POST /v1/chats/start).
 * @since 1.0.0
 * @category Inputs
 */
export const ChatsStartInput = /*#__PURE__*/ Schema.Struct({
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

export type ChatsStartInput = typeof ChatsStartInput.Type;

/**
 * `chats.start`: POST /v1/chats/start — Start a direct chat
 *
 * Resolve a user/contact and open a direct chat. Reuses and returns an existing direct chat when one is found. Available in Beeper Desktop v4.2.808+.
 * @since 1.0.0
 * @category Operations
 */
export const chatsStart: TypedEndpoint<'chats.start', 'POST', '/v1/chats/start', typeof ChatsStartInput, JsonSuccess<typeof ChatCreateResponse>, null> = {
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
        schema: ChatStartRequest,
        fields: [
            'accountID',
            'messageText',
            'user',
            'allowInvite'
        ]
    },
    input: ChatsStartInput,
    inputCheck: isChatsStartInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: ChatCreateResponse,
        fastCheck: isChatCreateResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `chats.update` (PATCH /v1/chats/{chatID}).
 * @since 1.0.0
 * @category Inputs
 */
export const ChatsUpdateInput = /*#__PURE__*/ Schema.Struct({
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

export type ChatsUpdateInput = typeof ChatsUpdateInput.Type;

/**
 * `chats.update`: PATCH /v1/chats/{chatID} — Update chat
 *
 * Update supported chat fields. Non-empty draft objects are accepted only when the current draft is empty. Send draft=null to clear the draft before setting new draft text or attachments.
 * @since 1.0.0
 * @category Operations
 */
export const chatsUpdate: TypedEndpoint<'chats.update', 'PATCH', '/v1/chats/{chatID}', typeof ChatsUpdateInput, JsonSuccess<typeof Chat>, null> = {
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
        schema: ChatUpdateRequest,
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
    input: ChatsUpdateInput,
    inputCheck: isChatsUpdateInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: Chat,
        fastCheck: isChat
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `focus` (POST /v1/focus).
 * @since 1.0.0
 * @category Inputs
 */
export const FocusInput = /*#__PURE__*/ Schema.Struct({
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

export type FocusInput = typeof FocusInput.Type;

/**
 * `focus`: POST /v1/focus — Focus Beeper Desktop app
 *
 * Focus Beeper Desktop and optionally navigate to a specific chat, message, or pre-fill plain text and an image path.
 * @since 1.0.0
 * @category Operations
 */
export const focus: TypedEndpoint<'focus', 'POST', '/v1/focus', typeof FocusInput, JsonSuccess<typeof FocusResponse>, null> = {
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
        schema: FocusRequest,
        fields: [
            'chatID',
            'messageID',
            'draftText',
            'draftAttachmentPath'
        ]
    },
    input: FocusInput,
    inputCheck: isFocusInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: FocusResponse,
        fastCheck: isFocusResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `info.retrieve` (GET /v1/info).
 * @since 1.0.0
 * @category Inputs
 */
export const InfoRetrieveInput = /*#__PURE__*/ Schema.Struct({});

export type InfoRetrieveInput = typeof InfoRetrieveInput.Type;

/**
 * `info.retrieve`: GET /v1/info — Retrieve server info
 *
 * Returns app, platform, server, endpoint discovery, OAuth, and WebSocket metadata for this Beeper Desktop instance.
 * @since 1.0.0
 * @category Operations
 */
export const infoRetrieve: TypedEndpoint<'info.retrieve', 'GET', '/v1/info', typeof InfoRetrieveInput, JsonSuccess<typeof InfoRetrieveResponse>, null> = {
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
    input: InfoRetrieveInput,
    inputCheck: isInfoRetrieveInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: InfoRetrieveResponse,
        fastCheck: isInfoRetrieveResponse
    },
    errors: { 500: Error }
};

/**
 * Input of `labels.list` (GET /v1/labels).
 * @since 1.0.0
 * @category Inputs
 */
export const LabelsListInput = /*#__PURE__*/ Schema.Struct({});

export type LabelsListInput = typeof LabelsListInput.Type;

/**
 * Success body of `labels.list`.
 */
const LabelsListSuccess = /*#__PURE__*/ Schema.Array(Label);

/**
 * `labels.list`: GET /v1/labels — List labels
 *
 * List the labels the user has created for organizing chats. Filter chats by label via GET /v1/chats/search with labelID.
 * @since 1.0.0
 * @category Operations
 */
export const labelsList: TypedEndpoint<'labels.list', 'GET', '/v1/labels', typeof LabelsListInput, JsonSuccess<typeof LabelsListSuccess>, null> = {
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
    input: LabelsListInput,
    inputCheck: isLabelsListInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: LabelsListSuccess,
        fastCheck: isLabelsListResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `messages.delete` (DELETE /v1/chats/{chatID}/messages/{messageID}).
 * @since 1.0.0
 * @category Inputs
 */
export const MessagesDeleteInput = /*#__PURE__*/ Schema.Struct({
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

export type MessagesDeleteInput = typeof MessagesDeleteInput.Type;

/**
 * `messages.delete`: DELETE /v1/chats/{chatID}/messages/{messageID} — Delete a message
 *
 * Delete a message by final message ID. Pending message IDs are not accepted because messages cannot be deleted while sending.
 * @since 1.0.0
 * @category Operations
 */
export const messagesDelete: TypedEndpoint<'messages.delete', 'DELETE', '/v1/chats/{chatID}/messages/{messageID}', typeof MessagesDeleteInput, VoidSuccess, null> = {
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
            schema: nullOrBoolean
        }
    ],
    headerParams: [],
    body: null,
    input: MessagesDeleteInput,
    inputCheck: isMessagesDeleteInput,
    success: { status: 204, kind: 'void' },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `messages.list` (GET /v1/chats/{chatID}/messages).
 * @since 1.0.0
 * @category Inputs
 */
export const MessagesListInput = /*#__PURE__*/ Schema.Struct({
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

export type MessagesListInput = typeof MessagesListInput.Type;

/**
 * `messages.list`: GET /v1/chats/{chatID}/messages — List messages
 *
 * List all messages in a chat with cursor-based pagination. Sorted by timestamp.
 * @since 1.0.0
 * @category Operations
 */
export const messagesList: TypedEndpoint<'messages.list', 'GET', '/v1/chats/{chatID}/messages', typeof MessagesListInput, JsonSuccess<typeof MessageListPage>, {
    readonly style: 'cursor';
    readonly cursorParam: 'cursor';
    readonly directionParam: 'direction';
    readonly defaultDirection: 'before';
    readonly items: 'items';
    readonly hasMore: 'hasMore';
    readonly oldestCursor: 'oldestCursor';
    readonly newestCursor: 'newestCursor';
}> = {
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
            schema: literalsAfterBefore
        }
    ],
    headerParams: [],
    body: null,
    input: MessagesListInput,
    inputCheck: isMessagesListInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: MessageListPage,
        fastCheck: isMessageListPage
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `messages.retrieve` (GET /v1/chats/{chatID}/messages/{messageID}).
 * @since 1.0.0
 * @category Inputs
 */
export const MessagesRetrieveInput = /*#__PURE__*/ Schema.Struct({
    /**
     * Chat ID or local chat ID.
     */
    chatID: Schema.String,
    /**
     * Message ID.
     */
    messageID: Schema.String
});

export type MessagesRetrieveInput = typeof MessagesRetrieveInput.Type;

/**
 * `messages.retrieve`: GET /v1/chats/{chatID}/messages/{messageID} — Retrieve a message
 *
 * Retrieve a message by final message ID, pendingMessageID, or Matrix event ID. Chat ID may be a Beeper chat ID or local chat ID.
 * @since 1.0.0
 * @category Operations
 */
export const messagesRetrieve: TypedEndpoint<'messages.retrieve', 'GET', '/v1/chats/{chatID}/messages/{messageID}', typeof MessagesRetrieveInput, JsonSuccess<typeof Message>, null> = {
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
    input: MessagesRetrieveInput,
    inputCheck: isMessagesRetrieveInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: Message,
        fastCheck: isMessage
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `messages.search` (GET /v1/messages/search).
 * @since 1.0.0
 * @category Inputs
 */
export const MessagesSearchInput = /*#__PURE__*/ Schema.Struct({
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

export type MessagesSearchInput = typeof MessagesSearchInput.Type;

/**
 * `messages.search`: GET /v1/messages/search — Search messages
 *
 * Search messages across chats.
 * @since 1.0.0
 * @category Operations
 */
export const messagesSearch: TypedEndpoint<'messages.search', 'GET', '/v1/messages/search', typeof MessagesSearchInput, JsonSuccess<typeof MessageSearchPage>, {
    readonly style: 'cursor';
    readonly cursorParam: 'cursor';
    readonly directionParam: 'direction';
    readonly limitParam: 'limit';
    readonly defaultDirection: 'before';
    readonly items: 'items';
    readonly hasMore: 'hasMore';
    readonly oldestCursor: 'oldestCursor';
    readonly newestCursor: 'newestCursor';
}> = {
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
            schema: stringCheckIsMinLength0
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
            schema: literalsAfterBefore
        },
        {
            name: 'chatIDs',
            key: 'chatIDs',
            required: false,
            array: true,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: arrayString
        },
        {
            name: 'accountIDs',
            key: 'accountIDs',
            required: false,
            array: true,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: arrayString
        },
        {
            name: 'chatType',
            key: 'chatType',
            required: false,
            array: false,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: literalsGroupSingle
        },
        {
            name: 'mediaTypes',
            key: 'mediaTypes',
            required: false,
            array: true,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: arrayLiteralsAnyVideoImageLinkFile
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
            schema: stringCheckDateTimeFormat
        },
        {
            name: 'dateBefore',
            key: 'dateBefore',
            required: false,
            array: false,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: stringCheckDateTimeFormat
        },
        {
            name: 'limit',
            key: 'limit',
            required: false,
            array: false,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: intCheckIsGreaterThan0IsLessThanOrEqualTo20
        },
        {
            name: 'excludeLowPriority',
            key: 'excludeLowPriority',
            required: false,
            array: false,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: nullOrBoolean
        },
        {
            name: 'includeMuted',
            key: 'includeMuted',
            required: false,
            array: false,
            style: 'form',
            explode: true,
            deprecated: false,
            schema: nullOrBoolean
        }
    ],
    headerParams: [],
    body: null,
    input: MessagesSearchInput,
    inputCheck: isMessagesSearchInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: MessageSearchPage,
        fastCheck: isMessageSearchPage
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `messages.send` (POST /v1/chats/{chatID}/messages).
 * @since 1.0.0
 * @category Inputs
 */
export const MessagesSendInput = /*#__PURE__*/ Schema.Struct({
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

export type MessagesSendInput = typeof MessagesSendInput.Type;

/**
 * `messages.send`: POST /v1/chats/{chatID}/messages — Send a message
 *
 * Send a text message to a specific chat. Supports replying to existing messages. Returns a pending message ID.
 * @since 1.0.0
 * @category Operations
 */
export const messagesSend: TypedEndpoint<'messages.send', 'POST', '/v1/chats/{chatID}/messages', typeof MessagesSendInput, JsonSuccess<typeof MessageSendResponse>, null> = {
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
        schema: MessageSendRequest,
        fields: [
            'text',
            'replyToMessageID',
            'attachment'
        ]
    },
    input: MessagesSendInput,
    inputCheck: isMessagesSendInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: MessageSendResponse,
        fastCheck: isMessageSendResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `messages.update` (PUT /v1/chats/{chatID}/messages/{messageID}).
 * @since 1.0.0
 * @category Inputs
 */
export const MessagesUpdateInput = /*#__PURE__*/ Schema.Struct({
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

export type MessagesUpdateInput = typeof MessagesUpdateInput.Type;

/**
 * `messages.update`: PUT /v1/chats/{chatID}/messages/{messageID} — Edit a message
 *
 * Edit the text content of an existing message. Messages with attachments cannot be edited.
 * @since 1.0.0
 * @category Operations
 */
export const messagesUpdate: TypedEndpoint<'messages.update', 'PUT', '/v1/chats/{chatID}/messages/{messageID}', typeof MessagesUpdateInput, JsonSuccess<typeof MessageUpdateResponse>, null> = {
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
        schema: MessageUpdateRequest,
        fields: ['text']
    },
    input: MessagesUpdateInput,
    inputCheck: isMessagesUpdateInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: MessageUpdateResponse,
        fastCheck: isMessageUpdateResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * Input of `search` (GET /v1/search).
 * @since 1.0.0
 * @category Inputs
 */
export const SearchInput = /*#__PURE__*/ Schema.Struct({
    /**
     * User-typed search text. Literal word matching (non-semantic).
     */
    query: stringCheckIsMinLength1
});

export type SearchInput = typeof SearchInput.Type;

/**
 * `search`: GET /v1/search — Search
 *
 * Returns matching chats, participant name matches in groups, and the first page of messages in one call. Paginate messages via search-messages. Paginate chats via search-chats.
 * @since 1.0.0
 * @category Operations
 */
export const search: TypedEndpoint<'search', 'GET', '/v1/search', typeof SearchInput, JsonSuccess<typeof SearchResponse>, null> = {
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
            schema: stringCheckIsMinLength1
        }
    ],
    headerParams: [],
    body: null,
    input: SearchInput,
    inputCheck: isSearchInput,
    success: {
        status: 200,
        kind: 'json',
        contentType: 'application/json',
        schema: SearchResponse,
        fastCheck: isSearchResponse
    },
    errors: {
        400: Error,
        401: Error,
        403: Error,
        404: Error,
        422: Error,
        429: Error,
        500: Error
    }
};

/**
 * The type of the endpoint table.
 * @since 1.0.0
 * @category Endpoints
 */
export type Endpoints = {
    readonly 'accounts.contacts.list': typeof accountsContactsList;
    readonly 'accounts.contacts.search': typeof accountsContactsSearch;
    readonly 'accounts.list': typeof accountsList;
    readonly 'accounts.retrieve': typeof accountsRetrieve;
    readonly 'app.setup.email': typeof appSetupEmail;
    readonly 'app.setup.recoveryKey.reset.confirm': typeof appSetupRecoveryKeyResetConfirm;
    readonly 'app.setup.recoveryKey.reset.create': typeof appSetupRecoveryKeyResetCreate;
    readonly 'app.setup.recoveryKey.verify': typeof appSetupRecoveryKeyVerify;
    readonly 'app.setup.register': typeof appSetupRegister;
    readonly 'app.setup.response': typeof appSetupResponse;
    readonly 'app.setup.retrieve': typeof appSetupRetrieve;
    readonly 'app.setup.start': typeof appSetupStart;
    readonly 'app.setup.verifications.accept': typeof appSetupVerificationsAccept;
    readonly 'app.setup.verifications.cancel': typeof appSetupVerificationsCancel;
    readonly 'app.setup.verifications.create': typeof appSetupVerificationsCreate;
    readonly 'app.setup.verifications.list': typeof appSetupVerificationsList;
    readonly 'app.setup.verifications.qr.confirmScanned': typeof appSetupVerificationsQrConfirmScanned;
    readonly 'app.setup.verifications.qr.scan': typeof appSetupVerificationsQrScan;
    readonly 'app.setup.verifications.retrieve': typeof appSetupVerificationsRetrieve;
    readonly 'app.setup.verifications.sas.confirm': typeof appSetupVerificationsSasConfirm;
    readonly 'app.setup.verifications.sas.start': typeof appSetupVerificationsSasStart;
    readonly 'assets.download': typeof assetsDownload;
    readonly 'assets.serve': typeof assetsServe;
    readonly 'assets.upload': typeof assetsUpload;
    readonly 'assets.uploadBase64': typeof assetsUploadBase64;
    readonly 'bridges.list': typeof bridgesList;
    readonly 'bridges.loginFlows.list': typeof bridgesLoginFlowsList;
    readonly 'bridges.logins.list': typeof bridgesLoginsList;
    readonly 'bridges.logins.remove': typeof bridgesLoginsRemove;
    readonly 'bridges.logins.retrieve': typeof bridgesLoginsRetrieve;
    readonly 'bridges.loginSessions.cancel': typeof bridgesLoginSessionsCancel;
    readonly 'bridges.loginSessions.create': typeof bridgesLoginSessionsCreate;
    readonly 'bridges.loginSessions.retrieve': typeof bridgesLoginSessionsRetrieve;
    readonly 'bridges.loginSessions.steps.submit': typeof bridgesLoginSessionsStepsSubmit;
    readonly 'bridges.retrieve': typeof bridgesRetrieve;
    readonly 'bridges.retrieveCapabilities': typeof bridgesRetrieveCapabilities;
    readonly 'chats.archive': typeof chatsArchive;
    readonly 'chats.create': typeof chatsCreate;
    readonly 'chats.list': typeof chatsList;
    readonly 'chats.markRead': typeof chatsMarkRead;
    readonly 'chats.markUnread': typeof chatsMarkUnread;
    readonly 'chats.messages.reactions.add': typeof chatsMessagesReactionsAdd;
    readonly 'chats.messages.reactions.delete': typeof chatsMessagesReactionsDelete;
    readonly 'chats.messages.reactions.deleteByQuery': typeof chatsMessagesReactionsDeleteByQuery;
    readonly 'chats.notifyAnyway': typeof chatsNotifyAnyway;
    readonly 'chats.reminders.create': typeof chatsRemindersCreate;
    readonly 'chats.reminders.delete': typeof chatsRemindersDelete;
    readonly 'chats.retrieve': typeof chatsRetrieve;
    readonly 'chats.search': typeof chatsSearch;
    readonly 'chats.start': typeof chatsStart;
    readonly 'chats.update': typeof chatsUpdate;
    readonly focus: typeof focus;
    readonly 'info.retrieve': typeof infoRetrieve;
    readonly 'labels.list': typeof labelsList;
    readonly 'messages.delete': typeof messagesDelete;
    readonly 'messages.list': typeof messagesList;
    readonly 'messages.retrieve': typeof messagesRetrieve;
    readonly 'messages.search': typeof messagesSearch;
    readonly 'messages.send': typeof messagesSend;
    readonly 'messages.update': typeof messagesUpdate;
    readonly search: typeof search;
};

/**
 * Every operation of the Beeper Desktop API, keyed by operationId (e.g. `chats.messages.reactions.add`).
 * Schema values keep their types: `typeof endpoints["chats.list"]["success"]["schema"]["Type"]`.
 * Referencing it keeps every operation in a bundle: import the operations a program calls by name instead.
 * @since 1.0.0
 * @category Endpoints
 */
export const endpoints: Endpoints = {
    'accounts.contacts.list': accountsContactsList,
    'accounts.contacts.search': accountsContactsSearch,
    'accounts.list': accountsList,
    'accounts.retrieve': accountsRetrieve,
    'app.setup.email': appSetupEmail,
    'app.setup.recoveryKey.reset.confirm': appSetupRecoveryKeyResetConfirm,
    'app.setup.recoveryKey.reset.create': appSetupRecoveryKeyResetCreate,
    'app.setup.recoveryKey.verify': appSetupRecoveryKeyVerify,
    'app.setup.register': appSetupRegister,
    'app.setup.response': appSetupResponse,
    'app.setup.retrieve': appSetupRetrieve,
    'app.setup.start': appSetupStart,
    'app.setup.verifications.accept': appSetupVerificationsAccept,
    'app.setup.verifications.cancel': appSetupVerificationsCancel,
    'app.setup.verifications.create': appSetupVerificationsCreate,
    'app.setup.verifications.list': appSetupVerificationsList,
    'app.setup.verifications.qr.confirmScanned': appSetupVerificationsQrConfirmScanned,
    'app.setup.verifications.qr.scan': appSetupVerificationsQrScan,
    'app.setup.verifications.retrieve': appSetupVerificationsRetrieve,
    'app.setup.verifications.sas.confirm': appSetupVerificationsSasConfirm,
    'app.setup.verifications.sas.start': appSetupVerificationsSasStart,
    'assets.download': assetsDownload,
    'assets.serve': assetsServe,
    'assets.upload': assetsUpload,
    'assets.uploadBase64': assetsUploadBase64,
    'bridges.list': bridgesList,
    'bridges.loginFlows.list': bridgesLoginFlowsList,
    'bridges.logins.list': bridgesLoginsList,
    'bridges.logins.remove': bridgesLoginsRemove,
    'bridges.logins.retrieve': bridgesLoginsRetrieve,
    'bridges.loginSessions.cancel': bridgesLoginSessionsCancel,
    'bridges.loginSessions.create': bridgesLoginSessionsCreate,
    'bridges.loginSessions.retrieve': bridgesLoginSessionsRetrieve,
    'bridges.loginSessions.steps.submit': bridgesLoginSessionsStepsSubmit,
    'bridges.retrieve': bridgesRetrieve,
    'bridges.retrieveCapabilities': bridgesRetrieveCapabilities,
    'chats.archive': chatsArchive,
    'chats.create': chatsCreate,
    'chats.list': chatsList,
    'chats.markRead': chatsMarkRead,
    'chats.markUnread': chatsMarkUnread,
    'chats.messages.reactions.add': chatsMessagesReactionsAdd,
    'chats.messages.reactions.delete': chatsMessagesReactionsDelete,
    'chats.messages.reactions.deleteByQuery': chatsMessagesReactionsDeleteByQuery,
    'chats.notifyAnyway': chatsNotifyAnyway,
    'chats.reminders.create': chatsRemindersCreate,
    'chats.reminders.delete': chatsRemindersDelete,
    'chats.retrieve': chatsRetrieve,
    'chats.search': chatsSearch,
    'chats.start': chatsStart,
    'chats.update': chatsUpdate,
    focus,
    'info.retrieve': infoRetrieve,
    'labels.list': labelsList,
    'messages.delete': messagesDelete,
    'messages.list': messagesList,
    'messages.retrieve': messagesRetrieve,
    'messages.search': messagesSearch,
    'messages.send': messagesSend,
    'messages.update': messagesUpdate,
    search
};

/**
 * Every operationId.
 * @since 1.0.0
 * @category Endpoints
 */
export type OperationId = keyof Endpoints;

/**
 * The table as a list (also checks, at compile time, that every entry is an `Endpoint`).
 * @since 1.0.0
 * @category Endpoints
 */
export const endpointList: ReadonlyArray<Endpoint> = /*#__PURE__*/ Object.values(endpoints);
