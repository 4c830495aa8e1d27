/**
 * The endpoint contract: what one entry of the generated endpoint table holds, and the types derived from it. This
 * is the only description of an entry — the generator (tooling/codegen, `endpoint-table.ts`) emits the table
 * (`src/generated/endpoints.ts`, from spec/openapi.yaml) typed against it. Nothing here names an endpoint, so a new
 * operation in the spec needs no handwritten code. Fields the service layer does not read (documentation, schemas
 * of parameters and errors) are optional here and always present in the generated table.
 *
 * @module
 */
import type * as Schema from "effect/Schema"

/**
 * The `x-pagination` extension of a cursor-paginated operation.
 * @since 1.0.0
 * @category Endpoints
 */
export interface Pagination {
  readonly style?: "cursor" | undefined
  /** Query parameter that carries the cursor. */
  readonly cursorParam: string
  /** Query parameter that carries the direction (`before` = older, `after` = newer). */
  readonly directionParam: string
  /** Query parameter for the page size, when the operation has one. */
  readonly limitParam?: string | undefined
  readonly defaultDirection?: "before" | "after" | undefined
  /** Response fields. */
  readonly items: string
  readonly hasMore: string
  readonly oldestCursor: string
  readonly newestCursor: string
}

/**
 * OpenAPI's `style` of a parameter.
 * @since 1.0.0
 * @category Endpoints
 */
export type ParameterStyle = "simple" | "form" | "label" | "matrix" | "spaceDelimited" | "pipeDelimited" | "deepObject"

/**
 * A path, query or header parameter of an operation.
 * @since 1.0.0
 * @category Endpoints
 */
export interface Parameter {
  /** Name on the wire (path placeholder, query key or header name). */
  readonly name: string
  /** Key of the value in the operation's flat input. */
  readonly key: string
  /** Whether the value is a list; `explode` lists are sent as repeated keys, others comma-joined. */
  readonly array?: boolean | undefined
  readonly explode?: boolean | undefined
  readonly required?: boolean | undefined
  readonly style?: ParameterStyle | undefined
  readonly deprecated?: boolean | undefined
  /** The value's schema (the input schema holds it too). */
  readonly schema?: Schema.Constraint | undefined
}

/**
 * The request body of an operation.
 * @since 1.0.0
 * @category Endpoints
 */
export interface RequestBody {
  readonly contentType: string
  readonly required?: boolean | undefined
  /**
   * Input keys that make up the body (its properties, flattened into the input), or `null` when the whole body is
   * the input's `body` key.
   */
  readonly fields?: ReadonlyArray<string> | null | undefined
  /** The body's schema (the input schema holds its fields too). */
  readonly schema?: Schema.Constraint | undefined
}

/**
 * A JSON success response, decoded with `schema`.
 * @since 1.0.0
 * @category Endpoints
 */
export interface JsonSuccess<S extends Schema.Constraint = Schema.Constraint> {
  readonly status: number
  readonly kind: "json"
  readonly contentType?: string | undefined
  readonly schema: S
  /**
   * The generated fast check of `schema`: true only when decoding the parsed body with `schema` would succeed and
   * return it unchanged, so the decode can be skipped; false means "decode". It stands for `schema` alone: an
   * entry with another `schema` must drop it (or bring its own).
   */
  readonly fastCheck?: ((u: unknown) => boolean) | undefined
}

/**
 * A success response without content.
 * @since 1.0.0
 * @category Endpoints
 */
export interface VoidSuccess {
  readonly status: number
  readonly kind: "void"
}

/**
 * A success response read as raw bytes.
 * @since 1.0.0
 * @category Endpoints
 */
export interface BinarySuccess {
  readonly status: number
  readonly kind: "binary"
  readonly contentType?: string | undefined
}

/**
 * The success response of an operation: JSON decoded with `schema`, no content, or raw bytes.
 * @since 1.0.0
 * @category Endpoints
 */
export type SuccessResponse = JsonSuccess | VoidSuccess | BinarySuccess

/**
 * One operation of the spec, as the generated endpoint table describes it.
 * @since 1.0.0
 * @category Endpoints
 */
export interface Endpoint {
  readonly operationId: string
  /** Upper-case HTTP method. */
  readonly method: string
  /** Path template, e.g. `/v1/chats/{chatID}/messages`. */
  readonly path: string
  /** The operation's first OpenAPI tag. */
  readonly tag?: string | undefined
  readonly summary?: string | undefined
  readonly deprecated?: boolean | undefined
  /** One flat schema for the whole input: path, query and header parameters plus body properties. */
  readonly input: Schema.Constraint
  /**
   * The generated input check of `input`: true only when encoding the value with `input` would succeed and return
   * it unchanged (valid, already in its encoded form, no undeclared keys), so it can be sent as it is; false means
   * "encode" (which builds the `InvalidRequest`). It stands for `input` alone: an entry with another `input` must
   * drop it (or bring its own).
   */
  readonly inputCheck?: ((input: unknown) => boolean) | undefined
  readonly pathParams: ReadonlyArray<Parameter>
  readonly queryParams: ReadonlyArray<Parameter>
  readonly headerParams?: ReadonlyArray<Parameter> | undefined
  readonly body?: RequestBody | null | undefined
  readonly success: SuccessResponse
  readonly pagination?: Pagination | null | undefined
  /** `x-idempotent`: repeating the request cannot cause a second effect. */
  readonly idempotent: boolean
  /** `x-idempotency-key`: the body field that makes a non-idempotent request safe to repeat. */
  readonly idempotencyKey?: string | null | undefined
  /** `public` operations are sent without the token; `bearer` and `optional` ones with it. */
  readonly security?: "bearer" | "optional" | "public" | undefined
  /** Documented error statuses and their body schema. */
  readonly errors?: { readonly [status: number]: Schema.Constraint } | undefined
}

/**
 * The declared type of one entry of the generated table: the contract, with the parts the types derive from
 * ({@link InputOf}, {@link SuccessOf}, {@link ItemOf}, {@link StreamInputOf}) and the request line kept exact. The
 * generator annotates each entry with it, naming its Schemas (`typeof ChatsListInput`, `JsonSuccess<typeof Chat>`),
 * so the published declarations name those Schemas instead of spelling out their structure at every use.
 * @since 1.0.0
 * @category Endpoints
 */
export interface TypedEndpoint<
  Id extends string,
  Method extends string,
  Path extends string,
  Input extends Schema.Constraint,
  Success extends SuccessResponse,
  Paging extends Pagination | null,
> extends Endpoint {
  readonly operationId: Id
  readonly method: Method
  readonly path: Path
  readonly input: Input
  readonly success: Success
  readonly pagination: Paging
}

/**
 * The input type of an operation (the `Type` side of its input schema).
 * @since 1.0.0
 * @category Endpoints
 */
export type InputOf<E extends Endpoint> = E["input"]["Type"]

/**
 * What an operation succeeds with: the decoded body, the raw bytes of a binary response, or `void`.
 * @since 1.0.0
 * @category Endpoints
 */
export type SuccessOf<E extends Endpoint> = E["success"] extends { readonly kind: "json"; readonly schema: infer S }
  ? S extends Schema.Constraint ? S["Type"] : never
  : E["success"] extends { readonly kind: "binary" } ? Uint8Array
  : void

/**
 * Whether an operation is cursor-paginated.
 * @since 1.0.0
 * @category Endpoints
 */
export type IsPaginated<E extends Endpoint> = E["pagination"] extends Pagination ? true : false

/**
 * The item type of a paginated operation's pages.
 * @since 1.0.0
 * @category Endpoints
 */
export type ItemOf<E extends Endpoint> = E["pagination"] extends { readonly items: infer K extends string }
  ? SuccessOf<E> extends { readonly [P in K]: ReadonlyArray<infer A> } ? A : never
  : never

/**
 * The input of a paginated operation without the cursor and direction (the stream form supplies them).
 * @since 1.0.0
 * @category Endpoints
 */
export type StreamInputOf<E extends Endpoint> = E["pagination"] extends
  { readonly cursorParam: infer C extends string; readonly directionParam: infer D extends string }
  ? Omit<InputOf<E>, C | D>
  : never
