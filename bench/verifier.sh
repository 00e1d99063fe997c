#!/usr/bin/env bash
# The auditors' standalone verifier on a large log: BENCH_VERIFIER_EVENTS (10,000,000) synthetic
# events in the export format (bench/VerifierData.java, with a signed checkpoint every 100,000
# leaves, each cosigned by a generated witness), then `java -jar registry-ejb-*-verifier.jar` over them, timed. Goal (issue 5): under
# 60 s for 10 million events on this machine. Needs no server; needs the verifier jar (mvn package
# of registry-ejb, which ./registry bench and ./registry test build) and ~4 GB of free disk.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EVENTS=${BENCH_VERIFIER_EVENTS:-10000000}
JAR=$(ls "$ROOT"/registry-ejb/target/registry-ejb-*-verifier.jar 2>/dev/null | head -1)
[[ -n $JAR ]] || { echo "no verifier jar: mvn -q -o -DskipTests package -pl registry-ejb" >&2; exit 1; }
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

echo "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MiB, $(java -version 2>&1 | head -1)"
echo "generating $EVENTS events in the export format..."
start=$(date +%s.%N)
# the generator builds events with registry-ejb's classes (LoggedEvent's supertypes are not in the
# verifier jar, which never builds an event)
java -cp "$ROOT/registry-ejb/target/classes" "$ROOT/bench/VerifierData.java" "$DIR" "$EVENTS"
echo "generated in $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s: $(du -h "$DIR/leaves.tsv" | cut -f1) of leaves, $(grep -c '^~$' "$DIR/checkpoints.txt") checkpoints"

start=$(date +%s.%N)
set +e
java -jar "$JAR" --key "@$DIR/key.txt" --witness "@$DIR/witness.txt" --checkpoints "$DIR/checkpoints.txt" --leaves "$DIR/leaves.tsv"
status=$?
set -e
awk -v a="$start" -v b="$(date +%s.%N)" -v n="$EVENTS" -v s="$status" 'BEGIN {
  t = b - a
  printf "RESULT events=%d seconds=%.1f events_per_s=%.0f exit=%d goal(<60 s)=%s\n", n, t, n / t, s, (t < 60 ? "met" : "NOT-met")
}'
exit "$status"
