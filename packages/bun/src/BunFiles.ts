/**
 * The three file operations a `KeyValueFile` store needs (read a text file, write one, rename), as an Effect
 * `FileSystem` over Bun's own APIs (`Bun.file`, `Bun.write`, and `node:fs/promises` for the rename, which Bun
 * implements natively) — every other operation fails as unsupported (`FileSystem.makeNoop`).
 *
 * @module
 */
import { Effect, FileSystem, Layer } from "effect"
import * as PlatformError from "effect/PlatformError"
import { rename } from "node:fs/promises"

declare const Bun: {
  file(path: string): { text(): Promise<string> }
  write(path: string, data: string): Promise<number>
}

/** Runs a Bun file call, failing with a `PlatformError` (`NotFound` for a missing file). */
const call = <A>(method: string, path: string, run: () => Promise<A>) =>
  Effect.tryPromise({
    try: run,
    catch: (cause) =>
      PlatformError.systemError({
        _tag: (cause as { readonly code?: unknown } | undefined)?.code === "ENOENT" ? "NotFound" : "Unknown",
        module: "FileSystem",
        method,
        pathOrDescriptor: path,
        cause,
      }),
  })

/** The `FileSystem` (read, write, rename of text files) over Bun's APIs. */
export const layerFileSystem: Layer.Layer<FileSystem.FileSystem> = Layer.succeed(
  FileSystem.FileSystem,
  FileSystem.makeNoop({
    readFileString: (path) => call("readFileString", path, () => Bun.file(path).text()),
    writeFileString: (path, data) => call("writeFileString", path, () => Bun.write(path, data).then(() => undefined)),
    rename: (from, to) => call("rename", from, () => rename(from, to)),
  }),
)
