/**
 * The three file operations a `KeyValueFile` store needs (read a text file, write one, rename), as an Effect
 * `FileSystem` over Deno's own APIs — every other operation fails as unsupported (`FileSystem.makeNoop`). Needs
 * `--allow-read` and `--allow-write` for the file's folder.
 *
 * @module
 */
import { Effect, FileSystem, Layer } from "effect"
import * as PlatformError from "effect/PlatformError"

declare const Deno: {
  readTextFile(path: string): Promise<string>
  writeTextFile(path: string, data: string): Promise<void>
  rename(from: string, to: string): Promise<void>
  readonly errors: { readonly NotFound: new(...args: ReadonlyArray<unknown>) => Error }
}

/** Runs a Deno file call, failing with a `PlatformError` (`NotFound` when Deno says so). */
const call = <A>(method: string, path: string, run: () => Promise<A>) =>
  Effect.tryPromise({
    try: run,
    catch: (cause) =>
      PlatformError.systemError({
        _tag: cause instanceof Deno.errors.NotFound ? "NotFound" : "Unknown",
        module: "FileSystem",
        method,
        pathOrDescriptor: path,
        cause,
      }),
  })

/** The `FileSystem` (read, write, rename of text files) over Deno's APIs. */
export const layerFileSystem: Layer.Layer<FileSystem.FileSystem> = Layer.succeed(
  FileSystem.FileSystem,
  FileSystem.makeNoop({
    readFileString: (path) => call("readFileString", path, () => Deno.readTextFile(path)),
    writeFileString: (path, data) => call("writeFileString", path, () => Deno.writeTextFile(path, data)),
    rename: (from, to) => call("rename", from, () => Deno.rename(from, to)),
  }),
)
