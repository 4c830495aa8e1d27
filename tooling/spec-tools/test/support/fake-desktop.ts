// A stand-in for the discovery part of Beeper Desktop: GET /v1/info advertising `endpoints.spec`, and that
// document — the testkit's recording server (127.0.0.1, a free port) answering those two paths.
import { type RecordingServer, startRecordingServer } from "@beeper-kit/testkit/recording-server"

/** The fake: what it saw (`requests`), where it is (`url`). */
export type FakeDesktop = RecordingServer

/** Starts the fake. `specPath: undefined` makes /v1/info advertise no document. */
export const startFakeDesktop = (options: { readonly spec: string; readonly specPath?: string | undefined; readonly appVersion?: string }): Promise<FakeDesktop> => {
  const specPath = "specPath" in options ? options.specPath : "/v1/spec"
  const info = {
    app: { bundle_id: "com.automattic.beeper.desktop", name: "Beeper", version: options.appVersion ?? "4.3.0" },
    endpoints: { mcp: "/v0/mcp", ws_events: "/v1/ws", ...(specPath === undefined ? {} : { spec: specPath }) },
  }
  return startRecordingServer((request) => {
    if (request.url === "/v1/info") return { body: info }
    if (specPath !== undefined && request.url === specPath) return { body: options.spec, contentType: "application/json" }
    return { status: 404, body: "" }
  })
}
