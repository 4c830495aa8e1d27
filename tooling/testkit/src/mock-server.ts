/**
 * The mock server (`@beeper-kit/mock-server`) for a test: for a whole test file (`beforeAll`/`afterAll`), for an
 * Effect scope, or for one async function — on 127.0.0.1 at a free port — and `getJson`, for asking it directly what
 * it holds.
 */
import { type MockServer, type MockServerOptions, startMockServer } from "@beeper-kit/mock-server"
import { startedForTests } from "./for-tests.ts"

export { scoped as mockServerScoped } from "@beeper-kit/mock-server/effect"

/** The mock server of a test file: started before its first test, closed after its last. */
export interface FileMockServer {
  /** The running server (throws when read outside the file's tests). */
  readonly current: MockServer
}

/** Starts a mock server for this test file (call it at the file's top level). */
export const mockServerForFile = (options: MockServerOptions = {}): FileMockServer => {
  const current = startedForTests(() => startMockServer(options), "the mock server")
  return {
    get current() {
      return current()
    },
  }
}

/** Runs `use` with a mock server started for it, closed when `use` settles. */
export const withMockServer = async <A>(options: MockServerOptions, use: (server: MockServer) => Promise<A>): Promise<A> => {
  const server = await startMockServer(options)
  try {
    return await use(server)
  } finally {
    await server.close()
  }
}

/** `GET path` from the server with its token, outside the SDK; the JSON it answers (a non-2xx status throws). */
export const getJson = async <A>(server: MockServer, path: string): Promise<A> => {
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${server.token}` } })
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`)
  return (await response.json()) as A
}
