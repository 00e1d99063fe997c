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
# Environment: BENCH_CLIENTS (16), BENCH_WARMUP (600: cap of the HTTP warm-up, see bench_warm_up in lib.sh), BENCH_PGBENCH_WARMUP (10), BENCH_DURATION (30), BENCH_SAMPLE (10000),
# BENCH_PGBENCH_THREADS (2), plus the launcher's REGISTRY_* variables.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SAMPLE=${BENCH_SAMPLE:-10000}

bench_require_tools wrk pgbench curl psql
bench_require_app
bench_require_data

bench_load_setup lookup
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
cat >"$OUT/lookup.lua" <<'LUA'
local codes = {}
for line in io.lines(os.getenv("BENCH_CODES")) do codes[#codes + 1] = line end
local threads = {}
local created = 0

function setup(thread)
  created = created + 1
  thread:set("client", created)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + client * 7919)
  statuses = {}
end

function request()
  return wrk.format("GET", "/api/public/filings/" .. codes[math.random(#codes)])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status ~= 200 and sample == nil then sample = status .. " " .. body end
end

function done(summary, latency, requests)
  local all = {}
  for _, t in ipairs(threads) do
    for code, n in pairs(t:get("statuses")) do all[code] = (all[code] or 0) + n end
    local s = t:get("sample")
    if s ~= nil then io.write("first non-200 answer: ", s, "\n") end
  end
  local codes = {}
  for code, n in pairs(all) do table.insert(codes, code .. "=" .. n) end
  table.sort(codes)
  local ok = all[200] or 0
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT requests=%d ok=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f statuses=%s socket_errors=%d\n",
    summary.requests, ok, seconds, ok / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, table.concat(codes, ","),
    e.connect + e.read + e.write + e.timeout))
end
LUA

run_wrk() { # seconds label
  BENCH_CODES=$OUT/codes.txt bench_run_load "$1" "HTTP $2" "$OUT/wrk-$2.txt" \
    wrk -t "$CLIENTS" -c "$CLIENTS" -d "${1}s" --timeout 30s --latency \
    -s "$OUT/lookup.lua" "$BASE_URL/api/public/filings/"
}

bench_say "HTTP warm-up until steady (at most ${WARMUP} s)"
bench_warm_up run_wrk ok
grep -h '^RESULT\|first non-200' "$OUT/wrk-warmup.txt" | sed 's/^/  warm-up /' >&2
(( $(bench_warm_up_total ok) > 0 )) || bench_die "no 200 during the warm-up: see $OUT/wrk-warmup.txt"
bench_measure_http run_wrk ok
grep 'first non-200' "$OUT/wrk-measured.txt" >&2 || true

# ---------------------------------------------------------------------------------------------
# pgbench: the filing row by tracking code
# ---------------------------------------------------------------------------------------------
cat >"$OUT/lookup.pgbench" <<'PGB'
\set n random(1, :samples)
select f.* from filing.filing f
 where f.tracking_code = (select s.tracking_code from bench.lookup_sample s where s.n = :n);
PGB

run_pgbench() { # seconds label
  local dir=$OUT/pgbench-$2
  mkdir -p "$dir"
  bench_run_load "$1" "pgbench $2" "$OUT/pgbench-$2.txt" pgbench_in "$dir" "$1"
}
pgbench_in() { # dir seconds
  local dir=$1 seconds=$2
  (cd "$dir" && PGPASSWORD=$DB_PASSWORD "$PGBENCH" -n -M prepared -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" \
    -c "$CLIENTS" -j "$PGB_THREADS" -T "$seconds" -r -l --log-prefix="$dir/tx" -D samples="$samples" \
    -f "$OUT/lookup.pgbench" "$DB_NAME")
}

bench_say "pgbench warm-up ${PG_WARMUP} s"
run_pgbench "$PG_WARMUP" warmup
bench_say "pgbench measured ${DURATION} s"
run_pgbench "$DURATION" measured
pg_tx=$(awk '/number of transactions actually processed/ {print $NF}' "$OUT/pgbench-measured.txt" | cut -d/ -f1)
pg_tps=$(awk '/^tps = / {print $3; exit}' "$OUT/pgbench-measured.txt")
read -r pg_p50 pg_p99 <<<"$(cat "$OUT"/pgbench-measured/tx.* | awk '{print $3}' | bench_percentiles)"

http_rps=$(bench_field rps "$HTTP"); http_p50=$(bench_field p50_ms "$HTTP"); http_p99=$(bench_field p99_ms "$HTTP")
ratio=$(awk -v a="$http_rps" -v b="$pg_tps" 'BEGIN {printf "%.3f", a / b}')

echo
echo "== public lookup: GET /api/public/filings/{code} vs pgbench, $CLIENTS clients, ${DURATION} s measured"
cat "$OUT/load.txt"
printf '%-34s %12s %10s %10s\n' "" "per second" "p50 ms" "p99 ms"
printf '%-34s %12s %10s %10s\n' "HTTP GET public status (200s)" "$http_rps" "$http_p50" "$http_p99"
printf '%-34s %12.1f %10s %10s\n' "pgbench select by tracking_code" "$pg_tps" "$pg_p50" "$pg_p99"
echo "ratio HTTP/pgbench throughput: $ratio"
echo "wrk: $HTTP"
echo "CPU per answered request (HTTP measured): $CPU_PER_REQUEST"
echo "pgbench: $pg_tx transactions"
echo "took $((SECONDS - started)) s; raw output in $OUT"
