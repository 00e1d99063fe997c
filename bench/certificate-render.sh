#!/usr/bin/env bash
# Lien certificate rendering (issue 6): p50/p99 of drawing a certificate of a folio with 50 entries
# (PDF with its QR code, CertificatePdf) and signing it PAdES-BASELINE-LT with an RSA 3072 seal
# (PdfSignature), in process, as the registrar's resolution does (bench/CertificateRender.java:
# which entries, and which are in force). Since issue 19 each signature asks a time-stamping
# authority and an OCSP responder: a throw-away DEMO authority (tools/demo-ca) runs both on
# loopback for the run. It needs registry-ejb's classes and dependencies (mvn package of
# registry-ejb, which ./registry bench and ./registry test build).
#
#   bash bench/certificate-render.sh     # 30 s warm-up, then 1,000 renders timed one by one
#
# Environment: BENCH_WARMUP (30 s), BENCH_RENDERS (1000).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CLASSES=$ROOT/registry-ejb/target/classes
[[ -d $CLASSES/mx/gob/qroo/rppc/certificate ]] || { echo "no classes: mvn -q -DskipTests package -pl registry-ejb" >&2; exit 1; }
CP_FILE=$(mktemp)
CA=$(mktemp -d)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
OCSP_PORT=$(free_port) TSA_PORT=$(free_port)
"$ROOT/tools/demo-ca/demo-ca" init "$CA/ca" "http://127.0.0.1:$OCSP_PORT/" >/dev/null
"$ROOT/tools/demo-ca/demo-ca" seal "$CA/ca" "$CA/seal" "RPPC bench - sello DEMO" >/dev/null
setsid "$ROOT/tools/demo-ca/demo-ca" ocsp "$CA/ca" "$OCSP_PORT" >"$CA/ocsp.log" 2>&1 & OCSP_PID=$!
setsid "$ROOT/tools/demo-ca/demo-ca" tsa "$CA/ca" "$TSA_PORT" >"$CA/tsa.log" 2>&1 & TSA_PID=$!
trap 'kill -TERM -- -$OCSP_PID -$TSA_PID 2>/dev/null; rm -rf "$CP_FILE" "$CA"' EXIT
until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$TSA_PORT/") == 405 ]]; do sleep 0.5; done
(cd "$ROOT" && mvn -q -B dependency:build-classpath -pl registry-ejb -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$CP_FILE" >/dev/null)
echo "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MiB, $(java -version 2>&1 | head -1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
java -Xmx512m -cp "$CLASSES:$(cat "$CP_FILE")" "$ROOT/bench/CertificateRender.java" \
  "${BENCH_WARMUP:-30}" "${BENCH_RENDERS:-1000}" "$CA/seal" "http://127.0.0.1:$TSA_PORT/"
