/**
 * The file operations a `KeyValueFile` store needs (read a text file, write one, rename, remove), as an Effect
 * `FileSystem` over Deno's own APIs — every other operation fails as unsupported. Needs `--allow-read` and
 * `--allow-write` for the file's folder.
 *
 * @module
 */
import { KeyValueFile } from "@beeper-kit/effect"
import type { FileSystem, Layer } from "effect"

declare const Deno: {
  readTextFile(path: string): Promise<string>
  writeTextFile(path: string, data: string): Promise<void>
  rename(from: string, to: string): Promise<void>
  remove(path: string): Promise<void>
  readonly errors: { readonly NotFound: new(...args: ReadonlyArray<unknown>) => Error }
}

/** The `FileSystem` (read, write, rename, remove of text files) over Deno's APIs; a missing file is `NotFound`. */
export const layerFileSystem: Layer.Layer<FileSystem.FileSystem> = KeyValueFile.layerFileSystem(
  {
    readFileString: (path) => Deno.readTextFile(path),
    writeFileString: (path, data) => Deno.writeTextFile(path, data),
    rename: (from, to) => Deno.rename(from, to),
    remove: (path) => Deno.remove(path),
  },
  (cause) => cause instanceof Deno.errors.NotFound,
)
