#!/usr/bin/env bash
# Whole-process throughput of ingest (analysis + storage) against the pipeline alone, both on every core.
# Usage: bench/ingest-throughput.sh CORPUS_DIR [N]   e.g. bench/ingest-throughput.sh ../shared/data/winer-fr 200
# The first N *.txt files of CORPUS_DIR (sorted; *urls* lists left out) are linked, never copied, into a
# temporary directory. Pipeline alone = two `extract --format jsonl` processes at once, each on half of the
# files (both cores busy, models loaded twice); ingest = one `ingest --threads 2` into a new database, then
# the same ingest again (a resume: everything already stored). All with --lang fr, after the build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$1"; n="${2:-200}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/all" "$work/half0" "$work/half1"
i=0
while IFS= read -r f; do
  name="$(printf '%05d' "$i").txt"
  ln -s "$(realpath "$f")" "$work/all/$name"
  ln -s "$(realpath "$f")" "$work/half$((i % 2))/$name"
  i=$((i + 1))
done < <(find "$corpus" -name '*.txt' ! -name '*urls*' | sort | head -n "$n")
"$root/dateline" --version > /dev/null   # builds when needed, outside the timings
java=(java -XX:+UseSerialGC -Xss4m -jar "$root/dateline-cli/target/dateline-cli.jar")
now() { date +%s.%N; }
rate() { awk -v n="$1" -v s="$2" -v e="$3" 'BEGIN { printf "%d articles in %.2f s: %.1f articles/s\n", n, e - s, n / (e - s) }'; }
echo "corpus: $corpus, $i files, $(nproc) cores"

s=$(now)
"${java[@]}" extract --format jsonl --lang fr "$work/half0" > /dev/null &
"${java[@]}" extract --format jsonl --lang fr "$work/half1" > /dev/null &
wait
e=$(now); echo -n "pipeline alone (2 extract processes): "; rate "$i" "$s" "$e"

s=$(now)
"${java[@]}" ingest "$work/all" --db "$work/kb.db" --lang fr --threads 2 --no-progress
e=$(now); echo -n "ingest (pipeline + store, 2 threads): "; rate "$i" "$s" "$e"

s=$(now)
"${java[@]}" ingest "$work/all" --db "$work/kb.db" --lang fr --threads 2 --no-progress
e=$(now); echo -n "ingest again (resume, all stored):    "; rate "$i" "$s" "$e"
echo "database: $(du -k "$work/kb.db" | cut -f1) KB"
