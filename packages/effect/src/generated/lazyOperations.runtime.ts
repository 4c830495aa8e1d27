// generated — do not edit.
// Source: spec/openapi.yaml · generator: @hey-api/openapi-ts 0.99.0 + @beeper-kit/effect-schema plugin · regenerate with `pnpm generate`.

import { endpoints, inputs } from './lazyEndpoints.runtime.ts';
import type * as Eager from './endpoints.ts';

export { endpoints };

/** The entries, built when `./operations` is imported (it exports them as constants). */
export const accountsContactsList: typeof Eager.accountsContactsList = endpoints['accounts.contacts.list'];
export const accountsContactsSearch: typeof Eager.accountsContactsSearch = endpoints['accounts.contacts.search'];
export const accountsList: typeof Eager.accountsList = endpoints['accounts.list'];
export const accountsRetrieve: typeof Eager.accountsRetrieve = endpoints['accounts.retrieve'];
export const appSetupEmail: typeof Eager.appSetupEmail = endpoints['app.setup.email'];
export const appSetupRecoveryKeyResetConfirm: typeof Eager.appSetupRecoveryKeyResetConfirm = endpoints['app.setup.recoveryKey.reset.confirm'];
export const appSetupRecoveryKeyResetCreate: typeof Eager.appSetupRecoveryKeyResetCreate = endpoints['app.setup.recoveryKey.reset.create'];
export const appSetupRecoveryKeyVerify: typeof Eager.appSetupRecoveryKeyVerify = endpoints['app.setup.recoveryKey.verify'];
export const appSetupRegister: typeof Eager.appSetupRegister = endpoints['app.setup.register'];
export const appSetupResponse: typeof Eager.appSetupResponse = endpoints['app.setup.response'];
export const appSetupRetrieve: typeof Eager.appSetupRetrieve = endpoints['app.setup.retrieve'];
export const appSetupStart: typeof Eager.appSetupStart = endpoints['app.setup.start'];
export const appSetupVerificationsAccept: typeof Eager.appSetupVerificationsAccept = endpoints['app.setup.verifications.accept'];
export const appSetupVerificationsCancel: typeof Eager.appSetupVerificationsCancel = endpoints['app.setup.verifications.cancel'];
export const appSetupVerificationsCreate: typeof Eager.appSetupVerificationsCreate = endpoints['app.setup.verifications.create'];
export const appSetupVerificationsList: typeof Eager.appSetupVerificationsList = endpoints['app.setup.verifications.list'];
export const appSetupVerificationsQrConfirmScanned: typeof Eager.appSetupVerificationsQrConfirmScanned = endpoints['app.setup.verifications.qr.confirmScanned'];
export const appSetupVerificationsQrScan: typeof Eager.appSetupVerificationsQrScan = endpoints['app.setup.verifications.qr.scan'];
export const appSetupVerificationsRetrieve: typeof Eager.appSetupVerificationsRetrieve = endpoints['app.setup.verifications.retrieve'];
export const appSetupVerificationsSasConfirm: typeof Eager.appSetupVerificationsSasConfirm = endpoints['app.setup.verifications.sas.confirm'];
export const appSetupVerificationsSasStart: typeof Eager.appSetupVerificationsSasStart = endpoints['app.setup.verifications.sas.start'];
export const assetsDownload: typeof Eager.assetsDownload = endpoints['assets.download'];
export const assetsServe: typeof Eager.assetsServe = endpoints['assets.serve'];
export const assetsUpload: typeof Eager.assetsUpload = endpoints['assets.upload'];
export const assetsUploadBase64: typeof Eager.assetsUploadBase64 = endpoints['assets.uploadBase64'];
export const bridgesList: typeof Eager.bridgesList = endpoints['bridges.list'];
export const bridgesLoginFlowsList: typeof Eager.bridgesLoginFlowsList = endpoints['bridges.loginFlows.list'];
export const bridgesLoginsList: typeof Eager.bridgesLoginsList = endpoints['bridges.logins.list'];
export const bridgesLoginsRemove: typeof Eager.bridgesLoginsRemove = endpoints['bridges.logins.remove'];
export const bridgesLoginsRetrieve: typeof Eager.bridgesLoginsRetrieve = endpoints['bridges.logins.retrieve'];
export const bridgesLoginSessionsCancel: typeof Eager.bridgesLoginSessionsCancel = endpoints['bridges.loginSessions.cancel'];
export const bridgesLoginSessionsCreate: typeof Eager.bridgesLoginSessionsCreate = endpoints['bridges.loginSessions.create'];
export const bridgesLoginSessionsRetrieve: typeof Eager.bridgesLoginSessionsRetrieve = endpoints['bridges.loginSessions.retrieve'];
export const bridgesLoginSessionsStepsSubmit: typeof Eager.bridgesLoginSessionsStepsSubmit = endpoints['bridges.loginSessions.steps.submit'];
export const bridgesRetrieve: typeof Eager.bridgesRetrieve = endpoints['bridges.retrieve'];
export const bridgesRetrieveCapabilities: typeof Eager.bridgesRetrieveCapabilities = endpoints['bridges.retrieveCapabilities'];
export const chatsArchive: typeof Eager.chatsArchive = endpoints['chats.archive'];
export const chatsCreate: typeof Eager.chatsCreate = endpoints['chats.create'];
export const chatsList: typeof Eager.chatsList = endpoints['chats.list'];
export const chatsMarkRead: typeof Eager.chatsMarkRead = endpoints['chats.markRead'];
export const chatsMarkUnread: typeof Eager.chatsMarkUnread = endpoints['chats.markUnread'];
export const chatsMessagesReactionsAdd: typeof Eager.chatsMessagesReactionsAdd = endpoints['chats.messages.reactions.add'];
export const chatsMessagesReactionsDelete: typeof Eager.chatsMessagesReactionsDelete = endpoints['chats.messages.reactions.delete'];
export const chatsMessagesReactionsDeleteByQuery: typeof Eager.chatsMessagesReactionsDeleteByQuery = endpoints['chats.messages.reactions.deleteByQuery'];
export const chatsNotifyAnyway: typeof Eager.chatsNotifyAnyway = endpoints['chats.notifyAnyway'];
export const chatsRemindersCreate: typeof Eager.chatsRemindersCreate = endpoints['chats.reminders.create'];
export const chatsRemindersDelete: typeof Eager.chatsRemindersDelete = endpoints['chats.reminders.delete'];
export const chatsRetrieve: typeof Eager.chatsRetrieve = endpoints['chats.retrieve'];
export const chatsSearch: typeof Eager.chatsSearch = endpoints['chats.search'];
export const chatsStart: typeof Eager.chatsStart = endpoints['chats.start'];
export const chatsUpdate: typeof Eager.chatsUpdate = endpoints['chats.update'];
export const focus: typeof Eager.focus = endpoints['focus'];
export const infoRetrieve: typeof Eager.infoRetrieve = endpoints['info.retrieve'];
export const labelsList: typeof Eager.labelsList = endpoints['labels.list'];
export const messagesDelete: typeof Eager.messagesDelete = endpoints['messages.delete'];
export const messagesList: typeof Eager.messagesList = endpoints['messages.list'];
export const messagesRetrieve: typeof Eager.messagesRetrieve = endpoints['messages.retrieve'];
export const messagesSearch: typeof Eager.messagesSearch = endpoints['messages.search'];
export const messagesSend: typeof Eager.messagesSend = endpoints['messages.send'];
export const messagesUpdate: typeof Eager.messagesUpdate = endpoints['messages.update'];
export const search: typeof Eager.search = endpoints['search'];

/** The table as a list. */
export const endpointList: typeof Eager.endpointList = Object.values(endpoints);

/** The input Schemas, built when `./operations` is imported (it exports them as constants). */
export const { AccountsContactsListInput, AccountsContactsSearchInput, AccountsListInput, AccountsRetrieveInput, AppSetupEmailInput, AppSetupRecoveryKeyResetConfirmInput, AppSetupRecoveryKeyResetCreateInput, AppSetupRecoveryKeyVerifyInput, AppSetupRegisterInput, AppSetupResponseInput, AppSetupRetrieveInput, AppSetupStartInput, AppSetupVerificationsAcceptInput, AppSetupVerificationsCancelInput, AppSetupVerificationsCreateInput, AppSetupVerificationsListInput, AppSetupVerificationsQrConfirmScannedInput, AppSetupVerificationsQrScanInput, AppSetupVerificationsRetrieveInput, AppSetupVerificationsSasConfirmInput, AppSetupVerificationsSasStartInput, AssetsDownloadInput, AssetsServeInput, AssetsUploadInput, AssetsUploadBase64Input, BridgesListInput, BridgesLoginFlowsListInput, BridgesLoginsListInput, BridgesLoginsRemoveInput, BridgesLoginsRetrieveInput, BridgesLoginSessionsCancelInput, BridgesLoginSessionsCreateInput, BridgesLoginSessionsRetrieveInput, BridgesLoginSessionsStepsSubmitInput, BridgesRetrieveInput, BridgesRetrieveCapabilitiesInput, ChatsArchiveInput, ChatsCreateInput, ChatsListInput, ChatsMarkReadInput, ChatsMarkUnreadInput, ChatsMessagesReactionsAddInput, ChatsMessagesReactionsDeleteInput, ChatsMessagesReactionsDeleteByQueryInput, ChatsNotifyAnywayInput, ChatsRemindersCreateInput, ChatsRemindersDeleteInput, ChatsRetrieveInput, ChatsSearchInput, ChatsStartInput, ChatsUpdateInput, FocusInput, InfoRetrieveInput, LabelsListInput, MessagesDeleteInput, MessagesListInput, MessagesRetrieveInput, MessagesSearchInput, MessagesSendInput, MessagesUpdateInput, SearchInput } = inputs;
