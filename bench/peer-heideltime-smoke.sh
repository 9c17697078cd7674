#!/usr/bin/env bash
# Builds the peers module (profile peers: HeidelTime 2.1, GPL, kept out of the default build) and runs
# HeidelTime French on the French TimeBank: gold TIMEX3 next to HeidelTime's for the first documents,
# then documents/second on the whole corpus after a warm-up pass, single thread.
# Arguments go to org.dateline.peers.HeidelTimeFtibSmoke: [corpus directory] [documents to show].
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$(realpath -m "${1:-$root/../shared/data/fr-timebank/Data}")"
cd "$root"
mvn -q -B -Dstyle.color=never install -DskipTests -pl dateline-eval -am >&2
mvn -q -B -Dstyle.color=never -Ppeers -pl dateline-peers package -DskipTests >&2
mvn -q -B -Dstyle.color=never -Ppeers -pl dateline-peers dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt >&2
exec java -cp "dateline-peers/target/classes:$(cat dateline-peers/target/runtime-classpath.txt)" \
  org.dateline.peers.HeidelTimeFtibSmoke "$corpus" "${@:2}"
