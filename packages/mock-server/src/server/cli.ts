/**
 * The command line: `beeper-mock-server [--port 23373] [--host 127.0.0.1] [--token T] [--seed S] ...`.
 * Prints the token and `listening on http://HOST:PORT` once ready; Ctrl-C (SIGINT) or SIGTERM stops it cleanly.
 */
import { parseArgs } from "node:util"
import { invalidTokenReason } from "../http/auth.ts"
import { startMockServer, type MockServer, type MockServerOptions } from "./server.ts"
import { type Delay, delayProblem, maxDelayMs, trafficProblem } from "../store/scheduler.ts"
import { TS_FORMATS, type TsFormat } from "../support/timestamps.ts"

/** The port Beeper Desktop listens on, the CLI's default. */
export const DEFAULT_PORT = 23373

const HELP = `Usage: beeper-mock-server [options]

A fake Beeper Desktop API (HTTP + WebSocket) with seeded fixtures.

Options:
  --port <n>          port to listen on (default ${DEFAULT_PORT}; 0 picks a free port)
  --host <addr>       interface to bind (default 127.0.0.1)
  --token <token>     bearer token clients must send (default: random, printed at start)
  --seed <seed>       fixture seed (default 1); equal seeds give equal data
  --anchor <iso>      fixture activity lies before this instant (default: now, printed at start)
  --ts-format <form>  form of WebSocket event ts: iso (default), ms, ms-string
  --send-delay <ms>   time until sent messages are confirmed (default 50-150; "manual" holds them)
  --remote-delay <ms> time until QR codes are scanned / other devices answer (default 1500)
  --traffic <ms>      random incoming messages every <ms> (default off)
  --drift             behave like a newer Desktop: new enum values, unknown fields and events, partial
                      WebSocket entries, accountID on frames, ts as an ms string (see the README)
  --signed-out        start with the Beeper app signed out (needs-login)
  -h, --help          show this help
`

const delay = (value: string | undefined, name: string): Delay | undefined => {
  if (value === undefined) return undefined
  const parsed = value === "manual" ? "manual" : value.trim() === "" ? Number.NaN : Number(value)
  const problem = delayProblem(parsed)
  if (problem !== undefined) throw new Error(`--${name} must be a number of ms from 0 to ${maxDelayMs}, or "manual" (got ${JSON.stringify(value)})`)
  return parsed
}

/** Parses the command line into server options (throws on invalid input). */
export const parseCommandLine = (argv: ReadonlyArray<string>): MockServerOptions | "help" => {
  const { values } = parseArgs({
    // a leading "--" is what `pnpm mock -- --token dev` passes on (pnpm 10 forwards it): not an argument
    args: argv[0] === "--" ? argv.slice(1) : [...argv],
    options: {
      port: { type: "string" },
      host: { type: "string" },
      token: { type: "string" },
      seed: { type: "string" },
      anchor: { type: "string" },
      "ts-format": { type: "string" },
      "send-delay": { type: "string" },
      "remote-delay": { type: "string" },
      traffic: { type: "string" },
      "signed-out": { type: "boolean" },
      drift: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.help) return "help"
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error("--port must be an integer 0-65535")
  const traffic = values.traffic === undefined ? undefined : Number(values.traffic)
  const trafficError = traffic === undefined ? undefined : trafficProblem(traffic)
  if (trafficError !== undefined) throw new Error(`--traffic ${trafficError}`)
  const sendDelay = delay(values["send-delay"], "send-delay")
  const remoteDelay = delay(values["remote-delay"], "remote-delay")
  const tokenProblem = values.token === undefined ? undefined : invalidTokenReason(values.token)
  if (tokenProblem !== undefined) throw new Error(`--token: ${tokenProblem}`)
  const tsFormat = values["ts-format"] as TsFormat | undefined
  if (tsFormat !== undefined && !TS_FORMATS.includes(tsFormat)) throw new Error(`--ts-format must be one of ${TS_FORMATS.join(", ")}`)
  if (values.anchor !== undefined && Number.isNaN(Date.parse(values.anchor))) throw new Error("--anchor must be an ISO 8601 date-time")
  return {
    port,
    host: values.host ?? "127.0.0.1",
    ...(values.token !== undefined ? { token: values.token } : {}),
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
    ...(values.anchor !== undefined ? { fixtureAnchor: values.anchor } : {}),
    ...(tsFormat !== undefined ? { tsFormat } : {}),
    ...(sendDelay !== undefined ? { sendDelay } : {}),
    ...(remoteDelay !== undefined ? { remoteDelay } : {}),
    ...(traffic !== undefined ? { traffic } : {}),
    ...(values["signed-out"] ? { appState: "signed-out" as const } : {}),
    ...(values.drift ? { drift: true } : {}),
  }
}

/**
 * Why the server could not listen on `host`:`port`, in one line, for the failures a command line causes (a port in
 * use — Beeper Desktop's own, at the default —, a privileged port, a host that is not this machine's); undefined for
 * any other error, which is a bug and keeps its stack.
 */
export const listenProblem = (error: unknown, port: number, host: string): string | undefined => {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case "EADDRINUSE":
      return `port ${port} is in use (${port === DEFAULT_PORT ? "is Beeper Desktop running? " : ""}pick another with --port, or --port 0 for any free one)`
    case "EACCES":
      return `port ${port} needs privileges this user lacks (pick one from 1024 up with --port, or --port 0 for any free one)`
    case "EADDRNOTAVAIL":
      return `cannot listen on ${host}: not an address of this machine (pick one with --host, e.g. 127.0.0.1)`
    case "ENOTFOUND":
      return `cannot listen on ${host}: no such host (pick an address with --host, e.g. 127.0.0.1)`
    default:
      return undefined
  }
}

/** Runs the CLI until SIGINT/SIGTERM. */
export const main = async (argv: ReadonlyArray<string> = process.argv.slice(2)): Promise<void> => {
  let options: MockServerOptions | "help"
  try {
    options = parseCommandLine(argv)
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`)
    process.exitCode = 2
    return
  }
  if (options === "help") {
    process.stdout.write(HELP)
    return
  }
  let server: MockServer
  try {
    server = await startMockServer(options)
  } catch (error) {
    const problem = listenProblem(error, options.port ?? DEFAULT_PORT, options.host ?? "127.0.0.1")
    if (problem === undefined) throw error
    process.stderr.write(`beeper-mock-server: ${problem}\n`)
    process.exitCode = 1
    return
  }
  process.stdout.write(
    `Beeper Desktop API mock — seed ${String(server.seed)}, anchor ${new Date(server.fixtureAnchor).toISOString()}, ts ${server.tsFormat}${server.drift ? ", drift profile on" : ""}\n`,
  )
  process.stdout.write(`token: ${server.token}\n`)
  process.stdout.write(`events: ${server.wsURL}\n`)
  process.stdout.write(`listening on ${server.url}\n`)
  let stopping = false
  const stop = (signal: string): void => {
    // A terminal's Ctrl-C reaches every process of the group and pnpm forwards it again: stop once.
    if (stopping) return
    stopping = true
    process.stdout.write(`\n${signal}: stopping\n`)
    void server.close().then(() => process.exit(0))
  }
  process.on("SIGINT", () => stop("SIGINT"))
  process.on("SIGTERM", () => stop("SIGTERM"))
}
