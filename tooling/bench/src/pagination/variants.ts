// The pagination clients and the pairs the memory target (#18.5) compares. A paginated stream's peak RSS depends on
// its transport as much as on the client: undici (Node's `fetch`) promotes 6–7 MB per young-generation GC however the
// body is read, `node:http` almost nothing (tooling/bench/README.md, "Pagination memory"). So ours is judged against
// the raw loop over its own transport, once per transport: over fetch against the raw fetch loop (the pair the issue
// names), over `node:http` (`@beeper-kit/node`) against a raw `node:http` loop. Each pair also has Effect's floor over
// its transport beside it (not judged): no SDK, the Effect modules any validated Effect client of this shape loads.

/** Each pagination client's transport, by variant (pagination/worker.ts). */
export const paginationTransports: Record<string, "fetch" | "node:http"> = {
  raw: "fetch",
  "effect-fetch": "fetch",
  official: "fetch",
  core: "fetch",
  "floor-fetch": "fetch",
  "raw-node": "node:http",
  effect: "node:http",
  "floor-node": "node:http",
}

/** A judged pair: ours and the raw loop over the same transport, with Effect's floor over it (not judged). */
export interface PaginationPair {
  readonly transport: "fetch" | "node:http"
  readonly ours: string
  readonly raw: string
  readonly floor: string
}

/** The pairs of the memory target, the one the issue names first. */
export const paginationPairs: ReadonlyArray<PaginationPair> = [
  { transport: "fetch", ours: "effect-fetch", raw: "raw", floor: "floor-fetch" },
  { transport: "node:http", ours: "effect", raw: "raw-node", floor: "floor-node" },
]

/** The raw loop over `variant`'s transport (`raw` for a fetch client, `raw-node` for a `node:http` one). */
export const sameTransportRaw = (variant: string): string => paginationTransports[variant] === "node:http" ? "raw-node" : "raw"
