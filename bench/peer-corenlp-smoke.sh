#!/usr/bin/env bash
# Builds the peers module (profile peers: Stanford CoreNLP 4.5.10 and its French models, GPL, kept out
# of the default build; the models jar is about 280 MB, downloaded once) and runs CoreNLP's French NER
# (tokenize, ssplit, mwt, pos, ner) on one article: the entities it finds, then tokens/second on that
# article, single thread, after a warm-up.
# Arguments go to org.dateline.peers.CoreNlpNerSmoke: [article] [warm-up seconds] [measured seconds].
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
article="$(realpath -m "${1:-$root/../shared/seed/article-fr-shoigu-kim.txt}")"
cd "$root"
mvn -q -B -Dstyle.color=never install -DskipTests -pl dateline-eval,dateline-cli -am >&2
mvn -q -B -Dstyle.color=never -Ppeers -pl dateline-peers package -DskipTests >&2
mvn -q -B -Dstyle.color=never -Ppeers -pl dateline-peers dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt >&2
# CoreNLP's French pipeline keeps some 300-400 MB live (-Xmx256m runs out); 3 GB leaves room to spare
exec java -Xmx3g -cp "dateline-peers/target/classes:$(cat dateline-peers/target/runtime-classpath.txt)" \
  org.dateline.peers.CoreNlpNerSmoke "$article" "${@:2}"
