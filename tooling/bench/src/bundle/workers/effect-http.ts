// An HTTP-only edge worker using three operations (list chats, retrieve the first, send to it), written with the
// tree-shakable form of @beeper-kit/effect: `BeeperClient` and the operations imported by name, Effect deep-imported,
// over Effect's `FetchHttpClient.layer` (the judged one). The bundle keeps these three operations and their Schemas
// only (compare with `effect.ts`, which uses the resource-shaped `BeeperDesktop` and so every operation).
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import { httpOnlyWorker } from "./http-only-worker.ts"

export default httpOnlyWorker(FetchHttpClient.layer)
