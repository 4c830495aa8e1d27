// How the generator names what it emits: a component's identifier in every module, the names a module gives its own
// imports and declarations beside the components', from an operation the `<PascalCase operationId>Input` /
// `...Response` identifiers and the input key of a header parameter, and which component names the generated code
// cannot hold (refused up front). Used by the plugin, the endpoint table, the named API types and the fast validators.
import { $ } from "@hey-api/openapi-ts"
import type { OperationModel } from "./plugin-types.ts"

/**
 * The identifier of the component `name` in every generated module (`schemas.ts`' constant and type, `models.ts`'
 * interface, `api.ts`' imports, `conformance.ts`' proofs): hey-api's rule for the constants it prints, so one name
 * everywhere. A character no identifier may hold becomes `_`; a reserved name gets a `_` suffix: a keyword (`default` →
 * `default_`, `class` → `class_`) or a global the generated modules use (`Object` → `Object_`). The reserved list is the
 * one in force while the plugin runs (relaxed for other globals, e.g. `Error`: index.ts), so call it from the plugin.
 */
export const componentIdentifier = (name: string): string => $.const(name).nameSanitizer(name)

/** `chats.messages.reactions.add` → `ChatsMessagesReactionsAdd`. */
export const pascalCase = (operationId: string): string =>
  operationId
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("")

/** `Range` → `range`, `X-Request-ID` → `xRequestID`: the input key of a header parameter. */
export const headerKey = (name: string): string => {
  const [first = "", ...rest] = name.split("-")
  return first.toLowerCase() + rest.map((part) => part[0]!.toUpperCase() + part.slice(1)).join("")
}

/** The types the named API types (api-types.ts) and the endpoint table declare for an operation. */
export interface OperationTypeNames {
  /** Its input (endpoints.ts' Schema and type, api.ts' interface, inputChecks.ts' `is<input>`). */
  readonly input: string
  /** The input of its Stream forms (api.ts, a paginated operation's). */
  readonly streamInput: string
  /** Its Stream forms (api.ts, a paginated operation's). */
  readonly streams: string
  /** Its success type when no component is it (api.ts' interface, validators.ts' `is<response>`). */
  readonly response: string
  /** Its success Schema when no component is it (endpoints.ts' module constant). */
  readonly success: string
}

/** `chats.list` → `ChatsListInput`, `ChatsListStreamInput`, `ChatsListStreams`, `ChatsListResponse`, `ChatsListSuccess`. */
export const operationTypeNames = (operationId: string): OperationTypeNames => {
  const base = pascalCase(operationId)
  return { input: `${base}Input`, streamInput: `${base}StreamInput`, streams: `${base}Streams`, response: `${base}Response`, success: `${base}Success` }
}

/** `["chats", "messages"]` → `ChatsMessagesApi`: the interface of a group of the resource tree (api.ts). */
export const groupTypeName = (path: ReadonlyArray<string>): string => `${pascalCase(path.join("."))}Api`

/**
 * The names `api.ts` imports or declares for itself beside the components it imports from `models.ts`. A component that
 * takes one is imported under another name ({@link freeName}): its own declarations are exported API names. (`models.ts`
 * declares the components themselves, so there its one import, `Open`, is what gives way.)
 */
export const apiOwnNames: ReadonlyArray<string> = [
  "Effect", "Stream", "PaginationError", "RequestError", "CallOptions", "StreamOptions", "Endpoints", "Open",
  "WithEndpoint", "OperationInputs", "OperationOutputs", "BeeperDesktopResources",
]

/** `name`, or when it is `taken`, the first of `name2`, `name3`, ... that is not (hey-api's rule: `Schema as Schema2`). */
export const freeName = (name: string, taken: ReadonlySet<string>): string => {
  if (!taken.has(name)) return name
  let n = 2
  while (taken.has(`${name}${n}`)) n++
  return `${name}${n}`
}

/**
 * Names a component cannot take because the generated code is named after it and no other name can stand in: the
 * types generated for an operation (exported API names, and names the fast checks are exported under), and the names
 * `endpoints.ts` (whose imports and declarations hey-api prints) and the runtime build's lazy modules use.
 * Each is what the component would clash with.
 */
const generatedNames = (operations: ReadonlyArray<OperationModel>): Map<string, string> => {
  const names = new Map<string, string>([
    ["Endpoints", "the endpoint table's type that endpoints.ts exports"],
    ["OperationId", "the operationId type that endpoints.ts exports"],
    ...["Endpoint", "TypedEndpoint", "JsonSuccess", "VoidSuccess", "BinarySuccess"].map((name) =>
      [name, `the endpoint contract type that endpoints.ts imports (Endpoint.ts)`] as const
    ),
    ["Schemas", "the component table that the runtime build's lazy modules declare"],
  ])
  for (const operation of operations) {
    const types = operationTypeNames(operation.operationId)
    const of = `of operation \`${operation.operationId}\``
    names.set(types.input, `the generated input type ${of}`)
    if (operation.pagination) {
      names.set(types.streamInput, `the generated Stream input type ${of}`)
      names.set(types.streams, `the generated Stream forms type ${of}`)
    }
    if (operation.success.kind === "json" && operation.success.term._tag !== "Ref") {
      names.set(types.response, `the generated success type ${of}`)
      names.set(types.success, `the generated success Schema ${of}`)
    }
    const segments = operation.operationId.split(".")
    for (let length = 1; length < segments.length; length++) {
      const group = segments.slice(0, length)
      names.set(groupTypeName(group), `the generated type of the resource group \`${group.join(".")}\``)
    }
  }
  return names
}

/**
 * Throws, naming each, when a component's identifier ({@link componentIdentifier}) is a name the generated code
 * cannot give up ({@link generatedNames}): the modules would not compile. A new Desktop release can bring any name,
 * so `pnpm generate` refuses it rather than writing code that fails tsc.
 */
export const assertComponentNamesFree = (components: ReadonlyArray<string>, operations: ReadonlyArray<OperationModel>): void => {
  const generated = generatedNames(operations)
  const problems = components.flatMap((name) => {
    const clash = generated.get(componentIdentifier(name))
    return clash === undefined ? [] : [`component \`${name}\` has the name of ${clash}`]
  })
  if (problems.length > 0) {
    throw new Error(`${problems.join("; ")}: rename ${problems.length === 1 ? "it" : "them"} in spec/openapi.yaml (spec/patches.yaml for an upstream name)`)
  }
}
