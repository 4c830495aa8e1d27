/**
 * `beeper-kit tail [--chats ids|*] [--json]`: live events until Ctrl-C — a readable line per event, or one JSON
 * object per line.
 *
 * @module
 */
import { oneLine } from "@beeper-kit/core/wire"
import { BeeperDesktop, BeeperEvents, type Subscription } from "@beeper-kit/effect"
import { Effect, Stream } from "effect"
import { Command, Flag } from "effect/cli"
import { chatOf, eventJson, makeEventLines } from "../output/events.ts"
import { jsonFlag } from "../output/json.ts"
import { printLine } from "../output/print.ts"
import { truncate } from "../output/table.ts"
import { stdoutWidth } from "../output/terminal.ts"
import { StopSignal } from "../StopSignal.ts"
import { withBeeper } from "./root.ts"

/** Parses `--chats`: `*` for every chat, else comma-separated chat IDs. */
const parseChats = (value: string): "*" | ReadonlyArray<string> => {
  const ids = value.split(",").map((id) => id.trim()).filter((id) => id !== "")
  return ids.length === 0 || ids.includes("*") ? "*" : ids
}

/** `tail`: checks the connection over HTTP first (clear exit codes), then streams events until stopped. */
export const tail = Command.make("tail", {
  chats: Flag.String("chats").pipe(
    Flag.withDescription("Chat IDs to follow, comma-separated, or * for all (default *)"),
    Flag.withDefault("*"),
  ),
  json: jsonFlag,
}, ({ chats, json }) =>
  withBeeper(Effect.gen(function*() {
    const stop = yield* StopSignal
    // Ctrl-C stops whatever the command is doing — the start-up check, a chat-name lookup, a line waiting for room
    // on stdout, the stream itself —, closes the WebSocket and exits 0 (a second Ctrl-C interrupts the closing)
    yield* Effect.raceFirst(follow(chats, json), stop.stopped)
  }))).pipe(Command.withDescription("Print live events until Ctrl-C"))

/** What `tail` does until stopped. */
const follow = (chats: string, json: boolean) =>
  Effect.gen(function*() {
    const beeper = yield* BeeperDesktop
    const live = yield* BeeperEvents
    // The socket retries a refused connection forever; one HTTP request first gives a 401 or a dead Desktop its
    // own clear message and exit code.
    yield* beeper.accounts.list()
    const names = new Map<string, string>()
    const requested = parseChats(chats)
    // Chat IDs may be given in any form the API accepts (e.g. the local IDs `chats` shows): subscribe by the
    // canonical ID.
    const subscription: Subscription = requested === "*"
      ? "*"
      : yield* Effect.forEach(requested, (chatID) =>
        Effect.map(beeper.chats.retrieve({ chatID }), (chat) => {
          names.set(chat.id, chat.title)
          return chat.id
        }))
    const nameOf = (chatID: string) =>
      names.has(chatID)
        ? Effect.succeed(names.get(chatID)!)
        : beeper.chats.retrieve({ chatID }, { retry: false }).pipe(
          Effect.map((chat) => chat.title),
          Effect.orElseSucceed(() => chatID),
          Effect.tap((name) => Effect.sync(() => names.set(chatID, name))),
        )
    const eventLine = makeEventLines()
    yield* live.events(subscription).pipe(
      // each line waits for room on stdout: `tail --json | slow-reader` slows the stream (the events buffer then
      // pushes back on the socket) instead of queueing output in memory
      Stream.runForEach((event) => {
        if (json) return printLine(eventJson(event))
        const chatID = chatOf(event)
        return Effect.flatMap(
          chatID === undefined ? Effect.succeed("") : nameOf(chatID),
          (name) => {
            const line = eventLine(event, name)
            // server text goes to a terminal: one line, no control characters (an escape sequence of a contact's)
            return line === undefined ? Effect.void : printLine(truncate(oneLine(line), stdoutWidth()))
          },
        )
      }),
    )
  })
