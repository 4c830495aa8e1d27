/** WebSocket upgrades answered by a test's own server. */
import type { Duplex } from "node:stream"

/**
 * The socket of a server's `upgrade` event, given back the error listener Node took from it. Without one, a client that
 * resets the socket — a refused upgrade dropped by the runtime, a killed CLI — is an uncaught ECONNRESET, which fails
 * the test run (or ends the server's process) although every test passed.
 */
export const upgradeSocket = <S extends Duplex>(socket: S): S => {
  socket.on("error", () => {})
  return socket
}
