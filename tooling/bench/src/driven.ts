// A child process the parent drives command by command over a line protocol, so one process can be started and
// warmed up once and then measured phase by phase, interleaved with other processes. Both sides live here:
//   parent  `startDriven(command, args)` → waits for the child's ready line; `request(command)` → its answer; `close()`
//   child   after its own set-up, `serveCommands(handle)`: prints the ready line, then answers each command line
// The protocol: the parent writes one JSON object per line on the child's stdin; the child prints lines on stdout
// tagged `@driven ` + JSON: first `{"ready":true}`, then one `{"id","ok"}` or `{"id","error"}` per command, in order.
// Untagged stdout lines (a library's logging) are ignored. The child reads stdin only between commands, so an idle
// child uses no CPU. It ends on `{"type":"exit"}` or when its stdin closes (the parent died). Runs on Node, Deno and
// Bun (node:process, node:readline).
import { spawn } from "node:child_process"
import process from "node:process"
import { createInterface } from "node:readline"
import { childEnv } from "./child.ts"

/** The prefix of every protocol line a child prints. */
export const drivenTag = "@driven "

/** A command: a JSON object whose `type` says what to do (its other fields are the command's); `exit` ends the child. */
export interface DrivenCommand {
  readonly type: string
}

/** One protocol line from the child. */
type Reply =
  | { readonly ready: true }
  | { readonly id: number; readonly ok: unknown }
  | { readonly id: number; readonly error: string }

/** A running driven child. */
export interface DrivenChild {
  /** Sends `command` and resolves with the child's answer; rejects with its error, or when it dies or times out. */
  readonly request: <A>(command: DrivenCommand) => Promise<A>
  /** Asks the child to exit and waits for it (kills it after a grace period). */
  readonly close: () => Promise<void>
}

/** Options of {@link startDriven}. */
export interface DrivenOptions {
  readonly cwd?: string
  readonly env?: NodeJS.ProcessEnv
  /** How long the child may take to become ready (default 120 s) and to answer a command (default 60 s). */
  readonly readyTimeoutMs?: number
  readonly requestTimeoutMs?: number
}

/** Spawns `command args` and resolves once the child printed its ready line. */
export const startDriven = (command: string, args: ReadonlyArray<string>, options: DrivenOptions = {}): Promise<DrivenChild> =>
  new Promise((resolveStart, rejectStart) => {
    const name = [command, ...args].join(" ")
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: childEnv(options.env),
      stdio: ["pipe", "pipe", "pipe"],
    })
    let stderr = ""
    let ignored = ""
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-4000)))
    // what happened, for an error message: the child's last words
    const why = (what: string) => new Error(`${name}: ${what}\n${stderr}${ignored.slice(-2000)}`)
    let started = false
    let nextId = 0
    let pending: { readonly id: number; readonly resolve: (value: unknown) => void; readonly reject: (error: Error) => void } | undefined
    let ended: Error | undefined
    const fail = (error: Error) => {
      ended ??= error
      if (!started) rejectStart(error)
      pending?.reject(error)
      pending = undefined
    }
    const readyTimer = setTimeout(() => {
      fail(why(`not ready after ${options.readyTimeoutMs ?? 120_000} ms`))
      child.kill("SIGKILL")
    }, options.readyTimeoutMs ?? 120_000)
    child.on("error", (error) => fail(why(error.message)))
    child.on("close", (code, signal) => {
      clearTimeout(readyTimer)
      fail(why(`exited ${code ?? signal}`))
    })
    child.stdin.on("error", () => {
      // the child is gone: "close" reports it
    })
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (!line.startsWith(drivenTag)) {
        ignored = `${ignored}${line}\n`.slice(-4000)
        return
      }
      const reply = JSON.parse(line.slice(drivenTag.length)) as Reply
      if ("ready" in reply) {
        started = true
        clearTimeout(readyTimer)
        resolveStart({ request, close })
        return
      }
      if (pending === undefined || pending.id !== reply.id) {
        fail(why(`answered command ${reply.id}, which is not the one waiting`))
        child.kill("SIGKILL")
        return
      }
      const { resolve, reject } = pending
      pending = undefined
      if ("error" in reply) reject(new Error(`${name}: ${reply.error}`))
      else resolve(reply.ok)
    })
    const request = <A>(command: DrivenCommand): Promise<A> => {
      if (ended !== undefined) return Promise.reject(ended)
      if (pending !== undefined) return Promise.reject(new Error(`${name}: a command is already waiting for its answer`))
      const id = nextId++
      return new Promise<A>((resolve, reject) => {
        const timer = setTimeout(() => {
          fail(why(`no answer to ${JSON.stringify(command)} after ${options.requestTimeoutMs ?? 60_000} ms`))
          child.kill("SIGKILL")
        }, options.requestTimeoutMs ?? 60_000)
        pending = {
          id,
          resolve: (value) => {
            clearTimeout(timer)
            resolve(value as A)
          },
          reject: (error) => {
            clearTimeout(timer)
            reject(error)
          },
        }
        child.stdin.write(`${JSON.stringify({ ...command, id })}\n`)
      })
    }
    const close = (): Promise<void> =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done()
        const grace = setTimeout(() => child.kill("SIGKILL"), 10_000)
        child.once("close", () => {
          clearTimeout(grace)
          done()
        })
        child.stdin.end(`${JSON.stringify({ type: "exit", id: nextId++ })}\n`)
      })
  })

/** Prints one protocol line. */
const say = (reply: Reply): void => {
  process.stdout.write(`${drivenTag}${JSON.stringify(reply)}\n`)
}

/**
 * The child's side: prints the ready line, then answers every command with `handle`'s result (or its error), one
 * at a time, in order. `exit` (or the end of stdin) runs `onExit` and ends the process with code 0 — on every
 * runtime, since a client may keep sockets or an Effect runtime alive.
 */
export const serveCommands = (
  handle: (command: DrivenCommand) => Promise<unknown>,
  onExit: () => Promise<void> = async () => {},
): void => {
  const lines = createInterface({ input: process.stdin })
  const queue: Array<string> = []
  let busy = false
  const next = async (): Promise<void> => {
    if (busy) return
    busy = true
    while (queue.length > 0) {
      const { id, ...command } = JSON.parse(queue.shift()!) as DrivenCommand & { readonly id: number }
      if (command.type === "exit") await exit()
      try {
        say({ id, ok: await handle(command as DrivenCommand) })
      } catch (error) {
        say({ id, error: error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error) })
      }
    }
    busy = false
  }
  lines.on("line", (line) => {
    if (line.trim() === "") return
    queue.push(line)
    void next()
  })
  const exit = async () => {
    await onExit().catch(() => {})
    process.exit(0)
  }
  lines.on("close", () => {
    // the parent closed stdin (or died): finish what was asked, then end
    const wait = () => (busy || queue.length > 0 ? setTimeout(wait, 10) : void exit())
    wait()
  })
  say({ ready: true })
}
