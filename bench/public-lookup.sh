#!/usr/bin/env bash
# Public status lookup throughput and latency: anonymous GET /api/public/filings/{trackingCode}
# through HTTP (wrk, 16 concurrent clients) over a random sample of generated tracking codes,
# against pgbench selecting the filing row by tracking_code at the same concurrency, in the same
# run, and the ratio.
#
#   bench/public-lookup.sh        # 10 s warm-up + 30 s measured, for HTTP and then for pgbench
#
# The sample (BENCH_SAMPLE codes, default 10,000, drawn from the filings of
# bench/generate-data.sh) is written to a file for wrk and to the table bench.lookup_sample for
# pgbench, whose transaction is one statement:
#   select f.* from filing.filing f
#    where f.tracking_code = (select tracking_code from bench.lookup_sample where n = :n)
# (the sub-select is a primary-key probe: pgbench cannot pick a random string by itself).
#
# Every client comes from 127.0.0.1: the per-address budget of lookups is raised for the run
# (bench_raise_lookup_budget in lib.sh) and put back at the end.
#
# Environment: BENCH_CLIENTS (16), BENCH_WARMUP (600: cap of the HTTP warm-up, see bench_warm_up in lib.sh), BENCH_PGBENCH_WARMUP (10), BENCH_DURATION (30), BENCH_SAMPLE (10000),
# BENCH_PGBENCH_THREADS (2), plus the launcher's REGISTRY_* variables.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SAMPLE=${BENCH_SAMPLE:-10000}

bench_require_tools wrk pgbench curl psql
bench_require_app
bench_require_data

bench_load_setup lookup
bench_raise_lookup_budget
trap 'bench_stop_child; bench_restore_lookup_budget' EXIT
started=$SECONDS

bench_machine
echo "load: $CLIENTS clients, warm-up until steady (at most ${WARMUP} s), ${DURATION} s measured, $SAMPLE sampled codes; output in $OUT"

# the sample, the same for both sides
psql_super <<SQL
set client_min_messages = warning;
create schema if not exists bench;
grant usage on schema bench to $DB_USER;
drop table if exists bench.lookup_sample;
create table bench.lookup_sample (n integer primary key, tracking_code varchar(19) not null);
insert into bench.lookup_sample (n, tracking_code)
select row_number() over (), tracking_code
  from (select tracking_code from filing.filing
         where id between $GEN_FIRST_ID and $GEN_LAST_ID order by random() limit $SAMPLE) s;
grant select on bench.lookup_sample to $DB_USER;
analyze bench.lookup_sample;
SQL
psql_super -c "select tracking_code from bench.lookup_sample order by n" >"$OUT/codes.txt"
samples=$(wc -l <"$OUT/codes.txt")
((samples > 0)) || bench_die "no tracking codes sampled"

# ---------------------------------------------------------------------------------------------
# HTTP with wrk, anonymous
# ---------------------------------------------------------------------------------------------
bench_wrk_script "$OUT/lookup.lua" 200 ok <<'LUA'
local codes = {}
for line in io.lines(os.getenv("BENCH_CODES")) do codes[#codes + 1] = line end

function request()
  return wrk.format("GET", "/api/public/filings/" .. codes[math.random(#codes)])
end
LUA

run_wrk() { # seconds label
  BENCH_CODES=$OUT/codes.txt bench_wrk "$1" "$2" "$OUT/lookup.lua" "$BASE_URL/api/public/filings/"
}

bench_say "HTTP warm-up until steady (at most ${WARMUP} s)"
bench_http_phases run_wrk ok 200

# ---------------------------------------------------------------------------------------------
# pgbench: the filing row by tracking code
# ---------------------------------------------------------------------------------------------
cat >"$OUT/lookup.pgbench" <<'PGB'
\set n random(1, :samples)
select f.* from filing.filing f
 where f.tracking_code = (select s.tracking_code from bench.lookup_sample s where s.n = :n);
PGB

bench_measure_pgbench "" "$OUT/lookup.pgbench" -D samples="$samples"

http_rps=$(bench_field rps "$HTTP"); http_p50=$(bench_field p50_ms "$HTTP"); http_p99=$(bench_field p99_ms "$HTTP")
ratio=$(awk -v a="$http_rps" -v b="$PG_TPS" 'BEGIN {printf "%.3f", a / b}')

echo
echo "== public lookup: GET /api/public/filings/{code} vs pgbench, $CLIENTS clients, ${DURATION} s measured"
cat "$OUT/load.txt"
printf '%-34s %12s %10s %10s\n' "" "per second" "p50 ms" "p99 ms"
printf '%-34s %12s %10s %10s\n' "HTTP GET public status (200s)" "$http_rps" "$http_p50" "$http_p99"
printf '%-34s %12.1f %10s %10s\n' "pgbench select by tracking_code" "$PG_TPS" "$PG_P50" "$PG_P99"
echo "ratio HTTP/pgbench throughput: $ratio"
echo "wrk: $HTTP"
echo "CPU per answered request (HTTP measured): $CPU_PER_REQUEST"
echo "pgbench: $PG_TX transactions"
echo "took $((SECONDS - started)) s; raw output in $OUT"
