/** The seeded fixtures: deterministic for a seed, and containing every kind of data the API models. */
import { describe, expect, it } from "vitest"
import { createStore } from "../src/store/index.ts"

const anchorMs = Date.parse("2026-05-06T12:00:00Z")
const build = (seed: string | number) => createStore({ seed, anchorMs, sendDelay: "manual", remoteDelay: "manual", appState: "ready" })

const snapshot = (seed: string | number) => {
  const { records, views } = build(seed)
  return {
    accounts: records.accounts.map((a) => a.account),
    chats: records.chats().map((c) => views.chat(c, -1)),
    messages: records.allMessages().map(({ record }) => record.message),
  }
}

describe("fixtures", () => {
  it("are identical for the same seed and differ for another seed", () => {
    const a = snapshot(7)
    expect(snapshot(7)).toEqual(a)
    const b = snapshot("another seed")
    expect(b.chats.map((c) => c.id)).not.toEqual(a.chats.map((c) => c.id))
    expect(b.messages.map((m) => m.text)).not.toEqual(a.messages.map((m) => m.text))
  })

  it("hold at least 50 chats in every state and thousands of messages of every kind", () => {
    const { records, views } = build(1)
    const chats = records.chats().map((c) => views.chat(c, -1))
    expect(chats.length).toBeGreaterThanOrEqual(50)
    const count = (predicate: (c: (typeof chats)[number]) => boolean) => chats.filter(predicate).length
    expect(count((c) => c.type === "single")).toBeGreaterThan(20)
    expect(count((c) => c.type === "group")).toBeGreaterThan(15)
    for (const flag of ["isMuted", "isArchived", "isPinned", "isLowPriority", "isMarkedUnread", "isReadOnly"] as const) expect(count((c) => c[flag] === true), flag).toBeGreaterThan(0)
    expect(count((c) => c.unreadCount > 0)).toBeGreaterThanOrEqual(20)
    expect(count((c) => (c.unreadMentionsCount ?? 0) > 0)).toBeGreaterThan(0)
    expect(count((c) => c.reminder != null)).toBeGreaterThan(0)
    expect(count((c) => c.snooze != null)).toBeGreaterThan(0)
    expect(count((c) => c.draft != null)).toBeGreaterThan(0)
    expect(count((c) => (c.labels?.length ?? 0) > 0)).toBeGreaterThan(0)
    expect(count((c) => c.merge !== undefined)).toBe(1)
    expect(count((c) => c.messageExpirySeconds != null)).toBeGreaterThan(0)

    const messages = records.allMessages().map(({ record }) => record.message)
    expect(messages.length).toBeGreaterThan(3000)
    const types = new Set(messages.map((m) => m.type))
    for (const type of ["TEXT", "NOTICE", "IMAGE", "VIDEO", "VOICE", "AUDIO", "FILE", "STICKER", "LOCATION"]) expect(types, type).toContain(type)
    const attachments = messages.flatMap((m) => m.attachments ?? [])
    for (const type of ["img", "video", "audio", "unknown"] as const) expect(attachments.some((a) => a.type === type), type).toBe(true)
    expect(attachments.some((a) => a.isGif)).toBe(true)
    expect(attachments.some((a) => a.isSticker)).toBe(true)
    expect(attachments.some((a) => a.isVoiceNote && a.transcription)).toBe(true)
    expect(attachments.some((a) => a.posterImg)).toBe(true)
    expect(messages.some((m) => m.linkedMessageID)).toBe(true)
    expect(messages.some((m) => (m.reactions?.length ?? 0) > 0)).toBe(true)
    expect(messages.some((m) => m.editedTimestamp)).toBe(true)
    expect(messages.some((m) => m.isDeleted)).toBe(true)
    expect(messages.some((m) => m.isHidden)).toBe(true)
    expect(messages.some((m) => (m.links?.length ?? 0) > 0)).toBe(true)
    expect(messages.some((m) => m.sendStatus?.status === "FAIL_PERMANENT")).toBe(true)
    expect(Math.max(...records.chats().map((c) => c.messages.length))).toBe(1500)
  })

  it("give every message a unique ID and sort key, in timestamp order", () => {
    const { records } = build(3)
    const all = records.allMessages().map(({ record }) => record)
    expect(new Set(all.map((r) => r.message.id)).size).toBe(all.length)
    const byKey = [...all].sort((a, b) => (a.message.sortKey < b.message.sortKey ? -1 : 1))
    for (let i = 1; i < byKey.length; i++) expect((byKey[i] as typeof all[number]).ts).toBeGreaterThanOrEqual((byKey[i - 1] as typeof all[number]).ts)
    expect(all.every((r) => r.ts < anchorMs + 86_400_000)).toBe(true)
  })
})
