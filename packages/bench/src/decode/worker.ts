// Where the validated client's time goes, measured on the same bytes: JSON.parse versus decoding with the
// generated Effect Schemas, for the 25-chat page and for one live event's Message.
//   node decode/worker.ts
import { endpoints, Schemas } from "@beeper-kit/effect"
import { Exit, Schema } from "effect"
import { report } from "../child.ts"
import { loadPayloads } from "../payloads.ts"
import { median } from "../stats.ts"

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
report({ pageBytes: payloads.chatsPage.length, pageParse, pageDecode, messageBytes: payloads.eventMessage.length, messageParse, messageDecode })
