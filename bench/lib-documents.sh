# Shared by the document benchmarks (documents-extraction.sh, documents-ocr.sh); sourced after
# lib.sh. A corpus written by bench/DocumentCorpus.java, uploaded through the API and timed until
# the pipeline (DocumentExtraction → Tika server → Tesseract) has finished every document.

TIKA_VERSION=3.2.2
# the baselines' Tesseract under the same limit as the Tika server's (./registry start_tika)
export OMP_THREAD_LIMIT=${OMP_THREAD_LIMIT:-1}
DOWNLOADS=$ROOT/.work/downloads

# The corpus (mode mixed|ocr, documents) in $OUT: corpus/, pages/, manifest.tsv. Uses
# registry-ejb's runtime classpath (PDFBox), as bench/certificate-render.sh does.
docs_corpus() { # mode count
  local cp_file=$OUT/classpath.txt
  (cd "$ROOT" && mvn -q -B dependency:build-classpath -pl registry-ejb -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$cp_file" >/dev/null) || bench_die "no classpath for registry-ejb (mvn package first)"
  java -Xmx1g -cp "$(cat "$cp_file")" "$BENCH_DIR/DocumentCorpus.java" "$1" "$OUT" "$2" "$(date -u +%Y%m%dT%H%M%S)" \
    2> >(grep -v SLF4J >&2) || bench_die "the corpus could not be written"
}

# Sums of the manifest: documents, pages, OCR pages, bytes
docs_manifest_totals() {
  awk -F'\t' 'NR > 1 {n++; p += $3; o += $4; b += $5} END {printf "%d %d %d %d\n", n, p, o, b}' "$OUT/manifest.tsv"
}

# Uploads every file of $OUT/corpus (in name order) to generated filings of the four offices, one
# after the other with curl as capturista1, and records the ids in $OUT/uploads.tsv. Sets
# UPLOAD_START (the database's clock just before the first upload, epoch seconds with fraction).
docs_upload_all() { # folder
  local token file i=0 entry office offices=(CUN PDC CHE COZ) answer id
  token=$(bench_token capturista1)
  : >"$OUT/uploads.tsv"
  UPLOAD_START=$(psql_super -c "select extract(epoch from clock_timestamp())")
  for file in "$1"/*; do
    office=${offices[$((i % 4))]}
    # the generated filings' sequences of the year: 1 .. GEN_PER_OFFICE per office
    entry=$(printf '%s-%s-%06d' "$office" "$GEN_YEAR" $((1 + (i * 7919) % GEN_PER_OFFICE)))
    answer=$(curl -sS --max-time 60 -H "Authorization: Bearer $token" -F "file=@$file" \
      "$BASE_URL/api/filings/$entry/documents") || bench_die "upload of $file failed"
    id=$(sed -nE 's/.*"id":([0-9]+).*/\1/p' <<<"$answer")
    [[ -n $id ]] || bench_die "upload of $file answered: $answer"
    printf '%s\t%s\t%s\n' "$id" "$entry" "$(basename "$file")" >>"$OUT/uploads.tsv"
    i=$((i + 1))
  done
}

# Waits until every uploaded document is PROCESSED or FAILED (at most $1 seconds), then sets
# DONE_SECONDS (the last processed_at minus UPLOAD_START), PROCESSED, FAILED, DB_PAGES, DB_BYTES;
# $OUT/pipeline-results.tsv has each document's outcome, then when it was processed and uploaded
# (seconds after UPLOAD_START).
docs_wait_done() { # timeout-seconds
  local ids deadline=$((SECONDS + $1)) waiting
  ids=$(cut -f1 "$OUT/uploads.tsv" | paste -sd,)
  while :; do
    waiting=$(psql_super -c "select count(*) from document.document d join document.blob b on b.sha256 = d.sha256
                              where d.id in ($ids) and b.status = 'PROCESSING'")
    ((waiting == 0)) && break
    ((SECONDS < deadline)) || bench_die "$waiting documents still PROCESSING after $1 s"
    # seldom: each look costs a psql and a backend (~40 ms of CPU) taken from the pipeline; the
    # time measured comes from processed_at, not from when this loop notices
    sleep 3
  done
  read -r DONE_SECONDS PROCESSED FAILED DB_PAGES DB_BYTES <<<"$(psql_super -F ' ' -c "
    select round((extract(epoch from max(b.processed_at)) - $UPLOAD_START)::numeric, 2),
           count(*) filter (where b.status = 'PROCESSED'), count(*) filter (where b.status = 'FAILED'),
           coalesce(sum(b.pages), 0), sum(b.size_bytes)
      from document.document d join document.blob b on b.sha256 = d.sha256 where d.id in ($ids)")"
  psql_super -F $'\t' -c "select d.id, d.file_name, b.status, b.pages, length(b.text), b.reason,
                                 round(extract(epoch from b.processed_at - $UPLOAD_START::float8 * interval '1 second')::numeric, 2),
                                 round(extract(epoch from d.uploaded_at - $UPLOAD_START::float8 * interval '1 second')::numeric, 2)
                            from document.document d join document.blob b on b.sha256 = d.sha256
                           where d.id in ($ids) order by d.id" >"$OUT/pipeline-results.tsv"
}

# The throw-away warm-up: a few documents (a corpus of their own, of the benchmark's mode) through
# the same pipeline, so that the Tika server's child JVM, WildFly and Tesseract's files are warm.
docs_warm_up() { # mode count
  local saved=$OUT
  OUT=$OUT/warmup
  mkdir -p "$OUT"
  docs_corpus "$1" "$2"
  docs_upload_all "$OUT/corpus"
  docs_wait_done 900
  bench_say "warm-up: $PROCESSED processed, $FAILED failed in $DONE_SECONDS s"
  OUT=$saved
}

# Processes of the pipeline, for the record: the Tika server (watchdog and child) and its
# tesseract runs, sampled every 3 seconds (a ps costs CPU the pipeline would use) into
# $OUT/processes.txt while $1 (a pid) lives.
docs_sample_processes() { # pid
  while kill -0 "$1" 2>/dev/null; do
    { date +%T; ps -eo pid,pcpu,etimes,args --sort=-pcpu | grep -E '[t]esseract|[t]ika' | cut -c1-220; } >>"$OUT/processes.txt"
    sleep 3
  done
}

# When the phases of the pipeline happened, from $OUT/pipeline-results.tsv: the first and last
# upload's commit and the first document processed, in seconds after the first upload started.
docs_phases() {
  awk -F'\t' 'NR == 1 || $8 < u0 {u0 = $8} NR == 1 || $8 > u1 {u1 = $8} NR == 1 || $7 < p0 {p0 = $7}
    END {printf "uploads committed from %.2f s to %.2f s; first document processed at %.2f s\n", u0, u1, p0}' \
    "$OUT/pipeline-results.tsv"
}

# Where the CPU went, in clock ticks: "machine wildfly postgresql tika-jvm tika-children", the
# machine's busy time (/proc/stat), WildFly's and PostgreSQL's (bench_cpu_ticks), the Tika server's
# forked JVM (parsing, PDF rendering) and the children it has reaped (Tesseract and its shell).
docs_cpu_snapshot() {
  local parent child jvm=0 children=0
  parent=$(cat "${REGISTRY_WORK_DIR:-$ROOT/.work/dev}/run/tika.pid" 2>/dev/null || true)
  child=$([[ -n $parent ]] && pgrep -P "$parent" java | head -n 1 || true)
  if [[ -n $child ]]; then
    read -r jvm children <<<"$(awk '{print $14 + $15, $16 + $17}' "/proc/$child/stat")"
  fi
  echo "$(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat) $(bench_cpu_ticks http) $(bench_cpu_ticks db) $jvm $children"
}
# Seconds of CPU between two snapshots, per part, and the machine's cores' worth over a wall time
docs_cpu_report() { # before after wall-seconds
  awk -v b="$1" -v a="$2" -v w="$3" -v hz="$(getconf CLK_TCK)" -v cores="$(getconf _NPROCESSORS_ONLN)" 'BEGIN {
    split(b, x, " "); split(a, y, " "); for (i = 1; i <= 5; i++) d[i] = (y[i] - x[i]) / hz
    printf "CPU seconds: machine %.1f of %.1f (%d cores x %.1f s); Tesseract %.1f, Tika JVM %.1f, WildFly %.1f, PostgreSQL %.1f, the rest %.1f\n",
      d[1], cores * w, cores, w, d[5], d[4], d[2], d[3], d[1] - d[2] - d[3] - d[4] - d[5] }'
}
