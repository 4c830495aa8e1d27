// Cold start baseline: the runtime alone (no import, no request).
const done = performance.now()
console.log(JSON.stringify({ importMs: 0, requestMs: 0, totalMs: 0, sinceStartMs: done }))
