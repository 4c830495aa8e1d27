/**
 * Real files behind the `file://` URLs the API hands out (uploads, downloaded assets): a temporary directory
 * created on first use and removed when the server closes, so a client can open what `srcURL` points to. Once
 * closed it refuses writes, so nothing recreates the directory after the server is gone.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"

/** A file name safe as one path segment (no separators, no `.`/`..`, no NUL). */
export const safeFileName = (name: string): string => {
  const cleaned = name.replace(/[/\\\u0000]/g, "_")
  return cleaned === "" || cleaned === "." || cleaned === ".." ? "file" : cleaned
}

/** A temporary directory of files. */
export class FileArea {
  #root: string | undefined
  #closed = false

  /** The directory (created on first use). Throws once the area is closed. */
  get root(): string {
    if (this.#closed) throw new Error("The mock server is closed: its temporary file area accepts no more files")
    this.#root ??= mkdtempSync(join(tmpdir(), "beeper-mock-"))
    return this.#root
  }

  /** Writes `bytes` at `segments` below the root (each segment made safe); returns the file's `file://` URL. Throws once closed. */
  write(segments: ReadonlyArray<string>, bytes: Uint8Array): string {
    const path = join(this.root, ...segments.map(safeFileName))
    mkdirSync(join(path, ".."), { recursive: true })
    writeFileSync(path, bytes)
    return pathToFileURL(path).href
  }

  /** Removes the directory and everything in it; later writes are refused. */
  close(): void {
    this.#closed = true
    if (this.#root !== undefined) rmSync(this.#root, { recursive: true, force: true })
    this.#root = undefined
  }
}
