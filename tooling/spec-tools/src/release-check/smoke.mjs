// The release check's smoke test, run by Node, Deno and Bun inside a temporary project that installed the packed
// tarballs from npm-style `node_modules` (plain JavaScript, so every runtime runs it as is).
// `<runtime> smoke.mjs <package-name>...`: imports each package by name the way a user would, and fails unless it
// loads and every named export is defined. Prints one line per package; exits 1 on the first failure.
const runtime = typeof Deno !== "undefined" ? `deno ${Deno.version.deno}` : typeof Bun !== "undefined" ? `bun ${Bun.version}` : `node ${process.version}`
const names = typeof Deno !== "undefined" ? Deno.args : process.argv.slice(2)

let failed = false
for (const name of names) {
  try {
    const module = await import(name)
    const exports = Object.keys(module)
    const undefinedExports = exports.filter((key) => module[key] === undefined)
    if (exports.length === 0) throw new Error("the package has no exports")
    if (undefinedExports.length > 0) throw new Error(`exports that are undefined at runtime: ${undefinedExports.join(", ")}`)
    console.log(`ok ${name} on ${runtime}: ${exports.length} exports`)
  } catch (error) {
    failed = true
    console.log(`FAIL ${name} on ${runtime}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
  }
}
if (failed) {
  if (typeof Deno !== "undefined") Deno.exit(1)
  process.exit(1)
}
