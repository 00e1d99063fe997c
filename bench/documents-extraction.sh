#!/usr/bin/env bash
# Document extraction throughput (issue 7): a corpus of 200 mixed documents (bench/DocumentCorpus.java:
# text PDFs of 2–10 pages, DOCX, ODT, and a quarter scans — PNG, JPEG, TIFF, image-only PDFs —
# that go through OCR) uploaded through POST /api/filings/{entryNumber}/documents and timed from
# the first upload until the last document is PROCESSED or FAILED (its processed_at), as pages/s
# and MB/s; against, in the same run, the standalone Tika command line (tika-app 3.2.2, batch mode
# over the folder, 2 consumers, same OCR settings: Spanish, PDF OCR strategy auto, TIFF pages) on the same
# files. Goal: ours / CLI >= 0.9.
#
#   bash bench/documents-extraction.sh     # or: ./registry bench documents-extraction
#
# Environment: BENCH_DOCUMENTS (200), BENCH_WARMUP_DOCUMENTS (20; 0 = none),
# BENCH_CLI_CONSUMERS (2), plus the launcher's REGISTRY_*.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib-documents.sh"

COUNT=${BENCH_DOCUMENTS:-200}
WARM=${BENCH_WARMUP_DOCUMENTS:-20}
CONSUMERS=${BENCH_CLI_CONSUMERS:-2}
TIKA_APP=$DOWNLOADS/tika-app-$TIKA_VERSION.jar

bench_require_tools curl psql java mvn tesseract
bench_require_app
bench_require_data
OUT=$(mktemp -d "${TMPDIR:-/tmp}/rppc-bench-documents-extraction.XXXXXX")
started=$SECONDS
if [[ ! -s $TIKA_APP ]]; then
  mkdir -p "$DOWNLOADS"
  mvn -q -B dependency:copy -Dartifact="org.apache.tika:tika-app:$TIKA_VERSION:jar" -DoutputDirectory="$DOWNLOADS" \
    -Dmdep.stripVersion=false || bench_die "could not fetch tika-app $TIKA_VERSION"
fi

bench_machine
echo "output in $OUT"
bench_load_snapshot "start" | tee -a "$OUT/load.txt"

bench_say "corpus of $COUNT documents"
docs_corpus mixed "$COUNT"
read -r N PAGES OCR_PAGES BYTES <<<"$(docs_manifest_totals)"
echo "corpus: $N documents, $PAGES pages ($OCR_PAGES to OCR), $BYTES bytes;" \
  "$(awk -F'\t' 'NR > 1 {k[$2]++} END {for (x in k) printf "%s %d, ", x, k[x]}' "$OUT/manifest.tsv")"

if ((WARM > 0)); then
  bench_say "pipeline warm-up: $WARM documents of a corpus of their own"
  docs_warm_up mixed "$WARM"
fi

# --- ours: upload all, wait until none is PROCESSING --------------------------------------------
bench_say "pipeline: uploading $N documents and waiting for their extraction"
cpu_before=$(docs_cpu_snapshot)
docs_upload_all "$OUT/corpus"
upload_seconds=$(psql_super -c "select round((extract(epoch from clock_timestamp()) - $UPLOAD_START)::numeric, 2)")
bench_load_snapshot "pipeline, after the uploads" >>"$OUT/load.txt"
docs_wait_done 3600
OURS=$DONE_SECONDS
PIPELINE_CPU=$(docs_cpu_report "$cpu_before" "$(docs_cpu_snapshot)" "$OURS")
echo "pipeline: $PROCESSED processed, $FAILED failed, pages in the database $DB_PAGES, bytes $DB_BYTES;" \
  "uploads took $upload_seconds s; all done $OURS s after the first upload"
echo "pipeline phases: $(docs_phases)"
echo "pipeline $PIPELINE_CPU"

# --- the Tika command line on the same files ----------------------------------------------------
cat >"$OUT/tika-cli-config.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<!-- the OCR settings the registry sends the Tika server as headers (TikaExtraction): Spanish, PDF OCR
     strategy auto, pages to OCR rendered as TIFF -->
<properties>
  <parsers>
    <parser class="org.apache.tika.parser.DefaultParser">
      <parser-exclude class="org.apache.tika.parser.ocr.TesseractOCRParser"/>
      <parser-exclude class="org.apache.tika.parser.pdf.PDFParser"/>
    </parser>
    <parser class="org.apache.tika.parser.ocr.TesseractOCRParser">
      <params><param name="language" type="string">spa</param></params>
    </parser>
    <parser class="org.apache.tika.parser.pdf.PDFParser">
      <params>
        <param name="ocrStrategy" type="string">auto</param>
        <param name="ocrImageFormatName" type="string">tiff</param>
      </params>
    </parser>
  </parsers>
</properties>
XML
cli=(java -jar "$TIKA_APP" -c "$OUT/tika-cli-config.xml" -J -t -numConsumers "$CONSUMERS" -JXmx768m
  -i "$OUT/corpus" -o "$OUT/cli-out")
echo "CLI: ${cli[*]}"
bench_say "Tika CLI batch over the same $N files ($CONSUMERS consumers)"
cpu_before=$(docs_cpu_snapshot)
cli_start=$(date +%s.%N)
"${cli[@]}" >"$OUT/cli.log" 2>&1 &
cli_pid=$!
# the snapshot beside, not in the way: a run shorter than 20 s is not lengthened
(sleep 20; kill -0 "$cli_pid" 2>/dev/null && bench_load_snapshot "Tika CLI, 20 s in" >>"$OUT/load.txt") &
wait "$cli_pid" || bench_die "the Tika CLI failed: $OUT/cli.log"
cli_end=$(date +%s.%N)
CLI=$(awk -v a="$cli_start" -v b="$cli_end" 'BEGIN {printf "%.2f", b - a}')
echo "CLI $(docs_cpu_report "$cpu_before" "$(docs_cpu_snapshot)" "$CLI") (here the rest is the CLI and its Tesseract)"
# when its last output was written (the watchdog's exit follows it closely)
CLI_LAST=$(find "$OUT/cli-out" -type f -printf '%T@\n' | sort -n | tail -1 | awk -v a="$cli_start" '{printf "%.2f", $1 - a}')
cli_outputs=$(find "$OUT/cli-out" -type f | wc -l)
cli_exceptions=$(grep -l 'X-TIKA:EXCEPTION' -r "$OUT/cli-out" | wc -l || true)
echo "CLI: $cli_outputs outputs ($cli_exceptions with an exception), ${CLI} s wall (last output at ${CLI_LAST} s)"

# --- results ----------------------------------------------------------------------------------
echo
echo "== extraction of $N documents, $PAGES pages ($OCR_PAGES OCR), $(awk -v b="$BYTES" 'BEGIN {printf "%.2f", b / 1048576}') MB"
printf '%-44s %10s %10s %10s %10s\n' "" "seconds" "docs/s" "pages/s" "MB/s"
row() { awk -v s="$2" -v n="$N" -v p="$PAGES" -v b="$BYTES" -v l="$1" \
  'BEGIN {printf "%-44s %10.2f %10.3f %10.3f %10.4f\n", l, s, n / s, p / s, b / 1048576 / s}'; }
row "pipeline (upload .. last processed)" "$OURS"
row "Tika CLI batch (command wall time)" "$CLI"
awk -v a="$OURS" -v b="$CLI" 'BEGIN {printf "ratio pipeline / CLI (throughput): %.3f (goal >= 0.9)\n", b / a}'
echo "took $((SECONDS - started)) s; raw output in $OUT"
cat "$OUT/load.txt"
