/**
 * The size of the frame each element was read from (its text length: bytes, for ASCII JSON), which the events
 * buffers count against their byte budget (`bufferMaxBytes`). Kept beside the elements, never on them: the event
 * objects users receive are the frames' own. An element not read from a frame (a `connected`, `gap` or
 * `disconnected` signal) counts 0.
 *
 * @internal
 */

const sizes = new WeakMap<object, number>()

/** Records that `element` was read from a frame of `bytes`; returns it. */
export const sized = <A extends object>(element: A, bytes: number): A => {
  sizes.set(element, bytes)
  return element
}

/** The size of the frame `element` was read from (0 when it was not). */
export const frameBytesOf = (element: object): number => sizes.get(element) ?? 0

/** `to`, recorded with the frame size of `from` (an element made from another: a hydrated event). */
export const carry = <A extends object>(from: object, to: A): A => {
  const bytes = sizes.get(from)
  if (bytes !== undefined) sizes.set(to, bytes)
  return to
}
