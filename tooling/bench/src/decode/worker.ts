// Where the validated client's time goes, measured on the same bytes: JSON.parse versus the generated fast check
// (what the client runs on every response) and the generated Effect Schema decode (what it runs only when the
// fast check fails, for the precise DecodeError), for the 25-chat page and for one live event's Message.
//   node decode/worker.ts
import { endpoints, Schemas } from "@beeper-kit/effect"
import { Exit, Schema } from "effect"
import { report } from "../child.ts"
import { loadPayloads } from "../payloads.ts"
import { median } from "../stats.ts"
import { isMessage, responseValidators } from "../../../../packages/effect/src/generated/validators.ts"

const payloads = loadPayloads()
const chatsList = endpoints["chats.list"].success.schema as unknown as Schema.Top
const decodePage = Schema.decodeUnknownExit(chatsList as never) as (u: unknown) => Exit.Exit<unknown, unknown>
const decodeMessage = Schema.decodeUnknownExit(Schemas.Message) as (u: unknown) => Exit.Exit<unknown, unknown>

/** Median time of `f` in ms over 7 rounds of `n` calls. */
const time = (n: number, f: () => void): number => {
  const rounds: Array<number> = []
  for (let round = 0; round < 7; round++) {
    const started = performance.now()
    for (let i = 0; i < n; i++) f()
    rounds.push((performance.now() - started) / n)
  }
  return median(rounds)
}

const check = (exit: Exit.Exit<unknown, unknown>) => {
  if (Exit.isFailure(exit)) throw new Error(`fixture does not decode: ${String(exit.cause)}`)
}
time(300, () => check(decodePage(JSON.parse(payloads.chatsPage))))
const pageParse = time(500, () => JSON.parse(payloads.chatsPage))
const pageDecode = time(500, () => check(decodePage(JSON.parse(payloads.chatsPage)))) - pageParse
const messageParse = time(20_000, () => JSON.parse(payloads.eventMessage))
const messageDecode = time(20_000, () => check(decodeMessage(JSON.parse(payloads.eventMessage)))) - messageParse
const checkPage = responseValidators["chats.list"]!
if (!checkPage(JSON.parse(payloads.chatsPage)) || !isMessage(JSON.parse(payloads.eventMessage))) {
  throw new Error("the fast checks refuse the fixtures")
}
// the checks only read their input, so they are timed on one parsed value (a difference of two noisy timings
// would be smaller than the noise)
const parsedPage: unknown = JSON.parse(payloads.chatsPage)
const parsedMessage: unknown = JSON.parse(payloads.eventMessage)
const pageCheck = time(2_000, () => checkPage(parsedPage))
const messageCheck = time(100_000, () => isMessage(parsedMessage))
report({ pageCheck, messageCheck, pageBytes: payloads.chatsPage.length, pageParse, pageDecode, messageBytes: payloads.eventMessage.length, messageParse, messageDecode })
