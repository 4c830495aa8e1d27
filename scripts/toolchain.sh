#!/bin/sh
# Brings the repo's own toolchain from the npm registry into .toolchain/ (nothing installed by hand):
#   Node 24 (the toolchain, the Active LTS), Node 22 (the oldest the packages support) and Node 26 (the newest line),
#   both for the test matrix, and pnpm (the workspace's; and the newest major as `pnpm12`, for the release check's
#   install as a user with today's pnpm would).
# Prints the directories to put first on PATH. Idempotent: a second run only checks versions.
set -eu
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
TC="$ROOT/.toolchain"
NODE_VERSION=24.22.3
NODE22_VERSION=22.23.5
NODE26_VERSION=26.12.1
PNPM_VERSION=10.34.9
PNPM12_VERSION=12.24.0

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=darwin ;;
  *) echo "toolchain: unsupported OS $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=x64 ;;
  aarch64|arm64) arch=arm64 ;;
  *) echo "toolchain: unsupported CPU $(uname -m)" >&2; exit 1 ;;
esac

stamp="$os-$arch node@$NODE_VERSION node22@$NODE22_VERSION node26@$NODE26_VERSION pnpm@$PNPM_VERSION pnpm12@$PNPM12_VERSION"
if [ "$(cat "$TC/.stamp" 2>/dev/null || true)" != "$stamp" ]; then
  echo "toolchain: installing $stamp into .toolchain/ (from the npm registry)" >&2
  rm -rf "$TC"
  mkdir -p "$TC"
  printf '{ "name": "beeper-kit-toolchain", "private": true }\n' > "$TC/package.json"
  npm install --prefix "$TC" --no-audit --no-fund --loglevel=error --ignore-scripts \
    "node@npm:node-$os-$arch@$NODE_VERSION" \
    "node22@npm:node-$os-$arch@$NODE22_VERSION" \
    "node26@npm:node-$os-$arch@$NODE26_VERSION" \
    "pnpm@$PNPM_VERSION" "pnpm12@npm:pnpm@$PNPM12_VERSION" >&2
  printf '%s' "$stamp" > "$TC/.stamp"
fi
mkdir -p "$TC/bin"
ln -sf "$TC/node_modules/node/bin/node" "$TC/bin/node"
ln -sf "$TC/node_modules/node22/bin/node" "$TC/bin/node22"
ln -sf "$TC/node_modules/node26/bin/node" "$TC/bin/node26"
ln -sf "$TC/node_modules/pnpm/bin/pnpm.cjs" "$TC/bin/pnpm"
chmod +x "$TC/node_modules/pnpm12/bin/pnpm.mjs" # npm marks only the bins it links itself
ln -sf "$TC/node_modules/pnpm12/bin/pnpm.mjs" "$TC/bin/pnpm12"
echo "$TC/bin"
