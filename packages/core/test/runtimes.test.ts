// The built @beeper-kit/core (tsc output, exactly what is published) imported and used by real Deno, Bun and Node
// processes against a local HTTP server. The build goes to a fresh temporary folder, so it can never be stale.
import { existsSync } from "node:fs"
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { toolchainBin, workspaceBin as bin } from "@beeper-kit/testkit/binaries"
import { type Finished, runProcess } from "@beeper-kit/testkit/process"
import { startRecordingServer, type RecordingServer } from "@beeper-kit/testkit/recording-server"

const packageDir = new URL("..", import.meta.url).pathname
const toolchainNodes = ["node22", "node26"]
  .map((bin) => ({ label: `node ${bin.slice("node".length)}`, path: toolchainBin(bin) }))
  .filter((node) => existsSync(node.path))

/** Runs `command` to completion in this package; fails with its output when it exits non-zero. */
const run = async (command: string, args: ReadonlyArray<string>, env: Record<string, string> = {}): Promise<Finished> => {
  const finished = await runProcess(command, args, { cwd: packageDir, env })
  if (finished.code !== 0) throw new Error(`${command} exited ${finished.code}:\n${finished.output}`)
  return finished
}

let server: RecordingServer
let workDir: string
let script: string

beforeAll(async () => {
  server = await startRecordingServer()
  workDir = await mkdtemp(join(tmpdir(), "beeper-kit-core-runtimes-"))
  const outDir = join(workDir, "dist")
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc")
  await run(process.execPath, [tsc, "-p", join(packageDir, "tsconfig.build.json"), "--outDir", outDir,
    "--declaration", "false", "--declarationMap", "false", "--sourceMap", "false"])
  script = join(workDir, "main.mjs")
  await writeFile(script, mainScript(pathToFileURL(join(outDir, "index.js")).href))
})
afterAll(async () => {
  await server.close()
  await rm(workDir, { recursive: true, force: true })
})
beforeEach(() => {
  server.reset()
  server.respondWith((request) => ({ body: { echo: `${request.method} ${request.url}` } }))
})

/** Imports the built core, calls two operations against the server named on the command line, prints JSON. */
const mainScript = (coreUrl: string): string => `
import { createBeeperClient } from ${JSON.stringify(coreUrl)}
const baseUrl = globalThis.Deno ? Deno.args[0] : process.argv[2]
const runtime = globalThis.Deno ? "deno" : globalThis.Bun ? "bun" : "node"
const beeper = createBeeperClient({ baseUrl, accessToken: "runtime-token" })
const chats = await beeper.chats.list({ query: { accountIDs: ["whatsapp", "signal"], limit: 1 } })
const reaction = await beeper.chats.messages.reactions.add({
  path: { chatID: "!room:beeper.com", messageID: "a/b" },
  body: { reactionKey: "👍" },
})
console.log(JSON.stringify({ runtime, chats: chats.data, reaction: reaction.data, status: reaction.response.status }))
`

interface Runtime {
  readonly label: string
  readonly runtime: "deno" | "bun" | "node"
  readonly command: () => ReadonlyArray<string>
}

const runtimes: ReadonlyArray<Runtime> = [
  {
    label: "deno",
    runtime: "deno",
    command: () => [bin("deno"), "run", "--no-config", `--allow-net=${new URL(server.url).host}`, script, server.url],
  },
  { label: "bun", runtime: "bun", command: () => [bin("bun"), script, server.url] },
  { label: `node ${process.versions.node}`, runtime: "node", command: () => [process.execPath, script, server.url] },
  // From the repo's toolchain: the oldest Node the package supports (engines: >=22.19) and the newest line.
  ...toolchainNodes.map(({ label, path }) => ({ label, runtime: "node" as const, command: () => [path, script, server.url] })),
]

describe("the built package under every runtime", () => {
  it.each(runtimes)("$label: imports @beeper-kit/core and calls the API", async ({ runtime, command }) => {
    const [file, ...args] = command()
    const { stdout } = await run(file!, args, { DENO_NO_UPDATE_CHECK: "1" })

    expect(JSON.parse(stdout)).toEqual({
      runtime,
      chats: { echo: "GET /v1/chats?accountIDs=whatsapp&accountIDs=signal&limit=1" },
      reaction: { echo: "POST /v1/chats/!room%3Abeeper.com/messages/a%2Fb/reactions" },
      status: 200,
    })
    expect(server.requests.map((request) => request.headers.authorization)).toEqual(["Bearer runtime-token", "Bearer runtime-token"])
    expect(JSON.parse(server.last().body)).toEqual({ reactionKey: "👍" })
  }, 120_000) // a runtime's startup is slow on a busy machine; the run ends on its own
})
