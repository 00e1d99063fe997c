#!/usr/bin/env bash
# Reception throughput and latency: POST /api/filings through HTTP (wrk, 16 concurrent clients,
# one capturista1 token per client fetched once) against pgbench doing the equivalent SQL at the
# same concurrency in the same run, and the ratio.
#
#   bench/reception.sh            # 10 s warm-up + 30 s measured, for HTTP and then for pgbench
#
# Each HTTP request files a COMPRAVENTA (sale) on a random generated folio of the office it posts
# to (random office per request), with a valid act (holder with CURP, value, deed). The pgbench
# transaction is the issue's "equivalent": upsert of the office's entry-number counter + insert of
# the filing row + its filing_folio and filing_transition rows, in one transaction.
#
# Needs the data of bench/generate-data.sh, wrk (apt-get install -y wrk) and pgbench
# (/usr/lib/postgresql/15/bin). Environment: BENCH_CLIENTS (16), BENCH_WARMUP (600: cap of the HTTP warm-up, see bench_warm_up in lib.sh), BENCH_PGBENCH_WARMUP (10),
# BENCH_DURATION (30), BENCH_PGBENCH_THREADS (2), plus the launcher's REGISTRY_* variables.
# Every filing created stays in the database (deleting them would leave gaps in entry numbers);
# pgbench's are marked by the applicant name "Carla Gómez Rivera (pgbench)".
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"


bench_require_tools wrk pgbench curl psql
bench_require_app
bench_require_data

bench_load_setup reception
trap 'bench_stop_child; rm -f "$OUT/tokens.txt"' EXIT
started=$SECONDS

bench_machine
echo "data: $GEN_PER_OFFICE generated folios per office (<OFFICE>-FR-$GEN_FIRST_FOLIO..), entry year $GEN_YEAR;" \
  "filings in the database: $(psql_super -c 'select count(*) from filing.filing')"
echo "load: $CLIENTS clients, warm-up until steady (at most ${WARMUP} s), ${DURATION} s measured; output in $OUT"

# ---------------------------------------------------------------------------------------------
# HTTP with wrk: one thread per client, so that each client keeps its own token and connection
# ---------------------------------------------------------------------------------------------
# tokens live 5 minutes (realm default) and the warm-up can last 10: fresh ones for every run
fetch_tokens() { for ((i = 0; i < CLIENTS; i++)); do bench_token capturista1; done >"$OUT/tokens.txt"; }

bench_reception_script "$OUT/reception.lua"

run_wrk() { # seconds label
  fetch_tokens
  BENCH_TOKENS=$OUT/tokens.txt BENCH_FIRST_FOLIO=$GEN_FIRST_FOLIO BENCH_PER_OFFICE=$GEN_PER_OFFICE \
    bench_wrk "$1" "$2" "$OUT/reception.lua" "$BASE_URL/api/filings"
}

before_http=$(psql_super -c "select count(*) from filing.filing")
bench_say "HTTP warm-up until steady (at most ${WARMUP} s)"
bench_http_phases run_wrk created 201
after_http=$(psql_super -c "select count(*) from filing.filing")
http_created=$(( $(bench_warm_up_total created) + $(bench_field created "$HTTP") ))

# ---------------------------------------------------------------------------------------------
# pgbench: the same concurrency, as the application's database user, prepared statements
# ---------------------------------------------------------------------------------------------
# The filing row as the application writes it for this request (due date and fee of today's
# reception), taken from a filing the HTTP run just created.
read -r due fee_uma fee_mxn <<<"$(psql_super -F ' ' -c "select due_date, fee_uma, fee_mxn from filing.filing
  where procedure_type = 'COMPRAVENTA' and applicant_name = 'Carla Gómez Rivera' and deed_notary = 'Notaría 3'
  order by id desc limit 1")"
fee_explanation=$(psql_super -c "select fee_explanation from filing.filing where procedure_type = 'COMPRAVENTA'
  and applicant_name = 'Carla Gómez Rivera' and deed_notary = 'Notaría 3' order by id desc limit 1")
# bench.random_tracking_code() comes with the data set (generate-data.sh)

cat >"$OUT/reception.pgbench" <<'PGB'
\set o random(1, 4)
\set n random(:first_folio, :first_folio + :per_office - 1)
begin;
insert into filing.entry_number_counter as c (office, entry_year, last_value)
  values ((array['CHE', 'CUN', 'PDC', 'COZ'])[:o], :year, 1)
  on conflict (office, entry_year) do update set last_value = c.last_value + 1
  returning c.office as office, c.last_value as seq \gset
insert into filing.filing (office, entry_year, entry_sequence, tracking_code, procedure_type,
    applicant_name, applicant_curp, status, received_at, priority_at, due_date, term_business_days,
    act_value_mxn, deed_number, deed_notary, pages, fee_uma, fee_mxn, fee_explanation, version)
  values (:office, :year, :seq, bench.random_tracking_code(), 'COMPRAVENTA',
    'Carla Gómez Rivera (pgbench)', 'GOMC850101MQRRRR09', 'RECEIVED', date_trunc('milliseconds', clock_timestamp()),
    date_trunc('milliseconds', clock_timestamp()), :due::date, 15, 1500000.00, '1', 'Notaría 3', 1,
    :fee_uma::numeric, :fee_mxn::numeric, :fee_explanation, 0)
  returning id \gset
insert into filing.filing_folio (filing_id, folio_number)
  values (:id, format('%s-FR-%s', :office::text, lpad(:n::text, 6, '0')));
insert into filing.filing_transition (filing_id, position, from_status, to_status, actor, occurred_at, reason)
  values (:id, 0, null, 'RECEIVED', 'capturista1', date_trunc('milliseconds', clock_timestamp()), 'Recepción');
end;
PGB

bench_measure_pgbench "" "$OUT/reception.pgbench" -D first_folio="$GEN_FIRST_FOLIO" -D per_office="$GEN_PER_OFFICE" \
  -D year="$GEN_YEAR" -D due="$due" -D fee_uma="$fee_uma" -D fee_mxn="$fee_mxn" -D fee_explanation="$fee_explanation"
pg_failed=$(awk '/number of failed transactions/ {print $5}' "$OUT/pgbench-measured.txt")
pg_rows=$(psql_super -c "select count(*) from filing.filing where applicant_name = 'Carla Gómez Rivera (pgbench)'")

# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------
gaps=$(psql_super -c "select coalesce(string_agg(office || ': ' || n || ' filings, max ' || mx || ', counter ' || lv, '; '), 'none')
  from (select f.office, count(*) n, max(f.entry_sequence) mx, c.last_value lv
          from filing.filing f join filing.entry_number_counter c on c.office = f.office and c.entry_year = f.entry_year
         where f.entry_year = $GEN_YEAR group by f.office, c.last_value) x
 where n <> mx or n <> lv")
http_rps=$(bench_field rps "$HTTP"); http_p50=$(bench_field p50_ms "$HTTP"); http_p99=$(bench_field p99_ms "$HTTP")
ratio=$(awk -v a="$http_rps" -v b="$PG_TPS" 'BEGIN {printf "%.3f", a / b}')

echo
echo "== reception: POST /api/filings vs pgbench, $CLIENTS clients, ${DURATION} s measured"
cat "$OUT/load.txt"
printf '%-34s %12s %10s %10s\n' "" "per second" "p50 ms" "p99 ms"
printf '%-34s %12s %10s %10s\n' "HTTP POST /api/filings (201s)" "$http_rps" "$http_p50" "$http_p99"
printf '%-34s %12.1f %10s %10s\n' "pgbench counter+filing+2 rows" "$PG_TPS" "$PG_P50" "$PG_P99"
echo "ratio HTTP/pgbench throughput: $ratio (goal >= 0.5: $(awk -v r="$ratio" 'BEGIN {print (r >= 0.5) ? "met" : "NOT met"}'));" \
  "HTTP p99 $http_p99 ms (goal < 100 ms: $(awk -v p="$http_p99" 'BEGIN {print (p < 100) ? "met" : "NOT met"}'))"
echo "wrk: $HTTP"
echo "CPU per answered request (HTTP measured): $CPU_PER_REQUEST"
echo "pgbench: $PG_TX transactions, ${pg_failed:-0} failed; filings written by pgbench in total (all runs): $pg_rows"
echo "check: filings created by HTTP (warm-up + measured) $http_created, rows added $((after_http - before_http));" \
  "entry-number gaps or counter mismatches in $GEN_YEAR: $gaps"
echo "took $((SECONDS - started)) s; raw output in $OUT"
