// `tail`'s readable lines: one send reads as one message (its pending copy marked, that copy's removal unsaid).
import type { LiveEvent, Schemas } from "@beeper-kit/effect"
import { describe, expect, it } from "vitest"
import { makeEventLines, maxPendingCopies } from "../src/output/events.ts"

const chatID = "!family:beeper.com"
const ts = Date.parse("2025-05-06T18:04:58Z")

const message = (id: string, text: string, extra: Partial<Schemas.Message> = {}): Schemas.Message => ({
  id,
  chatID,
  accountID: "whatsapp",
  senderID: "@me:beeper.com",
  sortKey: "1",
  timestamp: "2025-05-06T18:04:58Z",
  isSender: true,
  text,
  ...extra,
})

const upserted = (...entries: ReadonlyArray<Schemas.Message>): LiveEvent => ({
  type: "message.upserted",
  seq: 1,
  ts,
  chatID,
  ids: entries.map((entry) => entry.id),
  entries,
})

const deleted = (...ids: ReadonlyArray<string>): LiveEvent => ({ type: "message.deleted", seq: 2, ts, chatID, ids })

const pending = (id: string, text: string) =>
  message(id, text, { sendStatus: { status: "PENDING", timestamp: "2025-05-06T18:04:58Z" } })
const confirmed = (id: string, text: string) =>
  message(id, text, { sendStatus: { status: "SUCCESS", timestamp: "2025-05-06T18:04:59Z" } })

/** The lines of `events` in order, the text after the time and chat name; `undefined` where nothing is printed. */
const linesOf = (events: ReadonlyArray<LiveEvent>) => {
  const eventLine = makeEventLines()
  return events.map((event) => eventLine(event, "Family")?.replace(/^\d\d:\d\d:\d\d {2}Family {2}/, ""))
}

describe("tail's lines for an own send", () => {
  it("the pending copy is marked, the confirmed message shown, the pending copy's removal not printed", () => {
    // as the mock server (and Desktop) tell it: pending copy under the pendingMessageID, final ID, then its removal
    expect(linesOf([upserted(pending("m1.1", "sent once")), upserted(confirmed("1304807", "sent once")), deleted("m1.1")]))
      // before: "You: sent once", "You: sent once", "1 message deleted" — as if it went out twice
      .toEqual(["You: sent once (sending…)", "You: sent once", undefined])
  })

  it("the removal arriving before the confirmed message is not printed either", () => {
    expect(linesOf([upserted(pending("m1.1", "hi")), deleted("m1.1"), upserted(confirmed("1304807", "hi"))]))
      .toEqual(["You: hi (sending…)", undefined, "You: hi"])
  })

  it("without a pending copy (a Desktop that sends none), the confirmed message alone; a deletion is a deletion", () => {
    expect(linesOf([upserted(confirmed("1304807", "hi")), deleted("1304807")])).toEqual(["You: hi", "1 message deleted"])
  })

  it("a deletion of other messages with a replaced pending copy counts only the others", () => {
    expect(linesOf([upserted(pending("m1.1", "hi")), upserted(confirmed("1304807", "hi")), deleted("m1.1", "900", "901")]))
      .toEqual(["You: hi (sending…)", "You: hi", "2 messages deleted"])
  })

  it("a send that failed says so; deleting it afterwards is a deletion", () => {
    const failed = message("m1.1", "hi", { sendStatus: { status: "FAIL_PERMANENT", timestamp: "2025-05-06T18:04:59Z" } })
    expect(linesOf([upserted(pending("m1.1", "hi")), upserted(failed), deleted("m1.1")]))
      .toEqual(["You: hi (sending…)", "You: hi (not sent)", "1 message deleted"])
  })

  it("pending copies never replaced are remembered up to a bound: the oldest past it is forgotten, its removal a deletion", () => {
    const eventLine = makeEventLines()
    const line = (event: LiveEvent) => eventLine(event, "Family")?.replace(/^\d\d:\d\d:\d\d {2}Family {2}/, "")
    for (let i = 0; i <= maxPendingCopies; i++) line(upserted(pending(`m${i}.1`, "never confirmed")))
    // one more than the bound: the first is no longer known as a pending copy, the last still is
    expect(line(deleted("m0.1"))).toBe("1 message deleted")
    expect(line(deleted(`m${maxPendingCopies}.1`))).toBeUndefined()
    expect(line(deleted("m1.1"))).toBeUndefined()
  })

  it("a pending copy in another chat with the same ID is another message", () => {
    const eventLine = makeEventLines()
    eventLine(upserted(pending("m1.1", "hi")), "Family")
    expect(eventLine({ type: "message.deleted", seq: 3, ts, chatID: "!other:beeper.com", ids: ["m1.1"] }, "Other"))
      .toMatch(/ {2}Other {2}1 message deleted$/)
  })
})
