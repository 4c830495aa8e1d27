// The elimination ladder of seq-latency.ts, runtime-neutral (a process on Node, Deno or Bun; a Worker on workerd):
// raw `fetch` + `JSON.parse`, then the same with what our client adds to it one piece at a time (the abort signal and
// `redirect: "manual"`, an attempt timer, an Effect fiber around it), then our client itself, and the official SDK.
// Blocks of one-at-a-time calls (or `concurrency` at a time), interleaved in an order rotated each round, each block timed by wall clock and by
// the process's CPU, so wall time beyond CPU (wake-ups, hops, idle waits) shows beside the CPU it accompanies.
import type { BeeperDesktop } from "@beeper-kit/effect"
import type { Layer } from "effect"
import { benchToken } from "../servers/token.ts"
import { median } from "../stats.ts"
import type { EffectLayerOptions } from "./clients.ts"
import { drive } from "./cpu-per-call.ts"

/** One rung of the ladder: a call made once per iteration, one at a time. */
export interface Step {
  readonly name: string
  readonly call: () => Promise<unknown>
}

/** A block's figures: wall time and CPU per call (µs). */
export interface BlockFigures {
  readonly wallUs: number
  readonly cpuUs: number
}

/** The median of each step's blocks, and of their ratios to raw's block in the same round. */
export interface StepRow {
  readonly wallUs: number
  readonly cpuUs: number
  readonly wallRatio: number
  readonly cpuRatio: number
  /** Wall time per call beyond its CPU: median over the rounds of (wall − CPU), µs. */
  readonly idleUs: number
}

const text = "Benchmark message"

/** The ladder for `call` (`list` or `send`) against the bench server at `baseUrl`. */
export const makeSteps = async (
  call: "list" | "send",
  baseUrl: string,
  chatID: string,
  layerOf: (options: EffectLayerOptions) => Layer.Layer<BeeperDesktop, unknown>,
  withOfficial: boolean,
  only?: ReadonlyArray<string>,
): Promise<Array<Step>> => {
  const { Effect, ManagedRuntime, Redacted } = await import("effect")
  const { BeeperDesktop } = await import("@beeper-kit/effect")
  const authorization = `Bearer ${benchToken}`
  const url = call === "list" ? `${baseUrl}/v1/chats?limit=25` : `${baseUrl}/v1/chats/${encodeURIComponent(chatID)}/messages`
  const init = (signal?: AbortSignal, redirect?: "manual"): RequestInit => ({
    ...(call === "list"
      ? { headers: { authorization } }
      : { method: "POST", headers: { authorization, "content-type": "application/json" }, body: JSON.stringify({ text }) }),
    ...(signal ? { signal, redirect: "manual" } : redirect ? { redirect } : {}),
  })
  const raw = async () => JSON.parse(await (await fetch(url, init())).text()) as unknown
  const rawJson = async () => (await fetch(url, init())).json() as Promise<unknown>
  const decoder = new TextDecoder()
  const rawBytes = async () => JSON.parse(decoder.decode(await (await fetch(url, init())).arrayBuffer())) as unknown
  const signalled = async () => {
    const controller = new AbortController()
    return JSON.parse(await (await fetch(url, init(controller.signal))).text()) as unknown
  }
  const timed = async () => {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), 30_000)
    try {
      return JSON.parse(await (await fetch(url, init(controller.signal))).text()) as unknown
    } finally {
      clearTimeout(timer)
    }
  }
  // both, but the timer's callback holds nothing: what holding the controller from a pending timer adds
  const apart = async () => {
    const controller = new AbortController()
    const timer = setTimeout(() => {}, 30_000)
    try {
      return JSON.parse(await (await fetch(url, init(controller.signal))).text()) as unknown
    } finally {
      clearTimeout(timer)
    }
  }
  const manual = async () => JSON.parse(await (await fetch(url, init(undefined, "manual"))).text()) as unknown
  const timerOnly = async () => {
    const timer = setTimeout(() => {}, 30_000)
    try {
      return JSON.parse(await (await fetch(url, init())).text()) as unknown
    } finally {
      clearTimeout(timer)
    }
  }
  const nativeTimeout = async () => {
    const controller = new AbortController()
    const signal = AbortSignal.any([controller.signal, AbortSignal.timeout(30_000)])
    return JSON.parse(await (await fetch(url, init(signal))).text()) as unknown
  }
  const inFiber = Effect.callback<unknown>((resume) => {
    timed().then((value) => resume(Effect.succeed(value)), (error) => resume(Effect.die(error)))
  })
  const runtime = ManagedRuntime.make(layerOf({ baseUrl, accessToken: Redacted.make(benchToken) }))
  const beeper = await runtime.runPromise(Effect.service(BeeperDesktop))
  const ours = call === "list"
    ? () => runtime.runPromise(beeper.chats.list({ limit: 25 }))
    : () => runtime.runPromise(beeper.messages.send({ chatID, text }))
  const steps: Array<Step> = [
    { name: "raw", call: raw },
    { name: "raw json()", call: rawJson },
    { name: "raw arrayBuffer()", call: rawBytes },
    { name: "+signal", call: signalled },
    { name: "+manual", call: manual },
    { name: "+timer", call: timerOnly },
    { name: "+signal+timer", call: timed },
    { name: "+signal+timer-noop", call: apart },
    { name: "+signal.timeout", call: nativeTimeout },
    { name: "+fiber", call: () => runtime.runPromise(inFiber) },
    { name: "ours", call: ours },
  ]
  if (withOfficial) {
    const { default: OfficialSdk } = await import("@beeper/desktop-api")
    const client = new OfficialSdk({ accessToken: benchToken, baseURL: baseUrl })
    steps.push({
      name: "official",
      call: call === "list" ? () => client.chats.list({ limit: 25 } as never) : () => client.messages.send(chatID, { text }),
    })
  }
  return only === undefined ? steps : steps.filter((step) => step.name === "raw" || only.includes(step.name))
}

/**
 * `rounds` rounds of one block of `calls` calls per step, `concurrency` at a time (one at a time unless given),
 * after `warmup` calls of each; the order rotates each round. `now` is a wall clock (ms), `cpu` the process's CPU so
 * far (µs). At concurrency 64 wall − CPU is no longer a call's idle time (the calls overlap): read CPU per call.
 */
export const runLadder = async (
  steps: ReadonlyArray<Step>,
  options: { readonly rounds: number; readonly calls: number; readonly warmup: number; readonly concurrency?: number | undefined },
  now: () => number,
  cpu: () => Promise<number>,
): Promise<Record<string, StepRow>> => {
  const concurrency = options.concurrency ?? 1
  for (const step of steps) await drive(step.call, concurrency, options.warmup)
  const blocks = new Map(steps.map((step) => [step.name, [] as Array<BlockFigures>]))
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < steps.length; i++) {
      const step = steps[(i + round) % steps.length]!
      const cpuFrom = await cpu()
      const from = now()
      await drive(step.call, concurrency, options.calls)
      const wallUs = ((now() - from) * 1000) / options.calls
      const cpuUs = (await cpu() - cpuFrom) / options.calls
      blocks.get(step.name)!.push({ wallUs, cpuUs })
    }
  }
  const raw = blocks.get("raw")!
  return Object.fromEntries(steps.map((step) => {
    const own = blocks.get(step.name)!
    return [step.name, {
      wallUs: median(own.map((b) => b.wallUs)),
      cpuUs: median(own.map((b) => b.cpuUs)),
      wallRatio: median(own.map((b, i) => b.wallUs / raw[i]!.wallUs)),
      cpuRatio: median(own.map((b, i) => b.cpuUs / raw[i]!.cpuUs)),
      idleUs: median(own.map((b) => b.wallUs - b.cpuUs)),
    }]
  }))
}
