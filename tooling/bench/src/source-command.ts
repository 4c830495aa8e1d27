// The command that runs one of the bench's TypeScript files on Node, Deno or Bun, each resolving `@beeper-kit/*` to
// the workspace's sources (the `@beeper-kit/source` condition; Deno with the npm packages of node_modules). Used by
// the HTTP section and by the profiling tools that start themselves again as a child on each runtime.

/** The runtimes a bench file runs on as a process. */
export type ProcessRuntime = "node" | "deno" | "bun"

const source = "--conditions=@beeper-kit/source"

/** `[command, args]` running `file` with `args` on `runtime`. */
export const sourceCommand = async (runtime: ProcessRuntime, file: string, args: ReadonlyArray<string>): Promise<[string, Array<string>]> => {
  // imported here: a tool's child (on Deno or Bun) loads the tool's module but never starts a process itself
  const { bunBinary, denoBinary } = await import("@beeper-kit/testkit/binaries")
  switch (runtime) {
    case "node":
      return [process.execPath, [source, file, ...args]]
    case "deno":
      return [denoBinary(), ["run", "-A", "--node-modules-dir=manual", source, file, ...args]]
    case "bun":
      return [bunBinary(), [source, file, ...args]]
  }
}
