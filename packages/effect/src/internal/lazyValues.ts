/**
 * An object of constants built together on the first read of any of them: the runtime build's form of the generated
 * Schemas (`generated/lazySchemas.runtime.ts`, `lazyEndpoints.runtime.ts`), which a process start never reads when
 * the generated checks pass (tooling/bench/README.md, "Cold start"). `names` are the keys `build` returns: each is a
 * getter, enumerable like a module namespace's, until the first read turns them all into the values built.
 *
 * @internal
 */
export const lazyValues = <A extends object>(names: ReadonlyArray<keyof A & string>, build: () => A): A => {
  const target = {} as A
  const force = (): A => {
    const built = build()
    for (const name of names) Object.defineProperty(target, name, { value: built[name], enumerable: true, writable: false })
    return built
  }
  for (const name of names) {
    Object.defineProperty(target, name, { get: () => force()[name], enumerable: true, configurable: true })
  }
  return target
}
