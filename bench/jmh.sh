#!/usr/bin/env bash
# Builds the JMH benchmarks (module dateline-bench, profile bench) and runs them.
# Arguments go to JMH: a regex selects benchmarks, e.g. bench/jmh.sh Tokenizer; -h lists the options.
# The results are also written as JSON to dateline-bench/target/jmh-result.json.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -Dstyle.color=never -Pbench -pl dateline-bench -am package -DskipTests
exec java -jar dateline-bench/target/benchmarks.jar \
  -rf json -rff dateline-bench/target/jmh-result.json "$@"
