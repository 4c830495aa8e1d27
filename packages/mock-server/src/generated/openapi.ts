// generated — do not edit.
// Source: spec/openapi.yaml · generator: openapi-typescript 7.13.0 · regenerate with `pnpm generate`.

export interface paths {
    "/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Chat Accounts
         * @description List Chat Accounts connected to this Beeper Desktop instance, including bridge metadata and network identity.
         */
        get: operations["accounts.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountID}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account ID this resource belongs to (e.g. `matrix`, `discordgo`, `slackgo.TEAM-USER`,
                 *     `local-whatsapp_ba_...`).
                 */
                accountID: string;
            };
            cookie?: never;
        };
        /**
         * Get chat account
         * @description Get one chat account connected to this Beeper Client API server.
         */
        get: operations["accounts.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountID}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search contacts
         * @description Search contacts on a specific account using merged account contacts, network search, and exact identifier lookup.
         */
        get: operations["accounts.contacts.search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountID}/contacts/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts
         * @description List merged contacts for a specific account with cursor-based pagination.
         */
        get: operations["accounts.contacts.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Beeper app setup state
         * @description Return the current Beeper Desktop or Beeper Server sign-in and encrypted messaging setup state. This
         *     endpoint is public before sign-in so apps can discover that sign-in is needed; after sign-in, pass a
         *     read token.
         */
        get: operations["app.setup.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app/setup/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send setup sign-in code
         * @description Send a sign-in code to the user email address for app setup. Public (no auth). Success has an empty body.
         */
        post: operations["app.setup.email"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app/setup/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create account for setup
         * @description Create a Beeper account after the user chooses a username and accepts the Terms of Use. Public (no auth).
         */
        post: operations["app.setup.register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app/setup/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete setup sign-in with code
         * @description Finish setup sign-in with the code sent to the user email address. If the user needs a new account, the
         *     response includes account creation copy and username suggestions (`registrationRequired: true`);
         *     otherwise it returns the account credentials and the setup state. Public (no auth).
         */
        post: operations["app.setup.response"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app/setup/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start Beeper app setup
         * @description Start setting up Beeper Desktop or Beeper Server. The flow supports existing Beeper accounts and new
         *     account creation. Public (no auth): the app is not signed in yet.
         */
        post: operations["app.setup.start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app/setup/verification/recovery-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify with recovery key
         * @description Unlock encrypted messages with the user recovery key.
         */
        post: operations["app.setup.recoveryKey.verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app/setup/verification/recovery-key/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create new recovery key
         * @description Create a new recovery key when the user cannot use the existing one. The body is optional. Confirm the
         *     new key with `POST /v1/app/setup/verification/recovery-key/reset/confirm`.
         */
        post: operations["app.setup.recoveryKey.reset.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app/setup/verification/recovery-key/reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm new recovery key
         * @description Confirm that the new recovery key should be used for this account.
         */
        post: operations["app.setup.recoveryKey.reset.confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app/setup/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List active verifications
         * @description List pending and active device verifications. Use this to recover state without a WebSocket connection.
         *     Not paginated: the whole list is returned in `items`.
         */
        get: operations["app.setup.verifications.list"];
        put?: never;
        /**
         * Start device verification
         * @description Start verifying this device from another signed-in device. The body and all its fields are optional.
         */
        post: operations["app.setup.verifications.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app/setup/verifications/{verificationID}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Verification ID (the `id` of a Verification). Send it URL-encoded. */
                verificationID: string;
            };
            cookie?: never;
        };
        /**
         * Get verification
         * @description Get the current state of a device verification transaction.
         */
        get: operations["app.setup.verifications.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app/setup/verifications/{verificationID}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Verification ID (the `id` of a Verification). Send it URL-encoded. */
                verificationID: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept device verification
         * @description Accept an incoming device verification request. No request body.
         */
        post: operations["app.setup.verifications.accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app/setup/verifications/{verificationID}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Verification ID (the `id` of a Verification). Send it URL-encoded. */
                verificationID: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel device verification
         * @description Cancel an active device verification request. The body and all its fields are optional.
         */
        post: operations["app.setup.verifications.cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app/setup/verifications/{verificationID}/qr/confirm-scanned": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Verification ID (the `id` of a Verification). Send it URL-encoded. */
                verificationID: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm QR code scan
         * @description Confirm that another device scanned this device QR code. No request body. Valid when the verification's
         *     `availableActions` contains `qr.confirmScanned`.
         */
        post: operations["app.setup.verifications.qr.confirmScanned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app/setup/verifications/{verificationID}/sas/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Verification ID (the `id` of a Verification). Send it URL-encoded. */
                verificationID: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm emoji verification
         * @description Confirm that the emoji or number sequence matches on both devices. No request body. Valid when the
         *     verification's `availableActions` contains `sas.confirm`.
         */
        post: operations["app.setup.verifications.sas.confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app/setup/verifications/{verificationID}/sas/start": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Verification ID (the `id` of a Verification). Send it URL-encoded. */
                verificationID: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start emoji verification
         * @description Start emoji comparison for device verification. No request body. Valid when the verification's
         *     `availableActions` contains `sas.start`.
         */
        post: operations["app.setup.verifications.sas.start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app/setup/verifications/qr/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scan verification QR code
         * @description Submit the QR code scanned from another signed-in device. This path has no verificationID: `qr` is a
         *     literal segment (the verification is identified by the QR payload).
         */
        post: operations["app.setup.verifications.qr.scan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assets/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Download a file
         * @description Download a Matrix file using its mxc:// or localmxc:// URL to the device running Beeper Desktop and return the local file URL.
         */
        post: operations["assets.download"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assets/serve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Serve a file
         * @description Stream a file given an mxc://, localmxc://, or file:// URL. Downloads first if not cached. Supports Range requests for seeking in large files.
         */
        get: operations["assets.serve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assets/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file
         * @description Upload a file to a temporary location using multipart/form-data. Returns an uploadID that can be referenced when sending a message or materializing a draft attachment.
         */
        post: operations["assets.upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assets/upload/base64": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file (base64)
         * @description Upload a file using a JSON body with base64-encoded content. Returns an uploadID that can be referenced when sending a message or materializing a draft attachment. Alternative to the multipart upload endpoint.
         */
        post: operations["assets.uploadBase64"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bridges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List available bridges
         * @description List available bridges. A bridge is a chat-network connector that can connect or reconnect chat accounts.
         *     Connected accounts use the same Account schema as GET /v1/accounts.
         */
        get: operations["bridges.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bridges/{bridgeID}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
            };
            cookie?: never;
        };
        /**
         * Get bridge
         * @description Get one bridge, including the chat accounts connected through it.
         */
        get: operations["bridges.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bridges/{bridgeID}/capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
            };
            cookie?: never;
        };
        /**
         * Get bridge capabilities
         * @description Get advanced network capabilities for a bridge. This endpoint is intended for clients that build custom
         *     connect or chat-creation flows.
         */
        get: operations["bridges.retrieveCapabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bridges/{bridgeID}/login-flows": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
            };
            cookie?: never;
        };
        /**
         * List login flows
         * @description List connect and reconnect flow options for a bridge. Use a flowID when creating a bridge login session.
         */
        get: operations["bridges.loginFlows.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bridges/{bridgeID}/login-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create bridge login session
         * @description Start a temporary bridge login session to connect a new chat account or reconnect an existing bridge login.
         *     Omit loginID and accountID to connect a new account.
         */
        post: operations["bridges.loginSessions.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
                /** @description Temporary bridge login session ID. */
                loginSessionID: string;
            };
            cookie?: never;
        };
        /**
         * Get bridge login session
         * @description Get the current state of a temporary bridge login session.
         */
        get: operations["bridges.loginSessions.retrieve"];
        put?: never;
        post?: never;
        /**
         * Cancel bridge login session
         * @description Cancel a temporary bridge login session.
         */
        delete: operations["bridges.loginSessions.cancel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
                /** @description Temporary bridge login session ID. */
                loginSessionID: string;
                /** @description The `stepID` of the current step (from `currentStep.stepID` of the login session). */
                stepID: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit login step
         * @description Submit input for the current step of a bridge login session.
         */
        post: operations["bridges.loginSessions.steps.submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bridges/{bridgeID}/logins": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
            };
            cookie?: never;
        };
        /**
         * List bridge logins
         * @description List bridge logins. A bridge login is a signed-in identity for a bridge and can contain one or more chat
         *     accounts.
         */
        get: operations["bridges.logins.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bridges/{bridgeID}/logins/{loginID}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
                /** @description Bridge login ID (e.g. `ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc`). */
                loginID: string;
            };
            cookie?: never;
        };
        /**
         * Get bridge login
         * @description Get one bridge login.
         */
        get: operations["bridges.logins.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bridges/{bridgeID}/logins/{loginID}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
                /** @description Bridge login ID (e.g. `ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc`). */
                loginID: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove bridge login
         * @description Remove a bridge login from this device or, when supported by the bridge, from all devices.
         */
        post: operations["bridges.logins.remove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List chats
         * @description List all chats sorted by last activity (most recent first). Combines all accounts into a single paginated list.
         */
        get: operations["chats.list"];
        put?: never;
        /**
         * Create a chat
         * @description Create a direct or group chat from participant IDs. Returns the created chat.
         */
        post: operations["chats.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{chatID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve chat details
         * @description Retrieve chat details including metadata, participants, and latest message
         */
        get: operations["chats.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update chat
         * @description Update supported chat fields. Non-empty draft objects are accepted only when the current draft is empty. Send draft=null to clear the draft before setting new draft text or attachments.
         */
        patch: operations["chats.update"];
        trace?: never;
    };
    "/v1/chats/{chatID}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive or unarchive a chat
         * @description Archive or unarchive a chat. Set archived=true to move to archive, archived=false to move back to inbox
         */
        post: operations["chats.archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{chatID}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List messages
         * @description List all messages in a chat with cursor-based pagination. Sorted by timestamp.
         */
        get: operations["messages.list"];
        put?: never;
        /**
         * Send a message
         * @description Send a text message to a specific chat. Supports replying to existing messages. Returns a pending message ID.
         */
        post: operations["messages.send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{chatID}/messages/{messageID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a message
         * @description Retrieve a message by final message ID, pendingMessageID, or Matrix event ID. Chat ID may be a Beeper chat ID or local chat ID.
         */
        get: operations["messages.retrieve"];
        /**
         * Edit a message
         * @description Edit the text content of an existing message. Messages with attachments cannot be edited.
         */
        put: operations["messages.update"];
        post?: never;
        /**
         * Delete a message
         * @description Delete a message by final message ID. Pending message IDs are not accepted because messages cannot be deleted while sending.
         */
        delete: operations["messages.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{chatID}/messages/{messageID}/reactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a reaction
         * @description Add a reaction to an existing message.
         */
        post: operations["chats.messages.reactions.add"];
        /**
         * Remove a reaction (older query-parameter form)
         * @deprecated
         * @description Remove the authenticated user's reaction from an existing message, naming the reaction key in the
         *     `reactionKey` query parameter. Older form of DELETE /v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey};
         *     use that path-segment form instead.
         */
        delete: operations["chats.messages.reactions.deleteByQuery"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a reaction
         * @description Remove the reaction added by the authenticated user from an existing message.
         */
        delete: operations["chats.messages.reactions.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{chatID}/notify-anyway": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notify anyway
         * @description Force a delivery notification when supported by the underlying network. Currently intended for iMessage on macOS; unsupported networks return an error.
         */
        post: operations["chats.notifyAnyway"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{chatID}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a chat as read
         * @description Mark a chat as read, optionally through a specific message ID.
         */
        post: operations["chats.markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{chatID}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a chat reminder
         * @description Set a reminder for a chat at a specific time
         */
        post: operations["chats.reminders.create"];
        /**
         * Delete a chat reminder
         * @description Clear an existing reminder from a chat
         */
        delete: operations["chats.reminders.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{chatID}/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a chat as unread
         * @description Mark a chat as unread, optionally from a specific message ID.
         */
        post: operations["chats.markUnread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search chats
         * @description Search chats by title, network, or participant names.
         */
        get: operations["chats.search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a direct chat
         * @description Resolve a user/contact and open a direct chat. Reuses and returns an existing direct chat when one is found. Available in Beeper Desktop v4.2.808+.
         */
        post: operations["chats.start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/focus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Focus Beeper Desktop app
         * @description Focus Beeper Desktop and optionally navigate to a specific chat, message, or pre-fill plain text and an image path.
         */
        post: operations["focus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve server info
         * @description Returns app, platform, server, endpoint discovery, OAuth, and WebSocket metadata for this Beeper Desktop instance.
         */
        get: operations["info.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List labels
         * @description List the labels the user has created for organizing chats. Filter chats by label via GET /v1/chats/search with labelID.
         */
        get: operations["labels.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search messages
         * @description Search messages across chats.
         */
        get: operations["messages.search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search
         * @description Returns matching chats, participant name matches in groups, and the first page of messages in one call. Paginate messages via search-messages. Paginate chats via search-chats.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A chat account added to Beeper.
         * @example {
         *       "accountID": "matrix",
         *       "bridge": {
         *         "id": "matrix",
         *         "provider": "cloud",
         *         "type": "matrix"
         *       },
         *       "status": "connected",
         *       "user": {
         *         "id": "@batuhan:beeper.com",
         *         "cannotMessage": true,
         *         "email": "batuhan@example.com",
         *         "fullName": "Batuhan İçöz",
         *         "imgURL": "imgURL",
         *         "isSelf": true,
         *         "phoneNumber": "phoneNumber",
         *         "username": "batuhan:beeper.com"
         *       },
         *       "capabilities": {
         *         "foo": "bar"
         *       },
         *       "loginID": "matrix",
         *       "network": "Beeper",
         *       "statusText": "statusText"
         *     }
         */
        Account: {
            /** @description Chat account added to Beeper. Use this to route account-scoped actions. Examples include matrix for Beeper/Matrix, discordgo for a cloud bridge, slackgo.TEAM-USER for workspace-scoped cloud bridges, and local-whatsapp_ba_... for local bridges. */
            accountID: string;
            bridge: components["schemas"]["AccountBridge"];
            /**
             * @description Runtime chat/message capabilities for this connected account, when available. Only in the current
             *     docs (not SDK v5.0.0).
             */
            capabilities?: {
                [key: string]: unknown;
            };
            /**
             * @description Bridge login ID for this account, when known. One bridge login can contain multiple chat accounts.
             *     Only in the current docs (not SDK v5.0.0).
             */
            loginID?: string;
            /** @description Human-friendly network name for the account. Omitted when the network is unknown. */
            network?: string;
            /**
             * @description Current connection status for this account. Only in the current docs (not SDK v5.0.0).
             * @enum {string}
             */
            status?: "connected" | "connecting" | "backfilling" | "connection_required" | "reconnect_required" | "attention_required" | "disconnected" | "disabled";
            /** @description Human-friendly account status text. Only in the current docs (not SDK v5.0.0). */
            statusText?: string;
            user: components["schemas"]["User"];
        };
        /**
         * @description Bridge metadata for the account. Available in Beeper Desktop v4.2.785+.
         * @example {
         *       "id": "matrix",
         *       "provider": "cloud",
         *       "type": "matrix"
         *     }
         */
        AccountBridge: {
            /** @description Bridge instance identifier. Matrix and cloud bridges often use the bridge type (for example matrix or discordgo); local bridges use a local bridge ID (for example local-whatsapp). Available in Beeper Desktop v4.2.785+. */
            id: string;
            /**
             * @description Bridge provider for the account. Available in Beeper Desktop v4.2.785+.
             * @enum {string}
             */
            provider: "cloud" | "self-hosted" | "local" | "platform-sdk";
            /** @description Bridge type, such as matrix, discordgo, slackgo, whatsapp, telegram, or twitter. Available in Beeper Desktop v4.2.785+. */
            type: string;
        };
        /** @description Account ID this resource belongs to. */
        AccountID: string;
        /** @description Error object embedded in other resources (e.g. LoginSession.error). */
        APIError: {
            code: string;
            details?: {
                [key: string]: unknown;
            };
            message: string;
        };
        /** @description Encrypted messaging keys available on this device. */
        AppE2EESecrets: {
            /** @description Whether the account identity key is available. */
            masterKey: boolean;
            /** @description Whether the encrypted message backup key is available. */
            megolmBackupKey: boolean;
            /** @description Whether a recovery key is available. */
            recoveryKey: boolean;
            /** @description Whether the device trust key is available. */
            selfSigningKey: boolean;
            /** @description Whether the user trust key is available. */
            userSigningKey: boolean;
        };
        /** @description Encrypted messaging setup status. */
        AppE2EEStatus: {
            /** @description Whether this account can verify trusted devices. */
            crossSigning: boolean;
            /** @description Whether the first encrypted message sync is complete. */
            firstSyncDone: boolean;
            /** @description Whether the user confirmed that they saved their recovery key. */
            hasBackedUpRecoveryKey: boolean;
            /** @description Whether encrypted messaging setup has started. */
            initialized: boolean;
            /** @description Whether encrypted message backup is available. */
            keyBackup: boolean;
            /** @description Unix timestamp for when the recovery key was created. */
            recoveryKeyGeneratedAt?: number;
            secrets: components["schemas"]["AppE2EESecrets"];
            /** @description Whether secure key storage is available. */
            secretStorage: boolean;
            /** @description Whether this device is trusted for encrypted messages. */
            verified: boolean;
        };
        /** @description Signed-in account details. Omitted until sign-in is complete. */
        AppMatrixAccount: {
            /** @description Current device ID. */
            deviceID: string;
            /** @description Beeper homeserver URL for this account. */
            homeserver: string;
            /** @description Signed-in Beeper user ID. */
            userID: string;
        };
        /** @description Account credentials for first-party app setup. */
        AppMatrixCredentials: {
            /** @description Beeper account access token. Returned once for first-party app setup. */
            accessToken: string;
            /** @description Current device ID. */
            deviceID: string;
            /** @description Beeper homeserver URL for this account. */
            homeserver: string;
            /** @description Signed-in Beeper user ID. */
            userID: string;
        };
        /** @description The new recovery key returned by the reset step, confirming that it should be used for this account. */
        AppRecoveryKeyResetConfirmRequest: {
            /** @description New recovery key returned by the reset step. */
            recoveryKey: string;
        };
        /** @description The setup state after confirming the new recovery key. */
        AppRecoveryKeyResetConfirmResponse: {
            /** @description Current app sign-in and encrypted messaging setup state. */
            session: components["schemas"]["AppStateSnapshot"];
        };
        /** @description Optional body of POST /v1/app/setup/verification/recovery-key/reset, which creates a new recovery key when the user cannot use the existing one. */
        AppRecoveryKeyResetRequest: {
            /** @description Existing recovery key, if the user has it. */
            existingRecoveryKey?: string;
        };
        /** @description The new recovery key, to show once and have the user save, and the setup state after creating it. */
        AppRecoveryKeyResetResponse: {
            /** @description New recovery key. Show it once and ask the user to save it. */
            recoveryKey: string;
            /** @description Current app sign-in and encrypted messaging setup state after creating the new recovery key. */
            session: components["schemas"]["AppStateSnapshot"];
        };
        /** @description The recovery key the user saved, to unlock encrypted messages (body of POST /v1/app/setup/verification/recovery-key). */
        AppRecoveryKeyVerifyRequest: {
            /** @description Recovery key saved by the user. */
            recoveryKey: string;
        };
        /** @description The setup state after unlocking encrypted messages with the recovery key. */
        AppRecoveryKeyVerifyResponse: {
            /** @description Current app sign-in and encrypted messaging setup state. */
            session: components["schemas"]["AppStateSnapshot"];
        };
        /** @description Where to send the setup sign-in code: the user's email address and the setup request from the start step. */
        AppSetupEmailRequest: {
            /**
             * Format: email
             * @description Email address to send the sign-in code to.
             * @example dev@stainless.com
             */
            email: string;
            /** @description Setup request ID returned by the start step. */
            setupRequestID: string;
        };
        /**
         * @description Account creation after setup sign-in: the chosen username, the registration token and the acceptance of the Terms of Use.
         * @example {
         *       "acceptTerms": true,
         *       "leadToken": "leadToken",
         *       "setupRequestID": "setupRequestID",
         *       "username": "x"
         *     }
         */
        AppSetupRegisterRequest: {
            /**
             * @description Confirms that the user agreed to the terms of use (https://www.beeper.com/terms-onboarding) and has
             *     read the privacy policy (https://www.beeper.com/privacy).
             * @constant
             */
            acceptTerms: true;
            /** @description Registration token returned by Beeper. */
            leadToken: string;
            /** @description Setup request ID returned by the start step. */
            setupRequestID: string;
            /** @description Username selected by the user. */
            username: string;
        };
        /** @description Copy to display during account creation. */
        AppSetupRegistrationCopy: {
            /**
             * @description Submit button label.
             * @enum {string}
             */
            submit: "Continue";
            /**
             * @description Terms and privacy notice to show before account creation.
             * @enum {string}
             */
            terms: "By continuing, you agree to the Terms of Use and acknowledge the Privacy Policy.";
            /**
             * @description Title for the username step.
             * @enum {string}
             */
            title: "Choose your username";
            /**
             * @description Placeholder for the username field.
             * @enum {string}
             */
            usernamePlaceholder: "Username";
        };
        /**
         * @description The user needs to create a Beeper account (the `RegistrationRequired` variant of
         *     POST /v1/app/setup/response). Continue with POST /v1/app/setup/register.
         */
        AppSetupRegistrationRequired: {
            copy: components["schemas"]["AppSetupRegistrationCopy"];
            /** @description Registration token returned by Beeper. */
            leadToken: string;
            /**
             * @description Indicates that the user needs to create a Beeper account.
             * @constant
             */
            registrationRequired: true;
            /** @description Setup request ID to use when creating the account. */
            setupRequestID: string;
            /** @description Suggested usernames for the new account. */
            usernameSuggestions?: string[];
        };
        /** @description The sign-in code from the user's email, to finish setup sign-in for the setup request from the start step. */
        AppSetupResponseRequest: {
            /** @description Sign-in code from the user email. */
            response: string;
            /** @description Setup request ID returned by the start step. */
            setupRequestID: string;
        };
        /**
         * @description Result of POST /v1/app/setup/response: either signed in (`AppSetupSuccess`: `matrix` + `session`) or
         *     account creation required (`AppSetupRegistrationRequired`: `registrationRequired: true`).
         */
        AppSetupResponseResult: components["schemas"]["AppSetupSuccess"] | components["schemas"]["AppSetupRegistrationRequired"];
        /**
         * @description A new app setup request.
         * @example {
         *       "setupRequestID": "setupRequestID",
         *       "signInMethods": [
         *         "string"
         *       ]
         *     }
         */
        AppSetupStartResponse: {
            /** @description Setup request ID to use in the next sign-in step. */
            setupRequestID: string;
            /** @description Available sign-in methods for this setup request. */
            signInMethods: string[];
        };
        /**
         * @description Current sign-in and encrypted messaging setup state for Beeper Desktop or Beeper Server.
         * @enum {string}
         */
        AppSetupState: "needs-login" | "initializing" | "needs-cross-signing-setup" | "needs-verification" | "needs-secrets" | "needs-first-sync" | "ready";
        /**
         * @description Sign-in or account creation completed: account credentials and the setup state after sign-in
         *     (the `Success` variant of POST /v1/app/setup/response and the response of POST /v1/app/setup/register).
         */
        AppSetupSuccess: {
            matrix: components["schemas"]["AppMatrixCredentials"];
            /** @description Current app sign-in and encrypted messaging setup state after sign-in. */
            session: components["schemas"]["AppStateSnapshot"];
        };
        /**
         * @description Current Beeper Desktop or Beeper Server sign-in and encrypted messaging setup state (returned by
         *     GET /v1/app/setup and embedded as `session` in the setup, recovery-key and verification responses).
         * @example {
         *       "e2ee": {
         *         "crossSigning": true,
         *         "firstSyncDone": true,
         *         "hasBackedUpRecoveryKey": true,
         *         "initialized": true,
         *         "keyBackup": true,
         *         "secrets": {
         *           "masterKey": true,
         *           "megolmBackupKey": true,
         *           "recoveryKey": true,
         *           "selfSigningKey": true,
         *           "userSigningKey": true
         *         },
         *         "secretStorage": true,
         *         "verified": true,
         *         "recoveryKeyGeneratedAt": 0
         *       },
         *       "state": "needs-login",
         *       "matrix": {
         *         "deviceID": "deviceID",
         *         "homeserver": "homeserver",
         *         "userID": "userID"
         *       },
         *       "verification": {
         *         "id": "id",
         *         "availableActions": [
         *           "accept"
         *         ],
         *         "direction": "incoming",
         *         "methods": [
         *           "qr"
         *         ],
         *         "purpose": "login",
         *         "state": "requested",
         *         "error": {
         *           "code": "code",
         *           "reason": "reason"
         *         },
         *         "otherDevice": {
         *           "id": "id",
         *           "name": "name"
         *         },
         *         "otherUserID": "otherUserID",
         *         "qr": {
         *           "data": "data"
         *         },
         *         "sas": {
         *           "emojis": "emojis",
         *           "decimals": "decimals"
         *         }
         *       }
         *     }
         */
        AppStateSnapshot: {
            e2ee: components["schemas"]["AppE2EEStatus"];
            matrix?: components["schemas"]["AppMatrixAccount"];
            state: components["schemas"]["AppSetupState"];
            verification?: components["schemas"]["Verification"];
        };
        /**
         * @description Body of POST /v1/assets/download.
         * @example {
         *       "url": "mxc://example.org/Q4x9CqGz1pB3Oa6XgJ"
         *     }
         * @example {
         *       "url": "mxc://example.org/Q4x9CqGz1pB3Oa6XgJ"
         *     }
         */
        AssetDownloadRequest: {
            /**
             * @description Matrix content URL (mxc:// or localmxc://) for the file to download.
             * @example mxc://example.org/Q4x9CqGz1pB3Oa6XgJ
             */
            url: string;
        };
        /** @description Result of an asset download. Both fields are optional. */
        AssetDownloadResponse: {
            /** @description Error message if the download failed. */
            error?: string;
            /** @description Local file URL to the downloaded file. */
            srcURL?: string;
        };
        /**
         * @description Upload a temporary file. Upload IDs can be referenced by send-message and draft attachment requests while the temporary upload remains available.
         * @example {
         *       "content": "x"
         *     }
         */
        AssetUploadBase64Request: {
            /** @description Base64-encoded file content (max ~500MB decoded) */
            content: string;
            /** @description Original filename. Generated if omitted */
            fileName?: string;
            /** @description MIME type. Auto-detected from magic bytes if omitted */
            mimeType?: string;
        };
        AssetUploadBase64Response: {
            /** @description Duration in seconds (audio/videos) */
            duration?: number;
            /** @description Error message if upload failed */
            error?: string;
            /** @description Resolved filename */
            fileName?: string;
            /** @description File size in bytes */
            fileSize?: number;
            /** @description Height in pixels (images/videos) */
            height?: number;
            /** @description Detected or provided MIME type */
            mimeType?: string;
            /** @description Local file URL (file://) for the uploaded file */
            srcURL?: string;
            /** @description Unique upload ID for this temporary file */
            uploadID?: string;
            /** @description Width in pixels (images/videos) */
            width?: number;
        };
        /** @description Upload a temporary file. Upload IDs can be referenced by send-message and draft attachment requests while the temporary upload remains available. */
        AssetUploadRequest: {
            /**
             * Format: binary
             * @description The file to upload (max 500 MB).
             */
            file: string;
            /** @description Original filename. Defaults to the uploaded file name if omitted */
            fileName?: string;
            /** @description MIME type. Auto-detected from magic bytes if omitted */
            mimeType?: string;
        };
        /**
         * @description A file uploaded to a temporary location. All fields are optional.
         * @example {
         *       "duration": 0,
         *       "error": "error",
         *       "fileName": "fileName",
         *       "fileSize": 0,
         *       "height": 0,
         *       "mimeType": "mimeType",
         *       "srcURL": "srcURL",
         *       "uploadID": "uploadID",
         *       "width": 0
         *     }
         */
        AssetUploadResponse: {
            /** @description Duration in seconds (audio/videos). */
            duration?: number;
            /** @description Error message if upload failed. */
            error?: string;
            /** @description Resolved filename. */
            fileName?: string;
            /** @description File size in bytes. */
            fileSize?: number;
            /** @description Height in pixels (images/videos). */
            height?: number;
            /** @description Detected or provided MIME type. */
            mimeType?: string;
            /** @description Local file URL (file://) for the uploaded file. */
            srcURL?: string;
            /** @description Unique upload ID for this temporary file. */
            uploadID?: string;
            /** @description Width in pixels (images/videos). */
            width?: number;
        };
        /** @description An attachment included with a message. */
        Attachment: {
            /** @description Duration in seconds (audio/video). */
            duration?: number;
            /** @description Original filename if available. */
            fileName?: string;
            /** @description File size in bytes if known. */
            fileSize?: number;
            /** @description Attachment identifier (typically an mxc:// URL). Use the download file endpoint to get a local file path. */
            id?: string;
            /** @description True if the attachment is a GIF. */
            isGif?: boolean;
            /** @description True if the attachment is a sticker. */
            isSticker?: boolean;
            /** @description True if the attachment is a voice note. */
            isVoiceNote?: boolean;
            /** @description MIME type if known (e.g., 'image/png'). */
            mimeType?: string;
            /** @description Preview image URL for video attachments (poster frame). May be temporary or local-only to this device; download promptly if durable access is needed. */
            posterImg?: string;
            /** @description Pixel dimensions of the attachment: width/height in px. */
            size?: {
                height?: number;
                width?: number;
            };
            /** @description Public URL or local file path to fetch the file. May be temporary or local-only to this device; download promptly if durable access is needed. */
            srcURL?: string;
            transcription?: components["schemas"]["Transcription"];
            /**
             * @description Attachment type.
             * @enum {string}
             */
            type: "unknown" | "img" | "video" | "audio";
        };
        /** @description Capabilities for one attachment message type. */
        AttachmentCapability: {
            caption?: components["schemas"]["SupportLevel"];
            /** @description Maximum caption length when captions are supported. */
            maxCaptionLength?: number;
            /** @description Maximum audio or video duration in seconds. */
            maxDuration?: number;
            /** @description Maximum image or video height in pixels. */
            maxHeight?: number;
            /** @description Maximum file size in bytes. */
            maxSize?: number;
            /** @description Maximum image or video width in pixels. */
            maxWidth?: number;
            /** @description Supported MIME types or MIME patterns for this file message type. Missing MIME types should be treated as rejected. */
            mimeTypes: {
                [key: string]: components["schemas"]["SupportLevel"];
            };
            /** @description True if this file type can be sent as view-once media. */
            viewOnce?: boolean;
        };
        /**
         * @description Available bridge that can connect or reconnect chat accounts.
         * @example {
         *       "id": "id",
         *       "accounts": [
         *         {
         *           "accountID": "accountID",
         *           "bridge": {
         *             "id": "id",
         *             "provider": "cloud",
         *             "type": "type"
         *           },
         *           "status": "connected",
         *           "user": {
         *             "id": "id",
         *             "cannotMessage": true,
         *             "email": "email",
         *             "fullName": "fullName",
         *             "imgURL": "imgURL",
         *             "isSelf": true,
         *             "phoneNumber": "phoneNumber",
         *             "username": "username"
         *           },
         *           "capabilities": {
         *             "foo": "bar"
         *           },
         *           "loginID": "loginID",
         *           "network": "network",
         *           "statusText": "statusText"
         *         }
         *       ],
         *       "activeAccountCount": 0,
         *       "displayName": "displayName",
         *       "provider": "cloud",
         *       "status": "available",
         *       "supportsMultipleAccounts": true,
         *       "type": "type",
         *       "network": "network",
         *       "statusText": "statusText"
         *     }
         */
        Bridge: {
            /** @description Connected accounts for this bridge. Uses the same Account schema as GET /v1/accounts. */
            accounts: components["schemas"]["Account"][];
            /** @description Number of active accounts for this network on this device. */
            activeAccountCount: number;
            /** @description Human-friendly bridge name shown in Beeper. */
            displayName: string;
            /** @description Bridge ID. Use with bridge endpoints. */
            id: string;
            /** @description Network grouping used for account counts and limits. */
            network?: string;
            /**
             * @description Where accounts for this bridge run: on this device or in Beeper Cloud.
             * @enum {string}
             */
            provider: "cloud" | "self-hosted" | "local" | "platform-sdk";
            /**
             * @description Whether this bridge can currently be used to connect new accounts.
             * @enum {string}
             */
            status: "available" | "connected" | "limit_reached" | "temporarily_unavailable" | "disabled";
            /** @description Human-friendly status text matching Beeper account management language. */
            statusText?: string;
            /** @description Whether this bridge can have multiple active accounts for the same network. */
            supportsMultipleAccounts: boolean;
            /** @description Underlying bridge type, such as matrix, discordgo, slackgo, whatsapp, telegram, or twitter. */
            type: string;
        };
        /**
         * @description Available bridges and their connected accounts.
         * @example {
         *       "items": [
         *         {
         *           "id": "id",
         *           "accounts": [
         *             {
         *               "accountID": "accountID",
         *               "bridge": {
         *                 "id": "id",
         *                 "provider": "cloud",
         *                 "type": "type"
         *               },
         *               "status": "connected",
         *               "user": {
         *                 "id": "id",
         *                 "cannotMessage": true,
         *                 "email": "email",
         *                 "fullName": "fullName",
         *                 "imgURL": "imgURL",
         *                 "isSelf": true,
         *                 "phoneNumber": "phoneNumber",
         *                 "username": "username"
         *               },
         *               "capabilities": {
         *                 "foo": "bar"
         *               },
         *               "loginID": "loginID",
         *               "network": "network",
         *               "statusText": "statusText"
         *             }
         *           ],
         *           "activeAccountCount": 0,
         *           "displayName": "displayName",
         *           "provider": "cloud",
         *           "status": "available",
         *           "supportsMultipleAccounts": true,
         *           "type": "type",
         *           "network": "network",
         *           "statusText": "statusText"
         *         }
         *       ]
         *     }
         */
        BridgeListResponse: {
            /** @description Available bridges. */
            items: components["schemas"]["Bridge"][];
        };
        /**
         * @description Signed-in identity for a bridge. One bridge login can contain multiple chat accounts.
         * @example {
         *       "bridgeID": "bridgeID",
         *       "loginID": "loginID",
         *       "removeScopes": [
         *         "current-device"
         *       ],
         *       "status": "connected",
         *       "accountIDs": [
         *         "string"
         *       ],
         *       "statusText": "statusText",
         *       "user": {
         *         "id": "id",
         *         "cannotMessage": true,
         *         "email": "email",
         *         "fullName": "fullName",
         *         "imgURL": "imgURL",
         *         "isSelf": true,
         *         "phoneNumber": "phoneNumber",
         *         "username": "username"
         *       }
         *     }
         */
        BridgeLogin: {
            /** @description Chat accounts that belong to this bridge login, when known. */
            accountIDs?: string[];
            /** @description Bridge ID. */
            bridgeID: string;
            /** @description Bridge login ID. */
            loginID: string;
            /** @description Scopes this bridge login can be removed with. */
            removeScopes: components["schemas"]["BridgeLoginRemoveScope"][];
            /**
             * @description Bridge login status.
             * @enum {string}
             */
            status: "connected" | "connecting" | "needs_login" | "logged_out" | "unknown";
            /** @description Human-friendly bridge login status text. */
            statusText?: string;
            /** @description User the account belongs to. */
            user?: components["schemas"]["User"];
        };
        /**
         * @description Bridge logins of a bridge.
         * @example {
         *       "items": [
         *         {
         *           "bridgeID": "bridgeID",
         *           "loginID": "loginID",
         *           "removeScopes": [
         *             "current-device"
         *           ],
         *           "status": "connected",
         *           "accountIDs": [
         *             "string"
         *           ],
         *           "statusText": "statusText",
         *           "user": {
         *             "id": "id",
         *             "cannotMessage": true,
         *             "email": "email",
         *             "fullName": "fullName",
         *             "imgURL": "imgURL",
         *             "isSelf": true,
         *             "phoneNumber": "phoneNumber",
         *             "username": "username"
         *           }
         *         }
         *       ]
         *     }
         */
        BridgeLoginListResponse: {
            /** @description Bridge logins. */
            items: components["schemas"]["BridgeLogin"][];
        };
        /**
         * @description Body of POST /v1/bridges/{bridgeID}/logins/{loginID}/remove.
         * @example {
         *       "scope": "current-device"
         *     }
         */
        BridgeLoginRemoveRequest: {
            /** @description Where this bridge login should be removed. */
            scope: components["schemas"]["BridgeLoginRemoveScope"];
        };
        /**
         * @description Result of removing a bridge login.
         * @example {
         *       "bridgeID": "bridgeID",
         *       "loginID": "loginID",
         *       "scope": "current-device",
         *       "status": "removed",
         *       "affectedAccountIDs": [
         *         "string"
         *       ]
         *     }
         */
        BridgeLoginRemoveResponse: {
            /** @description Chat accounts affected by the removal. */
            affectedAccountIDs?: string[];
            /** @description Bridge ID. */
            bridgeID: string;
            /** @description Bridge login ID. */
            loginID: string;
            /** @description Where this bridge login should be removed. */
            scope: components["schemas"]["BridgeLoginRemoveScope"];
            /** @constant */
            status: "removed";
        };
        /**
         * @description Where a bridge login should be removed.
         * @enum {string}
         */
        BridgeLoginRemoveScope: "current-device" | "all-devices";
        /**
         * @description A chat (direct or group conversation) on one chat account.
         * @example {
         *       "id": "!whatsapp_15550101002:ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc.local-whatsapp.localhost",
         *       "localChatID": "5639",
         *       "accountID": "local-whatsapp_ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc",
         *       "network": "WhatsApp",
         *       "title": "Kishan Bagaria",
         *       "type": "single",
         *       "participants": {
         *         "items": [
         *           {
         *             "id": "@15550101002:local-whatsapp.localhost",
         *             "phoneNumber": "+15550101002",
         *             "fullName": "Kishan Bagaria",
         *             "cannotMessage": false,
         *             "isSelf": false
         *           },
         *           {
         *             "id": "@ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc:local-whatsapp.localhost",
         *             "fullName": "Batuhan İçöz",
         *             "cannotMessage": false,
         *             "isSelf": true
         *           }
         *         ],
         *         "hasMore": false,
         *         "total": 2
         *       },
         *       "lastActivity": "2026-05-05T20:11:54.000Z",
         *       "unreadCount": 0,
         *       "lastReadMessageSortKey": "455171049984",
         *       "draft": null,
         *       "isArchived": false,
         *       "isMuted": false,
         *       "isPinned": false
         *     }
         * @example {
         *       "id": "!signal_adamvy:local-signal.localhost",
         *       "accountID": "local-signal_ba_7N74FrU29pxij_TnqfxeUHj53FY",
         *       "network": "Signal",
         *       "participants": {
         *         "hasMore": false,
         *         "items": [
         *           {
         *             "id": "@adamvy:local-signal.localhost",
         *             "cannotMessage": false,
         *             "email": "email",
         *             "fullName": "Adam Van Ymeren",
         *             "imgURL": "imgURL",
         *             "isSelf": false,
         *             "phoneNumber": "phoneNumber",
         *             "username": "username"
         *           },
         *           {
         *             "id": "@batuhan:local-signal.localhost",
         *             "cannotMessage": false,
         *             "email": "email",
         *             "fullName": "Batuhan İçöz",
         *             "imgURL": "imgURL",
         *             "isSelf": true,
         *             "phoneNumber": "phoneNumber",
         *             "username": "username"
         *           }
         *         ],
         *         "total": 2
         *       },
         *       "title": "Adam Van Ymeren",
         *       "type": "single",
         *       "unreadCount": 0
         *     }
         */
        Chat: {
            /** @description Account ID this chat belongs to. */
            accountID: string;
            capabilities?: components["schemas"]["ChatCapabilities"];
            /** @description Group chat description/topic when available. */
            description?: string | null;
            draft?: components["schemas"]["ChatDraft"];
            /**
             * @description Unique identifier of the chat across Beeper.
             * @example !NCdzlIaMjZUmvmvyHU:beeper.com
             * @example !NCdzlIaMjZUmvmvyHU:beeper.com
             */
            id: string;
            /** @description Local filesystem path to the chat avatar image when available. */
            imgURL?: string | null;
            /** @description True if chat is archived. */
            isArchived?: boolean;
            /** @description True if chat is marked low priority. */
            isLowPriority?: boolean;
            /** @description True if the chat was explicitly marked unread by the authenticated user. */
            isMarkedUnread?: boolean;
            /** @description True if chat notifications are muted. */
            isMuted?: boolean;
            /** @description True if chat is pinned. */
            isPinned?: boolean;
            /** @description True if messages cannot be sent in this chat. */
            isReadOnly?: boolean;
            /**
             * @description Labels applied to this chat. Absent when the chat has none, or when labels are not enabled for this
             *     user. Newest PHP SDK revision only (not SDK v5.0.0).
             */
            labels?: components["schemas"]["Label"][];
            /**
             * Format: date-time
             * @description Timestamp of last activity.
             * @example 2025-08-31T23:30:12.520Z
             */
            lastActivity?: string;
            /** @description Last read message sortKey. */
            lastReadMessageSortKey?: string;
            /** @description Local chat ID specific to this Beeper Desktop installation. */
            localChatID?: string | null;
            merge?: components["schemas"]["ChatMerge"];
            /**
             * @description When this chat is a member of a merged chat, the ID of that merged chat. Clients that render merged
             *     chats as one conversation should list the merged chat and hide chats carrying this field. Newest PHP
             *     SDK revision only (not SDK v5.0.0).
             */
            mergedIntoChatID?: string;
            /** @description Disappearing-message timer in seconds when available. */
            messageExpirySeconds?: number | null;
            /** @description Display-only human-readable account/network name. */
            network: string;
            participants: components["schemas"]["ChatParticipants"];
            /** @description Current reminder for this chat, or null when no reminder is set. */
            reminder?: {
                /** @description Cancel reminder if someone messages in the chat. */
                dismissOnIncomingMessage?: boolean;
                /**
                 * Format: date-time
                 * @description Timestamp when the reminder should trigger.
                 * @example 2025-08-31T23:30:12.520Z
                 */
                remindAt?: string;
            } | null;
            /** @description Current snooze state for this chat, or null when no snooze is set. */
            snooze?: {
                /**
                 * Format: date-time
                 * @description Timestamp when the snooze expires.
                 * @example 2025-08-31T23:30:12.520Z
                 */
                snoozeUntil?: string;
                /**
                 * Format: date-time
                 * @description Timestamp when the user set the snooze.
                 * @example 2025-08-31T23:30:12.520Z
                 */
                userSnoozedAt?: string;
            } | null;
            /** @description Display title of the chat as computed by the client/server. */
            title: string;
            /**
             * @description Chat type: 'single' for direct messages, 'group' for group chats.
             * @enum {string}
             */
            type: "single" | "group";
            /**
             * @description Number of unread messages.
             * @example 3
             */
            unreadCount: number;
            /** @description Number of unread messages that mention the authenticated user or @room. */
            unreadMentionsCount?: number;
        };
        /** @description Archive state to set. */
        ChatArchiveRequest: {
            /**
             * @description True to archive, false to unarchive
             * @default true
             */
            archived?: boolean;
        };
        /** @description Chat capabilities reported by the platform. */
        ChatCapabilities: {
            /** @description Allowed Unicode reactions. Omitted means all emoji reactions are allowed. */
            allowedReactions?: string[];
            /** @description True if archive/unarchive is supported. */
            archive?: boolean;
            /** @description Supported attachment message types and their per-type constraints, keyed by Matrix msgtype or pseudo-msgtype (for example m.image, m.video, org.matrix.msc3245.voice). Missing message types should be treated as rejected. */
            attachments?: {
                [key: string]: components["schemas"]["AttachmentCapability"];
            };
            /** @description True if custom emoji reactions are supported. */
            customEmojiReactions?: boolean;
            delete?: components["schemas"]["SupportLevel"];
            /** @description True if deleting chats for the authenticated user is supported. */
            deleteChat?: boolean;
            /** @description True if deleting chats for everyone is supported. */
            deleteChatForEveryone?: boolean;
            /** @description True if deleting messages only for the authenticated user is supported. */
            deleteForMe?: boolean;
            /** @description Maximum message age for delete-for-everyone, in seconds. */
            deleteMaxAge?: number;
            disappearingTimer?: components["schemas"]["ChatDisappearingTimerCapabilities"];
            edit?: components["schemas"]["SupportLevel"];
            /** @description Maximum message age for edits, in seconds. */
            editMaxAge?: number;
            /** @description Maximum number of edits allowed for one message. */
            editMaxCount?: number;
            /** @description Supported rich-text formatting features keyed by feature name (for example bold, inline_code, code_block.syntax_highlighting). Omitted means no formatting support is advertised. */
            formatting?: {
                [key: string]: components["schemas"]["SupportLevel"];
            };
            locationMessage?: components["schemas"]["SupportLevel"];
            /** @description True if marking chats unread is supported. */
            markAsUnread?: boolean;
            /** @description Maximum length of normal text messages. */
            maxTextLength?: number;
            messageRequest?: components["schemas"]["ChatMessageRequestCapabilities"];
            participantActions?: components["schemas"]["ChatParticipantActionCapabilities"];
            poll?: components["schemas"]["SupportLevel"];
            reaction?: components["schemas"]["SupportLevel"];
            /** @description Maximum number of reactions allowed on a single message. */
            reactionCount?: number;
            /** @description True if read receipts are supported. */
            readReceipts?: boolean;
            reply?: components["schemas"]["SupportLevel"];
            state?: components["schemas"]["ChatStateCapabilities"];
            thread?: components["schemas"]["SupportLevel"];
            /** @description True if typing notifications are supported. */
            typingNotifications?: boolean;
        };
        /**
         * @description Create a direct or group chat from participant IDs.
         * @example {
         *       "accountID": "accountID",
         *       "participantIDs": [
         *         "string"
         *       ],
         *       "type": "single"
         *     }
         */
        ChatCreateRequest: {
            /** @description Account to create or start the chat on. */
            accountID: string;
            /** @description Optional first message content if the platform requires it to create the chat. */
            messageText?: string;
            /** @description User IDs to include in the new chat. */
            participantIDs: string[];
            /** @description Optional title for group chats; ignored for single chats on most networks. */
            title?: string;
            /**
             * @description 'single' requires exactly one participantID; 'group' supports multiple participants and optional title.
             * @enum {string}
             */
            type: "single" | "group";
        };
        /**
         * @description The created chat, plus deprecated compatibility fields.
         * @example {
         *       "id": "!team_launch_planning:beeper.com",
         *       "chatID": "!team_launch_planning:beeper.com",
         *       "status": "created",
         *       "localChatID": "5541",
         *       "accountID": "matrix",
         *       "network": "Beeper",
         *       "title": "Launch Planning",
         *       "type": "group",
         *       "participants": {
         *         "items": [
         *           {
         *             "id": "@kishanbagaria:beeper.com",
         *             "username": "kishanbagaria:beeper.com",
         *             "fullName": "Kishan Bagaria",
         *             "cannotMessage": false,
         *             "isSelf": false
         *           },
         *           {
         *             "id": "@batuhan:beeper.com",
         *             "username": "batuhan:beeper.com",
         *             "fullName": "Batuhan İçöz",
         *             "cannotMessage": false,
         *             "isSelf": true
         *           },
         *           {
         *             "id": "@mattwondra:beeper.com",
         *             "username": "mattwondra:beeper.com",
         *             "fullName": "Matt Wondra",
         *             "cannotMessage": false,
         *             "isSelf": false
         *           },
         *           {
         *             "id": "@adamvy:beeper.com",
         *             "username": "adamvy:beeper.com",
         *             "fullName": "Adam Van Ymeren",
         *             "cannotMessage": false,
         *             "isSelf": false
         *           }
         *         ],
         *         "hasMore": false,
         *         "total": 4
         *       },
         *       "lastActivity": "2026-05-05T20:12:30.969Z",
         *       "unreadCount": 0,
         *       "lastReadMessageSortKey": "862756563",
         *       "draft": null,
         *       "isArchived": false,
         *       "isMuted": false,
         *       "isPinned": false
         *     }
         */
        ChatCreateResponse: components["schemas"]["Chat"] & {
            /**
             * @deprecated
             * @description DEPRECATED - use id instead. Compatibility alias for older clients.
             * @example !NCdzlIaMjZUmvmvyHU:beeper.com
             */
            chatID: string;
            /**
             * @deprecated
             * @description DEPRECATED - legacy start-chat status for older clients. New clients should inspect the returned Chat instead.
             * @enum {string}
             */
            status?: "existing" | "created";
        };
        /** @description Disappearing-message timer capabilities. */
        ChatDisappearingTimerCapabilities: {
            /** @description True if empty timer objects should be omitted from message content. */
            omitEmptyTimer?: boolean;
            /** @description Allowed disappearing timer values in milliseconds. Omitted means any timer is allowed. */
            timers?: number[];
            /** @description Supported disappearing timer types. */
            types?: ("afterRead" | "afterSend")[];
        };
        /** @description Current draft object for this chat, or null when no draft is set. */
        ChatDraft: {
            /** @description Draft attachments keyed by attachment ID. */
            attachments?: {
                [key: string]: components["schemas"]["DraftAttachment"];
            };
            /** @description Matrix HTML draft body. */
            text: string;
        } | null;
        /** @description Draft object to set or clear. Non-empty drafts are only accepted when the current draft is empty. Send draft=null to clear text and attachments together before setting a new draft. */
        ChatDraftInput: {
            /** @description Draft attachments keyed by attachment ID. Each attachment must reference an uploadID returned by the upload file endpoint. */
            attachments?: {
                [key: string]: components["schemas"]["DraftAttachmentInput"];
            };
            text: components["schemas"]["MessageTextInput"];
        } | null;
        /**
         * @description Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
         * @example !NCdzlIaMjZUmvmvyHU:beeper.com
         */
        ChatID: string;
        /** @description A cursor page of chats sorted by last activity (most recent first). */
        ChatListPage: {
            /** @description True if additional results can be fetched using the provided cursors. */
            hasMore: boolean;
            /** @description Chats ordered by last activity timestamp (most recent first). */
            items: components["schemas"]["ChatWithPreview"][];
            /**
             * @description Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
             * @example 1725489123456
             */
            newestCursor?: string | null;
            /**
             * @description Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect.
             * @example 1725489123456
             */
            oldestCursor?: string | null;
        };
        /** @description Optional read marker. */
        ChatMarkReadRequest: {
            /**
             * @description Optional message ID to mark read through.
             * @example 1343993
             */
            messageID?: string;
        };
        /** @description Optional unread marker. */
        ChatMarkUnreadRequest: {
            /**
             * @description Optional message ID to mark unread from.
             * @example 1343993
             */
            messageID?: string;
        };
        /**
         * @description Present when this chat is a merged chat: one person whose conversations across networks (or across
         *     accounts on the same network) are grouped into a single chat. A merged chat holds no messages of its
         *     own - read messages from the member chats, and send either to a member directly or to the merged chat
         *     ID to route automatically. Newest PHP SDK revision only (not SDK v5.0.0).
         */
        ChatMerge: {
            /** @description Chat IDs of the member chats grouped by this merged chat. */
            chatIDs: string[];
            /**
             * @description Member chat that receives messages sent to the merged chat, when the user has picked one. This
             *     preference is per-device; when absent, sends route to the most recently active member.
             */
            defaultChatID?: string;
        };
        /** @description Message request capabilities. */
        ChatMessageRequestCapabilities: {
            acceptWithButton?: components["schemas"]["SupportLevel"];
            acceptWithMessage?: components["schemas"]["SupportLevel"];
        };
        /** @description Participant management capabilities. */
        ChatParticipantActionCapabilities: {
            ban?: components["schemas"]["SupportLevel"];
            invite?: components["schemas"]["SupportLevel"];
            kick?: components["schemas"]["SupportLevel"];
            leave?: components["schemas"]["SupportLevel"];
            revokeInvite?: components["schemas"]["SupportLevel"];
        };
        /** @description Chat participants information. */
        ChatParticipants: {
            /** @description True if there are more participants than included in items. */
            hasMore: boolean;
            /** @description Participants returned for this chat (limited by the request; may be a subset). */
            items: components["schemas"]["Participant"][];
            /** @description Total number of participants in the chat. */
            total: number;
        };
        /** @description Current reminder for a chat. */
        ChatReminder: {
            /** @description Cancel reminder if someone messages in the chat. */
            dismissOnIncomingMessage?: boolean;
            /**
             * Format: date-time
             * @description Timestamp when the reminder should trigger.
             */
            remindAt?: string;
        };
        /**
         * @description Set a reminder for a chat.
         * @example {
         *       "reminder": {
         *         "remindAt": "2025-08-31T23:30:12.520Z"
         *       }
         *     }
         */
        ChatReminderCreateRequest: {
            reminder: components["schemas"]["ChatReminderInput"];
        };
        /** @description Reminder configuration */
        ChatReminderInput: {
            /** @description Cancel reminder if someone messages in the chat */
            dismissOnIncomingMessage?: boolean;
            /**
             * Format: date-time
             * @description Timestamp when the reminder should trigger.
             * @example 2025-08-31T23:30:12.520Z
             */
            remindAt: string;
        };
        /**
         * @description A cursor page of chats matching a search.
         * @example {
         *       "items": [
         *         {
         *           "id": "!KPFTtZYWuERwib8T702N9IfqiCc:ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc.local-whatsapp.localhost",
         *           "localChatID": "1229391",
         *           "accountID": "local-whatsapp_ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc",
         *           "network": "WhatsApp",
         *           "title": "Family Travel Planning",
         *           "type": "group",
         *           "participants": {
         *             "items": [
         *               {
         *                 "id": "@15550101002:local-whatsapp.localhost",
         *                 "phoneNumber": "+15550101002",
         *                 "fullName": "Kishan Bagaria",
         *                 "cannotMessage": false,
         *                 "isSelf": false
         *               },
         *               {
         *                 "id": "@15550101003:local-whatsapp.localhost",
         *                 "phoneNumber": "+15550101003",
         *                 "fullName": "Gerardo Rodrigez",
         *                 "cannotMessage": false,
         *                 "isSelf": false
         *               }
         *             ],
         *             "hasMore": true,
         *             "total": 5
         *           },
         *           "lastActivity": "2025-08-31T19:41:41.000Z",
         *           "unreadCount": 3,
         *           "lastReadMessageSortKey": "449706228480",
         *           "isArchived": false,
         *           "isMuted": false,
         *           "isPinned": true
         *         },
         *         {
         *           "id": "!discord_109876543210987654:beeper.com",
         *           "localChatID": "1229078",
         *           "accountID": "discordgo",
         *           "network": "Discord",
         *           "title": "Desktop API",
         *           "type": "group",
         *           "participants": {
         *             "items": [
         *               {
         *                 "id": "@discord_221590782384013314:beeper.com",
         *                 "username": "kishan",
         *                 "fullName": "Kishan Bagaria",
         *                 "cannotMessage": false,
         *                 "isSelf": false
         *               },
         *               {
         *                 "id": "@discord_854231905641922560:beeper.com",
         *                 "username": "mattwondra",
         *                 "fullName": "Matt Wondra",
         *                 "cannotMessage": false,
         *                 "isSelf": false
         *               }
         *             ],
         *             "hasMore": true,
         *             "total": 6
         *           },
         *           "lastActivity": "2025-08-31T18:05:20.648Z",
         *           "unreadCount": 0,
         *           "lastReadMessageSortKey": "449706782720",
         *           "isArchived": true,
         *           "isMuted": false,
         *           "isPinned": false
         *         },
         *         {
         *           "id": "!twitter_dm_photomatt:local-twitter.localhost",
         *           "localChatID": "1228956",
         *           "accountID": "local-twitter_ba_gUU1IHNGo_CsTZLp0vDFUYk9EuE",
         *           "network": "Twitter/X",
         *           "title": "Matt Mullenweg",
         *           "type": "single",
         *           "participants": {
         *             "items": [
         *               {
         *                 "id": "@photomatt:local-twitter.localhost",
         *                 "username": "photomatt",
         *                 "fullName": "Matt Mullenweg",
         *                 "cannotMessage": false,
         *                 "isSelf": false
         *               }
         *             ],
         *             "hasMore": false,
         *             "total": 2
         *           },
         *           "lastActivity": "2025-08-31T12:30:15.123Z",
         *           "unreadCount": 1,
         *           "lastReadMessageSortKey": "449705982340",
         *           "isArchived": false,
         *           "isMuted": true,
         *           "isPinned": false
         *         }
         *       ],
         *       "hasMore": true,
         *       "oldestCursor": "eyJ0cyI6MTc1NjY2NzEyMDY0OCwiaWQiOiIhS1BGVHRaWVd1RVJ3aWI4VDcwMjlOSWZxaUNjOmJhX0V2WURCQnNamlFSd0F5M1VPU1dxRzBMdVRWa2MiLCJzY29yZSI6MTJ9",
         *       "newestCursor": "eyJ0cyI6MTc1NjY2OTMwMTAwMCwiaWQiOiIhblplWDdkZDY3X1JhUG5tV0dKSWpVa1Yyc3ZFOmJhX3NYZjBhZG5icjI4Ny5sb2NhbC10ZWxlZ3JhbS5sb2NhbGhvc3QiLCJzY29yZSI6MTAuNX0="
         *     }
         */
        ChatSearchPage: {
            /** @description True if additional results can be fetched using the provided cursors. */
            hasMore: boolean;
            /** @description Chats matching the filters. */
            items: components["schemas"]["Chat"][];
            /** @description Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect. */
            newestCursor?: string | null;
            /** @description Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect. */
            oldestCursor?: string | null;
        };
        /** @description Current snooze state for a chat. */
        ChatSnooze: {
            /**
             * Format: date-time
             * @description Timestamp when the snooze expires.
             */
            snoozeUntil?: string;
            /**
             * Format: date-time
             * @description Timestamp when the user set the snooze.
             */
            userSnoozedAt?: string;
        };
        /** @description Start a direct chat from a user/contact payload. Available in Beeper Desktop v4.2.808+. */
        ChatStartRequest: {
            /** @description Account to create or start the chat on. */
            accountID: string;
            /**
             * @description Whether invite-based DM creation is allowed when required by the platform.
             * @default true
             */
            allowInvite?: boolean;
            /** @description Optional first message content if the platform requires it to create the chat. */
            messageText?: string;
            user: components["schemas"]["ChatStartUser"];
        };
        /** @description The started (created or reused) direct chat, plus deprecated compatibility fields. */
        ChatStartResponse: components["schemas"]["Chat"] & {
            /**
             * @deprecated
             * @description Deprecated - use id instead. Compatibility alias for older clients.
             */
            chatID: string;
            /**
             * @deprecated
             * @description Deprecated - legacy start-chat status for older clients. New clients should inspect the returned
             *     Chat instead.
             * @enum {string}
             */
            status?: "existing" | "created";
        };
        /** @description Merged user-like contact payload used to resolve the best identifier. */
        ChatStartUser: {
            /** @description Email candidate. */
            email?: string;
            /** @description Display name hint used for ranking only. */
            fullName?: string;
            /** @description Known user ID when available. */
            id?: string;
            /** @description Phone number candidate (E.164 preferred). */
            phoneNumber?: string;
            /** @description Username/handle candidate. */
            username?: string;
        };
        /** @description Chat state update capabilities. */
        ChatStateCapabilities: {
            /** @description Chat avatar state capability. */
            avatar?: {
                level: components["schemas"]["SupportLevel"];
            };
            /** @description Chat description/topic state capability. */
            description?: {
                level: components["schemas"]["SupportLevel"];
            };
            /** @description Disappearing-message timer state capability. */
            disappearingTimer?: {
                level: components["schemas"]["SupportLevel"];
            };
            /** @description Chat title state capability. */
            title?: {
                level: components["schemas"]["SupportLevel"];
            };
        };
        /** @description Capability to update one piece of chat state. */
        ChatStateCapability: {
            level: components["schemas"]["SupportLevel"];
        };
        /** @description Chat fields to update. Every field is optional; omitted fields are left unchanged. */
        ChatUpdateRequest: {
            /** @description Group chat description/topic. Support depends on the chat account and chat permissions. */
            description?: string | null;
            draft?: components["schemas"]["ChatDraftInput"];
            /** @description Local filesystem path to a group chat avatar image. Support depends on the chat account and chat permissions. */
            imgURL?: string | null;
            /** @description Archive or unarchive the chat. */
            isArchived?: boolean;
            /** @description Mark or unmark the chat as low priority when supported by the account. */
            isLowPriority?: boolean;
            /** @description Mute or unmute the chat. */
            isMuted?: boolean;
            /** @description Pin or unpin the chat when supported by the account. */
            isPinned?: boolean;
            /** @description Disappearing-message timer in seconds, or null to clear when supported. */
            messageExpirySeconds?: number | null;
            /** @description Custom chat title. Support depends on the chat account and chat permissions. */
            title?: string | null;
        };
        /**
         * @description Chat with optional last message preview.
         * @example {
         *       "id": "!whatsapp_15550101002:ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc.local-whatsapp.localhost",
         *       "localChatID": "5639",
         *       "accountID": "local-whatsapp_ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc",
         *       "network": "WhatsApp",
         *       "title": "Kishan Bagaria",
         *       "type": "single",
         *       "participants": {
         *         "items": [
         *           {
         *             "id": "@15550101002:local-whatsapp.localhost",
         *             "phoneNumber": "+15550101002",
         *             "fullName": "Kishan Bagaria",
         *             "cannotMessage": false,
         *             "isSelf": false
         *           },
         *           {
         *             "id": "@ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc:local-whatsapp.localhost",
         *             "fullName": "Batuhan İçöz",
         *             "cannotMessage": false,
         *             "isSelf": true
         *           }
         *         ],
         *         "hasMore": false,
         *         "total": 2
         *       },
         *       "lastActivity": "2026-05-05T20:11:54.000Z",
         *       "unreadCount": 0,
         *       "lastReadMessageSortKey": "455171049984",
         *       "draft": null,
         *       "isArchived": false,
         *       "isMuted": false,
         *       "isPinned": false
         *     }
         */
        ChatWithPreview: components["schemas"]["Chat"] & {
            /** @description Last message preview for this chat, if available. */
            preview?: components["schemas"]["Message"];
        };
        /** @description Code to show to the user. */
        CodeLoginDisplay: {
            /** @description Code to show. */
            data: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "code";
        };
        /** @description Final step of a completed login. */
        CompleteLoginStep: {
            /** @description A chat account added to Beeper. */
            account?: components["schemas"]["Account"];
            /** @description Completion instructions, when provided. */
            instructions?: string;
            /** @description Signed-in identity for a bridge. One bridge login can contain multiple chat accounts. */
            login?: components["schemas"]["BridgeLogin"];
            /** @description Step ID. */
            stepID?: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "complete";
        };
        /**
         * @description A cursor page of merged contacts for one account.
         * @example {
         *       "hasMore": true,
         *       "items": [
         *         {
         *           "id": "id",
         *           "cannotMessage": true,
         *           "email": "email",
         *           "fullName": "fullName",
         *           "imgURL": "imgURL",
         *           "isSelf": true,
         *           "phoneNumber": "phoneNumber",
         *           "username": "username"
         *         }
         *       ],
         *       "newestCursor": "newestCursor",
         *       "oldestCursor": "oldestCursor"
         *     }
         */
        ContactListPage: {
            /** @description True if additional results can be fetched using the provided cursors. */
            hasMore: boolean;
            /** @description Merged contacts for the selected account. */
            items: components["schemas"]["User"][];
            /** @description Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect. */
            newestCursor?: string | null;
            /** @description Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect. */
            oldestCursor?: string | null;
        };
        /**
         * @description Users matching a contact search on one account (not paginated).
         * @example {
         *       "items": [
         *         {
         *           "id": "id",
         *           "cannotMessage": true,
         *           "email": "email",
         *           "fullName": "fullName",
         *           "imgURL": "imgURL",
         *           "isSelf": true,
         *           "phoneNumber": "phoneNumber",
         *           "username": "username"
         *         }
         *       ]
         *     }
         */
        ContactSearchResponse: {
            /** @description Matching users. */
            items: components["schemas"]["User"][];
        };
        /** @description Value to collect from the browser in a cookies login step. */
        CookieField: {
            /** @description Field ID to send back in the fields object. */
            id: string;
            /** @description Cookie, header, or local storage key to collect. */
            name?: string;
            /**
             * @description Browser storage source for this value.
             * @enum {string}
             */
            type?: "cookie" | "header" | "local_storage";
        };
        /** @description Browser step that collects cookies, headers or local storage values after the user signs in. */
        CookiesLoginStep: {
            /** @description Regular expression that identifies the final URL after sign-in. */
            expectedFinalURLRegex?: string;
            /** @description Optional extraction script for browser-based sign-in helpers. Treat as an opaque helper value. */
            extractJS?: string;
            /** @description Values to collect from the browser. */
            fields: components["schemas"]["CookieField"][];
            /** @description User-facing instructions for this browser step. */
            instructions?: string;
            /** @description Step ID to submit this step's input to. */
            stepID: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "cookies";
            /** @description URL to open for the user. */
            url: string;
            /** @description Suggested user agent for the browser session. */
            userAgent?: string;
        };
        /**
         * @description Opaque pagination cursor; do not inspect. Use together with 'direction'.
         * @example 1725489123456|c29tZUltc2dQYWdl
         */
        Cursor: string;
        /**
         * @description Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results. Defaults to 'before' when only 'cursor' is provided.
         * @example before
         * @enum {string}
         */
        Direction: "after" | "before";
        /**
         * @description Disappearing-message timer capability.
         * @example {
         *       "types": [
         *         ""
         *       ],
         *       "omit_empty_timer": true,
         *       "timers": [
         *         0
         *       ]
         *     }
         */
        DisappearingTimerCapability: {
            /** @constant */
            omit_empty_timer?: true;
            timers?: number[];
            types: ("" | "after_read" | "after_send")[];
        };
        /** @description Step that shows something to the user (QR code, emoji, code) and waits. */
        DisplayAndWaitLoginStep: {
            display: components["schemas"]["LoginDisplay"];
            /** @description User-facing instructions for this step. */
            instructions?: string;
            /** @description Step ID to submit this step's input to. */
            stepID: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "display_and_wait";
        };
        /** @description An attachment of the chat's current draft. */
        DraftAttachment: {
            /** @description Audio duration in seconds if known. */
            audioDurationSeconds?: number;
            /** @description Original filename if available. */
            fileName?: string;
            /** @description Local filesystem path for the draft attachment. */
            filePath?: string;
            /** @description File size in bytes if known. */
            fileSize?: number;
            /** @description Draft attachment identifier. */
            id: string;
            /** @description MIME type if known. */
            mimeType?: string;
            /** @description Pixel dimensions of the attachment. */
            size?: {
                height?: number;
                width?: number;
            };
            /** @description Sticker identifier if the draft attachment is a sticker. */
            stickerID?: string;
            /**
             * @description Draft attachment type. GIF and recorded audio are mutually exclusive types.
             * @enum {string}
             */
            type: "file" | "gif" | "recorded_audio";
        };
        /** @description A draft attachment to set; must reference an uploadID returned by the upload file endpoint. */
        DraftAttachmentInput: components["schemas"]["MessageSendAttachment"] & {
            /** @description Optional draft attachment identifier. If omitted, a new identifier is generated. */
            id?: string;
        };
        /** @description Emoji image to show to the user. */
        EmojiLoginDisplay: {
            /** @description Image URL of the emoji to show. */
            imageURL: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "emoji";
        };
        /** @description The shared error body of every non-2xx response. */
        Error: {
            /**
             * @description Machine-readable error code
             * @example NOT_FOUND
             */
            code: string;
            /** @description Additional error details for debugging */
            details?: components["schemas"]["ValidationDetails"] | {
                [key: string]: unknown;
            } | unknown;
            /** @description Error message */
            message: string;
        };
        /**
         * @description Focus Beeper Desktop and optionally navigate to a specific chat, message, or pre-fill plain text and an image path.
         * @example {
         *       "chatID": "!NCdzlIaMjZUmvmvyHU:beeper.com"
         *     }
         */
        FocusRequest: {
            /**
             * @description Optional Beeper chat ID (or local chat ID) to focus after opening the app. If omitted, only opens/focuses the app.
             * @example !NCdzlIaMjZUmvmvyHU:beeper.com
             * @example !NCdzlIaMjZUmvmvyHU:beeper.com
             */
            chatID?: string;
            /** @description Optional image path to populate in the message input field. */
            draftAttachmentPath?: string;
            /** @description Optional plain text to populate in the message input field. */
            draftText?: string;
            /** @description Optional message ID. Jumps to that message in the chat when opening. */
            messageID?: string;
        };
        /**
         * @description Response indicating successful app focus action.
         * @example {
         *       "success": true
         *     }
         */
        FocusResponse: {
            /** @description Whether the app was successfully opened/focused. */
            success: boolean;
        };
        /**
         * @description Accounts configured on this device. Includes accountID, bridge metadata, optional network name, and user identity.
         * @example [
         *       {
         *         "accountID": "matrix",
         *         "bridge": {
         *           "id": "matrix",
         *           "type": "matrix",
         *           "provider": "cloud"
         *         },
         *         "network": "Beeper",
         *         "user": {
         *           "id": "@batuhan:beeper.com",
         *           "username": "batuhan:beeper.com",
         *           "email": "batuhan@example.com",
         *           "fullName": "Batuhan İçöz",
         *           "isSelf": true
         *         }
         *       },
         *       {
         *         "accountID": "discordgo",
         *         "bridge": {
         *           "id": "discordgo",
         *           "type": "discordgo",
         *           "provider": "cloud"
         *         },
         *         "network": "Discord",
         *         "user": {
         *           "id": "221590782384013314",
         *           "username": "batuhanicoz",
         *           "fullName": "Batuhan İçöz",
         *           "imgURL": "file:///Users/batuhan/Library/Application%20Support/BeeperTexts/media/local.beeper.com/batuhan_jmaNwqQPUITme6VV5OSXhH3ZYpmi9UyaYQ43S2UA9qkkzy11Q9JUAiv8TYmOkoQr",
         *           "isSelf": true
         *         }
         *       },
         *       {
         *         "accountID": "local-whatsapp_ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc",
         *         "bridge": {
         *           "id": "local-whatsapp",
         *           "type": "whatsapp",
         *           "provider": "local"
         *         },
         *         "network": "WhatsApp",
         *         "user": {
         *           "id": "ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc",
         *           "phoneNumber": "+15550101001",
         *           "fullName": "Batuhan İçöz",
         *           "imgURL": "file:///Users/batuhan/Library/Application%20Support/BeeperTexts/media/localhostlocal-whatsapp/_gkBAAAAB1xsnfQKMTcwOTkzODU5MAkBAAAAB1xsnfQ",
         *           "isSelf": true
         *         }
         *       }
         *     ]
         */
        GetAccountsOutput: components["schemas"]["Account"][];
        /**
         * @description Group creation field capability.
         * @example {
         *       "allowed": true,
         *       "max_length": 0,
         *       "min_length": 0,
         *       "required": true,
         *       "settings": {
         *         "types": [
         *           ""
         *         ],
         *         "omit_empty_timer": true,
         *         "timers": [
         *           0
         *         ]
         *       }
         *     }
         */
        GroupFieldCapability: {
            allowed: boolean;
            max_length?: number;
            min_length?: number;
            required?: boolean;
            /** @description Disappearing-message timer capability. */
            settings?: components["schemas"]["DisappearingTimerCapability"];
        };
        /**
         * @description Group creation capabilities for one group type.
         * @example {
         *       "type_description": "type_description",
         *       "avatar": {
         *         "allowed": true,
         *         "max_length": 0,
         *         "min_length": 0,
         *         "required": true,
         *         "settings": {
         *           "types": [
         *             ""
         *           ],
         *           "omit_empty_timer": true,
         *           "timers": [
         *             0
         *           ]
         *         }
         *       }
         *     }
         */
        GroupTypeCapabilities: {
            avatar?: components["schemas"]["GroupFieldCapability"];
            disappear?: components["schemas"]["GroupFieldCapability"];
            name?: components["schemas"]["GroupFieldCapability"];
            parent?: components["schemas"]["GroupFieldCapability"];
            participants?: components["schemas"]["GroupFieldCapability"];
            topic?: components["schemas"]["GroupFieldCapability"];
            type_description: string;
            username?: components["schemas"]["GroupFieldCapability"];
        };
        /**
         * @description App, platform, server, and endpoint discovery metadata (snake_case field names).
         * @example {
         *       "app": {
         *         "bundle_id": "bundle_id",
         *         "name": "name",
         *         "version": "version"
         *       },
         *       "endpoints": {
         *         "mcp": "mcp",
         *         "oauth": {
         *           "authorization_endpoint": "authorization_endpoint",
         *           "introspection_endpoint": "introspection_endpoint",
         *           "registration_endpoint": "registration_endpoint",
         *           "revocation_endpoint": "revocation_endpoint",
         *           "token_endpoint": "token_endpoint",
         *           "userinfo_endpoint": "userinfo_endpoint"
         *         },
         *         "spec": "spec",
         *         "ws_events": "ws_events"
         *       },
         *       "platform": {
         *         "arch": "arch",
         *         "os": "os",
         *         "release": "release"
         *       },
         *       "server": {
         *         "base_url": "base_url",
         *         "hostname": "hostname",
         *         "mcp_enabled": true,
         *         "port": 0,
         *         "remote_access": true,
         *         "status": "status"
         *       }
         *     }
         */
        InfoRetrieveResponse: {
            app: {
                /** @description App bundle identifier */
                bundle_id: string;
                /** @description App name */
                name: string;
                /** @description App version */
                version: string;
            };
            endpoints: {
                /** @description MCP endpoint */
                mcp: string;
                /** @description OAuth endpoints. */
                oauth: {
                    /** @description OAuth authorization endpoint */
                    authorization_endpoint: string;
                    /** @description OAuth introspection endpoint */
                    introspection_endpoint: string;
                    /** @description OAuth dynamic client registration endpoint */
                    registration_endpoint: string;
                    /** @description OAuth token revocation endpoint */
                    revocation_endpoint: string;
                    /** @description OAuth token endpoint */
                    token_endpoint: string;
                    /** @description OAuth userinfo endpoint */
                    userinfo_endpoint: string;
                };
                /** @description OpenAPI spec endpoint */
                spec: string;
                /** @description WebSocket events endpoint */
                ws_events: string;
            };
            platform: {
                /** @description CPU architecture */
                arch: string;
                /** @description Operating system identifier */
                os: string;
                /** @description Runtime release version */
                release?: string;
            };
            server: {
                /** @description Base URL of the Beeper Desktop API server */
                base_url: string;
                /** @description Listening host */
                hostname: string;
                /** @description Whether MCP endpoint is enabled */
                mcp_enabled: boolean;
                /** @description Listening port */
                port: number;
                /** @description Whether remote access is enabled */
                remote_access: boolean;
                /** @description Server status */
                status: string;
            };
        };
        /** @description A user-created label that organizes chats across accounts. */
        Label: {
            /** @description Unique identifier of the label. */
            id: string;
            /** @description Display name of the label. */
            name: string;
        };
        /** @description Link preview included with a message. */
        LinkPreview: {
            /** @description Favicon URL if available. May be temporary or local-only to this device; download promptly if durable access is needed. */
            favicon?: string;
            /** @description Preview image URL if available. May be temporary or local-only to this device; download promptly if durable access is needed. */
            img?: string;
            /** @description Preview image dimensions. */
            imgSize?: {
                height?: number;
                width?: number;
            };
            /** @description Original URL when the displayed URL is shortened or redirected. */
            originalURL?: string;
            /** @description Link preview summary. */
            summary?: string;
            /** @description Link preview title. */
            title: string;
            /** @description Resolved link URL. */
            url: string;
        };
        /** @description What a display_and_wait step shows to the user, discriminated by `type`. */
        LoginDisplay: components["schemas"]["QRLoginDisplay"] | components["schemas"]["EmojiLoginDisplay"] | components["schemas"]["NothingLoginDisplay"] | components["schemas"]["CodeLoginDisplay"];
        /**
         * @description A connect or reconnect flow option of a bridge.
         * @example {
         *       "id": "id",
         *       "description": "description",
         *       "name": "name"
         *     }
         */
        LoginFlow: {
            /** @description Short explanation for when to use this flow, when provided. */
            description?: string;
            /** @description Flow ID to pass when creating a bridge login session. */
            id: string;
            /** @description Display name for the flow, when provided. */
            name?: string;
        };
        /**
         * @description Connect and reconnect flow options for a bridge.
         * @example {
         *       "items": [
         *         {
         *           "id": "id",
         *           "description": "description",
         *           "name": "name"
         *         }
         *       ]
         *     }
         */
        LoginFlowListResponse: {
            /** @description Login flows. */
            items: components["schemas"]["LoginFlow"][];
        };
        /**
         * @description Input field of a user_input login step.
         * @example {
         *       "id": "id",
         *       "initialValue": "initialValue",
         *       "label": "label",
         *       "optional": true,
         *       "placeholder": "placeholder",
         *       "type": "type"
         *     }
         */
        LoginInputField: {
            /** @description Field ID to send back in the fields object. */
            id: string;
            /** @description Initial field value, when provided by the network. */
            initialValue?: string;
            /** @description Field label to show to the user. */
            label?: string;
            /** @description True if the user can leave this field empty. */
            optional?: boolean;
            /** @description Placeholder text to show when the field is empty. */
            placeholder?: string;
            /** @description Suggested input type, such as text, password, or email. */
            type?: string;
        };
        /**
         * @description Temporary bridge login session used to connect a new chat account or reconnect an existing bridge login.
         * @example {
         *       "bridgeID": "bridgeID",
         *       "loginSessionID": "loginSessionID",
         *       "status": "waiting_for_input",
         *       "account": {
         *         "accountID": "accountID",
         *         "bridge": {
         *           "id": "id",
         *           "provider": "cloud",
         *           "type": "type"
         *         },
         *         "status": "connected",
         *         "user": {
         *           "id": "id",
         *           "cannotMessage": true,
         *           "email": "email",
         *           "fullName": "fullName",
         *           "imgURL": "imgURL",
         *           "isSelf": true,
         *           "phoneNumber": "phoneNumber",
         *           "username": "username"
         *         },
         *         "capabilities": {
         *           "foo": "bar"
         *         },
         *         "loginID": "loginID",
         *         "network": "network",
         *         "statusText": "statusText"
         *       },
         *       "accountID": "accountID",
         *       "currentStep": {
         *         "fields": [
         *           {
         *             "id": "id",
         *             "initialValue": "initialValue",
         *             "label": "label",
         *             "optional": true,
         *             "placeholder": "placeholder",
         *             "type": "type"
         *           }
         *         ],
         *         "stepID": "stepID",
         *         "type": "user_input",
         *         "attachments": [
         *           {}
         *         ],
         *         "instructions": "instructions"
         *       },
         *       "error": {
         *         "code": "code",
         *         "message": "message",
         *         "details": {
         *           "foo": "bar"
         *         }
         *       },
         *       "login": {
         *         "bridgeID": "bridgeID",
         *         "loginID": "loginID",
         *         "removeScopes": [
         *           "current-device"
         *         ],
         *         "status": "connected",
         *         "accountIDs": [
         *           "string"
         *         ],
         *         "statusText": "statusText",
         *         "user": {
         *           "id": "id",
         *           "cannotMessage": true,
         *           "email": "email",
         *           "fullName": "fullName",
         *           "imgURL": "imgURL",
         *           "isSelf": true,
         *           "phoneNumber": "phoneNumber",
         *           "username": "username"
         *         }
         *       },
         *       "loginID": "loginID"
         *     }
         */
        LoginSession: {
            /** @description A chat account added to Beeper. */
            account?: components["schemas"]["Account"];
            /** @description Chat account ID for reconnect flows, when known. */
            accountID?: string;
            /** @description Bridge ID. */
            bridgeID: string;
            /** @description Step the client should show or complete next. Omitted when the session is complete, cancelled, or failed. */
            currentStep?: components["schemas"]["LoginStep"];
            /** @description Error of the login session. */
            error?: components["schemas"]["APIError"];
            /** @description Signed-in identity for a bridge. One bridge login can contain multiple chat accounts. */
            login?: components["schemas"]["BridgeLogin"];
            /** @description Bridge login ID for reconnect flows, when known. */
            loginID?: string;
            /** @description Temporary bridge login session ID. */
            loginSessionID: string;
            status: components["schemas"]["LoginSessionStatus"];
        };
        /**
         * @description Result of cancelling a temporary bridge login session.
         * @example {
         *       "bridgeID": "bridgeID",
         *       "loginSessionID": "loginSessionID",
         *       "status": "cancelled"
         *     }
         */
        LoginSessionCancelResponse: {
            /** @description Bridge ID. */
            bridgeID: string;
            /** @description Temporary bridge login session ID. */
            loginSessionID: string;
            /** @constant */
            status: "cancelled";
        };
        /**
         * @description Body of POST /v1/bridges/{bridgeID}/login-sessions. All fields are optional. Omit loginID and accountID to
         *     connect a new account.
         */
        LoginSessionCreateRequest: {
            /** @description Existing chat account ID to reconnect. Omit to connect a new account. */
            accountID?: string;
            /** @description Optional flow ID returned by the list login flows endpoint. If omitted, Beeper chooses the default flow. */
            flowID?: string;
            /** @description Existing bridge login ID to reconnect. Omit to connect a new account. */
            loginID?: string;
        };
        /**
         * @description Status of a temporary bridge login session.
         * @enum {string}
         */
        LoginSessionStatus: "waiting_for_input" | "waiting_for_cookies" | "waiting_for_display" | "complete" | "cancelled" | "failed";
        /** @description Step the client should show or complete next, discriminated by `type`. */
        LoginStep: components["schemas"]["UserInputLoginStep"] | components["schemas"]["CookiesLoginStep"] | components["schemas"]["DisplayAndWaitLoginStep"] | components["schemas"]["CompleteLoginStep"];
        /** @description Body of POST /v1/bridges/{bridgeID}/login-sessions/{loginSessionID}/steps/{stepID}. */
        LoginStepSubmitRequest: {
            /**
             * @description Field values keyed by the field IDs from the current step (LoginInputField.id for user_input steps,
             *     CookieField.id for cookies steps).
             */
            fields?: {
                [key: string]: string;
            };
            /** @description Last browser URL reached during a cookies step, if available. */
            lastURL?: string;
            /**
             * @description How the step was completed. Omit unless the client needs to distinguish an embedded webview or browser
             *     extension.
             * @enum {string}
             */
            source?: "api" | "webview" | "browser_extension";
            /**
             * @description Type of the step being submitted (matches the current step's `type`).
             * @enum {string}
             */
            type: "user_input" | "cookies" | "display_and_wait";
        };
        /**
         * @description A message in a chat.
         * @example {
         *       "id": "241392",
         *       "sortKey": "455171049984",
         *       "chatID": "!discord_109876543210987654:beeper.com",
         *       "accountID": "discordgo",
         *       "senderID": "@discord_221590782384013314:beeper.com",
         *       "senderName": "Kishan Bagaria",
         *       "timestamp": "2026-05-05T20:20:12.497Z",
         *       "type": "TEXT",
         *       "text": "The OAuth fix is deployed. Can you verify the desktop flow?",
         *       "isSender": false,
         *       "isDeleted": false,
         *       "mentions": [
         *         "@discord_337451892017545216:beeper.com"
         *       ],
         *       "isUnread": false
         *     }
         */
        Message: {
            /** @description Beeper account ID the message belongs to. */
            accountID: string;
            /** @description Attachments included with this message, if any. */
            attachments?: components["schemas"]["Attachment"][];
            /**
             * @description Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
             * @example !NCdzlIaMjZUmvmvyHU:beeper.com
             */
            chatID: string;
            /**
             * Format: date-time
             * @description Timestamp when the message was edited, if known.
             * @example 2025-08-31T23:30:12.520Z
             */
            editedTimestamp?: string;
            /**
             * @description Message ID.
             * @example 1343993
             */
            id: string;
            /** @description True if the message has been deleted. */
            isDeleted?: boolean;
            /** @description True if the message is hidden from normal display. */
            isHidden?: boolean;
            /** @description True if the authenticated user sent the message. */
            isSender?: boolean;
            /** @description True if the message is unread for the authenticated user. May be omitted. */
            isUnread?: boolean;
            /**
             * @description ID of the message this is a reply to, if any.
             * @example 1343993
             */
            linkedMessageID?: string;
            /** @description Link previews included with this message, if any. */
            links?: components["schemas"]["LinkPreview"][];
            /** @description Mentioned user IDs, @room, or null for legacy messages that require text scanning. */
            mentions?: string[] | null;
            /** @description Reactions to the message, if any. */
            reactions?: components["schemas"]["Reaction"][];
            seen?: components["schemas"]["MessageSeen"];
            /**
             * @description Matrix-style fully-qualified sender user ID, usually including a bridge prefix and homeserver.
             * @example @kishanbagaria:local-whatsapp.localhost
             */
            senderID: string;
            /** @description Resolved sender display name (impersonator/full name/username/participant name). */
            senderName?: string;
            sendStatus?: components["schemas"]["MessageSendStatus"];
            /**
             * @description A unique, sortable key used to sort messages.
             * @example 821744079
             */
            sortKey: string;
            /** @description Matrix HTML body if present. */
            text?: string;
            /**
             * Format: date-time
             * @description Message timestamp.
             * @example 2025-08-31T23:30:12.520Z
             */
            timestamp: string;
            /**
             * @description Message content type. Useful for distinguishing reactions, media messages, and state events from regular text messages.
             * @enum {string}
             */
            type?: "TEXT" | "NOTICE" | "IMAGE" | "VIDEO" | "VOICE" | "AUDIO" | "FILE" | "STICKER" | "LOCATION" | "REACTION";
        };
        /**
         * @description Attachment type hint (image, video, audio, file, gif, voice-note, sticker). If omitted, auto-detected from mimeType
         * @enum {string}
         */
        MessageAttachmentType: "image" | "video" | "audio" | "file" | "gif" | "voice-note" | "sticker";
        /** @description A page of messages in a chat, sorted by timestamp. */
        MessageListPage: {
            /** @description True if additional results can be fetched using the provided cursors. */
            hasMore: boolean;
            /** @description Messages from the chat, sorted by timestamp. Use oldestCursor/newestCursor for pagination and treat both as opaque values. */
            items: components["schemas"]["Message"][];
            /** @description Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect. */
            newestCursor?: string | null;
            /** @description Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect. */
            oldestCursor?: string | null;
        };
        /**
         * @description A page of messages matching a search.
         * @example {
         *       "items": [
         *         {
         *           "id": "241392",
         *           "chatID": "!discord_109876543210987654:beeper.com",
         *           "accountID": "discordgo",
         *           "senderID": "@discord_221590782384013314:beeper.com",
         *           "senderName": "Kishan Bagaria",
         *           "timestamp": "2025-08-28T11:04:29.621Z",
         *           "sortKey": "455171049984",
         *           "text": "The OAuth fix is deployed. Can you verify the desktop flow?",
         *           "isSender": false,
         *           "isUnread": false
         *         },
         *         {
         *           "id": "241393",
         *           "chatID": "!whatsapp_15550101002:ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc.local-whatsapp.localhost",
         *           "accountID": "local-whatsapp_ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc",
         *           "senderID": "@15550101002:local-whatsapp.localhost",
         *           "senderName": "Adam Van Ymeren",
         *           "timestamp": "2025-08-28T14:22:15.432Z",
         *           "sortKey": "455171050240",
         *           "text": "Dinner at 7 still works for me.",
         *           "isSender": false,
         *           "isUnread": true
         *         }
         *       ],
         *       "chats": {
         *         "!discord_109876543210987654:beeper.com": {
         *           "id": "!discord_109876543210987654:beeper.com",
         *           "localChatID": "1229720",
         *           "accountID": "discordgo",
         *           "network": "Discord",
         *           "title": "Desktop API",
         *           "type": "group",
         *           "participants": {
         *             "items": [
         *               {
         *                 "id": "@discord_221590782384013314:beeper.com",
         *                 "username": "kishan",
         *                 "fullName": "Kishan Bagaria",
         *                 "cannotMessage": false,
         *                 "isSelf": false
         *               },
         *               {
         *                 "id": "@discord_337451892017545216:beeper.com",
         *                 "username": "batuhanicoz",
         *                 "fullName": "Batuhan İçöz",
         *                 "cannotMessage": false,
         *                 "isSelf": true
         *               }
         *             ],
         *             "hasMore": true,
         *             "total": 6
         *           },
         *           "lastActivity": "2025-08-31T17:38:20.393Z",
         *           "unreadCount": 0,
         *           "isArchived": false,
         *           "isMuted": false,
         *           "isPinned": true
         *         },
         *         "!whatsapp_15550101002:ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc.local-whatsapp.localhost": {
         *           "id": "!whatsapp_15550101002:ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc.local-whatsapp.localhost",
         *           "localChatID": "1229721",
         *           "accountID": "local-whatsapp_ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc",
         *           "network": "WhatsApp",
         *           "title": "Adam Van Ymeren",
         *           "type": "single",
         *           "participants": {
         *             "items": [
         *               {
         *                 "id": "@15550101002:local-whatsapp.localhost",
         *                 "phoneNumber": "+15550101002",
         *                 "fullName": "Adam Van Ymeren",
         *                 "cannotMessage": false,
         *                 "isSelf": false
         *               },
         *               {
         *                 "id": "@ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc:local-whatsapp.localhost",
         *                 "fullName": "Batuhan İçöz",
         *                 "cannotMessage": false,
         *                 "isSelf": true
         *               }
         *             ],
         *             "hasMore": false,
         *             "total": 2
         *           },
         *           "lastActivity": "2025-08-31T16:45:10.123Z",
         *           "unreadCount": 2,
         *           "isArchived": false,
         *           "isMuted": true,
         *           "isPinned": false
         *         }
         *       },
         *       "hasMore": true,
         *       "oldestCursor": "1756379069621",
         *       "newestCursor": null
         *     }
         */
        MessageSearchPage: {
            /** @description Map of chatID -> chat details for chats referenced in items. */
            chats: {
                [key: string]: components["schemas"]["Chat"];
            };
            /** @description True if additional results can be fetched using the provided cursors. */
            hasMore: boolean;
            /** @description Messages matching the query and filters. */
            items: components["schemas"]["Message"][];
            /**
             * @description Cursor for fetching newer results (use with direction='after'). Opaque string; do not inspect.
             * @example 1725489123456|c29tZUltc2dQYWdl
             */
            newestCursor?: string | null;
            /**
             * @description Cursor for fetching older results (use with direction='before'). Opaque string; do not inspect.
             * @example 1725489123456|c29tZUltc2dQYWdl
             */
            oldestCursor?: string | null;
        };
        /** @description Read receipt state for this message, when available. */
        MessageSeen: boolean | string | components["schemas"]["MessageSeenByParticipant"];
        /** @description Group read receipt state keyed by participant ID. */
        MessageSeenByParticipant: {
            [key: string]: boolean | string;
        };
        /** @description Single attachment to send with the message. */
        MessageSendAttachment: {
            /** @description Duration in seconds (optional override of cached value) */
            duration?: number;
            /** @description Filename (optional override of cached value) */
            fileName?: string;
            /** @description MIME type (optional override of cached value) */
            mimeType?: string;
            /** @description Dimensions (optional override of cached value) */
            size?: {
                height: number;
                width: number;
            };
            type?: components["schemas"]["MessageAttachmentType"];
            /** @description Upload ID from uploadAsset endpoint. Required to reference uploaded files. */
            uploadID: string;
        };
        /** @description Body of a message send. All fields are optional. */
        MessageSendRequest: {
            /** @description Single attachment to send with the message */
            attachment?: components["schemas"]["MessageSendAttachment"];
            /** @description Provide a message ID to send this as a reply to an existing message */
            replyToMessageID?: string;
            /** @description Text input. Markdown is converted to Matrix HTML. To provide Matrix HTML verbatim, pass a JSON-stringified HTML string. */
            text?: components["schemas"]["MessageTextInput"];
        };
        /**
         * @description Result of a message send.
         * @example {
         *       "chatID": "!whatsapp_15550101002:ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc.local-whatsapp.localhost",
         *       "pendingMessageID": "m1694783291234567"
         *     }
         */
        MessageSendResponse: {
            /**
             * @description Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
             * @example !NCdzlIaMjZUmvmvyHU:beeper.com
             */
            chatID: string;
            /**
             * @description Pending ID assigned to the message before the network confirms the send. Pass it to GET /v1/chats/{chatID}/messages/{messageID} to resolve, or wait for the matching message.upserted over the WebSocket.
             * @example 1343993
             */
            pendingMessageID: string;
        };
        /** @description Message send status for this message, when reported by the bridge. */
        MessageSendStatus: {
            /** @description User IDs the message was delivered to, when reported by the network. */
            deliveredToUsers?: string[];
            /** @description Internal bridge error detail. Intended for diagnostics, not end-user display. */
            internalError?: string;
            /** @description Human-readable send status or failure message. */
            message?: string;
            /** @description Machine-readable failure reason. Present when the send status is a failure. */
            reason?: string;
            /**
             * @description Current status of the message send attempt.
             * @enum {string}
             */
            status: "SUCCESS" | "PENDING" | "FAIL_RETRIABLE" | "FAIL_PERMANENT";
            /**
             * Format: date-time
             * @description Timestamp for the send status event.
             * @example 2025-08-31T23:30:12.520Z
             */
            timestamp: string;
        };
        /** @description Draft text. Plain text and Markdown are converted to Matrix HTML with the same rules used by send and edit. */
        MessageTextInput: string;
        /** @description Body of a message edit. */
        MessageUpdateRequest: {
            /** @description New text content for the message */
            text: string;
        };
        /**
         * @description The edited message (a full Message) plus the deprecated compatibility fields `messageID` and `success`.
         *     (Older docs renditions returned only { chatID, messageID, success }; this is the current shape.)
         * @example {
         *       "id": "1343993",
         *       "messageID": "1343993",
         *       "success": true,
         *       "sortKey": "aaaa1",
         *       "chatID": "!whatsapp_15550101002:ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc.local-whatsapp.localhost",
         *       "accountID": "local-whatsapp_ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc",
         *       "senderID": "@ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc:local-whatsapp.localhost",
         *       "senderName": "Adam Van Ymeren",
         *       "timestamp": "2025-08-28T11:04:29.621Z",
         *       "text": "Updated message text",
         *       "isSender": true,
         *       "isUnread": false
         *     }
         */
        MessageUpdateResponse: components["schemas"]["Message"] & {
            /**
             * @deprecated
             * @description DEPRECATED - use id instead. Compatibility alias for older clients.
             * @example 1343993
             */
            messageID: string;
            /**
             * @deprecated
             * @description DEPRECATED - compatibility field. Successful responses are already represented by the 200 status code.
             * @enum {boolean}
             */
            success: true;
        };
        /** @description Nothing to display. */
        NothingLoginDisplay: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "nothing";
        };
        /** @description A chat participant. Extends User with chat membership metadata. */
        Participant: components["schemas"]["User"] & {
            /** @description True if this participant has admin privileges in the chat. */
            isAdmin?: boolean;
            /** @description True if this participant represents a network or bridge bot. */
            isNetworkBot?: boolean;
            /** @description True if this participant has been invited but has not joined yet. */
            isPending?: boolean;
        };
        /**
         * @description Advanced network capabilities for account lookup and group creation. Wire field names of this model are
         *     snake_case (unlike most of the API).
         * @example {
         *       "group_creation": {
         *         "foo": {
         *           "type_description": "type_description",
         *           "avatar": {
         *             "allowed": true,
         *             "max_length": 0,
         *             "min_length": 0,
         *             "required": true,
         *             "settings": {
         *               "types": [
         *                 ""
         *               ],
         *               "omit_empty_timer": true,
         *               "timers": [
         *                 0
         *               ]
         *             }
         *           },
         *           "disappear": {
         *             "allowed": true,
         *             "max_length": 0,
         *             "min_length": 0,
         *             "required": true,
         *             "settings": {
         *               "types": [
         *                 ""
         *               ],
         *               "omit_empty_timer": true,
         *               "timers": [
         *                 0
         *               ]
         *             }
         *           },
         *           "name": {
         *             "allowed": true,
         *             "max_length": 0,
         *             "min_length": 0,
         *             "required": true,
         *             "settings": {
         *               "types": [
         *                 ""
         *               ],
         *               "omit_empty_timer": true,
         *               "timers": [
         *                 0
         *               ]
         *             }
         *           }
         *         }
         *       },
         *       "resolve_identifier": {
         *         "any_phone": true,
         *         "contact_list": true,
         *         "create_dm": true,
         *         "lookup_email": true,
         *         "lookup_phone": true,
         *         "lookup_username": true,
         *         "search": true
         *       },
         *       "image_pack_import": true
         *     }
         */
        ProvisioningCapabilities: {
            /** @description Group creation capabilities keyed by group type identifier. */
            group_creation: {
                [key: string]: components["schemas"]["GroupTypeCapabilities"];
            };
            image_pack_import?: boolean;
            /** @description Identifier lookup capabilities for this bridge. */
            resolve_identifier: components["schemas"]["ResolveIdentifierCapabilities"];
        };
        /** @description QR code to show to the user. */
        QRLoginDisplay: {
            /** @description QR code payload. */
            data: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "qr";
        };
        /** @description A reaction to a message. */
        Reaction: {
            /** @description True if the reactionKey is an emoji. */
            emoji?: boolean;
            /** @description Reaction ID. When a participant can react more than once, the ID is the participant ID concatenated with the reaction key; otherwise it equals the participant ID. */
            id: string;
            /** @description URL to the reaction's image. May be temporary or local-only to this device; download promptly if durable access is needed. */
            imgURL?: string;
            /** @description User ID of the participant who reacted. */
            participantID: string;
            /** @description The reaction key: an emoji (😄), a network-specific key, or a shortcode like "smiling-face". */
            reactionKey: string;
        };
        /**
         * @description Body of a reaction add.
         * @example {
         *       "reactionKey": "x"
         *     }
         */
        ReactionAddRequest: {
            /** @description Reaction key to add (emoji, shortcode, or custom emoji key) */
            reactionKey: string;
            /** @description Optional transaction ID for deduplication and send tracking */
            transactionID?: string;
        };
        /**
         * @description Result of adding a reaction.
         * @example {
         *       "success": true,
         *       "chatID": "!whatsapp_15550101002:ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc.local-whatsapp.localhost",
         *       "messageID": "1343993",
         *       "reactionKey": "❤️",
         *       "transactionID": "txn_v3a8f4c9d2e1"
         *     }
         * @example {
         *       "chatID": "!signal_adamvy:local-signal.localhost",
         *       "messageID": "1343993",
         *       "reactionKey": "❤️",
         *       "success": true,
         *       "transactionID": "txn_123"
         *     }
         */
        ReactionAddResponse: {
            /**
             * @description Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
             * @example !NCdzlIaMjZUmvmvyHU:beeper.com
             */
            chatID: string;
            /**
             * @description Message ID.
             * @example 1343993
             */
            messageID: string;
            /** @description Reaction key that was added. */
            reactionKey: string;
            /**
             * @description Always true. Indicates the reaction was queued; failures return an error response.
             * @enum {boolean}
             */
            success: true;
            /** @description Transaction ID used for send tracking. */
            transactionID: string;
        };
        /**
         * @description Result of removing a reaction.
         * @example {
         *       "success": true,
         *       "chatID": "!whatsapp_15550101002:ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc.local-whatsapp.localhost",
         *       "messageID": "1343993",
         *       "reactionKey": "❤️"
         *     }
         * @example {
         *       "chatID": "!signal_adamvy:local-signal.localhost",
         *       "messageID": "1343993",
         *       "reactionKey": "❤️",
         *       "success": true
         *     }
         */
        ReactionDeleteResponse: {
            /**
             * @description Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
             * @example !NCdzlIaMjZUmvmvyHU:beeper.com
             */
            chatID: string;
            /**
             * @description Message ID.
             * @example 1343993
             */
            messageID: string;
            /** @description Reaction key that was removed. */
            reactionKey: string;
            /**
             * @description Always true. Indicates the reaction removal was queued; failures return an error response.
             * @enum {boolean}
             */
            success: true;
        };
        /** @description Identifier lookup capabilities for this bridge. */
        ResolveIdentifierCapabilities: {
            any_phone: boolean;
            contact_list: boolean;
            create_dm: boolean;
            lookup_email: boolean;
            lookup_phone: boolean;
            lookup_username: boolean;
            search: boolean;
        };
        /** @description Result of the combined search (GET /v1/search). */
        SearchResponse: {
            results: {
                /** @description Top chat results. */
                chats: components["schemas"]["Chat"][];
                /** @description Top group results by participant matches. */
                in_groups: components["schemas"]["Chat"][];
                messages: components["schemas"]["MessageSearchPage"];
            };
        };
        /**
         * @description -2: rejected, -1: dropped, 0: unsupported, 1: partially supported, 2: fully supported.
         * @enum {integer}
         */
        SupportLevel: -2 | -1 | 0 | 1 | 2;
        /** @description Attachment transcription if available. */
        Transcription: {
            /** @description Transcription engine. */
            engine: string;
            /** @description Detected or selected language. */
            language?: string;
            /** @description Transcribed text. */
            transcription: string;
        };
        /**
         * @description User the account belongs to.
         * @example {
         *       "id": "@batuhan:beeper.com",
         *       "cannotMessage": true,
         *       "email": "batuhan@example.com",
         *       "fullName": "Batuhan İçöz",
         *       "imgURL": "imgURL",
         *       "isSelf": true,
         *       "phoneNumber": "phoneNumber",
         *       "username": "batuhan:beeper.com"
         *     }
         */
        User: {
            /** @description True if Beeper cannot initiate messages to this user (e.g., blocked, network restriction, or no DM path). The user may still message you. */
            cannotMessage?: boolean;
            /** @description Email address if known. Not guaranteed verified. */
            email?: string;
            /** @description Display name as shown in clients (e.g., 'Alice Example'). May include emojis. */
            fullName?: string;
            /** @description Stable Beeper user ID. Use as the primary key when referencing a person. */
            id: string;
            /** @description Avatar image URL if available. This may be a remote URL, Matrix media URL, data URL, or local filesystem URL depending on source and endpoint. May be temporary or local-only to this device; download promptly if durable access is needed. */
            imgURL?: string;
            /** @description True if this user represents the authenticated account's own identity. */
            isSelf?: boolean;
            /** @description User's phone number in E.164 format (e.g., '+14155552671'). Omit if unknown. */
            phoneNumber?: string;
            /** @description Human-readable handle if available (e.g., '@alice'). May be network-specific and not globally unique. */
            username?: string;
        };
        /**
         * @description Step that asks the user to fill in input fields.
         * @example {
         *       "fields": [
         *         {
         *           "id": "id",
         *           "initialValue": "initialValue",
         *           "label": "label",
         *           "optional": true,
         *           "placeholder": "placeholder",
         *           "type": "type"
         *         }
         *       ],
         *       "stepID": "stepID",
         *       "type": "user_input",
         *       "attachments": [
         *         {}
         *       ],
         *       "instructions": "instructions"
         *     }
         */
        UserInputLoginStep: {
            /** @description Attachments of this step (items untyped in the sources). */
            attachments?: unknown[];
            /** @description Input fields to show to the user. */
            fields: components["schemas"]["LoginInputField"][];
            /** @description User-facing instructions for this step. */
            instructions?: string;
            /** @description Step ID to submit this step's input to. */
            stepID: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "user_input";
        };
        /** @description Validation error details */
        ValidationDetails: {
            /** @description List of validation issues */
            issues: components["schemas"]["ValidationIssue"][];
        };
        /** @description One problem found while validating a request: where in the payload, a code and a human-readable message. */
        ValidationIssue: {
            /**
             * @description Validation issue code
             * @example invalid_type
             */
            code: string;
            /** @description Human-readable description of the validation issue */
            message: string;
            /**
             * @description Path pointing to the invalid field within the payload
             * @example [
             *       "body",
             *       "chatID"
             *     ]
             */
            path: (string | number)[];
        };
        /**
         * @description Trusted device verification progress.
         * @example {
         *       "id": "id",
         *       "availableActions": [
         *         "accept"
         *       ],
         *       "direction": "incoming",
         *       "methods": [
         *         "qr"
         *       ],
         *       "purpose": "login",
         *       "state": "requested",
         *       "error": {
         *         "code": "code",
         *         "reason": "reason"
         *       },
         *       "otherDevice": {
         *         "id": "id",
         *         "name": "name"
         *       },
         *       "otherUserID": "otherUserID",
         *       "qr": {
         *         "data": "data"
         *       },
         *       "sas": {
         *         "emojis": "emojis",
         *         "decimals": "decimals"
         *       }
         *     }
         */
        Verification: {
            /** @description Verification actions that are valid for the current state. */
            availableActions: components["schemas"]["VerificationAction"][];
            direction: components["schemas"]["VerificationDirection"];
            error?: components["schemas"]["VerificationError"];
            /** @description Verification ID to pass in verification action paths. */
            id: string;
            /** @description Verification methods supported for this transaction. */
            methods: components["schemas"]["VerificationMethod"][];
            otherDevice?: components["schemas"]["VerificationOtherDevice"];
            /** @description Other Beeper user participating in verification. */
            otherUserID?: string;
            purpose: components["schemas"]["VerificationPurpose"];
            qr?: components["schemas"]["VerificationQR"];
            sas?: components["schemas"]["VerificationSAS"];
            state: components["schemas"]["VerificationState"];
        };
        /**
         * @description A verification action (maps to the action endpoints under /v1/app/setup/verifications/{verificationID}).
         * @enum {string}
         */
        VerificationAction: "accept" | "cancel" | "qr.confirmScanned" | "sas.start" | "sas.confirm";
        /**
         * @description Shared response of the verification create / retrieve / accept / cancel / QR scan / QR confirm-scanned /
         *     SAS start / SAS confirm endpoints.
         */
        VerificationActionResult: {
            /** @description Current app sign-in and encrypted messaging setup state. */
            session: components["schemas"]["AppStateSnapshot"];
            /** @description Trusted device verification progress. */
            verification?: components["schemas"]["Verification"];
        };
        /** @description Optional code and user-facing reason for cancelling an active device verification. */
        VerificationCancelRequest: {
            /** @description Optional cancellation code. */
            code?: string;
            /** @description Optional user-facing cancellation reason. */
            reason?: string;
        };
        /** @description Optional body of POST /v1/app/setup/verifications, which starts verifying this device from another signed-in device. */
        VerificationCreateRequest: {
            /**
             * @description Why this verification is being started.
             * @enum {string}
             */
            purpose?: "login" | "device";
            /** @description Beeper user ID to verify. Defaults to the signed-in user. */
            userID?: string;
        };
        /**
         * @description Whether this device started or received the verification.
         * @enum {string}
         */
        VerificationDirection: "incoming" | "outgoing";
        /** @description Verification error details, if verification stopped. */
        VerificationError: {
            /** @description Verification error code. */
            code: string;
            /** @description User-facing verification error message. */
            reason: string;
        };
        /** @description Pending and active device verifications. */
        VerificationListResponse: {
            items: components["schemas"]["Verification"][];
        };
        /**
         * @description A verification method.
         * @enum {string}
         */
        VerificationMethod: "qr" | "sas";
        /** @description Other device participating in verification. */
        VerificationOtherDevice: {
            /** @description Other device ID. */
            id: string;
            /** @description Other device display name, if known. */
            name?: string;
        };
        /**
         * @description Why a verification exists.
         * @enum {string}
         */
        VerificationPurpose: "login" | "device";
        /** @description QR verification data. */
        VerificationQR: {
            /** @description QR code payload to display for verification. */
            data: string;
        };
        /** @description The QR code payload scanned from another signed-in device, submitted to continue device verification. */
        VerificationQRScanRequest: {
            /** @description QR code payload scanned from the other device. */
            data: string;
        };
        /** @description Emoji or number comparison data for verification. */
        VerificationSAS: {
            /** @description Number sequence to compare on both devices. */
            decimals?: string;
            /** @description Emoji sequence to compare on both devices. */
            emojis: string;
        };
        /**
         * @description Current trusted-device verification state.
         * @enum {string}
         */
        VerificationState: "requested" | "ready" | "sas_ready" | "qr_scanned" | "done" | "cancelled" | "error";
    };
    responses: {
        /** @description Invalid request parameters */
        BadRequest: {
            headers: {
                "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Access token does not have the required scope */
        Forbidden: {
            headers: {
                "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Internal server error */
        InternalServerError: {
            headers: {
                "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Resource not found */
        NotFound: {
            headers: {
                "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests - rate limit exceeded */
        TooManyRequests: {
            headers: {
                "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Access token is missing or invalid */
        Unauthorized: {
            headers: {
                "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unprocessable entity - validation error */
        UnprocessableEntity: {
            headers: {
                "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description Account ID this resource belongs to. */
        AccountID: components["schemas"]["AccountID"];
        /** @description Chat ID or local chat ID. */
        ChatID: components["schemas"]["ChatID"];
        /** @description Opaque pagination cursor; do not inspect. Use together with 'direction'. */
        Cursor: components["schemas"]["Cursor"];
        /** @description Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results. Defaults to 'before' when only 'cursor' is provided. */
        Direction: components["schemas"]["Direction"];
    };
    requestBodies: never;
    headers: {
        /** @description Beeper Desktop application version providing this response. */
        "X-Beeper-Desktop-Version": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "accounts.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAccountsOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "accounts.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Account ID this resource belongs to (e.g. `matrix`, `discordgo`, `slackgo.TEAM-USER`,
                 *     `local-whatsapp_ba_...`).
                 */
                accountID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chat account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accountID": "accountID",
                     *       "bridge": {
                     *         "id": "id",
                     *         "provider": "cloud",
                     *         "type": "type"
                     *       },
                     *       "status": "connected",
                     *       "user": {
                     *         "id": "id",
                     *         "cannotMessage": true,
                     *         "email": "email",
                     *         "fullName": "fullName",
                     *         "imgURL": "imgURL",
                     *         "isSelf": true,
                     *         "phoneNumber": "phoneNumber",
                     *         "username": "username"
                     *       },
                     *       "capabilities": {
                     *         "foo": "bar"
                     *       },
                     *       "loginID": "loginID",
                     *       "network": "network",
                     *       "statusText": "statusText"
                     *     }
                     */
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "accounts.contacts.search": {
        parameters: {
            query: {
                /** @description Text to search users by. Network-specific behavior. */
                query: string;
            };
            header?: never;
            path: {
                /** @description Account ID this resource belongs to. */
                accountID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactSearchResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "accounts.contacts.list": {
        parameters: {
            query?: {
                /**
                 * @description Opaque pagination cursor; do not inspect. Use together with 'direction'.
                 * @example 1725489123456|c29tZUltc2dQYWdl
                 */
                cursor?: string;
                /** @description Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results. Defaults to 'before' when only 'cursor' is provided. */
                direction?: "after" | "before";
                /** @description Maximum contacts to return per page. */
                limit?: number;
                /** @description Optional search query for blended contact lookup. */
                query?: string;
            };
            header?: never;
            path: {
                /** @description Account ID this resource belongs to. */
                accountID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactListPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "app.setup.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current app sign-in and encrypted messaging setup state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppStateSnapshot"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "app.setup.email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppSetupEmailRequest"];
            };
        };
        responses: {
            /** @description The sign-in code was sent (empty body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "app.setup.register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppSetupRegisterRequest"];
            };
        };
        responses: {
            /** @description The account was created and signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppSetupSuccess"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "app.setup.response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppSetupResponseRequest"];
            };
        };
        responses: {
            /** @description Signed in (credentials + setup state), or account creation is required. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppSetupResponseResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "app.setup.start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new setup request and its available sign-in methods. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppSetupStartResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "app.setup.recoveryKey.verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppRecoveryKeyVerifyRequest"];
            };
        };
        responses: {
            /** @description The setup state after unlocking with the recovery key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppRecoveryKeyVerifyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "app.setup.recoveryKey.reset.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AppRecoveryKeyResetRequest"];
            };
        };
        responses: {
            /** @description The new recovery key and the setup state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppRecoveryKeyResetResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "app.setup.recoveryKey.reset.confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppRecoveryKeyResetConfirmRequest"];
            };
        };
        responses: {
            /** @description The setup state after confirming the new recovery key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppRecoveryKeyResetConfirmResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "app.setup.verifications.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pending and active device verifications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "app.setup.verifications.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["VerificationCreateRequest"];
            };
        };
        responses: {
            /** @description The setup state and the new verification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "app.setup.verifications.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Verification ID (the `id` of a Verification). Send it URL-encoded. */
                verificationID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The setup state and the verification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "app.setup.verifications.accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Verification ID (the `id` of a Verification). Send it URL-encoded. */
                verificationID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The setup state and the accepted verification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "app.setup.verifications.cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Verification ID (the `id` of a Verification). Send it URL-encoded. */
                verificationID: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["VerificationCancelRequest"];
            };
        };
        responses: {
            /** @description The setup state and the cancelled verification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "app.setup.verifications.qr.confirmScanned": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Verification ID (the `id` of a Verification). Send it URL-encoded. */
                verificationID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The setup state and the verification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "app.setup.verifications.sas.confirm": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Verification ID (the `id` of a Verification). Send it URL-encoded. */
                verificationID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The setup state and the verification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "app.setup.verifications.sas.start": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Verification ID (the `id` of a Verification). Send it URL-encoded. */
                verificationID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The setup state and the verification (with `sas` data once available). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "app.setup.verifications.qr.scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerificationQRScanRequest"];
            };
        };
        responses: {
            /** @description The setup state and the verification the QR code belongs to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "assets.download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssetDownloadRequest"];
            };
        };
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetDownloadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "assets.serve": {
        parameters: {
            query: {
                /** @description File URL to serve. Accepts mxc://, localmxc://, or file:// URLs. */
                url: string;
            };
            header?: {
                /** @description Optional byte range (e.g. `bytes=0-1023`) for seeking in large files; the endpoint supports Range requests. */
                Range?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description File stream */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                    "application/octet-stream": string;
                };
            };
            /** @description Partial file stream */
            206: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description File not modified */
            304: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Requested range not satisfiable */
            416: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "assets.upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["AssetUploadRequest"];
            };
        };
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetUploadBase64Response"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "assets.uploadBase64": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssetUploadBase64Request"];
            };
        };
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetUploadBase64Response"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bridges.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Available bridges and their connected accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BridgeListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bridges.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bridge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bridge"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bridges.retrieveCapabilities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Advanced network capabilities for account lookup and group creation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvisioningCapabilities"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bridges.loginFlows.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Login flows of the bridge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginFlowListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bridges.loginSessions.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
            };
            cookie?: never;
        };
        /** @description All fields are optional; the request may be sent without a body to connect a new account. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LoginSessionCreateRequest"];
            };
        };
        responses: {
            /** @description The new login session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bridges.loginSessions.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
                /** @description Temporary bridge login session ID. */
                loginSessionID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The login session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bridges.loginSessions.cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
                /** @description Temporary bridge login session ID. */
                loginSessionID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The login session was cancelled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginSessionCancelResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bridges.loginSessions.steps.submit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
                /** @description Temporary bridge login session ID. */
                loginSessionID: string;
                /** @description The `stepID` of the current step (from `currentStep.stepID` of the login session). */
                stepID: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginStepSubmitRequest"];
            };
        };
        responses: {
            /** @description The updated login session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bridges.logins.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bridge logins of the bridge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BridgeLoginListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bridges.logins.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
                /** @description Bridge login ID (e.g. `ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc`). */
                loginID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bridge login. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BridgeLogin"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bridges.logins.remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bridge ID (e.g. `local-whatsapp`). */
                bridgeID: string;
                /** @description Bridge login ID (e.g. `ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc`). */
                loginID: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BridgeLoginRemoveRequest"];
            };
        };
        responses: {
            /** @description The bridge login was removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BridgeLoginRemoveResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "chats.list": {
        parameters: {
            query?: {
                /** @description Limit to specific account IDs. If omitted, fetches from all accounts. */
                accountIDs?: string[];
                /**
                 * @description Opaque pagination cursor; do not inspect. Use together with 'direction'.
                 * @example 1725489123456|c29tZUltc2dQYWdl
                 */
                cursor?: string;
                /** @description Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results. Defaults to 'before' when only 'cursor' is provided. */
                direction?: "after" | "before";
                /** @description Set the maximum number of chats to retrieve. Valid range 1-200, default is 25. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatListPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "chats.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatCreateRequest"];
            };
        };
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "chats.retrieve": {
        parameters: {
            query?: {
                /** @description Maximum number of participants to return. Use -1 for all; otherwise 0-500. Defaults to 100. List and search endpoints return up to 20 participants per chat. */
                maxParticipantCount?: number | null;
            };
            header?: never;
            path: {
                /** @description Chat ID or local chat ID. */
                chatID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Chat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "chats.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat ID or local chat ID. */
                chatID: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ChatUpdateRequest"];
            };
        };
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Chat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "chats.archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat ID or local chat ID. */
                chatID: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ChatArchiveRequest"];
            };
        };
        responses: {
            /** @description Request executed successfully */
            204: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "messages.list": {
        parameters: {
            query?: {
                /** @description Opaque pagination cursor; do not inspect. Use together with 'direction'. */
                cursor?: string;
                /** @description Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results. Defaults to 'before' when only 'cursor' is provided. */
                direction?: "after" | "before";
            };
            header?: never;
            path: {
                /** @description Chat ID or local chat ID. */
                chatID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageListPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "messages.send": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat ID or local chat ID. */
                chatID: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MessageSendRequest"];
            };
        };
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSendResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "messages.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat ID or local chat ID. */
                chatID: string;
                /** @description Message ID. */
                messageID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "messages.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat ID or local chat ID. */
                chatID: string;
                /** @description Message ID. */
                messageID: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageUpdateRequest"];
            };
        };
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageUpdateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "messages.delete": {
        parameters: {
            query?: {
                /** @description True to request deletion for everyone when the network supports it; false to delete only for the authenticated user when supported. */
                forEveryone?: boolean | null;
            };
            header?: never;
            path: {
                /** @description Chat ID or local chat ID. */
                chatID: string;
                /** @description Message ID. */
                messageID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request executed successfully */
            204: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "chats.messages.reactions.add": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat ID or local chat ID. */
                chatID: string;
                /** @description Message ID. */
                messageID: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReactionAddRequest"];
            };
        };
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReactionAddResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "chats.messages.reactions.deleteByQuery": {
        parameters: {
            query: {
                /** @description Reaction key to remove. */
                reactionKey: string;
            };
            header?: never;
            path: {
                /**
                 * @description Chat ID. Input routes also accept the local chat ID from this Beeper Desktop installation when available.
                 *     IDs may contain `!`, `:`, `@` (e.g. `!NCdzlIaMjZUmvmvyHU:beeper.com`); percent-encode them in the path.
                 */
                chatID: string;
                /** @description Message ID. */
                messageID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reaction removal was queued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReactionDeleteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "chats.messages.reactions.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat ID or local chat ID. */
                chatID: string;
                /** @description Message ID. */
                messageID: string;
                /** @description Reaction key to remove (emoji, shortcode, or custom emoji key) */
                reactionKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReactionDeleteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "chats.notifyAnyway": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat ID or local chat ID. */
                chatID: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Chat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "chats.markRead": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat ID or local chat ID. */
                chatID: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ChatMarkReadRequest"];
            };
        };
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Chat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "chats.reminders.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat ID or local chat ID. */
                chatID: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatReminderCreateRequest"];
            };
        };
        responses: {
            /** @description Request executed successfully */
            204: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "chats.reminders.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat ID or local chat ID. */
                chatID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request executed successfully */
            204: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "chats.markUnread": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat ID or local chat ID. */
                chatID: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ChatMarkUnreadRequest"];
            };
        };
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Chat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "chats.search": {
        parameters: {
            query?: {
                /** @description Provide an array of account IDs to filter chats from specific messaging accounts only */
                accountIDs?: string[];
                /**
                 * @description Opaque pagination cursor; do not inspect. Use together with 'direction'.
                 * @example 1725489123456|c29tZUltc2dQYWdl
                 */
                cursor?: string;
                /** @description Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results. Defaults to 'before' when only 'cursor' is provided. */
                direction?: "after" | "before";
                /** @description Filter by inbox type: "primary" (non-archived, non-low-priority), "low-priority", or "archive". If not specified, shows all chats. */
                inbox?: "primary" | "low-priority" | "archive";
                /** @description Include chats marked as Muted by the user, which are usually less important. Default: true. Set to false if the user wants a more refined search. */
                includeMuted?: boolean | null;
                /** @description Only include chats that carry this label. Label IDs come from GET /v1/labels. */
                labelID?: string;
                /** @description Provide an ISO datetime string to only retrieve chats with last activity after this time */
                lastActivityAfter?: string;
                /** @description Provide an ISO datetime string to only retrieve chats with last activity before this time */
                lastActivityBefore?: string;
                /** @description Set the maximum number of chats to retrieve. Valid range: 1-200, default is 50 */
                limit?: number;
                /** @description Literal token search (non-semantic). Use single words users type (e.g., "dinner"). When multiple words provided, ALL must match. Case-insensitive. */
                query?: string;
                /** @description Search scope: 'titles' matches title + network; 'participants' matches participant names. */
                scope?: "titles" | "participants";
                /** @description Specify the type of chats to retrieve: use "single" for direct messages, "group" for group chats, or "any" to get all types */
                type?: "single" | "group" | "any";
                /** @description Set to true to only retrieve chats that have unread messages */
                unreadOnly?: boolean | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSearchPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "chats.start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatStartRequest"];
            };
        };
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    focus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["FocusRequest"];
            };
        };
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FocusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "info.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Beeper Desktop API server info */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InfoRetrieveResponse"];
                };
            };
            500: components["responses"]["InternalServerError"];
        };
    };
    "labels.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A top-level JSON array of Label objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Label"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "messages.search": {
        parameters: {
            query?: {
                /** @description Limit search to specific account IDs. */
                accountIDs?: string[];
                /** @description Limit search to specific chat IDs. */
                chatIDs?: string[];
                /** @description Filter by chat type: 'group' for group chats, 'single' for 1:1 chats. */
                chatType?: "group" | "single";
                /** @description Opaque pagination cursor; do not inspect. Use together with 'direction'. */
                cursor?: string;
                /** @description Only include messages with timestamp strictly after this ISO 8601 datetime (e.g., '2024-07-01T00:00:00Z' or '2024-07-01T00:00:00+02:00'). */
                dateAfter?: string;
                /** @description Only include messages with timestamp strictly before this ISO 8601 datetime (e.g., '2024-07-31T23:59:59Z' or '2024-07-31T23:59:59+02:00'). */
                dateBefore?: string;
                /** @description Pagination direction used with 'cursor': 'before' fetches older results, 'after' fetches newer results. Defaults to 'before' when only 'cursor' is provided. */
                direction?: "after" | "before";
                /** @description Exclude messages marked Low Priority by the user. Default: true. Set to false to include all. */
                excludeLowPriority?: boolean | null;
                /** @description Include messages in chats marked as Muted by the user, which are usually less important. Default: true. Set to false if the user wants a more refined search. */
                includeMuted?: boolean | null;
                /** @description Maximum number of messages to return. */
                limit?: number;
                /** @description Filter messages by media types. Use ['any'] for any media type, or specify exact types like ['video', 'image']. Omit for no media filtering. */
                mediaTypes?: ("any" | "video" | "image" | "link" | "file")[];
                /** @description Literal word search (non-semantic). Finds messages containing these EXACT words in any order. Use single words users actually type, not concepts or phrases. Example: use "dinner" not "dinner plans", use "sick" not "health issues". If omitted, returns results filtered only by other parameters. */
                query?: string;
                /** @description Filter by sender: 'me' (messages sent by the authenticated user), 'others' (messages sent by others), or a specific user ID string (user.id). */
                sender?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSearchPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    search: {
        parameters: {
            query: {
                /** @description User-typed search text. Literal word matching (non-semantic). */
                query: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request executed successfully */
            200: {
                headers: {
                    "X-Beeper-Desktop-Version": components["headers"]["X-Beeper-Desktop-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
