// The runtime build's form of the generated Schemas and endpoint table (src/effect/lazy-modules.ts): the same
// expressions as the eager modules, the Schemas behind getters, each entry built on the first read of its key in the
// table, its Schema-valued properties getters. (packages/effect/test/runtime-build.test.ts runs the real ones.)
import { describe, expect, it } from "vitest"
import { lazyModules } from "../src/effect/lazy-modules.ts"

const schemas = `import * as Schema from 'effect/Schema';
import type * as Models from './models.ts';

const optionalKeyString = /*#__PURE__*/ Schema.optionalKey(Schema.String);

/** A chat. */
export const Chat: Schema.Struct<{ readonly id: typeof Schema.String }> = /*#__PURE__*/ Schema.Struct({ id: Schema.String, title: optionalKeyString });

/** A chat. */
export type Chat = Models.Chat;

export const Error = /*#__PURE__*/ Schema.Struct({ message: Schema.String });
`

const endpoints = `import type { TypedEndpoint } from '../Endpoint.ts';
import { isChatsRetrieveInput } from './inputChecks.ts';
import { isChat } from './validators.ts';
import * as Schema from 'effect/Schema';
import { Chat, Error } from './schemas.ts';

const stringCheckIsMinLength1 = /*#__PURE__*/ Schema.String.check(Schema.isMinLength(1));

export const ChatsRetrieveInput = /*#__PURE__*/ Schema.Struct({ chatID: stringCheckIsMinLength1 });

export type ChatsRetrieveInput = typeof ChatsRetrieveInput.Type;

/** \`chats.retrieve\` */
export const chatsRetrieve: TypedEndpoint<'chats.retrieve', 'GET', '/v1/chats/{chatID}', typeof ChatsRetrieveInput> = {
    operationId: 'chats.retrieve',
    pathParams: [{ name: 'chatID', schema: stringCheckIsMinLength1 }],
    queryParams: [{ name: 'q', schema: Schema.String }],
    input: ChatsRetrieveInput,
    inputCheck: isChatsRetrieveInput,
    success: { kind: 'json', schema: Chat, fastCheck: isChat },
    errors: { 404: Error }
};

export const endpoints: Endpoints = { 'chats.retrieve': chatsRetrieve };

export const endpointList: ReadonlyArray<Endpoint> = /*#__PURE__*/ Object.values(endpoints);
`

describe("lazyModules", () => {
  const files = lazyModules(schemas, endpoints, "// generated — do not edit.")

  it("puts the whole of schemas.ts behind one getter per export", () => {
    const lazy = files["lazySchemas.runtime.ts"]!
    expect(lazy).toContain("export const Schemas: typeof Eager = /*#__PURE__*/ lazyValues(['Chat', 'Error'], () => {")
    expect(lazy).toContain("    const optionalKeyString = /*#__PURE__*/ Schema.optionalKey(Schema.String);")
    expect(lazy).toContain("    const Chat: Schema.Struct<")
    expect(lazy).toContain("    return { Chat, Error };")
    expect(lazy).not.toMatch(/export (const Chat|type)/)
  })

  it("makes an entry's Schema-valued properties getters, and builds the input Schemas on first read", () => {
    const lazy = files["lazyEndpoints.runtime.ts"]!
    expect(lazy).toContain("export const inputs = /*#__PURE__*/ lazyValues(['stringCheckIsMinLength1', 'ChatsRetrieveInput'], () => {")
    expect(lazy).toContain("    const { Chat, Error } = Schemas;")
    expect(lazy).toContain("export const endpoints: Endpoints = /*#__PURE__*/ lazyProperties({\n    'chats.retrieve': (): typeof Eager.chatsRetrieve => ({")
    expect(lazy).toContain("pathParams: [{ name: 'chatID', get schema() { return inputs.stringCheckIsMinLength1; } }]")
    expect(lazy).toContain("queryParams: [{ name: 'q', schema: Schema.String }]")
    expect(lazy).toContain("get input() { return inputs.ChatsRetrieveInput; },\n        inputCheck: isChatsRetrieveInput,")
    expect(lazy).toContain("success: { kind: 'json', get schema() { return Schemas.Chat; }, fastCheck: isChat }")
    expect(lazy).toContain("errors: { get 404() { return Schemas.Error; } }")
    expect(lazy).toContain("        errors: { get 404() { return Schemas.Error; } }\n    }),\n});")
    expect(lazy).not.toContain("from './schemas.ts';")
    expect(lazy).not.toMatch(/export const (chatsRetrieve|endpointList)/)
  })

  it("exports what endpoints.ts exports for ./operations, the entries read from the table, the input Schemas from `inputs`", () => {
    const lazy = files["lazyOperations.runtime.ts"]!
    expect(lazy).toContain("export { endpoints };")
    expect(lazy).toContain("export const chatsRetrieve: typeof Eager.chatsRetrieve = endpoints['chats.retrieve'];")
    expect(lazy).toContain("export const endpointList: typeof Eager.endpointList = Object.values(endpoints);")
    expect(lazy).toContain("export const { ChatsRetrieveInput } = inputs;")
  })

  it("reads a component endpoints.ts imports under another name by its own name in `Schemas`", () => {
    // hey-api renames the import when the module's own names take the component's (a component `Schema` beside
    // effect/Schema becomes `Schema as Schema2`): `Schemas` holds it under the component's name.
    const aliased = endpoints
      .replace("import { Chat, Error } from './schemas.ts';", "import { Chat, Error as Error2 } from './schemas.ts';")
      .replace("errors: { 404: Error }", "errors: { 404: Error2 }")
    const lazy = lazyModules(schemas, aliased, "")["lazyEndpoints.runtime.ts"]!
    expect(lazy).toContain("    const { Chat, Error: Error2 } = Schemas;")
    expect(lazy).toContain("errors: { get 404() { return Schemas.Error; } }")
  })

  it("refuses an entry the table does not name (it would have no key to be built under)", () => {
    const unnamed = endpoints.replace("{ 'chats.retrieve': chatsRetrieve }", "{}")
    expect(() => lazyModules(schemas, unnamed, "")).toThrow(/chatsRetrieve is not in the `endpoints` table/)
  })

  it("makes a Schema an entry builds itself (an inline request body, an error body) a constant of `inputs`, read through a getter", () => {
    const built = endpoints
      .replace("    input: ChatsRetrieveInput,", "    body: { contentType: 'application/json', schema: /*#__PURE__*/ Schema.Struct({\n        pinned: Schema.Boolean\n    }) },\n    input: ChatsRetrieveInput,")
      .replace("errors: { 404: Error }", "errors: { 404: Error, '409': Schema.Struct({ chat: Chat, reason: stringCheckIsMinLength1 }) }")
    const lazy = lazyModules(schemas, built, "")["lazyEndpoints.runtime.ts"]!
    expect(lazy).toContain("lazyValues(['stringCheckIsMinLength1', 'ChatsRetrieveInput', 'chatsRetrieveBodySchema', 'chatsRetrieveErrors409'], () => {")
    expect(lazy).toContain("    const chatsRetrieveBodySchema = /*#__PURE__*/ Schema.Struct({\n            pinned: Schema.Boolean\n        });")
    expect(lazy).toContain("    const chatsRetrieveErrors409 = /*#__PURE__*/ Schema.Struct({ chat: Chat, reason: stringCheckIsMinLength1 });")
    expect(lazy).toContain("    return { stringCheckIsMinLength1, ChatsRetrieveInput, chatsRetrieveBodySchema, chatsRetrieveErrors409 };")
    expect(lazy).toContain("body: { contentType: 'application/json', get schema() { return inputs.chatsRetrieveBodySchema; } },")
    expect(lazy).toContain("errors: { get 404() { return Schemas.Error; }, get '409'() { return inputs.chatsRetrieveErrors409; } }")
  })
})
