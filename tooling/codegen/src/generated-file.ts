// The one header every generated file starts with, and a writer that keeps regenerated files byte-stable.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises"
import { createRequire } from "node:module"
import { dirname, join, relative } from "node:path"

/**
 * Header lines of every generated file: the "generated — do not edit" marker (CI and reviewers look for it),
 * the source spec and generator, and how to regenerate. No timestamps, no absolute paths.
 */
export const generatedHeaderLines = (source: string, generator: string): ReadonlyArray<string> => [
  "// generated — do not edit.",
  `// Source: ${source} · generator: ${generator} · regenerate with \`pnpm generate\`.`,
]

/**
 * Writes `body` below the generated header, with `\n` line endings and exactly one trailing newline.
 * Leaves the file untouched (same bytes, same mtime) when its content would not change.
 * Returns whether the file was written.
 */
export const writeGeneratedFile = async (
  path: string,
  body: string,
  options: { readonly source: string; readonly generator: string },
): Promise<boolean> => {
  const content = `${generatedHeaderLines(options.source, options.generator).join("\n")}\n\n${normalizeText(body)}`
  const previous = await readFile(path, "utf8").catch(() => undefined)
  if (previous === content) return false
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, content)
  return true
}

/** `\n` line endings and exactly one final newline. */
export const normalizeText = (text: string): string => `${text.replace(/\r\n?/g, "\n").trimEnd()}\n`

/** `"<package> <version>"` of an installed generator package, for the header (versions are pinned, so stable). */
export const generatorLabel = (packageName: string): string => {
  const { version } = createRequire(import.meta.url)(`${packageName}/package.json`) as { version: string }
  return `${packageName} ${version}`
}

/** Every file under `dir` (recursively), as sorted paths relative to `dir`; empty if `dir` does not exist. */
export const listFiles = async (dir: string): Promise<ReadonlyArray<string>> => {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

/**
 * Makes `toDir` hold exactly the files of `fromDir`: writes the files whose bytes differ, deletes the ones that
 * are gone, leaves identical files untouched (mtime included). Returns the paths it wrote or deleted.
 */
export const syncDirectory = async (fromDir: string, toDir: string): Promise<ReadonlyArray<string>> => {
  const wanted = await listFiles(fromDir)
  const changed: Array<string> = []
  for (const file of wanted) {
    const content = await readFile(join(fromDir, file))
    const previous = await readFile(join(toDir, file)).catch(() => undefined)
    if (previous !== undefined && previous.equals(content)) continue
    await mkdir(dirname(join(toDir, file)), { recursive: true })
    await writeFile(join(toDir, file), content)
    changed.push(file)
  }
  const keep = new Set(wanted)
  for (const file of await listFiles(toDir)) {
    if (keep.has(file)) continue
    await rm(join(toDir, file))
    changed.push(file)
  }
  return changed
}
