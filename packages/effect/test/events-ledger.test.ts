// The subscription ledger (events/Ledger.ts) on its own: no socket, no Effect runtime — plain state, transitions,
// and the waiters (here strings) each transition says to settle.
import { describe, expect, it } from "vitest"
import * as Ledger from "../src/events/Ledger.ts"

type L = Ledger.Ledger<string>

/** Sends the current set for `kind`, returning the new ledger and the request's ID. */
const sent = (ledger: L, kind: Ledger.RequestKind): [L, string] => {
  const result = Ledger.send(ledger, kind)
  return [result.ledger, result.request.requestID]
}

describe("Ledger", () => {
  it("starts with the initial set, nothing sent, nothing acknowledged", () => {
    const ledger = Ledger.make<string>(["c1"])
    expect(ledger).toEqual({ desired: ["c1"], version: 0, acknowledged: undefined, acknowledgedVersion: undefined, requests: 0, inFlight: [], waiting: [], ended: false })
  })

  it("a handshake carries the desired set and its version; its acknowledgement records the effective set", () => {
    const [ledger, id] = sent(Ledger.make(["c1"]), "handshake")
    expect(id).toBe("r1")
    expect(ledger.inFlight).toEqual([{ requestID: "r1", version: 0, chatIDs: ["c1"], kind: "handshake" }])
    const acked = Ledger.acknowledge(ledger, "r1", ["c1"])
    expect(acked.request?.kind).toBe("handshake")
    expect(acked.previous).toBeUndefined()
    expect(acked.ledger.acknowledged).toEqual(["c1"])
    expect(acked.ledger.inFlight).toEqual([])
    expect(acked.answered).toEqual([])
  })

  it("set then ack: the waiter of the change is answered by its acknowledgement", () => {
    let [ledger] = sent(Ledger.make(["c1"]), "handshake")
    ledger = Ledger.acknowledge(ledger, "r1", ["c1"]).ledger
    ledger = Ledger.want(ledger, ["c2"], "w1")
    expect(ledger.desired).toEqual(["c2"])
    expect(ledger.version).toBe(1)
    let id: string
    ;[ledger, id] = sent(ledger, "user")
    expect(id).toBe("r2")
    const acked = Ledger.acknowledge(ledger, id, ["c2"])
    expect(acked.answered).toEqual(["w1"])
    expect(acked.previous).toEqual(["c1"])
    expect(acked.ledger.waiting).toEqual([])
    expect(acked.ledger.acknowledged).toEqual(["c2"])
  })

  it("an acknowledgement answers every waiter up to its version, not later ones", () => {
    let ledger = Ledger.make<string>(["*"])
    ledger = Ledger.want(ledger, ["a"], "w1")
    ;[ledger] = sent(ledger, "user") // r1, version 1
    ledger = Ledger.want(ledger, ["b"], "w2")
    ledger = Ledger.want(ledger, ["c"], "w3")
    ;[ledger] = sent(ledger, "user") // r2, version 3
    const first = Ledger.acknowledge(ledger, "r1", ["a"])
    expect(first.answered).toEqual(["w1"])
    const second = Ledger.acknowledge(first.ledger, "r2", ["c"])
    expect(second.answered).toEqual(["w2", "w3"])
    expect(second.ledger.waiting).toEqual([])
  })

  it("out-of-order acknowledgements: each names its request; a late older one answers nothing new", () => {
    let ledger = Ledger.make<string>([])
    ledger = Ledger.want(ledger, ["a"], "w1")
    ;[ledger] = sent(ledger, "user") // r1, version 1
    ledger = Ledger.want(ledger, ["b"], "w2")
    ;[ledger] = sent(ledger, "user") // r2, version 2
    const newer = Ledger.acknowledge(ledger, "r2", ["b"])
    expect(newer.request?.requestID).toBe("r2")
    expect(newer.answered).toEqual(["w1", "w2"])
    const older = Ledger.acknowledge(newer.ledger, "r1", ["a"])
    expect(older.request?.requestID).toBe("r1")
    expect(older.answered).toEqual([])
    expect(older.ledger.inFlight).toEqual([])
  })

  it("a reply without a requestID answers the oldest request in flight; one for no request changes nothing", () => {
    let ledger = Ledger.make<string>(["c1"])
    ;[ledger] = sent(ledger, "handshake")
    ;[ledger] = sent(ledger, "probe")
    const acked = Ledger.acknowledge(ledger, undefined, ["c1"])
    expect(acked.request?.requestID).toBe("r1")
    expect(acked.ledger.inFlight.map((r) => r.requestID)).toEqual(["r2"])
    const unknown = Ledger.acknowledge(acked.ledger, "r99", ["x"])
    expect(unknown.request).toBeUndefined()
    expect(unknown.ledger).toBe(acked.ledger)
    const none = Ledger.acknowledge(Ledger.make<string>([]), undefined, ["x"])
    expect(none.request).toBeUndefined()
  })

  it("a rejected latest change fails its waiter and falls back to the acknowledged set", () => {
    let ledger = Ledger.make<string>(["c1"])
    ;[ledger] = sent(ledger, "handshake")
    ledger = Ledger.acknowledge(ledger, "r1", ["c1"]).ledger
    ledger = Ledger.want(ledger, ["bad"], "w1")
    ;[ledger] = sent(ledger, "user")
    const rejected = Ledger.reject(ledger, "r2")
    expect(rejected.request?.kind).toBe("user")
    expect(rejected.rejected).toEqual(["w1"])
    expect(rejected.ledger.desired).toEqual(["c1"])
    expect(rejected.ledger.waiting).toEqual([])
    // the server's set is the desired one again: acknowledged at the rejected version, nothing to wait for
    expect(rejected.ledger.acknowledged).toEqual(["c1"])
    expect(rejected.ledger.acknowledgedVersion).toBe(rejected.ledger.version)
  })

  it("a rejected change that was overtaken keeps the newer desired set and its waiter", () => {
    let ledger = Ledger.make<string>(["c1"])
    ;[ledger] = sent(ledger, "handshake")
    ledger = Ledger.acknowledge(ledger, "r1", ["c1"]).ledger
    ledger = Ledger.want(ledger, ["bad"], "w1")
    ;[ledger] = sent(ledger, "user") // r2
    ledger = Ledger.want(ledger, ["c3"], "w2")
    const rejected = Ledger.reject(ledger, "r2")
    expect(rejected.rejected).toEqual(["w1"])
    expect(rejected.ledger.desired).toEqual(["c3"])
    expect(rejected.ledger.waiting.map((w) => w.waiter)).toEqual(["w2"])
    expect(rejected.ledger.acknowledgedVersion).toBe(0)
  })

  it("a rejected handshake or probe settles no waiter; an error for no request of ours is not ours", () => {
    let ledger = Ledger.make<string>(["c1"])
    ledger = Ledger.want(ledger, ["c2"], "w1")
    ;[ledger] = sent(ledger, "handshake")
    const handshake = Ledger.reject(ledger, "r1")
    expect(handshake.request?.kind).toBe("handshake")
    expect(handshake.rejected).toEqual([])
    expect(handshake.ledger.waiting.map((w) => w.waiter)).toEqual(["w1"])
    expect(handshake.ledger.desired).toEqual(["c2"])
    expect(Ledger.reject(handshake.ledger, "r1").request).toBeUndefined()
  })

  it("a rejected handshake that carried a change made while disconnected rejects the change and falls back; of the kept set, it is the end", () => {
    let [ledger] = sent(Ledger.make(["c1"]), "handshake")
    ledger = Ledger.acknowledge(ledger, "r1", ["c1"]).ledger
    ledger = Ledger.disconnect(ledger)
    ledger = Ledger.want(ledger, ["c2"], "w1")
    ledger = Ledger.want(ledger, ["bad"], "w2")
    const [withHandshake] = sent(ledger, "handshake")
    const request = withHandshake.inFlight[0]!
    const taken = Ledger.reject(withHandshake, request.requestID)
    const rejected = Ledger.rejectHandshake(taken.ledger, request)
    expect(rejected.recoverable).toBe(true)
    expect(rejected.rejected).toEqual(["w1", "w2"]) // every change it carried
    expect(rejected.ledger.desired).toEqual(["c1"])
    expect(rejected.ledger.acknowledgedVersion).toBe(2)
    expect(rejected.ledger.waiting).toEqual([])
    // the kept set, sent again and refused too: nothing to fall back to
    const [again] = sent(rejected.ledger, "handshake")
    const kept = again.inFlight[0]!
    expect(Ledger.rejectHandshake(Ledger.reject(again, kept.requestID).ledger, kept)).toMatchObject({ recoverable: false, rejected: [] })
    // and the first handshake of a session has no set to fall back to
    const [fresh] = sent(Ledger.make(["bad"]), "handshake")
    expect(Ledger.rejectHandshake(fresh, fresh.inFlight[0]!).recoverable).toBe(false)
  })

  it("reconnect replay: a drop forgets what was in flight; the next handshake sends the latest set and answers every waiter", () => {
    let ledger = Ledger.make<string>(["c1"])
    ;[ledger] = sent(ledger, "handshake")
    ledger = Ledger.acknowledge(ledger, "r1", ["c1"]).ledger
    ledger = Ledger.want(ledger, ["c2"], "w1")
    ;[ledger] = sent(ledger, "user") // r2, lost with the connection
    ledger = Ledger.disconnect(ledger)
    expect(ledger.inFlight).toEqual([])
    ledger = Ledger.want(ledger, ["c3"], "w2") // while disconnected
    let id: string
    ;[ledger, id] = sent(ledger, "handshake")
    expect(ledger.inFlight).toEqual([{ requestID: id, version: 2, chatIDs: ["c3"], kind: "handshake" }])
    expect(Ledger.acknowledge(ledger, "r2", ["c2"]).request).toBeUndefined()
    const acked = Ledger.acknowledge(ledger, id, ["c3"])
    expect(acked.answered).toEqual(["w1", "w2"])
    expect(acked.previous).toEqual(["c1"])
    expect(Ledger.isBehind(acked.ledger, acked.request!)).toBe(false)
  })

  it("a change asked for while the handshake was in flight leaves the ledger behind it", () => {
    let ledger = Ledger.make<string>(["c1"])
    ;[ledger] = sent(ledger, "handshake")
    ledger = Ledger.want(ledger, ["c2"], "w1")
    const acked = Ledger.acknowledge(ledger, "r1", ["c1"])
    expect(acked.answered).toEqual([])
    expect(Ledger.isBehind(acked.ledger, acked.request!)).toBe(true)
  })

  it("a withdrawn waiter is no longer answered; the desired set stays", () => {
    let ledger = Ledger.make<string>([])
    ledger = Ledger.want(ledger, ["a"], "w1")
    ledger = Ledger.want(ledger, ["b"], "w2")
    ledger = Ledger.withdraw(ledger, "w1")
    expect(Ledger.withdraw(ledger, "w1")).toBe(ledger)
    expect(ledger.desired).toEqual(["b"])
    ;[ledger] = sent(ledger, "user")
    expect(Ledger.acknowledge(ledger, "r1", ["b"]).answered).toEqual(["w2"])
  })

  it("ending hands back every waiter and marks the ledger ended", () => {
    let ledger = Ledger.make<string>([])
    ledger = Ledger.want(ledger, ["a"], "w1")
    ledger = Ledger.want(ledger, ["b"], "w2")
    const ended = Ledger.end(ledger)
    expect(ended.pending).toEqual(["w1", "w2"])
    expect(ended.ledger.waiting).toEqual([])
    expect(ended.ledger.ended).toBe(true)
  })

  it("transitions never change the ledger they are given", () => {
    const ledger = Ledger.want(Ledger.make<string>(["c1"]), ["c2"], "w1")
    const snapshot = structuredClone(ledger)
    Ledger.send(ledger, "user")
    Ledger.acknowledge(Ledger.send(ledger, "user").ledger, "r1", ["c2"])
    Ledger.reject(Ledger.send(ledger, "user").ledger, "r1")
    Ledger.disconnect(ledger)
    Ledger.end(ledger)
    expect(ledger).toEqual(snapshot)
  })

  describe("the gap after a reconnect", () => {
    it("pausing with [] (or never acknowledged): no gap", () => {
      expect(Ledger.reconnectGap([], ["c1"])).toBeUndefined()
      expect(Ledger.reconnectGap(undefined, ["c1"])).toBeUndefined()
    })

    it("\"*\": every chat may be affected; the chats seen so far are listed", () => {
      expect(Ledger.reconnectGap(["*"], new Set(["c1", "c2"]))).toEqual({
        type: "gap",
        reason: "reconnect",
        chatIDs: ["c1", "c2"],
        allChats: true,
        dropped: 0,
      })
    })

    it("specific chats: exactly those", () => {
      expect(Ledger.reconnectGap(["c1", "c2"], ["c9"])).toEqual({
        type: "gap",
        reason: "reconnect",
        chatIDs: ["c1", "c2"],
        allChats: false,
        dropped: 0,
      })
    })
  })
})
