#!/usr/bin/env bash
# Dateline and Mozilla Readability (Apache-2.0; npm, never part of the Maven build) side by side on the
# article-extraction benchmark: each extracts every page in one process after a warm-up pass, then
# both are scored by the same scorer ('dateline eval extraction --peer-output').
# Usage: bench/extraction-peer.sh [benchmark directory]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$(realpath -m "${1:-$root/../shared/data/article-extraction-benchmark}")"
peer="$root/target/readability-peer"
readability_version=0.6.0
# the versions the benchmark's own Readability runner locked; later cssstyle 5.x throws on some pages' CSS
jsdom_version=27.0.0
cssstyle_version=5.3.1

if [ ! -f "$peer/node_modules/@mozilla/readability/package.json" ] || \
   [ "$(node -p "require('$peer/node_modules/@mozilla/readability/package.json').version")" != "$readability_version" ]; then
  mkdir -p "$peer"
  cat > "$peer/package.json" <<JSON
{
  "private": true,
  "dependencies": {"@mozilla/readability": "$readability_version", "jsdom": "$jsdom_version"},
  "overrides": {"cssstyle": "$cssstyle_version"}
}
JSON
  rm -rf "$peer/node_modules" "$peer/package-lock.json"
  (cd "$peer" && npm install --no-audit --no-fund >&2)
fi

rm -rf "$peer/out"
PEER_MODULES="$peer/node_modules" node "$root/bench/readability-extract.mjs" "$corpus" "$peer/out"
exec "$root/dateline" eval extraction --format aeb --peer-output "$peer/out" "$corpus"
