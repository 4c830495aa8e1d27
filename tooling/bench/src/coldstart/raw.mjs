// Cold start, raw fetch: the first GET /v1/chats with fetch + JSON.parse (no import).
const t0 = performance.now()
const [baseUrl] = globalThis.Deno ? Deno.args : process.argv.slice(2)
const imported = performance.now()
const response = await fetch(`${baseUrl}/v1/chats?limit=25`, { headers: { authorization: "Bearer bench-token" } })
const page = JSON.parse(await response.text())
const done = performance.now()
if (page.items.length !== 25) throw new Error("expected 25 chats")
console.log(JSON.stringify({ importMs: imported - t0, requestMs: done - imported, totalMs: done - t0, sinceStartMs: done }))
