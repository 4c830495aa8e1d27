/**
 * The `beeper-kit` command tree and {@link runCli}, which runs one invocation and returns its exit code — the code
 * path of the `beeper-kit` binary and of the demo alike.
 *
 * @module
 */
import { oneLine } from "@beeper-kit/core/wire"
import { createRequire } from "node:module"
import { Cause, Console, Effect, Layer } from "effect"
import { CliError, CliOutput, Command } from "effect/cli"
import { accounts } from "./commands/accounts.ts"
import { chats } from "./commands/chats.ts"
import { messages } from "./commands/messages.ts"
import { beeperKit } from "./commands/root.ts"
import { send } from "./commands/send.ts"
import { tail } from "./commands/tail.ts"
import { CliFailure, ExitCode } from "./failure.ts"

/** The whole command tree. */
export const app = beeperKit.pipe(Command.withSubcommands([accounts, chats, messages, send, tail]))

/** This package's version (`--version`): its package.json is one folder up from `src/` and from `dist/` alike. */
const version = (createRequire(import.meta.url)("../package.json") as { readonly version: string }).version

/** The services a run needs besides the platform's (FileSystem, Path, Terminal, Stdio, ...). */
export type CliServices = Command.Services<typeof app>

/**
 * A command typed alone (`beeper-kit send`, nothing after it) that only lacks its arguments is a request for its
 * help, not a mistake: help on stdout and exit 0. (`beeper-kit` alone shows the root's help the same way.)
 */
const asksForHelp = (argv: ReadonlyArray<string>, errors: ReadonlyArray<{ readonly _tag: string }>): boolean =>
  argv.length === 1 && errors.length > 0 && errors.every((error) => error._tag === "MissingArgument")

/**
 * Help and `--version` on stdout; an invalid invocation as `beeper-kit: <problem>` plus the usage line on stderr
 * (not the whole help page), unless it {@link asksForHelp}.
 */
const presenter = (argv: ReadonlyArray<string>): CliOutput.Presenter => ({
  present: (event) => {
    if (event._tag !== "InvalidInvocation") return CliOutput.defaultPresenter.present(event)
    if (asksForHelp(argv, event.errors)) {
      return CliOutput.defaultPresenter.present({
        _tag: "Help",
        reason: "Implicit",
        commandPath: event.commandPath,
        helpDoc: event.helpDoc,
      })
    }
    const command = event.commandPath.join(" ")
    return Effect.forEach([
      ...event.errors.map((error) => `beeper-kit: ${error.message}`),
      `usage: ${event.helpDoc.usage}`,
      `Run '${command} --help' for more.`,
    ], (line) => Console.error(line), { discard: true })
  },
})

/**
 * The one-letter flags that take a value, by command, and the flag each is short for (`chats.ts`, `messages.ts`):
 * written attached (`-n5`, `-sWhatsApp`, `-n=5`), they are rewritten to `--limit=5`, `--search=WhatsApp` before
 * parsing — the parser itself reads `-n5` as the flags `-n`, `-5`, and `-sWhatsApp` as `-s`, `-W`, ..., `-h`
 * (the help).
 */
const valueAliases: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  chats: { n: "limit", s: "search" },
  messages: { n: "limit" },
}

/** The flags (of any command, and the parser's own) whose value may be the next argument (`--limit 5`). */
const takesValue: ReadonlySet<string> = new Set([
  "--url",
  "--token",
  "--search",
  "-s",
  "--limit",
  "-n",
  "--chats",
  "--log-level",
  "--completions",
])

/**
 * `argv` with each attached one-letter flag of the command ({@link valueAliases}) written out: `chats -n5` is
 * `chats --limit=5`. Only in a flag's place — after the command's name, before `--`, and not as the value of the
 * flag before it (`--search -nvm` stays as it is) — and only for the commands that have that flag (`send <chatID>
 * "-nvm"` stays as it is, and is refused by {@link dashProblem}).
 */
export const expandAttachedValues = (argv: ReadonlyArray<string>): ReadonlyArray<string> => {
  const expanded: Array<string> = []
  let command: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === "--") return [...expanded, ...argv.slice(i)]
    if (takesValue.has(arg)) {
      expanded.push(arg)
      // its value, left as it is (a "--" after it ends the flags instead)
      if (i + 1 < argv.length && argv[i + 1] !== "--") expanded.push(argv[++i]!)
      continue
    }
    if (!arg.startsWith("-")) {
      command ??= arg
      expanded.push(arg)
      continue
    }
    const attached = /^-([a-zA-Z])=?(.+)$/s.exec(arg)
    const long = attached === null || command === undefined ? undefined : valueAliases[command]?.[attached[1]!]
    expanded.push(long === undefined ? arg : `--${long}=${attached![2]!}`)
  }
  return expanded
}

/**
 * What is wrong with an argument that starts with "-" but is no flag: the parser reads it as one-letter flags, so
 * text such as "-five minutes late" ran `--version` (its "v") and exited 0 without sending, and a token after
 * `--token` that starts with "-" came back a letter at a time in the errors. Refused before parsing, saying how to
 * pass it (and never repeating a token). Everything after `--` is taken as it is. Runs after
 * {@link expandAttachedValues}: what is left that looks like a run of one-letter flags is never meant as one.
 */
export const dashProblem = (argv: ReadonlyArray<string>): string | undefined => {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === "--") return undefined
    if (arg === "--token" && argv[i + 1]?.startsWith("-") === true) {
      return 'the value of --token starts with "-" and would be read as flags: pass it as --token=<token>, or in BEEPER_ACCESS_TOKEN'
    }
    if (/^-[^-]/.test(arg) && arg.length > 2) {
      return `"${arg}" would be read as one-letter flags: for a value that starts with "-", write --<flag>=<value>; ` +
        `for text, put -- before it (e.g. beeper-kit send <chatID> -- "${arg}")`
    }
  }
  return undefined
}

const quietFormatter = CliOutput.layer(CliOutput.defaultFormatter({ globalFlags: "summary", inheritedFlags: "summary" }))

/**
 * Prints a failure as its one `beeper-kit: …` line. The message may quote what a server said (an error body, a send's
 * failure reason): line breaks and control characters — a terminal's escape sequences among them — become spaces, as
 * in every table and `tail` line.
 */
const report = (failure: CliFailure): Effect.Effect<ExitCode> =>
  Effect.as(Console.error(`beeper-kit: ${oneLine(failure.message)}`), failure.code)

/** Runs `beeper-kit <argv>`: prints results and failures, and returns the exit code (never fails). */
export const runCli = (given: ReadonlyArray<string>) => {
  const argv = expandAttachedValues(given)
  return Effect.suspend(() => {
    const problem = dashProblem(argv)
    return problem === undefined
      ? Command.runWith(app, { version })(argv)
      : Effect.fail(new CliFailure({ code: ExitCode.usage, message: problem }))
  }).pipe(
    Effect.as<ExitCode>(ExitCode.ok),
    Effect.catch((error): Effect.Effect<ExitCode> => {
      if (error instanceof CliFailure) return report(error)
      if (CliError.isCliError(error)) {
        // Parse errors were presented already; `--help` (or a command typed alone) is a success.
        const help = error._tag === "ShowHelp" && (error.errors.length === 0 || asksForHelp(argv, error.errors))
        return Effect.succeed(help ? ExitCode.ok : ExitCode.usage)
      }
      return report(new CliFailure({ code: ExitCode.failed, message: String(error) }))
    }),
    Effect.catchDefect((defect) =>
      report(new CliFailure({ code: ExitCode.failed, message: `internal error: ${Cause.pretty(Cause.die(defect))}` }))
    ),
    Effect.provide(Layer.mergeAll(CliOutput.layerPresenter(presenter(argv)), quietFormatter)),
  )
}
