/** The temporary directory behind the `file://` URLs the mock hands out. */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { FileArea } from "../src/support/files.ts"

describe("FileArea", () => {
  let temp: string
  let previous: string | undefined
  beforeEach(() => {
    previous = process.env["TMPDIR"]
    temp = mkdtempSync(join(tmpdir(), "files-test-"))
    process.env["TMPDIR"] = temp
  })
  afterEach(() => {
    if (previous === undefined) delete process.env["TMPDIR"]
    else process.env["TMPDIR"] = previous
    rmSync(temp, { recursive: true, force: true })
  })

  it("writes files under one folder and removes it on close", () => {
    const files = new FileArea()
    const url = files.write(["uploads", "u1", "a.txt"], new TextEncoder().encode("hi"))
    expect(existsSync(fileURLToPath(url))).toBe(true)
    expect(readdirSync(temp)).toHaveLength(1)
    files.close()
    expect(readdirSync(temp)).toEqual([])
  })

  it("refuses writes once closed, with a clear error, and creates no folder", () => {
    const files = new FileArea()
    files.write(["a.txt"], new Uint8Array([1]))
    files.close()
    expect(() => files.write(["late.txt"], new Uint8Array([1]))).toThrow(/closed/)
    expect(() => files.root).toThrow(/closed/)
    expect(readdirSync(temp)).toEqual([])
    // closed before any write: still nothing on disk
    const unused = new FileArea()
    unused.close()
    expect(() => unused.write(["late.txt"], new Uint8Array([1]))).toThrow(/closed/)
    expect(readdirSync(temp)).toEqual([])
  })
})
