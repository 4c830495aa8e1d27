// generated — do not edit.
// Source: spec/openapi.yaml · generator: @hey-api/openapi-ts 0.99.0 + @beeper-kit/effect-schema plugin · regenerate with `pnpm generate`.

// Fast response checks: see @beeper-kit/codegen src/effect/validators.ts. Each `is<Schema>` is true only when
// decoding with that Schema would succeed and return the input unchanged; false means "run the Schema decode".

import { isDateTime } from "../internal/formats.ts";

/** True when `u` is already a valid `Account` that decoding would return unchanged (no undeclared keys). */
export const isAccount: (u: unknown) => boolean = checkAccount;

/** True when `u` is already a valid `AppRecoveryKeyResetConfirmResponse` that decoding would return unchanged (no undeclared keys). */
export const isAppRecoveryKeyResetConfirmResponse: (u: unknown) => boolean = checkAppRecoveryKeyResetConfirmResponse;

/** True when `u` is already a valid `AppRecoveryKeyResetResponse` that decoding would return unchanged (no undeclared keys). */
export const isAppRecoveryKeyResetResponse: (u: unknown) => boolean = checkAppRecoveryKeyResetResponse;

/** True when `u` is already a valid `AppRecoveryKeyVerifyResponse` that decoding would return unchanged (no undeclared keys). */
export const isAppRecoveryKeyVerifyResponse: (u: unknown) => boolean = checkAppRecoveryKeyResetConfirmResponse;

/** True when `u` is already a valid `AppSetupResponseResult` that decoding would return unchanged (no undeclared keys). */
export const isAppSetupResponseResult = (u: unknown): boolean => ((looseAppSetupSuccess(u) ? checkAppSetupSuccess(u) : checkAppSetupRegistrationRequired(u)));

/** True when `u` is already a valid `AppSetupStartResponse` that decoding would return unchanged (no undeclared keys). */
export const isAppSetupStartResponse: (u: unknown) => boolean = checkAppSetupStartResponse;

/** True when `u` is already a valid `AppSetupSuccess` that decoding would return unchanged (no undeclared keys). */
export const isAppSetupSuccess: (u: unknown) => boolean = checkAppSetupSuccess;

/** True when `u` is already a valid `AppStateSnapshot` that decoding would return unchanged (no undeclared keys). */
export const isAppStateSnapshot: (u: unknown) => boolean = checkAppStateSnapshot;

/** True when `u` is already a valid `AssetDownloadResponse` that decoding would return unchanged (no undeclared keys). */
export const isAssetDownloadResponse: (u: unknown) => boolean = checkAssetDownloadResponse;

/** True when `u` is already a valid `AssetUploadBase64Response` that decoding would return unchanged (no undeclared keys). */
export const isAssetUploadBase64Response: (u: unknown) => boolean = checkAssetUploadBase64Response;

/** True when `u` is already a valid `Bridge` that decoding would return unchanged (no undeclared keys). */
export const isBridge: (u: unknown) => boolean = checkBridge;

/** True when `u` is already a valid `BridgeListResponse` that decoding would return unchanged (no undeclared keys). */
export const isBridgeListResponse: (u: unknown) => boolean = checkBridgeListResponse;

/** True when `u` is already a valid `BridgeLogin` that decoding would return unchanged (no undeclared keys). */
export const isBridgeLogin: (u: unknown) => boolean = checkBridgeLogin;

/** True when `u` is already a valid `BridgeLoginListResponse` that decoding would return unchanged (no undeclared keys). */
export const isBridgeLoginListResponse: (u: unknown) => boolean = checkBridgeLoginListResponse;

/** True when `u` is already a valid `BridgeLoginRemoveResponse` that decoding would return unchanged (no undeclared keys). */
export const isBridgeLoginRemoveResponse: (u: unknown) => boolean = checkBridgeLoginRemoveResponse;

/** True when `u` is already a valid `Chat` that decoding would return unchanged (no undeclared keys). */
export const isChat: (u: unknown) => boolean = checkChat;

/** True when `u` is already a valid `ChatCreateResponse` that decoding would return unchanged (no undeclared keys). */
export const isChatCreateResponse: (u: unknown) => boolean = checkChatCreateResponse;

/** True when `u` is already a valid `ChatListPage` that decoding would return unchanged (no undeclared keys). */
export const isChatListPage: (u: unknown) => boolean = checkChatListPage;

/** True when `u` is already a valid `ChatSearchPage` that decoding would return unchanged (no undeclared keys). */
export const isChatSearchPage: (u: unknown) => boolean = checkChatSearchPage;

/** True when `u` is already a valid `ContactListPage` that decoding would return unchanged (no undeclared keys). */
export const isContactListPage: (u: unknown) => boolean = checkContactListPage;

/** True when `u` is already a valid `ContactSearchResponse` that decoding would return unchanged (no undeclared keys). */
export const isContactSearchResponse: (u: unknown) => boolean = checkContactSearchResponse;

/** True when `u` is already a valid `FocusResponse` that decoding would return unchanged (no undeclared keys). */
export const isFocusResponse: (u: unknown) => boolean = checkFocusResponse;

/** True when `u` is already a valid `GetAccountsOutput` that decoding would return unchanged (no undeclared keys). */
export const isGetAccountsOutput: (u: unknown) => boolean = check7;

/** True when `u` is already a valid `InfoRetrieveResponse` that decoding would return unchanged (no undeclared keys). */
export const isInfoRetrieveResponse: (u: unknown) => boolean = checkInfoRetrieveResponse;

/** True when `u` is already a valid `LabelsListResponse` that decoding would return unchanged (no undeclared keys). */
export const isLabelsListResponse: (u: unknown) => boolean = check29;

/** True when `u` is already a valid `LoginFlowListResponse` that decoding would return unchanged (no undeclared keys). */
export const isLoginFlowListResponse: (u: unknown) => boolean = checkLoginFlowListResponse;

/** True when `u` is already a valid `LoginSession` that decoding would return unchanged (no undeclared keys). */
export const isLoginSession: (u: unknown) => boolean = checkLoginSession;

/** True when `u` is already a valid `LoginSessionCancelResponse` that decoding would return unchanged (no undeclared keys). */
export const isLoginSessionCancelResponse: (u: unknown) => boolean = checkLoginSessionCancelResponse;

/** True when `u` is already a valid `Message` that decoding would return unchanged (no undeclared keys). */
export const isMessage: (u: unknown) => boolean = checkMessage;

/** True when `u` is already a valid `MessageListPage` that decoding would return unchanged (no undeclared keys). */
export const isMessageListPage: (u: unknown) => boolean = checkMessageListPage;

/** True when `u` is already a valid `MessageSearchPage` that decoding would return unchanged (no undeclared keys). */
export const isMessageSearchPage: (u: unknown) => boolean = checkMessageSearchPage;

/** True when `u` is already a valid `MessageSendResponse` that decoding would return unchanged (no undeclared keys). */
export const isMessageSendResponse: (u: unknown) => boolean = checkMessageSendResponse;

/** True when `u` is already a valid `MessageUpdateResponse` that decoding would return unchanged (no undeclared keys). */
export const isMessageUpdateResponse: (u: unknown) => boolean = checkMessageUpdateResponse;

/** True when `u` is already a valid `ProvisioningCapabilities` that decoding would return unchanged (no undeclared keys). */
export const isProvisioningCapabilities: (u: unknown) => boolean = checkProvisioningCapabilities;

/** True when `u` is already a valid `ReactionAddResponse` that decoding would return unchanged (no undeclared keys). */
export const isReactionAddResponse: (u: unknown) => boolean = checkReactionAddResponse;

/** True when `u` is already a valid `ReactionDeleteResponse` that decoding would return unchanged (no undeclared keys). */
export const isReactionDeleteResponse: (u: unknown) => boolean = checkReactionDeleteResponse;

/** True when `u` is already a valid `SearchResponse` that decoding would return unchanged (no undeclared keys). */
export const isSearchResponse: (u: unknown) => boolean = checkSearchResponse;

/** True when `u` is already a valid `VerificationActionResult` that decoding would return unchanged (no undeclared keys). */
export const isVerificationActionResult: (u: unknown) => boolean = checkVerificationActionResult;

/** True when `u` is already a valid `VerificationListResponse` that decoding would return unchanged (no undeclared keys). */
export const isVerificationListResponse: (u: unknown) => boolean = checkVerificationListResponse;

/** The fast check of each operation's JSON success body, by operation ID (absent: always decode). */
export const responseValidators: { readonly [operationId: string]: ((u: unknown) => boolean) | undefined } = {
  "accounts.contacts.list": isContactListPage,
  "accounts.contacts.search": isContactSearchResponse,
  "accounts.list": isGetAccountsOutput,
  "accounts.retrieve": isAccount,
  "app.setup.recoveryKey.reset.confirm": isAppRecoveryKeyResetConfirmResponse,
  "app.setup.recoveryKey.reset.create": isAppRecoveryKeyResetResponse,
  "app.setup.recoveryKey.verify": isAppRecoveryKeyVerifyResponse,
  "app.setup.register": isAppSetupSuccess,
  "app.setup.response": isAppSetupResponseResult,
  "app.setup.retrieve": isAppStateSnapshot,
  "app.setup.start": isAppSetupStartResponse,
  "app.setup.verifications.accept": isVerificationActionResult,
  "app.setup.verifications.cancel": isVerificationActionResult,
  "app.setup.verifications.create": isVerificationActionResult,
  "app.setup.verifications.list": isVerificationListResponse,
  "app.setup.verifications.qr.confirmScanned": isVerificationActionResult,
  "app.setup.verifications.qr.scan": isVerificationActionResult,
  "app.setup.verifications.retrieve": isVerificationActionResult,
  "app.setup.verifications.sas.confirm": isVerificationActionResult,
  "app.setup.verifications.sas.start": isVerificationActionResult,
  "assets.download": isAssetDownloadResponse,
  "assets.upload": isAssetUploadBase64Response,
  "assets.uploadBase64": isAssetUploadBase64Response,
  "bridges.list": isBridgeListResponse,
  "bridges.loginFlows.list": isLoginFlowListResponse,
  "bridges.loginSessions.cancel": isLoginSessionCancelResponse,
  "bridges.loginSessions.create": isLoginSession,
  "bridges.loginSessions.retrieve": isLoginSession,
  "bridges.loginSessions.steps.submit": isLoginSession,
  "bridges.logins.list": isBridgeLoginListResponse,
  "bridges.logins.remove": isBridgeLoginRemoveResponse,
  "bridges.logins.retrieve": isBridgeLogin,
  "bridges.retrieve": isBridge,
  "bridges.retrieveCapabilities": isProvisioningCapabilities,
  "chats.create": isChatCreateResponse,
  "chats.list": isChatListPage,
  "chats.markRead": isChat,
  "chats.markUnread": isChat,
  "chats.messages.reactions.add": isReactionAddResponse,
  "chats.messages.reactions.delete": isReactionDeleteResponse,
  "chats.messages.reactions.deleteByQuery": isReactionDeleteResponse,
  "chats.notifyAnyway": isChat,
  "chats.retrieve": isChat,
  "chats.search": isChatSearchPage,
  "chats.start": isChatCreateResponse,
  "chats.update": isChat,
  "focus": isFocusResponse,
  "info.retrieve": isInfoRetrieveResponse,
  "labels.list": isLabelsListResponse,
  "messages.list": isMessageListPage,
  "messages.retrieve": isMessage,
  "messages.search": isMessageSearchPage,
  "messages.send": isMessageSendResponse,
  "messages.update": isMessageUpdateResponse,
  "search": isSearchResponse,
};

function checkAccount(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "accountID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "bridge":
        if (!(checkAccountBridge(p))) return false; n++;
        break;
      case "network": case "loginID": case "statusText":
        if (!(typeof p === "string")) return false;
        break;
      case "user":
        if (!(checkUser(p))) return false; n++;
        break;
      case "status":
        if (!(p === "connected" || p === "connecting" || p === "backfilling" || p === "connection_required" || p === "reconnect_required" || p === "attention_required" || p === "disconnected" || p === "disabled")) return false;
        break;
      case "capabilities":
        if (!(check0(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 3;
}

function checkAccountBridge(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id": case "type":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "provider":
        if (!(p === "cloud" || p === "self-hosted" || p === "local" || p === "platform-sdk")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 3;
}

function checkUser(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "username": case "phoneNumber": case "email": case "fullName": case "imgURL":
        if (!(typeof p === "string")) return false;
        break;
      case "cannotMessage": case "isSelf":
        if (!(typeof p === "boolean")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check0(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) if (!(true)) return false;
  return true;
}

function checkAppRecoveryKeyResetConfirmResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "session":
        if (!(checkAppStateSnapshot(p))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function checkAppStateSnapshot(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "e2ee":
        if (!(checkAppE2EEStatus(p))) return false; n++;
        break;
      case "state":
        if (!(p === "needs-login" || p === "initializing" || p === "needs-cross-signing-setup" || p === "needs-verification" || p === "needs-secrets" || p === "needs-first-sync" || p === "ready")) return false; n++;
        break;
      case "matrix":
        if (!(checkAppMatrixAccount(p))) return false;
        break;
      case "verification":
        if (!(checkVerification(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function checkAppE2EEStatus(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "crossSigning": case "firstSyncDone": case "hasBackedUpRecoveryKey": case "initialized": case "keyBackup": case "secretStorage": case "verified":
        if (!(typeof p === "boolean")) return false; n++;
        break;
      case "secrets":
        if (!(checkAppE2EESecrets(p))) return false; n++;
        break;
      case "recoveryKeyGeneratedAt":
        if (!(Number.isFinite(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 8;
}

function checkAppE2EESecrets(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "masterKey": case "megolmBackupKey": case "recoveryKey": case "selfSigningKey": case "userSigningKey":
        if (!(typeof p === "boolean")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 5;
}

function checkAppMatrixAccount(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "deviceID": case "homeserver": case "userID":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 3;
}

function checkVerification(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "availableActions":
        if (!(check1(p))) return false; n++;
        break;
      case "direction":
        if (!(p === "incoming" || p === "outgoing")) return false; n++;
        break;
      case "methods":
        if (!(check2(p))) return false; n++;
        break;
      case "purpose":
        if (!(p === "login" || p === "device")) return false; n++;
        break;
      case "state":
        if (!(p === "requested" || p === "ready" || p === "sas_ready" || p === "qr_scanned" || p === "done" || p === "cancelled" || p === "error")) return false; n++;
        break;
      case "error":
        if (!(checkVerificationError(p))) return false;
        break;
      case "otherDevice":
        if (!(checkVerificationOtherDevice(p))) return false;
        break;
      case "otherUserID":
        if (!(typeof p === "string")) return false;
        break;
      case "qr":
        if (!(checkVerificationQR(p))) return false;
        break;
      case "sas":
        if (!(checkVerificationSAS(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 6;
}

function check1(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) { const x = u[i]; if (!(x === "accept" || x === "cancel" || x === "qr.confirmScanned" || x === "sas.start" || x === "sas.confirm")) return false; }
  return true;
}

function check2(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) { const x = u[i]; if (!(x === "qr" || x === "sas")) return false; }
  return true;
}

function checkVerificationError(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "code": case "reason":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function checkVerificationOtherDevice(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "name":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function checkVerificationQR(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "data":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function checkVerificationSAS(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "emojis":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "decimals":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function checkAppRecoveryKeyResetResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "recoveryKey":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "session":
        if (!(checkAppStateSnapshot(p))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function checkAppSetupRegistrationRequired(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "copy":
        if (!(checkAppSetupRegistrationCopy(p))) return false; n++;
        break;
      case "leadToken": case "setupRequestID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "registrationRequired":
        if (!(p === true)) return false; n++;
        break;
      case "usernameSuggestions":
        if (!(check3(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 4;
}

function checkAppSetupRegistrationCopy(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "submit":
        if (!(p === "Continue")) return false; n++;
        break;
      case "terms":
        if (!(p === "By continuing, you agree to the Terms of Use and acknowledge the Privacy Policy.")) return false; n++;
        break;
      case "title":
        if (!(p === "Choose your username")) return false; n++;
        break;
      case "usernamePlaceholder":
        if (!(p === "Username")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 4;
}

function check3(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(typeof u[i] === "string")) return false;
  return true;
}

function checkAppSetupSuccess(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "matrix":
        if (!(checkAppMatrixCredentials(p))) return false; n++;
        break;
      case "session":
        if (!(checkAppStateSnapshot(p))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function checkAppMatrixCredentials(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "accessToken": case "deviceID": case "homeserver": case "userID":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 4;
}

function checkAppSetupStartResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "setupRequestID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "signInMethods":
        if (!(check3(p))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function checkAssetDownloadResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "srcURL": case "error":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkAssetUploadBase64Response(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "uploadID": case "srcURL": case "fileName": case "mimeType": case "error":
        if (!(typeof p === "string")) return false;
        break;
      case "fileSize": case "width": case "height": case "duration":
        if (!(Number.isFinite(p))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkBridge(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id": case "displayName": case "type":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "accounts":
        if (!(check7(p))) return false; n++;
        break;
      case "activeAccountCount":
        if (!(Number.isSafeInteger(p))) return false; n++;
        break;
      case "provider":
        if (!(p === "cloud" || p === "self-hosted" || p === "local" || p === "platform-sdk")) return false; n++;
        break;
      case "status":
        if (!(p === "available" || p === "connected" || p === "limit_reached" || p === "temporarily_unavailable" || p === "disabled")) return false; n++;
        break;
      case "supportsMultipleAccounts":
        if (!(typeof p === "boolean")) return false; n++;
        break;
      case "network": case "statusText":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 8;
}

function check7(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkAccount(u[i]))) return false;
  return true;
}

function checkBridgeListResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "items":
        if (!(check8(p))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check8(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkBridge(u[i]))) return false;
  return true;
}

function checkBridgeLogin(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "bridgeID": case "loginID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "removeScopes":
        if (!(check9(p))) return false; n++;
        break;
      case "status":
        if (!(p === "connected" || p === "connecting" || p === "needs_login" || p === "logged_out" || p === "unknown")) return false; n++;
        break;
      case "accountIDs":
        if (!(check3(p))) return false;
        break;
      case "statusText":
        if (!(typeof p === "string")) return false;
        break;
      case "user":
        if (!(checkUser(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 4;
}

function check9(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) { const x = u[i]; if (!(x === "current-device" || x === "all-devices")) return false; }
  return true;
}

function checkBridgeLoginListResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "items":
        if (!(check11(p))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check11(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkBridgeLogin(u[i]))) return false;
  return true;
}

function checkBridgeLoginRemoveResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "bridgeID": case "loginID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "scope":
        if (!(p === "current-device" || p === "all-devices")) return false; n++;
        break;
      case "status":
        if (!(p === "removed")) return false; n++;
        break;
      case "affectedAccountIDs":
        if (!(check3(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 4;
}

function checkChat(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id": case "accountID": case "network": case "title":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "localChatID": case "description": case "imgURL":
        if (!(typeof p === "string" || p === null)) return false;
        break;
      case "type":
        if (!(p === "single" || p === "group")) return false; n++;
        break;
      case "isReadOnly": case "isArchived": case "isMarkedUnread": case "isMuted": case "isPinned": case "isLowPriority":
        if (!(typeof p === "boolean")) return false;
        break;
      case "participants":
        if (!(checkChatParticipants(p))) return false; n++;
        break;
      case "lastActivity":
        if (!(typeof p === "string" && isDateTime(p))) return false;
        break;
      case "unreadCount":
        if (!(Number.isSafeInteger(p))) return false; n++;
        break;
      case "unreadMentionsCount":
        if (!(Number.isSafeInteger(p))) return false;
        break;
      case "lastReadMessageSortKey": case "mergedIntoChatID":
        if (!(typeof p === "string")) return false;
        break;
      case "draft":
        if (!(p === null || check14(p))) return false;
        break;
      case "reminder":
        if (!(p === null || check17(p))) return false;
        break;
      case "snooze":
        if (!(p === null || check18(p))) return false;
        break;
      case "messageExpirySeconds":
        if (!(Number.isSafeInteger(p) || p === null)) return false;
        break;
      case "capabilities":
        if (!(checkChatCapabilities(p))) return false;
        break;
      case "labels":
        if (!(check29(p))) return false;
        break;
      case "merge":
        if (!(checkChatMerge(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 7;
}

function checkChatParticipants(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "items":
        if (!(check13(p))) return false; n++;
        break;
      case "hasMore":
        if (!(typeof p === "boolean")) return false; n++;
        break;
      case "total":
        if (!(Number.isSafeInteger(p))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 3;
}

function check13(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkParticipant(u[i]))) return false;
  return true;
}

function checkParticipant(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "username": case "phoneNumber": case "email": case "fullName": case "imgURL":
        if (!(typeof p === "string")) return false;
        break;
      case "cannotMessage": case "isSelf": case "isAdmin": case "isPending": case "isNetworkBot":
        if (!(typeof p === "boolean")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check14(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "text":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "attachments":
        if (!(check15(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check15(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) if (!(checkDraftAttachment(r[k]))) return false;
  return true;
}

function checkDraftAttachment(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "type":
        if (!(p === "file" || p === "gif" || p === "recorded_audio")) return false; n++;
        break;
      case "mimeType": case "fileName": case "filePath": case "stickerID":
        if (!(typeof p === "string")) return false;
        break;
      case "fileSize": case "audioDurationSeconds":
        if (!(Number.isFinite(p))) return false;
        break;
      case "size":
        if (!(check16(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check16(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "width": case "height":
        if (!(Number.isFinite(p))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function check17(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "remindAt":
        if (!(typeof p === "string" && isDateTime(p))) return false;
        break;
      case "dismissOnIncomingMessage":
        if (!(typeof p === "boolean")) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function check18(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "snoozeUntil": case "userSnoozedAt":
        if (!(typeof p === "string" && isDateTime(p))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkChatCapabilities(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "formatting":
        if (!(check19(p))) return false;
        break;
      case "attachments":
        if (!(check20(p))) return false;
        break;
      case "maxTextLength": case "editMaxCount": case "editMaxAge": case "deleteMaxAge": case "reactionCount":
        if (!(Number.isSafeInteger(p))) return false;
        break;
      case "locationMessage": case "poll": case "thread": case "reply": case "edit": case "delete": case "reaction":
        if (!((typeof p === "number" && p >= -2 && p <= 2 && Number.isInteger(p)))) return false;
        break;
      case "deleteForMe": case "customEmojiReactions": case "readReceipts": case "typingNotifications": case "archive": case "markAsUnread": case "deleteChat": case "deleteChatForEveryone":
        if (!(typeof p === "boolean")) return false;
        break;
      case "messageRequest":
        if (!(checkChatMessageRequestCapabilities(p))) return false;
        break;
      case "allowedReactions":
        if (!(check3(p))) return false;
        break;
      case "disappearingTimer":
        if (!(checkChatDisappearingTimerCapabilities(p))) return false;
        break;
      case "participantActions":
        if (!(checkChatParticipantActionCapabilities(p))) return false;
        break;
      case "state":
        if (!(checkChatStateCapabilities(p))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function check19(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) { const x = r[k]; if (!((typeof x === "number" && x >= -2 && x <= 2 && Number.isInteger(x)))) return false; }
  return true;
}

function check20(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) if (!(checkAttachmentCapability(r[k]))) return false;
  return true;
}

function checkAttachmentCapability(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "mimeTypes":
        if (!(check19(p))) return false; n++;
        break;
      case "caption":
        if (!((typeof p === "number" && p >= -2 && p <= 2 && Number.isInteger(p)))) return false;
        break;
      case "maxCaptionLength": case "maxSize": case "maxWidth": case "maxHeight": case "maxDuration":
        if (!(Number.isSafeInteger(p))) return false;
        break;
      case "viewOnce":
        if (!(typeof p === "boolean")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function checkChatMessageRequestCapabilities(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "acceptWithMessage": case "acceptWithButton":
        if (!((typeof p === "number" && p >= -2 && p <= 2 && Number.isInteger(p)))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkChatDisappearingTimerCapabilities(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "types":
        if (!(check23(p))) return false;
        break;
      case "timers":
        if (!(check24(p))) return false;
        break;
      case "omitEmptyTimer":
        if (!(typeof p === "boolean")) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function check23(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) { const x = u[i]; if (!(x === "afterRead" || x === "afterSend")) return false; }
  return true;
}

function check24(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(Number.isSafeInteger(u[i]))) return false;
  return true;
}

function checkChatParticipantActionCapabilities(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "ban": case "invite": case "kick": case "leave": case "revokeInvite":
        if (!((typeof p === "number" && p >= -2 && p <= 2 && Number.isInteger(p)))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkChatStateCapabilities(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "disappearingTimer": case "avatar": case "title": case "description":
        if (!(check25(p))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function check25(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "level":
        if (!((typeof p === "number" && p >= -2 && p <= 2 && Number.isInteger(p)))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check29(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkLabel(u[i]))) return false;
  return true;
}

function checkLabel(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id": case "name":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function checkChatMerge(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chatIDs":
        if (!(check3(p))) return false; n++;
        break;
      case "defaultChatID":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function checkChatCreateResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id": case "accountID": case "network": case "title": case "chatID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "localChatID": case "description": case "imgURL":
        if (!(typeof p === "string" || p === null)) return false;
        break;
      case "type":
        if (!(p === "single" || p === "group")) return false; n++;
        break;
      case "isReadOnly": case "isArchived": case "isMarkedUnread": case "isMuted": case "isPinned": case "isLowPriority":
        if (!(typeof p === "boolean")) return false;
        break;
      case "participants":
        if (!(checkChatParticipants(p))) return false; n++;
        break;
      case "lastActivity":
        if (!(typeof p === "string" && isDateTime(p))) return false;
        break;
      case "unreadCount":
        if (!(Number.isSafeInteger(p))) return false; n++;
        break;
      case "unreadMentionsCount":
        if (!(Number.isSafeInteger(p))) return false;
        break;
      case "lastReadMessageSortKey": case "mergedIntoChatID":
        if (!(typeof p === "string")) return false;
        break;
      case "draft":
        if (!(p === null || check14(p))) return false;
        break;
      case "reminder":
        if (!(p === null || check17(p))) return false;
        break;
      case "snooze":
        if (!(p === null || check18(p))) return false;
        break;
      case "messageExpirySeconds":
        if (!(Number.isSafeInteger(p) || p === null)) return false;
        break;
      case "capabilities":
        if (!(checkChatCapabilities(p))) return false;
        break;
      case "labels":
        if (!(check29(p))) return false;
        break;
      case "merge":
        if (!(checkChatMerge(p))) return false;
        break;
      case "status":
        if (!(p === "existing" || p === "created")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 8;
}

function checkChatListPage(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "items":
        if (!(check31(p))) return false; n++;
        break;
      case "hasMore":
        if (!(typeof p === "boolean")) return false; n++;
        break;
      case "oldestCursor": case "newestCursor":
        if (!(typeof p === "string" || p === null)) return false;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check31(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkChatWithPreview(u[i]))) return false;
  return true;
}

function checkChatWithPreview(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id": case "accountID": case "network": case "title":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "localChatID": case "description": case "imgURL":
        if (!(typeof p === "string" || p === null)) return false;
        break;
      case "type":
        if (!(p === "single" || p === "group")) return false; n++;
        break;
      case "isReadOnly": case "isArchived": case "isMarkedUnread": case "isMuted": case "isPinned": case "isLowPriority":
        if (!(typeof p === "boolean")) return false;
        break;
      case "participants":
        if (!(checkChatParticipants(p))) return false; n++;
        break;
      case "lastActivity":
        if (!(typeof p === "string" && isDateTime(p))) return false;
        break;
      case "unreadCount":
        if (!(Number.isSafeInteger(p))) return false; n++;
        break;
      case "unreadMentionsCount":
        if (!(Number.isSafeInteger(p))) return false;
        break;
      case "lastReadMessageSortKey": case "mergedIntoChatID":
        if (!(typeof p === "string")) return false;
        break;
      case "draft":
        if (!(p === null || check14(p))) return false;
        break;
      case "reminder":
        if (!(p === null || check17(p))) return false;
        break;
      case "snooze":
        if (!(p === null || check18(p))) return false;
        break;
      case "messageExpirySeconds":
        if (!(Number.isSafeInteger(p) || p === null)) return false;
        break;
      case "capabilities":
        if (!(checkChatCapabilities(p))) return false;
        break;
      case "labels":
        if (!(check29(p))) return false;
        break;
      case "merge":
        if (!(checkChatMerge(p))) return false;
        break;
      case "preview":
        if (!(checkMessage(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 7;
}

function checkMessage(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id": case "chatID": case "accountID": case "senderID": case "sortKey":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "senderName": case "text": case "linkedMessageID":
        if (!(typeof p === "string")) return false;
        break;
      case "timestamp":
        if (!(typeof p === "string" && isDateTime(p))) return false; n++;
        break;
      case "type":
        if (!(p === "TEXT" || p === "NOTICE" || p === "IMAGE" || p === "VIDEO" || p === "VOICE" || p === "AUDIO" || p === "FILE" || p === "STICKER" || p === "LOCATION" || p === "REACTION")) return false;
        break;
      case "editedTimestamp":
        if (!(typeof p === "string" && isDateTime(p))) return false;
        break;
      case "isSender": case "isHidden": case "isDeleted": case "isUnread":
        if (!(typeof p === "boolean")) return false;
        break;
      case "sendStatus":
        if (!(checkMessageSendStatus(p))) return false;
        break;
      case "attachments":
        if (!(check33(p))) return false;
        break;
      case "mentions":
        if (!(p === null || check3(p))) return false;
        break;
      case "links":
        if (!(check36(p))) return false;
        break;
      case "reactions":
        if (!(check38(p))) return false;
        break;
      case "seen":
        if (!(typeof p === "boolean" || (typeof p === "string" && isDateTime(p)) || checkMessageSeenByParticipant(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 6;
}

function checkMessageSendStatus(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "reason": case "message": case "internalError":
        if (!(typeof p === "string")) return false;
        break;
      case "status":
        if (!(p === "SUCCESS" || p === "PENDING" || p === "FAIL_RETRIABLE" || p === "FAIL_PERMANENT")) return false; n++;
        break;
      case "timestamp":
        if (!(typeof p === "string" && isDateTime(p))) return false; n++;
        break;
      case "deliveredToUsers":
        if (!(check3(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check33(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkAttachment(u[i]))) return false;
  return true;
}

function checkAttachment(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id": case "srcURL": case "mimeType": case "fileName": case "posterImg":
        if (!(typeof p === "string")) return false;
        break;
      case "type":
        if (!(p === "unknown" || p === "img" || p === "video" || p === "audio")) return false; n++;
        break;
      case "fileSize": case "duration":
        if (!(Number.isFinite(p))) return false;
        break;
      case "isGif": case "isSticker": case "isVoiceNote":
        if (!(typeof p === "boolean")) return false;
        break;
      case "transcription":
        if (!(checkTranscription(p))) return false;
        break;
      case "size":
        if (!(check16(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function checkTranscription(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "transcription": case "engine":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "language":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check36(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkLinkPreview(u[i]))) return false;
  return true;
}

function checkLinkPreview(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "url": case "title":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "originalURL": case "favicon": case "img": case "summary":
        if (!(typeof p === "string")) return false;
        break;
      case "imgSize":
        if (!(check16(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check38(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkReaction(u[i]))) return false;
  return true;
}

function checkReaction(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id": case "reactionKey": case "participantID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "imgURL":
        if (!(typeof p === "string")) return false;
        break;
      case "emoji":
        if (!(typeof p === "boolean")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 3;
}

function checkMessageSeenByParticipant(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) { const x = r[k]; if (!(typeof x === "boolean" || (typeof x === "string" && isDateTime(x)))) return false; }
  return true;
}

function checkChatSearchPage(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "items":
        if (!(check39(p))) return false; n++;
        break;
      case "hasMore":
        if (!(typeof p === "boolean")) return false; n++;
        break;
      case "oldestCursor": case "newestCursor":
        if (!(typeof p === "string" || p === null)) return false;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check39(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkChat(u[i]))) return false;
  return true;
}

function checkContactListPage(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "items":
        if (!(check40(p))) return false; n++;
        break;
      case "hasMore":
        if (!(typeof p === "boolean")) return false; n++;
        break;
      case "oldestCursor": case "newestCursor":
        if (!(typeof p === "string" || p === null)) return false;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check40(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkUser(u[i]))) return false;
  return true;
}

function checkContactSearchResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "items":
        if (!(check40(p))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function checkFocusResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "success":
        if (!(typeof p === "boolean")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function checkInfoRetrieveResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "app":
        if (!(check42(p))) return false; n++;
        break;
      case "platform":
        if (!(check43(p))) return false; n++;
        break;
      case "server":
        if (!(check44(p))) return false; n++;
        break;
      case "endpoints":
        if (!(check45(p))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 4;
}

function check42(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "name": case "version": case "bundle_id":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 3;
}

function check43(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "os": case "arch":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "release":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check44(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "status": case "base_url": case "hostname":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "port":
        if (!(Number.isSafeInteger(p))) return false; n++;
        break;
      case "remote_access": case "mcp_enabled":
        if (!(typeof p === "boolean")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 6;
}

function check45(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "oauth":
        if (!(check46(p))) return false; n++;
        break;
      case "spec": case "mcp": case "ws_events":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 4;
}

function check46(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "authorization_endpoint": case "token_endpoint": case "introspection_endpoint": case "userinfo_endpoint": case "revocation_endpoint": case "registration_endpoint":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 6;
}

function checkLoginFlowListResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "items":
        if (!(check48(p))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check48(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkLoginFlow(u[i]))) return false;
  return true;
}

function checkLoginFlow(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "description": case "name":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function checkLoginSession(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "bridgeID": case "loginSessionID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "status":
        if (!(p === "waiting_for_input" || p === "waiting_for_cookies" || p === "waiting_for_display" || p === "complete" || p === "cancelled" || p === "failed")) return false; n++;
        break;
      case "account":
        if (!(checkAccount(p))) return false;
        break;
      case "accountID": case "loginID":
        if (!(typeof p === "string")) return false;
        break;
      case "currentStep":
        if (!(checkUserInputLoginStep(p) || checkCookiesLoginStep(p) || checkDisplayAndWaitLoginStep(p) || checkCompleteLoginStep(p))) return false;
        break;
      case "error":
        if (!(checkAPIError(p))) return false;
        break;
      case "login":
        if (!(checkBridgeLogin(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 3;
}

function checkUserInputLoginStep(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "type":
        if (!(p === "user_input")) return false; n++;
        break;
      case "fields":
        if (!(check49(p))) return false; n++;
        break;
      case "stepID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "attachments":
        if (!(check50(p))) return false;
        break;
      case "instructions":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 3;
}

function check49(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkLoginInputField(u[i]))) return false;
  return true;
}

function checkLoginInputField(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "initialValue": case "label": case "placeholder": case "type":
        if (!(typeof p === "string")) return false;
        break;
      case "optional":
        if (!(typeof p === "boolean")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check50(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(true)) return false;
  return true;
}

function checkCookiesLoginStep(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "type":
        if (!(p === "cookies")) return false; n++;
        break;
      case "fields":
        if (!(check51(p))) return false; n++;
        break;
      case "stepID": case "url":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "expectedFinalURLRegex": case "extractJS": case "instructions": case "userAgent":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 4;
}

function check51(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkCookieField(u[i]))) return false;
  return true;
}

function checkCookieField(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "name":
        if (!(typeof p === "string")) return false;
        break;
      case "type":
        if (!(p === "cookie" || p === "header" || p === "local_storage")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function checkDisplayAndWaitLoginStep(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "type":
        if (!(p === "display_and_wait")) return false; n++;
        break;
      case "display":
        if (!(checkQRLoginDisplay(p) || checkEmojiLoginDisplay(p) || checkNothingLoginDisplay(p) || checkCodeLoginDisplay(p))) return false; n++;
        break;
      case "stepID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "instructions":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 3;
}

function checkQRLoginDisplay(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "type":
        if (!(p === "qr")) return false; n++;
        break;
      case "data":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function checkEmojiLoginDisplay(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "type":
        if (!(p === "emoji")) return false; n++;
        break;
      case "imageURL":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function checkNothingLoginDisplay(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "type":
        if (!(p === "nothing")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function checkCodeLoginDisplay(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "type":
        if (!(p === "code")) return false; n++;
        break;
      case "data":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function checkCompleteLoginStep(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "type":
        if (!(p === "complete")) return false; n++;
        break;
      case "account":
        if (!(checkAccount(p))) return false;
        break;
      case "instructions": case "stepID":
        if (!(typeof p === "string")) return false;
        break;
      case "login":
        if (!(checkBridgeLogin(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function checkAPIError(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "code": case "message":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "details":
        if (!(check0(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function checkLoginSessionCancelResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "bridgeID": case "loginSessionID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "status":
        if (!(p === "cancelled")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 3;
}

function checkMessageListPage(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "items":
        if (!(check53(p))) return false; n++;
        break;
      case "hasMore":
        if (!(typeof p === "boolean")) return false; n++;
        break;
      case "oldestCursor": case "newestCursor":
        if (!(typeof p === "string" || p === null)) return false;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check53(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkMessage(u[i]))) return false;
  return true;
}

function checkMessageSearchPage(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "items":
        if (!(check53(p))) return false; n++;
        break;
      case "hasMore":
        if (!(typeof p === "boolean")) return false; n++;
        break;
      case "oldestCursor": case "newestCursor":
        if (!(typeof p === "string" || p === null)) return false;
        break;
      case "chats":
        if (!(check55(p))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 3;
}

function check55(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) if (!(checkChat(r[k]))) return false;
  return true;
}

function checkMessageSendResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chatID": case "pendingMessageID":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function checkMessageUpdateResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id": case "chatID": case "accountID": case "senderID": case "sortKey": case "messageID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "senderName": case "text": case "linkedMessageID":
        if (!(typeof p === "string")) return false;
        break;
      case "timestamp":
        if (!(typeof p === "string" && isDateTime(p))) return false; n++;
        break;
      case "type":
        if (!(p === "TEXT" || p === "NOTICE" || p === "IMAGE" || p === "VIDEO" || p === "VOICE" || p === "AUDIO" || p === "FILE" || p === "STICKER" || p === "LOCATION" || p === "REACTION")) return false;
        break;
      case "editedTimestamp":
        if (!(typeof p === "string" && isDateTime(p))) return false;
        break;
      case "isSender": case "isHidden": case "isDeleted": case "isUnread":
        if (!(typeof p === "boolean")) return false;
        break;
      case "sendStatus":
        if (!(checkMessageSendStatus(p))) return false;
        break;
      case "attachments":
        if (!(check33(p))) return false;
        break;
      case "mentions":
        if (!(p === null || check3(p))) return false;
        break;
      case "links":
        if (!(check36(p))) return false;
        break;
      case "reactions":
        if (!(check38(p))) return false;
        break;
      case "seen":
        if (!(typeof p === "boolean" || (typeof p === "string" && isDateTime(p)) || checkMessageSeenByParticipant(p))) return false;
        break;
      case "success":
        if (!(p === true)) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 8;
}

function checkProvisioningCapabilities(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "group_creation":
        if (!(check56(p))) return false; n++;
        break;
      case "resolve_identifier":
        if (!(checkResolveIdentifierCapabilities(p))) return false; n++;
        break;
      case "image_pack_import":
        if (!(typeof p === "boolean")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check56(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) if (!(checkGroupTypeCapabilities(r[k]))) return false;
  return true;
}

function checkGroupTypeCapabilities(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "type_description":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "avatar": case "disappear": case "name": case "parent": case "participants": case "topic": case "username":
        if (!(checkGroupFieldCapability(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function checkGroupFieldCapability(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "allowed":
        if (!(typeof p === "boolean")) return false; n++;
        break;
      case "max_length": case "min_length":
        if (!(Number.isSafeInteger(p))) return false;
        break;
      case "required":
        if (!(typeof p === "boolean")) return false;
        break;
      case "settings":
        if (!(checkDisappearingTimerCapability(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function checkDisappearingTimerCapability(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "types":
        if (!(check57(p))) return false; n++;
        break;
      case "omit_empty_timer":
        if (!(p === true)) return false;
        break;
      case "timers":
        if (!(check24(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check57(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) { const x = u[i]; if (!(x === "" || x === "after_read" || x === "after_send")) return false; }
  return true;
}

function checkResolveIdentifierCapabilities(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "any_phone": case "contact_list": case "create_dm": case "lookup_email": case "lookup_phone": case "lookup_username": case "search":
        if (!(typeof p === "boolean")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 7;
}

function checkReactionAddResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "success":
        if (!(p === true)) return false; n++;
        break;
      case "chatID": case "messageID": case "reactionKey": case "transactionID":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 5;
}

function checkReactionDeleteResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "success":
        if (!(p === true)) return false; n++;
        break;
      case "chatID": case "messageID": case "reactionKey":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 4;
}

function checkSearchResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "results":
        if (!(check59(p))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check59(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chats": case "in_groups":
        if (!(check39(p))) return false; n++;
        break;
      case "messages":
        if (!(checkMessageSearchPage(p))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 3;
}

function checkVerificationActionResult(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "session":
        if (!(checkAppStateSnapshot(p))) return false; n++;
        break;
      case "verification":
        if (!(checkVerification(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function checkVerificationListResponse(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "items":
        if (!(check62(p))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check62(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkVerification(u[i]))) return false;
  return true;
}

function looseAppSetupSuccess(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let p: unknown;
  p = r["matrix"];
  if (!(looseAppMatrixCredentials(p))) return false;
  p = r["session"];
  if (!(looseAppStateSnapshot(p))) return false;
  return true;
}

function looseAppMatrixCredentials(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let p: unknown;
  p = r["accessToken"];
  if (!(typeof p === "string")) return false;
  p = r["deviceID"];
  if (!(typeof p === "string")) return false;
  p = r["homeserver"];
  if (!(typeof p === "string")) return false;
  p = r["userID"];
  if (!(typeof p === "string")) return false;
  return true;
}

function looseAppStateSnapshot(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let p: unknown;
  p = r["e2ee"];
  if (!(looseAppE2EEStatus(p))) return false;
  p = r["state"];
  if (!(p === "needs-login" || p === "initializing" || p === "needs-cross-signing-setup" || p === "needs-verification" || p === "needs-secrets" || p === "needs-first-sync" || p === "ready")) return false;
  p = r["matrix"];
  if (p !== undefined && !(looseAppMatrixAccount(p))) return false;
  p = r["verification"];
  if (p !== undefined && !(looseVerification(p))) return false;
  return true;
}

function looseAppE2EEStatus(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let p: unknown;
  p = r["crossSigning"];
  if (!(typeof p === "boolean")) return false;
  p = r["firstSyncDone"];
  if (!(typeof p === "boolean")) return false;
  p = r["hasBackedUpRecoveryKey"];
  if (!(typeof p === "boolean")) return false;
  p = r["initialized"];
  if (!(typeof p === "boolean")) return false;
  p = r["keyBackup"];
  if (!(typeof p === "boolean")) return false;
  p = r["secrets"];
  if (!(looseAppE2EESecrets(p))) return false;
  p = r["secretStorage"];
  if (!(typeof p === "boolean")) return false;
  p = r["verified"];
  if (!(typeof p === "boolean")) return false;
  p = r["recoveryKeyGeneratedAt"];
  if (p !== undefined && !(Number.isFinite(p))) return false;
  return true;
}

function looseAppE2EESecrets(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let p: unknown;
  p = r["masterKey"];
  if (!(typeof p === "boolean")) return false;
  p = r["megolmBackupKey"];
  if (!(typeof p === "boolean")) return false;
  p = r["recoveryKey"];
  if (!(typeof p === "boolean")) return false;
  p = r["selfSigningKey"];
  if (!(typeof p === "boolean")) return false;
  p = r["userSigningKey"];
  if (!(typeof p === "boolean")) return false;
  return true;
}

function looseAppMatrixAccount(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let p: unknown;
  p = r["deviceID"];
  if (!(typeof p === "string")) return false;
  p = r["homeserver"];
  if (!(typeof p === "string")) return false;
  p = r["userID"];
  if (!(typeof p === "string")) return false;
  return true;
}

function looseVerification(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let p: unknown;
  p = r["id"];
  if (!(typeof p === "string")) return false;
  p = r["availableActions"];
  if (!(loose4(p))) return false;
  p = r["direction"];
  if (!(p === "incoming" || p === "outgoing")) return false;
  p = r["methods"];
  if (!(loose5(p))) return false;
  p = r["purpose"];
  if (!(p === "login" || p === "device")) return false;
  p = r["state"];
  if (!(p === "requested" || p === "ready" || p === "sas_ready" || p === "qr_scanned" || p === "done" || p === "cancelled" || p === "error")) return false;
  p = r["error"];
  if (p !== undefined && !(looseVerificationError(p))) return false;
  p = r["otherDevice"];
  if (p !== undefined && !(looseVerificationOtherDevice(p))) return false;
  p = r["otherUserID"];
  if (p !== undefined && !(typeof p === "string")) return false;
  p = r["qr"];
  if (p !== undefined && !(looseVerificationQR(p))) return false;
  p = r["sas"];
  if (p !== undefined && !(looseVerificationSAS(p))) return false;
  return true;
}

function loose4(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) { const x = u[i]; if (!(x === "accept" || x === "cancel" || x === "qr.confirmScanned" || x === "sas.start" || x === "sas.confirm")) return false; }
  return true;
}

function loose5(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) { const x = u[i]; if (!(x === "qr" || x === "sas")) return false; }
  return true;
}

function looseVerificationError(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let p: unknown;
  p = r["code"];
  if (!(typeof p === "string")) return false;
  p = r["reason"];
  if (!(typeof p === "string")) return false;
  return true;
}

function looseVerificationOtherDevice(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let p: unknown;
  p = r["id"];
  if (!(typeof p === "string")) return false;
  p = r["name"];
  if (p !== undefined && !(typeof p === "string")) return false;
  return true;
}

function looseVerificationQR(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let p: unknown;
  p = r["data"];
  if (!(typeof p === "string")) return false;
  return true;
}

function looseVerificationSAS(u: unknown): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let p: unknown;
  p = r["emojis"];
  if (!(typeof p === "string")) return false;
  p = r["decimals"];
  if (p !== undefined && !(typeof p === "string")) return false;
  return true;
}
