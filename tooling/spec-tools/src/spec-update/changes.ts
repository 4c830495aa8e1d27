// What the diff engine reports: one SpecChange per fact, each classified breaking or not by the side of the API it
// is on, and the semver bump it calls for.
//
// The classification asks one question: does code written against the previous generated SDK still compile and
// behave after regenerating? That depends on the direction data flows:
// - requests (parameters, request bodies) are written by callers: the SDK may start accepting MORE without breaking
//   anyone (a new optional field, a new enum value, a field made optional), but accepting LESS breaks them (a new
//   required field, a removed field or enum value, a field made required);
// - responses are read by callers: the SDK may promise MORE (a new field, a field now always present, fewer enum
//   values), but promising LESS or something new to handle breaks them (a removed field, a field made optional or
//   nullable, a new enum value or union variant that exhaustive matches do not cover).

/** Which side of the API a schema is on: what callers send, or what they read. */
export type Direction = "request" | "response"

/** A semver bump level, most severe first. */
export type Bump = "major" | "minor" | "patch"

/** Every kind of change the diff engine reports. */
export type ChangeKind =
  | "operation-added"
  | "operation-removed"
  | "operation-renamed"
  | "operation-moved"
  | "operation-deprecated"
  | "operation-paginated"
  | "operation-behaviour-changed"
  | "field-added"
  | "field-removed"
  | "field-retyped"
  | "field-made-required"
  | "field-made-optional"
  | "field-made-nullable"
  | "field-made-non-nullable"
  | "field-deprecated"
  | "constraint-changed"
  | "enum-value-added"
  | "enum-value-removed"
  | "enum-restricted"
  | "enum-unrestricted"
  | "variant-added"
  | "variant-removed"
  | "body-added"
  | "body-removed"
  | "status-changed"
  | "error-response-changed"
  | "header-added"
  | "header-removed"
  | "header-changed"
  | "schema-added"
  | "schema-removed"
  | "docs-changed"
  // Described by Desktop's previous document, not by the new one, and kept by the merge (merge.ts): the SDK does not
  // change, but Desktop may have removed or renamed it; listed apart, for review. (Not component schemas: a document
  // may write inline what it named before, so a kept component name says nothing about the API.)
  | "operation-no-longer-upstream"
  | "field-no-longer-upstream"
  | "body-no-longer-upstream"
  | "enum-value-no-longer-upstream"

/** One difference between the previous and the new OpenAPI document. */
export interface SpecChange {
  readonly kind: ChangeKind
  /** The side of the API, for changes inside parameters, request bodies or responses. */
  readonly direction?: Direction
  /** Where: an operation (`chats.list (GET /v1/chats)`), a field path (`Chat.participants.items[].id`), a schema. */
  readonly location: string
  /** Particulars, printed in parentheses after the location (`optional, string`, `"a", "b"`, `200 → 201`); may be empty. */
  readonly detail: string
  readonly breaking: boolean
  /** Why it breaks callers; set exactly when `breaking`. */
  readonly why?: string
  readonly bump: Bump
  /** The operations whose requests or responses contain the changed element (for shared component schemas). */
  readonly usedBy: ReadonlyArray<string>
  /**
   * The live events (spec/asyncapi.yaml: `message.upserted`) whose entries contain the changed element; absent when
   * none does.
   */
  readonly events?: ReadonlyArray<string>
}

/** The kinds of elements Desktop's document no longer describes and the merge kept (to review; patch). */
export const noLongerUpstreamKinds: ReadonlySet<ChangeKind> = new Set([
  "operation-no-longer-upstream", "field-no-longer-upstream", "body-no-longer-upstream", "enum-value-no-longer-upstream",
])

const bumpOrder: ReadonlyArray<Bump> = ["major", "minor", "patch"]

/** The most severe of the bumps, or `undefined` for none. */
export const maxBump = (bumps: Iterable<Bump>): Bump | undefined => {
  let best: Bump | undefined
  for (const bump of bumps) if (best === undefined || bumpOrder.indexOf(bump) < bumpOrder.indexOf(best)) best = bump
  return best
}

/**
 * The bump a change calls for: breaking → major; a non-breaking addition (operation, field, enum value, variant,
 * schema, body, deprecation notice) → minor; anything else (documentation, constraints, defaults, behaviour flags,
 * a stronger response guarantee) → patch.
 */
export const bumpFor = (kind: ChangeKind, breaking: boolean): Bump => {
  if (breaking) return "major"
  switch (kind) {
    case "operation-added":
    case "operation-deprecated":
    case "operation-paginated":
    case "field-added":
    case "field-deprecated":
    case "enum-value-added":
    case "enum-unrestricted":
    case "variant-added":
    case "body-added":
    case "schema-added":
      return "minor"
    default:
      return "patch"
  }
}
