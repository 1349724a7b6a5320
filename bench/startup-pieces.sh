#!/bin/sh
# What each piece of the CLI's start-up machinery buys (issue 74 item 4): the built CLI as it is, beside copies of
# dist/ with one piece switched off in the built code itself: the main-thread run of a small check (always a
# command thread), the V8 code cache (ours and the one `npm run build` prepares: the thread imports the ES modules),
# and start's replay (start always does its work). With NODE2=<a node binary>, also that node as it is and with its
# own compile cache (NODE_COMPILE_CACHE, what module.enableCompileCache turns on) over the ES modules. The variants
# run interleaved, round by round, so a busy machine weighs on each alike; the medians of wall and CPU seconds
# (GNU time) are printed with the load average.
#   sh bench/startup-pieces.sh [ROUNDS]   (after npm run build, and no build while it runs: the copies of dist/ are
#   hard links; ROUNDS defaults to 15)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for variant in base nothread nocodecache noreplay; do
  mkdir -p "$work/$variant"
  cp -al dist templates package.json "$work/$variant/"
  ln -s "$PWD/node_modules" "$work/$variant/node_modules"
done
sed -i 's/^function fitsMainThread(args) {/function fitsMainThread(args) { return false;/' "$work"/nothread/dist/chunks/binary-*.js
sed -i 's/^var started = cacheDir === void 0/var started = false \&\& cacheDir === void 0/' "$work/nocodecache/dist/cli/thread-start.cjs"
sed -i 's/args\[0\] === "start" ?/false ?/' "$work/noreplay/dist/cli/main.js"
grep -q 'return false;' "$work"/nothread/dist/chunks/binary-*.js
grep -q 'var started = false' "$work/nocodecache/dist/cli/thread-start.cjs"
grep -q 'replayed = false' "$work/noreplay/dist/cli/main.js"

# Each case its own project of one policy and its own cache folder (warm after the first run): start's stamp and
# out/ are not shared between a variant that replays and one that does not.
node2=${NODE2:-}
prepare() {
  mkdir -p "$work/case-$1/policies/school"
  cp policies/casparus-college/social-media.md "$work/case-$1/policies/school/"
  # Outside policies/: a proposed revision, for diff only (start builds the one policy).
  cp policies/casparus-college/revisions/social-media-2.0.md "$work/case-$1/revision.md"
  mkdir -m 700 "$work/case-$1/cache"
}

# name | node | root | extra env | args
cases() {
  echo "check main-thread|node|base||check policies/school/social-media.md"
  echo "check in a thread|node|nothread||check policies/school/social-media.md"
  echo "check without code cache|node|nocodecache||check policies/school/social-media.md"
  echo "check, caches off|node|base|CLAUSEMARK_CACHE_DIR=off|check policies/school/social-media.md"
  echo "check, caches off, no code cache|node|nocodecache|CLAUSEMARK_CACHE_DIR=off|check policies/school/social-media.md"
  echo "diff main-thread|node|base||diff policies/school/social-media.md revision.md"
  echo "diff in a thread|node|nothread||diff policies/school/social-media.md revision.md"
  echo "diff without code cache|node|nocodecache||diff policies/school/social-media.md revision.md"
  echo "start replayed|node|base||start"
  echo "start not replayed|node|noreplay||start"
  if [ -n "$node2" ]; then
    echo "node2 check|$node2|base||check policies/school/social-media.md"
    echo "node2 check without code cache|$node2|nocodecache||check policies/school/social-media.md"
    echo "node2 check, node's compile cache|$node2|nocodecache|NODE_COMPILE_CACHE=$work/node-cache|check policies/school/social-media.md"
    echo "node2 check, caches off|$node2|base|CLAUSEMARK_CACHE_DIR=off|check policies/school/social-media.md"
    echo "node2 check, caches off, compile cache|$node2|nocodecache|CLAUSEMARK_CACHE_DIR=off NODE_COMPILE_CACHE=$work/node-cache-off|check policies/school/social-media.md"
    echo "node2 diff|$node2|base||diff policies/school/social-media.md revision.md"
    echo "node2 diff, node's compile cache|$node2|nocodecache|NODE_COMPILE_CACHE=$work/node-cache|diff policies/school/social-media.md revision.md"
  fi
}

# Two warm-up runs of each (caches filled, start's stamp written), then the rounds.
cases | while IFS='|' read -r name bin root extra args; do
  id=$(printf '%s' "$name" | tr -c 'a-z0-9' '-')
  prepare "$id"
  for warm in 1 2; do
    (cd "$work/case-$id" && env CLAUSEMARK_CACHE_DIR="$work/case-$id/cache" $extra "$bin" "$work/$root/dist/cli/main.js" $args >/dev/null 2>&1 || true)
  done
done
round=0
while [ "$round" -lt "$rounds" ]; do
  cases | while IFS='|' read -r name bin root extra args; do
    id=$(printf '%s' "$name" | tr -c 'a-z0-9' '-')
    (cd "$work/case-$id" && env CLAUSEMARK_CACHE_DIR="$work/case-$id/cache" $extra /usr/bin/time -f '%e %U %S' -o "$work/time" \
      "$bin" "$work/$root/dist/cli/main.js" $args >/dev/null 2>&1 || true)
    printf '%s|%s\n' "$name" "$(cat "$work/time" | tail -1)" >>"$work/results"
  done
  round=$((round + 1))
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds, interleaved; node $(node --version)${node2:+, node2 $($node2 --version)}"
node -e '
const rows = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map((line) => line.split("|"));
const median = (values) => { const s = [...values].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const names = [...new Set(rows.map(([name]) => name))];
for (const name of names) {
  const times = rows.filter(([n]) => n === name).map(([, t]) => t.split(" ").map(Number));
  const wall = median(times.map(([e]) => e));
  const cpu = median(times.map(([, u, s]) => u + s));
  console.log(`${name.padEnd(36)} wall ${wall.toFixed(3)} s   CPU ${cpu.toFixed(3)} s   (${times.length} runs)`);
}' "$work/results"
