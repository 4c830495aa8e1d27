// pnpm hooks for the workspace.
// beforePacking: the `@beeper-kit/source` export condition points into src/, which only the workspace has (tests and
// tools run the TypeScript sources through it). A published package ships dist/ alone (`files`), so `pnpm pack` and
// `pnpm publish` drop the condition from `exports`: every target left names a published file.
const sourceCondition = "@beeper-kit/source"

/** `exports` (or one of its conditions' values) without the source condition, at any depth. */
const withoutSourceCondition = (target) => {
  if (target === null || typeof target !== "object" || Array.isArray(target)) return target
  return Object.fromEntries(
    Object.entries(target)
      .filter(([key]) => key !== sourceCondition)
      .map(([key, value]) => [key, withoutSourceCondition(value)]),
  )
}

module.exports = {
  hooks: {
    beforePacking(manifest) {
      return manifest.exports === undefined ? manifest : { ...manifest, exports: withoutSourceCondition(manifest.exports) }
    },
  },
}
