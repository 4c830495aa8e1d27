// A hand-rolled WebSocket server on 127.0.0.1 (a free port), over node:http's upgrade, for what a well-behaved
// server library will not do: never answer a close frame, freeze after the handshake, send a frame of any size.
// Per connection it sends `ready`, acknowledges the first `subscriptions.set` and then runs the test's `afterAck`;
// it never answers anything else (liveness checks, close frames).
import { createHash } from "node:crypto"
import { createServer } from "node:http"
import type { AddressInfo, Socket } from "node:net"

/** The header of an unmasked, final frame of `length` payload bytes (`opcode` 1: text). */
export const frameHeader = (length: number, opcode = 1): Buffer => {
  const first = 0x80 | opcode
  if (length < 126) return Buffer.from([first, length])
  if (length < 65536) {
    const header = Buffer.alloc(4)
    header[0] = first
    header[1] = 126
    header.writeUInt16BE(length, 2)
    return header
  }
  const header = Buffer.alloc(10)
  header[0] = first
  header[1] = 127
  header.writeBigUInt64BE(BigInt(length), 2)
  return header
}

/** A text frame of `text`. */
export const textFrame = (text: string): Buffer => {
  const payload = Buffer.from(text)
  return Buffer.concat([frameHeader(payload.length), payload])
}

/** One connection as the server sees it. */
export interface RawConnection {
  readonly socket: Socket
  /** The client's TCP connection ended (FIN) or closed. */
  readonly ended: boolean
  /** Resolves when the client's TCP connection ended (FIN) or closed. */
  readonly whenEnded: Promise<void>
  /** Sends a text frame. */
  readonly send: (text: string) => void
}

/** The running server. */
export interface RawWsServer {
  readonly baseUrl: string
  readonly connections: Array<RawConnection>
  /** Resolves with connection number `n` (1-based) once it is acknowledged. */
  readonly whenAcknowledged: (n: number) => Promise<RawConnection>
  readonly close: () => Promise<void>
}

/** Starts the server; `afterAck` runs once per connection, after its first `subscriptions.set` was acknowledged. */
export const startRawWsServer = (afterAck: (connection: RawConnection) => void = () => {}): Promise<RawWsServer> =>
  new Promise((resolve) => {
    const connections: Array<RawConnection> = []
    const acknowledged: Array<RawConnection> = []
    const waiters: Array<{ n: number; resolve: (connection: RawConnection) => void }> = []
    const server = createServer((_request, response) => {
      response.writeHead(404, { "content-type": "application/json" })
      response.end("{}")
    })
    server.on("upgrade", (request, socket: Socket) => {
      const key = request.headers["sec-websocket-key"] ?? ""
      const accept = createHash("sha1").update(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").digest("base64")
      socket.on("error", () => {})
      let ended = false
      let markEnded = () => {}
      const whenEnded = new Promise<void>((done) => {
        markEnded = () => {
          ended = true
          done()
        }
      })
      socket.on("end", markEnded)
      socket.on("close", markEnded)
      const connection: RawConnection = {
        socket,
        get ended() {
          return ended
        },
        whenEnded,
        send: (text) => {
          if (!socket.destroyed) socket.write(textFrame(text))
        },
      }
      connections.push(connection)
      socket.write(
        `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
      )
      connection.send(JSON.stringify({ type: "ready", version: 1, chatIDs: [] }))
      let buffered = Buffer.alloc(0)
      let acked = false
      socket.on("data", (data: Buffer) => {
        buffered = Buffer.concat([buffered, data])
        while (buffered.length >= 6) {
          let length = buffered[1]! & 0x7f
          let offset = 2
          if (length === 126) {
            length = buffered.readUInt16BE(2)
            offset = 4
          } else if (length === 127) {
            length = Number(buffered.readBigUInt64BE(2))
            offset = 10
          }
          if (buffered.length < offset + 4 + length) break
          const mask = buffered.subarray(offset, offset + 4)
          const payload = Buffer.from(buffered.subarray(offset + 4, offset + 4 + length)).map((b, i) => b ^ mask[i % 4]!)
          const opcode = buffered[0]! & 0x0f
          buffered = buffered.subarray(offset + 4 + length)
          // a close frame is never answered; nor is anything after the first subscription
          if (opcode !== 1 || acked) continue
          const frame = JSON.parse(Buffer.from(payload).toString()) as { type?: string; requestID?: string; chatIDs?: unknown }
          if (frame.type !== "subscriptions.set") continue
          acked = true
          connection.send(JSON.stringify({ type: "subscriptions.updated", requestID: frame.requestID, chatIDs: frame.chatIDs }))
          acknowledged.push(connection)
          for (const waiter of waiters.filter((w) => w.n <= acknowledged.length)) {
            waiters.splice(waiters.indexOf(waiter), 1)
            waiter.resolve(acknowledged[waiter.n - 1]!)
          }
          afterAck(connection)
        }
      })
    })
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        connections,
        whenAcknowledged: (n) =>
          n <= acknowledged.length
            ? Promise.resolve(acknowledged[n - 1]!)
            : new Promise((done) => waiters.push({ n, resolve: done })),
        close: () =>
          new Promise((done) => {
            for (const connection of connections) connection.socket.destroy()
            server.close(() => done())
          }),
      })
    })
  })
