// A program written for a runtime to run, inside this package (so its imports resolve here), under .test-results/.
import { mkdirSync, writeFileSync } from "node:fs"

/** Writes `source` as `.test-results/<folder>/<name>.ts` and returns its path. */
export const programFile = (folder: string, name: string, source: string): string => {
  const dir = new URL(`../../.test-results/${folder}/`, import.meta.url)
  mkdirSync(dir, { recursive: true })
  const file = new URL(`${name}.ts`, dir)
  writeFileSync(file, source)
  return file.pathname
}
