#!/usr/bin/env bash
# Load on the server over the bundled samples: ingests them into a scratch knowledge base, starts
# `dateline serve` on a free loopback port, runs bench/serve-load.mjs (50 clients, 30 s, the events
# list and entity pages), prints its line, and stops the server it started.
# Usage: bench/serve-load.sh [clients] [seconds]     Needs node 18 or later.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'if [ -n "${server:-}" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
"$root/dateline" ingest "$root/samples" --db "$work/kb.db" --no-progress >/dev/null
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$root/dateline" serve --db "$work/kb.db" --port "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/api/articles?limit=1" >/dev/null 2>&1 && break
  sleep 0.2
done
# a short warm-up so that the figures are the steady state, not the JIT
node "$root/bench/serve-load.mjs" "http://127.0.0.1:$port" 10 3 >/dev/null
node "$root/bench/serve-load.mjs" "http://127.0.0.1:$port" "${1:-50}" "${2:-30}"
