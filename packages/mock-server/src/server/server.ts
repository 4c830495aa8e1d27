/**
 * Starting and stopping a mock server: the store seeded from fixtures, the HTTP app on Node's HTTP
 * server (via @hono/node-server), the live-events WebSocket on its `upgrade` event, fault injection
 * and simulation.
 */
import { randomBytes } from "node:crypto"
import type { Server } from "node:http"
import type { AddressInfo } from "node:net"
import { createAdaptorServer } from "@hono/node-server"
import { createApp } from "./app.ts"
import { Drift, DRIFT_TS_FORMAT } from "../features/drift.ts"
import { Faults, type FaultControl } from "../features/faults.ts"
import type { TimeSource } from "../support/clock.ts"
import { invalidTokenReason } from "../http/auth.ts"
import { makeSimulate, type Simulate } from "../features/simulate.ts"
import type { AppStartState } from "../store/app-setup.ts"
import { createStore } from "../store/index.ts"
import type { StoreEvent } from "../store/model.ts"
import { type Delay, delayProblem, trafficProblem } from "../store/scheduler.ts"
import { DEFAULT_TS_FORMAT, TS_FORMATS, type TsFormat } from "../support/timestamps.ts"
import { attachLiveEvents, WS_PATH } from "./ws.ts"

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  readonly port?: number
  /** Interface to bind; default 127.0.0.1. */
  readonly host?: string
  /**
   * The bearer token clients must send; default: a random one (read it from `server.token`). It must be an
   * RFC 6750 bearer token (no spaces): anything else could never be sent in an `Authorization` header.
   */
  readonly token?: string
  /** Fixture seed; equal seeds give equal worlds. Default 1. */
  readonly seed?: string | number
  /**
   * Fixture activity lies before this instant; default: the moment the server starts (so recent fixture
   * messages are recent — e.g. within a network's edit window). Equal seeds and anchors give equal worlds.
   */
  readonly fixtureAnchor?: string | number | Date
  /** The wall clock the server follows (epoch ms); default `Date.now`. Tests pass a fixed or stepped one. */
  readonly now?: TimeSource
  /**
   * The form of `ts` in WebSocket events: `"iso"` (default, as Beeper's OpenAPI 5.0.0 says), `"ms"` or
   * `"ms-string"` (default with `drift`).
   */
  readonly tsFormat?: TsFormat
  /**
   * Behave like a newer/different Desktop (off by default): new enum values, unknown fields, partial
   * WebSocket entries, unknown event types, `accountID` on frames, another `ts` form. See `driftVariations`.
   */
  readonly drift?: boolean
  /** How long the network takes to confirm a send: ms, [min, max] ms, or "manual" (see `simulate.settle`). Default [50, 150]. */
  readonly sendDelay?: Delay
  /** How long the outside world takes to act (QR scanned, other device answers). Default 1500 ms. */
  readonly remoteDelay?: Delay
  /** App sign-in state at start: "ready" (default) or "signed-out". */
  readonly appState?: AppStartState
  /** Interval (ms) of random incoming messages; off by default. */
  readonly traffic?: number
}

/** A running mock server. */
export interface MockServer {
  /** Base URL, e.g. `http://127.0.0.1:23373`. */
  readonly url: string
  /** Live events URL, e.g. `ws://127.0.0.1:23373/v1/ws`. */
  readonly wsURL: string
  readonly host: string
  readonly port: number
  readonly token: string
  readonly seed: string | number
  /** The fixture anchor (epoch ms): fixture activity lies before it. */
  readonly fixtureAnchor: number
  /** The form of `ts` in WebSocket events. */
  readonly tsFormat: TsFormat
  /** Whether the drift profile is on. */
  readonly drift: boolean
  /** Fault injection (off until rules are added). */
  readonly faults: FaultControl
  /** The outside world: incoming messages, new chats, ... */
  readonly simulate: Simulate
  /** Subscribes to every change (the same changes the WebSocket announces); returns an unsubscribe function. */
  readonly onChange: (listener: (event: StoreEvent) => void) => () => void
  /**
   * Stops the server, closing sockets and timers. Requests it was holding (a `latency` or `hang` fault) are not
   * handled afterwards, requests whose body was still arriving are dropped without a log line, `onChange` listeners hear nothing more, and the temporary files are removed.
   */
  readonly close: () => Promise<void>
}

/** Starts a mock Beeper Desktop API server. */
export const startMockServer = async (options: MockServerOptions = {}): Promise<MockServer> => {
  const host = options.host ?? "127.0.0.1"
  const token = options.token ?? randomBytes(18).toString("base64url")
  const tokenProblem = invalidTokenReason(token)
  if (tokenProblem !== undefined) throw new Error(`token: ${tokenProblem}`)
  const seed = options.seed ?? 1
  const wall = options.now ?? Date.now
  const anchor = options.fixtureAnchor ?? wall()
  const anchorMs = anchor instanceof Date ? anchor.getTime() : typeof anchor === "number" ? anchor : Date.parse(anchor)
  if (Number.isNaN(anchorMs)) throw new Error(`fixtureAnchor is not a date: ${String(anchor)}`)
  for (const name of ["sendDelay", "remoteDelay"] as const) {
    const problem = options[name] === undefined ? undefined : delayProblem(options[name])
    if (problem !== undefined) throw new Error(`${name} ${problem}`)
  }
  const trafficError = options.traffic === undefined ? undefined : trafficProblem(options.traffic)
  if (trafficError !== undefined) throw new Error(`traffic ${trafficError}`)
  const tsFormat = options.tsFormat ?? (options.drift ? DRIFT_TS_FORMAT : DEFAULT_TS_FORMAT)
  if (!TS_FORMATS.includes(tsFormat)) throw new Error(`tsFormat must be one of ${TS_FORMATS.join(", ")}: ${String(tsFormat)}`)
  const store = createStore({
    seed,
    anchorMs,
    now: wall,
    sendDelay: options.sendDelay ?? [50, 150],
    remoteDelay: options.remoteDelay ?? 1500,
    appState: options.appState ?? "ready",
  })
  const faults = new Faults()
  const simulate = makeSimulate(store, seed)
  let bound: { host: string; port: number; url: string } | undefined
  const address = () => {
    if (!bound) throw new Error("server is not listening yet")
    return bound
  }
  const drift = options.drift ? new Drift(seed, (chatID) => store.records.chat(chatID)?.accountID) : undefined
  const { app } = createApp({ store, token, faults, simulate, address, drift })
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host }) as Server
  // Idle keep-alive connections stay open longer than any client's pool keeps them (undici: 4 s, Node's default agent: 5 s, the Node adapter's: 4 s),
  // so it is always the client that closes an idle one. With Node's default (5 s) a client on a busy machine could
  // pick a connection the server was closing at that moment: a spurious ECONNRESET (a flaky test, a failed send).
  server.keepAliveTimeout = 65_000
  const live = attachLiveEvents(server, { token, events: store.events, faults, now: store.clock.now, tsFormat, drift })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject)
      resolve()
    })
  })
  const info = server.address() as AddressInfo
  const urlHost = info.family === "IPv6" ? `[${info.address}]` : info.address
  bound = { host: info.address, port: info.port, url: `http://${urlHost}:${info.port}` }
  if (options.traffic !== undefined) simulate.traffic(options.traffic)

  let closing: Promise<void> | undefined
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      simulate.stop()
      store.scheduler.close()
      live.close()
      store.events.close()
      faults.releaseAll()
      server.close(() => {
        store.files.close()
        resolve()
      })
      server.closeAllConnections()
    })
    return closing
  }

  return {
    url: bound.url,
    wsURL: `ws://${urlHost}:${info.port}${WS_PATH}`,
    host: bound.host,
    port: bound.port,
    token,
    seed,
    fixtureAnchor: anchorMs,
    tsFormat,
    drift: drift !== undefined,
    faults,
    simulate,
    onChange: (listener) => store.events.on(listener),
    close,
  }
}
