// generated — do not edit.
// Source: spec/openapi.yaml · generator: @hey-api/openapi-ts 0.99.0 · regenerate with `pnpm generate`.

import { client } from './client.gen.ts';
import { type Client, type ClientMeta, formDataBodySerializer, type Options as Options2, type RequestResult, type TDataShape } from './client/index.ts';
import type { AccountsContactsListData, AccountsContactsListErrors, AccountsContactsListResponses, AccountsContactsSearchData, AccountsContactsSearchErrors, AccountsContactsSearchResponses, AccountsListData, AccountsListErrors, AccountsListResponses, AccountsRetrieveData, AccountsRetrieveErrors, AccountsRetrieveResponses, AppSetupEmailData, AppSetupEmailErrors, AppSetupEmailResponses, AppSetupRecoveryKeyResetConfirmData, AppSetupRecoveryKeyResetConfirmErrors, AppSetupRecoveryKeyResetConfirmResponses, AppSetupRecoveryKeyResetCreateData, AppSetupRecoveryKeyResetCreateErrors, AppSetupRecoveryKeyResetCreateResponses, AppSetupRecoveryKeyVerifyData, AppSetupRecoveryKeyVerifyErrors, AppSetupRecoveryKeyVerifyResponses, AppSetupRegisterData, AppSetupRegisterErrors, AppSetupRegisterResponses, AppSetupResponseData, AppSetupResponseErrors, AppSetupResponseResponses, AppSetupRetrieveData, AppSetupRetrieveErrors, AppSetupRetrieveResponses, AppSetupStartData, AppSetupStartErrors, AppSetupStartResponses, AppSetupVerificationsAcceptData, AppSetupVerificationsAcceptErrors, AppSetupVerificationsAcceptResponses, AppSetupVerificationsCancelData, AppSetupVerificationsCancelErrors, AppSetupVerificationsCancelResponses, AppSetupVerificationsCreateData, AppSetupVerificationsCreateErrors, AppSetupVerificationsCreateResponses, AppSetupVerificationsListData, AppSetupVerificationsListErrors, AppSetupVerificationsListResponses, AppSetupVerificationsQrConfirmScannedData, AppSetupVerificationsQrConfirmScannedErrors, AppSetupVerificationsQrConfirmScannedResponses, AppSetupVerificationsQrScanData, AppSetupVerificationsQrScanErrors, AppSetupVerificationsQrScanResponses, AppSetupVerificationsRetrieveData, AppSetupVerificationsRetrieveErrors, AppSetupVerificationsRetrieveResponses, AppSetupVerificationsSasConfirmData, AppSetupVerificationsSasConfirmErrors, AppSetupVerificationsSasConfirmResponses, AppSetupVerificationsSasStartData, AppSetupVerificationsSasStartErrors, AppSetupVerificationsSasStartResponses, AssetsDownloadData, AssetsDownloadErrors, AssetsDownloadResponses, AssetsServeData, AssetsServeErrors, AssetsServeResponses, AssetsUploadBase64Data, AssetsUploadBase64Errors, AssetsUploadBase64Responses, AssetsUploadData, AssetsUploadErrors, AssetsUploadResponses, BridgesListData, BridgesListErrors, BridgesListResponses, BridgesLoginFlowsListData, BridgesLoginFlowsListErrors, BridgesLoginFlowsListResponses, BridgesLoginSessionsCancelData, BridgesLoginSessionsCancelErrors, BridgesLoginSessionsCancelResponses, BridgesLoginSessionsCreateData, BridgesLoginSessionsCreateErrors, BridgesLoginSessionsCreateResponses, BridgesLoginSessionsRetrieveData, BridgesLoginSessionsRetrieveErrors, BridgesLoginSessionsRetrieveResponses, BridgesLoginSessionsStepsSubmitData, BridgesLoginSessionsStepsSubmitErrors, BridgesLoginSessionsStepsSubmitResponses, BridgesLoginsListData, BridgesLoginsListErrors, BridgesLoginsListResponses, BridgesLoginsRemoveData, BridgesLoginsRemoveErrors, BridgesLoginsRemoveResponses, BridgesLoginsRetrieveData, BridgesLoginsRetrieveErrors, BridgesLoginsRetrieveResponses, BridgesRetrieveCapabilitiesData, BridgesRetrieveCapabilitiesErrors, BridgesRetrieveCapabilitiesResponses, BridgesRetrieveData, BridgesRetrieveErrors, BridgesRetrieveResponses, ChatsArchiveData, ChatsArchiveErrors, ChatsArchiveResponses, ChatsCreateData, ChatsCreateErrors, ChatsCreateResponses, ChatsListData, ChatsListErrors, ChatsListResponses, ChatsMarkReadData, ChatsMarkReadErrors, ChatsMarkReadResponses, ChatsMarkUnreadData, ChatsMarkUnreadErrors, ChatsMarkUnreadResponses, ChatsMessagesReactionsAddData, ChatsMessagesReactionsAddErrors, ChatsMessagesReactionsAddResponses, ChatsMessagesReactionsDeleteByQueryData, ChatsMessagesReactionsDeleteByQueryErrors, ChatsMessagesReactionsDeleteByQueryResponses, ChatsMessagesReactionsDeleteData, ChatsMessagesReactionsDeleteErrors, ChatsMessagesReactionsDeleteResponses, ChatsNotifyAnywayData, ChatsNotifyAnywayErrors, ChatsNotifyAnywayResponses, ChatsRemindersCreateData, ChatsRemindersCreateErrors, ChatsRemindersCreateResponses, ChatsRemindersDeleteData, ChatsRemindersDeleteErrors, ChatsRemindersDeleteResponses, ChatsRetrieveData, ChatsRetrieveErrors, ChatsRetrieveResponses, ChatsSearchData, ChatsSearchErrors, ChatsSearchResponses, ChatsStartData, ChatsStartErrors, ChatsStartResponses, ChatsUpdateData, ChatsUpdateErrors, ChatsUpdateResponses, FocusData, FocusErrors, FocusResponses, InfoRetrieveData, InfoRetrieveErrors, InfoRetrieveResponses, LabelsListData, LabelsListErrors, LabelsListResponses, MessagesDeleteData, MessagesDeleteErrors, MessagesDeleteResponses, MessagesListData, MessagesListErrors, MessagesListResponses, MessagesRetrieveData, MessagesRetrieveErrors, MessagesRetrieveResponses, MessagesSearchData, MessagesSearchErrors, MessagesSearchResponses, MessagesSendData, MessagesSendErrors, MessagesSendResponses, MessagesUpdateData, MessagesUpdateErrors, MessagesUpdateResponses, SearchData, SearchErrors, SearchResponses } from './types.gen.ts';

/**
 * Options of every SDK method: the operation's parameters (its `*Data` type: path, query, headers, body) and per-call settings (`client`, `meta`, `throwOnError`, `responseStyle`, `fetch` ...).
 */
export type Options<TData extends TDataShape = TDataShape, ThrowOnError extends boolean = boolean, TResponse = unknown> = Options2<TData, ThrowOnError, TResponse> & {
    /**
     * You can provide a client instance returned by `createClient()` instead of
     * individual options. This might be also useful if you want to implement a
     * custom client.
     */
    client?: Client;
    /**
     * You can pass arbitrary values through the `meta` object. This can be
     * used to access values that aren't defined as part of the SDK function.
     */
    meta?: keyof ClientMeta extends never ? Record<string, unknown> : ClientMeta;
};

class HeyApiClient {
    protected client: Client;
    
    constructor(args?: {
        client?: Client;
    }) {
        this.client = args?.client ?? client;
    }
}

class HeyApiRegistry<T> {
    private readonly defaultKey = 'default';
    
    private readonly instances: Map<string, T> = new Map();
    
    get(key?: string): T {
        const instance = this.instances.get(key ?? this.defaultKey);
        if (!instance) {
            throw new Error(`No SDK client found. Create one with "new BeeperClient()" to fix this error.`);
        }
        return instance;
    }
    
    set(value: T, key?: string): void {
        this.instances.set(key ?? this.defaultKey, value);
    }
}

/**
 * The `accounts.contacts` operations of the Beeper Desktop API (`new BeeperClient().accounts.contacts`): `search` and `list`.
 */
export class Contacts extends HeyApiClient {
    /**
     * Search contacts
     *
     * Search contacts on a specific account using merged account contacts, network search, and exact identifier lookup.
     */
    public search<ThrowOnError extends boolean = false>(options: Options<AccountsContactsSearchData, ThrowOnError>): RequestResult<AccountsContactsSearchResponses, AccountsContactsSearchErrors, ThrowOnError> {
        return (options.client ?? this.client).get<AccountsContactsSearchResponses, AccountsContactsSearchErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/accounts/{accountID}/contacts',
            ...options
        });
    }
    
    /**
     * List contacts
     *
     * List merged contacts for a specific account with cursor-based pagination.
     */
    public list<ThrowOnError extends boolean = false>(options: Options<AccountsContactsListData, ThrowOnError>): RequestResult<AccountsContactsListResponses, AccountsContactsListErrors, ThrowOnError> {
        return (options.client ?? this.client).get<AccountsContactsListResponses, AccountsContactsListErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/accounts/{accountID}/contacts/list',
            ...options
        });
    }
}

/**
 * The `accounts` operations of the Beeper Desktop API (`new BeeperClient().accounts`): `list`, `retrieve` and `contacts`.
 */
export class Accounts extends HeyApiClient {
    /**
     * List Chat Accounts
     *
     * List Chat Accounts connected to this Beeper Desktop instance, including bridge metadata and network identity.
     */
    public list<ThrowOnError extends boolean = false>(options?: Options<AccountsListData, ThrowOnError>): RequestResult<AccountsListResponses, AccountsListErrors, ThrowOnError> {
        return (options?.client ?? this.client).get<AccountsListResponses, AccountsListErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/accounts',
            ...options
        });
    }
    
    /**
     * Get chat account
     *
     * Get one chat account connected to this Beeper Client API server.
     */
    public retrieve<ThrowOnError extends boolean = false>(options: Options<AccountsRetrieveData, ThrowOnError>): RequestResult<AccountsRetrieveResponses, AccountsRetrieveErrors, ThrowOnError> {
        return (options.client ?? this.client).get<AccountsRetrieveResponses, AccountsRetrieveErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/accounts/{accountID}',
            ...options
        });
    }
    
    private _contacts?: Contacts;
    get contacts(): Contacts {
        return this._contacts ??= new Contacts({ client: this.client });
    }
}

/**
 * The `app.setup.recoveryKey.reset` operations of the Beeper Desktop API (`new BeeperClient().app.setup.recoveryKey.reset`): `create` and `confirm`.
 */
export class Reset extends HeyApiClient {
    /**
     * Create new recovery key
     *
     * Create a new recovery key when the user cannot use the existing one. The body is optional. Confirm the
     * new key with `POST /v1/app/setup/verification/recovery-key/reset/confirm`.
     *
     */
    public create<ThrowOnError extends boolean = false>(options?: Options<AppSetupRecoveryKeyResetCreateData, ThrowOnError>): RequestResult<AppSetupRecoveryKeyResetCreateResponses, AppSetupRecoveryKeyResetCreateErrors, ThrowOnError> {
        return (options?.client ?? this.client).post<AppSetupRecoveryKeyResetCreateResponses, AppSetupRecoveryKeyResetCreateErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/app/setup/verification/recovery-key/reset',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...options?.headers
            }
        });
    }
    
    /**
     * Confirm new recovery key
     *
     * Confirm that the new recovery key should be used for this account.
     */
    public confirm<ThrowOnError extends boolean = false>(options: Options<AppSetupRecoveryKeyResetConfirmData, ThrowOnError>): RequestResult<AppSetupRecoveryKeyResetConfirmResponses, AppSetupRecoveryKeyResetConfirmErrors, ThrowOnError> {
        return (options.client ?? this.client).post<AppSetupRecoveryKeyResetConfirmResponses, AppSetupRecoveryKeyResetConfirmErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/app/setup/verification/recovery-key/reset/confirm',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
}

/**
 * The `app.setup.recoveryKey` operations of the Beeper Desktop API (`new BeeperClient().app.setup.recoveryKey`): `verify` and `reset`.
 */
export class RecoveryKey extends HeyApiClient {
    /**
     * Verify with recovery key
     *
     * Unlock encrypted messages with the user recovery key.
     */
    public verify<ThrowOnError extends boolean = false>(options: Options<AppSetupRecoveryKeyVerifyData, ThrowOnError>): RequestResult<AppSetupRecoveryKeyVerifyResponses, AppSetupRecoveryKeyVerifyErrors, ThrowOnError> {
        return (options.client ?? this.client).post<AppSetupRecoveryKeyVerifyResponses, AppSetupRecoveryKeyVerifyErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/app/setup/verification/recovery-key',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    private _reset?: Reset;
    get reset(): Reset {
        return this._reset ??= new Reset({ client: this.client });
    }
}

/**
 * The `app.setup.verifications.qr` operations of the Beeper Desktop API (`new BeeperClient().app.setup.verifications.qr`): `scan` and `confirmScanned`.
 */
export class Qr extends HeyApiClient {
    /**
     * Scan verification QR code
     *
     * Submit the QR code scanned from another signed-in device. This path has no verificationID: `qr` is a
     * literal segment (the verification is identified by the QR payload).
     *
     */
    public scan<ThrowOnError extends boolean = false>(options: Options<AppSetupVerificationsQrScanData, ThrowOnError>): RequestResult<AppSetupVerificationsQrScanResponses, AppSetupVerificationsQrScanErrors, ThrowOnError> {
        return (options.client ?? this.client).post<AppSetupVerificationsQrScanResponses, AppSetupVerificationsQrScanErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/app/setup/verifications/qr/scan',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    /**
     * Confirm QR code scan
     *
     * Confirm that another device scanned this device QR code. No request body. Valid when the verification's
     * `availableActions` contains `qr.confirmScanned`.
     *
     */
    public confirmScanned<ThrowOnError extends boolean = false>(options: Options<AppSetupVerificationsQrConfirmScannedData, ThrowOnError>): RequestResult<AppSetupVerificationsQrConfirmScannedResponses, AppSetupVerificationsQrConfirmScannedErrors, ThrowOnError> {
        return (options.client ?? this.client).post<AppSetupVerificationsQrConfirmScannedResponses, AppSetupVerificationsQrConfirmScannedErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/app/setup/verifications/{verificationID}/qr/confirm-scanned',
            ...options
        });
    }
}

/**
 * The `app.setup.verifications.sas` operations of the Beeper Desktop API (`new BeeperClient().app.setup.verifications.sas`): `confirm` and `start`.
 */
export class Sas extends HeyApiClient {
    /**
     * Confirm emoji verification
     *
     * Confirm that the emoji or number sequence matches on both devices. No request body. Valid when the
     * verification's `availableActions` contains `sas.confirm`.
     *
     */
    public confirm<ThrowOnError extends boolean = false>(options: Options<AppSetupVerificationsSasConfirmData, ThrowOnError>): RequestResult<AppSetupVerificationsSasConfirmResponses, AppSetupVerificationsSasConfirmErrors, ThrowOnError> {
        return (options.client ?? this.client).post<AppSetupVerificationsSasConfirmResponses, AppSetupVerificationsSasConfirmErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/app/setup/verifications/{verificationID}/sas/confirm',
            ...options
        });
    }
    
    /**
     * Start emoji verification
     *
     * Start emoji comparison for device verification. No request body. Valid when the verification's
     * `availableActions` contains `sas.start`.
     *
     */
    public start<ThrowOnError extends boolean = false>(options: Options<AppSetupVerificationsSasStartData, ThrowOnError>): RequestResult<AppSetupVerificationsSasStartResponses, AppSetupVerificationsSasStartErrors, ThrowOnError> {
        return (options.client ?? this.client).post<AppSetupVerificationsSasStartResponses, AppSetupVerificationsSasStartErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/app/setup/verifications/{verificationID}/sas/start',
            ...options
        });
    }
}

/**
 * The `app.setup.verifications` operations of the Beeper Desktop API (`new BeeperClient().app.setup.verifications`): `list`, `create`, `retrieve`, `accept`, `cancel`, `qr` and `sas`.
 */
export class Verifications extends HeyApiClient {
    /**
     * List active verifications
     *
     * List pending and active device verifications. Use this to recover state without a WebSocket connection.
     * Not paginated: the whole list is returned in `items`.
     *
     */
    public list<ThrowOnError extends boolean = false>(options?: Options<AppSetupVerificationsListData, ThrowOnError>): RequestResult<AppSetupVerificationsListResponses, AppSetupVerificationsListErrors, ThrowOnError> {
        return (options?.client ?? this.client).get<AppSetupVerificationsListResponses, AppSetupVerificationsListErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/app/setup/verifications',
            ...options
        });
    }
    
    /**
     * Start device verification
     *
     * Start verifying this device from another signed-in device. The body and all its fields are optional.
     */
    public create<ThrowOnError extends boolean = false>(options?: Options<AppSetupVerificationsCreateData, ThrowOnError>): RequestResult<AppSetupVerificationsCreateResponses, AppSetupVerificationsCreateErrors, ThrowOnError> {
        return (options?.client ?? this.client).post<AppSetupVerificationsCreateResponses, AppSetupVerificationsCreateErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/app/setup/verifications',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...options?.headers
            }
        });
    }
    
    /**
     * Get verification
     *
     * Get the current state of a device verification transaction.
     */
    public retrieve<ThrowOnError extends boolean = false>(options: Options<AppSetupVerificationsRetrieveData, ThrowOnError>): RequestResult<AppSetupVerificationsRetrieveResponses, AppSetupVerificationsRetrieveErrors, ThrowOnError> {
        return (options.client ?? this.client).get<AppSetupVerificationsRetrieveResponses, AppSetupVerificationsRetrieveErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/app/setup/verifications/{verificationID}',
            ...options
        });
    }
    
    /**
     * Accept device verification
     *
     * Accept an incoming device verification request. No request body.
     */
    public accept<ThrowOnError extends boolean = false>(options: Options<AppSetupVerificationsAcceptData, ThrowOnError>): RequestResult<AppSetupVerificationsAcceptResponses, AppSetupVerificationsAcceptErrors, ThrowOnError> {
        return (options.client ?? this.client).post<AppSetupVerificationsAcceptResponses, AppSetupVerificationsAcceptErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/app/setup/verifications/{verificationID}/accept',
            ...options
        });
    }
    
    /**
     * Cancel device verification
     *
     * Cancel an active device verification request. The body and all its fields are optional.
     */
    public cancel<ThrowOnError extends boolean = false>(options: Options<AppSetupVerificationsCancelData, ThrowOnError>): RequestResult<AppSetupVerificationsCancelResponses, AppSetupVerificationsCancelErrors, ThrowOnError> {
        return (options.client ?? this.client).post<AppSetupVerificationsCancelResponses, AppSetupVerificationsCancelErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/app/setup/verifications/{verificationID}/cancel',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    private _qr?: Qr;
    get qr(): Qr {
        return this._qr ??= new Qr({ client: this.client });
    }
    
    private _sas?: Sas;
    get sas(): Sas {
        return this._sas ??= new Sas({ client: this.client });
    }
}

/**
 * The `app.setup` operations of the Beeper Desktop API (`new BeeperClient().app.setup`): `retrieve`, `email`, `register`, `response`, `start`, `recoveryKey` and `verifications`.
 */
export class Setup extends HeyApiClient {
    /**
     * Get Beeper app setup state
     *
     * Return the current Beeper Desktop or Beeper Server sign-in and encrypted messaging setup state. This
     * endpoint is public before sign-in so apps can discover that sign-in is needed; after sign-in, pass a
     * read token.
     *
     */
    public retrieve<ThrowOnError extends boolean = false>(options?: Options<AppSetupRetrieveData, ThrowOnError>): RequestResult<AppSetupRetrieveResponses, AppSetupRetrieveErrors, ThrowOnError> {
        return (options?.client ?? this.client).get<AppSetupRetrieveResponses, AppSetupRetrieveErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/app/setup',
            ...options
        });
    }
    
    /**
     * Send setup sign-in code
     *
     * Send a sign-in code to the user email address for app setup. Public (no auth). Success has an empty body.
     *
     */
    public email<ThrowOnError extends boolean = false>(options: Options<AppSetupEmailData, ThrowOnError>): RequestResult<AppSetupEmailResponses, AppSetupEmailErrors, ThrowOnError> {
        return (options.client ?? this.client).post<AppSetupEmailResponses, AppSetupEmailErrors, ThrowOnError>({
            url: '/v1/app/setup/email',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    /**
     * Create account for setup
     *
     * Create a Beeper account after the user chooses a username and accepts the Terms of Use. Public (no auth).
     *
     */
    public register<ThrowOnError extends boolean = false>(options: Options<AppSetupRegisterData, ThrowOnError>): RequestResult<AppSetupRegisterResponses, AppSetupRegisterErrors, ThrowOnError> {
        return (options.client ?? this.client).post<AppSetupRegisterResponses, AppSetupRegisterErrors, ThrowOnError>({
            url: '/v1/app/setup/register',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    /**
     * Complete setup sign-in with code
     *
     * Finish setup sign-in with the code sent to the user email address. If the user needs a new account, the
     * response includes account creation copy and username suggestions (`registrationRequired: true`);
     * otherwise it returns the account credentials and the setup state. Public (no auth).
     *
     */
    public response<ThrowOnError extends boolean = false>(options: Options<AppSetupResponseData, ThrowOnError>): RequestResult<AppSetupResponseResponses, AppSetupResponseErrors, ThrowOnError> {
        return (options.client ?? this.client).post<AppSetupResponseResponses, AppSetupResponseErrors, ThrowOnError>({
            url: '/v1/app/setup/response',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    /**
     * Start Beeper app setup
     *
     * Start setting up Beeper Desktop or Beeper Server. The flow supports existing Beeper accounts and new
     * account creation. Public (no auth): the app is not signed in yet.
     *
     */
    public start<ThrowOnError extends boolean = false>(options?: Options<AppSetupStartData, ThrowOnError>): RequestResult<AppSetupStartResponses, AppSetupStartErrors, ThrowOnError> {
        return (options?.client ?? this.client).post<AppSetupStartResponses, AppSetupStartErrors, ThrowOnError>({ url: '/v1/app/setup/start', ...options });
    }
    
    private _recoveryKey?: RecoveryKey;
    get recoveryKey(): RecoveryKey {
        return this._recoveryKey ??= new RecoveryKey({ client: this.client });
    }
    
    private _verifications?: Verifications;
    get verifications(): Verifications {
        return this._verifications ??= new Verifications({ client: this.client });
    }
}

/**
 * The `app` operations of the Beeper Desktop API (`new BeeperClient().app`): `setup`.
 */
export class App extends HeyApiClient {
    private _setup?: Setup;
    get setup(): Setup {
        return this._setup ??= new Setup({ client: this.client });
    }
}

/**
 * The `assets` operations of the Beeper Desktop API (`new BeeperClient().assets`): `download`, `serve`, `upload` and `uploadBase64`.
 */
export class Assets extends HeyApiClient {
    /**
     * Download a file
     *
     * Download a Matrix file using its mxc:// or localmxc:// URL to the device running Beeper Desktop and return the local file URL.
     */
    public download<ThrowOnError extends boolean = false>(options: Options<AssetsDownloadData, ThrowOnError>): RequestResult<AssetsDownloadResponses, AssetsDownloadErrors, ThrowOnError> {
        return (options.client ?? this.client).post<AssetsDownloadResponses, AssetsDownloadErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/assets/download',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    /**
     * Serve a file
     *
     * Stream a file given an mxc://, localmxc://, or file:// URL. Downloads first if not cached. Supports Range requests for seeking in large files.
     */
    public serve<ThrowOnError extends boolean = false>(options: Options<AssetsServeData, ThrowOnError>): RequestResult<AssetsServeResponses, AssetsServeErrors, ThrowOnError> {
        return (options.client ?? this.client).get<AssetsServeResponses, AssetsServeErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/assets/serve',
            parseAs: 'blob',
            ...options
        });
    }
    
    /**
     * Upload a file
     *
     * Upload a file to a temporary location using multipart/form-data. Returns an uploadID that can be referenced when sending a message or materializing a draft attachment.
     */
    public upload<ThrowOnError extends boolean = false>(options: Options<AssetsUploadData, ThrowOnError>): RequestResult<AssetsUploadResponses, AssetsUploadErrors, ThrowOnError> {
        return (options.client ?? this.client).post<AssetsUploadResponses, AssetsUploadErrors, ThrowOnError>({
            ...formDataBodySerializer,
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/assets/upload',
            ...options,
            headers: {
                'Content-Type': null,
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    /**
     * Upload a file (base64)
     *
     * Upload a file using a JSON body with base64-encoded content. Returns an uploadID that can be referenced when sending a message or materializing a draft attachment. Alternative to the multipart upload endpoint.
     */
    public uploadBase64<ThrowOnError extends boolean = false>(options: Options<AssetsUploadBase64Data, ThrowOnError>): RequestResult<AssetsUploadBase64Responses, AssetsUploadBase64Errors, ThrowOnError> {
        return (options.client ?? this.client).post<AssetsUploadBase64Responses, AssetsUploadBase64Errors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/assets/upload/base64',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
}

/**
 * The `bridges.loginFlows` operations of the Beeper Desktop API (`new BeeperClient().bridges.loginFlows`): `list`.
 */
export class LoginFlows extends HeyApiClient {
    /**
     * List login flows
     *
     * List connect and reconnect flow options for a bridge. Use a flowID when creating a bridge login session.
     *
     */
    public list<ThrowOnError extends boolean = false>(options: Options<BridgesLoginFlowsListData, ThrowOnError>): RequestResult<BridgesLoginFlowsListResponses, BridgesLoginFlowsListErrors, ThrowOnError> {
        return (options.client ?? this.client).get<BridgesLoginFlowsListResponses, BridgesLoginFlowsListErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/bridges/{bridgeID}/login-flows',
            ...options
        });
    }
}

/**
 * The `bridges.loginSessions.steps` operations of the Beeper Desktop API (`new BeeperClient().bridges.loginSessions.steps`): `submit`.
 */
export class Steps extends HeyApiClient {
    /**
     * Submit login step
     *
     * Submit input for the current step of a bridge login session.
     */
    public submit<ThrowOnError extends boolean = false>(options: Options<BridgesLoginSessionsStepsSubmitData, ThrowOnError>): RequestResult<BridgesLoginSessionsStepsSubmitResponses, BridgesLoginSessionsStepsSubmitErrors, ThrowOnError> {
        return (options.client ?? this.client).post<BridgesLoginSessionsStepsSubmitResponses, BridgesLoginSessionsStepsSubmitErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
}

/**
 * The `bridges.loginSessions` operations of the Beeper Desktop API (`new BeeperClient().bridges.loginSessions`): `create`, `cancel`, `retrieve` and `steps`.
 */
export class LoginSessions extends HeyApiClient {
    /**
     * Create bridge login session
     *
     * Start a temporary bridge login session to connect a new chat account or reconnect an existing bridge login.
     * Omit loginID and accountID to connect a new account.
     *
     */
    public create<ThrowOnError extends boolean = false>(options: Options<BridgesLoginSessionsCreateData, ThrowOnError>): RequestResult<BridgesLoginSessionsCreateResponses, BridgesLoginSessionsCreateErrors, ThrowOnError> {
        return (options.client ?? this.client).post<BridgesLoginSessionsCreateResponses, BridgesLoginSessionsCreateErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/bridges/{bridgeID}/login-sessions',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    /**
     * Cancel bridge login session
     *
     * Cancel a temporary bridge login session.
     */
    public cancel<ThrowOnError extends boolean = false>(options: Options<BridgesLoginSessionsCancelData, ThrowOnError>): RequestResult<BridgesLoginSessionsCancelResponses, BridgesLoginSessionsCancelErrors, ThrowOnError> {
        return (options.client ?? this.client).delete<BridgesLoginSessionsCancelResponses, BridgesLoginSessionsCancelErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}',
            ...options
        });
    }
    
    /**
     * Get bridge login session
     *
     * Get the current state of a temporary bridge login session.
     */
    public retrieve<ThrowOnError extends boolean = false>(options: Options<BridgesLoginSessionsRetrieveData, ThrowOnError>): RequestResult<BridgesLoginSessionsRetrieveResponses, BridgesLoginSessionsRetrieveErrors, ThrowOnError> {
        return (options.client ?? this.client).get<BridgesLoginSessionsRetrieveResponses, BridgesLoginSessionsRetrieveErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}',
            ...options
        });
    }
    
    private _steps?: Steps;
    get steps(): Steps {
        return this._steps ??= new Steps({ client: this.client });
    }
}

/**
 * The `bridges.logins` operations of the Beeper Desktop API (`new BeeperClient().bridges.logins`): `list`, `retrieve` and `remove`.
 */
export class Logins extends HeyApiClient {
    /**
     * List bridge logins
     *
     * List bridge logins. A bridge login is a signed-in identity for a bridge and can contain one or more chat
     * accounts.
     *
     */
    public list<ThrowOnError extends boolean = false>(options: Options<BridgesLoginsListData, ThrowOnError>): RequestResult<BridgesLoginsListResponses, BridgesLoginsListErrors, ThrowOnError> {
        return (options.client ?? this.client).get<BridgesLoginsListResponses, BridgesLoginsListErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/bridges/{bridgeID}/logins',
            ...options
        });
    }
    
    /**
     * Get bridge login
     *
     * Get one bridge login.
     */
    public retrieve<ThrowOnError extends boolean = false>(options: Options<BridgesLoginsRetrieveData, ThrowOnError>): RequestResult<BridgesLoginsRetrieveResponses, BridgesLoginsRetrieveErrors, ThrowOnError> {
        return (options.client ?? this.client).get<BridgesLoginsRetrieveResponses, BridgesLoginsRetrieveErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/bridges/{bridgeID}/logins/{loginID}',
            ...options
        });
    }
    
    /**
     * Remove bridge login
     *
     * Remove a bridge login from this device or, when supported by the bridge, from all devices.
     *
     */
    public remove<ThrowOnError extends boolean = false>(options: Options<BridgesLoginsRemoveData, ThrowOnError>): RequestResult<BridgesLoginsRemoveResponses, BridgesLoginsRemoveErrors, ThrowOnError> {
        return (options.client ?? this.client).post<BridgesLoginsRemoveResponses, BridgesLoginsRemoveErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/bridges/{bridgeID}/logins/{loginID}/remove',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
}

/**
 * The `bridges` operations of the Beeper Desktop API (`new BeeperClient().bridges`): `list`, `retrieve`, `retrieveCapabilities`, `loginFlows`, `loginSessions` and `logins`.
 */
export class Bridges extends HeyApiClient {
    /**
     * List available bridges
     *
     * List available bridges. A bridge is a chat-network connector that can connect or reconnect chat accounts.
     * Connected accounts use the same Account schema as GET /v1/accounts.
     *
     */
    public list<ThrowOnError extends boolean = false>(options?: Options<BridgesListData, ThrowOnError>): RequestResult<BridgesListResponses, BridgesListErrors, ThrowOnError> {
        return (options?.client ?? this.client).get<BridgesListResponses, BridgesListErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/bridges',
            ...options
        });
    }
    
    /**
     * Get bridge
     *
     * Get one bridge, including the chat accounts connected through it.
     */
    public retrieve<ThrowOnError extends boolean = false>(options: Options<BridgesRetrieveData, ThrowOnError>): RequestResult<BridgesRetrieveResponses, BridgesRetrieveErrors, ThrowOnError> {
        return (options.client ?? this.client).get<BridgesRetrieveResponses, BridgesRetrieveErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/bridges/{bridgeID}',
            ...options
        });
    }
    
    /**
     * Get bridge capabilities
     *
     * Get advanced network capabilities for a bridge. This endpoint is intended for clients that build custom
     * connect or chat-creation flows.
     *
     */
    public retrieveCapabilities<ThrowOnError extends boolean = false>(options: Options<BridgesRetrieveCapabilitiesData, ThrowOnError>): RequestResult<BridgesRetrieveCapabilitiesResponses, BridgesRetrieveCapabilitiesErrors, ThrowOnError> {
        return (options.client ?? this.client).get<BridgesRetrieveCapabilitiesResponses, BridgesRetrieveCapabilitiesErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/bridges/{bridgeID}/capabilities',
            ...options
        });
    }
    
    private _loginFlows?: LoginFlows;
    get loginFlows(): LoginFlows {
        return this._loginFlows ??= new LoginFlows({ client: this.client });
    }
    
    private _loginSessions?: LoginSessions;
    get loginSessions(): LoginSessions {
        return this._loginSessions ??= new LoginSessions({ client: this.client });
    }
    
    private _logins?: Logins;
    get logins(): Logins {
        return this._logins ??= new Logins({ client: this.client });
    }
}

/**
 * The `chats.messages.reactions` operations of the Beeper Desktop API (`new BeeperClient().chats.messages.reactions`): `deleteByQuery`, `add` and `delete`.
 */
export class Reactions extends HeyApiClient {
    /**
     * Remove a reaction (older query-parameter form)
     *
     * Remove the authenticated user's reaction from an existing message, naming the reaction key in the
     * `reactionKey` query parameter. Older form of DELETE /v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey};
     * use that path-segment form instead.
     *
     *
     * @deprecated
     */
    public deleteByQuery<ThrowOnError extends boolean = false>(options: Options<ChatsMessagesReactionsDeleteByQueryData, ThrowOnError>): RequestResult<ChatsMessagesReactionsDeleteByQueryResponses, ChatsMessagesReactionsDeleteByQueryErrors, ThrowOnError> {
        return (options.client ?? this.client).delete<ChatsMessagesReactionsDeleteByQueryResponses, ChatsMessagesReactionsDeleteByQueryErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/{chatID}/messages/{messageID}/reactions',
            ...options
        });
    }
    
    /**
     * Add a reaction
     *
     * Add a reaction to an existing message.
     */
    public add<ThrowOnError extends boolean = false>(options: Options<ChatsMessagesReactionsAddData, ThrowOnError>): RequestResult<ChatsMessagesReactionsAddResponses, ChatsMessagesReactionsAddErrors, ThrowOnError> {
        return (options.client ?? this.client).post<ChatsMessagesReactionsAddResponses, ChatsMessagesReactionsAddErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/{chatID}/messages/{messageID}/reactions',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    /**
     * Remove a reaction
     *
     * Remove the reaction added by the authenticated user from an existing message.
     */
    public delete<ThrowOnError extends boolean = false>(options: Options<ChatsMessagesReactionsDeleteData, ThrowOnError>): RequestResult<ChatsMessagesReactionsDeleteResponses, ChatsMessagesReactionsDeleteErrors, ThrowOnError> {
        return (options.client ?? this.client).delete<ChatsMessagesReactionsDeleteResponses, ChatsMessagesReactionsDeleteErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}',
            ...options
        });
    }
}

/**
 * The `chats.messages` operations of the Beeper Desktop API (`new BeeperClient().chats.messages`): `reactions`.
 */
export class Messages extends HeyApiClient {
    private _reactions?: Reactions;
    get reactions(): Reactions {
        return this._reactions ??= new Reactions({ client: this.client });
    }
}

/**
 * The `chats.reminders` operations of the Beeper Desktop API (`new BeeperClient().chats.reminders`): `delete` and `create`.
 */
export class Reminders extends HeyApiClient {
    /**
     * Delete a chat reminder
     *
     * Clear an existing reminder from a chat
     */
    public delete<ThrowOnError extends boolean = false>(options: Options<ChatsRemindersDeleteData, ThrowOnError>): RequestResult<ChatsRemindersDeleteResponses, ChatsRemindersDeleteErrors, ThrowOnError> {
        return (options.client ?? this.client).delete<ChatsRemindersDeleteResponses, ChatsRemindersDeleteErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/{chatID}/reminders',
            ...options
        });
    }
    
    /**
     * Create a chat reminder
     *
     * Set a reminder for a chat at a specific time
     */
    public create<ThrowOnError extends boolean = false>(options: Options<ChatsRemindersCreateData, ThrowOnError>): RequestResult<ChatsRemindersCreateResponses, ChatsRemindersCreateErrors, ThrowOnError> {
        return (options.client ?? this.client).post<ChatsRemindersCreateResponses, ChatsRemindersCreateErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/{chatID}/reminders',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
}

/**
 * The `chats` operations of the Beeper Desktop API (`new BeeperClient().chats`): `list`, `create`, `search`, `start`, `retrieve`, `update`, `archive`, `notifyAnyway` and 4 more.
 */
export class Chats extends HeyApiClient {
    /**
     * List chats
     *
     * List all chats sorted by last activity (most recent first). Combines all accounts into a single paginated list.
     */
    public list<ThrowOnError extends boolean = false>(options?: Options<ChatsListData, ThrowOnError>): RequestResult<ChatsListResponses, ChatsListErrors, ThrowOnError> {
        return (options?.client ?? this.client).get<ChatsListResponses, ChatsListErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats',
            ...options
        });
    }
    
    /**
     * Create a chat
     *
     * Create a direct or group chat from participant IDs. Returns the created chat.
     */
    public create<ThrowOnError extends boolean = false>(options: Options<ChatsCreateData, ThrowOnError>): RequestResult<ChatsCreateResponses, ChatsCreateErrors, ThrowOnError> {
        return (options.client ?? this.client).post<ChatsCreateResponses, ChatsCreateErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    /**
     * Search chats
     *
     * Search chats by title, network, or participant names.
     */
    public search<ThrowOnError extends boolean = false>(options?: Options<ChatsSearchData, ThrowOnError>): RequestResult<ChatsSearchResponses, ChatsSearchErrors, ThrowOnError> {
        return (options?.client ?? this.client).get<ChatsSearchResponses, ChatsSearchErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/search',
            ...options
        });
    }
    
    /**
     * Start a direct chat
     *
     * Resolve a user/contact and open a direct chat. Reuses and returns an existing direct chat when one is found. Available in Beeper Desktop v4.2.808+.
     */
    public start<ThrowOnError extends boolean = false>(options: Options<ChatsStartData, ThrowOnError>): RequestResult<ChatsStartResponses, ChatsStartErrors, ThrowOnError> {
        return (options.client ?? this.client).post<ChatsStartResponses, ChatsStartErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/start',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    /**
     * Retrieve chat details
     *
     * Retrieve chat details including metadata, participants, and latest message
     */
    public retrieve<ThrowOnError extends boolean = false>(options: Options<ChatsRetrieveData, ThrowOnError>): RequestResult<ChatsRetrieveResponses, ChatsRetrieveErrors, ThrowOnError> {
        return (options.client ?? this.client).get<ChatsRetrieveResponses, ChatsRetrieveErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/{chatID}',
            ...options
        });
    }
    
    /**
     * Update chat
     *
     * Update supported chat fields. Non-empty draft objects are accepted only when the current draft is empty. Send draft=null to clear the draft before setting new draft text or attachments.
     */
    public update<ThrowOnError extends boolean = false>(options: Options<ChatsUpdateData, ThrowOnError>): RequestResult<ChatsUpdateResponses, ChatsUpdateErrors, ThrowOnError> {
        return (options.client ?? this.client).patch<ChatsUpdateResponses, ChatsUpdateErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/{chatID}',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    /**
     * Archive or unarchive a chat
     *
     * Archive or unarchive a chat. Set archived=true to move to archive, archived=false to move back to inbox
     */
    public archive<ThrowOnError extends boolean = false>(options: Options<ChatsArchiveData, ThrowOnError>): RequestResult<ChatsArchiveResponses, ChatsArchiveErrors, ThrowOnError> {
        return (options.client ?? this.client).post<ChatsArchiveResponses, ChatsArchiveErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/{chatID}/archive',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    /**
     * Notify anyway
     *
     * Force a delivery notification when supported by the underlying network. Currently intended for iMessage on macOS; unsupported networks return an error.
     */
    public notifyAnyway<ThrowOnError extends boolean = false>(options: Options<ChatsNotifyAnywayData, ThrowOnError>): RequestResult<ChatsNotifyAnywayResponses, ChatsNotifyAnywayErrors, ThrowOnError> {
        return (options.client ?? this.client).post<ChatsNotifyAnywayResponses, ChatsNotifyAnywayErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/{chatID}/notify-anyway',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    /**
     * Mark a chat as read
     *
     * Mark a chat as read, optionally through a specific message ID.
     */
    public markRead<ThrowOnError extends boolean = false>(options: Options<ChatsMarkReadData, ThrowOnError>): RequestResult<ChatsMarkReadResponses, ChatsMarkReadErrors, ThrowOnError> {
        return (options.client ?? this.client).post<ChatsMarkReadResponses, ChatsMarkReadErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/{chatID}/read',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    /**
     * Mark a chat as unread
     *
     * Mark a chat as unread, optionally from a specific message ID.
     */
    public markUnread<ThrowOnError extends boolean = false>(options: Options<ChatsMarkUnreadData, ThrowOnError>): RequestResult<ChatsMarkUnreadResponses, ChatsMarkUnreadErrors, ThrowOnError> {
        return (options.client ?? this.client).post<ChatsMarkUnreadResponses, ChatsMarkUnreadErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/{chatID}/unread',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    private _messages?: Messages;
    get messages(): Messages {
        return this._messages ??= new Messages({ client: this.client });
    }
    
    private _reminders?: Reminders;
    get reminders(): Reminders {
        return this._reminders ??= new Reminders({ client: this.client });
    }
}

/**
 * The `messages` operations of the Beeper Desktop API (`new BeeperClient().messages`): `list`, `send`, `delete`, `retrieve`, `update` and `search`.
 */
export class Messages2 extends HeyApiClient {
    /**
     * List messages
     *
     * List all messages in a chat with cursor-based pagination. Sorted by timestamp.
     */
    public list<ThrowOnError extends boolean = false>(options: Options<MessagesListData, ThrowOnError>): RequestResult<MessagesListResponses, MessagesListErrors, ThrowOnError> {
        return (options.client ?? this.client).get<MessagesListResponses, MessagesListErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/{chatID}/messages',
            ...options
        });
    }
    
    /**
     * Send a message
     *
     * Send a text message to a specific chat. Supports replying to existing messages. Returns a pending message ID.
     */
    public send<ThrowOnError extends boolean = false>(options: Options<MessagesSendData, ThrowOnError>): RequestResult<MessagesSendResponses, MessagesSendErrors, ThrowOnError> {
        return (options.client ?? this.client).post<MessagesSendResponses, MessagesSendErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/{chatID}/messages',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    /**
     * Delete a message
     *
     * Delete a message by final message ID. Pending message IDs are not accepted because messages cannot be deleted while sending.
     */
    public delete<ThrowOnError extends boolean = false>(options: Options<MessagesDeleteData, ThrowOnError>): RequestResult<MessagesDeleteResponses, MessagesDeleteErrors, ThrowOnError> {
        return (options.client ?? this.client).delete<MessagesDeleteResponses, MessagesDeleteErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/{chatID}/messages/{messageID}',
            ...options
        });
    }
    
    /**
     * Retrieve a message
     *
     * Retrieve a message by final message ID, pendingMessageID, or Matrix event ID. Chat ID may be a Beeper chat ID or local chat ID.
     */
    public retrieve<ThrowOnError extends boolean = false>(options: Options<MessagesRetrieveData, ThrowOnError>): RequestResult<MessagesRetrieveResponses, MessagesRetrieveErrors, ThrowOnError> {
        return (options.client ?? this.client).get<MessagesRetrieveResponses, MessagesRetrieveErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/{chatID}/messages/{messageID}',
            ...options
        });
    }
    
    /**
     * Edit a message
     *
     * Edit the text content of an existing message. Messages with attachments cannot be edited.
     */
    public update<ThrowOnError extends boolean = false>(options: Options<MessagesUpdateData, ThrowOnError>): RequestResult<MessagesUpdateResponses, MessagesUpdateErrors, ThrowOnError> {
        return (options.client ?? this.client).put<MessagesUpdateResponses, MessagesUpdateErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/chats/{chatID}/messages/{messageID}',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)
            }
        });
    }
    
    /**
     * Search messages
     *
     * Search messages across chats.
     */
    public search<ThrowOnError extends boolean = false>(options?: Options<MessagesSearchData, ThrowOnError>): RequestResult<MessagesSearchResponses, MessagesSearchErrors, ThrowOnError> {
        return (options?.client ?? this.client).get<MessagesSearchResponses, MessagesSearchErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/messages/search',
            ...options
        });
    }
}

/**
 * The `info` operations of the Beeper Desktop API (`new BeeperClient().info`): `retrieve`.
 */
export class Info extends HeyApiClient {
    /**
     * Retrieve server info
     *
     * Returns app, platform, server, endpoint discovery, OAuth, and WebSocket metadata for this Beeper Desktop instance.
     */
    public retrieve<ThrowOnError extends boolean = false>(options?: Options<InfoRetrieveData, ThrowOnError>): RequestResult<InfoRetrieveResponses, InfoRetrieveErrors, ThrowOnError> {
        return (options?.client ?? this.client).get<InfoRetrieveResponses, InfoRetrieveErrors, ThrowOnError>({ url: '/v1/info', ...options });
    }
}

/**
 * The `labels` operations of the Beeper Desktop API (`new BeeperClient().labels`): `list`.
 */
export class Labels extends HeyApiClient {
    /**
     * List labels
     *
     * List the labels the user has created for organizing chats. Filter chats by label via GET /v1/chats/search with labelID.
     */
    public list<ThrowOnError extends boolean = false>(options?: Options<LabelsListData, ThrowOnError>): RequestResult<LabelsListResponses, LabelsListErrors, ThrowOnError> {
        return (options?.client ?? this.client).get<LabelsListResponses, LabelsListErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/labels',
            ...options
        });
    }
}

/**
 * The Beeper Desktop API, one method per operation, grouped by operationId: `chats.messages.reactions.add` is `new BeeperClient().chats.messages.reactions.add(options)`. Uses the default `client` unless given one.
 */
export class BeeperClient extends HeyApiClient {
    public static readonly __registry: HeyApiRegistry<BeeperClient> = new HeyApiRegistry<BeeperClient>();
    
    constructor(args?: {
        client?: Client;
        key?: string;
    }) {
        super(args);
        BeeperClient.__registry.set(this, args?.key);
    }
    
    /**
     * Focus Beeper Desktop app
     *
     * Focus Beeper Desktop and optionally navigate to a specific chat, message, or pre-fill plain text and an image path.
     */
    public focus<ThrowOnError extends boolean = false>(options?: Options<FocusData, ThrowOnError>): RequestResult<FocusResponses, FocusErrors, ThrowOnError> {
        return (options?.client ?? this.client).post<FocusResponses, FocusErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/focus',
            ...options,
            headers: {
                'Content-Type': 'application/json',
                ...options?.headers
            }
        });
    }
    
    /**
     * Search
     *
     * Returns matching chats, participant name matches in groups, and the first page of messages in one call. Paginate messages via search-messages. Paginate chats via search-chats.
     */
    public search<ThrowOnError extends boolean = false>(options: Options<SearchData, ThrowOnError>): RequestResult<SearchResponses, SearchErrors, ThrowOnError> {
        return (options.client ?? this.client).get<SearchResponses, SearchErrors, ThrowOnError>({
            security: [{
                    key: 'bearerAuth',
                    scheme: 'bearer',
                    type: 'http'
                }],
            url: '/v1/search',
            ...options
        });
    }
    
    private _accounts?: Accounts;
    get accounts(): Accounts {
        return this._accounts ??= new Accounts({ client: this.client });
    }
    
    private _app?: App;
    get app(): App {
        return this._app ??= new App({ client: this.client });
    }
    
    private _assets?: Assets;
    get assets(): Assets {
        return this._assets ??= new Assets({ client: this.client });
    }
    
    private _bridges?: Bridges;
    get bridges(): Bridges {
        return this._bridges ??= new Bridges({ client: this.client });
    }
    
    private _chats?: Chats;
    get chats(): Chats {
        return this._chats ??= new Chats({ client: this.client });
    }
    
    private _messages?: Messages2;
    get messages(): Messages2 {
        return this._messages ??= new Messages2({ client: this.client });
    }
    
    private _info?: Info;
    get info(): Info {
        return this._info ??= new Info({ client: this.client });
    }
    
    private _labels?: Labels;
    get labels(): Labels {
        return this._labels ??= new Labels({ client: this.client });
    }
}
