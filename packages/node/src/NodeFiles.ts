/**
 * The file operations a `KeyValueFile` store needs (read a text file, write one, rename, remove), as an Effect
 * `FileSystem` over `node:fs/promises` — every other operation fails as unsupported. What `layerCheckpointFile`
 * runs on, in place of a whole platform file system.
 *
 * @module
 */
import { KeyValueFile } from "@beeper-kit/effect"
import type * as FileSystem from "effect/FileSystem"
import type * as Layer from "effect/Layer"
import { readFile, rename, rm, writeFile } from "node:fs/promises"

/** The `FileSystem` (read, write, rename, remove of text files) over `node:fs/promises`; a missing file is `NotFound`. */
export const layerFileSystem: Layer.Layer<FileSystem.FileSystem> = KeyValueFile.layerFileSystem({
  readFileString: (path) => readFile(path, "utf8"),
  writeFileString: (path, data) => writeFile(path, data),
  rename,
  remove: (path) => rm(path, { force: true }),
})
