#!/usr/bin/env bash
# Dateline and Stanford CoreNLP 4.5.10 French NER (GPL; built only with the Maven profile "peers")
# side by side on WiNER-fr: the same documents, the same scorer, speed single thread after warm-up.
# Usage: bench/peer-ner.sh [WiNER-fr directory] [test|tune|dev|all]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$(realpath -m "${1:-$root/../shared/data/winer-fr}")"
cd "$root"
mvn -q -B -Dstyle.color=never install -DskipTests >&2
mvn -q -B -Dstyle.color=never -Ppeers -pl dateline-peers package -DskipTests >&2
mvn -q -B -Dstyle.color=never -Ppeers -pl dateline-peers dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt >&2
exec java -Xmx3g -cp "dateline-peers/target/classes:$(cat dateline-peers/target/runtime-classpath.txt)" \
  org.dateline.peers.NerComparison "$corpus" "${2:-test}"
