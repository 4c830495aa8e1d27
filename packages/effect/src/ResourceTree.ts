/**
 * The resource-shaped API, derived from the endpoint table: each operationId's dot-separated segments become the
 * path of a method (`chats.messages.reactions.add` → `beeper.chats.messages.reactions.add(...)`). Types come from
 * the table too, so every operation is fully typed and a new operation in the spec needs no handwritten code.
 *
 * @module
 */
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { PaginationError, RequestError } from "./BeeperError.ts"
import type { Endpoint, InputOf, IsPaginated, ItemOf, StreamInputOf, SuccessOf } from "./Endpoint.ts"
import type { CallOptions, StreamOptions } from "./CallOptions.ts"
import type { Executor } from "./internal/executor.ts"
import { defineLazy } from "./internal/lazyValues.ts"

/** Keys of `A` that are required. */
type RequiredKeys<A> = { [K in keyof A]-?: {} extends Pick<A, K> ? never : K }[keyof A]

/** `(input, options?)` when the input has required keys, `(input?, options?)` otherwise. */
export type InputArgs<I, O> = [RequiredKeys<I>] extends [never] ? [input?: I, options?: O] : [input: I, options?: O]

/**
 * The Stream forms of a cursor-paginated operation.
 * @since 1.0.0
 * @category Resources
 */
export interface PaginatedOperation<E extends Endpoint> {
  /** Every item of every page, following cursors lazily in `options.direction` (constant memory). */
  readonly stream: (...args: InputArgs<StreamInputOf<E>, StreamOptions>) => Stream.Stream<ItemOf<E>, PaginationError>
  /** Every page (items with their cursors), following cursors lazily in `options.direction`. */
  readonly pages: (...args: InputArgs<StreamInputOf<E>, StreamOptions>) => Stream.Stream<SuccessOf<E>, PaginationError>
}

/**
 * One operation as a method: call it for one request (one page for paginated operations).
 * @since 1.0.0
 * @category Resources
 */
export type Operation<E extends Endpoint> =
  & ((...args: InputArgs<InputOf<E>, CallOptions>) => Effect.Effect<SuccessOf<E>, RequestError>)
  & { /** The endpoint table entry this method runs. */ readonly endpoint: E }
  & (IsPaginated<E> extends true ? PaginatedOperation<E> : unknown)

type LeafNames<K extends string> = K extends `${string}.${string}` ? never : K
type GroupNames<K extends string> = K extends `${infer H}.${string}` ? H : never
type Within<K extends string, H extends string> = K extends `${H}.${infer R}` ? R : never

/**
 * The nested object of methods for the operations `K` (relative to prefix `P`) of endpoint table `T`.
 * @since 1.0.0
 * @category Resources
 */
export type ResourceTree<
  T extends Record<string, Endpoint>,
  K extends string = keyof T & string,
  P extends string = "",
> =
  & { readonly [L in LeafNames<K>]: Operation<T[`${P}${L}` & keyof T]> }
  & { readonly [G in GroupNames<K>]: ResourceTree<T, Within<K, G>, `${P}${G}.`> }

/**
 * Builds the resource tree of `table` over `executor`. Each namespace and method is made the first time its
 * property is read (then kept as a plain value property): a layer build then makes only what the program calls,
 * not the whole table's ~70 methods and their namespaces (a cold start's work; tooling/bench/README.md). A method
 * reads its entry from `table` when it is made, not before: the runtime build's table builds each entry on its first
 * read (`generated/lazyEndpoints.runtime.ts`).
 */
export const makeResourceTree = <T extends Record<string, Endpoint>>(
  table: T,
  executor: Executor,
): ResourceTree<T> => {
  interface Node {
    operationId?: keyof T & string
    readonly children: Map<string, Node>
  }
  const root: Node = { children: new Map() }
  for (const operationId of Object.keys(table) as Array<keyof T & string>) {
    let node = root
    for (const segment of operationId.split(".")) {
      let child = node.children.get(segment)
      if (child === undefined) {
        child = { children: new Map() }
        node.children.set(segment, child)
      }
      node = child
    }
    node.operationId = operationId
  }
  const materialize = (node: Node): object => {
    const target: object = node.operationId === undefined ? {} : operation(table[node.operationId]!, executor)
    for (const [name, child] of node.children) defineLazy(target, name, () => materialize(child))
    return target
  }
  return materialize(root) as ResourceTree<T>
}

const operation = (endpoint: Endpoint, executor: Executor): object => {
  const method = (input?: unknown, options?: CallOptions) => executor.call(endpoint, input, options)
  const extras: Record<string, unknown> = { endpoint }
  if (endpoint.pagination !== undefined && endpoint.pagination !== null) {
    extras["stream"] = (input?: unknown, options?: StreamOptions) => executor.items(endpoint, input, options)
    extras["pages"] = (input?: unknown, options?: StreamOptions) => executor.pages(endpoint, input, options)
  }
  for (const [name, value] of Object.entries(extras)) {
    Object.defineProperty(method, name, { value, enumerable: true, configurable: true })
  }
  return method
}
