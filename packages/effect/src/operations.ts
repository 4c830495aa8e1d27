/**
 * `@beeper-kit/effect/operations` — one export per operation of the Beeper Desktop HTTP API: its endpoint entry
 * (`chatsList`, `messagesSend`, `chatsMessagesReactionsAdd`, ... — the operationId in camelCase) and its input Schema
 * (`ChatsListInput`, ...), for {@link BeeperClient}: `client.call(chatsList, { limit: 10 })`. Every entry is a plain
 * constant of pure-annotated Schemas, so a bundler keeps only the operations a program imports (the whole `endpoints`
 * table, also exported here, keeps them all).
 *
 * @module
 */
export * from "./generated/endpoints.ts"
