// The judged HTTP-only worker (`effect-http.ts`) over `@beeper-kit/edge`'s own HTTP transport
// (`BeeperEdge.layerHttpClient`) instead of Effect's `FetchHttpClient.layer`: what the edge adapter's transport adds
// to it. Measured beside, not judged.
import * as BeeperEdge from "@beeper-kit/edge/BeeperEdge"
import { httpOnlyWorker } from "./http-only-worker.ts"

export default httpOnlyWorker(BeeperEdge.layerHttpClient)
