/**
 * `pnpm demo`: a short guided tour of `beeper-kit`, each step running the real command in this process (the same
 * code path as typing it).
 *
 * - Without `BEEPER_ACCESS_TOKEN`: starts the mock Beeper Desktop in-process, then accounts → unread chats → a
 *   chat's messages → a live tail while simulated contacts write → a reply sent and confirmed.
 * - With `BEEPER_ACCESS_TOKEN` (and optionally `BEEPER_DESKTOP_URL`): the same tour against your Beeper Desktop,
 *   read-only — nothing is sent and nothing is simulated.
 *
 * Exits 0 when every step succeeded, else with the failing step's exit code.
 *
 * @module
 */
import { BeeperConfig, BeeperDesktop, type Schemas } from "@beeper-kit/effect"
import { BeeperNode } from "@beeper-kit/node"
import { type MockServer, startMockServer } from "@beeper-kit/mock-server"
import * as NodeServices from "@effect/platform-node/NodeServices"
import { ConfigProvider, Console, Effect, Fiber, Redacted } from "effect"
import { runCli } from "../src/cli.ts"
import { ExitCode } from "../src/failure.ts"
import { makeStopSignal, StopSignal } from "../src/StopSignal.ts"

const styled = process.stdout.isTTY === true
const bold = (text: string) => (styled ? `\u001b[1m${text}\u001b[22m` : text)
const dim = (text: string) => (styled ? `\u001b[2m${text}\u001b[22m` : text)

/** Where the tour runs: the in-process mock (read-write) or the user's Desktop (read-only). */
interface Target {
  readonly url: string
  readonly token: string
  readonly readOnly: boolean
  readonly mock?: MockServer
}

/** The demo's terminal: prints through the real console and lets the demo wait for a line the CLI printed. */
const makeWatchedConsole = () => {
  const waiters: Array<{ readonly test: (line: string) => boolean; readonly resolve: () => void }> = []
  const console: Console.Console = Object.assign(Object.create(globalThis.console) as Console.Console, {
    log: (...args: ReadonlyArray<unknown>) => {
      globalThis.console.log(...args)
      const line = args.map(String).join(" ")
      for (const waiter of [...waiters]) {
        if (waiter.test(line)) {
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve()
        }
      }
    },
  })
  const waitForLine = (test: (line: string) => boolean): Promise<void> =>
    new Promise((resolve) => waiters.push({ test, resolve }))
  return { console, waitForLine }
}

const terminal = makeWatchedConsole()

/** Runs `beeper-kit <args>` in-process against the target, showing the command first; fails on a non-zero exit. */
const command = (target: Target, args: ReadonlyArray<string>, stop = makeStopSignal()) =>
  Effect.gen(function*() {
    yield* Console.log(dim(`$ beeper-kit ${args.map((a) => (/[\s"'*]/.test(a) ? JSON.stringify(a) : a)).join(" ")}`))
    const code = yield* runCli(args).pipe(
      Effect.provideService(StopSignal, stop.signal),
      Effect.provide(ConfigProvider.layer(ConfigProvider.fromEnv({
        env: { ...process.env, BEEPER_DESKTOP_URL: target.url, BEEPER_ACCESS_TOKEN: target.token },
      }))),
    )
    if (code !== ExitCode.ok) return yield* Effect.fail(code)
  })

let stepNumber = 0
const step = (title: string, explanation: string) =>
  Effect.andThen(
    Console.log(`\n${bold(`Step ${++stepNumber}/5 · ${title}`)}`),
    Console.log(dim(explanation)),
  )

/** The chat the tour looks into: the most recent one that you can write to and that has other people in it. */
const pickChat = (target: Target) =>
  Effect.gen(function*() {
    const beeper = yield* BeeperDesktop
    const page = yield* beeper.chats.list({ limit: 25 })
    const writable = (chat: Schemas.Chat) =>
      chat.isReadOnly !== true && chat.participants.items.some((p) => p.isSelf !== true)
    return page.items.find((chat) => chat.type === "group" && writable(chat)) ?? page.items.find(writable) ??
      page.items[0]
  }).pipe(
    Effect.provide(BeeperNode.layer({ baseUrl: target.url, accessToken: Redacted.make(target.token) })),
    Effect.orElseSucceed(() => undefined),
  )

/** What simulated contacts write during the live tail. */
const incoming = ["Are we still on for tonight? 🎬", "I can bring popcorn 🍿", "Starts at 8, don't be late!"]
const reply = "Perfect — see you all at 8! 🍿"

const tour = (target: Target) =>
  Effect.gen(function*() {
    yield* step("Your accounts", "Every chat network connected to Beeper Desktop, one row per account.")
    yield* command(target, ["accounts"])

    yield* step("Chats waiting for you", "Chats with unread messages, most recent first (tables fit your terminal).")
    yield* command(target, ["chats", "--unread", "--limit", "5"])

    const chat = yield* pickChat(target)
    if (chat === undefined) {
      yield* Console.log("No chats to look into: the tour ends here.")
      return
    }
    const chatID = chat.localChatID ?? chat.id
    yield* step(`Inside "${chat.title}"`, "The latest messages of one chat, oldest first, as the chat reads.")
    yield* command(target, ["messages", chatID, "--limit", "5"])

    yield* step(
      "Live events",
      target.readOnly
        ? "`tail` prints every change as it happens, for 8 seconds here — write yourself a message to see one."
        : "`tail` prints every change as it happens. Meanwhile, simulated contacts write in the chat; then Ctrl-C.",
    )
    const stop = makeStopSignal()
    const connected = terminal.waitForLine((line) => line.startsWith("-- connected"))
    const tailing = yield* Effect.forkChild(command(target, ["tail"], stop))
    // Wait for what the tail prints — unless the tail ends first (its failure then ends the tour).
    const whileTailing = (printed: Promise<unknown>) =>
      Effect.raceFirst(Effect.promise(() => printed), Fiber.join(tailing)).pipe(
        Effect.timeoutOrElse({ duration: "20 seconds", orElse: () => Effect.fail(ExitCode.failed) }),
      )
    yield* whileTailing(connected)
    if (target.mock === undefined) {
      yield* Effect.sleep("8 seconds")
    } else {
      const mock = target.mock
      const others = chat.participants.items.filter((p) => p.isSelf !== true)
      const shown = Promise.all(incoming.map((text) => terminal.waitForLine((line) => line.includes(text))))
      for (const [i, text] of incoming.entries()) {
        const sender = others[i % others.length]
        yield* Effect.sync(() =>
          mock.simulate.incomingMessage({ chatID: chat.id, text, ...(sender === undefined ? {} : { senderID: sender.id }) })
        )
        yield* Effect.sleep("600 millis")
      }
      yield* whileTailing(shown)
    }
    yield* Console.log(dim("^C"))
    yield* Effect.sync(stop.stop)
    yield* Fiber.join(tailing)
    yield* Console.log(dim("(tail stopped cleanly, exit code 0)"))

    yield* step("A reply, sent and confirmed", "`send` sends once, then waits until Beeper Desktop confirms delivery.")
    if (target.readOnly) {
      yield* Console.log("Skipped: this tour is read-only against your Beeper Desktop (nothing is sent).")
    } else {
      yield* command(target, ["send", chatID, reply])
    }
  })

const main = Effect.gen(function*() {
  const started = Date.now()
  const token = process.env["BEEPER_ACCESS_TOKEN"]
  const useDesktop = token !== undefined && token !== ""
  yield* Console.log(bold("beeper-kit · a short tour"))
  const target: Target = useDesktop
    ? { url: process.env["BEEPER_DESKTOP_URL"] ?? BeeperConfig.defaultBaseUrl, token, readOnly: true }
    : yield* Effect.acquireRelease(
      Effect.promise(() => startMockServer({ port: 0, seed: 1 })),
      (mock) => Effect.promise(() => mock.close()),
    ).pipe(Effect.map((mock) => ({ url: mock.url, token: mock.token, readOnly: false, mock })))
  yield* Console.log(
    useDesktop
      ? `BEEPER_ACCESS_TOKEN is set: touring your Beeper Desktop at ${target.url}, read-only (nothing is sent).`
      : [
        `No BEEPER_ACCESS_TOKEN set: started a mock Beeper Desktop in this process at ${target.url}`,
        "(seeded fixtures; simulated contacts). Set BEEPER_ACCESS_TOKEN to tour your own Desktop, read-only.",
      ].join("\n"),
  )
  yield* Console.log(
    dim("Each step runs the real beeper-kit command in this process, as if typed with BEEPER_DESKTOP_URL and BEEPER_ACCESS_TOKEN exported."),
  )
  yield* tour(target)
  yield* Console.log(`\n${bold("Done")} in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  yield* Console.log(
    useDesktop
      ? "More: `beeper-kit --help` (packages/cli/README.md)."
      : "Next: BEEPER_ACCESS_TOKEN=<token from Beeper Desktop → Settings → Developers> pnpm demo, or `beeper-kit --help` (packages/cli/README.md).",
  )
}).pipe(Effect.scoped)

main.pipe(
  Effect.as(ExitCode.ok),
  Effect.catch((code: ExitCode) =>
    Effect.as(Console.error(`\nThe tour stopped: a step exited with code ${code}.`), code)
  ),
  Effect.provideService(Console.Console, terminal.console),
  Effect.provide(NodeServices.layer),
  Effect.runPromise,
).then((code) => {
  process.exitCode = code
})
