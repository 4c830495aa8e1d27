/**
 * The forms the `ts` of a WebSocket domain event takes. Beeper's own OpenAPI 5.0.0 document
 * (`WSDomainEventMessage.ts`: `type: string, format: date-time`) says an ISO 8601 date-time, the default here;
 * the WebSocket guide's example and the official CLI show epoch milliseconds, as a number or, from some
 * builds, as a numeric string. `ms` and `ms-string` reproduce those.
 */

/** `"iso"` (default): `"2026-05-06T12:00:00.000Z"`; `"ms"`: `1778068800000`; `"ms-string"`: `"1778068800000"`. */
export type TsFormat = "iso" | "ms" | "ms-string"

/** Every form, for option validation. */
export const TS_FORMATS: ReadonlyArray<TsFormat> = ["iso", "ms", "ms-string"]

/** The default form: what the upstream OpenAPI document declares. */
export const DEFAULT_TS_FORMAT: TsFormat = "iso"

/** Epoch milliseconds in a form. */
export const formatTs = (ms: number, format: TsFormat): string | number =>
  format === "ms" ? ms : format === "ms-string" ? String(ms) : new Date(ms).toISOString()
