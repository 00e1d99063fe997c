#!/usr/bin/env bash
# The witness's cosigning latency (issue 19): the DEMO witness (WitnessServer, from the verifier
# jar, its own process, key and state) asked to cosign BENCH_WITNESS_CHECKPOINTS (600) checkpoints
# of a log growing by BENCH_WITNESS_LEAVES (1,000) leaves between them, each with its consistency
# proof, through the registry's own client (bench/WitnessLatency.java); p50/p90/p99 of one request,
# the first tenth left out as warm-up. The registry asks once a minute, so this is the delay a
# checkpoint's cosignature adds, not a throughput goal. Needs no instance: registry-ejb's classes
# and its verifier jar (mvn package of registry-ejb).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$(ls "$ROOT"/registry-ejb/target/registry-ejb-*-verifier.jar 2>/dev/null | head -1)
[[ -n $JAR ]] || { echo "no verifier jar: mvn -q -o -DskipTests package -pl registry-ejb" >&2; exit 1; }
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
echo "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MiB, $(java -version 2>&1 | head -1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
java -cp "$ROOT/registry-ejb/target/classes" "$ROOT/bench/WitnessLatency.java" "$JAR" "$DIR" \
  "${BENCH_WITNESS_CHECKPOINTS:-600}" "${BENCH_WITNESS_LEAVES:-1000}"
