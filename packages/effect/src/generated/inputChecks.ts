// generated — do not edit.
// Source: spec/openapi.yaml · generator: @hey-api/openapi-ts 0.99.0 + @beeper-kit/effect-schema plugin · regenerate with `pnpm generate`.

// Input checks: see @beeper-kit/codegen src/effect/input-checks.ts. Each `is<Operation>Input` is true only when
// encoding with that input Schema would succeed and return the value unchanged; false means "run the Schema encode".

import { isDateTime } from "../internal/formats.ts";

/** True when `u` is already a valid `AccountsContactsListInput` that encoding would return unchanged (no undeclared keys). */
export const isAccountsContactsListInput: (u: unknown) => boolean = check0;

/** True when `u` is already a valid `AccountsContactsSearchInput` that encoding would return unchanged (no undeclared keys). */
export const isAccountsContactsSearchInput: (u: unknown) => boolean = check1;

/** True when `u` is already a valid `AccountsListInput` that encoding would return unchanged (no undeclared keys). */
export const isAccountsListInput: (u: unknown) => boolean = check2;

/** True when `u` is already a valid `AccountsRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isAccountsRetrieveInput: (u: unknown) => boolean = check3;

/** True when `u` is already a valid `AppSetupEmailInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupEmailInput: (u: unknown) => boolean = check4;

/** True when `u` is already a valid `AppSetupRecoveryKeyResetConfirmInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupRecoveryKeyResetConfirmInput: (u: unknown) => boolean = check5;

/** True when `u` is already a valid `AppSetupRecoveryKeyResetCreateInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupRecoveryKeyResetCreateInput: (u: unknown) => boolean = check6;

/** True when `u` is already a valid `AppSetupRecoveryKeyVerifyInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupRecoveryKeyVerifyInput: (u: unknown) => boolean = check5;

/** True when `u` is already a valid `AppSetupRegisterInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupRegisterInput: (u: unknown) => boolean = check8;

/** True when `u` is already a valid `AppSetupResponseInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupResponseInput: (u: unknown) => boolean = check9;

/** True when `u` is already a valid `AppSetupRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupRetrieveInput: (u: unknown) => boolean = check2;

/** True when `u` is already a valid `AppSetupStartInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupStartInput: (u: unknown) => boolean = check2;

/** True when `u` is already a valid `AppSetupVerificationsAcceptInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsAcceptInput: (u: unknown) => boolean = check12;

/** True when `u` is already a valid `AppSetupVerificationsCancelInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsCancelInput: (u: unknown) => boolean = check13;

/** True when `u` is already a valid `AppSetupVerificationsCreateInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsCreateInput: (u: unknown) => boolean = check14;

/** True when `u` is already a valid `AppSetupVerificationsListInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsListInput: (u: unknown) => boolean = check2;

/** True when `u` is already a valid `AppSetupVerificationsQrConfirmScannedInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsQrConfirmScannedInput: (u: unknown) => boolean = check12;

/** True when `u` is already a valid `AppSetupVerificationsQrScanInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsQrScanInput: (u: unknown) => boolean = check17;

/** True when `u` is already a valid `AppSetupVerificationsRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsRetrieveInput: (u: unknown) => boolean = check12;

/** True when `u` is already a valid `AppSetupVerificationsSasConfirmInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsSasConfirmInput: (u: unknown) => boolean = check12;

/** True when `u` is already a valid `AppSetupVerificationsSasStartInput` that encoding would return unchanged (no undeclared keys). */
export const isAppSetupVerificationsSasStartInput: (u: unknown) => boolean = check12;

/** True when `u` is already a valid `AssetsDownloadInput` that encoding would return unchanged (no undeclared keys). */
export const isAssetsDownloadInput: (u: unknown) => boolean = check21;

/** True when `u` is already a valid `AssetsServeInput` that encoding would return unchanged (no undeclared keys). */
export const isAssetsServeInput: (u: unknown) => boolean = check22;

/** True when `u` is already a valid `AssetsUploadBase64Input` that encoding would return unchanged (no undeclared keys). */
export const isAssetsUploadBase64Input: (u: unknown) => boolean = check24;

/** True when `u` is already a valid `BridgesListInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesListInput: (u: unknown) => boolean = check2;

/** True when `u` is already a valid `BridgesLoginFlowsListInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesLoginFlowsListInput: (u: unknown) => boolean = check26;

/** True when `u` is already a valid `BridgesLoginsListInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesLoginsListInput: (u: unknown) => boolean = check27;

/** True when `u` is already a valid `BridgesLoginsRemoveInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesLoginsRemoveInput: (u: unknown) => boolean = check28;

/** True when `u` is already a valid `BridgesLoginsRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesLoginsRetrieveInput: (u: unknown) => boolean = check29;

/** True when `u` is already a valid `BridgesLoginSessionsCancelInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesLoginSessionsCancelInput: (u: unknown) => boolean = check30;

/** True when `u` is already a valid `BridgesLoginSessionsCreateInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesLoginSessionsCreateInput: (u: unknown) => boolean = check31;

/** True when `u` is already a valid `BridgesLoginSessionsRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesLoginSessionsRetrieveInput: (u: unknown) => boolean = check30;

/** True when `u` is already a valid `BridgesLoginSessionsStepsSubmitInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesLoginSessionsStepsSubmitInput: (u: unknown) => boolean = check33;

/** True when `u` is already a valid `BridgesRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesRetrieveInput: (u: unknown) => boolean = check26;

/** True when `u` is already a valid `BridgesRetrieveCapabilitiesInput` that encoding would return unchanged (no undeclared keys). */
export const isBridgesRetrieveCapabilitiesInput: (u: unknown) => boolean = check26;

/** True when `u` is already a valid `ChatsArchiveInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsArchiveInput: (u: unknown) => boolean = check37;

/** True when `u` is already a valid `ChatsCreateInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsCreateInput: (u: unknown) => boolean = check38;

/** True when `u` is already a valid `ChatsListInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsListInput: (u: unknown) => boolean = check40;

/** True when `u` is already a valid `ChatsMarkReadInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsMarkReadInput: (u: unknown) => boolean = check42;

/** True when `u` is already a valid `ChatsMarkUnreadInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsMarkUnreadInput: (u: unknown) => boolean = check42;

/** True when `u` is already a valid `ChatsMessagesReactionsAddInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsMessagesReactionsAddInput: (u: unknown) => boolean = check44;

/** True when `u` is already a valid `ChatsMessagesReactionsDeleteInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsMessagesReactionsDeleteInput: (u: unknown) => boolean = check45;

/** True when `u` is already a valid `ChatsMessagesReactionsDeleteByQueryInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsMessagesReactionsDeleteByQueryInput: (u: unknown) => boolean = check45;

/** True when `u` is already a valid `ChatsNotifyAnywayInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsNotifyAnywayInput: (u: unknown) => boolean = check47;

/** True when `u` is already a valid `ChatsRemindersCreateInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsRemindersCreateInput: (u: unknown) => boolean = check49;

/** True when `u` is already a valid `ChatsRemindersDeleteInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsRemindersDeleteInput: (u: unknown) => boolean = check50;

/** True when `u` is already a valid `ChatsRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsRetrieveInput: (u: unknown) => boolean = check51;

/** True when `u` is already a valid `ChatsSearchInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsSearchInput: (u: unknown) => boolean = check52;

/** True when `u` is already a valid `ChatsStartInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsStartInput: (u: unknown) => boolean = check54;

/** True when `u` is already a valid `ChatsUpdateInput` that encoding would return unchanged (no undeclared keys). */
export const isChatsUpdateInput: (u: unknown) => boolean = check55;

/** True when `u` is already a valid `FocusInput` that encoding would return unchanged (no undeclared keys). */
export const isFocusInput: (u: unknown) => boolean = check59;

/** True when `u` is already a valid `InfoRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isInfoRetrieveInput: (u: unknown) => boolean = check2;

/** True when `u` is already a valid `LabelsListInput` that encoding would return unchanged (no undeclared keys). */
export const isLabelsListInput: (u: unknown) => boolean = check2;

/** True when `u` is already a valid `MessagesDeleteInput` that encoding would return unchanged (no undeclared keys). */
export const isMessagesDeleteInput: (u: unknown) => boolean = check62;

/** True when `u` is already a valid `MessagesListInput` that encoding would return unchanged (no undeclared keys). */
export const isMessagesListInput: (u: unknown) => boolean = check63;

/** True when `u` is already a valid `MessagesRetrieveInput` that encoding would return unchanged (no undeclared keys). */
export const isMessagesRetrieveInput: (u: unknown) => boolean = check64;

/** True when `u` is already a valid `MessagesSearchInput` that encoding would return unchanged (no undeclared keys). */
export const isMessagesSearchInput: (u: unknown) => boolean = check65;

/** True when `u` is already a valid `MessagesSendInput` that encoding would return unchanged (no undeclared keys). */
export const isMessagesSendInput: (u: unknown) => boolean = check69;

/** True when `u` is already a valid `MessagesUpdateInput` that encoding would return unchanged (no undeclared keys). */
export const isMessagesUpdateInput: (u: unknown) => boolean = check70;

/** True when `u` is already a valid `SearchInput` that encoding would return unchanged (no undeclared keys). */
export const isSearchInput: (u: unknown) => boolean = check71;

function check0(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "accountID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "cursor":
        if (!(typeof p === "string")) return false;
        break;
      case "direction":
        if (!(p === "after" || p === "before")) return false;
        break;
      case "limit":
        if (!(typeof p === "number" && Number.isSafeInteger(p) && p >= 1 && p <= 200)) return false;
        break;
      case "query":
        if (!(typeof p === "string" && p.length >= 1)) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check1(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "accountID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "query":
        if (!(typeof p === "string" && p.length >= 1)) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check2(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      default:
        return false;
    }
  }
  return true;
}

function check3(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "accountID":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check4(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "email": case "setupRequestID":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check5(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "recoveryKey":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check6(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "existingRecoveryKey":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function check8(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "acceptTerms":
        if (!(p === true)) return false; n++;
        break;
      case "leadToken": case "setupRequestID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "username":
        if (!(typeof p === "string" && p.length >= 1)) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 4;
}

function check9(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "response": case "setupRequestID":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check12(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "verificationID":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check13(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "verificationID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "code": case "reason":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check14(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "purpose":
        if (!(p === "login" || p === "device")) return false;
        break;
      case "userID":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function check17(u: unknown): boolean {
  if (!plainObject(u)) return false;
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

function check21(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "url":
        if (!(typeof p === "string" && p.length >= 1)) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check22(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "url":
        if (!(typeof p === "string" && p.length >= 1)) return false; n++;
        break;
      case "range":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check24(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "content":
        if (!(typeof p === "string" && p.length >= 1 && p.length <= 750000000)) return false; n++;
        break;
      case "fileName": case "mimeType":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check26(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "bridgeID":
        if (!(typeof p === "string" && p.length >= 1)) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check27(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "bridgeID":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check28(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "bridgeID": case "loginID":
        if (!(typeof p === "string" && p.length >= 1)) return false; n++;
        break;
      case "scope":
        if (!(p === "current-device" || p === "all-devices")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 3;
}

function check29(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "bridgeID": case "loginID":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check30(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "bridgeID": case "loginSessionID":
        if (!(typeof p === "string" && p.length >= 1)) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check31(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "bridgeID":
        if (!(typeof p === "string" && p.length >= 1)) return false; n++;
        break;
      case "accountID": case "flowID": case "loginID":
        if (!(typeof p === "string" && p.length >= 1)) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check33(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "bridgeID": case "loginSessionID": case "stepID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "type":
        if (!(p === "user_input" || p === "cookies" || p === "display_and_wait")) return false; n++;
        break;
      case "fields":
        if (!(check34(p))) return false;
        break;
      case "lastURL":
        if (!(typeof p === "string")) return false;
        break;
      case "source":
        if (!(p === "api" || p === "webview" || p === "browser_extension")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 4;
}

function check34(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) if (!(typeof r[k] === "string")) return false;
  return true;
}

function check37(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chatID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "archived":
        if (!(typeof p === "boolean")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check38(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "accountID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "messageText": case "title":
        if (!(typeof p === "string")) return false;
        break;
      case "type":
        if (!(p === "single" || p === "group")) return false; n++;
        break;
      case "participantIDs":
        if (!(check39(p))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 3;
}

function check39(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(typeof u[i] === "string")) return false;
  return true && u.length >= 1;
}

function check40(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "cursor":
        if (!(typeof p === "string")) return false;
        break;
      case "direction":
        if (!(p === "after" || p === "before")) return false;
        break;
      case "accountIDs":
        if (!(check41(p))) return false;
        break;
      case "limit":
        if (!(typeof p === "number" && Number.isSafeInteger(p) && p >= 1 && p <= 200)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function check41(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!(typeof u[i] === "string")) return false;
  return true;
}

function check42(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chatID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "messageID":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check44(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chatID": case "messageID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "reactionKey":
        if (!(typeof p === "string" && p.length >= 1)) return false; n++;
        break;
      case "transactionID":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 3;
}

function check45(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chatID": case "messageID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "reactionKey":
        if (!(typeof p === "string" && p.length >= 1)) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 3;
}

function check47(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chatID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "body":
        if (!(check48(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check48(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) if (!(true)) return false;
  return true;
}

function check49(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chatID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "reminder":
        if (!(checkChatReminderInput(p))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function checkChatReminderInput(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "remindAt":
        if (!(typeof p === "string" && isDateTime(p))) return false; n++;
        break;
      case "dismissOnIncomingMessage":
        if (!(typeof p === "boolean")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check50(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chatID":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check51(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chatID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "maxParticipantCount":
        if (!((typeof p === "number" && Number.isSafeInteger(p) && p >= -1 && p <= 500) || p === null)) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check52(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "cursor": case "labelID":
        if (!(typeof p === "string")) return false;
        break;
      case "direction":
        if (!(p === "after" || p === "before")) return false;
        break;
      case "inbox":
        if (!(p === "primary" || p === "low-priority" || p === "archive")) return false;
        break;
      case "unreadOnly": case "includeMuted":
        if (!(typeof p === "boolean" || p === null)) return false;
        break;
      case "limit":
        if (!(typeof p === "number" && Number.isSafeInteger(p) && p >= 1 && p <= 200)) return false;
        break;
      case "type":
        if (!(p === "single" || p === "group" || p === "any")) return false;
        break;
      case "query":
        if (!(typeof p === "string" && p.length >= 1)) return false;
        break;
      case "scope":
        if (!(p === "titles" || p === "participants")) return false;
        break;
      case "lastActivityBefore": case "lastActivityAfter":
        if (!(typeof p === "string" && isDateTime(p))) return false;
        break;
      case "accountIDs":
        if (!(check41(p))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function check54(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "accountID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "messageText":
        if (!(typeof p === "string")) return false;
        break;
      case "user":
        if (!(checkChatStartUser(p))) return false; n++;
        break;
      case "allowInvite":
        if (!(typeof p === "boolean")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function checkChatStartUser(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "id": case "username": case "phoneNumber": case "email": case "fullName":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function check55(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chatID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "draft":
        if (!(p === null || check56(p))) return false;
        break;
      case "title": case "description": case "imgURL":
        if (!(typeof p === "string" || p === null)) return false;
        break;
      case "isArchived": case "isLowPriority": case "isPinned": case "isMuted":
        if (!(typeof p === "boolean")) return false;
        break;
      case "messageExpirySeconds":
        if (!((typeof p === "number" && Number.isSafeInteger(p) && p >= 0) || p === null)) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check56(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "text":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "attachments":
        if (!(check57(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check57(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) if (!(checkDraftAttachmentInput(r[k]))) return false;
  return true;
}

function checkDraftAttachmentInput(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "uploadID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "mimeType": case "fileName": case "id":
        if (!(typeof p === "string")) return false;
        break;
      case "size":
        if (!(check58(p))) return false;
        break;
      case "duration":
        if (!(Number.isFinite(p))) return false;
        break;
      case "type":
        if (!(p === "image" || p === "video" || p === "audio" || p === "file" || p === "gif" || p === "voice-note" || p === "sticker")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check58(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "width": case "height":
        if (!(Number.isFinite(p))) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check59(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chatID": case "messageID": case "draftText": case "draftAttachmentPath":
        if (!(typeof p === "string")) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function check62(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chatID": case "messageID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "forEveryone":
        if (!(typeof p === "boolean" || p === null)) return false;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check63(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chatID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "cursor":
        if (!(typeof p === "string")) return false;
        break;
      case "direction":
        if (!(p === "after" || p === "before")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check64(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chatID": case "messageID":
        if (!(typeof p === "string")) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 2;
}

function check65(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "query":
        if (!(typeof p === "string" && p.length >= 0)) return false;
        break;
      case "cursor": case "sender":
        if (!(typeof p === "string")) return false;
        break;
      case "direction":
        if (!(p === "after" || p === "before")) return false;
        break;
      case "chatIDs": case "accountIDs":
        if (!(check41(p))) return false;
        break;
      case "chatType":
        if (!(p === "group" || p === "single")) return false;
        break;
      case "mediaTypes":
        if (!(check68(p))) return false;
        break;
      case "dateAfter": case "dateBefore":
        if (!(typeof p === "string" && isDateTime(p))) return false;
        break;
      case "limit":
        if (!(typeof p === "number" && Number.isSafeInteger(p) && p > 0 && p <= 20)) return false;
        break;
      case "excludeLowPriority": case "includeMuted":
        if (!(typeof p === "boolean" || p === null)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function check68(u: unknown): boolean {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) { const x = u[i]; if (!(x === "any" || x === "video" || x === "image" || x === "link" || x === "file")) return false; }
  return true;
}

function check69(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chatID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "text": case "replyToMessageID":
        if (!(typeof p === "string")) return false;
        break;
      case "attachment":
        if (!(checkMessageSendAttachment(p))) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function checkMessageSendAttachment(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "uploadID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "mimeType": case "fileName":
        if (!(typeof p === "string")) return false;
        break;
      case "size":
        if (!(check58(p))) return false;
        break;
      case "duration":
        if (!(Number.isFinite(p))) return false;
        break;
      case "type":
        if (!(p === "image" || p === "video" || p === "audio" || p === "file" || p === "gif" || p === "voice-note" || p === "sticker")) return false;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

function check70(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "chatID": case "messageID":
        if (!(typeof p === "string")) return false; n++;
        break;
      case "text":
        if (!(typeof p === "string" && p.length >= 1)) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 3;
}

function check71(u: unknown): boolean {
  if (!plainObject(u)) return false;
  const r = u as { readonly [key: string]: unknown };
  let n = 0;
  for (const k in r) {
    const p = r[k];
    switch (k) {
      case "query":
        if (!(typeof p === "string" && p.length >= 1)) return false; n++;
        break;
      default:
        return false;
    }
  }
  return n === 1;
}

/**
 * A plain object (not an array, not a class instance) whose own keys are all enumerable strings, as `for…in` sees
 * them (the encode refuses a symbol key and reads a non-enumerable one): what the input Schemas' encode returns
 * unchanged. (No symbol, and as many own names as enumerable ones: `Reflect.ownKeys` says the same but makes
 * ~4× the garbage on V8 for a small object, on every call.)
 */
function plainObject(u: unknown): boolean {
  if (typeof u !== "object" || u === null) return false;
  const proto = Object.getPrototypeOf(u);
  return (proto === Object.prototype || proto === null) && Object.getOwnPropertySymbols(u).length === 0 &&
    Object.getOwnPropertyNames(u).length === Object.keys(u).length;
}
