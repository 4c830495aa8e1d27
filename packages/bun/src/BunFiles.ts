/**
 * The three file operations a `KeyValueFile` store needs (read a text file, write one, rename), as an Effect
 * `FileSystem` over Bun's own APIs (`Bun.file`, `Bun.write`, and `node:fs/promises` for the rename, which Bun
 * implements natively) — every other operation fails as unsupported.
 *
 * @module
 */
import { KeyValueFile } from "@beeper-kit/effect"
import type { FileSystem, Layer } from "effect"
import { rename } from "node:fs/promises"

declare const Bun: {
  file(path: string): { text(): Promise<string> }
  write(path: string, data: string): Promise<number>
}

/** The `FileSystem` (read, write, rename of text files) over Bun's APIs; a missing file is `NotFound`. */
export const layerFileSystem: Layer.Layer<FileSystem.FileSystem> = KeyValueFile.layerFileSystem(
  {
    readFileString: (path) => Bun.file(path).text(),
    writeFileString: (path, data) => Bun.write(path, data).then(() => undefined),
    rename,
  },
  (cause) => (cause as { readonly code?: unknown } | undefined)?.code === "ENOENT",
)
