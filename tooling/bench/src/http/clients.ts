// The HTTP clients compared side by side on each runtime, each reduced to the two calls the benchmark makes: list a
// 25-chat page and send a message. Every client runs with its defaults (retries, timeouts) against the same server.
// Each variant imports only its own library (dynamic imports), so a process holds nothing else. Runtime-neutral:
// the same module runs on Node, Deno, Bun and (bundled) in workerd; the runtime's own @beeper-kit layer is given
// by the entry point (http/worker.ts for processes, http/workerd-worker.ts for the Worker).
import type { BeeperDesktop } from "@beeper-kit/effect"
import type { Effect as EffectType, Layer, Redacted } from "effect"
import { benchToken } from "../servers/token.ts"

/** The runtimes of the HTTP section, in report order. */
export const runtimes = ["node", "deno", "bun", "workerd"] as const
export type Runtime = (typeof runtimes)[number]

/** How the report names each runtime. */
export const runtimeLabels: Record<Runtime, string> = {
  node: "Node",
  deno: "Deno",
  bun: "Bun",
  workerd: "workerd (Cloudflare Workers, through miniflare)",
}

/**
 * Every variant, in report order. `raw` (`fetch` + `JSON.parse`) is the baseline every ratio is taken against, the
 * one issue 18 names: not the fastest client possible (on Node, `raw-node`, raw `node:http` + `JSON.parse`, is much
 * faster; it is `effect-node`'s same-transport baseline, reported beside).
 */
export const variants = ["raw", "raw-node", "official", "core", "effect", "effect-program", "effect-node", "effect-unvalidated"] as const
export type Variant = (typeof variants)[number]

/**
 * The variants that run on each runtime: Node alone has the `node:http` adapter, its raw `node:http` baseline (and the
 * unvalidated probe). Every
 * runtime has `effect` twice: called from `async` code (`runtime.runPromise` per call, as raw `fetch` and the official
 * SDK are called: the targets are judged on it) and from an Effect program (`effect-program`: the calls as its fibers).
 */
export const runtimeVariants: Record<Runtime, ReadonlyArray<Variant>> = {
  node: ["raw", "raw-node", "official", "core", "effect", "effect-program", "effect-node", "effect-unvalidated"],
  deno: ["raw", "official", "core", "effect", "effect-program"],
  bun: ["raw", "official", "core", "effect", "effect-program"],
  workerd: ["raw", "official", "core", "effect", "effect-program"],
}

/** The layer each runtime's `effect` variant is measured through: the runtime adapter's public layer. */
export const effectTransports: Record<Runtime, string> = {
  node: "fetch, `BeeperServices.adapter()` (the web-standard transport deno/bun/edge use)",
  deno: "`@beeper-kit/deno` `BeeperDeno.layer`",
  bun: "`@beeper-kit/bun` `BeeperBun.layer`",
  workerd: "`@beeper-kit/edge` `BeeperEdge.layer`",
}

/** What each variant is on `runtime`, as the report names it. */
export const variantLabel = (runtime: Runtime, variant: Variant): string => {
  switch (variant) {
    case "raw":
      return "raw `fetch` + `JSON.parse` (the baseline issue 18 names)"
    case "raw-node":
      return "raw `node:http` + `JSON.parse` (keep-alive `Agent` as `@beeper-kit/node`'s: `effect-node`'s transport)"
    case "official":
      return "official `@beeper/desktop-api` 5.0.0"
    case "core":
      return "`@beeper-kit/core`"
    case "effect":
      return `\`@beeper-kit/effect\` (validated), ${effectTransports[runtime]}`
    case "effect-program":
      return "the same, called from an Effect program (the calls as its fibers, `Effect.forEach` at the concurrency)"
    case "effect-node":
      return "`@beeper-kit/effect` (validated), `@beeper-kit/node` `BeeperNode.layer` (`node:http`)"
    case "effect-unvalidated":
      return "`@beeper-kit/effect` without response validation, fetch (`BeeperServices.adapter()`)"
  }
}

/** The two benchmarked calls of one client. Each resolves to something derived from the response. */
export interface BenchClient {
  readonly list: () => Promise<number>
  readonly send: () => Promise<string>
  /**
   * For a client whose calls are not promises of their own (fibers of one Effect program): makes `call`,
   * `concurrency` at a time, each caller in a loop until `loop.stopped()`, reporting each call's start and end (the
   * `performance.now()` of each) to `loop.completed`. Without it, `list` and `send` are called from `async` loops.
   */
  readonly drive?: (call: "list" | "send", concurrency: number, loop: CallLoop) => Promise<void>
}

/** What a self-driving client is told by the measure: when to stop, and where each completed call goes. */
export interface CallLoop {
  readonly stopped: () => boolean
  readonly completed: (started: number, ended: number) => void
}

/** The options an `effect` variant's layer is built from. */
export interface EffectLayerOptions {
  readonly baseUrl: string
  readonly accessToken: Redacted.Redacted<string>
  readonly [option: string]: unknown
}

/**
 * The `BeeperDesktop` layer of an `effect` variant on this runtime (`effect-node` only on Node): given by the entry
 * point, so a Worker bundle never reaches the Node adapter.
 */
export type EffectLayer = (
  variant: "effect" | "effect-node",
  options: EffectLayerOptions,
) => Promise<Layer.Layer<BeeperDesktop, unknown>>

const text = "Benchmark message"

/** The layer options that turn response validation off, as packages/effect may spell it. */
export const unvalidatedOptionNames = ["validateResponses", "validate"] as const

const effectClient = async (
  layerOf: EffectLayer,
  variant: "effect" | "effect-node",
  baseUrl: string,
  chatID: string,
  extra: Record<string, unknown>,
  fromProgram = false,
): Promise<BenchClient> => {
  const [{ BeeperDesktop }, { Effect, ManagedRuntime, Redacted }] = await Promise.all([
    import("@beeper-kit/effect"),
    import("effect"),
  ])
  const layer = await layerOf(variant, { baseUrl, accessToken: Redacted.make(benchToken), ...extra })
  const runtime = ManagedRuntime.make(layer)
  const beeper = await runtime.runPromise(Effect.service(BeeperDesktop))
  const list = () => Effect.map(beeper.chats.list({ limit: 25 }), (page) => page.items.length)
  const send = () => Effect.map(beeper.messages.send({ chatID, text }), (sent) => sent.pendingMessageID)
  const client: BenchClient = { list: () => runtime.runPromise(list()), send: () => runtime.runPromise(send()) }
  if (!fromProgram) return client
  return {
    ...client,
    drive: (call, concurrency, loop) => {
      const one: () => EffectType.Effect<unknown, unknown> = call === "list" ? list : send
      const caller = Effect.whileLoop({
        while: () => !loop.stopped(),
        body: () => {
          const started = performance.now()
          return Effect.map(one(), () => loop.completed(started, performance.now()))
        },
        step: () => {},
      })
      return runtime.runPromise(Effect.forEach(Array.from({ length: concurrency }), () => caller, { concurrency, discard: true }))
    },
  }
}

/**
 * The layer option that disables response validation, or `undefined` when packages/effect has none: a call to a
 * server answering a schema-violating body must succeed with the option.
 */
export const findUnvalidatedOption = async (layerOf: EffectLayer, baseUrl: string, chatID: string): Promise<string | undefined> => {
  for (const name of unvalidatedOptionNames) {
    const client = await effectClient(layerOf, "effect", `${baseUrl}/invalid`, chatID, { [name]: false })
    const ok = await client.list().then(() => true, () => false)
    if (ok) return name
  }
  return undefined
}

/** Creates the client of `variant` for the server at `baseUrl`; `layerOf` gives the `effect` variants' layers. */
export const makeClient = async (variant: Variant, baseUrl: string, chatID: string, layerOf: EffectLayer): Promise<BenchClient> => {
  const authorization = `Bearer ${benchToken}`
  switch (variant) {
    case "raw": {
      const chatsUrl = `${baseUrl}/v1/chats?limit=25`
      const sendUrl = `${baseUrl}/v1/chats/${encodeURIComponent(chatID)}/messages`
      const check = (response: Response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        return response.text()
      }
      return {
        list: async () => (JSON.parse(await check(await fetch(chatsUrl, { headers: { authorization } }))) as { items: Array<unknown> }).items.length,
        send: async () => {
          const response = await fetch(sendUrl, {
            method: "POST",
            headers: { authorization, "content-type": "application/json" },
            body: JSON.stringify({ text }),
          })
          return (JSON.parse(await check(response)) as { pendingMessageID: string }).pendingMessageID
        },
      }
    }
    case "raw-node": {
      // the same request and headers as `BeeperNode.layer` sends, over an agent with its options (http/raw-node.ts)
      const { nodeAgent, rawNodeJson } = await import("./raw-node.ts")
      const agent = nodeAgent()
      const chatsUrl = new URL(`${baseUrl}/v1/chats?limit=25`)
      const sendUrl = new URL(`${baseUrl}/v1/chats/${encodeURIComponent(chatID)}/messages`)
      const headers = { accept: "application/json", authorization }
      return {
        list: async () => ((await rawNodeJson(agent, chatsUrl, headers)) as { items: Array<unknown> }).items.length,
        send: async () =>
          ((await rawNodeJson(agent, sendUrl, headers, "POST", JSON.stringify({ text }))) as { pendingMessageID: string }).pendingMessageID,
      }
    }
    case "official": {
      const { default: OfficialSdk } = await import("@beeper/desktop-api")
      const client = new OfficialSdk({ accessToken: benchToken, baseURL: baseUrl })
      return {
        list: async () => (await client.chats.list({ limit: 25 } as never)).items.length,
        send: async () => (await client.messages.send(chatID, { text })).pendingMessageID,
      }
    }
    case "core": {
      const { createBeeperClient } = await import("@beeper-kit/core")
      const beeper = createBeeperClient({ baseUrl, accessToken: benchToken })
      return {
        list: async () => {
          const { data, error } = await beeper.chats.list({ query: { limit: 25 } })
          if (error !== undefined) throw new Error(String(error))
          return data.items.length
        },
        send: async () => {
          const { data, error } = await beeper.messages.send({ path: { chatID }, body: { text } })
          if (error !== undefined) throw new Error(String(error))
          return data.pendingMessageID
        },
      }
    }
    case "effect":
    case "effect-node":
      return effectClient(layerOf, variant, baseUrl, chatID, {})
    case "effect-program":
      return effectClient(layerOf, "effect", baseUrl, chatID, {}, true)
    case "effect-unvalidated": {
      const option = await findUnvalidatedOption(layerOf, baseUrl, chatID)
      if (option === undefined) throw new Error("@beeper-kit/effect has no layer option that turns response validation off")
      return effectClient(layerOf, "effect", baseUrl, chatID, { [option]: false })
    }
  }
}
