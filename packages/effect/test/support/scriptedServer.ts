// The testkit's recording server (127.0.0.1, a free port) for the test's scope, answering as the test scripts it
// request by request: for socket-level behaviour (connection reset, a server that never answers, aborted requests).
import { closedPort as freePort } from "@beeper-kit/testkit/ports"
import { type RecordingServer, type Respond, startRecordingServer } from "@beeper-kit/testkit/recording-server"
import { Effect, type Scope } from "effect"

export type { Answer, RecordedRequest, RecordingServer } from "@beeper-kit/testkit/recording-server"

/** Starts a scripted server for the test's scope; `answer` is called for every request. */
export const scriptedServer = (answer: Respond): Effect.Effect<RecordingServer, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.promise(() => startRecordingServer(answer)),
    (server) => Effect.promise(() => server.close()),
  )

/** A port on 127.0.0.1 where nothing listens (bound, then closed). */
export const closedPort: Effect.Effect<number> = Effect.promise(freePort)
