// The HTTP clients compared side by side, each reduced to the two calls the benchmark makes: list a 25-chat
// page and send a message. Every client runs with its defaults (retries, timeouts) against the same server.
// Each variant imports only its own library (dynamic imports), so a process holds nothing else.
import { benchToken } from "../servers/token.ts"

/** The variants, in report order; `raw` is the limit every ratio is taken against. */
export const variants = ["raw", "official", "core", "effect", "effect-node", "effect-unvalidated"] as const
export type Variant = (typeof variants)[number]

/** What each variant is, as the report names it. */
export const variantLabels: Record<Variant, string> = {
  raw: "raw `fetch` + `JSON.parse` (the limit)",
  official: "official `@beeper/desktop-api` 5.0.0",
  core: "`@beeper-kit/core`",
  effect: "`@beeper-kit/effect` (validated), `FetchHttpClient`",
  "effect-node": "`@beeper-kit/effect` (validated), `@beeper-kit/node` (undici)",
  "effect-unvalidated": "`@beeper-kit/effect` without response validation, `FetchHttpClient`",
}

/** The two benchmarked calls of one client. Each resolves to something derived from the response. */
export interface BenchClient {
  readonly list: () => Promise<number>
  readonly send: () => Promise<string>
}

const text = "Benchmark message"

/** The layer options that turn response validation off, as packages/effect may spell it. */
export const unvalidatedOptionNames = ["validateResponses", "validate"] as const

const effectClient = async (
  baseUrl: string,
  chatID: string,
  extra: Record<string, unknown>,
  transport: "fetch" | "node" = "fetch",
): Promise<BenchClient> => {
  const { BeeperDesktop } = await import("@beeper-kit/effect")
  const { Effect, Layer, ManagedRuntime, Redacted } = await import("effect")
  const httpClient = transport === "node"
    ? (await import("@beeper-kit/node")).BeeperNode.layerHttpClient
    : (await import("effect/http")).FetchHttpClient.layer
  const layer = BeeperDesktop.layer({ baseUrl, accessToken: Redacted.make(benchToken), ...extra }).pipe(
    Layer.provide(httpClient),
  )
  const runtime = ManagedRuntime.make(layer)
  const beeper = await runtime.runPromise(Effect.service(BeeperDesktop))
  return {
    list: () => runtime.runPromise(Effect.map(beeper.chats.list({ limit: 25 }), (page) => page.items.length)),
    send: () => runtime.runPromise(Effect.map(beeper.messages.send({ chatID, text }), (sent) => sent.pendingMessageID)),
  }
}

/**
 * The layer option that disables response validation, or `undefined` when packages/effect has none: a call to a
 * server answering a schema-violating body must succeed with the option.
 */
export const findUnvalidatedOption = async (baseUrl: string, chatID: string): Promise<string | undefined> => {
  for (const name of unvalidatedOptionNames) {
    const client = await effectClient(`${baseUrl}/invalid`, chatID, { [name]: false })
    const ok = await client.list().then(() => true, () => false)
    if (ok) return name
  }
  return undefined
}

/** Creates the client of `variant` for the server at `baseUrl`. */
export const makeClient = async (variant: Variant, baseUrl: string, chatID: string): Promise<BenchClient> => {
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
      return effectClient(baseUrl, chatID, {})
    case "effect-node":
      return effectClient(baseUrl, chatID, {}, "node")
    case "effect-unvalidated": {
      const option = await findUnvalidatedOption(baseUrl, chatID)
      if (option === undefined) throw new Error("@beeper-kit/effect has no layer option that turns response validation off")
      return effectClient(baseUrl, chatID, { [option]: false })
    }
  }
}
