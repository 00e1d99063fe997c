#!/usr/bin/env bash
# Document search (issue 7): p50/p95/p99 of GET /api/search/documents?q=… (registrador1) over
# BENCH_SEARCH_DOCUMENTS (1,000,000) documents' text generated into document.blob /
# document.document by bench/generate-document-text.sql (set-based, two slices at once, attached to
# the generated filings), over a mix of queries — a common term, a rare term, two words, a common
# term with filters (office, procedure type, a week of reception dates), a place without its
# accents — each class also alone; and, as a reference, the application's SEARCH statement
# (SqlDocuments.SEARCH, copied below with the same parameters as literals) alone in pgbench at the
# same concurrency. Goal: p95 under 100 ms.
#
#   bash bench/document-search.sh        # or: ./registry bench document-search
#
# Environment: BENCH_SEARCH_DOCUMENTS (1000000), BENCH_CLIENTS (4), BENCH_DURATION (30 s mixed),
# BENCH_CLASS_DURATION (10 s per class), BENCH_WARMUP (60 s), plus the launcher's REGISTRY_*.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DOCS=${BENCH_SEARCH_DOCUMENTS:-1000000}
export BENCH_CLIENTS=${BENCH_CLIENTS:-4}
CLASS_DURATION=${BENCH_CLASS_DURATION:-10}
SEARCH_WARMUP=${BENCH_WARMUP:-60}

bench_require_tools wrk pgbench curl psql
bench_require_app
bench_require_data
bench_load_setup document-search
started=$SECONDS
bench_machine
echo "output in $OUT"
bench_load_snapshot start | tee -a "$OUT/load.txt"

# --- the documents' text, once per database -------------------------------------------------------
if [[ -z $(psql_super -c "select 1 from pg_tables where schemaname = 'bench' and tablename = 'document_generation'") ]]; then
  bench_say "generating $DOCS documents' text (two slices at once)"
  t0=$SECONDS
  # the GIN index is built once at the end instead of row by row: same definition as V17
  psql_super -c "drop index document.blob_search"
  half=$((DOCS / 2))
  for slice in "1 $half" "$((half + 1)) $DOCS"; do
    read -r lo hi <<<"$slice"
    psql_super -v lo="$lo" -v hi="$hi" -v first_filing="$GEN_FIRST_ID" -v filings=$((GEN_LAST_ID - GEN_FIRST_ID + 1)) \
      -f "$BENCH_DIR/generate-document-text.sql" &
  done
  wait -n && wait -n || bench_die "generating the documents' text failed"
  gen_rows=$((SECONDS - t0))
  psql_super -c "set maintenance_work_mem = '1GB'" -c "create index blob_search on document.blob using gin (search)"
  gen_index=$((SECONDS - t0 - gen_rows))
  psql_super -c "vacuum (analyze) document.blob" -c "vacuum (analyze) document.document"
  psql_super -c "create table bench.document_generation as select now() as generated_at, $DOCS as documents,
                   $gen_rows as rows_seconds, $gen_index as index_seconds, $((SECONDS - t0)) as total_seconds"
fi
echo "generation: $(psql_super -F ', ' -c "select 'documents ' || documents, 'rows ' || rows_seconds || ' s', 'GIN index ' || index_seconds || ' s', 'total with vacuum analyze ' || total_seconds || ' s' from bench.document_generation")"
echo "text: $(psql_super -F ', ' -c "select count(*) || ' blobs', pg_size_pretty(sum(size_bytes)) || ' of text', round(avg(size_bytes)) || ' bytes on average' from document.blob where status = 'PROCESSED'"),"\
" table $(psql_super -c "select pg_size_pretty(pg_total_relation_size('document.blob'))"), GIN $(psql_super -c "select pg_size_pretty(pg_relation_size('document.blob_search'))")"

# --- the queries ----------------------------------------------------------------------------------
# the filtered query: one office, the certificates (a fifth of the filings), over the generated
# filings' reception days (generate-data.sh spreads them over the last day on a fresh database)
read -r FROM TO <<<"$(psql_super -F ' ' -c "select min((received_at at time zone 'America/Cancun')::date),
  max((received_at at time zone 'America/Cancun')::date) from filing.filing where id between $GEN_FIRST_ID and $GEN_LAST_ID")"
# class|q|office|procedureType|from|to
cat >"$OUT/queries.txt" <<EOF
common|inmueble|||||
rare|cenote|||||
two-words|hipoteca Tulum|||||
filtered|inmueble|CUN|CERTIFICADO_LIBERTAD_GRAVAMEN|$FROM|$TO
unaccented|Benito Juarez|||||
EOF
while IFS='|' read -r class q office type from to; do
  matches=$(psql_app -c "select count(*) from document.blob b join document.document d on d.sha256 = b.sha256
                          join filing.filing f on f.id = d.filing_id
                         where b.search @@ websearch_to_tsquery('document.spanish_unaccent', '$q')
                           and ('$office' = '' or f.office = '$office') and ('$type' = '' or f.procedure_type = '$type')
                           and ('$from' = '' or f.received_at >= nullif('$from', '')::date at time zone 'America/Cancun')
                           and ('$to' = '' or f.received_at < (nullif('$to', '')::date + 1) at time zone 'America/Cancun')")
  echo "query $class: q=\"$q\" office=$office procedureType=$type from=$from to=$to — $matches matching documents"
done <"$OUT/queries.txt"

urlencode() { local s=$1; s=${s// /%20}; printf '%s' "$s"; }
to_url() { # class|q|office|type|from|to -> path
  local class q office type from to path
  IFS='|' read -r class q office type from to <<<"$1"
  path="/api/search/documents?q=$(urlencode "$q")"
  [[ -z $office ]] || path+="&office=$office"
  [[ -z $type ]] || path+="&procedureType=$type"
  [[ -z $from ]] || path+="&from=$from&to=$to"
  printf '%s\n' "$path"
}
while read -r line; do to_url "$line"; done <"$OUT/queries.txt" >"$OUT/paths-mixed.txt"
while read -r line; do to_url "$line" >"$OUT/paths-${line%%|*}.txt"; done <"$OUT/queries.txt"
bench_wrk_script "$OUT/search.lua" 200 ok <<'LUA'
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end

function request()
  return wrk.format("GET", paths[math.random(#paths)], headers)
end
LUA
first=$(head -1 "$OUT/paths-mixed.txt")
TOKEN=$(bench_token registrador1)
curl -fsS -o "$OUT/sample-answer.json" -H "Authorization: Bearer $TOKEN" "$BASE_URL$first" \
  || bench_die "the search does not answer: $BASE_URL$first"
echo "sample answer: $(head -c 300 "$OUT/sample-answer.json")…"

run_search() { # seconds label paths-file
  bench_token registrador1 >"$OUT/tokens.txt"
  BENCH_TOKENS=$OUT/tokens.txt BENCH_PATHS=$3 bench_wrk "$1" "$2" "$OUT/search.lua" "$BASE_URL/"
  grep '^RESULT' "$OUT/wrk-$2.txt" || { cat "$OUT/wrk-$2.txt" >&2; bench_die "no wrk result for $2"; }
}

# --- HTTP -------------------------------------------------------------------------------------------
bench_say "HTTP warm-up ${SEARCH_WARMUP} s, mixed queries, $CLIENTS clients"
run_search "$SEARCH_WARMUP" warmup "$OUT/paths-mixed.txt" | sed 's/^/warm-up: /'
bench_say "HTTP measured ${DURATION} s, mixed"
before=$(bench_cpu_snapshot)
declare -A HTTP
HTTP[mixed]=$(run_search "$DURATION" mixed "$OUT/paths-mixed.txt")
cpu=$(bench_cpu_per_request "$before" "$(bench_cpu_snapshot)" "$(bench_field ok "${HTTP[mixed]}")")
for class in common rare two-words filtered unaccented; do
  bench_say "HTTP ${CLASS_DURATION} s, $class only"
  HTTP[$class]=$(run_search "$CLASS_DURATION" "$class" "$OUT/paths-$class.txt")
done

# --- pgbench: the SEARCH statement alone ------------------------------------------------------------
# SqlDocuments.SEARCH verbatim (CANDIDATES = 1000), its 19 parameters as literals (keep in step with
# the Java constant). pgbench sends no parameters, so every execution is planned for its own
# query; the application's prepared statement may be planned generically after 5 executions.
search_sql() { # q office type from to
  local lit_office=null lit_type=null lit_from=null lit_to=null
  [[ -z $2 ]] || lit_office="'$2'"
  [[ -z $3 ]] || lit_type="'$3'"
  [[ -z $4 ]] || lit_from="'$4'"
  [[ -z $5 ]] || lit_to="'$5'"
  cat <<SQL
with candidates as (select d.id, d.filing_entry_number, coalesce(f.office, lr.office) as office, f.procedure_type, d.file_name, b.media_type, b.text, ts_rank(b.search, websearch_to_tsquery('document.spanish_unaccent', '$1')) as rank from document.blob b join document.document d on d.sha256 = b.sha256 left join filing.filing f on f.id = d.filing_id left join document.legacy_record lr on lr.id = d.legacy_record_id where b.search @@ websearch_to_tsquery('document.spanish_unaccent', '$1') and (cast($lit_office as varchar) is null or coalesce(f.office, lr.office) = $lit_office) and (cast($lit_type as varchar) is null or f.procedure_type = $lit_type) and (cast(null as varchar) is null or exists (select 1 from filing.filing_folio ff where ff.filing_id = f.id and ff.folio_number = null) or exists (select 1 from folio.entry e join folio.folio fo on fo.id = e.folio_id where e.id = d.entry_id and fo.folio_number = null) or lr.migrated_folio_number = null) and (cast($lit_from as date) is null or f.received_at >= cast($lit_from as date) at time zone 'America/Cancun') and (cast($lit_to as date) is null or f.received_at < (cast($lit_to as date) + 1) at time zone 'America/Cancun') limit 1000), page as (select * from candidates order by rank desc, id desc offset 0 limit 20) select p.id, p.filing_entry_number, p.office, p.procedure_type, p.file_name, p.media_type, ts_headline('document.spanish_unaccent', p.text, websearch_to_tsquery('document.spanish_unaccent', '$1'), 'StartSel=«, StopSel=», MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … "'), p.rank from page p order by p.rank desc, p.id desc;
SQL
}
pg_files=()
while IFS='|' read -r class q office type from to; do
  search_sql "$q" "$office" "$type" "$from" "$to" >"$OUT/pgbench-$class.sql"
  pg_files+=(-f "$OUT/pgbench-$class.sql")
done <"$OUT/queries.txt"
PG_WARMUP=10
bench_say "pgbench: the SEARCH statement alone, mixed, $CLIENTS clients, 10 s + ${DURATION} s"
# the last query's file is bench_pgbench's own -f, which pgbench numbers after the others: script
# numbers in the log follow queries.txt
last=${pg_files[-1]}
pg_files=("${pg_files[@]:0:${#pg_files[@]}-2}")
bench_pgbench "$PG_WARMUP" warmup "$last" "${pg_files[@]}"
bench_pgbench "$DURATION" mixed "$last" "${pg_files[@]}"
pct() { sort -n | awk '{v[NR] = $1} END {
  split("50 95 99", p, " "); for (i = 1; i <= 3; i++) { k = int(NR * p[i] / 100 + 0.999999); if (k < 1) k = 1; printf "%.2f ", v[k] / 1000 }
  printf "%d\n", NR }'; }
read -r PG50 PG95 PG99 PGN <<<"$(cat "$OUT/pgbench-mixed"/tx.* | awk '{print $3}' | pct)"
PGTPS=$(awk '/^tps = / {print $3; exit}' "$OUT/pgbench-mixed.txt")
declare -A PGC
i=0
while IFS='|' read -r class _; do
  PGC[$class]=$(cat "$OUT/pgbench-mixed"/tx.* | awk -v s="$i" '$4 == s {print $3}' | pct)
  i=$((i + 1))
done <"$OUT/queries.txt"

# --- results ----------------------------------------------------------------------------------------
echo
echo "== document search over $(psql_super -c "select documents from bench.document_generation") documents, $CLIENTS clients"
printf '%-12s %10s %9s %9s %9s   %-30s\n' "" "HTTP/s" "p50 ms" "p95 ms" "p99 ms" "SQL alone p50 / p95 / p99 ms"
for class in mixed common rare two-words filtered unaccented; do
  r=${HTTP[$class]}
  if [[ $class == mixed ]]; then sql="$PG50 / $PG95 / $PG99 ($PGTPS tx/s)"; else read -r a b c _ <<<"${PGC[$class]}"; sql="$a / $b / $c"; fi
  printf '%-12s %10s %9s %9s %9s   %-30s\n' "$class" "$(bench_field rps "$r")" "$(bench_field p50_ms "$r")" \
    "$(bench_field p95_ms "$r")" "$(bench_field p99_ms "$r")" "$sql"
done
awk -v h="$(bench_field p95_ms "${HTTP[mixed]}")" -v s="$PG95" \
  'BEGIN {printf "mixed p95: HTTP %.2f ms (goal < 100 ms: %s), HTTP / SQL alone %.3f\n", h, (h < 100 ? "met" : "NOT met"), h / s}'
echo "CPU per HTTP search (mixed): $cpu"
for class in mixed common rare two-words filtered unaccented; do echo "wrk $class: ${HTTP[$class]}"; done
echo "took $((SECONDS - started)) s; raw output in $OUT"
cat "$OUT/load.txt"
