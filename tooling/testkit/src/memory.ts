// Memory measurements for the "memory bounded" assertions: the heap in use after a full GC (exposed at run time, so
// the suite needs no node flags), and the peak growth while something runs.
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

/**
 * The highest growth of the memory a body can occupy — heap in use plus `ArrayBuffer`s (where fetch puts bodies)
 * — above its level at the start, in MiB, sampled every few milliseconds while `run` runs.
 */
export const peakGrowthDuring = async <A>(run: () => Promise<A>): Promise<{ readonly value: A; readonly peakMiB: number }> => {
  const level = () => {
    const usage = process.memoryUsage()
    return (usage.heapUsed + usage.arrayBuffers) / 2 ** 20
  }
  gc()
  const start = level()
  let peak = start
  const sampler = setInterval(() => {
    peak = Math.max(peak, level())
  }, 2)
  try {
    const value = await run()
    peak = Math.max(peak, level())
    return { value, peakMiB: peak - start }
  } finally {
    clearInterval(sampler)
  }
}
