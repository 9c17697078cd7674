#!/usr/bin/env bash
# Dateline and HeidelTime 2.1 (GPL; built only with the Maven profile "peers") side by side on a
# TimeML corpus: the same documents, the same scorer, speed single thread after a warm-up pass.
# Usage: bench/peer-times.sh [corpus directory] [fr|en] [dev|test|all]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$(realpath -m "${1:-$root/../shared/data/fr-timebank/Data}")"
cd "$root"
mvn -q -B -Dstyle.color=never install -DskipTests >&2
mvn -q -B -Dstyle.color=never -Ppeers -pl dateline-peers package -DskipTests >&2
mvn -q -B -Dstyle.color=never -Ppeers -pl dateline-peers dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt >&2
exec java -cp "dateline-peers/target/classes:$(cat dateline-peers/target/runtime-classpath.txt)" \
  org.dateline.peers.TimesComparison "$corpus" "${2:-fr}" "${3:-all}"
