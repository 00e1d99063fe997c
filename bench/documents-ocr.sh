#!/usr/bin/env bash
# OCR pages per minute (issue 7): scans only (bench/DocumentCorpus.java in mode ocr: PNG, JPEG and
# TIFF letter pages at 200 dpi, image-only PDFs of 1–2 pages at 300 dpi) through the pipeline
# (upload → DocumentExtraction's workers → Tika server → Tesseract), timed from the first upload
# to the last processed_at; against, in the same run, `tesseract <page> - -l spa --psm 1` alone (the
# options Tika gives it; the command's default --psm 3 is timed too, for comparison) on the same
# pages (the image files themselves; each page of an image-only PDF as the PNG of the very image
# the PDF holds, which is what Tika's rendering at 300 dpi gives back), run by xargs with the
# pipeline's concurrency (DocumentExtraction.WORKERS = 2). Goal: ours / tesseract >= 0.9.
#
#   bash bench/documents-ocr.sh      # or: ./registry bench documents-ocr
#
# Environment: BENCH_OCR_DOCUMENTS (40 documents, ~48 pages), BENCH_OCR_CONCURRENCY (2),
# BENCH_WARMUP_DOCUMENTS (20 scans: the JIT of a fresh WildFly warms on uploads too), plus the launcher's REGISTRY_*.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib-documents.sh"

COUNT=${BENCH_OCR_DOCUMENTS:-40}
CONCURRENCY=${BENCH_OCR_CONCURRENCY:-2}
WARM=${BENCH_WARMUP_DOCUMENTS:-20}

bench_require_tools curl psql java mvn tesseract xargs
bench_require_app
bench_require_data
OUT=$(mktemp -d "${TMPDIR:-/tmp}/rppc-bench-documents-ocr.XXXXXX")
started=$SECONDS

bench_machine
echo "tesseract: $(tesseract --version 2>&1 | head -1); OMP_THREAD_LIMIT=${OMP_THREAD_LIMIT:-unset} (the same environment for both sides)"
echo "output in $OUT"
bench_load_snapshot "start" | tee -a "$OUT/load.txt"

bench_say "corpus of $COUNT scans"
docs_corpus ocr "$COUNT"
read -r N PAGES OCR_PAGES BYTES <<<"$(docs_manifest_totals)"
# the pages for tesseract alone: image files as they are, PDF pages as their PNGs
mkdir -p "$OUT/tesseract-pages"
find "$OUT/corpus" -type f ! -name '*.pdf' -exec ln -s {} "$OUT/tesseract-pages/" \;
find "$OUT/pages" -type f -exec ln -s {} "$OUT/tesseract-pages/" \;
TESS_PAGES=$(find "$OUT/tesseract-pages" -type l | wc -l)
((TESS_PAGES == OCR_PAGES)) || bench_die "pages for tesseract ($TESS_PAGES) differ from the corpus's OCR pages ($OCR_PAGES)"
echo "corpus: $N documents, $OCR_PAGES pages, all OCR, $BYTES bytes;" \
  "$(awk -F'\t' 'NR > 1 {k[$2]++} END {for (x in k) printf "%s %d, ", x, k[x]}' "$OUT/manifest.tsv")"

if ((WARM > 0)); then
  bench_say "pipeline warm-up: $WARM documents of a corpus of their own"
  docs_warm_up ocr "$WARM"
fi

# --- ours ---------------------------------------------------------------------------------------
bench_say "pipeline: uploading $N scans and waiting for their OCR"
cpu_before=$(docs_cpu_snapshot)
docs_upload_all "$OUT/corpus"
docs_sample_processes $$ &
sampler=$!
bench_load_snapshot "pipeline, after the uploads" >>"$OUT/load.txt"
docs_wait_done 3600
kill "$sampler" 2>/dev/null || true
OURS=$DONE_SECONDS
PIPELINE_CPU=$(docs_cpu_report "$cpu_before" "$(docs_cpu_snapshot)" "$OURS")
echo "pipeline: $PROCESSED processed, $FAILED failed, pages in the database $DB_PAGES; all done $OURS s after the first upload"
echo "pipeline phases: $(docs_phases)"
echo "pipeline $PIPELINE_CPU"
echo "most tesseract processes at once under the pipeline: $(awk '/^[0-9]+:[0-9]+:[0-9]+$/ {if (n > m) m = n; n = 0; next} /[t]esseract/ && !/apache-tika.*sh -c/ {n++} END {if (n > m) m = n; print m + 0}' "$OUT/processes.txt")"
echo "a tesseract command line of the pipeline: $(grep -m1 -o 'tesseract /tmp/.*' "$OUT/processes.txt" | cut -c1-200)"

# --- tesseract alone ------------------------------------------------------------------------------
# Twice: with the page segmentation Tika asks for (--psm 1: automatic, with orientation and script
# detection, so that a page scanned upside down is read; sampled above), which is the baseline, and
# with the command's default (--psm 3, no orientation detection) for comparison.
tesseract_alone() { # name, extra options...; sets ELAPSED
  local name=$1 t0 pid before
  shift
  echo "tesseract alone ($name): find $OUT/tesseract-pages -type l | xargs -P $CONCURRENCY -I{} tesseract {} - -l spa $*"
  bench_say "tesseract alone ($name) on the same $TESS_PAGES pages, $CONCURRENCY at a time"
  before=$(docs_cpu_snapshot)
  t0=$(date +%s.%N)
  find "$OUT/tesseract-pages" -type l | xargs -P "$CONCURRENCY" -I{} tesseract {} - -l spa "$@" \
    >"$OUT/tesseract-$name.txt" 2>"$OUT/tesseract-$name.err" &
  pid=$!
  # the snapshot beside, not in the way: a run shorter than 15 s is not lengthened
  (sleep 15; kill -0 "$pid" 2>/dev/null && bench_load_snapshot "tesseract alone ($name), 15 s in" >>"$OUT/load.txt") &
  wait "$pid" || bench_die "tesseract failed: $OUT/tesseract-$name.err"
  ELAPSED=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a}')
  echo "tesseract alone ($name) $(docs_cpu_report "$before" "$(docs_cpu_snapshot)" "$ELAPSED") (here the rest is Tesseract)"
}
tesseract_alone psm1 --psm 1
ALONE=$ELAPSED
tesseract_alone default
DEFAULT=$ELAPSED

echo
echo "== OCR of $OCR_PAGES pages ($N scans), concurrency $CONCURRENCY"
printf '%-48s %10s %14s\n' "" "seconds" "pages/minute"
row() { awk -v s="$2" -v p="$OCR_PAGES" -v l="$1" 'BEGIN {printf "%-48s %10.2f %14.2f\n", l, s, p * 60 / s}'; }
row "pipeline (upload .. last processed)" "$OURS"
row "tesseract alone, --psm 1 as Tika (baseline)" "$ALONE"
row "tesseract alone, its default --psm 3" "$DEFAULT"
awk -v a="$OURS" -v b="$ALONE" 'BEGIN {printf "ratio pipeline / tesseract alone --psm 1 (pages per minute): %.3f (goal >= 0.9)\n", b / a}'
awk -v a="$OURS" -v b="$DEFAULT" 'BEGIN {printf "ratio pipeline / tesseract alone --psm 3: %.3f (no orientation detection: not the same work)\n", b / a}'
echo "text: pipeline $(awk -F'\t' '{s += $5} END {print s}' "$OUT/pipeline-results.tsv") characters, tesseract alone $(wc -m <"$OUT/tesseract-psm1.txt") (--psm 1), $(wc -m <"$OUT/tesseract-default.txt") (--psm 3)"
echo "took $((SECONDS - started)) s; raw output in $OUT"
cat "$OUT/load.txt"
