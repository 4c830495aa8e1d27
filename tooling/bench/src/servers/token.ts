/** The bearer token the benchmark servers accept and every benchmarked client sends. */
export const benchToken = "bench-token"
