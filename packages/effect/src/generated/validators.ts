// generated — do not edit.
// Source: spec/openapi.yaml · generator: @hey-api/openapi-ts 0.99.0 + @beeper-kit/effect-schema plugin · regenerate with `pnpm generate`.

// Fast response checks: see @beeper-kit/codegen src/effect/validators.ts. Each `is<Schema>` is true only when
// decoding with that Schema would succeed and return the input unchanged; false means "run the Schema decode".

/** True when `u` is already a valid `Account` that decoding would return unchanged (no undeclared keys). */
export const isAccount = (u: unknown): boolean => checkAccount(u, true);

/** True when `u` is already a valid `AppRecoveryKeyResetConfirmResponse` that decoding would return unchanged (no undeclared keys). */
export const isAppRecoveryKeyResetConfirmResponse = (u: unknown): boolean => checkAppRecoveryKeyResetConfirmResponse(u, true);

/** True when `u` is already a valid `AppRecoveryKeyResetResponse` that decoding would return unchanged (no undeclared keys). */
export const isAppRecoveryKeyResetResponse = (u: unknown): boolean => checkAppRecoveryKeyResetResponse(u, true);

/** True when `u` is already a valid `AppRecoveryKeyVerifyResponse` that decoding would return unchanged (no undeclared keys). */
export const isAppRecoveryKeyVerifyResponse = (u: unknown): boolean => checkAppRecoveryKeyVerifyResponse(u, true);

/** True when `u` is already a valid `AppSetupResponseResult` that decoding would return unchanged (no undeclared keys). */
export const isAppSetupResponseResult = (u: unknown): boolean => ((checkAppSetupSuccess(u, false) ? checkAppSetupSuccess(u, true) : (checkAppSetupRegistrationRequired(u, false) ? checkAppSetupRegistrationRequired(u, true) : false)));

/** True when `u` is already a valid `AppSetupStartResponse` that decoding would return unchanged (no undeclared keys). */
export const isAppSetupStartResponse = (u: unknown): boolean => checkAppSetupStartResponse(u, true);

/** True when `u` is already a valid `AppSetupSuccess` that decoding would return unchanged (no undeclared keys). */
export const isAppSetupSuccess = (u: unknown): boolean => checkAppSetupSuccess(u, true);

/** True when `u` is already a valid `AppStateSnapshot` that decoding would return unchanged (no undeclared keys). */
export const isAppStateSnapshot = (u: unknown): boolean => checkAppStateSnapshot(u, true);

/** True when `u` is already a valid `AssetDownloadResponse` that decoding would return unchanged (no undeclared keys). */
export const isAssetDownloadResponse = (u: unknown): boolean => checkAssetDownloadResponse(u, true);

/** True when `u` is already a valid `AssetUploadBase64Response` that decoding would return unchanged (no undeclared keys). */
export const isAssetUploadBase64Response = (u: unknown): boolean => checkAssetUploadBase64Response(u, true);

/** True when `u` is already a valid `Bridge` that decoding would return unchanged (no undeclared keys). */
export const isBridge = (u: unknown): boolean => checkBridge(u, true);

/** True when `u` is already a valid `BridgeListResponse` that decoding would return unchanged (no undeclared keys). */
export const isBridgeListResponse = (u: unknown): boolean => checkBridgeListResponse(u, true);

/** True when `u` is already a valid `BridgeLogin` that decoding would return unchanged (no undeclared keys). */
export const isBridgeLogin = (u: unknown): boolean => checkBridgeLogin(u, true);

/** True when `u` is already a valid `BridgeLoginListResponse` that decoding would return unchanged (no undeclared keys). */
export const isBridgeLoginListResponse = (u: unknown): boolean => checkBridgeLoginListResponse(u, true);

/** True when `u` is already a valid `BridgeLoginRemoveResponse` that decoding would return unchanged (no undeclared keys). */
export const isBridgeLoginRemoveResponse = (u: unknown): boolean => checkBridgeLoginRemoveResponse(u, true);

/** True when `u` is already a valid `Chat` that decoding would return unchanged (no undeclared keys). */
export const isChat = (u: unknown): boolean => checkChat(u, true);

/** True when `u` is already a valid `ChatCreateResponse` that decoding would return unchanged (no undeclared keys). */
export const isChatCreateResponse = (u: unknown): boolean => checkChatCreateResponse(u, true);

/** True when `u` is already a valid `ChatListPage` that decoding would return unchanged (no undeclared keys). */
export const isChatListPage = (u: unknown): boolean => checkChatListPage(u, true);

/** True when `u` is already a valid `ChatSearchPage` that decoding would return unchanged (no undeclared keys). */
export const isChatSearchPage = (u: unknown): boolean => checkChatSearchPage(u, true);

/** True when `u` is already a valid `ContactListPage` that decoding would return unchanged (no undeclared keys). */
export const isContactListPage = (u: unknown): boolean => checkContactListPage(u, true);

/** True when `u` is already a valid `ContactSearchResponse` that decoding would return unchanged (no undeclared keys). */
export const isContactSearchResponse = (u: unknown): boolean => checkContactSearchResponse(u, true);

/** True when `u` is already a valid `FocusResponse` that decoding would return unchanged (no undeclared keys). */
export const isFocusResponse = (u: unknown): boolean => checkFocusResponse(u, true);

/** True when `u` is already a valid `GetAccountsOutput` that decoding would return unchanged (no undeclared keys). */
export const isGetAccountsOutput = (u: unknown): boolean => checkGetAccountsOutput(u, true);

/** True when `u` is already a valid `InfoRetrieveResponse` that decoding would return unchanged (no undeclared keys). */
export const isInfoRetrieveResponse = (u: unknown): boolean => checkInfoRetrieveResponse(u, true);

/** True when `u` is already a valid `LabelsListResponse` that decoding would return unchanged (no undeclared keys). */
export const isLabelsListResponse = (u: unknown): boolean => check61(u, true);

/** True when `u` is already a valid `LoginFlowListResponse` that decoding would return unchanged (no undeclared keys). */
export const isLoginFlowListResponse = (u: unknown): boolean => checkLoginFlowListResponse(u, true);

/** True when `u` is already a valid `LoginSession` that decoding would return unchanged (no undeclared keys). */
export const isLoginSession = (u: unknown): boolean => checkLoginSession(u, true);

/** True when `u` is already a valid `LoginSessionCancelResponse` that decoding would return unchanged (no undeclared keys). */
export const isLoginSessionCancelResponse = (u: unknown): boolean => checkLoginSessionCancelResponse(u, true);

/** True when `u` is already a valid `Message` that decoding would return unchanged (no undeclared keys). */
export const isMessage = (u: unknown): boolean => checkMessage(u, true);

/** True when `u` is already a valid `MessageListPage` that decoding would return unchanged (no undeclared keys). */
export const isMessageListPage = (u: unknown): boolean => checkMessageListPage(u, true);

/** True when `u` is already a valid `MessageSearchPage` that decoding would return unchanged (no undeclared keys). */
export const isMessageSearchPage = (u: unknown): boolean => checkMessageSearchPage(u, true);

/** True when `u` is already a valid `MessageSendResponse` that decoding would return unchanged (no undeclared keys). */
export const isMessageSendResponse = (u: unknown): boolean => checkMessageSendResponse(u, true);

/** True when `u` is already a valid `MessageUpdateResponse` that decoding would return unchanged (no undeclared keys). */
export const isMessageUpdateResponse = (u: unknown): boolean => checkMessageUpdateResponse(u, true);

/** True when `u` is already a valid `ProvisioningCapabilities` that decoding would return unchanged (no undeclared keys). */
export const isProvisioningCapabilities = (u: unknown): boolean => checkProvisioningCapabilities(u, true);

/** True when `u` is already a valid `ReactionAddResponse` that decoding would return unchanged (no undeclared keys). */
export const isReactionAddResponse = (u: unknown): boolean => checkReactionAddResponse(u, true);

/** True when `u` is already a valid `ReactionDeleteResponse` that decoding would return unchanged (no undeclared keys). */
export const isReactionDeleteResponse = (u: unknown): boolean => checkReactionDeleteResponse(u, true);

/** True when `u` is already a valid `SearchResponse` that decoding would return unchanged (no undeclared keys). */
export const isSearchResponse = (u: unknown): boolean => checkSearchResponse(u, true);

/** True when `u` is already a valid `VerificationActionResult` that decoding would return unchanged (no undeclared keys). */
export const isVerificationActionResult = (u: unknown): boolean => checkVerificationActionResult(u, true);

/** True when `u` is already a valid `VerificationListResponse` that decoding would return unchanged (no undeclared keys). */
export const isVerificationListResponse = (u: unknown): boolean => checkVerificationListResponse(u, true);

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

function checkAccount(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["accountID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["bridge"];
    if (p === undefined || !(checkAccountBridge(p, s))) return false;
    n++;
  }
  {
    const p = r["network"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["user"];
    if (p === undefined || !(checkUser(p, s))) return false;
    n++;
  }
  {
    const p = r["status"];
    if (p !== undefined) { n++; if (!((p === "connected" || p === "connecting" || p === "backfilling" || p === "connection_required" || p === "reconnect_required" || p === "attention_required" || p === "disconnected" || p === "disabled" || false))) return false; }
  }
  {
    const p = r["capabilities"];
    if (p !== undefined) { n++; if (!(check0(p, s))) return false; }
  }
  {
    const p = r["loginID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["statusText"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkAccountBridge(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["type"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["provider"];
    if (p === undefined || !((p === "cloud" || p === "self-hosted" || p === "local" || p === "platform-sdk" || false))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkUser(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["username"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["phoneNumber"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["email"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["fullName"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["imgURL"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["cannotMessage"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isSelf"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check0(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) { const x = r[k]; if (!(true)) return false; }
  return true;
}

function checkAppRecoveryKeyResetConfirmResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["session"];
    if (p === undefined || !(checkAppStateSnapshot(p, s))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkAppStateSnapshot(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["e2ee"];
    if (p === undefined || !(checkAppE2EEStatus(p, s))) return false;
    n++;
  }
  {
    const p = r["state"];
    if (p === undefined || !((p === "needs-login" || p === "initializing" || p === "needs-cross-signing-setup" || p === "needs-verification" || p === "needs-secrets" || p === "needs-first-sync" || p === "ready" || false))) return false;
    n++;
  }
  {
    const p = r["matrix"];
    if (p !== undefined) { n++; if (!(check1(p, s))) return false; }
  }
  {
    const p = r["verification"];
    if (p !== undefined) { n++; if (!(check2(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkAppE2EEStatus(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["crossSigning"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["firstSyncDone"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["hasBackedUpRecoveryKey"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["initialized"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["keyBackup"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["secrets"];
    if (p === undefined || !(checkAppE2EESecrets(p, s))) return false;
    n++;
  }
  {
    const p = r["secretStorage"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["verified"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["recoveryKeyGeneratedAt"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isFinite(p)))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkAppE2EESecrets(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["masterKey"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["megolmBackupKey"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["recoveryKey"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["selfSigningKey"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["userSigningKey"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check1(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["deviceID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["homeserver"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["userID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check2(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["availableActions"];
    if (p === undefined || !(check3(p, s))) return false;
    n++;
  }
  {
    const p = r["direction"];
    if (p === undefined || !((p === "incoming" || p === "outgoing" || false))) return false;
    n++;
  }
  {
    const p = r["methods"];
    if (p === undefined || !(check4(p, s))) return false;
    n++;
  }
  {
    const p = r["purpose"];
    if (p === undefined || !((p === "login" || p === "device" || false))) return false;
    n++;
  }
  {
    const p = r["state"];
    if (p === undefined || !((p === "requested" || p === "ready" || p === "sas_ready" || p === "qr_scanned" || p === "done" || p === "cancelled" || p === "error" || false))) return false;
    n++;
  }
  {
    const p = r["error"];
    if (p !== undefined) { n++; if (!(check5(p, s))) return false; }
  }
  {
    const p = r["otherDevice"];
    if (p !== undefined) { n++; if (!(check6(p, s))) return false; }
  }
  {
    const p = r["otherUserID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["qr"];
    if (p !== undefined) { n++; if (!(check7(p, s))) return false; }
  }
  {
    const p = r["sas"];
    if (p !== undefined) { n++; if (!(check8(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check3(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!((u[i] === "accept" || u[i] === "cancel" || u[i] === "qr.confirmScanned" || u[i] === "sas.start" || u[i] === "sas.confirm" || false))) return false;
  return true;
}

function check4(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!((u[i] === "qr" || u[i] === "sas" || false))) return false;
  return true;
}

function check5(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["code"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["reason"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check6(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["name"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check7(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["data"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check8(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["emojis"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["decimals"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkAppRecoveryKeyResetResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["recoveryKey"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["session"];
    if (p === undefined || !(checkAppStateSnapshot(p, s))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkAppRecoveryKeyVerifyResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["session"];
    if (p === undefined || !(checkAppStateSnapshot(p, s))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkAppSetupRegistrationRequired(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["copy"];
    if (p === undefined || !(checkAppSetupRegistrationCopy(p, s))) return false;
    n++;
  }
  {
    const p = r["leadToken"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["registrationRequired"];
    if (p === undefined || !(p === true)) return false;
    n++;
  }
  {
    const p = r["setupRequestID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["usernameSuggestions"];
    if (p !== undefined) { n++; if (!(check9(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkAppSetupRegistrationCopy(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["submit"];
    if (p === undefined || !(p === "Continue")) return false;
    n++;
  }
  {
    const p = r["terms"];
    if (p === undefined || !(p === "By continuing, you agree to the Terms of Use and acknowledge the Privacy Policy.")) return false;
    n++;
  }
  {
    const p = r["title"];
    if (p === undefined || !(p === "Choose your username")) return false;
    n++;
  }
  {
    const p = r["usernamePlaceholder"];
    if (p === undefined || !(p === "Username")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check9(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(typeof u[i] === "string")) return false;
  return true;
}

function checkAppSetupSuccess(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["matrix"];
    if (p === undefined || !(checkAppMatrixCredentials(p, s))) return false;
    n++;
  }
  {
    const p = r["session"];
    if (p === undefined || !(checkAppStateSnapshot(p, s))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkAppMatrixCredentials(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["accessToken"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["deviceID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["homeserver"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["userID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkAppSetupStartResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["setupRequestID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["signInMethods"];
    if (p === undefined || !(check10(p, s))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check10(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(typeof u[i] === "string")) return false;
  return true;
}

function checkAssetDownloadResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["srcURL"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["error"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkAssetUploadBase64Response(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["uploadID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["srcURL"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["fileName"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["mimeType"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["fileSize"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isFinite(p)))) return false; }
  }
  {
    const p = r["width"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isFinite(p)))) return false; }
  }
  {
    const p = r["height"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isFinite(p)))) return false; }
  }
  {
    const p = r["duration"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isFinite(p)))) return false; }
  }
  {
    const p = r["error"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkBridge(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["accounts"];
    if (p === undefined || !(check11(p, s))) return false;
    n++;
  }
  {
    const p = r["activeAccountCount"];
    if (p === undefined || !((typeof p === "number" && Number.isSafeInteger(p)))) return false;
    n++;
  }
  {
    const p = r["displayName"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["provider"];
    if (p === undefined || !((p === "cloud" || p === "self-hosted" || p === "local" || p === "platform-sdk" || false))) return false;
    n++;
  }
  {
    const p = r["status"];
    if (p === undefined || !((p === "available" || p === "connected" || p === "limit_reached" || p === "temporarily_unavailable" || p === "disabled" || false))) return false;
    n++;
  }
  {
    const p = r["supportsMultipleAccounts"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["type"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["network"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["statusText"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check11(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkAccount(u[i], s))) return false;
  return true;
}

function checkBridgeListResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["items"];
    if (p === undefined || !(check12(p, s))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check12(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkBridge(u[i], s))) return false;
  return true;
}

function checkBridgeLogin(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["bridgeID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["loginID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["removeScopes"];
    if (p === undefined || !(check13(p, s))) return false;
    n++;
  }
  {
    const p = r["status"];
    if (p === undefined || !((p === "connected" || p === "connecting" || p === "needs_login" || p === "logged_out" || p === "unknown" || false))) return false;
    n++;
  }
  {
    const p = r["accountIDs"];
    if (p !== undefined) { n++; if (!(check14(p, s))) return false; }
  }
  {
    const p = r["statusText"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["user"];
    if (p !== undefined) { n++; if (!(check15(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check13(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!((u[i] === "current-device" || u[i] === "all-devices" || false))) return false;
  return true;
}

function check14(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(typeof u[i] === "string")) return false;
  return true;
}

function check15(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["username"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["phoneNumber"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["email"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["fullName"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["imgURL"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["cannotMessage"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isSelf"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkBridgeLoginListResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["items"];
    if (p === undefined || !(check16(p, s))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check16(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkBridgeLogin(u[i], s))) return false;
  return true;
}

function checkBridgeLoginRemoveResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["bridgeID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["loginID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["scope"];
    if (p === undefined || !((p === "current-device" || p === "all-devices" || false))) return false;
    n++;
  }
  {
    const p = r["status"];
    if (p === undefined || !(p === "removed")) return false;
    n++;
  }
  {
    const p = r["affectedAccountIDs"];
    if (p !== undefined) { n++; if (!(check17(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check17(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(typeof u[i] === "string")) return false;
  return true;
}

function checkChat(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["localChatID"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  {
    const p = r["accountID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["network"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["title"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["description"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  {
    const p = r["imgURL"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  {
    const p = r["type"];
    if (p === undefined || !((p === "single" || p === "group" || false))) return false;
    n++;
  }
  {
    const p = r["isReadOnly"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["participants"];
    if (p === undefined || !(checkChatParticipants(p, s))) return false;
    n++;
  }
  {
    const p = r["lastActivity"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["unreadCount"];
    if (p === undefined || !((typeof p === "number" && Number.isSafeInteger(p)))) return false;
    n++;
  }
  {
    const p = r["unreadMentionsCount"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p)))) return false; }
  }
  {
    const p = r["lastReadMessageSortKey"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["draft"];
    if (p !== undefined) { n++; if (!(((check19(p, false) ? check19(p, s) : p === null || false)))) return false; }
  }
  {
    const p = r["reminder"];
    if (p !== undefined) { n++; if (!(((check22(p, false) ? check22(p, s) : p === null || false)))) return false; }
  }
  {
    const p = r["snooze"];
    if (p !== undefined) { n++; if (!(((check23(p, false) ? check23(p, s) : p === null || false)))) return false; }
  }
  {
    const p = r["isArchived"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isMarkedUnread"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isMuted"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isPinned"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isLowPriority"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["messageExpirySeconds"];
    if (p !== undefined) { n++; if (!(((typeof p === "number" && Number.isSafeInteger(p)) || p === null || false))) return false; }
  }
  {
    const p = r["capabilities"];
    if (p !== undefined) { n++; if (!(check24(p, s))) return false; }
  }
  {
    const p = r["labels"];
    if (p !== undefined) { n++; if (!(check39(p, s))) return false; }
  }
  {
    const p = r["merge"];
    if (p !== undefined) { n++; if (!(check40(p, s))) return false; }
  }
  {
    const p = r["mergedIntoChatID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkChatParticipants(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["items"];
    if (p === undefined || !(check18(p, s))) return false;
    n++;
  }
  {
    const p = r["hasMore"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["total"];
    if (p === undefined || !((typeof p === "number" && Number.isSafeInteger(p)))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check18(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkParticipant(u[i], s))) return false;
  return true;
}

function checkParticipant(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["username"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["phoneNumber"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["email"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["fullName"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["imgURL"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["cannotMessage"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isSelf"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isAdmin"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isPending"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isNetworkBot"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check19(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["text"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["attachments"];
    if (p !== undefined) { n++; if (!(check20(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check20(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) { const x = r[k]; if (!(checkDraftAttachment(x, s))) return false; }
  return true;
}

function checkDraftAttachment(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["type"];
    if (p === undefined || !((p === "file" || p === "gif" || p === "recorded_audio" || false))) return false;
    n++;
  }
  {
    const p = r["mimeType"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["fileName"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["filePath"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["fileSize"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isFinite(p)))) return false; }
  }
  {
    const p = r["stickerID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["audioDurationSeconds"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isFinite(p)))) return false; }
  }
  {
    const p = r["size"];
    if (p !== undefined) { n++; if (!(check21(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check21(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["width"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isFinite(p)))) return false; }
  }
  {
    const p = r["height"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isFinite(p)))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check22(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["remindAt"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["dismissOnIncomingMessage"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check23(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["snoozeUntil"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["userSnoozedAt"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check24(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["formatting"];
    if (p !== undefined) { n++; if (!(check25(p, s))) return false; }
  }
  {
    const p = r["attachments"];
    if (p !== undefined) { n++; if (!(check26(p, s))) return false; }
  }
  {
    const p = r["maxTextLength"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p)))) return false; }
  }
  {
    const p = r["locationMessage"];
    if (p !== undefined) { n++; if (!((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false; }
  }
  {
    const p = r["poll"];
    if (p !== undefined) { n++; if (!((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false; }
  }
  {
    const p = r["thread"];
    if (p !== undefined) { n++; if (!((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false; }
  }
  {
    const p = r["reply"];
    if (p !== undefined) { n++; if (!((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false; }
  }
  {
    const p = r["edit"];
    if (p !== undefined) { n++; if (!((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false; }
  }
  {
    const p = r["editMaxCount"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p)))) return false; }
  }
  {
    const p = r["editMaxAge"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p)))) return false; }
  }
  {
    const p = r["delete"];
    if (p !== undefined) { n++; if (!((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false; }
  }
  {
    const p = r["deleteMaxAge"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p)))) return false; }
  }
  {
    const p = r["deleteForMe"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["messageRequest"];
    if (p !== undefined) { n++; if (!(check28(p, s))) return false; }
  }
  {
    const p = r["reaction"];
    if (p !== undefined) { n++; if (!((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false; }
  }
  {
    const p = r["reactionCount"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p)))) return false; }
  }
  {
    const p = r["allowedReactions"];
    if (p !== undefined) { n++; if (!(check29(p, s))) return false; }
  }
  {
    const p = r["customEmojiReactions"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["disappearingTimer"];
    if (p !== undefined) { n++; if (!(check30(p, s))) return false; }
  }
  {
    const p = r["readReceipts"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["typingNotifications"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["archive"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["markAsUnread"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["deleteChat"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["deleteChatForEveryone"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["participantActions"];
    if (p !== undefined) { n++; if (!(check33(p, s))) return false; }
  }
  {
    const p = r["state"];
    if (p !== undefined) { n++; if (!(check34(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check25(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) { const x = r[k]; if (!((x === -2 || x === -1 || x === 0 || x === 1 || x === 2 || false))) return false; }
  return true;
}

function check26(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) { const x = r[k]; if (!(checkAttachmentCapability(x, s))) return false; }
  return true;
}

function checkAttachmentCapability(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["mimeTypes"];
    if (p === undefined || !(check27(p, s))) return false;
    n++;
  }
  {
    const p = r["caption"];
    if (p !== undefined) { n++; if (!((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false; }
  }
  {
    const p = r["maxCaptionLength"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p)))) return false; }
  }
  {
    const p = r["maxSize"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p)))) return false; }
  }
  {
    const p = r["maxWidth"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p)))) return false; }
  }
  {
    const p = r["maxHeight"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p)))) return false; }
  }
  {
    const p = r["maxDuration"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p)))) return false; }
  }
  {
    const p = r["viewOnce"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check27(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) { const x = r[k]; if (!((x === -2 || x === -1 || x === 0 || x === 1 || x === 2 || false))) return false; }
  return true;
}

function check28(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["acceptWithMessage"];
    if (p !== undefined) { n++; if (!((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false; }
  }
  {
    const p = r["acceptWithButton"];
    if (p !== undefined) { n++; if (!((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check29(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(typeof u[i] === "string")) return false;
  return true;
}

function check30(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["types"];
    if (p !== undefined) { n++; if (!(check31(p, s))) return false; }
  }
  {
    const p = r["timers"];
    if (p !== undefined) { n++; if (!(check32(p, s))) return false; }
  }
  {
    const p = r["omitEmptyTimer"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check31(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!((u[i] === "afterRead" || u[i] === "afterSend" || false))) return false;
  return true;
}

function check32(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!((typeof u[i] === "number" && Number.isSafeInteger(u[i])))) return false;
  return true;
}

function check33(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["ban"];
    if (p !== undefined) { n++; if (!((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false; }
  }
  {
    const p = r["invite"];
    if (p !== undefined) { n++; if (!((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false; }
  }
  {
    const p = r["kick"];
    if (p !== undefined) { n++; if (!((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false; }
  }
  {
    const p = r["leave"];
    if (p !== undefined) { n++; if (!((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false; }
  }
  {
    const p = r["revokeInvite"];
    if (p !== undefined) { n++; if (!((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check34(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["disappearingTimer"];
    if (p !== undefined) { n++; if (!(check35(p, s))) return false; }
  }
  {
    const p = r["avatar"];
    if (p !== undefined) { n++; if (!(check36(p, s))) return false; }
  }
  {
    const p = r["title"];
    if (p !== undefined) { n++; if (!(check37(p, s))) return false; }
  }
  {
    const p = r["description"];
    if (p !== undefined) { n++; if (!(check38(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check35(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["level"];
    if (p === undefined || !((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check36(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["level"];
    if (p === undefined || !((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check37(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["level"];
    if (p === undefined || !((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check38(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["level"];
    if (p === undefined || !((p === -2 || p === -1 || p === 0 || p === 1 || p === 2 || false))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check39(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkLabel(u[i], s))) return false;
  return true;
}

function checkLabel(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["name"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check40(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["chatIDs"];
    if (p === undefined || !(check41(p, s))) return false;
    n++;
  }
  {
    const p = r["defaultChatID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check41(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(typeof u[i] === "string")) return false;
  return true;
}

function checkChatCreateResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["localChatID"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  {
    const p = r["accountID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["network"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["title"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["description"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  {
    const p = r["imgURL"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  {
    const p = r["type"];
    if (p === undefined || !((p === "single" || p === "group" || false))) return false;
    n++;
  }
  {
    const p = r["isReadOnly"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["participants"];
    if (p === undefined || !(checkChatParticipants(p, s))) return false;
    n++;
  }
  {
    const p = r["lastActivity"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["unreadCount"];
    if (p === undefined || !((typeof p === "number" && Number.isSafeInteger(p)))) return false;
    n++;
  }
  {
    const p = r["unreadMentionsCount"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p)))) return false; }
  }
  {
    const p = r["lastReadMessageSortKey"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["draft"];
    if (p !== undefined) { n++; if (!(((check19(p, false) ? check19(p, s) : p === null || false)))) return false; }
  }
  {
    const p = r["reminder"];
    if (p !== undefined) { n++; if (!(((check22(p, false) ? check22(p, s) : p === null || false)))) return false; }
  }
  {
    const p = r["snooze"];
    if (p !== undefined) { n++; if (!(((check23(p, false) ? check23(p, s) : p === null || false)))) return false; }
  }
  {
    const p = r["isArchived"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isMarkedUnread"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isMuted"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isPinned"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isLowPriority"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["messageExpirySeconds"];
    if (p !== undefined) { n++; if (!(((typeof p === "number" && Number.isSafeInteger(p)) || p === null || false))) return false; }
  }
  {
    const p = r["capabilities"];
    if (p !== undefined) { n++; if (!(check24(p, s))) return false; }
  }
  {
    const p = r["labels"];
    if (p !== undefined) { n++; if (!(check39(p, s))) return false; }
  }
  {
    const p = r["merge"];
    if (p !== undefined) { n++; if (!(check40(p, s))) return false; }
  }
  {
    const p = r["mergedIntoChatID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["chatID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["status"];
    if (p !== undefined) { n++; if (!((p === "existing" || p === "created" || false))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkChatListPage(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["items"];
    if (p === undefined || !(check42(p, s))) return false;
    n++;
  }
  {
    const p = r["hasMore"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["oldestCursor"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  {
    const p = r["newestCursor"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check42(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkChatWithPreview(u[i], s))) return false;
  return true;
}

function checkChatWithPreview(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["localChatID"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  {
    const p = r["accountID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["network"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["title"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["description"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  {
    const p = r["imgURL"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  {
    const p = r["type"];
    if (p === undefined || !((p === "single" || p === "group" || false))) return false;
    n++;
  }
  {
    const p = r["isReadOnly"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["participants"];
    if (p === undefined || !(checkChatParticipants(p, s))) return false;
    n++;
  }
  {
    const p = r["lastActivity"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["unreadCount"];
    if (p === undefined || !((typeof p === "number" && Number.isSafeInteger(p)))) return false;
    n++;
  }
  {
    const p = r["unreadMentionsCount"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p)))) return false; }
  }
  {
    const p = r["lastReadMessageSortKey"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["draft"];
    if (p !== undefined) { n++; if (!(((check19(p, false) ? check19(p, s) : p === null || false)))) return false; }
  }
  {
    const p = r["reminder"];
    if (p !== undefined) { n++; if (!(((check22(p, false) ? check22(p, s) : p === null || false)))) return false; }
  }
  {
    const p = r["snooze"];
    if (p !== undefined) { n++; if (!(((check23(p, false) ? check23(p, s) : p === null || false)))) return false; }
  }
  {
    const p = r["isArchived"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isMarkedUnread"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isMuted"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isPinned"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isLowPriority"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["messageExpirySeconds"];
    if (p !== undefined) { n++; if (!(((typeof p === "number" && Number.isSafeInteger(p)) || p === null || false))) return false; }
  }
  {
    const p = r["capabilities"];
    if (p !== undefined) { n++; if (!(check24(p, s))) return false; }
  }
  {
    const p = r["labels"];
    if (p !== undefined) { n++; if (!(check39(p, s))) return false; }
  }
  {
    const p = r["merge"];
    if (p !== undefined) { n++; if (!(check40(p, s))) return false; }
  }
  {
    const p = r["mergedIntoChatID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["preview"];
    if (p !== undefined) { n++; if (!(check43(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check43(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["chatID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["accountID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["senderID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["senderName"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["timestamp"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["sortKey"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["type"];
    if (p !== undefined) { n++; if (!((p === "TEXT" || p === "NOTICE" || p === "IMAGE" || p === "VIDEO" || p === "VOICE" || p === "AUDIO" || p === "FILE" || p === "STICKER" || p === "LOCATION" || p === "REACTION" || false))) return false; }
  }
  {
    const p = r["text"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["editedTimestamp"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["isSender"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["sendStatus"];
    if (p !== undefined) { n++; if (!(check44(p, s))) return false; }
  }
  {
    const p = r["isHidden"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isDeleted"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["attachments"];
    if (p !== undefined) { n++; if (!(check46(p, s))) return false; }
  }
  {
    const p = r["isUnread"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["linkedMessageID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["mentions"];
    if (p !== undefined) { n++; if (!(((check49(p, false) ? check49(p, s) : p === null || false)))) return false; }
  }
  {
    const p = r["links"];
    if (p !== undefined) { n++; if (!(check50(p, s))) return false; }
  }
  {
    const p = r["reactions"];
    if (p !== undefined) { n++; if (!(check52(p, s))) return false; }
  }
  {
    const p = r["seen"];
    if (p !== undefined) { n++; if (!((typeof p === "boolean" || typeof p === "string" || (checkMessageSeenByParticipant(p, false) ? checkMessageSeenByParticipant(p, s) : false)))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check44(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["reason"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["message"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["status"];
    if (p === undefined || !((p === "SUCCESS" || p === "PENDING" || p === "FAIL_RETRIABLE" || p === "FAIL_PERMANENT" || false))) return false;
    n++;
  }
  {
    const p = r["timestamp"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["deliveredToUsers"];
    if (p !== undefined) { n++; if (!(check45(p, s))) return false; }
  }
  {
    const p = r["internalError"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check45(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(typeof u[i] === "string")) return false;
  return true;
}

function check46(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkAttachment(u[i], s))) return false;
  return true;
}

function checkAttachment(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["type"];
    if (p === undefined || !((p === "unknown" || p === "img" || p === "video" || p === "audio" || false))) return false;
    n++;
  }
  {
    const p = r["srcURL"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["mimeType"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["fileName"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["fileSize"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isFinite(p)))) return false; }
  }
  {
    const p = r["isGif"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isSticker"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isVoiceNote"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["duration"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isFinite(p)))) return false; }
  }
  {
    const p = r["transcription"];
    if (p !== undefined) { n++; if (!(check47(p, s))) return false; }
  }
  {
    const p = r["posterImg"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["size"];
    if (p !== undefined) { n++; if (!(check48(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check47(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["transcription"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["engine"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["language"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check48(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["width"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isFinite(p)))) return false; }
  }
  {
    const p = r["height"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isFinite(p)))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check49(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(typeof u[i] === "string")) return false;
  return true;
}

function check50(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkLinkPreview(u[i], s))) return false;
  return true;
}

function checkLinkPreview(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["url"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["originalURL"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["favicon"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["img"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["imgSize"];
    if (p !== undefined) { n++; if (!(check51(p, s))) return false; }
  }
  {
    const p = r["title"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["summary"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check51(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["width"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isFinite(p)))) return false; }
  }
  {
    const p = r["height"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isFinite(p)))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check52(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkReaction(u[i], s))) return false;
  return true;
}

function checkReaction(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["reactionKey"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["imgURL"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["participantID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["emoji"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkMessageSeenByParticipant(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) { const x = r[k]; if (!((typeof x === "boolean" || typeof x === "string" || false))) return false; }
  return true;
}

function checkChatSearchPage(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["items"];
    if (p === undefined || !(check53(p, s))) return false;
    n++;
  }
  {
    const p = r["hasMore"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["oldestCursor"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  {
    const p = r["newestCursor"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check53(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkChat(u[i], s))) return false;
  return true;
}

function checkContactListPage(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["items"];
    if (p === undefined || !(check54(p, s))) return false;
    n++;
  }
  {
    const p = r["hasMore"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["oldestCursor"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  {
    const p = r["newestCursor"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check54(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkUser(u[i], s))) return false;
  return true;
}

function checkContactSearchResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["items"];
    if (p === undefined || !(check55(p, s))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check55(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkUser(u[i], s))) return false;
  return true;
}

function checkFocusResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["success"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkGetAccountsOutput(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkAccount(u[i], s))) return false;
  return true;
}

function checkInfoRetrieveResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["app"];
    if (p === undefined || !(check56(p, s))) return false;
    n++;
  }
  {
    const p = r["platform"];
    if (p === undefined || !(check57(p, s))) return false;
    n++;
  }
  {
    const p = r["server"];
    if (p === undefined || !(check58(p, s))) return false;
    n++;
  }
  {
    const p = r["endpoints"];
    if (p === undefined || !(check59(p, s))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check56(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["name"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["version"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["bundle_id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check57(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["os"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["arch"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["release"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check58(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["status"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["base_url"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["port"];
    if (p === undefined || !((typeof p === "number" && Number.isSafeInteger(p)))) return false;
    n++;
  }
  {
    const p = r["hostname"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["remote_access"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["mcp_enabled"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check59(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["oauth"];
    if (p === undefined || !(check60(p, s))) return false;
    n++;
  }
  {
    const p = r["spec"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["mcp"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["ws_events"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check60(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["authorization_endpoint"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["token_endpoint"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["introspection_endpoint"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["userinfo_endpoint"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["revocation_endpoint"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["registration_endpoint"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check61(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkLabel(u[i], s))) return false;
  return true;
}

function checkLoginFlowListResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["items"];
    if (p === undefined || !(check62(p, s))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check62(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkLoginFlow(u[i], s))) return false;
  return true;
}

function checkLoginFlow(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["description"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["name"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkLoginSession(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["bridgeID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["loginSessionID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["status"];
    if (p === undefined || !((p === "waiting_for_input" || p === "waiting_for_cookies" || p === "waiting_for_display" || p === "complete" || p === "cancelled" || p === "failed" || false))) return false;
    n++;
  }
  {
    const p = r["account"];
    if (p !== undefined) { n++; if (!(check63(p, s))) return false; }
  }
  {
    const p = r["accountID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["currentStep"];
    if (p !== undefined) { n++; if (!(((checkUserInputLoginStep(p, false) ? checkUserInputLoginStep(p, s) : (checkCookiesLoginStep(p, false) ? checkCookiesLoginStep(p, s) : (checkDisplayAndWaitLoginStep(p, false) ? checkDisplayAndWaitLoginStep(p, s) : (checkCompleteLoginStep(p, false) ? checkCompleteLoginStep(p, s) : false))))))) return false; }
  }
  {
    const p = r["error"];
    if (p !== undefined) { n++; if (!(check68(p, s))) return false; }
  }
  {
    const p = r["login"];
    if (p !== undefined) { n++; if (!(check64(p, s))) return false; }
  }
  {
    const p = r["loginID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check63(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["accountID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["bridge"];
    if (p === undefined || !(checkAccountBridge(p, s))) return false;
    n++;
  }
  {
    const p = r["network"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["user"];
    if (p === undefined || !(checkUser(p, s))) return false;
    n++;
  }
  {
    const p = r["status"];
    if (p !== undefined) { n++; if (!((p === "connected" || p === "connecting" || p === "backfilling" || p === "connection_required" || p === "reconnect_required" || p === "attention_required" || p === "disconnected" || p === "disabled" || false))) return false; }
  }
  {
    const p = r["capabilities"];
    if (p !== undefined) { n++; if (!(check0(p, s))) return false; }
  }
  {
    const p = r["loginID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["statusText"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkCompleteLoginStep(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["type"];
    if (p === undefined || !(p === "complete")) return false;
    n++;
  }
  {
    const p = r["account"];
    if (p !== undefined) { n++; if (!(check63(p, s))) return false; }
  }
  {
    const p = r["instructions"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["login"];
    if (p !== undefined) { n++; if (!(check64(p, s))) return false; }
  }
  {
    const p = r["stepID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check64(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["bridgeID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["loginID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["removeScopes"];
    if (p === undefined || !(check13(p, s))) return false;
    n++;
  }
  {
    const p = r["status"];
    if (p === undefined || !((p === "connected" || p === "connecting" || p === "needs_login" || p === "logged_out" || p === "unknown" || false))) return false;
    n++;
  }
  {
    const p = r["accountIDs"];
    if (p !== undefined) { n++; if (!(check14(p, s))) return false; }
  }
  {
    const p = r["statusText"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["user"];
    if (p !== undefined) { n++; if (!(check15(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkDisplayAndWaitLoginStep(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["type"];
    if (p === undefined || !(p === "display_and_wait")) return false;
    n++;
  }
  {
    const p = r["display"];
    if (p === undefined || !(((checkQRLoginDisplay(p, false) ? checkQRLoginDisplay(p, s) : (checkEmojiLoginDisplay(p, false) ? checkEmojiLoginDisplay(p, s) : (checkNothingLoginDisplay(p, false) ? checkNothingLoginDisplay(p, s) : (checkCodeLoginDisplay(p, false) ? checkCodeLoginDisplay(p, s) : false))))))) return false;
    n++;
  }
  {
    const p = r["stepID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["instructions"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkCodeLoginDisplay(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["type"];
    if (p === undefined || !(p === "code")) return false;
    n++;
  }
  {
    const p = r["data"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkNothingLoginDisplay(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["type"];
    if (p === undefined || !(p === "nothing")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkEmojiLoginDisplay(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["type"];
    if (p === undefined || !(p === "emoji")) return false;
    n++;
  }
  {
    const p = r["imageURL"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkQRLoginDisplay(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["type"];
    if (p === undefined || !(p === "qr")) return false;
    n++;
  }
  {
    const p = r["data"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkCookiesLoginStep(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["type"];
    if (p === undefined || !(p === "cookies")) return false;
    n++;
  }
  {
    const p = r["fields"];
    if (p === undefined || !(check65(p, s))) return false;
    n++;
  }
  {
    const p = r["stepID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["url"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["expectedFinalURLRegex"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["extractJS"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["instructions"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["userAgent"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check65(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkCookieField(u[i], s))) return false;
  return true;
}

function checkCookieField(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["name"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["type"];
    if (p !== undefined) { n++; if (!((p === "cookie" || p === "header" || p === "local_storage" || false))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkUserInputLoginStep(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["type"];
    if (p === undefined || !(p === "user_input")) return false;
    n++;
  }
  {
    const p = r["fields"];
    if (p === undefined || !(check66(p, s))) return false;
    n++;
  }
  {
    const p = r["stepID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["attachments"];
    if (p !== undefined) { n++; if (!(check67(p, s))) return false; }
  }
  {
    const p = r["instructions"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check66(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkLoginInputField(u[i], s))) return false;
  return true;
}

function checkLoginInputField(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["initialValue"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["label"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["optional"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["placeholder"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["type"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check67(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(true)) return false;
  return true;
}

function check68(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["code"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["message"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["details"];
    if (p !== undefined) { n++; if (!(check69(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check69(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) { const x = r[k]; if (!(true)) return false; }
  return true;
}

function checkLoginSessionCancelResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["bridgeID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["loginSessionID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["status"];
    if (p === undefined || !(p === "cancelled")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkMessage(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["chatID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["accountID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["senderID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["senderName"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["timestamp"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["sortKey"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["type"];
    if (p !== undefined) { n++; if (!((p === "TEXT" || p === "NOTICE" || p === "IMAGE" || p === "VIDEO" || p === "VOICE" || p === "AUDIO" || p === "FILE" || p === "STICKER" || p === "LOCATION" || p === "REACTION" || false))) return false; }
  }
  {
    const p = r["text"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["editedTimestamp"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["isSender"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["sendStatus"];
    if (p !== undefined) { n++; if (!(check44(p, s))) return false; }
  }
  {
    const p = r["isHidden"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isDeleted"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["attachments"];
    if (p !== undefined) { n++; if (!(check46(p, s))) return false; }
  }
  {
    const p = r["isUnread"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["linkedMessageID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["mentions"];
    if (p !== undefined) { n++; if (!(((check49(p, false) ? check49(p, s) : p === null || false)))) return false; }
  }
  {
    const p = r["links"];
    if (p !== undefined) { n++; if (!(check50(p, s))) return false; }
  }
  {
    const p = r["reactions"];
    if (p !== undefined) { n++; if (!(check52(p, s))) return false; }
  }
  {
    const p = r["seen"];
    if (p !== undefined) { n++; if (!((typeof p === "boolean" || typeof p === "string" || (checkMessageSeenByParticipant(p, false) ? checkMessageSeenByParticipant(p, s) : false)))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkMessageListPage(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["items"];
    if (p === undefined || !(check70(p, s))) return false;
    n++;
  }
  {
    const p = r["hasMore"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["oldestCursor"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  {
    const p = r["newestCursor"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check70(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkMessage(u[i], s))) return false;
  return true;
}

function checkMessageSearchPage(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["items"];
    if (p === undefined || !(check71(p, s))) return false;
    n++;
  }
  {
    const p = r["hasMore"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["oldestCursor"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  {
    const p = r["newestCursor"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
  }
  {
    const p = r["chats"];
    if (p === undefined || !(check72(p, s))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check71(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkMessage(u[i], s))) return false;
  return true;
}

function check72(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) { const x = r[k]; if (!(checkChat(x, s))) return false; }
  return true;
}

function checkMessageSendResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["chatID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["pendingMessageID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkMessageUpdateResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["chatID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["accountID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["senderID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["senderName"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["timestamp"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["sortKey"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["type"];
    if (p !== undefined) { n++; if (!((p === "TEXT" || p === "NOTICE" || p === "IMAGE" || p === "VIDEO" || p === "VOICE" || p === "AUDIO" || p === "FILE" || p === "STICKER" || p === "LOCATION" || p === "REACTION" || false))) return false; }
  }
  {
    const p = r["text"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["editedTimestamp"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["isSender"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["sendStatus"];
    if (p !== undefined) { n++; if (!(check44(p, s))) return false; }
  }
  {
    const p = r["isHidden"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isDeleted"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["attachments"];
    if (p !== undefined) { n++; if (!(check46(p, s))) return false; }
  }
  {
    const p = r["isUnread"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["linkedMessageID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["mentions"];
    if (p !== undefined) { n++; if (!(((check49(p, false) ? check49(p, s) : p === null || false)))) return false; }
  }
  {
    const p = r["links"];
    if (p !== undefined) { n++; if (!(check50(p, s))) return false; }
  }
  {
    const p = r["reactions"];
    if (p !== undefined) { n++; if (!(check52(p, s))) return false; }
  }
  {
    const p = r["seen"];
    if (p !== undefined) { n++; if (!((typeof p === "boolean" || typeof p === "string" || (checkMessageSeenByParticipant(p, false) ? checkMessageSeenByParticipant(p, s) : false)))) return false; }
  }
  {
    const p = r["success"];
    if (p === undefined || !(p === true)) return false;
    n++;
  }
  {
    const p = r["messageID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkProvisioningCapabilities(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["group_creation"];
    if (p === undefined || !(check73(p, s))) return false;
    n++;
  }
  {
    const p = r["resolve_identifier"];
    if (p === undefined || !(checkResolveIdentifierCapabilities(p, s))) return false;
    n++;
  }
  {
    const p = r["image_pack_import"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check73(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) { const x = r[k]; if (!(checkGroupTypeCapabilities(x, s))) return false; }
  return true;
}

function checkGroupTypeCapabilities(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["type_description"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["avatar"];
    if (p !== undefined) { n++; if (!(check74(p, s))) return false; }
  }
  {
    const p = r["disappear"];
    if (p !== undefined) { n++; if (!(check74(p, s))) return false; }
  }
  {
    const p = r["name"];
    if (p !== undefined) { n++; if (!(check74(p, s))) return false; }
  }
  {
    const p = r["parent"];
    if (p !== undefined) { n++; if (!(check74(p, s))) return false; }
  }
  {
    const p = r["participants"];
    if (p !== undefined) { n++; if (!(check74(p, s))) return false; }
  }
  {
    const p = r["topic"];
    if (p !== undefined) { n++; if (!(check74(p, s))) return false; }
  }
  {
    const p = r["username"];
    if (p !== undefined) { n++; if (!(check74(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check74(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["allowed"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["max_length"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p)))) return false; }
  }
  {
    const p = r["min_length"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p)))) return false; }
  }
  {
    const p = r["required"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["settings"];
    if (p !== undefined) { n++; if (!(check75(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check75(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["types"];
    if (p === undefined || !(check76(p, s))) return false;
    n++;
  }
  {
    const p = r["omit_empty_timer"];
    if (p !== undefined) { n++; if (!(p === true)) return false; }
  }
  {
    const p = r["timers"];
    if (p !== undefined) { n++; if (!(check77(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check76(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!((u[i] === "" || u[i] === "after_read" || u[i] === "after_send" || false))) return false;
  return true;
}

function check77(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!((typeof u[i] === "number" && Number.isSafeInteger(u[i])))) return false;
  return true;
}

function checkResolveIdentifierCapabilities(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["any_phone"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["contact_list"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["create_dm"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["lookup_email"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["lookup_phone"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["lookup_username"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  {
    const p = r["search"];
    if (p === undefined || !(typeof p === "boolean")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkReactionAddResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["success"];
    if (p === undefined || !(p === true)) return false;
    n++;
  }
  {
    const p = r["chatID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["messageID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["reactionKey"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["transactionID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkReactionDeleteResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["success"];
    if (p === undefined || !(p === true)) return false;
    n++;
  }
  {
    const p = r["chatID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["messageID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["reactionKey"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkSearchResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["results"];
    if (p === undefined || !(check78(p, s))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check78(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["chats"];
    if (p === undefined || !(check79(p, s))) return false;
    n++;
  }
  {
    const p = r["in_groups"];
    if (p === undefined || !(check80(p, s))) return false;
    n++;
  }
  {
    const p = r["messages"];
    if (p === undefined || !(checkMessageSearchPage(p, s))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check79(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkChat(u[i], s))) return false;
  return true;
}

function check80(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkChat(u[i], s))) return false;
  return true;
}

function checkVerificationActionResult(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["session"];
    if (p === undefined || !(checkAppStateSnapshot(p, s))) return false;
    n++;
  }
  {
    const p = r["verification"];
    if (p !== undefined) { n++; if (!(check2(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkVerificationListResponse(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["items"];
    if (p === undefined || !(check81(p, s))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check81(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(checkVerification(u[i], s))) return false;
  return true;
}

function checkVerification(u: unknown, s: boolean): boolean {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["availableActions"];
    if (p === undefined || !(check3(p, s))) return false;
    n++;
  }
  {
    const p = r["direction"];
    if (p === undefined || !((p === "incoming" || p === "outgoing" || false))) return false;
    n++;
  }
  {
    const p = r["methods"];
    if (p === undefined || !(check4(p, s))) return false;
    n++;
  }
  {
    const p = r["purpose"];
    if (p === undefined || !((p === "login" || p === "device" || false))) return false;
    n++;
  }
  {
    const p = r["state"];
    if (p === undefined || !((p === "requested" || p === "ready" || p === "sas_ready" || p === "qr_scanned" || p === "done" || p === "cancelled" || p === "error" || false))) return false;
    n++;
  }
  {
    const p = r["error"];
    if (p !== undefined) { n++; if (!(check5(p, s))) return false; }
  }
  {
    const p = r["otherDevice"];
    if (p !== undefined) { n++; if (!(check6(p, s))) return false; }
  }
  {
    const p = r["otherUserID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["qr"];
    if (p !== undefined) { n++; if (!(check7(p, s))) return false; }
  }
  {
    const p = r["sas"];
    if (p !== undefined) { n++; if (!(check8(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}
