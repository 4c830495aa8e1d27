// The bytes every benchmark server serves (see fixtures.ts for where they come from), saved once by the parent
// and read by every child process.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"

/** What the benchmark servers serve. */
export interface Payloads {
  /** `GET /v1/chats?limit=25`: a realistic page of 25 chats (participants, previews, capabilities). */
  readonly chatsPage: string
  /** The chat that sends go to. */
  readonly chatID: string
  /** `POST /v1/chats/{chatID}/messages` answer. */
  readonly sendResponse: string
  /** The `items` of one full page of `GET /v1/chats/{chatID}/messages` (20 messages). */
  readonly messagesItems: string
  readonly messagesPerPage: number
  /** One message, for `message.upserted` live events. */
  readonly eventMessage: string
  /** `GET /v1/accounts` answer (what `beeper-kit accounts` lists). */
  readonly accounts: string
}

/** Writes the payloads where the child processes read them (`BENCH_PAYLOADS`). */
export const savePayloads = (dir: string, payloads: Payloads): string => {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, "payloads.json")
  writeFileSync(file, JSON.stringify(payloads))
  return file
}

/** Reads the payloads a parent saved (path in `BENCH_PAYLOADS`). */
export const loadPayloads = (): Payloads => {
  const file = process.env["BENCH_PAYLOADS"]
  if (file === undefined) throw new Error("BENCH_PAYLOADS is not set")
  return JSON.parse(readFileSync(file, "utf8")) as Payloads
}
