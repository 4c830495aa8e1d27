/**
 * The file operations a `KeyValueFile` store needs (read a text file, write one, rename, remove), as an Effect
 * `FileSystem` over Bun's own APIs (`Bun.file`, `Bun.write`, and `node:fs/promises` for the rename, which Bun
 * implements natively) — every other operation fails as unsupported.
 *
 * @module
 */
import { KeyValueFile } from "@beeper-kit/effect"
import type { FileSystem, Layer } from "effect"

/** Bun implements `node:fs/promises` natively; imported by name, as the package is built without Node's types. */
const nodeFsPromises: string = "node:fs/promises"

interface NodeFsPromises {
  readonly rename: (from: string, to: string) => Promise<void>
  readonly rm: (path: string, options: { readonly force: boolean }) => Promise<void>
}

/** Renames through `node:fs/promises` (Bun has no `Bun.rename`). */
const rename = (from: string, to: string): Promise<void> =>
  import(nodeFsPromises).then((fs: NodeFsPromises) => fs.rename(from, to))

/** Removes through `node:fs/promises` (a missing file is no error). */
const remove = (path: string): Promise<void> =>
  import(nodeFsPromises).then((fs: NodeFsPromises) => fs.rm(path, { force: true }))

declare const Bun: {
  file(path: string): { text(): Promise<string> }
  write(path: string, data: string, options: { readonly createPath: boolean }): Promise<number>
}

/** The `FileSystem` (read, write, rename, remove of text files) over Bun's APIs; a missing file (`ENOENT`) is `NotFound`. */
export const layerFileSystem: Layer.Layer<FileSystem.FileSystem> = KeyValueFile.layerFileSystem({
  readFileString: (path) => Bun.file(path).text(),
  // `createPath: false`: by default `Bun.write` creates missing parent folders, so a mistyped checkpoint path made a
  // new folder where Node and Deno fail (`ENOENT`: `CheckpointUnavailable`), as `KeyValueFile` says: "its directory
  // must exist".
  writeFileString: (path, data) => Bun.write(path, data, { createPath: false }).then(() => undefined),
  rename,
  remove,
})
