#!/bin/sh
# The first call of the CLI after `npm ci`, three ways the README could tell a user to run it: `node dist/cli/main.js`,
# a `clausemark` command made once by `npm link` (here into a temporary prefix, not the user's), and `npx clausemark`
# with an empty npm cache (it copies the package into the cache first). Each runs `--version`, wall seconds from
# GNU time, with the load average beside them (the machine is shared). npm is kept offline: nothing is fetched.
#   npm run bench:first-call
set -eu
cd "$(dirname "$0")/.."
node scripts/ensure-built.mjs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seconds() { /usr/bin/time -f '%e' "$@" 2>&1 >/dev/null | tail -1; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "node dist/cli/main.js --version: $(seconds node dist/cli/main.js --version) s"
echo "npm link (once): $(seconds env npm_config_prefix="$work/prefix" npm_config_ignore_scripts=true npm_config_offline=true npm link --silent) s"
echo "clausemark --version (linked), first call: $(seconds "$work/prefix/bin/clausemark" --version) s"
echo "npx clausemark --version, empty npm cache: $(seconds env npm_config_cache="$work/cache" npm_config_offline=true npx --yes clausemark --version) s"
echo "npx clausemark --version, second call: $(seconds env npm_config_cache="$work/cache" npm_config_offline=true npx --yes clausemark --version) s"
