#!/usr/bin/env bash
# Lien certificate rendering (issue 6): p50/p99 of drawing a certificate of a folio with 50 entries
# (PDF with its QR code, CertificatePdf) and signing it the PAdES way with an RSA 3072 key
# (PdfSignature), in process, as the registrar's resolution does (bench/CertificateRender.java:
# which entries, and which are in force). No server: it needs registry-ejb's classes and
# dependencies (mvn package of registry-ejb, which ./registry bench and ./registry test build).
#
#   bash bench/certificate-render.sh     # 30 s warm-up, then 1,000 renders timed one by one
#
# Environment: BENCH_WARMUP (30 s), BENCH_RENDERS (1000).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CLASSES=$ROOT/registry-ejb/target/classes
[[ -d $CLASSES/mx/gob/qroo/rppc/certificate ]] || { echo "no classes: mvn -q -DskipTests package -pl registry-ejb" >&2; exit 1; }
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
(cd "$ROOT" && mvn -q -B dependency:build-classpath -pl registry-ejb -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$CP_FILE" >/dev/null)
echo "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MiB, $(java -version 2>&1 | head -1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
java -Xmx512m -cp "$CLASSES:$(cat "$CP_FILE")" "$ROOT/bench/CertificateRender.java" \
  "${BENCH_WARMUP:-30}" "${BENCH_RENDERS:-1000}"
