// generated — do not edit.
// Source: spec/openapi.yaml · generator: @hey-api/openapi-ts 0.99.0 · regenerate with `pnpm generate`.

/**
 * Options of the generated client: its `baseUrl` (by default `http://localhost:23373`, the spec's server; any URL is accepted).
 */
export type ClientOptions = {
    baseUrl: 'http://localhost:23373' | (string & {});
};

/**
 * Error object embedded in other resources (e.g. LoginSession.error).
 */
export type ApiError = {
    code: string;
    message: string;
    details?: {
        [key: string]: unknown;
    };
};

/**
 * A chat account added to Beeper.
 */
export type Account = {
    /**
     * Chat account added to Beeper. Use this to route account-scoped actions. Examples include matrix for Beeper/Matrix, discordgo for a cloud bridge, slackgo.TEAM-USER for workspace-scoped cloud bridges, and local-whatsapp_ba_... for local bridges.
     */
    accountID: string;
    bridge: AccountBridge;
    /**
     * Human-friendly network name for the account. Omitted when the network is unknown.
     */
    network?: string;
    user: User;
    /**
     * Current connection status for this account. Only in the current docs (not SDK v5.0.0).
     */
    status?: 'connected' | 'connecting' | 'backfilling' | 'connection_required' | 'reconnect_required' | 'attention_required' | 'disconnected' | 'disabled';
    /**
     * Runtime chat/message capabilities for this connected account, when available. Only in the current
     * docs (not SDK v5.0.0).
     *
     */
    capabilities?: {
        [key: string]: unknown;
    };
    /**
     * Bridge login ID for this account, when known. One bridge login can contain multiple chat accounts.
     * Only in the current docs (not SDK v5.0.0).
     *
     */
    loginID?: string;
    /**
     * Human-friendly account status text. Only in the current docs (not SDK v5.0.0).
     */
    statusText?: string;
};

/**
 * Bridge metadata for the account. Available in Beeper Desktop v4.2.785+.
 */
export type AccountBridge = {
    /**
     * Bridge instance identifier. Matrix and cloud bridges often use the bridge type (for example matrix or discordgo); local bridges use a local bridge ID (for example local-whatsapp). Available in Beeper Desktop v4.2.785+.
     */
    id: string;
    /**
     * Bridge type, such as matrix, discordgo, slackgo, whatsapp, telegram, or twitter. Available in Beeper Desktop v4.2.785+.
     */
    type: string;
    /**
     * Bridge provider for the account. Available in Beeper Desktop v4.2.785+.
     */
    provider: 'cloud' | 'self-hosted' | 'local' | 'platform-sdk';
};

/**
 * Account ID this resource belongs to.
 */
export type AccountId = string;

/**
 * Encrypted messaging keys available on this device.
 */
export type AppE2EeSecrets = {
    /**
     * Whether the account identity key is available.
     */
    masterKey: boolean;
    /**
     * Whether the encrypted message backup key is available.
     */
    megolmBackupKey: boolean;
    /**
     * Whether a recovery key is available.
     */
    recoveryKey: boolean;
    /**
     * Whether the device trust key is available.
     */
    selfSigningKey: boolean;
    /**
     * Whether the user trust key is available.
     */
    userSigningKey: boolean;
};

/**
 * Encrypted messaging setup status.
 */
export type AppE2EeStatus = {
    /**
     * Whether this account can verify trusted devices.
     */
    crossSigning: boolean;
    /**
     * Whether the first encrypted message sync is complete.
     */
    firstSyncDone: boolean;
    /**
     * Whether the user confirmed that they saved their recovery key.
     */
    hasBackedUpRecoveryKey: boolean;
    /**
     * Whether encrypted messaging setup has started.
     */
    initialized: boolean;
    /**
     * Whether encrypted message backup is available.
     */
    keyBackup: boolean;
    secrets: AppE2EeSecrets;
    /**
     * Whether secure key storage is available.
     */
    secretStorage: boolean;
    /**
     * Whether this device is trusted for encrypted messages.
     */
    verified: boolean;
    /**
     * Unix timestamp for when the recovery key was created.
     */
    recoveryKeyGeneratedAt?: number;
};

/**
 * Signed-in account details. Omitted until sign-in is complete.
 */
export type AppMatrixAccount = {
    /**
     * Current device ID.
     */
    deviceID: string;
    /**
     * Beeper homeserver URL for this account.
     */
    homeserver: string;
    /**
     * Signed-in Beeper user ID.
     */
    userID: string;
};

/**
 * Account credentials for first-party app setup.
 */
export type AppMatrixCredentials = {
    /**
     * Beeper account access token. Returned once for first-party app setup.
     */
    accessToken: string;
    /**
     * Current device ID.
     */
    deviceID: string;
    /**
     * Beeper homeserver URL for this account.
     */
    homeserver: string;
    /**
     * Signed-in Beeper user ID.
     */
    userID: string;
};

/**
 * The new recovery key returned by the reset step, confirming that it should be used for this account.
 */
export type AppRecoveryKeyResetConfirmRequest = {
    /**
     * New recovery key returned by the reset step.
     */
    recoveryKey: string;
};

/**
 * The setup state after confirming the new recovery key.
 */
export type AppRecoveryKeyResetConfirmResponse = {
    /**
     * Current app sign-in and encrypted messaging setup state.
     */
    session: AppStateSnapshot;
};

/**
 * Optional body of POST /v1/app/setup/verification/recovery-key/reset, which creates a new recovery key when the user cannot use the existing one.
 */
export type AppRecoveryKeyResetRequest = {
    /**
     * Existing recovery key, if the user has it.
     */
    existingRecoveryKey?: string;
};

/**
 * The new recovery key, to show once and have the user save, and the setup state after creating it.
 */
export type AppRecoveryKeyResetResponse = {
    /**
     * New recovery key. Show it once and ask the user to save it.
     */
    recoveryKey: string;
    /**
     * Current app sign-in and encrypted messaging setup state after creating the new recovery key.
     */
    session: AppStateSnapshot;
};

/**
 * The recovery key the user saved, to unlock encrypted messages (body of POST /v1/app/setup/verification/recovery-key).
 */
export type AppRecoveryKeyVerifyRequest = {
    /**
     * Recovery key saved by the user.
     */
    recoveryKey: string;
};

/**
 * The setup state after unlocking encrypted messages with the recovery key.
 */
export type AppRecoveryKeyVerifyResponse = {
    /**
     * Current app sign-in and encrypted messaging setup state.
     */
    session: AppStateSnapshot;
};

/**
 * Where to send the setup sign-in code: the user's email address and the setup request from the start step.
 */
export type AppSetupEmailRequest = {
    /**
     * Email address to send the sign-in code to.
     */
    email: string;
    /**
     * Setup request ID returned by the start step.
     */
    setupRequestID: string;
};

/**
 * Account creation after setup sign-in: the chosen username, the registration token and the acceptance of the Terms of Use.
 */
export type AppSetupRegisterRequest = {
    /**
     * Confirms that the user agreed to the terms of use (https://www.beeper.com/terms-onboarding) and has
     * read the privacy policy (https://www.beeper.com/privacy).
     *
     */
    acceptTerms: true;
    /**
     * Registration token returned by Beeper.
     */
    leadToken: string;
    /**
     * Setup request ID returned by the start step.
     */
    setupRequestID: string;
    /**
     * Username selected by the user.
     */
    username: string;
};

/**
 * Copy to display during account creation.
 */
export type AppSetupRegistrationCopy = {
    /**
     * Submit button label.
     */
    submit: 'Continue';
    /**
     * Terms and privacy notice to show before account creation.
     */
    terms: 'By continuing, you agree to the Terms of Use and acknowledge the Privacy Policy.';
    /**
     * Title for the username step.
     */
    title: 'Choose your username';
    /**
     * Placeholder for the username field.
     */
    usernamePlaceholder: 'Username';
};

/**
 * The user needs to create a Beeper account (the `RegistrationRequired` variant of
 * POST /v1/app/setup/response). Continue with POST /v1/app/setup/register.
 *
 */
export type AppSetupRegistrationRequired = {
    copy: AppSetupRegistrationCopy;
    /**
     * Registration token returned by Beeper.
     */
    leadToken: string;
    /**
     * Indicates that the user needs to create a Beeper account.
     */
    registrationRequired: true;
    /**
     * Setup request ID to use when creating the account.
     */
    setupRequestID: string;
    /**
     * Suggested usernames for the new account.
     */
    usernameSuggestions?: Array<string>;
};

/**
 * The sign-in code from the user's email, to finish setup sign-in for the setup request from the start step.
 */
export type AppSetupResponseRequest = {
    /**
     * Sign-in code from the user email.
     */
    response: string;
    /**
     * Setup request ID returned by the start step.
     */
    setupRequestID: string;
};

/**
 * Result of POST /v1/app/setup/response: either signed in (`AppSetupSuccess`: `matrix` + `session`) or
 * account creation required (`AppSetupRegistrationRequired`: `registrationRequired: true`).
 *
 */
export type AppSetupResponseResult = AppSetupSuccess | AppSetupRegistrationRequired;

/**
 * A new app setup request.
 */
export type AppSetupStartResponse = {
    /**
     * Setup request ID to use in the next sign-in step.
     */
    setupRequestID: string;
    /**
     * Available sign-in methods for this setup request.
     */
    signInMethods: Array<string>;
};

/**
 * Current sign-in and encrypted messaging setup state for Beeper Desktop or Beeper Server.
 */
export type AppSetupState = 'needs-login' | 'initializing' | 'needs-cross-signing-setup' | 'needs-verification' | 'needs-secrets' | 'needs-first-sync' | 'ready';

/**
 * Sign-in or account creation completed: account credentials and the setup state after sign-in
 * (the `Success` variant of POST /v1/app/setup/response and the response of POST /v1/app/setup/register).
 *
 */
export type AppSetupSuccess = {
    matrix: AppMatrixCredentials;
    /**
     * Current app sign-in and encrypted messaging setup state after sign-in.
     */
    session: AppStateSnapshot;
};

/**
 * Current Beeper Desktop or Beeper Server sign-in and encrypted messaging setup state (returned by
 * GET /v1/app/setup and embedded as `session` in the setup, recovery-key and verification responses).
 *
 */
export type AppStateSnapshot = {
    e2ee: AppE2EeStatus;
    state: AppSetupState;
    matrix?: AppMatrixAccount;
    verification?: Verification;
};

/**
 * Body of POST /v1/assets/download.
 */
export type AssetDownloadRequest = {
    /**
     * Matrix content URL (mxc:// or localmxc://) for the file to download.
     */
    url: string;
};

/**
 * Result of an asset download. Both fields are optional.
 */
export type AssetDownloadResponse = {
    /**
     * Local file URL to the downloaded file.
     */
    srcURL?: string;
    /**
     * Error message if the download failed.
     */
    error?: string;
};

/**
 * Upload a temporary file. Upload IDs can be referenced by send-message and draft attachment requests while the temporary upload remains available.
 */
export type AssetUploadBase64Request = {
    /**
     * Base64-encoded file content (max ~500MB decoded)
     */
    content: string;
    /**
     * Original filename. Generated if omitted
     */
    fileName?: string;
    /**
     * MIME type. Auto-detected from magic bytes if omitted
     */
    mimeType?: string;
};

/**
 * The `AssetUploadBase64Response` schema of the Beeper Desktop API (`#/components/schemas/AssetUploadBase64Response`): the response of `assets.upload` (POST /v1/assets/upload) and `assets.uploadBase64` (POST /v1/assets/upload/base64).
 */
export type AssetUploadBase64Response = {
    /**
     * Unique upload ID for this temporary file
     */
    uploadID?: string;
    /**
     * Local file URL (file://) for the uploaded file
     */
    srcURL?: string;
    /**
     * Resolved filename
     */
    fileName?: string;
    /**
     * Detected or provided MIME type
     */
    mimeType?: string;
    /**
     * File size in bytes
     */
    fileSize?: number;
    /**
     * Width in pixels (images/videos)
     */
    width?: number;
    /**
     * Height in pixels (images/videos)
     */
    height?: number;
    /**
     * Duration in seconds (audio/videos)
     */
    duration?: number;
    /**
     * Error message if upload failed
     */
    error?: string;
};

/**
 * Upload a temporary file. Upload IDs can be referenced by send-message and draft attachment requests while the temporary upload remains available.
 */
export type AssetUploadRequest = {
    /**
     * The file to upload (max 500 MB).
     */
    file: Blob | File;
    /**
     * Original filename. Defaults to the uploaded file name if omitted
     */
    fileName?: string;
    /**
     * MIME type. Auto-detected from magic bytes if omitted
     */
    mimeType?: string;
};

/**
 * A file uploaded to a temporary location. All fields are optional.
 */
export type AssetUploadResponse = {
    /**
     * Duration in seconds (audio/videos).
     */
    duration?: number;
    /**
     * Error message if upload failed.
     */
    error?: string;
    /**
     * Resolved filename.
     */
    fileName?: string;
    /**
     * File size in bytes.
     */
    fileSize?: number;
    /**
     * Height in pixels (images/videos).
     */
    height?: number;
    /**
     * Detected or provided MIME type.
     */
    mimeType?: string;
    /**
     * Local file URL (file://) for the uploaded file.
     */
    srcURL?: string;
    /**
     * Unique upload ID for this temporary file.
     */
    uploadID?: string;
    /**
     * Width in pixels (images/videos).
     */
    width?: number;
};

/**
 * An attachment included with a message.
 */
export type Attachment = {
    /**
     * Attachment identifier (typically an mxc:// URL). Use the download file endpoint to get a local file path.
     */
    id?: string;
    /**
     * Attachment type.
     */
    type: 'unknown' | 'img' | 'video' | 'audio';
    /**
     * Public URL or local file path to fetch the file. May be temporary or local-only to this device; download promptly if durable access is needed.
     */
    srcURL?: string;
    /**
     * MIME type if known (e.g., 'image/png').
     */
    mimeType?: string;
    /**
     * Original filename if available.
     */
    fileName?: string;
    /**
     * File size in bytes if known.
     */
    fileSize?: number;
    /**
     * True if the attachment is a GIF.
     */
    isGif?: boolean;
    /**
     * True if the attachment is a sticker.
     */
    isSticker?: boolean;
    /**
     * True if the attachment is a voice note.
     */
    isVoiceNote?: boolean;
    /**
     * Duration in seconds (audio/video).
     */
    duration?: number;
    transcription?: Transcription;
    /**
     * Preview image URL for video attachments (poster frame). May be temporary or local-only to this device; download promptly if durable access is needed.
     */
    posterImg?: string;
    /**
     * Pixel dimensions of the attachment: width/height in px.
     */
    size?: {
        width?: number;
        height?: number;
    };
};

/**
 * Capabilities for one attachment message type.
 */
export type AttachmentCapability = {
    /**
     * Supported MIME types or MIME patterns for this file message type. Missing MIME types should be treated as rejected.
     */
    mimeTypes: {
        [key: string]: SupportLevel;
    };
    caption?: SupportLevel;
    /**
     * Maximum caption length when captions are supported.
     */
    maxCaptionLength?: number;
    /**
     * Maximum file size in bytes.
     */
    maxSize?: number;
    /**
     * Maximum image or video width in pixels.
     */
    maxWidth?: number;
    /**
     * Maximum image or video height in pixels.
     */
    maxHeight?: number;
    /**
     * Maximum audio or video duration in seconds.
     */
    maxDuration?: number;
    /**
     * True if this file type can be sent as view-once media.
     */
    viewOnce?: boolean;
};

/**
 * Available bridge that can connect or reconnect chat accounts.
 */
export type Bridge = {
    /**
     * Bridge ID. Use with bridge endpoints.
     */
    id: string;
    /**
     * Connected accounts for this bridge. Uses the same Account schema as GET /v1/accounts.
     */
    accounts: Array<Account>;
    /**
     * Number of active accounts for this network on this device.
     */
    activeAccountCount: number;
    /**
     * Human-friendly bridge name shown in Beeper.
     */
    displayName: string;
    /**
     * Where accounts for this bridge run: on this device or in Beeper Cloud.
     */
    provider: 'cloud' | 'self-hosted' | 'local' | 'platform-sdk';
    /**
     * Whether this bridge can currently be used to connect new accounts.
     */
    status: 'available' | 'connected' | 'limit_reached' | 'temporarily_unavailable' | 'disabled';
    /**
     * Whether this bridge can have multiple active accounts for the same network.
     */
    supportsMultipleAccounts: boolean;
    /**
     * Underlying bridge type, such as matrix, discordgo, slackgo, whatsapp, telegram, or twitter.
     */
    type: string;
    /**
     * Network grouping used for account counts and limits.
     */
    network?: string;
    /**
     * Human-friendly status text matching Beeper account management language.
     */
    statusText?: string;
};

/**
 * Available bridges and their connected accounts.
 */
export type BridgeListResponse = {
    /**
     * Available bridges.
     */
    items: Array<Bridge>;
};

/**
 * Signed-in identity for a bridge. One bridge login can contain multiple chat accounts.
 */
export type BridgeLogin = {
    /**
     * Bridge ID.
     */
    bridgeID: string;
    /**
     * Bridge login ID.
     */
    loginID: string;
    /**
     * Scopes this bridge login can be removed with.
     */
    removeScopes: Array<BridgeLoginRemoveScope>;
    /**
     * Bridge login status.
     */
    status: 'connected' | 'connecting' | 'needs_login' | 'logged_out' | 'unknown';
    /**
     * Chat accounts that belong to this bridge login, when known.
     */
    accountIDs?: Array<string>;
    /**
     * Human-friendly bridge login status text.
     */
    statusText?: string;
    /**
     * User the account belongs to.
     */
    user?: User;
};

/**
 * Bridge logins of a bridge.
 */
export type BridgeLoginListResponse = {
    /**
     * Bridge logins.
     */
    items: Array<BridgeLogin>;
};

/**
 * Body of POST /v1/bridges/{bridgeID}/logins/{loginID}/remove.
 */
export type BridgeLoginRemoveRequest = {
    /**
     * Where this bridge login should be removed.
     */
    scope: BridgeLoginRemoveScope;
};

/**
 * Result of removing a bridge login.
 */
export type BridgeLoginRemoveResponse = {
    /**
     * Bridge ID.
     */
    bridgeID: string;
    /**
     * Bridge login ID.
     */
    loginID: string;
    /**
     * Where this bridge login should be removed.
     */
    scope: BridgeLoginRemoveScope;
    status: 'removed';
    /**
     * Chat accounts affected by the removal.
     */
    affectedAccountIDs?: Array<string>;
};

/**
 * Where a bridge login should be removed.
 */
export type BridgeLoginRemoveScope = 'current-device' | 'all-devices';

/**
 * A chat (direct or group conversation) on one chat account.
 */
export type Chat = {
    /**
     * Unique identifier of the chat across Beeper.
     */
    id: string;
    /**
     * Local chat ID specific to this Beeper Desktop installation.
     */
    localChatID?: string | null;
    /**
     * Account ID this chat belongs to.
     */
    accountID: string;
    /**
     * Display-only human-readable account/network name.
     */
    network: string;
    /**
     * Display title of the chat as computed by the client/server.
     */
    title: string;
    /**
     * Group chat description/topic when available.
     */
    description?: string | null;
    /**
     * Local filesystem path to the chat avatar image when available.
     */
    imgURL?: string | null;
    /**
     * Chat type: 'single' for direct messages, 'group' for group chats.
     */
    type: 'single' | 'group';
    /**
     * True if messages cannot be sent in this chat.
     */
    isReadOnly?: boolean;
    participants: ChatParticipants;
    /**
     * Timestamp of last activity.
     */
    lastActivity?: string;
    /**
     * Number of unread messages.
     */
    unreadCount: number;
    /**
     * Number of unread messages that mention the authenticated user or @room.
     */
    unreadMentionsCount?: number;
    /**
     * Last read message sortKey.
     */
    lastReadMessageSortKey?: string;
    draft?: ChatDraft;
    /**
     * Current reminder for this chat, or null when no reminder is set.
     */
    reminder?: {
        /**
         * Timestamp when the reminder should trigger.
         */
        remindAt?: string;
        /**
         * Cancel reminder if someone messages in the chat.
         */
        dismissOnIncomingMessage?: boolean;
    } | null;
    /**
     * Current snooze state for this chat, or null when no snooze is set.
     */
    snooze?: {
        /**
         * Timestamp when the snooze expires.
         */
        snoozeUntil?: string;
        /**
         * Timestamp when the user set the snooze.
         */
        userSnoozedAt?: string;
    } | null;
    /**
     * True if chat is archived.
     */
    isArchived?: boolean;
    /**
     * True if the chat was explicitly marked unread by the authenticated user.
     */
    isMarkedUnread?: boolean;
    /**
     * True if chat notifications are muted.
     */
    isMuted?: boolean;
    /**
     * True if chat is pinned.
     */
    isPinned?: boolean;
    /**
     * True if chat is marked low priority.
     */
    isLowPriority?: boolean;
    /**
     * Disappearing-message timer in seconds when available.
     */
    messageExpirySeconds?: number | null;
    capabilities?: ChatCapabilities;
    /**
     * Labels applied to this chat. Absent when the chat has none, or when labels are not enabled for this
     * user. Newest PHP SDK revision only (not SDK v5.0.0).
     *
     */
    labels?: Array<Label>;
    merge?: ChatMerge;
    /**
     * When this chat is a member of a merged chat, the ID of that merged chat. Clients that render merged
     * chats as one conversation should list the merged chat and hide chats carrying this field. Newest PHP
     * SDK revision only (not SDK v5.0.0).
     *
     */
    mergedIntoChatID?: string;
};

/**
 * Archive state to set.
 */
export type ChatArchiveRequest = {
    /**
     * True to archive, false to unarchive
     */
    archived?: boolean;
};

/**
 * Chat capabilities reported by the platform.
 */
export type ChatCapabilities = {
    /**
     * Supported rich-text formatting features keyed by feature name (for example bold, inline_code, code_block.syntax_highlighting). Omitted means no formatting support is advertised.
     */
    formatting?: {
        [key: string]: SupportLevel;
    };
    /**
     * Supported attachment message types and their per-type constraints, keyed by Matrix msgtype or pseudo-msgtype (for example m.image, m.video, org.matrix.msc3245.voice). Missing message types should be treated as rejected.
     */
    attachments?: {
        [key: string]: AttachmentCapability;
    };
    /**
     * Maximum length of normal text messages.
     */
    maxTextLength?: number;
    locationMessage?: SupportLevel;
    poll?: SupportLevel;
    thread?: SupportLevel;
    reply?: SupportLevel;
    edit?: SupportLevel;
    /**
     * Maximum number of edits allowed for one message.
     */
    editMaxCount?: number;
    /**
     * Maximum message age for edits, in seconds.
     */
    editMaxAge?: number;
    delete?: SupportLevel;
    /**
     * Maximum message age for delete-for-everyone, in seconds.
     */
    deleteMaxAge?: number;
    /**
     * True if deleting messages only for the authenticated user is supported.
     */
    deleteForMe?: boolean;
    messageRequest?: ChatMessageRequestCapabilities;
    reaction?: SupportLevel;
    /**
     * Maximum number of reactions allowed on a single message.
     */
    reactionCount?: number;
    /**
     * Allowed Unicode reactions. Omitted means all emoji reactions are allowed.
     */
    allowedReactions?: Array<string>;
    /**
     * True if custom emoji reactions are supported.
     */
    customEmojiReactions?: boolean;
    disappearingTimer?: ChatDisappearingTimerCapabilities;
    /**
     * True if read receipts are supported.
     */
    readReceipts?: boolean;
    /**
     * True if typing notifications are supported.
     */
    typingNotifications?: boolean;
    /**
     * True if archive/unarchive is supported.
     */
    archive?: boolean;
    /**
     * True if marking chats unread is supported.
     */
    markAsUnread?: boolean;
    /**
     * True if deleting chats for the authenticated user is supported.
     */
    deleteChat?: boolean;
    /**
     * True if deleting chats for everyone is supported.
     */
    deleteChatForEveryone?: boolean;
    participantActions?: ChatParticipantActionCapabilities;
    state?: ChatStateCapabilities;
};

/**
 * Create a direct or group chat from participant IDs.
 */
export type ChatCreateRequest = {
    /**
     * Account to create or start the chat on.
     */
    accountID: string;
    /**
     * Optional first message content if the platform requires it to create the chat.
     */
    messageText?: string;
    /**
     * 'single' requires exactly one participantID; 'group' supports multiple participants and optional title.
     */
    type: 'single' | 'group';
    /**
     * User IDs to include in the new chat.
     */
    participantIDs: Array<string>;
    /**
     * Optional title for group chats; ignored for single chats on most networks.
     */
    title?: string;
};

/**
 * The created chat, plus deprecated compatibility fields.
 */
export type ChatCreateResponse = Chat & {
    /**
     * DEPRECATED - use id instead. Compatibility alias for older clients.
     *
     * @deprecated
     */
    chatID: string;
    /**
     * DEPRECATED - legacy start-chat status for older clients. New clients should inspect the returned Chat instead.
     *
     * @deprecated
     */
    status?: 'existing' | 'created';
};

/**
 * Disappearing-message timer capabilities.
 */
export type ChatDisappearingTimerCapabilities = {
    /**
     * Supported disappearing timer types.
     */
    types?: Array<'afterRead' | 'afterSend'>;
    /**
     * Allowed disappearing timer values in milliseconds. Omitted means any timer is allowed.
     */
    timers?: Array<number>;
    /**
     * True if empty timer objects should be omitted from message content.
     */
    omitEmptyTimer?: boolean;
};

/**
 * Current draft object for this chat, or null when no draft is set.
 */
export type ChatDraft = {
    /**
     * Matrix HTML draft body.
     */
    text: string;
    /**
     * Draft attachments keyed by attachment ID.
     */
    attachments?: {
        [key: string]: DraftAttachment;
    };
} | null;

/**
 * Draft object to set or clear. Non-empty drafts are only accepted when the current draft is empty. Send draft=null to clear text and attachments together before setting a new draft.
 */
export type ChatDraftInput = {
    text: MessageTextInput;
    /**
     * Draft attachments keyed by attachment ID. Each attachment must reference an uploadID returned by the upload file endpoint.
     */
    attachments?: {
        [key: string]: DraftAttachmentInput;
    };
} | null;

/**
 * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
 */
export type ChatId = string;

/**
 * A cursor page of chats sorted by last activity (most recent first).
 */
export type ChatListPage = {
    /**
     * Chats ordered by last activity timestamp (most recent first).
     */
    items: Array<ChatWithPreview>;
    /**
     * True if additional results can be fetched using the provided cursors.
     */
    hasMore: boolean;
    /**
     * Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect.
     */
    oldestCursor?: string | null;
    /**
     * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
     */
    newestCursor?: string | null;
};

/**
 * Optional read marker.
 */
export type ChatMarkReadRequest = {
    /**
     * Optional message ID to mark read through.
     */
    messageID?: string;
};

/**
 * Optional unread marker.
 */
export type ChatMarkUnreadRequest = {
    /**
     * Optional message ID to mark unread from.
     */
    messageID?: string;
};

/**
 * Present when this chat is a merged chat: one person whose conversations across networks (or across
 * accounts on the same network) are grouped into a single chat. A merged chat holds no messages of its
 * own - read messages from the member chats, and send either to a member directly or to the merged chat
 * ID to route automatically. Newest PHP SDK revision only (not SDK v5.0.0).
 *
 */
export type ChatMerge = {
    /**
     * Chat IDs of the member chats grouped by this merged chat.
     */
    chatIDs: Array<string>;
    /**
     * Member chat that receives messages sent to the merged chat, when the user has picked one. This
     * preference is per-device; when absent, sends route to the most recently active member.
     *
     */
    defaultChatID?: string;
};

/**
 * Message request capabilities.
 */
export type ChatMessageRequestCapabilities = {
    acceptWithMessage?: SupportLevel;
    acceptWithButton?: SupportLevel;
};

/**
 * Participant management capabilities.
 */
export type ChatParticipantActionCapabilities = {
    ban?: SupportLevel;
    invite?: SupportLevel;
    kick?: SupportLevel;
    leave?: SupportLevel;
    revokeInvite?: SupportLevel;
};

/**
 * Chat participants information.
 */
export type ChatParticipants = {
    /**
     * Participants returned for this chat (limited by the request; may be a subset).
     */
    items: Array<Participant>;
    /**
     * True if there are more participants than included in items.
     */
    hasMore: boolean;
    /**
     * Total number of participants in the chat.
     */
    total: number;
};

/**
 * Current reminder for a chat.
 */
export type ChatReminder = {
    /**
     * Cancel reminder if someone messages in the chat.
     */
    dismissOnIncomingMessage?: boolean;
    /**
     * Timestamp when the reminder should trigger.
     */
    remindAt?: string;
};

/**
 * Set a reminder for a chat.
 */
export type ChatReminderCreateRequest = {
    reminder: ChatReminderInput;
};

/**
 * Reminder configuration
 */
export type ChatReminderInput = {
    /**
     * Timestamp when the reminder should trigger.
     */
    remindAt: string;
    /**
     * Cancel reminder if someone messages in the chat
     */
    dismissOnIncomingMessage?: boolean;
};

/**
 * A cursor page of chats matching a search.
 */
export type ChatSearchPage = {
    /**
     * Chats matching the filters.
     */
    items: Array<Chat>;
    /**
     * True if additional results can be fetched using the provided cursors.
     */
    hasMore: boolean;
    /**
     * Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect.
     */
    oldestCursor?: string | null;
    /**
     * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
     */
    newestCursor?: string | null;
};

/**
 * Current snooze state for a chat.
 */
export type ChatSnooze = {
    /**
     * Timestamp when the snooze expires.
     */
    snoozeUntil?: string;
    /**
     * Timestamp when the user set the snooze.
     */
    userSnoozedAt?: string;
};

/**
 * Start a direct chat from a user/contact payload. Available in Beeper Desktop v4.2.808+.
 */
export type ChatStartRequest = {
    /**
     * Account to create or start the chat on.
     */
    accountID: string;
    /**
     * Optional first message content if the platform requires it to create the chat.
     */
    messageText?: string;
    user: ChatStartUser;
    /**
     * Whether invite-based DM creation is allowed when required by the platform.
     */
    allowInvite?: boolean;
};

/**
 * The started (created or reused) direct chat, plus deprecated compatibility fields.
 */
export type ChatStartResponse = Chat & {
    /**
     * Deprecated - use id instead. Compatibility alias for older clients.
     *
     * @deprecated
     */
    chatID: string;
    /**
     * Deprecated - legacy start-chat status for older clients. New clients should inspect the returned
     * Chat instead.
     *
     *
     * @deprecated
     */
    status?: 'existing' | 'created';
};

/**
 * Merged user-like contact payload used to resolve the best identifier.
 */
export type ChatStartUser = {
    /**
     * Known user ID when available.
     */
    id?: string;
    /**
     * Username/handle candidate.
     */
    username?: string;
    /**
     * Phone number candidate (E.164 preferred).
     */
    phoneNumber?: string;
    /**
     * Email candidate.
     */
    email?: string;
    /**
     * Display name hint used for ranking only.
     */
    fullName?: string;
};

/**
 * Chat state update capabilities.
 */
export type ChatStateCapabilities = {
    /**
     * Disappearing-message timer state capability.
     */
    disappearingTimer?: {
        level: SupportLevel;
    };
    /**
     * Chat avatar state capability.
     */
    avatar?: {
        level: SupportLevel;
    };
    /**
     * Chat title state capability.
     */
    title?: {
        level: SupportLevel;
    };
    /**
     * Chat description/topic state capability.
     */
    description?: {
        level: SupportLevel;
    };
};

/**
 * Capability to update one piece of chat state.
 */
export type ChatStateCapability = {
    level: SupportLevel;
};

/**
 * Chat fields to update. Every field is optional; omitted fields are left unchanged.
 */
export type ChatUpdateRequest = {
    draft?: ChatDraftInput;
    /**
     * Custom chat title. Support depends on the chat account and chat permissions.
     */
    title?: string | null;
    /**
     * Group chat description/topic. Support depends on the chat account and chat permissions.
     */
    description?: string | null;
    /**
     * Local filesystem path to a group chat avatar image. Support depends on the chat account and chat permissions.
     */
    imgURL?: string | null;
    /**
     * Archive or unarchive the chat.
     */
    isArchived?: boolean;
    /**
     * Mark or unmark the chat as low priority when supported by the account.
     */
    isLowPriority?: boolean;
    /**
     * Pin or unpin the chat when supported by the account.
     */
    isPinned?: boolean;
    /**
     * Mute or unmute the chat.
     */
    isMuted?: boolean;
    /**
     * Disappearing-message timer in seconds, or null to clear when supported.
     */
    messageExpirySeconds?: number | null;
};

/**
 * Chat with optional last message preview.
 */
export type ChatWithPreview = Chat & {
    /**
     * Last message preview for this chat, if available.
     */
    preview?: Message;
};

/**
 * Code to show to the user.
 */
export type CodeLoginDisplay = {
    type: 'code';
    /**
     * Code to show.
     */
    data: string;
};

/**
 * Final step of a completed login.
 */
export type CompleteLoginStep = {
    type: 'complete';
    /**
     * A chat account added to Beeper.
     */
    account?: Account;
    /**
     * Completion instructions, when provided.
     */
    instructions?: string;
    /**
     * Signed-in identity for a bridge. One bridge login can contain multiple chat accounts.
     */
    login?: BridgeLogin;
    /**
     * Step ID.
     */
    stepID?: string;
};

/**
 * A cursor page of merged contacts for one account.
 */
export type ContactListPage = {
    /**
     * Merged contacts for the selected account.
     */
    items: Array<User>;
    /**
     * True if additional results can be fetched using the provided cursors.
     */
    hasMore: boolean;
    /**
     * Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect.
     */
    oldestCursor?: string | null;
    /**
     * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
     */
    newestCursor?: string | null;
};

/**
 * Users matching a contact search on one account (not paginated).
 */
export type ContactSearchResponse = {
    /**
     * Matching users.
     */
    items: Array<User>;
};

/**
 * Value to collect from the browser in a cookies login step.
 */
export type CookieField = {
    /**
     * Field ID to send back in the fields object.
     */
    id: string;
    /**
     * Cookie, header, or local storage key to collect.
     */
    name?: string;
    /**
     * Browser storage source for this value.
     */
    type?: 'cookie' | 'header' | 'local_storage';
};

/**
 * Browser step that collects cookies, headers or local storage values after the user signs in.
 */
export type CookiesLoginStep = {
    type: 'cookies';
    /**
     * Values to collect from the browser.
     */
    fields: Array<CookieField>;
    /**
     * Step ID to submit this step's input to.
     */
    stepID: string;
    /**
     * URL to open for the user.
     */
    url: string;
    /**
     * Regular expression that identifies the final URL after sign-in.
     */
    expectedFinalURLRegex?: string;
    /**
     * Optional extraction script for browser-based sign-in helpers. Treat as an opaque helper value.
     *
     */
    extractJS?: string;
    /**
     * User-facing instructions for this browser step.
     */
    instructions?: string;
    /**
     * Suggested user agent for the browser session.
     */
    userAgent?: string;
};

/**
 * Opaque pagination cursor; do not inspect. Use together with 'direction'.
 */
export type Cursor = string;

/**
 * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results. Defaults to 'before' when only 'cursor' is provided.
 */
export type Direction = 'after' | 'before';

/**
 * Disappearing-message timer capability.
 */
export type DisappearingTimerCapability = {
    types: Array<'' | 'after_read' | 'after_send'>;
    omit_empty_timer?: true;
    timers?: Array<number>;
};

/**
 * Step that shows something to the user (QR code, emoji, code) and waits.
 */
export type DisplayAndWaitLoginStep = {
    type: 'display_and_wait';
    display: LoginDisplay;
    /**
     * Step ID to submit this step's input to.
     */
    stepID: string;
    /**
     * User-facing instructions for this step.
     */
    instructions?: string;
};

/**
 * An attachment of the chat's current draft.
 */
export type DraftAttachment = {
    /**
     * Draft attachment identifier.
     */
    id: string;
    /**
     * Draft attachment type. GIF and recorded audio are mutually exclusive types.
     */
    type: 'file' | 'gif' | 'recorded_audio';
    /**
     * MIME type if known.
     */
    mimeType?: string;
    /**
     * Original filename if available.
     */
    fileName?: string;
    /**
     * Local filesystem path for the draft attachment.
     */
    filePath?: string;
    /**
     * File size in bytes if known.
     */
    fileSize?: number;
    /**
     * Sticker identifier if the draft attachment is a sticker.
     */
    stickerID?: string;
    /**
     * Audio duration in seconds if known.
     */
    audioDurationSeconds?: number;
    /**
     * Pixel dimensions of the attachment.
     */
    size?: {
        width?: number;
        height?: number;
    };
};

/**
 * A draft attachment to set; must reference an uploadID returned by the upload file endpoint.
 */
export type DraftAttachmentInput = MessageSendAttachment & {
    /**
     * Optional draft attachment identifier. If omitted, a new identifier is generated.
     */
    id?: string;
};

/**
 * Emoji image to show to the user.
 */
export type EmojiLoginDisplay = {
    type: 'emoji';
    /**
     * Image URL of the emoji to show.
     */
    imageURL: string;
};

/**
 * The shared error body of every non-2xx response.
 */
export type Error = {
    /**
     * Error message
     */
    message: string;
    /**
     * Machine-readable error code
     */
    code: string;
    /**
     * Additional error details for debugging
     */
    details?: ValidationDetails | {
        [key: string]: unknown;
    } | unknown;
};

/**
 * Focus Beeper Desktop and optionally navigate to a specific chat, message, or pre-fill plain text and an image path.
 */
export type FocusRequest = {
    /**
     * Optional Beeper chat ID (or local chat ID) to focus after opening the app. If omitted, only opens/focuses the app.
     */
    chatID?: string;
    /**
     * Optional message ID. Jumps to that message in the chat when opening.
     */
    messageID?: string;
    /**
     * Optional plain text to populate in the message input field.
     */
    draftText?: string;
    /**
     * Optional image path to populate in the message input field.
     */
    draftAttachmentPath?: string;
};

/**
 * Response indicating successful app focus action.
 */
export type FocusResponse = {
    /**
     * Whether the app was successfully opened/focused.
     */
    success: boolean;
};

/**
 * Accounts configured on this device. Includes accountID, bridge metadata, optional network name, and user identity.
 */
export type GetAccountsOutput = Array<Account>;

/**
 * Group creation field capability.
 */
export type GroupFieldCapability = {
    allowed: boolean;
    max_length?: number;
    min_length?: number;
    required?: boolean;
    /**
     * Disappearing-message timer capability.
     */
    settings?: DisappearingTimerCapability;
};

/**
 * Group creation capabilities for one group type.
 */
export type GroupTypeCapabilities = {
    type_description: string;
    avatar?: GroupFieldCapability;
    disappear?: GroupFieldCapability;
    name?: GroupFieldCapability;
    parent?: GroupFieldCapability;
    participants?: GroupFieldCapability;
    topic?: GroupFieldCapability;
    username?: GroupFieldCapability;
};

/**
 * App, platform, server, and endpoint discovery metadata (snake_case field names).
 */
export type InfoRetrieveResponse = {
    app: {
        /**
         * App name
         */
        name: string;
        /**
         * App version
         */
        version: string;
        /**
         * App bundle identifier
         */
        bundle_id: string;
    };
    platform: {
        /**
         * Operating system identifier
         */
        os: string;
        /**
         * CPU architecture
         */
        arch: string;
        /**
         * Runtime release version
         */
        release?: string;
    };
    server: {
        /**
         * Server status
         */
        status: string;
        /**
         * Base URL of the Beeper Desktop API server
         */
        base_url: string;
        /**
         * Listening port
         */
        port: number;
        /**
         * Listening host
         */
        hostname: string;
        /**
         * Whether remote access is enabled
         */
        remote_access: boolean;
        /**
         * Whether MCP endpoint is enabled
         */
        mcp_enabled: boolean;
    };
    endpoints: {
        /**
         * OAuth endpoints.
         */
        oauth: {
            /**
             * OAuth authorization endpoint
             */
            authorization_endpoint: string;
            /**
             * OAuth token endpoint
             */
            token_endpoint: string;
            /**
             * OAuth introspection endpoint
             */
            introspection_endpoint: string;
            /**
             * OAuth userinfo endpoint
             */
            userinfo_endpoint: string;
            /**
             * OAuth token revocation endpoint
             */
            revocation_endpoint: string;
            /**
             * OAuth dynamic client registration endpoint
             */
            registration_endpoint: string;
        };
        /**
         * OpenAPI spec endpoint
         */
        spec: string;
        /**
         * MCP endpoint
         */
        mcp: string;
        /**
         * WebSocket events endpoint
         */
        ws_events: string;
    };
};

/**
 * A user-created label that organizes chats across accounts.
 */
export type Label = {
    /**
     * Unique identifier of the label.
     */
    id: string;
    /**
     * Display name of the label.
     */
    name: string;
};

/**
 * Link preview included with a message.
 */
export type LinkPreview = {
    /**
     * Resolved link URL.
     */
    url: string;
    /**
     * Original URL when the displayed URL is shortened or redirected.
     */
    originalURL?: string;
    /**
     * Favicon URL if available. May be temporary or local-only to this device; download promptly if durable access is needed.
     */
    favicon?: string;
    /**
     * Preview image URL if available. May be temporary or local-only to this device; download promptly if durable access is needed.
     */
    img?: string;
    /**
     * Preview image dimensions.
     */
    imgSize?: {
        width?: number;
        height?: number;
    };
    /**
     * Link preview title.
     */
    title: string;
    /**
     * Link preview summary.
     */
    summary?: string;
};

/**
 * What a display_and_wait step shows to the user, discriminated by `type`.
 */
export type LoginDisplay = ({
    type: 'qr';
} & QrLoginDisplay) | ({
    type: 'emoji';
} & EmojiLoginDisplay) | ({
    type: 'nothing';
} & NothingLoginDisplay) | ({
    type: 'code';
} & CodeLoginDisplay);

/**
 * A connect or reconnect flow option of a bridge.
 */
export type LoginFlow = {
    /**
     * Flow ID to pass when creating a bridge login session.
     */
    id: string;
    /**
     * Short explanation for when to use this flow, when provided.
     */
    description?: string;
    /**
     * Display name for the flow, when provided.
     */
    name?: string;
};

/**
 * Connect and reconnect flow options for a bridge.
 */
export type LoginFlowListResponse = {
    /**
     * Login flows.
     */
    items: Array<LoginFlow>;
};

/**
 * Input field of a user_input login step.
 */
export type LoginInputField = {
    /**
     * Field ID to send back in the fields object.
     */
    id: string;
    /**
     * Initial field value, when provided by the network.
     */
    initialValue?: string;
    /**
     * Field label to show to the user.
     */
    label?: string;
    /**
     * True if the user can leave this field empty.
     */
    optional?: boolean;
    /**
     * Placeholder text to show when the field is empty.
     */
    placeholder?: string;
    /**
     * Suggested input type, such as text, password, or email.
     */
    type?: string;
};

/**
 * Temporary bridge login session used to connect a new chat account or reconnect an existing bridge login.
 *
 */
export type LoginSession = {
    /**
     * Bridge ID.
     */
    bridgeID: string;
    /**
     * Temporary bridge login session ID.
     */
    loginSessionID: string;
    status: LoginSessionStatus;
    /**
     * A chat account added to Beeper.
     */
    account?: Account;
    /**
     * Chat account ID for reconnect flows, when known.
     */
    accountID?: string;
    /**
     * Step the client should show or complete next. Omitted when the session is complete, cancelled, or failed.
     */
    currentStep?: LoginStep;
    /**
     * Error of the login session.
     */
    error?: ApiError;
    /**
     * Signed-in identity for a bridge. One bridge login can contain multiple chat accounts.
     */
    login?: BridgeLogin;
    /**
     * Bridge login ID for reconnect flows, when known.
     */
    loginID?: string;
};

/**
 * Result of cancelling a temporary bridge login session.
 */
export type LoginSessionCancelResponse = {
    /**
     * Bridge ID.
     */
    bridgeID: string;
    /**
     * Temporary bridge login session ID.
     */
    loginSessionID: string;
    status: 'cancelled';
};

/**
 * Body of POST /v1/bridges/{bridgeID}/login-sessions. All fields are optional. Omit loginID and accountID to
 * connect a new account.
 *
 */
export type LoginSessionCreateRequest = {
    /**
     * Existing chat account ID to reconnect. Omit to connect a new account.
     */
    accountID?: string;
    /**
     * Optional flow ID returned by the list login flows endpoint. If omitted, Beeper chooses the default flow.
     *
     */
    flowID?: string;
    /**
     * Existing bridge login ID to reconnect. Omit to connect a new account.
     */
    loginID?: string;
};

/**
 * Status of a temporary bridge login session.
 */
export type LoginSessionStatus = 'waiting_for_input' | 'waiting_for_cookies' | 'waiting_for_display' | 'complete' | 'cancelled' | 'failed';

/**
 * Step the client should show or complete next, discriminated by `type`.
 */
export type LoginStep = ({
    type: 'user_input';
} & UserInputLoginStep) | ({
    type: 'cookies';
} & CookiesLoginStep) | ({
    type: 'display_and_wait';
} & DisplayAndWaitLoginStep) | ({
    type: 'complete';
} & CompleteLoginStep);

/**
 * Body of POST /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}.
 */
export type LoginStepSubmitRequest = {
    /**
     * Type of the step being submitted (matches the current step's `type`).
     */
    type: 'user_input' | 'cookies' | 'display_and_wait';
    /**
     * Field values keyed by the field IDs from the current step (LoginInputField.id for user_input steps,
     * CookieField.id for cookies steps).
     *
     */
    fields?: {
        [key: string]: string;
    };
    /**
     * Last browser URL reached during a cookies step, if available.
     */
    lastURL?: string;
    /**
     * How the step was completed. Omit unless the client needs to distinguish an embedded webview or browser
     * extension.
     *
     */
    source?: 'api' | 'webview' | 'browser_extension';
};

/**
 * A message in a chat.
 */
export type Message = {
    /**
     * Message ID.
     */
    id: string;
    /**
     * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
     */
    chatID: string;
    /**
     * Beeper account ID the message belongs to.
     */
    accountID: string;
    /**
     * Matrix-style fully-qualified sender user ID, usually including a bridge prefix and homeserver.
     */
    senderID: string;
    /**
     * Resolved sender display name (impersonator/full name/username/participant name).
     */
    senderName?: string;
    /**
     * Message timestamp.
     */
    timestamp: string;
    /**
     * A unique, sortable key used to sort messages.
     */
    sortKey: string;
    /**
     * Message content type. Useful for distinguishing reactions, media messages, and state events from regular text messages.
     */
    type?: 'TEXT' | 'NOTICE' | 'IMAGE' | 'VIDEO' | 'VOICE' | 'AUDIO' | 'FILE' | 'STICKER' | 'LOCATION' | 'REACTION';
    /**
     * Matrix HTML body if present.
     */
    text?: string;
    /**
     * Timestamp when the message was edited, if known.
     */
    editedTimestamp?: string;
    /**
     * True if the authenticated user sent the message.
     */
    isSender?: boolean;
    sendStatus?: MessageSendStatus;
    /**
     * True if the message is hidden from normal display.
     */
    isHidden?: boolean;
    /**
     * True if the message has been deleted.
     */
    isDeleted?: boolean;
    /**
     * Attachments included with this message, if any.
     */
    attachments?: Array<Attachment>;
    /**
     * True if the message is unread for the authenticated user. May be omitted.
     */
    isUnread?: boolean;
    /**
     * ID of the message this is a reply to, if any.
     */
    linkedMessageID?: string;
    /**
     * Mentioned user IDs, @room, or null for legacy messages that require text scanning.
     */
    mentions?: Array<string> | null;
    /**
     * Link previews included with this message, if any.
     */
    links?: Array<LinkPreview>;
    /**
     * Reactions to the message, if any.
     */
    reactions?: Array<Reaction>;
    seen?: MessageSeen;
};

/**
 * Attachment type hint (image, video, audio, file, gif, voice-note, sticker). If omitted, auto-detected from mimeType
 */
export type MessageAttachmentType = 'image' | 'video' | 'audio' | 'file' | 'gif' | 'voice-note' | 'sticker';

/**
 * A page of messages in a chat, sorted by timestamp.
 */
export type MessageListPage = {
    /**
     * Messages from the chat, sorted by timestamp. Use oldestCursor/newestCursor for pagination and treat both as opaque values.
     */
    items: Array<Message>;
    /**
     * True if additional results can be fetched using the provided cursors.
     */
    hasMore: boolean;
    /**
     * Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect.
     */
    oldestCursor?: string | null;
    /**
     * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
     */
    newestCursor?: string | null;
};

/**
 * A page of messages matching a search.
 */
export type MessageSearchPage = {
    /**
     * Messages matching the query and filters.
     */
    items: Array<Message>;
    /**
     * True if additional results can be fetched using the provided cursors.
     */
    hasMore: boolean;
    /**
     * Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect.
     */
    oldestCursor?: string | null;
    /**
     * Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
     */
    newestCursor?: string | null;
    /**
     * Map of chatID -> chat details for chats referenced in items.
     */
    chats: {
        [key: string]: Chat;
    };
};

/**
 * Read receipt state for this message, when available.
 */
export type MessageSeen = boolean | string | MessageSeenByParticipant;

/**
 * Group read receipt state keyed by participant ID.
 */
export type MessageSeenByParticipant = {
    [key: string]: boolean | string;
};

/**
 * Single attachment to send with the message.
 */
export type MessageSendAttachment = {
    /**
     * Upload ID from uploadAsset endpoint. Required to reference uploaded files.
     */
    uploadID: string;
    /**
     * MIME type (optional override of cached value)
     */
    mimeType?: string;
    /**
     * Filename (optional override of cached value)
     */
    fileName?: string;
    /**
     * Dimensions (optional override of cached value)
     */
    size?: {
        width: number;
        height: number;
    };
    /**
     * Duration in seconds (optional override of cached value)
     */
    duration?: number;
    type?: MessageAttachmentType;
};

/**
 * Body of a message send. All fields are optional.
 */
export type MessageSendRequest = {
    /**
     * Text input. Markdown is converted to Matrix HTML. To provide Matrix HTML verbatim, pass a JSON-stringified HTML string.
     */
    text?: MessageTextInput;
    /**
     * Provide a message ID to send this as a reply to an existing message
     */
    replyToMessageID?: string;
    /**
     * Single attachment to send with the message
     */
    attachment?: MessageSendAttachment;
};

/**
 * Result of a message send.
 */
export type MessageSendResponse = {
    /**
     * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
     */
    chatID: string;
    /**
     * Pending ID assigned to the message before the network confirms the send. Pass it to GET /v1/chats/{chatID}/messages/{messageID} to resolve, or wait for the matching message.upserted over the WebSocket.
     */
    pendingMessageID: string;
};

/**
 * Message send status for this message, when reported by the bridge.
 */
export type MessageSendStatus = {
    /**
     * Machine-readable failure reason. Present when the send status is a failure.
     */
    reason?: string;
    /**
     * Human-readable send status or failure message.
     */
    message?: string;
    /**
     * Current status of the message send attempt.
     */
    status: 'SUCCESS' | 'PENDING' | 'FAIL_RETRIABLE' | 'FAIL_PERMANENT';
    /**
     * Timestamp for the send status event.
     */
    timestamp: string;
    /**
     * User IDs the message was delivered to, when reported by the network.
     */
    deliveredToUsers?: Array<string>;
    /**
     * Internal bridge error detail. Intended for diagnostics, not end-user display.
     */
    internalError?: string;
};

/**
 * Draft text. Plain text and Markdown are converted to Matrix HTML with the same rules used by send and edit.
 */
export type MessageTextInput = string;

/**
 * Body of a message edit.
 */
export type MessageUpdateRequest = {
    /**
     * New text content for the message
     */
    text: string;
};

/**
 * The edited message (a full Message) plus the deprecated compatibility fields `messageID` and `success`.
 * (Older docs renditions returned only { chatID, messageID, success }; this is the current shape.)
 *
 */
export type MessageUpdateResponse = Message & {
    /**
     * DEPRECATED - compatibility field. Successful responses are already represented by the 200 status code.
     *
     * @deprecated
     */
    success: true;
    /**
     * DEPRECATED - use id instead. Compatibility alias for older clients.
     *
     * @deprecated
     */
    messageID: string;
};

/**
 * Nothing to display.
 */
export type NothingLoginDisplay = {
    type: 'nothing';
};

/**
 * A chat participant. Extends User with chat membership metadata.
 */
export type Participant = User & {
    /**
     * True if this participant has admin privileges in the chat.
     */
    isAdmin?: boolean;
    /**
     * True if this participant has been invited but has not joined yet.
     */
    isPending?: boolean;
    /**
     * True if this participant represents a network or bridge bot.
     */
    isNetworkBot?: boolean;
};

/**
 * Advanced network capabilities for account lookup and group creation. Wire field names of this model are
 * snake_case (unlike most of the API).
 *
 */
export type ProvisioningCapabilities = {
    /**
     * Group creation capabilities keyed by group type identifier.
     */
    group_creation: {
        [key: string]: GroupTypeCapabilities;
    };
    /**
     * Identifier lookup capabilities for this bridge.
     */
    resolve_identifier: ResolveIdentifierCapabilities;
    image_pack_import?: boolean;
};

/**
 * QR code to show to the user.
 */
export type QrLoginDisplay = {
    type: 'qr';
    /**
     * QR code payload.
     */
    data: string;
};

/**
 * A reaction to a message.
 */
export type Reaction = {
    /**
     * Reaction ID. When a participant can react more than once, the ID is the participant ID concatenated with the reaction key; otherwise it equals the participant ID.
     */
    id: string;
    /**
     * The reaction key: an emoji (😄), a network-specific key, or a shortcode like "smiling-face".
     */
    reactionKey: string;
    /**
     * URL to the reaction's image. May be temporary or local-only to this device; download promptly if durable access is needed.
     */
    imgURL?: string;
    /**
     * User ID of the participant who reacted.
     */
    participantID: string;
    /**
     * True if the reactionKey is an emoji.
     */
    emoji?: boolean;
};

/**
 * Body of a reaction add.
 */
export type ReactionAddRequest = {
    /**
     * Reaction key to add (emoji, shortcode, or custom emoji key)
     */
    reactionKey: string;
    /**
     * Optional transaction ID for deduplication and send tracking
     */
    transactionID?: string;
};

/**
 * Result of adding a reaction.
 */
export type ReactionAddResponse = {
    /**
     * Always true. Indicates the reaction was queued; failures return an error response.
     */
    success: true;
    /**
     * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
     */
    chatID: string;
    /**
     * Message ID.
     */
    messageID: string;
    /**
     * Reaction key that was added.
     */
    reactionKey: string;
    /**
     * Transaction ID used for send tracking.
     */
    transactionID: string;
};

/**
 * Result of removing a reaction.
 */
export type ReactionDeleteResponse = {
    /**
     * Always true. Indicates the reaction removal was queued; failures return an error response.
     */
    success: true;
    /**
     * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
     */
    chatID: string;
    /**
     * Message ID.
     */
    messageID: string;
    /**
     * Reaction key that was removed.
     */
    reactionKey: string;
};

/**
 * Identifier lookup capabilities for this bridge.
 */
export type ResolveIdentifierCapabilities = {
    any_phone: boolean;
    contact_list: boolean;
    create_dm: boolean;
    lookup_email: boolean;
    lookup_phone: boolean;
    lookup_username: boolean;
    search: boolean;
};

/**
 * Result of the combined search (GET /v1/search).
 */
export type SearchResponse = {
    results: {
        /**
         * Top chat results.
         */
        chats: Array<Chat>;
        /**
         * Top group results by participant matches.
         */
        in_groups: Array<Chat>;
        messages: MessageSearchPage;
    };
};

/**
 * -2: rejected, -1: dropped, 0: unsupported, 1: partially supported, 2: fully supported.
 */
export type SupportLevel = -2 | -1 | 0 | 1 | 2;

/**
 * Attachment transcription if available.
 */
export type Transcription = {
    /**
     * Transcribed text.
     */
    transcription: string;
    /**
     * Transcription engine.
     */
    engine: string;
    /**
     * Detected or selected language.
     */
    language?: string;
};

/**
 * User the account belongs to.
 */
export type User = {
    /**
     * Stable Beeper user ID. Use as the primary key when referencing a person.
     */
    id: string;
    /**
     * Human-readable handle if available (e.g., '@alice'). May be network-specific and not globally unique.
     */
    username?: string;
    /**
     * User's phone number in E.164 format (e.g., '+14155552671'). Omit if unknown.
     */
    phoneNumber?: string;
    /**
     * Email address if known. Not guaranteed verified.
     */
    email?: string;
    /**
     * Display name as shown in clients (e.g., 'Alice Example'). May include emojis.
     */
    fullName?: string;
    /**
     * Avatar image URL if available. This may be a remote URL, Matrix media URL, data URL, or local filesystem URL depending on source and endpoint. May be temporary or local-only to this device; download promptly if durable access is needed.
     */
    imgURL?: string;
    /**
     * True if Beeper cannot initiate messages to this user (e.g., blocked, network restriction, or no DM path). The user may still message you.
     */
    cannotMessage?: boolean;
    /**
     * True if this user represents the authenticated account's own identity.
     */
    isSelf?: boolean;
};

/**
 * Step that asks the user to fill in input fields.
 */
export type UserInputLoginStep = {
    type: 'user_input';
    /**
     * Input fields to show to the user.
     */
    fields: Array<LoginInputField>;
    /**
     * Step ID to submit this step's input to.
     */
    stepID: string;
    /**
     * Attachments of this step (items untyped in the sources).
     */
    attachments?: Array<unknown>;
    /**
     * User-facing instructions for this step.
     */
    instructions?: string;
};

/**
 * Validation error details
 */
export type ValidationDetails = {
    /**
     * List of validation issues
     */
    issues: Array<ValidationIssue>;
};

/**
 * One problem found while validating a request: where in the payload, a code and a human-readable message.
 */
export type ValidationIssue = {
    /**
     * Validation issue code
     */
    code: string;
    /**
     * Human-readable description of the validation issue
     */
    message: string;
    /**
     * Path pointing to the invalid field within the payload
     */
    path: Array<string | number>;
};

/**
 * Trusted device verification progress.
 */
export type Verification = {
    /**
     * Verification ID to pass in verification action paths.
     */
    id: string;
    /**
     * Verification actions that are valid for the current state.
     */
    availableActions: Array<VerificationAction>;
    direction: VerificationDirection;
    /**
     * Verification methods supported for this transaction.
     */
    methods: Array<VerificationMethod>;
    purpose: VerificationPurpose;
    state: VerificationState;
    error?: VerificationError;
    otherDevice?: VerificationOtherDevice;
    /**
     * Other Beeper user participating in verification.
     */
    otherUserID?: string;
    qr?: VerificationQr;
    sas?: VerificationSas;
};

/**
 * A verification action (maps to the action endpoints under /v1/app/setup/verifications/{verificationID}).
 */
export type VerificationAction = 'accept' | 'cancel' | 'qr.confirmScanned' | 'sas.start' | 'sas.confirm';

/**
 * Shared response of the verification create / retrieve / accept / cancel / QR scan / QR confirm-scanned /
 * SAS start / SAS confirm endpoints.
 *
 */
export type VerificationActionResult = {
    /**
     * Current app sign-in and encrypted messaging setup state.
     */
    session: AppStateSnapshot;
    /**
     * Trusted device verification progress.
     */
    verification?: Verification;
};

/**
 * Optional code and user-facing reason for cancelling an active device verification.
 */
export type VerificationCancelRequest = {
    /**
     * Optional cancellation code.
     */
    code?: string;
    /**
     * Optional user-facing cancellation reason.
     */
    reason?: string;
};

/**
 * Optional body of POST /v1/app/setup/verifications, which starts verifying this device from another signed-in device.
 */
export type VerificationCreateRequest = {
    /**
     * Why this verification is being started.
     */
    purpose?: 'login' | 'device';
    /**
     * Beeper user ID to verify. Defaults to the signed-in user.
     */
    userID?: string;
};

/**
 * Whether this device started or received the verification.
 */
export type VerificationDirection = 'incoming' | 'outgoing';

/**
 * Verification error details, if verification stopped.
 */
export type VerificationError = {
    /**
     * Verification error code.
     */
    code: string;
    /**
     * User-facing verification error message.
     */
    reason: string;
};

/**
 * Pending and active device verifications.
 */
export type VerificationListResponse = {
    items: Array<Verification>;
};

/**
 * A verification method.
 */
export type VerificationMethod = 'qr' | 'sas';

/**
 * Other device participating in verification.
 */
export type VerificationOtherDevice = {
    /**
     * Other device ID.
     */
    id: string;
    /**
     * Other device display name, if known.
     */
    name?: string;
};

/**
 * Why a verification exists.
 */
export type VerificationPurpose = 'login' | 'device';

/**
 * QR verification data.
 */
export type VerificationQr = {
    /**
     * QR code payload to display for verification.
     */
    data: string;
};

/**
 * The QR code payload scanned from another signed-in device, submitted to continue device verification.
 */
export type VerificationQrScanRequest = {
    /**
     * QR code payload scanned from the other device.
     */
    data: string;
};

/**
 * Emoji or number comparison data for verification.
 */
export type VerificationSas = {
    /**
     * Emoji sequence to compare on both devices.
     */
    emojis: string;
    /**
     * Number sequence to compare on both devices.
     */
    decimals?: string;
};

/**
 * Current trusted-device verification state.
 */
export type VerificationState = 'requested' | 'ready' | 'sas_ready' | 'qr_scanned' | 'done' | 'cancelled' | 'error';

/**
 * Account ID this resource belongs to.
 */
export type AccountId2 = AccountId;

/**
 * Chat ID or local chat ID.
 */
export type ChatId2 = ChatId;

/**
 * Opaque pagination cursor; do not inspect. Use together with 'direction'.
 */
export type Cursor2 = Cursor;

/**
 * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results. Defaults to 'before' when only 'cursor' is provided.
 */
export type Direction2 = Direction;

/**
 * Request parameters of `accounts.list` (GET /v1/accounts): path, query, headers and body.
 */
export type AccountsListData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/accounts';
};

/**
 * Error responses of `accounts.list` (GET /v1/accounts), by status code.
 */
export type AccountsListErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `accounts.list` (GET /v1/accounts).
 */
export type AccountsListError = AccountsListErrors[keyof AccountsListErrors];

/**
 * Success responses of `accounts.list` (GET /v1/accounts), by status code.
 */
export type AccountsListResponses = {
    /**
     * Request executed successfully
     */
    200: GetAccountsOutput;
};

/**
 * The body of the success response of `accounts.list` (GET /v1/accounts).
 */
export type AccountsListResponse = AccountsListResponses[keyof AccountsListResponses];

/**
 * Request parameters of `accounts.retrieve` (GET /v1/accounts/{accountID}): path, query, headers and body.
 */
export type AccountsRetrieveData = {
    body?: never;
    path: {
        /**
         * Account ID this resource belongs to (e.g. `matrix`, `discordgo`, `slackgo.TEAM-USER`,
         * `local-whatsapp_ba_...`).
         *
         */
        accountID: string;
    };
    query?: never;
    url: '/v1/accounts/{accountID}';
};

/**
 * Error responses of `accounts.retrieve` (GET /v1/accounts/{accountID}), by status code.
 */
export type AccountsRetrieveErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `accounts.retrieve` (GET /v1/accounts/{accountID}).
 */
export type AccountsRetrieveError = AccountsRetrieveErrors[keyof AccountsRetrieveErrors];

/**
 * Success responses of `accounts.retrieve` (GET /v1/accounts/{accountID}), by status code.
 */
export type AccountsRetrieveResponses = {
    /**
     * The chat account.
     */
    200: Account;
};

/**
 * The body of the success response of `accounts.retrieve` (GET /v1/accounts/{accountID}).
 */
export type AccountsRetrieveResponse = AccountsRetrieveResponses[keyof AccountsRetrieveResponses];

/**
 * Request parameters of `accounts.contacts.search` (GET /v1/accounts/{accountID}/contacts): path, query, headers and body.
 */
export type AccountsContactsSearchData = {
    body?: never;
    path: {
        /**
         * Account ID this resource belongs to.
         */
        accountID: string;
    };
    query: {
        /**
         * Text to search users by. Network-specific behavior.
         */
        query: string;
    };
    url: '/v1/accounts/{accountID}/contacts';
};

/**
 * Error responses of `accounts.contacts.search` (GET /v1/accounts/{accountID}/contacts), by status code.
 */
export type AccountsContactsSearchErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `accounts.contacts.search` (GET /v1/accounts/{accountID}/contacts).
 */
export type AccountsContactsSearchError = AccountsContactsSearchErrors[keyof AccountsContactsSearchErrors];

/**
 * Success responses of `accounts.contacts.search` (GET /v1/accounts/{accountID}/contacts), by status code.
 */
export type AccountsContactsSearchResponses = {
    /**
     * Request executed successfully
     */
    200: ContactSearchResponse;
};

/**
 * The body of the success response of `accounts.contacts.search` (GET /v1/accounts/{accountID}/contacts).
 */
export type AccountsContactsSearchResponse = AccountsContactsSearchResponses[keyof AccountsContactsSearchResponses];

/**
 * Request parameters of `accounts.contacts.list` (GET /v1/accounts/{accountID}/contacts/list): path, query, headers and body.
 */
export type AccountsContactsListData = {
    body?: never;
    path: {
        /**
         * Account ID this resource belongs to.
         */
        accountID: string;
    };
    query?: {
        /**
         * Opaque pagination cursor; do not inspect. Use together with 'direction'.
         */
        cursor?: string;
        /**
         * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results. Defaults to 'before' when only 'cursor' is provided.
         */
        direction?: 'after' | 'before';
        /**
         * Maximum contacts to return per page.
         */
        limit?: number;
        /**
         * Optional search query for blended contact lookup.
         */
        query?: string;
    };
    url: '/v1/accounts/{accountID}/contacts/list';
};

/**
 * Error responses of `accounts.contacts.list` (GET /v1/accounts/{accountID}/contacts/list), by status code.
 */
export type AccountsContactsListErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `accounts.contacts.list` (GET /v1/accounts/{accountID}/contacts/list).
 */
export type AccountsContactsListError = AccountsContactsListErrors[keyof AccountsContactsListErrors];

/**
 * Success responses of `accounts.contacts.list` (GET /v1/accounts/{accountID}/contacts/list), by status code.
 */
export type AccountsContactsListResponses = {
    /**
     * Request executed successfully
     */
    200: ContactListPage;
};

/**
 * The body of the success response of `accounts.contacts.list` (GET /v1/accounts/{accountID}/contacts/list).
 */
export type AccountsContactsListResponse = AccountsContactsListResponses[keyof AccountsContactsListResponses];

/**
 * Request parameters of `app.setup.retrieve` (GET /v1/app/setup): path, query, headers and body.
 */
export type AppSetupRetrieveData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/app/setup';
};

/**
 * Error responses of `app.setup.retrieve` (GET /v1/app/setup), by status code.
 */
export type AppSetupRetrieveErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `app.setup.retrieve` (GET /v1/app/setup).
 */
export type AppSetupRetrieveError = AppSetupRetrieveErrors[keyof AppSetupRetrieveErrors];

/**
 * Success responses of `app.setup.retrieve` (GET /v1/app/setup), by status code.
 */
export type AppSetupRetrieveResponses = {
    /**
     * The current app sign-in and encrypted messaging setup state.
     */
    200: AppStateSnapshot;
};

/**
 * The body of the success response of `app.setup.retrieve` (GET /v1/app/setup).
 */
export type AppSetupRetrieveResponse = AppSetupRetrieveResponses[keyof AppSetupRetrieveResponses];

/**
 * Request parameters of `app.setup.email` (POST /v1/app/setup/email): path, query, headers and body.
 */
export type AppSetupEmailData = {
    body: AppSetupEmailRequest;
    path?: never;
    query?: never;
    url: '/v1/app/setup/email';
};

/**
 * Error responses of `app.setup.email` (POST /v1/app/setup/email), by status code.
 */
export type AppSetupEmailErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `app.setup.email` (POST /v1/app/setup/email).
 */
export type AppSetupEmailError = AppSetupEmailErrors[keyof AppSetupEmailErrors];

/**
 * Success responses of `app.setup.email` (POST /v1/app/setup/email), by status code.
 */
export type AppSetupEmailResponses = {
    /**
     * The sign-in code was sent (empty body).
     */
    204: void;
};

/**
 * The body of the success response of `app.setup.email` (POST /v1/app/setup/email).
 */
export type AppSetupEmailResponse = AppSetupEmailResponses[keyof AppSetupEmailResponses];

/**
 * Request parameters of `app.setup.register` (POST /v1/app/setup/register): path, query, headers and body.
 */
export type AppSetupRegisterData = {
    body: AppSetupRegisterRequest;
    path?: never;
    query?: never;
    url: '/v1/app/setup/register';
};

/**
 * Error responses of `app.setup.register` (POST /v1/app/setup/register), by status code.
 */
export type AppSetupRegisterErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `app.setup.register` (POST /v1/app/setup/register).
 */
export type AppSetupRegisterError = AppSetupRegisterErrors[keyof AppSetupRegisterErrors];

/**
 * Success responses of `app.setup.register` (POST /v1/app/setup/register), by status code.
 */
export type AppSetupRegisterResponses = {
    /**
     * The account was created and signed in.
     */
    200: AppSetupSuccess;
};

/**
 * The body of the success response of `app.setup.register` (POST /v1/app/setup/register).
 */
export type AppSetupRegisterResponse = AppSetupRegisterResponses[keyof AppSetupRegisterResponses];

/**
 * Request parameters of `app.setup.response` (POST /v1/app/setup/response): path, query, headers and body.
 */
export type AppSetupResponseData = {
    body: AppSetupResponseRequest;
    path?: never;
    query?: never;
    url: '/v1/app/setup/response';
};

/**
 * Error responses of `app.setup.response` (POST /v1/app/setup/response), by status code.
 */
export type AppSetupResponseErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `app.setup.response` (POST /v1/app/setup/response).
 */
export type AppSetupResponseError = AppSetupResponseErrors[keyof AppSetupResponseErrors];

/**
 * Success responses of `app.setup.response` (POST /v1/app/setup/response), by status code.
 */
export type AppSetupResponseResponses = {
    /**
     * Signed in (credentials + setup state), or account creation is required.
     */
    200: AppSetupResponseResult;
};

/**
 * The body of the success response of `app.setup.response` (POST /v1/app/setup/response).
 */
export type AppSetupResponseResponse = AppSetupResponseResponses[keyof AppSetupResponseResponses];

/**
 * Request parameters of `app.setup.start` (POST /v1/app/setup/start): path, query, headers and body.
 */
export type AppSetupStartData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/app/setup/start';
};

/**
 * Error responses of `app.setup.start` (POST /v1/app/setup/start), by status code.
 */
export type AppSetupStartErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `app.setup.start` (POST /v1/app/setup/start).
 */
export type AppSetupStartError = AppSetupStartErrors[keyof AppSetupStartErrors];

/**
 * Success responses of `app.setup.start` (POST /v1/app/setup/start), by status code.
 */
export type AppSetupStartResponses = {
    /**
     * A new setup request and its available sign-in methods.
     */
    200: AppSetupStartResponse;
};

/**
 * The body of the success response of `app.setup.start` (POST /v1/app/setup/start).
 */
export type AppSetupStartResponse2 = AppSetupStartResponses[keyof AppSetupStartResponses];

/**
 * Request parameters of `app.setup.recoveryKey.verify` (POST /v1/app/setup/verification/recovery-key): path, query, headers and body.
 */
export type AppSetupRecoveryKeyVerifyData = {
    body: AppRecoveryKeyVerifyRequest;
    path?: never;
    query?: never;
    url: '/v1/app/setup/verification/recovery-key';
};

/**
 * Error responses of `app.setup.recoveryKey.verify` (POST /v1/app/setup/verification/recovery-key), by status code.
 */
export type AppSetupRecoveryKeyVerifyErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `app.setup.recoveryKey.verify` (POST /v1/app/setup/verification/recovery-key).
 */
export type AppSetupRecoveryKeyVerifyError = AppSetupRecoveryKeyVerifyErrors[keyof AppSetupRecoveryKeyVerifyErrors];

/**
 * Success responses of `app.setup.recoveryKey.verify` (POST /v1/app/setup/verification/recovery-key), by status code.
 */
export type AppSetupRecoveryKeyVerifyResponses = {
    /**
     * The setup state after unlocking with the recovery key.
     */
    200: AppRecoveryKeyVerifyResponse;
};

/**
 * The body of the success response of `app.setup.recoveryKey.verify` (POST /v1/app/setup/verification/recovery-key).
 */
export type AppSetupRecoveryKeyVerifyResponse = AppSetupRecoveryKeyVerifyResponses[keyof AppSetupRecoveryKeyVerifyResponses];

/**
 * Request parameters of `app.setup.recoveryKey.reset.create` (POST /v1/app/setup/verification/recovery-key/reset): path, query, headers and body.
 */
export type AppSetupRecoveryKeyResetCreateData = {
    body?: AppRecoveryKeyResetRequest;
    path?: never;
    query?: never;
    url: '/v1/app/setup/verification/recovery-key/reset';
};

/**
 * Error responses of `app.setup.recoveryKey.reset.create` (POST /v1/app/setup/verification/recovery-key/reset), by status code.
 */
export type AppSetupRecoveryKeyResetCreateErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `app.setup.recoveryKey.reset.create` (POST /v1/app/setup/verification/recovery-key/reset).
 */
export type AppSetupRecoveryKeyResetCreateError = AppSetupRecoveryKeyResetCreateErrors[keyof AppSetupRecoveryKeyResetCreateErrors];

/**
 * Success responses of `app.setup.recoveryKey.reset.create` (POST /v1/app/setup/verification/recovery-key/reset), by status code.
 */
export type AppSetupRecoveryKeyResetCreateResponses = {
    /**
     * The new recovery key and the setup state.
     */
    200: AppRecoveryKeyResetResponse;
};

/**
 * The body of the success response of `app.setup.recoveryKey.reset.create` (POST /v1/app/setup/verification/recovery-key/reset).
 */
export type AppSetupRecoveryKeyResetCreateResponse = AppSetupRecoveryKeyResetCreateResponses[keyof AppSetupRecoveryKeyResetCreateResponses];

/**
 * Request parameters of `app.setup.recoveryKey.reset.confirm` (POST /v1/app/setup/verification/recovery-key/reset/confirm): path, query, headers and body.
 */
export type AppSetupRecoveryKeyResetConfirmData = {
    body: AppRecoveryKeyResetConfirmRequest;
    path?: never;
    query?: never;
    url: '/v1/app/setup/verification/recovery-key/reset/confirm';
};

/**
 * Error responses of `app.setup.recoveryKey.reset.confirm` (POST /v1/app/setup/verification/recovery-key/reset/confirm), by status code.
 */
export type AppSetupRecoveryKeyResetConfirmErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `app.setup.recoveryKey.reset.confirm` (POST /v1/app/setup/verification/recovery-key/reset/confirm).
 */
export type AppSetupRecoveryKeyResetConfirmError = AppSetupRecoveryKeyResetConfirmErrors[keyof AppSetupRecoveryKeyResetConfirmErrors];

/**
 * Success responses of `app.setup.recoveryKey.reset.confirm` (POST /v1/app/setup/verification/recovery-key/reset/confirm), by status code.
 */
export type AppSetupRecoveryKeyResetConfirmResponses = {
    /**
     * The setup state after confirming the new recovery key.
     */
    200: AppRecoveryKeyResetConfirmResponse;
};

/**
 * The body of the success response of `app.setup.recoveryKey.reset.confirm` (POST /v1/app/setup/verification/recovery-key/reset/confirm).
 */
export type AppSetupRecoveryKeyResetConfirmResponse = AppSetupRecoveryKeyResetConfirmResponses[keyof AppSetupRecoveryKeyResetConfirmResponses];

/**
 * Request parameters of `app.setup.verifications.list` (GET /v1/app/setup/verifications): path, query, headers and body.
 */
export type AppSetupVerificationsListData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/app/setup/verifications';
};

/**
 * Error responses of `app.setup.verifications.list` (GET /v1/app/setup/verifications), by status code.
 */
export type AppSetupVerificationsListErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `app.setup.verifications.list` (GET /v1/app/setup/verifications).
 */
export type AppSetupVerificationsListError = AppSetupVerificationsListErrors[keyof AppSetupVerificationsListErrors];

/**
 * Success responses of `app.setup.verifications.list` (GET /v1/app/setup/verifications), by status code.
 */
export type AppSetupVerificationsListResponses = {
    /**
     * Pending and active device verifications.
     */
    200: VerificationListResponse;
};

/**
 * The body of the success response of `app.setup.verifications.list` (GET /v1/app/setup/verifications).
 */
export type AppSetupVerificationsListResponse = AppSetupVerificationsListResponses[keyof AppSetupVerificationsListResponses];

/**
 * Request parameters of `app.setup.verifications.create` (POST /v1/app/setup/verifications): path, query, headers and body.
 */
export type AppSetupVerificationsCreateData = {
    body?: VerificationCreateRequest;
    path?: never;
    query?: never;
    url: '/v1/app/setup/verifications';
};

/**
 * Error responses of `app.setup.verifications.create` (POST /v1/app/setup/verifications), by status code.
 */
export type AppSetupVerificationsCreateErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `app.setup.verifications.create` (POST /v1/app/setup/verifications).
 */
export type AppSetupVerificationsCreateError = AppSetupVerificationsCreateErrors[keyof AppSetupVerificationsCreateErrors];

/**
 * Success responses of `app.setup.verifications.create` (POST /v1/app/setup/verifications), by status code.
 */
export type AppSetupVerificationsCreateResponses = {
    /**
     * The setup state and the new verification.
     */
    200: VerificationActionResult;
};

/**
 * The body of the success response of `app.setup.verifications.create` (POST /v1/app/setup/verifications).
 */
export type AppSetupVerificationsCreateResponse = AppSetupVerificationsCreateResponses[keyof AppSetupVerificationsCreateResponses];

/**
 * Request parameters of `app.setup.verifications.qr.scan` (POST /v1/app/setup/verifications/qr/scan): path, query, headers and body.
 */
export type AppSetupVerificationsQrScanData = {
    body: VerificationQrScanRequest;
    path?: never;
    query?: never;
    url: '/v1/app/setup/verifications/qr/scan';
};

/**
 * Error responses of `app.setup.verifications.qr.scan` (POST /v1/app/setup/verifications/qr/scan), by status code.
 */
export type AppSetupVerificationsQrScanErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `app.setup.verifications.qr.scan` (POST /v1/app/setup/verifications/qr/scan).
 */
export type AppSetupVerificationsQrScanError = AppSetupVerificationsQrScanErrors[keyof AppSetupVerificationsQrScanErrors];

/**
 * Success responses of `app.setup.verifications.qr.scan` (POST /v1/app/setup/verifications/qr/scan), by status code.
 */
export type AppSetupVerificationsQrScanResponses = {
    /**
     * The setup state and the verification the QR code belongs to.
     */
    200: VerificationActionResult;
};

/**
 * The body of the success response of `app.setup.verifications.qr.scan` (POST /v1/app/setup/verifications/qr/scan).
 */
export type AppSetupVerificationsQrScanResponse = AppSetupVerificationsQrScanResponses[keyof AppSetupVerificationsQrScanResponses];

/**
 * Request parameters of `app.setup.verifications.retrieve` (GET /v1/app/setup/verifications/{verificationID}): path, query, headers and body.
 */
export type AppSetupVerificationsRetrieveData = {
    body?: never;
    path: {
        /**
         * Verification ID (the `id` of a Verification). Send it URL-encoded.
         */
        verificationID: string;
    };
    query?: never;
    url: '/v1/app/setup/verifications/{verificationID}';
};

/**
 * Error responses of `app.setup.verifications.retrieve` (GET /v1/app/setup/verifications/{verificationID}), by status code.
 */
export type AppSetupVerificationsRetrieveErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `app.setup.verifications.retrieve` (GET /v1/app/setup/verifications/{verificationID}).
 */
export type AppSetupVerificationsRetrieveError = AppSetupVerificationsRetrieveErrors[keyof AppSetupVerificationsRetrieveErrors];

/**
 * Success responses of `app.setup.verifications.retrieve` (GET /v1/app/setup/verifications/{verificationID}), by status code.
 */
export type AppSetupVerificationsRetrieveResponses = {
    /**
     * The setup state and the verification.
     */
    200: VerificationActionResult;
};

/**
 * The body of the success response of `app.setup.verifications.retrieve` (GET /v1/app/setup/verifications/{verificationID}).
 */
export type AppSetupVerificationsRetrieveResponse = AppSetupVerificationsRetrieveResponses[keyof AppSetupVerificationsRetrieveResponses];

/**
 * Request parameters of `app.setup.verifications.accept` (POST /v1/app/setup/verifications/{verificationID}/accept): path, query, headers and body.
 */
export type AppSetupVerificationsAcceptData = {
    body?: never;
    path: {
        /**
         * Verification ID (the `id` of a Verification). Send it URL-encoded.
         */
        verificationID: string;
    };
    query?: never;
    url: '/v1/app/setup/verifications/{verificationID}/accept';
};

/**
 * Error responses of `app.setup.verifications.accept` (POST /v1/app/setup/verifications/{verificationID}/accept), by status code.
 */
export type AppSetupVerificationsAcceptErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `app.setup.verifications.accept` (POST /v1/app/setup/verifications/{verificationID}/accept).
 */
export type AppSetupVerificationsAcceptError = AppSetupVerificationsAcceptErrors[keyof AppSetupVerificationsAcceptErrors];

/**
 * Success responses of `app.setup.verifications.accept` (POST /v1/app/setup/verifications/{verificationID}/accept), by status code.
 */
export type AppSetupVerificationsAcceptResponses = {
    /**
     * The setup state and the accepted verification.
     */
    200: VerificationActionResult;
};

/**
 * The body of the success response of `app.setup.verifications.accept` (POST /v1/app/setup/verifications/{verificationID}/accept).
 */
export type AppSetupVerificationsAcceptResponse = AppSetupVerificationsAcceptResponses[keyof AppSetupVerificationsAcceptResponses];

/**
 * Request parameters of `app.setup.verifications.cancel` (POST /v1/app/setup/verifications/{verificationID}/cancel): path, query, headers and body.
 */
export type AppSetupVerificationsCancelData = {
    body?: VerificationCancelRequest;
    path: {
        /**
         * Verification ID (the `id` of a Verification). Send it URL-encoded.
         */
        verificationID: string;
    };
    query?: never;
    url: '/v1/app/setup/verifications/{verificationID}/cancel';
};

/**
 * Error responses of `app.setup.verifications.cancel` (POST /v1/app/setup/verifications/{verificationID}/cancel), by status code.
 */
export type AppSetupVerificationsCancelErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `app.setup.verifications.cancel` (POST /v1/app/setup/verifications/{verificationID}/cancel).
 */
export type AppSetupVerificationsCancelError = AppSetupVerificationsCancelErrors[keyof AppSetupVerificationsCancelErrors];

/**
 * Success responses of `app.setup.verifications.cancel` (POST /v1/app/setup/verifications/{verificationID}/cancel), by status code.
 */
export type AppSetupVerificationsCancelResponses = {
    /**
     * The setup state and the cancelled verification.
     */
    200: VerificationActionResult;
};

/**
 * The body of the success response of `app.setup.verifications.cancel` (POST /v1/app/setup/verifications/{verificationID}/cancel).
 */
export type AppSetupVerificationsCancelResponse = AppSetupVerificationsCancelResponses[keyof AppSetupVerificationsCancelResponses];

/**
 * Request parameters of `app.setup.verifications.qr.confirmScanned` (POST /v1/app/setup/verifications/{verificationID}/qr/confirm-scanned): path, query, headers and body.
 */
export type AppSetupVerificationsQrConfirmScannedData = {
    body?: never;
    path: {
        /**
         * Verification ID (the `id` of a Verification). Send it URL-encoded.
         */
        verificationID: string;
    };
    query?: never;
    url: '/v1/app/setup/verifications/{verificationID}/qr/confirm-scanned';
};

/**
 * Error responses of `app.setup.verifications.qr.confirmScanned` (POST /v1/app/setup/verifications/{verificationID}/qr/confirm-scanned), by status code.
 */
export type AppSetupVerificationsQrConfirmScannedErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `app.setup.verifications.qr.confirmScanned` (POST /v1/app/setup/verifications/{verificationID}/qr/confirm-scanned).
 */
export type AppSetupVerificationsQrConfirmScannedError = AppSetupVerificationsQrConfirmScannedErrors[keyof AppSetupVerificationsQrConfirmScannedErrors];

/**
 * Success responses of `app.setup.verifications.qr.confirmScanned` (POST /v1/app/setup/verifications/{verificationID}/qr/confirm-scanned), by status code.
 */
export type AppSetupVerificationsQrConfirmScannedResponses = {
    /**
     * The setup state and the verification.
     */
    200: VerificationActionResult;
};

/**
 * The body of the success response of `app.setup.verifications.qr.confirmScanned` (POST /v1/app/setup/verifications/{verificationID}/qr/confirm-scanned).
 */
export type AppSetupVerificationsQrConfirmScannedResponse = AppSetupVerificationsQrConfirmScannedResponses[keyof AppSetupVerificationsQrConfirmScannedResponses];

/**
 * Request parameters of `app.setup.verifications.sas.confirm` (POST /v1/app/setup/verifications/{verificationID}/sas/confirm): path, query, headers and body.
 */
export type AppSetupVerificationsSasConfirmData = {
    body?: never;
    path: {
        /**
         * Verification ID (the `id` of a Verification). Send it URL-encoded.
         */
        verificationID: string;
    };
    query?: never;
    url: '/v1/app/setup/verifications/{verificationID}/sas/confirm';
};

/**
 * Error responses of `app.setup.verifications.sas.confirm` (POST /v1/app/setup/verifications/{verificationID}/sas/confirm), by status code.
 */
export type AppSetupVerificationsSasConfirmErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `app.setup.verifications.sas.confirm` (POST /v1/app/setup/verifications/{verificationID}/sas/confirm).
 */
export type AppSetupVerificationsSasConfirmError = AppSetupVerificationsSasConfirmErrors[keyof AppSetupVerificationsSasConfirmErrors];

/**
 * Success responses of `app.setup.verifications.sas.confirm` (POST /v1/app/setup/verifications/{verificationID}/sas/confirm), by status code.
 */
export type AppSetupVerificationsSasConfirmResponses = {
    /**
     * The setup state and the verification.
     */
    200: VerificationActionResult;
};

/**
 * The body of the success response of `app.setup.verifications.sas.confirm` (POST /v1/app/setup/verifications/{verificationID}/sas/confirm).
 */
export type AppSetupVerificationsSasConfirmResponse = AppSetupVerificationsSasConfirmResponses[keyof AppSetupVerificationsSasConfirmResponses];

/**
 * Request parameters of `app.setup.verifications.sas.start` (POST /v1/app/setup/verifications/{verificationID}/sas/start): path, query, headers and body.
 */
export type AppSetupVerificationsSasStartData = {
    body?: never;
    path: {
        /**
         * Verification ID (the `id` of a Verification). Send it URL-encoded.
         */
        verificationID: string;
    };
    query?: never;
    url: '/v1/app/setup/verifications/{verificationID}/sas/start';
};

/**
 * Error responses of `app.setup.verifications.sas.start` (POST /v1/app/setup/verifications/{verificationID}/sas/start), by status code.
 */
export type AppSetupVerificationsSasStartErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `app.setup.verifications.sas.start` (POST /v1/app/setup/verifications/{verificationID}/sas/start).
 */
export type AppSetupVerificationsSasStartError = AppSetupVerificationsSasStartErrors[keyof AppSetupVerificationsSasStartErrors];

/**
 * Success responses of `app.setup.verifications.sas.start` (POST /v1/app/setup/verifications/{verificationID}/sas/start), by status code.
 */
export type AppSetupVerificationsSasStartResponses = {
    /**
     * The setup state and the verification (with `sas` data once available).
     */
    200: VerificationActionResult;
};

/**
 * The body of the success response of `app.setup.verifications.sas.start` (POST /v1/app/setup/verifications/{verificationID}/sas/start).
 */
export type AppSetupVerificationsSasStartResponse = AppSetupVerificationsSasStartResponses[keyof AppSetupVerificationsSasStartResponses];

/**
 * Request parameters of `assets.download` (POST /v1/assets/download): path, query, headers and body.
 */
export type AssetsDownloadData = {
    body: AssetDownloadRequest;
    path?: never;
    query?: never;
    url: '/v1/assets/download';
};

/**
 * Error responses of `assets.download` (POST /v1/assets/download), by status code.
 */
export type AssetsDownloadErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `assets.download` (POST /v1/assets/download).
 */
export type AssetsDownloadError = AssetsDownloadErrors[keyof AssetsDownloadErrors];

/**
 * Success responses of `assets.download` (POST /v1/assets/download), by status code.
 */
export type AssetsDownloadResponses = {
    /**
     * Request executed successfully
     */
    200: AssetDownloadResponse;
};

/**
 * The body of the success response of `assets.download` (POST /v1/assets/download).
 */
export type AssetsDownloadResponse = AssetsDownloadResponses[keyof AssetsDownloadResponses];

/**
 * Request parameters of `assets.serve` (GET /v1/assets/serve): path, query, headers and body.
 */
export type AssetsServeData = {
    body?: never;
    headers?: {
        /**
         * Optional byte range (e.g. `bytes=0-1023`) for seeking in large files; the endpoint supports Range requests.
         */
        Range?: string;
    };
    path?: never;
    query: {
        /**
         * File URL to serve. Accepts mxc://, localmxc://, or file:// URLs.
         */
        url: string;
    };
    url: '/v1/assets/serve';
};

/**
 * Error responses of `assets.serve` (GET /v1/assets/serve), by status code.
 */
export type AssetsServeErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Requested range not satisfiable
     */
    416: unknown;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `assets.serve` (GET /v1/assets/serve).
 */
export type AssetsServeError = AssetsServeErrors[keyof AssetsServeErrors];

/**
 * Success responses of `assets.serve` (GET /v1/assets/serve), by status code.
 */
export type AssetsServeResponses = {
    /**
     * File stream
     */
    200: Blob | File;
    /**
     * Partial file stream
     */
    206: Blob | File;
};

/**
 * The body of the success response of `assets.serve` (GET /v1/assets/serve).
 */
export type AssetsServeResponse = AssetsServeResponses[keyof AssetsServeResponses];

/**
 * Request parameters of `assets.upload` (POST /v1/assets/upload): path, query, headers and body.
 */
export type AssetsUploadData = {
    body: AssetUploadRequest;
    path?: never;
    query?: never;
    url: '/v1/assets/upload';
};

/**
 * Error responses of `assets.upload` (POST /v1/assets/upload), by status code.
 */
export type AssetsUploadErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `assets.upload` (POST /v1/assets/upload).
 */
export type AssetsUploadError = AssetsUploadErrors[keyof AssetsUploadErrors];

/**
 * Success responses of `assets.upload` (POST /v1/assets/upload), by status code.
 */
export type AssetsUploadResponses = {
    /**
     * Request executed successfully
     */
    200: AssetUploadBase64Response;
};

/**
 * The body of the success response of `assets.upload` (POST /v1/assets/upload).
 */
export type AssetsUploadResponse = AssetsUploadResponses[keyof AssetsUploadResponses];

/**
 * Request parameters of `assets.uploadBase64` (POST /v1/assets/upload/base64): path, query, headers and body.
 */
export type AssetsUploadBase64Data = {
    body: AssetUploadBase64Request;
    path?: never;
    query?: never;
    url: '/v1/assets/upload/base64';
};

/**
 * Error responses of `assets.uploadBase64` (POST /v1/assets/upload/base64), by status code.
 */
export type AssetsUploadBase64Errors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `assets.uploadBase64` (POST /v1/assets/upload/base64).
 */
export type AssetsUploadBase64Error = AssetsUploadBase64Errors[keyof AssetsUploadBase64Errors];

/**
 * Success responses of `assets.uploadBase64` (POST /v1/assets/upload/base64), by status code.
 */
export type AssetsUploadBase64Responses = {
    /**
     * Request executed successfully
     */
    200: AssetUploadBase64Response;
};

/**
 * The body of the success response of `assets.uploadBase64` (POST /v1/assets/upload/base64).
 */
export type AssetsUploadBase64Response = AssetsUploadBase64Responses[keyof AssetsUploadBase64Responses];

/**
 * Request parameters of `bridges.list` (GET /v1/bridges): path, query, headers and body.
 */
export type BridgesListData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/bridges';
};

/**
 * Error responses of `bridges.list` (GET /v1/bridges), by status code.
 */
export type BridgesListErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `bridges.list` (GET /v1/bridges).
 */
export type BridgesListError = BridgesListErrors[keyof BridgesListErrors];

/**
 * Success responses of `bridges.list` (GET /v1/bridges), by status code.
 */
export type BridgesListResponses = {
    /**
     * Available bridges and their connected accounts.
     */
    200: BridgeListResponse;
};

/**
 * The body of the success response of `bridges.list` (GET /v1/bridges).
 */
export type BridgesListResponse = BridgesListResponses[keyof BridgesListResponses];

/**
 * Request parameters of `bridges.retrieve` (GET /v1/bridges/{bridgeID}): path, query, headers and body.
 */
export type BridgesRetrieveData = {
    body?: never;
    path: {
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: string;
    };
    query?: never;
    url: '/v1/bridges/{bridgeID}';
};

/**
 * Error responses of `bridges.retrieve` (GET /v1/bridges/{bridgeID}), by status code.
 */
export type BridgesRetrieveErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `bridges.retrieve` (GET /v1/bridges/{bridgeID}).
 */
export type BridgesRetrieveError = BridgesRetrieveErrors[keyof BridgesRetrieveErrors];

/**
 * Success responses of `bridges.retrieve` (GET /v1/bridges/{bridgeID}), by status code.
 */
export type BridgesRetrieveResponses = {
    /**
     * The bridge.
     */
    200: Bridge;
};

/**
 * The body of the success response of `bridges.retrieve` (GET /v1/bridges/{bridgeID}).
 */
export type BridgesRetrieveResponse = BridgesRetrieveResponses[keyof BridgesRetrieveResponses];

/**
 * Request parameters of `bridges.retrieveCapabilities` (GET /v1/bridges/{bridgeID}/capabilities): path, query, headers and body.
 */
export type BridgesRetrieveCapabilitiesData = {
    body?: never;
    path: {
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: string;
    };
    query?: never;
    url: '/v1/bridges/{bridgeID}/capabilities';
};

/**
 * Error responses of `bridges.retrieveCapabilities` (GET /v1/bridges/{bridgeID}/capabilities), by status code.
 */
export type BridgesRetrieveCapabilitiesErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `bridges.retrieveCapabilities` (GET /v1/bridges/{bridgeID}/capabilities).
 */
export type BridgesRetrieveCapabilitiesError = BridgesRetrieveCapabilitiesErrors[keyof BridgesRetrieveCapabilitiesErrors];

/**
 * Success responses of `bridges.retrieveCapabilities` (GET /v1/bridges/{bridgeID}/capabilities), by status code.
 */
export type BridgesRetrieveCapabilitiesResponses = {
    /**
     * Advanced network capabilities for account lookup and group creation.
     */
    200: ProvisioningCapabilities;
};

/**
 * The body of the success response of `bridges.retrieveCapabilities` (GET /v1/bridges/{bridgeID}/capabilities).
 */
export type BridgesRetrieveCapabilitiesResponse = BridgesRetrieveCapabilitiesResponses[keyof BridgesRetrieveCapabilitiesResponses];

/**
 * Request parameters of `bridges.loginFlows.list` (GET /v1/bridges/{bridgeID}/login-flows): path, query, headers and body.
 */
export type BridgesLoginFlowsListData = {
    body?: never;
    path: {
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: string;
    };
    query?: never;
    url: '/v1/bridges/{bridgeID}/login-flows';
};

/**
 * Error responses of `bridges.loginFlows.list` (GET /v1/bridges/{bridgeID}/login-flows), by status code.
 */
export type BridgesLoginFlowsListErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `bridges.loginFlows.list` (GET /v1/bridges/{bridgeID}/login-flows).
 */
export type BridgesLoginFlowsListError = BridgesLoginFlowsListErrors[keyof BridgesLoginFlowsListErrors];

/**
 * Success responses of `bridges.loginFlows.list` (GET /v1/bridges/{bridgeID}/login-flows), by status code.
 */
export type BridgesLoginFlowsListResponses = {
    /**
     * Login flows of the bridge.
     */
    200: LoginFlowListResponse;
};

/**
 * The body of the success response of `bridges.loginFlows.list` (GET /v1/bridges/{bridgeID}/login-flows).
 */
export type BridgesLoginFlowsListResponse = BridgesLoginFlowsListResponses[keyof BridgesLoginFlowsListResponses];

/**
 * Request parameters of `bridges.loginSessions.create` (POST /v1/bridges/{bridgeID}/login-sessions): path, query, headers and body.
 */
export type BridgesLoginSessionsCreateData = {
    /**
     * All fields are optional; the request may be sent without a body to connect a new account.
     */
    body?: LoginSessionCreateRequest;
    path: {
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: string;
    };
    query?: never;
    url: '/v1/bridges/{bridgeID}/login-sessions';
};

/**
 * Error responses of `bridges.loginSessions.create` (POST /v1/bridges/{bridgeID}/login-sessions), by status code.
 */
export type BridgesLoginSessionsCreateErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `bridges.loginSessions.create` (POST /v1/bridges/{bridgeID}/login-sessions).
 */
export type BridgesLoginSessionsCreateError = BridgesLoginSessionsCreateErrors[keyof BridgesLoginSessionsCreateErrors];

/**
 * Success responses of `bridges.loginSessions.create` (POST /v1/bridges/{bridgeID}/login-sessions), by status code.
 */
export type BridgesLoginSessionsCreateResponses = {
    /**
     * The new login session.
     */
    200: LoginSession;
};

/**
 * The body of the success response of `bridges.loginSessions.create` (POST /v1/bridges/{bridgeID}/login-sessions).
 */
export type BridgesLoginSessionsCreateResponse = BridgesLoginSessionsCreateResponses[keyof BridgesLoginSessionsCreateResponses];

/**
 * Request parameters of `bridges.loginSessions.cancel` (DELETE /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}): path, query, headers and body.
 */
export type BridgesLoginSessionsCancelData = {
    body?: never;
    path: {
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: string;
        /**
         * Temporary bridge login session ID.
         */
        loginSessionID: string;
    };
    query?: never;
    url: '/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}';
};

/**
 * Error responses of `bridges.loginSessions.cancel` (DELETE /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}), by status code.
 */
export type BridgesLoginSessionsCancelErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `bridges.loginSessions.cancel` (DELETE /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}).
 */
export type BridgesLoginSessionsCancelError = BridgesLoginSessionsCancelErrors[keyof BridgesLoginSessionsCancelErrors];

/**
 * Success responses of `bridges.loginSessions.cancel` (DELETE /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}), by status code.
 */
export type BridgesLoginSessionsCancelResponses = {
    /**
     * The login session was cancelled.
     */
    200: LoginSessionCancelResponse;
};

/**
 * The body of the success response of `bridges.loginSessions.cancel` (DELETE /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}).
 */
export type BridgesLoginSessionsCancelResponse = BridgesLoginSessionsCancelResponses[keyof BridgesLoginSessionsCancelResponses];

/**
 * Request parameters of `bridges.loginSessions.retrieve` (GET /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}): path, query, headers and body.
 */
export type BridgesLoginSessionsRetrieveData = {
    body?: never;
    path: {
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: string;
        /**
         * Temporary bridge login session ID.
         */
        loginSessionID: string;
    };
    query?: never;
    url: '/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}';
};

/**
 * Error responses of `bridges.loginSessions.retrieve` (GET /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}), by status code.
 */
export type BridgesLoginSessionsRetrieveErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `bridges.loginSessions.retrieve` (GET /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}).
 */
export type BridgesLoginSessionsRetrieveError = BridgesLoginSessionsRetrieveErrors[keyof BridgesLoginSessionsRetrieveErrors];

/**
 * Success responses of `bridges.loginSessions.retrieve` (GET /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}), by status code.
 */
export type BridgesLoginSessionsRetrieveResponses = {
    /**
     * The login session.
     */
    200: LoginSession;
};

/**
 * The body of the success response of `bridges.loginSessions.retrieve` (GET /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}).
 */
export type BridgesLoginSessionsRetrieveResponse = BridgesLoginSessionsRetrieveResponses[keyof BridgesLoginSessionsRetrieveResponses];

/**
 * Request parameters of `bridges.loginSessions.steps.submit` (POST /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}): path, query, headers and body.
 */
export type BridgesLoginSessionsStepsSubmitData = {
    body: LoginStepSubmitRequest;
    path: {
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: string;
        /**
         * Temporary bridge login session ID.
         */
        loginSessionID: string;
        /**
         * The `stepID` of the current step (from `currentStep.stepID` of the login session).
         */
        stepID: string;
    };
    query?: never;
    url: '/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}';
};

/**
 * Error responses of `bridges.loginSessions.steps.submit` (POST /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}), by status code.
 */
export type BridgesLoginSessionsStepsSubmitErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `bridges.loginSessions.steps.submit` (POST /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}).
 */
export type BridgesLoginSessionsStepsSubmitError = BridgesLoginSessionsStepsSubmitErrors[keyof BridgesLoginSessionsStepsSubmitErrors];

/**
 * Success responses of `bridges.loginSessions.steps.submit` (POST /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}), by status code.
 */
export type BridgesLoginSessionsStepsSubmitResponses = {
    /**
     * The updated login session.
     */
    200: LoginSession;
};

/**
 * The body of the success response of `bridges.loginSessions.steps.submit` (POST /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}).
 */
export type BridgesLoginSessionsStepsSubmitResponse = BridgesLoginSessionsStepsSubmitResponses[keyof BridgesLoginSessionsStepsSubmitResponses];

/**
 * Request parameters of `bridges.logins.list` (GET /v1/bridges/{bridgeID}/logins): path, query, headers and body.
 */
export type BridgesLoginsListData = {
    body?: never;
    path: {
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: string;
    };
    query?: never;
    url: '/v1/bridges/{bridgeID}/logins';
};

/**
 * Error responses of `bridges.logins.list` (GET /v1/bridges/{bridgeID}/logins), by status code.
 */
export type BridgesLoginsListErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `bridges.logins.list` (GET /v1/bridges/{bridgeID}/logins).
 */
export type BridgesLoginsListError = BridgesLoginsListErrors[keyof BridgesLoginsListErrors];

/**
 * Success responses of `bridges.logins.list` (GET /v1/bridges/{bridgeID}/logins), by status code.
 */
export type BridgesLoginsListResponses = {
    /**
     * Bridge logins of the bridge.
     */
    200: BridgeLoginListResponse;
};

/**
 * The body of the success response of `bridges.logins.list` (GET /v1/bridges/{bridgeID}/logins).
 */
export type BridgesLoginsListResponse = BridgesLoginsListResponses[keyof BridgesLoginsListResponses];

/**
 * Request parameters of `bridges.logins.retrieve` (GET /v1/bridges/{bridgeID}/logins/{loginID}): path, query, headers and body.
 */
export type BridgesLoginsRetrieveData = {
    body?: never;
    path: {
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: string;
        /**
         * Bridge login ID (e.g. `ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc`).
         */
        loginID: string;
    };
    query?: never;
    url: '/v1/bridges/{bridgeID}/logins/{loginID}';
};

/**
 * Error responses of `bridges.logins.retrieve` (GET /v1/bridges/{bridgeID}/logins/{loginID}), by status code.
 */
export type BridgesLoginsRetrieveErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `bridges.logins.retrieve` (GET /v1/bridges/{bridgeID}/logins/{loginID}).
 */
export type BridgesLoginsRetrieveError = BridgesLoginsRetrieveErrors[keyof BridgesLoginsRetrieveErrors];

/**
 * Success responses of `bridges.logins.retrieve` (GET /v1/bridges/{bridgeID}/logins/{loginID}), by status code.
 */
export type BridgesLoginsRetrieveResponses = {
    /**
     * The bridge login.
     */
    200: BridgeLogin;
};

/**
 * The body of the success response of `bridges.logins.retrieve` (GET /v1/bridges/{bridgeID}/logins/{loginID}).
 */
export type BridgesLoginsRetrieveResponse = BridgesLoginsRetrieveResponses[keyof BridgesLoginsRetrieveResponses];

/**
 * Request parameters of `bridges.logins.remove` (POST /v1/bridges/{bridgeID}/logins/{loginID}/remove): path, query, headers and body.
 */
export type BridgesLoginsRemoveData = {
    body: BridgeLoginRemoveRequest;
    path: {
        /**
         * Bridge ID (e.g. `local-whatsapp`).
         */
        bridgeID: string;
        /**
         * Bridge login ID (e.g. `ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc`).
         */
        loginID: string;
    };
    query?: never;
    url: '/v1/bridges/{bridgeID}/logins/{loginID}/remove';
};

/**
 * Error responses of `bridges.logins.remove` (POST /v1/bridges/{bridgeID}/logins/{loginID}/remove), by status code.
 */
export type BridgesLoginsRemoveErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `bridges.logins.remove` (POST /v1/bridges/{bridgeID}/logins/{loginID}/remove).
 */
export type BridgesLoginsRemoveError = BridgesLoginsRemoveErrors[keyof BridgesLoginsRemoveErrors];

/**
 * Success responses of `bridges.logins.remove` (POST /v1/bridges/{bridgeID}/logins/{loginID}/remove), by status code.
 */
export type BridgesLoginsRemoveResponses = {
    /**
     * The bridge login was removed.
     */
    200: BridgeLoginRemoveResponse;
};

/**
 * The body of the success response of `bridges.logins.remove` (POST /v1/bridges/{bridgeID}/logins/{loginID}/remove).
 */
export type BridgesLoginsRemoveResponse = BridgesLoginsRemoveResponses[keyof BridgesLoginsRemoveResponses];

/**
 * Request parameters of `chats.list` (GET /v1/chats): path, query, headers and body.
 */
export type ChatsListData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Opaque pagination cursor; do not inspect. Use together with 'direction'.
         */
        cursor?: string;
        /**
         * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results. Defaults to 'before' when only 'cursor' is provided.
         */
        direction?: 'after' | 'before';
        /**
         * Limit to specific account IDs. If omitted, fetches from all accounts.
         */
        accountIDs?: Array<string>;
        /**
         * Set the maximum number of chats to retrieve. Valid range 1-200, default is 25.
         */
        limit?: number;
    };
    url: '/v1/chats';
};

/**
 * Error responses of `chats.list` (GET /v1/chats), by status code.
 */
export type ChatsListErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `chats.list` (GET /v1/chats).
 */
export type ChatsListError = ChatsListErrors[keyof ChatsListErrors];

/**
 * Success responses of `chats.list` (GET /v1/chats), by status code.
 */
export type ChatsListResponses = {
    /**
     * Request executed successfully
     */
    200: ChatListPage;
};

/**
 * The body of the success response of `chats.list` (GET /v1/chats).
 */
export type ChatsListResponse = ChatsListResponses[keyof ChatsListResponses];

/**
 * Request parameters of `chats.create` (POST /v1/chats): path, query, headers and body.
 */
export type ChatsCreateData = {
    body: ChatCreateRequest;
    path?: never;
    query?: never;
    url: '/v1/chats';
};

/**
 * Error responses of `chats.create` (POST /v1/chats), by status code.
 */
export type ChatsCreateErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `chats.create` (POST /v1/chats).
 */
export type ChatsCreateError = ChatsCreateErrors[keyof ChatsCreateErrors];

/**
 * Success responses of `chats.create` (POST /v1/chats), by status code.
 */
export type ChatsCreateResponses = {
    /**
     * Request executed successfully
     */
    200: ChatCreateResponse;
};

/**
 * The body of the success response of `chats.create` (POST /v1/chats).
 */
export type ChatsCreateResponse = ChatsCreateResponses[keyof ChatsCreateResponses];

/**
 * Request parameters of `chats.search` (GET /v1/chats/search): path, query, headers and body.
 */
export type ChatsSearchData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Opaque pagination cursor; do not inspect. Use together with 'direction'.
         */
        cursor?: string;
        /**
         * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results. Defaults to 'before' when only 'cursor' is provided.
         */
        direction?: 'after' | 'before';
        /**
         * Filter by inbox type: "primary" (non-archived, non-low-priority), "low-priority", or "archive". If not specified, shows all chats.
         */
        inbox?: 'primary' | 'low-priority' | 'archive';
        /**
         * Set to true to only retrieve chats that have unread messages
         */
        unreadOnly?: boolean | null;
        /**
         * Set the maximum number of chats to retrieve. Valid range: 1-200, default is 50
         */
        limit?: number;
        /**
         * Specify the type of chats to retrieve: use "single" for direct messages, "group" for group chats, or "any" to get all types
         */
        type?: 'single' | 'group' | 'any';
        /**
         * Literal token search (non-semantic). Use single words users type (e.g., "dinner"). When multiple words provided, ALL must match. Case-insensitive.
         */
        query?: string;
        /**
         * Search scope: 'titles' matches title + network; 'participants' matches participant names.
         */
        scope?: 'titles' | 'participants';
        /**
         * Provide an ISO datetime string to only retrieve chats with last activity before this time
         */
        lastActivityBefore?: string;
        /**
         * Provide an ISO datetime string to only retrieve chats with last activity after this time
         */
        lastActivityAfter?: string;
        /**
         * Provide an array of account IDs to filter chats from specific messaging accounts only
         */
        accountIDs?: Array<string>;
        /**
         * Include chats marked as Muted by the user, which are usually less important. Default: true. Set to false if the user wants a more refined search.
         */
        includeMuted?: boolean | null;
        /**
         * Only include chats that carry this label. Label IDs come from GET /v1/labels.
         */
        labelID?: string;
    };
    url: '/v1/chats/search';
};

/**
 * Error responses of `chats.search` (GET /v1/chats/search), by status code.
 */
export type ChatsSearchErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `chats.search` (GET /v1/chats/search).
 */
export type ChatsSearchError = ChatsSearchErrors[keyof ChatsSearchErrors];

/**
 * Success responses of `chats.search` (GET /v1/chats/search), by status code.
 */
export type ChatsSearchResponses = {
    /**
     * Request executed successfully
     */
    200: ChatSearchPage;
};

/**
 * The body of the success response of `chats.search` (GET /v1/chats/search).
 */
export type ChatsSearchResponse = ChatsSearchResponses[keyof ChatsSearchResponses];

/**
 * Request parameters of `chats.start` (POST /v1/chats/start): path, query, headers and body.
 */
export type ChatsStartData = {
    body: ChatStartRequest;
    path?: never;
    query?: never;
    url: '/v1/chats/start';
};

/**
 * Error responses of `chats.start` (POST /v1/chats/start), by status code.
 */
export type ChatsStartErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `chats.start` (POST /v1/chats/start).
 */
export type ChatsStartError = ChatsStartErrors[keyof ChatsStartErrors];

/**
 * Success responses of `chats.start` (POST /v1/chats/start), by status code.
 */
export type ChatsStartResponses = {
    /**
     * Request executed successfully
     */
    200: ChatCreateResponse;
};

/**
 * The body of the success response of `chats.start` (POST /v1/chats/start).
 */
export type ChatsStartResponse = ChatsStartResponses[keyof ChatsStartResponses];

/**
 * Request parameters of `chats.retrieve` (GET /v1/chats/{chatID}): path, query, headers and body.
 */
export type ChatsRetrieveData = {
    body?: never;
    path: {
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        chatID: string;
    };
    query?: {
        /**
         * Maximum number of participants to return. Use -1 for all; otherwise 0-500. Defaults to 100. List and search endpoints return up to 20 participants per chat.
         */
        maxParticipantCount?: number | null;
    };
    url: '/v1/chats/{chatID}';
};

/**
 * Error responses of `chats.retrieve` (GET /v1/chats/{chatID}), by status code.
 */
export type ChatsRetrieveErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `chats.retrieve` (GET /v1/chats/{chatID}).
 */
export type ChatsRetrieveError = ChatsRetrieveErrors[keyof ChatsRetrieveErrors];

/**
 * Success responses of `chats.retrieve` (GET /v1/chats/{chatID}), by status code.
 */
export type ChatsRetrieveResponses = {
    /**
     * Request executed successfully
     */
    200: Chat;
};

/**
 * The body of the success response of `chats.retrieve` (GET /v1/chats/{chatID}).
 */
export type ChatsRetrieveResponse = ChatsRetrieveResponses[keyof ChatsRetrieveResponses];

/**
 * Request parameters of `chats.update` (PATCH /v1/chats/{chatID}): path, query, headers and body.
 */
export type ChatsUpdateData = {
    body?: ChatUpdateRequest;
    path: {
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        chatID: string;
    };
    query?: never;
    url: '/v1/chats/{chatID}';
};

/**
 * Error responses of `chats.update` (PATCH /v1/chats/{chatID}), by status code.
 */
export type ChatsUpdateErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `chats.update` (PATCH /v1/chats/{chatID}).
 */
export type ChatsUpdateError = ChatsUpdateErrors[keyof ChatsUpdateErrors];

/**
 * Success responses of `chats.update` (PATCH /v1/chats/{chatID}), by status code.
 */
export type ChatsUpdateResponses = {
    /**
     * Request executed successfully
     */
    200: Chat;
};

/**
 * The body of the success response of `chats.update` (PATCH /v1/chats/{chatID}).
 */
export type ChatsUpdateResponse = ChatsUpdateResponses[keyof ChatsUpdateResponses];

/**
 * Request parameters of `chats.archive` (POST /v1/chats/{chatID}/archive): path, query, headers and body.
 */
export type ChatsArchiveData = {
    body?: ChatArchiveRequest;
    path: {
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        chatID: string;
    };
    query?: never;
    url: '/v1/chats/{chatID}/archive';
};

/**
 * Error responses of `chats.archive` (POST /v1/chats/{chatID}/archive), by status code.
 */
export type ChatsArchiveErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `chats.archive` (POST /v1/chats/{chatID}/archive).
 */
export type ChatsArchiveError = ChatsArchiveErrors[keyof ChatsArchiveErrors];

/**
 * Success responses of `chats.archive` (POST /v1/chats/{chatID}/archive), by status code.
 */
export type ChatsArchiveResponses = {
    /**
     * Request executed successfully
     */
    204: void;
};

/**
 * The body of the success response of `chats.archive` (POST /v1/chats/{chatID}/archive).
 */
export type ChatsArchiveResponse = ChatsArchiveResponses[keyof ChatsArchiveResponses];

/**
 * Request parameters of `messages.list` (GET /v1/chats/{chatID}/messages): path, query, headers and body.
 */
export type MessagesListData = {
    body?: never;
    path: {
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        chatID: string;
    };
    query?: {
        /**
         * Opaque pagination cursor; do not inspect. Use together with 'direction'.
         */
        cursor?: string;
        /**
         * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results. Defaults to 'before' when only 'cursor' is provided.
         */
        direction?: 'after' | 'before';
    };
    url: '/v1/chats/{chatID}/messages';
};

/**
 * Error responses of `messages.list` (GET /v1/chats/{chatID}/messages), by status code.
 */
export type MessagesListErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `messages.list` (GET /v1/chats/{chatID}/messages).
 */
export type MessagesListError = MessagesListErrors[keyof MessagesListErrors];

/**
 * Success responses of `messages.list` (GET /v1/chats/{chatID}/messages), by status code.
 */
export type MessagesListResponses = {
    /**
     * Request executed successfully
     */
    200: MessageListPage;
};

/**
 * The body of the success response of `messages.list` (GET /v1/chats/{chatID}/messages).
 */
export type MessagesListResponse = MessagesListResponses[keyof MessagesListResponses];

/**
 * Request parameters of `messages.send` (POST /v1/chats/{chatID}/messages): path, query, headers and body.
 */
export type MessagesSendData = {
    body?: MessageSendRequest;
    path: {
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        chatID: string;
    };
    query?: never;
    url: '/v1/chats/{chatID}/messages';
};

/**
 * Error responses of `messages.send` (POST /v1/chats/{chatID}/messages), by status code.
 */
export type MessagesSendErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `messages.send` (POST /v1/chats/{chatID}/messages).
 */
export type MessagesSendError = MessagesSendErrors[keyof MessagesSendErrors];

/**
 * Success responses of `messages.send` (POST /v1/chats/{chatID}/messages), by status code.
 */
export type MessagesSendResponses = {
    /**
     * Request executed successfully
     */
    200: MessageSendResponse;
};

/**
 * The body of the success response of `messages.send` (POST /v1/chats/{chatID}/messages).
 */
export type MessagesSendResponse = MessagesSendResponses[keyof MessagesSendResponses];

/**
 * Request parameters of `messages.delete` (DELETE /v1/chats/{chatID}/messages/{messageID}): path, query, headers and body.
 */
export type MessagesDeleteData = {
    body?: never;
    path: {
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        chatID: string;
        /**
         * Message ID.
         */
        messageID: string;
    };
    query?: {
        /**
         * True to request deletion for everyone when the network supports it; false to delete only for the authenticated user when supported.
         */
        forEveryone?: boolean | null;
    };
    url: '/v1/chats/{chatID}/messages/{messageID}';
};

/**
 * Error responses of `messages.delete` (DELETE /v1/chats/{chatID}/messages/{messageID}), by status code.
 */
export type MessagesDeleteErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `messages.delete` (DELETE /v1/chats/{chatID}/messages/{messageID}).
 */
export type MessagesDeleteError = MessagesDeleteErrors[keyof MessagesDeleteErrors];

/**
 * Success responses of `messages.delete` (DELETE /v1/chats/{chatID}/messages/{messageID}), by status code.
 */
export type MessagesDeleteResponses = {
    /**
     * Request executed successfully
     */
    204: void;
};

/**
 * The body of the success response of `messages.delete` (DELETE /v1/chats/{chatID}/messages/{messageID}).
 */
export type MessagesDeleteResponse = MessagesDeleteResponses[keyof MessagesDeleteResponses];

/**
 * Request parameters of `messages.retrieve` (GET /v1/chats/{chatID}/messages/{messageID}): path, query, headers and body.
 */
export type MessagesRetrieveData = {
    body?: never;
    path: {
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        chatID: string;
        /**
         * Message ID.
         */
        messageID: string;
    };
    query?: never;
    url: '/v1/chats/{chatID}/messages/{messageID}';
};

/**
 * Error responses of `messages.retrieve` (GET /v1/chats/{chatID}/messages/{messageID}), by status code.
 */
export type MessagesRetrieveErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `messages.retrieve` (GET /v1/chats/{chatID}/messages/{messageID}).
 */
export type MessagesRetrieveError = MessagesRetrieveErrors[keyof MessagesRetrieveErrors];

/**
 * Success responses of `messages.retrieve` (GET /v1/chats/{chatID}/messages/{messageID}), by status code.
 */
export type MessagesRetrieveResponses = {
    /**
     * Request executed successfully
     */
    200: Message;
};

/**
 * The body of the success response of `messages.retrieve` (GET /v1/chats/{chatID}/messages/{messageID}).
 */
export type MessagesRetrieveResponse = MessagesRetrieveResponses[keyof MessagesRetrieveResponses];

/**
 * Request parameters of `messages.update` (PUT /v1/chats/{chatID}/messages/{messageID}): path, query, headers and body.
 */
export type MessagesUpdateData = {
    body: MessageUpdateRequest;
    path: {
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        chatID: string;
        /**
         * Message ID.
         */
        messageID: string;
    };
    query?: never;
    url: '/v1/chats/{chatID}/messages/{messageID}';
};

/**
 * Error responses of `messages.update` (PUT /v1/chats/{chatID}/messages/{messageID}), by status code.
 */
export type MessagesUpdateErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `messages.update` (PUT /v1/chats/{chatID}/messages/{messageID}).
 */
export type MessagesUpdateError = MessagesUpdateErrors[keyof MessagesUpdateErrors];

/**
 * Success responses of `messages.update` (PUT /v1/chats/{chatID}/messages/{messageID}), by status code.
 */
export type MessagesUpdateResponses = {
    /**
     * Request executed successfully
     */
    200: MessageUpdateResponse;
};

/**
 * The body of the success response of `messages.update` (PUT /v1/chats/{chatID}/messages/{messageID}).
 */
export type MessagesUpdateResponse = MessagesUpdateResponses[keyof MessagesUpdateResponses];

/**
 * Request parameters of `chats.messages.reactions.deleteByQuery` (DELETE /v1/chats/{chatID}/messages/{messageID}/reactions): path, query, headers and body.
 */
export type ChatsMessagesReactionsDeleteByQueryData = {
    body?: never;
    path: {
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         * IDs may contain `!`, `:`, `@` (e.g. `!NCdzlIaMjZUmvmvyHU:beeper.com`); percent-encode them in the path.
         *
         */
        chatID: string;
        /**
         * Message ID.
         */
        messageID: string;
    };
    query: {
        /**
         * Reaction key to remove.
         */
        reactionKey: string;
    };
    url: '/v1/chats/{chatID}/messages/{messageID}/reactions';
};

/**
 * Error responses of `chats.messages.reactions.deleteByQuery` (DELETE /v1/chats/{chatID}/messages/{messageID}/reactions), by status code.
 */
export type ChatsMessagesReactionsDeleteByQueryErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `chats.messages.reactions.deleteByQuery` (DELETE /v1/chats/{chatID}/messages/{messageID}/reactions).
 */
export type ChatsMessagesReactionsDeleteByQueryError = ChatsMessagesReactionsDeleteByQueryErrors[keyof ChatsMessagesReactionsDeleteByQueryErrors];

/**
 * Success responses of `chats.messages.reactions.deleteByQuery` (DELETE /v1/chats/{chatID}/messages/{messageID}/reactions), by status code.
 */
export type ChatsMessagesReactionsDeleteByQueryResponses = {
    /**
     * The reaction removal was queued.
     */
    200: ReactionDeleteResponse;
};

/**
 * The body of the success response of `chats.messages.reactions.deleteByQuery` (DELETE /v1/chats/{chatID}/messages/{messageID}/reactions).
 */
export type ChatsMessagesReactionsDeleteByQueryResponse = ChatsMessagesReactionsDeleteByQueryResponses[keyof ChatsMessagesReactionsDeleteByQueryResponses];

/**
 * Request parameters of `chats.messages.reactions.add` (POST /v1/chats/{chatID}/messages/{messageID}/reactions): path, query, headers and body.
 */
export type ChatsMessagesReactionsAddData = {
    body: ReactionAddRequest;
    path: {
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        chatID: string;
        /**
         * Message ID.
         */
        messageID: string;
    };
    query?: never;
    url: '/v1/chats/{chatID}/messages/{messageID}/reactions';
};

/**
 * Error responses of `chats.messages.reactions.add` (POST /v1/chats/{chatID}/messages/{messageID}/reactions), by status code.
 */
export type ChatsMessagesReactionsAddErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `chats.messages.reactions.add` (POST /v1/chats/{chatID}/messages/{messageID}/reactions).
 */
export type ChatsMessagesReactionsAddError = ChatsMessagesReactionsAddErrors[keyof ChatsMessagesReactionsAddErrors];

/**
 * Success responses of `chats.messages.reactions.add` (POST /v1/chats/{chatID}/messages/{messageID}/reactions), by status code.
 */
export type ChatsMessagesReactionsAddResponses = {
    /**
     * Request executed successfully
     */
    200: ReactionAddResponse;
};

/**
 * The body of the success response of `chats.messages.reactions.add` (POST /v1/chats/{chatID}/messages/{messageID}/reactions).
 */
export type ChatsMessagesReactionsAddResponse = ChatsMessagesReactionsAddResponses[keyof ChatsMessagesReactionsAddResponses];

/**
 * Request parameters of `chats.messages.reactions.delete` (DELETE /v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}): path, query, headers and body.
 */
export type ChatsMessagesReactionsDeleteData = {
    body?: never;
    path: {
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        chatID: string;
        /**
         * Message ID.
         */
        messageID: string;
        /**
         * Reaction key to remove (emoji, shortcode, or custom emoji key)
         */
        reactionKey: string;
    };
    query?: never;
    url: '/v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}';
};

/**
 * Error responses of `chats.messages.reactions.delete` (DELETE /v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}), by status code.
 */
export type ChatsMessagesReactionsDeleteErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `chats.messages.reactions.delete` (DELETE /v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}).
 */
export type ChatsMessagesReactionsDeleteError = ChatsMessagesReactionsDeleteErrors[keyof ChatsMessagesReactionsDeleteErrors];

/**
 * Success responses of `chats.messages.reactions.delete` (DELETE /v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}), by status code.
 */
export type ChatsMessagesReactionsDeleteResponses = {
    /**
     * Request executed successfully
     */
    200: ReactionDeleteResponse;
};

/**
 * The body of the success response of `chats.messages.reactions.delete` (DELETE /v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}).
 */
export type ChatsMessagesReactionsDeleteResponse = ChatsMessagesReactionsDeleteResponses[keyof ChatsMessagesReactionsDeleteResponses];

/**
 * Request parameters of `chats.notifyAnyway` (POST /v1/chats/{chatID}/notify-anyway): path, query, headers and body.
 */
export type ChatsNotifyAnywayData = {
    body?: {
        [key: string]: unknown;
    };
    path: {
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        chatID: string;
    };
    query?: never;
    url: '/v1/chats/{chatID}/notify-anyway';
};

/**
 * Error responses of `chats.notifyAnyway` (POST /v1/chats/{chatID}/notify-anyway), by status code.
 */
export type ChatsNotifyAnywayErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `chats.notifyAnyway` (POST /v1/chats/{chatID}/notify-anyway).
 */
export type ChatsNotifyAnywayError = ChatsNotifyAnywayErrors[keyof ChatsNotifyAnywayErrors];

/**
 * Success responses of `chats.notifyAnyway` (POST /v1/chats/{chatID}/notify-anyway), by status code.
 */
export type ChatsNotifyAnywayResponses = {
    /**
     * Request executed successfully
     */
    200: Chat;
};

/**
 * The body of the success response of `chats.notifyAnyway` (POST /v1/chats/{chatID}/notify-anyway).
 */
export type ChatsNotifyAnywayResponse = ChatsNotifyAnywayResponses[keyof ChatsNotifyAnywayResponses];

/**
 * Request parameters of `chats.markRead` (POST /v1/chats/{chatID}/read): path, query, headers and body.
 */
export type ChatsMarkReadData = {
    body?: ChatMarkReadRequest;
    path: {
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        chatID: string;
    };
    query?: never;
    url: '/v1/chats/{chatID}/read';
};

/**
 * Error responses of `chats.markRead` (POST /v1/chats/{chatID}/read), by status code.
 */
export type ChatsMarkReadErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `chats.markRead` (POST /v1/chats/{chatID}/read).
 */
export type ChatsMarkReadError = ChatsMarkReadErrors[keyof ChatsMarkReadErrors];

/**
 * Success responses of `chats.markRead` (POST /v1/chats/{chatID}/read), by status code.
 */
export type ChatsMarkReadResponses = {
    /**
     * Request executed successfully
     */
    200: Chat;
};

/**
 * The body of the success response of `chats.markRead` (POST /v1/chats/{chatID}/read).
 */
export type ChatsMarkReadResponse = ChatsMarkReadResponses[keyof ChatsMarkReadResponses];

/**
 * Request parameters of `chats.reminders.delete` (DELETE /v1/chats/{chatID}/reminders): path, query, headers and body.
 */
export type ChatsRemindersDeleteData = {
    body?: never;
    path: {
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        chatID: string;
    };
    query?: never;
    url: '/v1/chats/{chatID}/reminders';
};

/**
 * Error responses of `chats.reminders.delete` (DELETE /v1/chats/{chatID}/reminders), by status code.
 */
export type ChatsRemindersDeleteErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `chats.reminders.delete` (DELETE /v1/chats/{chatID}/reminders).
 */
export type ChatsRemindersDeleteError = ChatsRemindersDeleteErrors[keyof ChatsRemindersDeleteErrors];

/**
 * Success responses of `chats.reminders.delete` (DELETE /v1/chats/{chatID}/reminders), by status code.
 */
export type ChatsRemindersDeleteResponses = {
    /**
     * Request executed successfully
     */
    204: void;
};

/**
 * The body of the success response of `chats.reminders.delete` (DELETE /v1/chats/{chatID}/reminders).
 */
export type ChatsRemindersDeleteResponse = ChatsRemindersDeleteResponses[keyof ChatsRemindersDeleteResponses];

/**
 * Request parameters of `chats.reminders.create` (POST /v1/chats/{chatID}/reminders): path, query, headers and body.
 */
export type ChatsRemindersCreateData = {
    body: ChatReminderCreateRequest;
    path: {
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        chatID: string;
    };
    query?: never;
    url: '/v1/chats/{chatID}/reminders';
};

/**
 * Error responses of `chats.reminders.create` (POST /v1/chats/{chatID}/reminders), by status code.
 */
export type ChatsRemindersCreateErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `chats.reminders.create` (POST /v1/chats/{chatID}/reminders).
 */
export type ChatsRemindersCreateError = ChatsRemindersCreateErrors[keyof ChatsRemindersCreateErrors];

/**
 * Success responses of `chats.reminders.create` (POST /v1/chats/{chatID}/reminders), by status code.
 */
export type ChatsRemindersCreateResponses = {
    /**
     * Request executed successfully
     */
    204: void;
};

/**
 * The body of the success response of `chats.reminders.create` (POST /v1/chats/{chatID}/reminders).
 */
export type ChatsRemindersCreateResponse = ChatsRemindersCreateResponses[keyof ChatsRemindersCreateResponses];

/**
 * Request parameters of `chats.markUnread` (POST /v1/chats/{chatID}/unread): path, query, headers and body.
 */
export type ChatsMarkUnreadData = {
    body?: ChatMarkUnreadRequest;
    path: {
        /**
         * Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         */
        chatID: string;
    };
    query?: never;
    url: '/v1/chats/{chatID}/unread';
};

/**
 * Error responses of `chats.markUnread` (POST /v1/chats/{chatID}/unread), by status code.
 */
export type ChatsMarkUnreadErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `chats.markUnread` (POST /v1/chats/{chatID}/unread).
 */
export type ChatsMarkUnreadError = ChatsMarkUnreadErrors[keyof ChatsMarkUnreadErrors];

/**
 * Success responses of `chats.markUnread` (POST /v1/chats/{chatID}/unread), by status code.
 */
export type ChatsMarkUnreadResponses = {
    /**
     * Request executed successfully
     */
    200: Chat;
};

/**
 * The body of the success response of `chats.markUnread` (POST /v1/chats/{chatID}/unread).
 */
export type ChatsMarkUnreadResponse = ChatsMarkUnreadResponses[keyof ChatsMarkUnreadResponses];

/**
 * Request parameters of `focus` (POST /v1/focus): path, query, headers and body.
 */
export type FocusData = {
    body?: FocusRequest;
    path?: never;
    query?: never;
    url: '/v1/focus';
};

/**
 * Error responses of `focus` (POST /v1/focus), by status code.
 */
export type FocusErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `focus` (POST /v1/focus).
 */
export type FocusError = FocusErrors[keyof FocusErrors];

/**
 * Success responses of `focus` (POST /v1/focus), by status code.
 */
export type FocusResponses = {
    /**
     * Request executed successfully
     */
    200: FocusResponse;
};

/**
 * The body of the success response of `focus` (POST /v1/focus).
 */
export type FocusResponse2 = FocusResponses[keyof FocusResponses];

/**
 * Request parameters of `info.retrieve` (GET /v1/info): path, query, headers and body.
 */
export type InfoRetrieveData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/info';
};

/**
 * Error responses of `info.retrieve` (GET /v1/info), by status code.
 */
export type InfoRetrieveErrors = {
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `info.retrieve` (GET /v1/info).
 */
export type InfoRetrieveError = InfoRetrieveErrors[keyof InfoRetrieveErrors];

/**
 * Success responses of `info.retrieve` (GET /v1/info), by status code.
 */
export type InfoRetrieveResponses = {
    /**
     * Beeper Desktop API server info
     */
    200: InfoRetrieveResponse;
};

/**
 * The body of the success response of `info.retrieve` (GET /v1/info).
 */
export type InfoRetrieveResponse2 = InfoRetrieveResponses[keyof InfoRetrieveResponses];

/**
 * Request parameters of `labels.list` (GET /v1/labels): path, query, headers and body.
 */
export type LabelsListData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/labels';
};

/**
 * Error responses of `labels.list` (GET /v1/labels), by status code.
 */
export type LabelsListErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `labels.list` (GET /v1/labels).
 */
export type LabelsListError = LabelsListErrors[keyof LabelsListErrors];

/**
 * Success responses of `labels.list` (GET /v1/labels), by status code.
 */
export type LabelsListResponses = {
    /**
     * A top-level JSON array of Label objects.
     */
    200: Array<Label>;
};

/**
 * The body of the success response of `labels.list` (GET /v1/labels).
 */
export type LabelsListResponse = LabelsListResponses[keyof LabelsListResponses];

/**
 * Request parameters of `messages.search` (GET /v1/messages/search): path, query, headers and body.
 */
export type MessagesSearchData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Literal word search (non-semantic). Finds messages containing these EXACT words in any order. Use single words users actually type, not concepts or phrases. Example: use "dinner" not "dinner plans", use "sick" not "health issues". If omitted, returns results filtered only by other parameters.
         */
        query?: string;
        /**
         * Opaque pagination cursor; do not inspect. Use together with 'direction'.
         */
        cursor?: string;
        /**
         * Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results. Defaults to 'before' when only 'cursor' is provided.
         */
        direction?: 'after' | 'before';
        /**
         * Limit search to specific chat IDs.
         */
        chatIDs?: Array<string>;
        /**
         * Limit search to specific account IDs.
         */
        accountIDs?: Array<string>;
        /**
         * Filter by chat type: 'group' for group chats, 'single' for 1:1 chats.
         */
        chatType?: 'group' | 'single';
        /**
         * Filter messages by media types. Use ['any'] for any media type, or specify exact types like ['video', 'image']. Omit for no media filtering.
         */
        mediaTypes?: Array<'any' | 'video' | 'image' | 'link' | 'file'>;
        /**
         * Filter by sender: 'me' (messages sent by the authenticated user), 'others' (messages sent by others), or a specific user ID string (user.id).
         */
        sender?: string;
        /**
         * Only include messages with timestamp strictly after this ISO 8601 datetime (e.g., '2024-07-01T00:00:00Z' or '2024-07-01T00:00:00+02:00').
         */
        dateAfter?: string;
        /**
         * Only include messages with timestamp strictly before this ISO 8601 datetime (e.g., '2024-07-31T23:59:59Z' or '2024-07-31T23:59:59+02:00').
         */
        dateBefore?: string;
        /**
         * Maximum number of messages to return.
         */
        limit?: number;
        /**
         * Exclude messages marked Low Priority by the user. Default: true. Set to false to include all.
         */
        excludeLowPriority?: boolean | null;
        /**
         * Include messages in chats marked as Muted by the user, which are usually less important. Default: true. Set to false if the user wants a more refined search.
         */
        includeMuted?: boolean | null;
    };
    url: '/v1/messages/search';
};

/**
 * Error responses of `messages.search` (GET /v1/messages/search), by status code.
 */
export type MessagesSearchErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `messages.search` (GET /v1/messages/search).
 */
export type MessagesSearchError = MessagesSearchErrors[keyof MessagesSearchErrors];

/**
 * Success responses of `messages.search` (GET /v1/messages/search), by status code.
 */
export type MessagesSearchResponses = {
    /**
     * Request executed successfully
     */
    200: MessageSearchPage;
};

/**
 * The body of the success response of `messages.search` (GET /v1/messages/search).
 */
export type MessagesSearchResponse = MessagesSearchResponses[keyof MessagesSearchResponses];

/**
 * Request parameters of `search` (GET /v1/search): path, query, headers and body.
 */
export type SearchData = {
    body?: never;
    path?: never;
    query: {
        /**
         * User-typed search text. Literal word matching (non-semantic).
         */
        query: string;
    };
    url: '/v1/search';
};

/**
 * Error responses of `search` (GET /v1/search), by status code.
 */
export type SearchErrors = {
    /**
     * Invalid request parameters
     */
    400: Error;
    /**
     * Access token is missing or invalid
     */
    401: Error;
    /**
     * Access token does not have the required scope
     */
    403: Error;
    /**
     * Resource not found
     */
    404: Error;
    /**
     * Unprocessable entity - validation error
     */
    422: Error;
    /**
     * Too many requests - rate limit exceeded
     */
    429: Error;
    /**
     * Internal server error
     */
    500: Error;
};

/**
 * The body of any error response of `search` (GET /v1/search).
 */
export type SearchError = SearchErrors[keyof SearchErrors];

/**
 * Success responses of `search` (GET /v1/search), by status code.
 */
export type SearchResponses = {
    /**
     * Request executed successfully
     */
    200: SearchResponse;
};

/**
 * The body of the success response of `search` (GET /v1/search).
 */
export type SearchResponse2 = SearchResponses[keyof SearchResponses];
