/**
 * The root command, `beeper-kit`, and its flags shared by every subcommand: `--url` and `--token`, falling back to
 * `BEEPER_DESKTOP_URL` (else `BEEPER_BASE_URL`; read by `resolveConnection`) and `BEEPER_ACCESS_TOKEN`. Subcommands run their work through {@link withBeeper}.
 *
 * @module
 */
import { BeeperConfig, type BeeperDesktop, type BeeperEvents } from "@beeper-kit/effect"
import { Config, Effect } from "effect"
import { Command, Flag } from "effect/cli"
import { beeperLayer, type Connection, resolveConnection } from "../connection.ts"
import { type CliFailure, toCliFailure } from "../failure.ts"

const { accessToken, baseUrl, baseUrlAlias } = BeeperConfig.variables

/** `beeper-kit` with its shared flags (no handler: it only holds the subcommands). */
export const beeperKit = Command.make("beeper-kit").pipe(
  Command.withDescription("A command line for Beeper Desktop: accounts, chats, messages, send, and live events."),
  Command.withSharedFlags({
    url: Flag.String("url").pipe(
      Flag.withDescription(`Beeper Desktop's address (default: $${baseUrl}, else $${baseUrlAlias}, else ${BeeperConfig.defaultBaseUrl})`),
      // the variables are read by resolveConnection, which names the one a bad URL came from (BEEPER_BASE_URL is the
      // official SDK's name; BEEPER_DESKTOP_URL wins when both are set, as in @beeper-kit/effect)
      Flag.optional,
    ),
    token: Flag.Redacted("token").pipe(
      Flag.withDescription(`Access token (default: $${accessToken})`),
      Flag.withFallbackConfig(Config.Redacted(accessToken)),
      Flag.optional,
    ),
  }),
)

/**
 * Runs a subcommand's work with the SDK's services for the `--url` / `--token` given, turning every failure into
 * a {@link CliFailure} (the line the user reads and the exit code). Work that needs the connection itself (its
 * token's scrubber) is given as a function of it.
 */
export const withBeeper = <A, E, R>(
  work: Effect.Effect<A, E, R> | ((connection: Connection) => Effect.Effect<A, E, R>),
): Effect.Effect<A, CliFailure, Exclude<R, BeeperDesktop | BeeperEvents> | Command.CommandContext<"beeper-kit">> =>
  Effect.gen(function*() {
    const flags = yield* beeperKit
    const connection = yield* resolveConnection(flags)
    return yield* (typeof work === "function" ? work(connection) : work).pipe(
      Effect.provide(beeperLayer(connection)),
      Effect.mapError((error) => toCliFailure(error, connection.url)),
    )
  })
