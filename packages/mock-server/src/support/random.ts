/**
 * A small seeded pseudo-random generator (sfc32 seeded through cyrb128), so fixtures are the same
 * for the same seed on every machine and every run.
 */
export interface Random {
  /** A float in [0, 1). */
  readonly next: () => number
  /** An integer in [min, max] (both inclusive). */
  readonly int: (min: number, max: number) => number
  /** True with the given probability. */
  readonly chance: (probability: number) => boolean
  /** One element of a non-empty array. */
  readonly pick: <T>(items: ReadonlyArray<T>) => T
  /** `count` distinct elements (or all of them when there are fewer). */
  readonly sample: <T>(items: ReadonlyArray<T>, count: number) => Array<T>
  /** A string of `length` characters drawn from `alphabet`. */
  readonly token: (length: number, alphabet?: string) => string
}

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

const cyrb128 = (input: string): [number, number, number, number] => {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < input.length; i++) {
    const k = input.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0]
}

/** Creates a generator from any seed; equal seeds give equal sequences. */
export const makeRandom = (seed: string | number): Random => {
  let [a, b, c, d] = cyrb128(String(seed))
  const next = (): number => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    let t = (a + b) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    d = (d + 1) | 0
    t = (t + d) | 0
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  for (let i = 0; i < 15; i++) next()
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: ReadonlyArray<T>): T => {
    if (items.length === 0) throw new Error("pick from an empty array")
    return items[int(0, items.length - 1)] as T
  }
  const sample = <T>(items: ReadonlyArray<T>, count: number): Array<T> => {
    const pool = [...items]
    for (let i = pool.length - 1; i > 0; i--) {
      const j = int(0, i)
      ;[pool[i], pool[j]] = [pool[j] as T, pool[i] as T]
    }
    return pool.slice(0, Math.max(0, count))
  }
  const token = (length: number, alphabet = ALPHANUMERIC): string => {
    let out = ""
    for (let i = 0; i < length; i++) out += alphabet[int(0, alphabet.length - 1)]
    return out
  }
  return { next, int, chance: (p) => next() < p, pick, sample, token }
}
