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

/**
 * Defines `name` on `target` as a getter that builds its value with `build` on the first read; from then on a plain,
 * enumerable value (on an object frozen meanwhile the getter stays, and returns the same value). What the resource
 * tree's namespaces and methods and {@link lazyProperties}' entries are made with.
 *
 * @internal
 */
export const defineLazy = (target: object, name: PropertyKey, build: () => unknown): void => {
  let built: { readonly value: unknown } | undefined
  Object.defineProperty(target, name, {
    get: () => {
      if (built !== undefined) return built.value
      built = { value: build() }
      Reflect.defineProperty(target, name, { value: built.value, enumerable: true, configurable: true })
      return built.value
    },
    enumerable: true,
    configurable: true,
  })
}

/**
 * An object whose every property is built by its own function on the first read of that property (then a plain
 * value): the runtime build's endpoint table (`generated/lazyEndpoints.runtime.ts`), of which a process start reads
 * the entry of each operation it calls and no other — compiling and running the ~70 entries' object literals at
 * import cost ~1 ms of CPU on Bun (tooling/bench/README.md, "Cold start"). Enumerable like the eager table's keys,
 * in `build`'s order.
 *
 * @internal
 */
export const lazyProperties = <A extends object>(build: { readonly [K in keyof A]: () => A[K] }): A => {
  const target = {} as A
  for (const name of Object.keys(build) as Array<keyof A & string>) defineLazy(target, name, build[name])
  return target
}
