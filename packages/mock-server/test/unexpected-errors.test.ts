/**
 * What the mock reports as its own failure: a bug is `500 INTERNAL_ERROR` with an "unexpected error" line on stderr;
 * a request whose connection is lost while its body is read — the client aborts, or `close()` cuts it off — is
 * dropped quietly, since nobody is left to answer and the host test's output must not blame the mock.
 */
import { subscribe, unsubscribe } from "node:diagnostics_channel"
import { request, type IncomingMessage } from "node:http"
import { afterEach, describe, expect, it, vi } from "vitest"
import { startMockServer, type MockServer } from "../src/index.ts"

const UPLOAD = "/v1/assets/upload/base64"

/** Resolves when the server has received the headers of a request to `pathname` (Node's own diagnostics channel). */
const serverReceives = (pathname: string): Promise<void> =>
  new Promise((resolve) => {
    const listener = (message: unknown) => {
      if ((message as { request: IncomingMessage }).request.url !== pathname) return
      unsubscribe("http.server.request.start", listener)
      resolve()
    }
    subscribe("http.server.request.start", listener)
  })

/** Starts an upload whose body never ends: its headers and the first bytes of the JSON are sent, then nothing. */
const startUpload = (server: MockServer) => {
  const received = serverReceives(UPLOAD)
  const client = request(`${server.url}${UPLOAD}`, {
    method: "POST",
    headers: { authorization: `Bearer ${server.token}`, "content-type": "application/json", "content-length": "1000000" },
  })
  const failed = new Promise<void>((resolve) => client.once("error", () => resolve()))
  client.write('{"content":"QUFB')
  return { client, received, failed }
}

/**
 * Waits until the server has handled the lost connection: Node reports a socket's close in the close-callbacks phase
 * of the loop turn that destroyed it (after `close()` has resolved), and the rest of the failure travels by
 * microtasks; the second `setImmediate` runs after that phase.
 */
const afterCloseCallbacks = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)))

describe("errors the mock reports", () => {
  const logged = vi.spyOn(console, "error").mockImplementation(() => {})
  afterEach(() => logged.mockClear())

  it("a client that aborts mid-body is dropped quietly", async () => {
    const server = await startMockServer()
    const upload = startUpload(server)
    await upload.received
    upload.client.destroy()
    // close() ends the server's side of that connection too, whenever the server would have noticed it
    await server.close()
    await afterCloseCallbacks()
    expect(logged).not.toHaveBeenCalled()
  })

  it("close() while an upload body is streaming drops it quietly, during close and after", async () => {
    const server = await startMockServer()
    const upload = startUpload(server)
    await upload.received
    await server.close()
    await upload.failed
    await afterCloseCallbacks()
    expect(logged).not.toHaveBeenCalled()
  })

  it("a bug in the mock is still a 500 with a log line", async () => {
    const server = await startMockServer()
    try {
      vi.spyOn(server.simulate, "settle").mockImplementation(() => {
        throw new TypeError("a bug")
      })
      const response = await fetch(`${server.url}/_mock/simulate/settle`, {
        method: "POST",
        headers: { authorization: `Bearer ${server.token}`, "content-type": "application/json" },
        body: "{}",
      })
      expect([response.status, await response.json()]).toEqual([500, { code: "INTERNAL_ERROR", message: "a bug" }])
      expect(logged).toHaveBeenCalledWith("[mock-server] unexpected error", expect.objectContaining({ message: "a bug" }))
    } finally {
      await server.close()
    }
  })
})
