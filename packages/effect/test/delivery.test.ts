// Whether a failed request may have reached the server, read from the causes each runtime gives (undici / fetch on
// Node, Deno, Bun): the table of causes → "not-sent" / "maybe-sent", unknown causes counting as "maybe-sent".
import { assert, describe, it } from "@effect/vitest"
import { HttpClientError, HttpClientRequest, HttpClientResponse } from "effect/http"
import { deliveryOf } from "../src/internal/delivery.ts"

const request = HttpClientRequest.post("http://127.0.0.1:1/v1/chats/c/messages")

const transport = (cause: unknown) =>
  new HttpClientError.HttpClientError({ reason: new HttpClientError.TransportError({ request, cause }) })

const coded = (message: string, code?: string, cause?: unknown) =>
  Object.assign(new Error(message), code === undefined ? {} : { code }, cause === undefined ? {} : { cause })

/** fetch wraps network failures: TypeError("fetch failed") with the socket error as its cause. */
const fetchFailed = (cause: unknown) => Object.assign(new TypeError("fetch failed"), { cause })

const cases: ReadonlyArray<readonly [string, unknown, "not-sent" | "maybe-sent"]> = [
  ["undici ECONNREFUSED", coded("connect ECONNREFUSED 127.0.0.1:1", "ECONNREFUSED"), "not-sent"],
  ["fetch → ECONNREFUSED", fetchFailed(coded("connect ECONNREFUSED 127.0.0.1:1", "ECONNREFUSED")), "not-sent"],
  [
    "fetch → happy eyeballs AggregateError of ECONNREFUSED",
    fetchFailed(Object.assign(new AggregateError([coded("a", "ECONNREFUSED"), coded("b", "ECONNREFUSED")]), { code: undefined })),
    "not-sent",
  ],
  [
    "an AggregateError of one refused and one reset connection (the reset one may have carried the request)",
    fetchFailed(Object.assign(new AggregateError([coded("a", "ECONNREFUSED"), coded("b", "ECONNRESET")]), { code: undefined })),
    "maybe-sent",
  ],
  ["DNS ENOTFOUND", fetchFailed(coded("getaddrinfo ENOTFOUND nope.invalid", "ENOTFOUND")), "not-sent"],
  ["DNS EAI_AGAIN", coded("getaddrinfo EAI_AGAIN desktop", "EAI_AGAIN"), "not-sent"],
  ["connect timeout", coded("Connect Timeout Error", "UND_ERR_CONNECT_TIMEOUT"), "not-sent"],
  ["TLS: self-signed", fetchFailed(coded("self-signed certificate", "DEPTH_ZERO_SELF_SIGNED_CERT")), "not-sent"],
  ["TLS: CERT_HAS_EXPIRED", coded("certificate has expired", "CERT_HAS_EXPIRED"), "not-sent"],
  ["TLS: ERR_TLS_CERT_ALTNAME_INVALID", coded("Hostname/IP does not match", "ERR_TLS_CERT_ALTNAME_INVALID"), "not-sent"],
  [
    "node:http, https:// to a plain-HTTP port: EPROTO with OpenSSL's wrong version number",
    coded(
      "write EPROTO 80BC6F2AEC7F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:350:\n",
      "EPROTO",
    ),
    "not-sent",
  ],
  [
    "node:http, the same with OpenSSL 3.5's wording",
    coded(
      "write EPROTO 40DDE1A6077F0000:error:0A00010B:SSL routines:tls_validate_record_header:wrong version number:../deps/openssl/openssl/ssl/record/methods/tlsany_meth.c:77:\n",
      "EPROTO",
    ),
    "not-sent",
  ],
  ["node:http: the server refuses the handshake", coded("write EPROTO C0:error:0A000410:SSL routines::sslv3 alert handshake failure:../ssl/record/rec_layer_s3.c:1586:SSL alert number 40\n", "EPROTO"), "not-sent"],
  ["undici, https:// to a plain-HTTP port", fetchFailed(coded("0A00010B:SSL routines:tls_validate_record_header:wrong version number", "ERR_SSL_WRONG_VERSION_NUMBER")), "not-sent"],
  ["Bun, https:// to a plain-HTTP port", coded("The TLS handshake failed. Does the server speak TLS on this port?", "EPROTO"), "not-sent"],
  [
    "Deno, https:// to a plain-HTTP port",
    fetchFailed(new Error("error sending request for url (https://127.0.0.1:1/): client error (Connect): received corrupt message of type InvalidContentType")),
    "not-sent",
  ],
  // EPROTO alone does not say when: a bad record after the handshake came after the request may have been written
  ["EPROTO: a bad record after the handshake", coded("write EPROTO C0:error:0A000119:SSL routines::decryption failed or bad record mac:\n", "EPROTO"), "maybe-sent"],
  ["EPROTO without OpenSSL's text", coded("write EPROTO", "EPROTO"), "maybe-sent"],
  ["undici refuses a header", coded("invalid authorization header", "UND_ERR_INVALID_ARG"), "not-sent"],
  ["fetch refuses a header value", new TypeError('Headers.append: "a\r\nb" is an invalid header value.'), "not-sent"],
  ["Deno's fetch refuses a header value", new TypeError('Invalid header value: "a\r\nb"'), "not-sent"],
  ["Bun's fetch refuses a header value", new TypeError("Header 'x' has invalid value"), "not-sent"],
  [
    "fetch refuses a header value that is no ByteString",
    new TypeError("Cannot convert argument to a ByteString because the character at index 1 has a value of 256"),
    "not-sent",
  ],
  // a malformed header in the *response*: the server had read the request (a send it received must not be "not-sent")
  [
    "undici: the response head does not parse",
    fetchFailed(coded("Response does not match the HTTP/1.1 protocol (Invalid header value char)", "HPE_INVALID_HEADER_TOKEN")),
    "maybe-sent",
  ],
  ["node:http: the response head does not parse", coded("Parse Error: Invalid header value char", "HPE_INVALID_HEADER_TOKEN"), "maybe-sent"],
  [
    "Deno: the response head does not parse",
    new TypeError("error sending request for url (http://127.0.0.1:1/): client error (SendRequest): invalid HTTP header parsed"),
    "maybe-sent",
  ],
  [
    "Deno: connection refused",
    new TypeError("error sending request for url (http://127.0.0.1:1/): client error (Connect): tcp connect error: Connection refused (os error 111)"),
    "not-sent",
  ],
  // a port fetch never connects to (the fetch standard's bad ports), as Deno words it
  ["Deno: a blocked port", new TypeError("Fetch failed: Requests to port 1 are blocked"), "not-sent"],
  // the runtime refused the request itself (Deno's permissions: a host outside --allow-net)
  [
    "Deno: NotCapable (--allow-net for another host)",
    Object.assign(new Error('Requires net access to "127.0.0.1:1", run again with the --allow-net flag'), { name: "NotCapable" }),
    "not-sent",
  ],
  [
    "Deno 1: PermissionDenied",
    Object.assign(new Error('Requires net access to "127.0.0.1:1", run again with the --allow-net flag'), { name: "PermissionDenied" }),
    "not-sent",
  ],
  // TLS handshakes that fail, as each runtime words them (before the request is written)
  [
    "Deno: a certificate for another name",
    fetchFailed(
      new Error(
        'error sending request for url (https://127.0.0.1:1/): client error (Connect): invalid peer certificate: certificate not valid for name "127.0.0.1"; certificate is only valid for DnsName("wrong.example")',
      ),
    ),
    "not-sent",
  ],
  [
    "Deno: https:// to a plain-HTTP port",
    fetchFailed(
      new Error(
        "error sending request for url (https://127.0.0.1:1/): client error (Connect): received corrupt message of type InvalidContentType",
      ),
    ),
    "not-sent",
  ],
  [
    "workerd: TLS handshake failed",
    new Error("Network connection failed: TLS handshake failed: received corrupt message of type InvalidContentType"),
    "not-sent",
  ],
  [
    "Bun: EPROTO, the TLS handshake failed",
    Object.assign(new TypeError("EPROTO: The TLS handshake failed. Does the server speak TLS on this port?"), { code: "EPROTO" }),
    "not-sent",
  ],
  // a TLS failure with no sign of the handshake may come after the request went out
  [
    "Deno: a corrupt TLS message outside the connect phase",
    new TypeError("error sending request for url (https://127.0.0.1:1/): client error (SendRequest): received corrupt message"),
    "maybe-sent",
  ],
  ["EPROTO alone", coded("read EPROTO", "EPROTO"), "maybe-sent"],
  ["an error named like a permission error's message only", new Error("Requires net access"), "maybe-sent"],
  ["Bun: ConnectionRefused", coded("Unable to connect. Is the computer able to access the url?", "ConnectionRefused"), "not-sent"],
  ["undici: other side closed", fetchFailed(coded("other side closed", "UND_ERR_SOCKET")), "maybe-sent"],
  ["ECONNRESET", coded("read ECONNRESET", "ECONNRESET"), "maybe-sent"],
  ["EPIPE", coded("write EPIPE", "EPIPE"), "maybe-sent"],
  ["socket hang up", coded("socket hang up", "ECONNRESET"), "maybe-sent"],
  ["Bun: ECONNRESET", coded("The socket connection was closed unexpectedly", "ECONNRESET"), "maybe-sent"],
  ["Deno: connection closed before message completed", new TypeError("error sending request: connection closed before message completed"), "maybe-sent"],
  ["an unknown cause", new Error("something odd"), "maybe-sent"],
  ["no cause at all", undefined, "maybe-sent"],
]

describe("deliveryOf", () => {
  for (const [name, cause, expected] of cases) {
    it(`${name}: ${expected}`, () => {
      assert.strictEqual(deliveryOf(transport(cause)), expected)
    })
  }

  it("a request that could not be built (EncodeError, InvalidUrlError): not-sent", () => {
    assert.strictEqual(
      deliveryOf(new HttpClientError.HttpClientError({ reason: new HttpClientError.EncodeError({ request }) })),
      "not-sent",
    )
    assert.strictEqual(
      deliveryOf(new HttpClientError.HttpClientError({ reason: new HttpClientError.InvalidUrlError({ request }) })),
      "not-sent",
    )
  })

  it("a failure reading the response (the server answered): maybe-sent", () => {
    const response = HttpClientResponse.fromWeb(request, new Response("{}", { status: 200 }))
    assert.strictEqual(
      deliveryOf(new HttpClientError.HttpClientError({ reason: new HttpClientError.DecodeError({ request, response }) })),
      "maybe-sent",
    )
  })
})
