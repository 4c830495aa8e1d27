// Heap measurements for the "memory bounded" assertion: a full GC (exposed at run time, so the suite needs no
// node flags) before reading the heap in use.
import { setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"

setFlagsFromString("--expose-gc")
const gc = runInNewContext("gc") as () => void

/** The heap in use after a full collection, in MiB. */
export const heapAfterGc = (): number => {
  gc()
  gc()
  return process.memoryUsage().heapUsed / 2 ** 20
}
