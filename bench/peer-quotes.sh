#!/usr/bin/env bash
# Dateline and Stanford CoreNLP 4.5.10's English quote attribution (GPL; built only with the Maven
# profile "peers"; its English models jar is about 475 MB) side by side on PolNeAR: the same articles,
# the same AttributionEvaluator, one timed pass of each, single thread.
# Usage: bench/peer-quotes.sh [PolNeAR directory] [dev|train] [first N articles]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$(realpath -m "${1:-$root/../shared/data/polnear}")"
cd "$root"
mvn -q -B -Dstyle.color=never install -DskipTests >&2
mvn -q -B -Dstyle.color=never -Ppeers -pl dateline-peers package -DskipTests >&2
mvn -q -B -Dstyle.color=never -Ppeers -pl dateline-peers dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt >&2
exec java -Xmx3g -cp "dateline-peers/target/classes:$(cat dateline-peers/target/runtime-classpath.txt)" \
  org.dateline.peers.QuoteComparison "$corpus" "${2:-dev}" ${3:+"$3"}
