#!/bin/sh
# The repo's one entry point (`npm run demo`, `npm test`, or the same through pnpm).
# 1. brings the toolchain (Node 24, Node 22, pnpm) from the npm registry into .toolchain/ — nothing by hand;
# 2. installs the workspace's dependencies when the lockfile changed (Deno, Bun, workerd come as packages);
# 3. runs the job: `demo` (the main job) or `test` (every test), or any command given after `run`.
#    `test` = every package's tests (turbo), every package type-checked (src and test), the generated-code check, the import-circle check, then the release check (build, pack, publint,
#    attw, install + import on Node/Deno/Bun + the edge example in workerd, docs, JSR dry run: tooling/spec-tools/src/release-check/); the last
#    line is the one summary of them all: "N passed, N failed". With arguments (`test --filter=...`, passed
#    to turbo) it is a partial run and the release check is left out.
set -eu
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$ROOT"
TCBIN=$(sh scripts/toolchain.sh)
export PATH="$TCBIN:$ROOT/node_modules/.bin:$PATH"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 NO_UPDATE_NOTIFIER=1

stamp_of() { cat pnpm-lock.yaml package.json pnpm-workspace.yaml packages/*/package.json tooling/*/package.json apps/*/package.json 2>/dev/null | cksum; }
if [ "$(cat node_modules/.beeper-kit-install 2>/dev/null || true)" != "$(stamp_of)" ]; then
  echo "dev: installing dependencies (pnpm install --frozen-lockfile)" >&2
  pnpm install --frozen-lockfile --reporter=append-only >&2
  stamp_of > node_modules/.beeper-kit-install
fi

job=${1:-}
[ $# -gt 0 ] && shift
case "$job" in
  demo)
    turbo run build --output-logs=errors-only
    if [ -f packages/cli/package.json ] && grep -q '"demo"' packages/cli/package.json; then
      exec pnpm --filter @beeper-kit/cli run demo "$@"
    fi
    echo "dev: toolchain, dependencies and every package are installed and built."
    ;;
  test)
    rm -rf packages/*/.test-results tooling/*/.test-results apps/*/.test-results .test-results
    status=0
    turbo run test --continue "$@" || status=$?
    node scripts/typecheck.ts "$@" || status=$?
    node scripts/check-generated.ts || status=$?
    node scripts/import-cycles.ts || status=$?
    if [ $# -eq 0 ]; then
      node tooling/spec-tools/src/release-check/cli.ts || status=$?
    else
      echo "dev: release check left out (a partial test run: $*)" >&2
    fi
    node scripts/test-summary.ts --exit-status="$status"
    exit $status
    ;;
  run)
    exec "$@"
    ;;
  *)
    echo "usage: sh scripts/dev.sh demo|test|run <command...>" >&2
    exit 2
    ;;
esac
