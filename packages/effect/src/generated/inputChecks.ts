// generated — do not edit.
// Source: spec/openapi.yaml · generator: @hey-api/openapi-ts 0.99.0 + @beeper-kit/effect-schema plugin · regenerate with `pnpm generate`.

// Input checks: see @beeper-kit/codegen src/effect/input-checks.ts. Each `is<Operation>Input` is true only when
// encoding with that input Schema would succeed and return the value unchanged; false means "run the Schema encode".

/** True when `u` is already a valid `AccountsContactsListInput` that encoding would return unchanged (no undeclared keys). */
export const isAccountsContactsListInput = (u: unknown): boolean => check0(u, true);

/** True when `u` is already a valid `AccountsContactsSearchInput` that encoding would return unchanged (no undeclared keys). */
export const isAccountsContactsSearchInput = (u: unknown): boolean => check1(u, true);

/** True when `u` is already a valid `AccountsListInput` that encoding would return unchanged (no undeclared keys). */
export const isAccountsListInput = (u: unknown): boolean => check2(u, true);

/** True when `u` is already a valid `AccountsRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isAccountsRetrieveInput = (u: unknown): boolean => check3(u, true);

/** True when `u` is already a valid `AppSetupEmailInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupEmailInput = (u: unknown): boolean => check4(u, true);

/** True when `u` is already a valid `AppSetupRecoveryKeyResetConfirmInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupRecoveryKeyResetConfirmInput = (u: unknown): boolean => check5(u, true);

/** True when `u` is already a valid `AppSetupRecoveryKeyResetCreateInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupRecoveryKeyResetCreateInput = (u: unknown): boolean => check6(u, true);

/** True when `u` is already a valid `AppSetupRecoveryKeyVerifyInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupRecoveryKeyVerifyInput = (u: unknown): boolean => check7(u, true);

/** True when `u` is already a valid `AppSetupRegisterInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupRegisterInput = (u: unknown): boolean => check8(u, true);

/** True when `u` is already a valid `AppSetupResponseInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupResponseInput = (u: unknown): boolean => check9(u, true);

/** True when `u` is already a valid `AppSetupRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupRetrieveInput = (u: unknown): boolean => check10(u, true);

/** True when `u` is already a valid `AppSetupStartInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupStartInput = (u: unknown): boolean => check11(u, true);

/** True when `u` is already a valid `AppSetupVerificationsAcceptInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsAcceptInput = (u: unknown): boolean => check12(u, true);

/** True when `u` is already a valid `AppSetupVerificationsCancelInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsCancelInput = (u: unknown): boolean => check13(u, true);

/** True when `u` is already a valid `AppSetupVerificationsCreateInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsCreateInput = (u: unknown): boolean => check14(u, true);

/** True when `u` is already a valid `AppSetupVerificationsListInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsListInput = (u: unknown): boolean => check15(u, true);

/** True when `u` is already a valid `AppSetupVerificationsQrConfirmScannedInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsQrConfirmScannedInput = (u: unknown): boolean => check16(u, true);

/** True when `u` is already a valid `AppSetupVerificationsQrScanInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsQrScanInput = (u: unknown): boolean => check17(u, true);

/** True when `u` is already a valid `AppSetupVerificationsRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsRetrieveInput = (u: unknown): boolean => check18(u, true);

/** True when `u` is already a valid `AppSetupVerificationsSasConfirmInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsSasConfirmInput = (u: unknown): boolean => check19(u, true);

/** True when `u` is already a valid `AppSetupVerificationsSasStartInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsSasStartInput = (u: unknown): boolean => check20(u, true);

/** True when `u` is already a valid `AssetsDownloadInput` that encoding would return unchanged (no undeclared keys). */
export const isAssetsDownloadInput = (u: unknown): boolean => check21(u, true);

/** True when `u` is already a valid `AssetsServeInput` that encoding would return unchanged (no undeclared keys). */
export const isAssetsServeInput = (u: unknown): boolean => check22(u, true);

/** True when `u` is already a valid `AssetsUploadBase64Input` that encoding would return unchanged (no undeclared keys). */
export const isAssetsUploadBase64Input = (u: unknown): boolean => check24(u, true);

/** True when `u` is already a valid `BridgesListInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesListInput = (u: unknown): boolean => check25(u, true);

/** True when `u` is already a valid `BridgesLoginFlowsListInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesLoginFlowsListInput = (u: unknown): boolean => check26(u, true);

/** True when `u` is already a valid `BridgesLoginsListInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesLoginsListInput = (u: unknown): boolean => check27(u, true);

/** True when `u` is already a valid `BridgesLoginsRemoveInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesLoginsRemoveInput = (u: unknown): boolean => check28(u, true);

/** True when `u` is already a valid `BridgesLoginsRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesLoginsRetrieveInput = (u: unknown): boolean => check29(u, true);

/** True when `u` is already a valid `BridgesLoginSessionsCancelInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesLoginSessionsCancelInput = (u: unknown): boolean => check30(u, true);

/** True when `u` is already a valid `BridgesLoginSessionsCreateInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesLoginSessionsCreateInput = (u: unknown): boolean => check31(u, true);

/** True when `u` is already a valid `BridgesLoginSessionsRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesLoginSessionsRetrieveInput = (u: unknown): boolean => check32(u, true);

/** True when `u` is already a valid `BridgesLoginSessionsStepsSubmitInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesLoginSessionsStepsSubmitInput = (u: unknown): boolean => check33(u, true);

/** True when `u` is already a valid `BridgesRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesRetrieveInput = (u: unknown): boolean => check35(u, true);

/** True when `u` is already a valid `BridgesRetrieveCapabilitiesInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesRetrieveCapabilitiesInput = (u: unknown): boolean => check36(u, true);

/** True when `u` is already a valid `ChatsArchiveInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsArchiveInput = (u: unknown): boolean => check37(u, true);

/** True when `u` is already a valid `ChatsCreateInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsCreateInput = (u: unknown): boolean => check38(u, true);

/** True when `u` is already a valid `ChatsListInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsListInput = (u: unknown): boolean => check40(u, true);

/** True when `u` is already a valid `ChatsMarkReadInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsMarkReadInput = (u: unknown): boolean => check42(u, true);

/** True when `u` is already a valid `ChatsMarkUnreadInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsMarkUnreadInput = (u: unknown): boolean => check43(u, true);

/** True when `u` is already a valid `ChatsMessagesReactionsAddInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsMessagesReactionsAddInput = (u: unknown): boolean => check44(u, true);

/** True when `u` is already a valid `ChatsMessagesReactionsDeleteInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsMessagesReactionsDeleteInput = (u: unknown): boolean => check45(u, true);

/** True when `u` is already a valid `ChatsMessagesReactionsDeleteByQueryInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsMessagesReactionsDeleteByQueryInput = (u: unknown): boolean => check46(u, true);

/** True when `u` is already a valid `ChatsNotifyAnywayInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsNotifyAnywayInput = (u: unknown): boolean => check47(u, true);

/** True when `u` is already a valid `ChatsRemindersCreateInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsRemindersCreateInput = (u: unknown): boolean => check49(u, true);

/** True when `u` is already a valid `ChatsRemindersDeleteInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsRemindersDeleteInput = (u: unknown): boolean => check50(u, true);

/** True when `u` is already a valid `ChatsRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsRetrieveInput = (u: unknown): boolean => check51(u, true);

/** True when `u` is already a valid `ChatsSearchInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsSearchInput = (u: unknown): boolean => check52(u, true);

/** True when `u` is already a valid `ChatsStartInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsStartInput = (u: unknown): boolean => check54(u, true);

/** True when `u` is already a valid `ChatsUpdateInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsUpdateInput = (u: unknown): boolean => check55(u, true);

/** True when `u` is already a valid `FocusInput` that encoding would return unchanged (no undeclared keys). */
export const isFocusInput = (u: unknown): boolean => check59(u, true);

/** True when `u` is already a valid `InfoRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isInfoRetrieveInput = (u: unknown): boolean => check60(u, true);

/** True when `u` is already a valid `LabelsListInput` that encoding would return unchanged (no undeclared keys). */
export const isLabelsListInput = (u: unknown): boolean => check61(u, true);

/** True when `u` is already a valid `MessagesDeleteInput` that encoding would return unchanged (no undeclared keys). */
export const isMessagesDeleteInput = (u: unknown): boolean => check62(u, true);

/** True when `u` is already a valid `MessagesListInput` that encoding would return unchanged (no undeclared keys). */
export const isMessagesListInput = (u: unknown): boolean => check63(u, true);

/** True when `u` is already a valid `MessagesRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isMessagesRetrieveInput = (u: unknown): boolean => check64(u, true);

/** True when `u` is already a valid `MessagesSearchInput` that encoding would return unchanged (no undeclared keys). */
export const isMessagesSearchInput = (u: unknown): boolean => check65(u, true);

/** True when `u` is already a valid `MessagesSendInput` that encoding would return unchanged (no undeclared keys). */
export const isMessagesSendInput = (u: unknown): boolean => check69(u, true);

/** True when `u` is already a valid `MessagesUpdateInput` that encoding would return unchanged (no undeclared keys). */
export const isMessagesUpdateInput = (u: unknown): boolean => check71(u, true);

/** True when `u` is already a valid `SearchInput` that encoding would return unchanged (no undeclared keys). */
export const isSearchInput = (u: unknown): boolean => check72(u, true);

function check0(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["accountID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["cursor"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["direction"];
    if (p !== undefined) { n++; if (!((p === "after" || p === "before" || false))) return false; }
  }
  {
    const p = r["limit"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p) && p >= 1 && p <= 200))) return false; }
  }
  {
    const p = r["query"];
    if (p !== undefined) { n++; if (!((typeof p === "string" && p.length >= 1))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check1(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["accountID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["query"];
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check2(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check3(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["accountID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check4(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["email"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["setupRequestID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check5(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["recoveryKey"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check6(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["existingRecoveryKey"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check7(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["recoveryKey"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check8(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["acceptTerms"];
    if (p === undefined || !(p === true)) return false;
    n++;
  }
  {
    const p = r["leadToken"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["setupRequestID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["username"];
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check9(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["response"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["setupRequestID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check10(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check11(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check12(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["verificationID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check13(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["verificationID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["code"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["reason"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check14(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["purpose"];
    if (p !== undefined) { n++; if (!((p === "login" || p === "device" || false))) return false; }
  }
  {
    const p = r["userID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check15(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check16(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["verificationID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check17(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
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

function check18(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["verificationID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check19(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["verificationID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check20(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["verificationID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check21(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["url"];
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check22(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["url"];
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  {
    const p = r["range"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check24(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["content"];
    if (p === undefined || !((typeof p === "string" && p.length >= 1 && p.length <= 750000000))) return false;
    n++;
  }
  {
    const p = r["fileName"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["mimeType"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check25(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check26(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["bridgeID"];
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check27(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["bridgeID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check28(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["bridgeID"];
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  {
    const p = r["loginID"];
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  {
    const p = r["scope"];
    if (p === undefined || !((p === "current-device" || p === "all-devices" || false))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check29(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
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
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check30(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["bridgeID"];
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  {
    const p = r["loginSessionID"];
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check31(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["bridgeID"];
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  {
    const p = r["accountID"];
    if (p !== undefined) { n++; if (!((typeof p === "string" && p.length >= 1))) return false; }
  }
  {
    const p = r["flowID"];
    if (p !== undefined) { n++; if (!((typeof p === "string" && p.length >= 1))) return false; }
  }
  {
    const p = r["loginID"];
    if (p !== undefined) { n++; if (!((typeof p === "string" && p.length >= 1))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check32(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["bridgeID"];
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  {
    const p = r["loginSessionID"];
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check33(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
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
    const p = r["stepID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["type"];
    if (p === undefined || !((p === "user_input" || p === "cookies" || p === "display_and_wait" || false))) return false;
    n++;
  }
  {
    const p = r["fields"];
    if (p !== undefined) { n++; if (!(check34(p, s))) return false; }
  }
  {
    const p = r["lastURL"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["source"];
    if (p !== undefined) { n++; if (!((p === "api" || p === "webview" || p === "browser_extension" || false))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check34(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) { const x = r[k]; if (!(typeof x === "string")) return false; }
  return true;
}

function check35(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["bridgeID"];
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check36(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["bridgeID"];
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check37(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["chatID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["archived"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check38(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["accountID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["messageText"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["type"];
    if (p === undefined || !((p === "single" || p === "group" || false))) return false;
    n++;
  }
  {
    const p = r["participantIDs"];
    if (p === undefined || !(check39(p, s))) return false;
    n++;
  }
  {
    const p = r["title"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check39(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(typeof u[i] === "string")) return false;
  return true && u.length >= 1;
}

function check40(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["cursor"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["direction"];
    if (p !== undefined) { n++; if (!((p === "after" || p === "before" || false))) return false; }
  }
  {
    const p = r["accountIDs"];
    if (p !== undefined) { n++; if (!(check41(p, s))) return false; }
  }
  {
    const p = r["limit"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p) && p >= 1 && p <= 200))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check41(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(typeof u[i] === "string")) return false;
  return true;
}

function check42(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["chatID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["messageID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check43(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["chatID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["messageID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check44(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
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
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  {
    const p = r["transactionID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check45(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
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
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check46(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
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
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check47(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["chatID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["body"];
    if (p !== undefined) { n++; if (!(check48(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check48(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) { const x = r[k]; if (!(true)) return false; }
  return true;
}

function check49(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["chatID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["reminder"];
    if (p === undefined || !(checkChatReminderInput(p, s))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkChatReminderInput(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["remindAt"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["dismissOnIncomingMessage"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check50(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["chatID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check51(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["chatID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["maxParticipantCount"];
    if (p !== undefined) { n++; if (!(((typeof p === "number" && Number.isSafeInteger(p) && p >= -1 && p <= 500) || p === null || false))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check52(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["cursor"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["direction"];
    if (p !== undefined) { n++; if (!((p === "after" || p === "before" || false))) return false; }
  }
  {
    const p = r["inbox"];
    if (p !== undefined) { n++; if (!((p === "primary" || p === "low-priority" || p === "archive" || false))) return false; }
  }
  {
    const p = r["unreadOnly"];
    if (p !== undefined) { n++; if (!((typeof p === "boolean" || p === null || false))) return false; }
  }
  {
    const p = r["limit"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p) && p >= 1 && p <= 200))) return false; }
  }
  {
    const p = r["type"];
    if (p !== undefined) { n++; if (!((p === "single" || p === "group" || p === "any" || false))) return false; }
  }
  {
    const p = r["query"];
    if (p !== undefined) { n++; if (!((typeof p === "string" && p.length >= 1))) return false; }
  }
  {
    const p = r["scope"];
    if (p !== undefined) { n++; if (!((p === "titles" || p === "participants" || false))) return false; }
  }
  {
    const p = r["lastActivityBefore"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["lastActivityAfter"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["accountIDs"];
    if (p !== undefined) { n++; if (!(check53(p, s))) return false; }
  }
  {
    const p = r["includeMuted"];
    if (p !== undefined) { n++; if (!((typeof p === "boolean" || p === null || false))) return false; }
  }
  {
    const p = r["labelID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check53(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(typeof u[i] === "string")) return false;
  return true;
}

function check54(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["accountID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["messageText"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["user"];
    if (p === undefined || !(checkChatStartUser(p, s))) return false;
    n++;
  }
  {
    const p = r["allowInvite"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function checkChatStartUser(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["id"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
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
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check55(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["chatID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["draft"];
    if (p !== undefined) { n++; if (!(((check56(p, false) ? check56(p, s) : p === null || false)))) return false; }
  }
  {
    const p = r["title"];
    if (p !== undefined) { n++; if (!((typeof p === "string" || p === null || false))) return false; }
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
    const p = r["isArchived"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isLowPriority"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isPinned"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["isMuted"];
    if (p !== undefined) { n++; if (!(typeof p === "boolean")) return false; }
  }
  {
    const p = r["messageExpirySeconds"];
    if (p !== undefined) { n++; if (!(((typeof p === "number" && Number.isSafeInteger(p) && p >= 0) || p === null || false))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check56(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["text"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["attachments"];
    if (p !== undefined) { n++; if (!(check57(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check57(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) { const x = r[k]; if (!(checkDraftAttachmentInput(x, s))) return false; }
  return true;
}

function checkDraftAttachmentInput(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["uploadID"];
    if (p === undefined || !(typeof p === "string")) return false;
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
    const p = r["size"];
    if (p !== undefined) { n++; if (!(check58(p, s))) return false; }
  }
  {
    const p = r["duration"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isFinite(p)))) return false; }
  }
  {
    const p = r["type"];
    if (p !== undefined) { n++; if (!((p === "image" || p === "video" || p === "audio" || p === "file" || p === "gif" || p === "voice-note" || p === "sticker" || false))) return false; }
  }
  {
    const p = r["id"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check58(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["width"];
    if (p === undefined || !((typeof p === "number" && Number.isFinite(p)))) return false;
    n++;
  }
  {
    const p = r["height"];
    if (p === undefined || !((typeof p === "number" && Number.isFinite(p)))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check59(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["chatID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["messageID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["draftText"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["draftAttachmentPath"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check60(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check61(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check62(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
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
    const p = r["forEveryone"];
    if (p !== undefined) { n++; if (!((typeof p === "boolean" || p === null || false))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check63(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["chatID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["cursor"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["direction"];
    if (p !== undefined) { n++; if (!((p === "after" || p === "before" || false))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check64(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
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
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check65(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["query"];
    if (p !== undefined) { n++; if (!((typeof p === "string" && p.length >= 0))) return false; }
  }
  {
    const p = r["cursor"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["direction"];
    if (p !== undefined) { n++; if (!((p === "after" || p === "before" || false))) return false; }
  }
  {
    const p = r["chatIDs"];
    if (p !== undefined) { n++; if (!(check66(p, s))) return false; }
  }
  {
    const p = r["accountIDs"];
    if (p !== undefined) { n++; if (!(check67(p, s))) return false; }
  }
  {
    const p = r["chatType"];
    if (p !== undefined) { n++; if (!((p === "group" || p === "single" || false))) return false; }
  }
  {
    const p = r["mediaTypes"];
    if (p !== undefined) { n++; if (!(check68(p, s))) return false; }
  }
  {
    const p = r["sender"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["dateAfter"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["dateBefore"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["limit"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isSafeInteger(p) && p > 0 && p <= 20))) return false; }
  }
  {
    const p = r["excludeLowPriority"];
    if (p !== undefined) { n++; if (!((typeof p === "boolean" || p === null || false))) return false; }
  }
  {
    const p = r["includeMuted"];
    if (p !== undefined) { n++; if (!((typeof p === "boolean" || p === null || false))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check66(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(typeof u[i] === "string")) return false;
  return true;
}

function check67(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(typeof u[i] === "string")) return false;
  return true;
}

function check68(u: unknown, s: boolean): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!((u[i] === "any" || u[i] === "video" || u[i] === "image" || u[i] === "link" || u[i] === "file" || false))) return false;
  return true;
}

function check69(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["chatID"];
    if (p === undefined || !(typeof p === "string")) return false;
    n++;
  }
  {
    const p = r["text"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["replyToMessageID"];
    if (p !== undefined) { n++; if (!(typeof p === "string")) return false; }
  }
  {
    const p = r["attachment"];
    if (p !== undefined) { n++; if (!(check70(p, s))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check70(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["uploadID"];
    if (p === undefined || !(typeof p === "string")) return false;
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
    const p = r["size"];
    if (p !== undefined) { n++; if (!(check58(p, s))) return false; }
  }
  {
    const p = r["duration"];
    if (p !== undefined) { n++; if (!((typeof p === "number" && Number.isFinite(p)))) return false; }
  }
  {
    const p = r["type"];
    if (p !== undefined) { n++; if (!((p === "image" || p === "video" || p === "audio" || p === "file" || p === "gif" || p === "voice-note" || p === "sticker" || false))) return false; }
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check71(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
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
    const p = r["text"];
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

function check72(u: unknown, s: boolean): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  {
    const p = r["query"];
    if (p === undefined || !((typeof p === "string" && p.length >= 1))) return false;
    n++;
  }
  if (s) { for (const _ in r) n--; if (n !== 0) return false; }
  return true;
}

/**
 * A plain object (not an array, not a class instance) without symbol keys (which the key count does not see and
 * the encode refuses): what the input Schemas' encode returns unchanged.
 */
function plainObject(u: unknown): boolean {
  if (typeof u !== "object" || u === null) return false;
  const proto = Object.getPrototypeOf(u);
  return (proto === Object.prototype || proto === null) && Object.getOwnPropertySymbols(u).length === 0;
}
