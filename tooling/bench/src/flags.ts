// The `--name=value` flags of a bench script's command line (a bare `--name` has the value ""):
//   const flags = commandFlags()      // node tooling/bench/src/events/in-memory.ts --profile=DIR --against=../old
/** The command line's `--name=value` flags, by name; other arguments are left out. */
export const commandFlags = (argv: ReadonlyArray<string> = process.argv.slice(2)): Map<string, string> =>
  new Map(
    argv.filter((arg) => arg.startsWith("--")).map((arg) => {
      const [key, value = ""] = arg.slice(2).split("=")
      return [key!, value] as const
    }),
  )
