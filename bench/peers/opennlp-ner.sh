#!/usr/bin/env bash
# Apache OpenNLP name finder (Debian package `opennlp`) as a peer for our NER tagger:
# trained on the same CoNLL-2003 train split, run on the test split, scored by OUR scorer
# (exact-span micro F1), with tagging speed measured in the same run on the same machine.
#   bash bench/peers/opennlp-ner.sh [../shared/data] [work dir]
set -euo pipefail
DATA=${1:-../shared/data}
WORK=${2:-$(mktemp -d)}
NER=$DATA/ner/conll2003/iob2
command -v opennlp >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq opennlp; }

# CoNLL IOB2 -> OpenNLP name samples: one sentence a line, "<START:per> Peter Blackburn <END>",
# a blank line at each -DOCSTART- so the finder's adaptive (document) features reset.
to_samples() {
  awk '
    function close_open() { if (open != "") { line = line " <END>"; open = "" } }
    /^-DOCSTART-/ { print ""; next }
    NF == 0 { close_open(); if (line != "") print line; line = ""; next }
    {
      tok = $1; tag = $NF
      if (tag ~ /^B-/ || (tag ~ /^I-/ && open != tolower(substr(tag, 3)))) {
        close_open(); t = tolower(substr(tag, 3)); line = line (line == "" ? "" : " ") "<START:" t ">"; open = t
      } else if (tag == "O") { close_open() }
      line = line (line == "" ? "" : " ") tok
    }
    END { close_open(); if (line != "") print line }' "$1"
}
# Tokens only, one sentence a line, blank line between documents.
to_tokens() {
  awk '/^-DOCSTART-/ { print ""; next } NF == 0 { if (line != "") print line; line = ""; next } { line = line (line == "" ? "" : " ") $1 } END { if (line != "") print line }' "$1"
}

to_samples "$NER/train.txt" > "$WORK/train.samples"
to_tokens "$NER/test.txt" > "$WORK/test.tokens"
TOKENS=$(grep -v '^-DOCSTART-' "$NER/test.txt" | grep -c .)

start=$(date +%s.%N)
# Default trainer parameters (maxent, 100 iterations, cutoff 5) and the default feature generator.
opennlp TokenNameFinderTrainer -model "$WORK/opennlp-ner.bin" -lang en -data "$WORK/train.samples" -encoding UTF-8 > "$WORK/train.log" 2>&1
trained=$(date +%s.%N)
opennlp TokenNameFinder "$WORK/opennlp-ner.bin" < "$WORK/test.tokens" > "$WORK/test.out" 2> "$WORK/tag.log"
tagged=$(date +%s.%N)
cpu_tag=$( { /usr/bin/time -f "%U %S" opennlp TokenNameFinder "$WORK/opennlp-ner.bin" < "$WORK/test.tokens" > /dev/null 2>/dev/null; } 2>&1 | tail -1 | awk '{print $1 + $2}')

echo "OpenNLP $(dpkg-query -W -f='${Version}' opennlp 2>/dev/null || echo '?') maxent name finder, default parameters"
echo "training: $(echo "$trained - $start" | bc) s"
echo "tagging $TOKENS test tokens: $(echo "$tagged - $trained" | bc) s wall (JVM start included) = $(echo "$TOKENS / ($tagged - $trained)" | bc) tokens/s"
grep -i "average" "$WORK/tag.log" || true
echo "tagging CPU time (user+sys, JVM start and model load included): $cpu_tag s = $(echo "$TOKENS / $cpu_tag" | bc) tokens/CPU-s"
echo -n "OpenNLP CoNLL-2003 test: "
dotnet run -c Release --project tools/Triangulate.NerTrain -- score-markup "$DATA" ner/conll2003/iob2/test.txt "$WORK/test.out"
echo -n "Triangulate CoNLL-2003 test: "
dotnet run -c Release --project tools/Triangulate.NerTrain -- eval "$DATA" src/Triangulate.Nlp/Models/ner.model.gz | grep "CoNLL-2003 test"
