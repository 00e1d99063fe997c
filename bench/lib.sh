# Shared by the bench/*.sh scripts (sourced, not run). Settings as the launcher's environment
# variables, with the same demo defaults as ./registry.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
HTTP_PORT=${REGISTRY_HTTP_PORT:-8080}
KC_PORT=${REGISTRY_KEYCLOAK_PORT:-8180}
DB_PORT=${REGISTRY_DB_PORT:-55432}
DB_NAME=${REGISTRY_DB_NAME:-registry}
DB_USER=${REGISTRY_DB_USER:-registry}
DB_PASSWORD=${REGISTRY_DB_PASSWORD:-registry-demo}
DB_SUPERUSER_PASSWORD=${REGISTRY_DB_SUPERUSER_PASSWORD:-postgres-demo}
BASE_URL=http://127.0.0.1:$HTTP_PORT
# tokens must come from the issuer the application trusts (http://localhost:<port>/realms/rppc)
KC_URL=http://localhost:$KC_PORT
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PGBENCH=$PG_BIN/pgbench

bench_say() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }
bench_die() { printf '\033[1;31m[bench] %s\033[0m\n' "$*" >&2; exit 1; }

# psql as the superuser (bookkeeping) and as the application's user (what pgbench runs as)
psql_super() {
  PGPASSWORD=$DB_SUPERUSER_PASSWORD psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U postgres -d "$DB_NAME" "$@"
}
psql_app() {
  PGPASSWORD=$DB_PASSWORD psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" "$@"
}

# WildFly's management CLI on the instance under test (management port = 9990 + HTTP port - 8080,
# as ./registry sets it), for run-time system properties such as the switches below.
bench_cli() { # command
  local cli
  cli=$(ls "${REGISTRY_WORK_DIR:-$ROOT/.work/dev}"/wildfly-*/bin/jboss-cli.sh 2>/dev/null | head -1)
  [[ -n $cli ]] || bench_die "no WildFly under ${REGISTRY_WORK_DIR:-$ROOT/.work/dev}"
  "$cli" --connect --controller="127.0.0.1:$((9990 + HTTP_PORT - 8080))" --command="$1"
}
bench_system_property() { # name value|"" (removes it)
  bench_cli "/system-property=$1:remove" >/dev/null 2>&1 || true
  [[ -z $2 ]] || bench_cli "/system-property=$1:add(value=$2)" >/dev/null
}

# All of a benchmark's clients come from 127.0.0.1, one address: the budget of anonymous lookups
# per address (PublicLookups, 30 a minute) is raised far above any rate reached here for the run
# and put back at the end. The budget's bookkeeping still runs on every lookup.
bench_raise_lookup_budget() {
  bench_system_property rppc.public-lookups.burst 100000000
  bench_system_property rppc.public-lookups.per-minute 100000000
}
bench_restore_lookup_budget() {
  bench_system_property rppc.public-lookups.burst ""
  bench_system_property rppc.public-lookups.per-minute ""
}

# An access token of a demo user (password = user name) from the public client registry-cli.
# Fetch tokens one after the other: with the realm's brute-force protection, Keycloak refuses
# concurrent password grants of one user ("Invalid user credentials", user_temporarily_disabled).
bench_token() {
  local user=$1 response attempt
  for attempt in 1 2 3 4 5; do
    if response=$(curl -fsS --max-time 20 -d grant_type=password -d client_id=registry-cli \
      -d "username=$user" -d "password=$user" "$KC_URL/realms/rppc/protocol/openid-connect/token" 2>/dev/null); then
      sed -E 's/.*"access_token":"([^"]+)".*/\1/' <<<"$response"
      return 0
    fi
    sleep 2
  done
  bench_die "no token for $user from $KC_URL (is Keycloak up? ./registry up)"
}

bench_require_tools() {
  local tool
  for tool in "$@"; do
    case $tool in
      wrk) command -v wrk >/dev/null || bench_die "wrk is missing: apt-get install -y wrk" ;;
      pgbench) [[ -x $PGBENCH ]] || bench_die "pgbench is missing at $PGBENCH (Debian postgresql-15)" ;;
      *) command -v "$tool" >/dev/null || bench_die "$tool is missing" ;;
    esac
  done
}

bench_require_app() {
  curl -fsS -o /dev/null --max-time 10 "$BASE_URL/api/health" \
    || bench_die "the application does not answer at $BASE_URL/api/health (start it: ./registry up)"
}

# The generated data set (bench/generate-data.sh): sets GEN_PER_OFFICE, GEN_FIRST_FOLIO,
# GEN_YEAR, GEN_FIRST_ID, GEN_LAST_ID.
bench_require_data() {
  local row
  row=$(psql_super -F ' ' -c "select folios / 4, entry_year, first_filing_id, last_filing_id from bench.generation" 2>/dev/null) || row=
  [[ -n $row ]] || bench_die "no generated data set: run bench/generate-data.sh first"
  read -r GEN_PER_OFFICE GEN_YEAR GEN_FIRST_ID GEN_LAST_ID <<<"$row"
  GEN_FIRST_FOLIO=500001
}

# The generated parcels and zones (bench/generate-parcels.sh), generated first when missing: sets
# GEN_PARCELS, GEN_ZONES, GEN_PLAN_ID, GEN_KEY_PREFIX and the layout's extent in longitude and
# latitude (GEN_LON_MIN GEN_LAT_MIN GEN_LON_MAX GEN_LAT_MAX).
bench_require_parcels() {
  local row
  row=$(psql_super -c "select 1 from bench.parcel_generation" 2>/dev/null) || row=
  [[ -n $row ]] || bash "$BENCH_DIR/generate-parcels.sh" >&2 || bench_die "bench/generate-parcels.sh failed"
  row=$(psql_super -F ' ' -c "select parcels, zones, plan_id, key_prefix, lon_min, lat_min, lon_max, lat_max
                               from bench.parcel_generation") || row=
  [[ -n $row ]] || bench_die "no generated parcels: bench/generate-parcels.sh recorded nothing"
  read -r GEN_PARCELS GEN_ZONES GEN_PLAN_ID GEN_KEY_PREFIX GEN_LON_MIN GEN_LAT_MIN GEN_LON_MAX GEN_LAT_MAX <<<"$row"
}

# Machine and concurrent load, for the record: cores, memory, Java, load average, and the busiest
# processes over 3 seconds (other developers' test suites share this machine).
bench_machine() {
  echo "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MiB RAM, $(uname -sr)"
  echo "java: $(java -version 2>&1 | head -n 2 | tail -n 1)"
  echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
}
bench_load_snapshot() { # label
  local label=$1
  echo "load [$label]: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min)"
  top -b -c -d 3 -n 2 -w 400 2>/dev/null | awk '/^top -/ {n++} n == 2' \
    | awk 'f && $9 + 0 >= 4 {cmd = ""; for (i = 12; i <= NF; i++) cmd = cmd " " $i
                              printf "    %5s%% %-8s %s\n", $9, $2, substr(cmd, 2, 90)} /^ *PID/ {f = 1}' | head -n 10
}

# Settings and bookkeeping shared by the HTTP-vs-pgbench scripts; $1 names the output folder
# (OUT). A load running in the background (CHILD) is stopped if the script ends early.
bench_load_setup() { # name
  CLIENTS=${BENCH_CLIENTS:-16}
  WARMUP=${BENCH_WARMUP:-600}
  PG_WARMUP=${BENCH_PGBENCH_WARMUP:-10}
  DURATION=${BENCH_DURATION:-30}
  PGB_THREADS=${BENCH_PGBENCH_THREADS:-2}
  OUT=$(mktemp -d "${TMPDIR:-/tmp}/rppc-bench-$1.XXXXXX")
  CHILD=
  trap bench_stop_child EXIT
}
bench_stop_child() {
  if [[ -n ${CHILD:-} ]] && kill -0 "$CHILD" 2>/dev/null; then kill "$CHILD" 2>/dev/null || true; fi
}

# Runs a load (a command or function, in the background) for its seconds, with a snapshot of the
# machine's load halfway through, and fails loudly if it fails.
bench_run_load() { # seconds label output command...
  local seconds=$1 label=$2 output=$3
  shift 3
  "$@" >"$output" 2>&1 &
  CHILD=$!
  sleep $((seconds / 2)); bench_load_snapshot "$label, mid-run" >>"$OUT/load.txt"
  wait "$CHILD" || { cat "$output" >&2; bench_die "$label failed"; }
  CHILD=
}

# A wrk script: the common part (each thread one client, numbered in `client`, with the token of
# its turn from the file BENCH_TOKENS when set, the headers of the table HEADERS plus that token in
# `headers`, answers counted per status, one RESULT line at the end) followed by the script's own
# Lua, read from stdin, which defines request() and may define HEADERS at its top level.
# $2 is the expected status, $3 the RESULT field that counts it (ok|created).
bench_wrk_script() { # file status field < lua
  {
    printf 'local OK_STATUS, OK_FIELD = %d, "%s"\n' "$2" "$3"
    cat <<'LUA'
local tokens = {}
if os.getenv("BENCH_TOKENS") then
  for line in io.lines(os.getenv("BENCH_TOKENS")) do tokens[#tokens + 1] = line end
end
local threads = {}
local created = 0

function setup(thread)
  created = created + 1
  thread:set("client", created)
  if #tokens > 0 then thread:set("token", tokens[(created - 1) % #tokens + 1]) end
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + client * 7919)
  statuses = {}
  headers = {}
  for name, value in pairs(HEADERS or {}) do headers[name] = value end
  if token then headers["Authorization"] = "Bearer " .. token end
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status ~= OK_STATUS and sample == nil then sample = status .. " " .. body end
end

function done(summary, latency, requests)
  local all = {}
  for _, t in ipairs(threads) do
    for code, n in pairs(t:get("statuses")) do all[code] = (all[code] or 0) + n end
    local s = t:get("sample")
    if s ~= nil then io.write("first non-", OK_STATUS, " answer: ", s, "\n") end
  end
  local codes = {}
  for code, n in pairs(all) do table.insert(codes, code .. "=" .. n) end
  table.sort(codes)
  local ok = all[OK_STATUS] or 0
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT requests=%d %s=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f statuses=%s socket_errors=%d bytes=%d\n",
    summary.requests, OK_FIELD, ok, seconds, ok / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, table.concat(codes, ","),
    e.connect + e.read + e.write + e.timeout, summary.bytes))
end

-- the script's own part
LUA
    cat
  } >"$1"
}

# A pgbench phase of the transaction file $3 as the application's user over TCP, prepared
# statements, CLIENTS clients on PGB_THREADS threads, with a per-transaction log in
# $OUT/pgbench-<label>/ for the percentiles; further arguments (-D name=value) go to pgbench.
bench_pgbench() { # seconds label file [pgbench arguments...]
  local seconds=$1 label=$2 dir=$OUT/pgbench-$2
  mkdir -p "$dir"
  bench_run_load "$seconds" "pgbench $label" "$OUT/pgbench-$label.txt" bench_pgbench_in "$dir" "$@"
}
bench_pgbench_in() { # dir seconds label file [pgbench arguments...]
  local dir=$1 seconds=$2 file=$4
  shift 4
  (cd "$dir" && PGPASSWORD=$DB_PASSWORD "$PGBENCH" -n -M prepared -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" \
    -c "$CLIENTS" -j "$PGB_THREADS" -T "$seconds" -r -l --log-prefix="$dir/tx" "$@" -f "$file" "$DB_NAME")
}
# pgbench's warm-up (PG_WARMUP s, label <name>warmup) and measured phase (DURATION s, label
# <name>measured) of the transaction file $2; sets PG_TX, PG_TPS, PG_P50 and PG_P99 (ms).
bench_measure_pgbench() { # name-prefix file [pgbench arguments...]
  local prefix=$1
  shift
  bench_say "pgbench ${prefix}warm-up ${PG_WARMUP} s"
  bench_pgbench "$PG_WARMUP" "${prefix}warmup" "$@"
  bench_say "pgbench ${prefix}measured ${DURATION} s"
  bench_pgbench "$DURATION" "${prefix}measured" "$@"
  PG_TX=$(awk '/number of transactions actually processed/ {print $NF}' "$OUT/pgbench-${prefix}measured.txt" | cut -d/ -f1)
  PG_TPS=$(awk '/^tps = / {print $3; exit}' "$OUT/pgbench-${prefix}measured.txt")
  read -r PG_P50 PG_P99 <<<"$(cat "$OUT/pgbench-${prefix}measured"/tx.* | awk '{print $3}' | bench_percentiles)"
}

# A wrk phase of the script's Lua file on URL: CLIENTS clients, one thread each (so each keeps its
# own connection and token), 30 s timeout, latency histogram; output in $OUT/wrk-<label>.txt.
# The Lua script of a reception load (wrk): each request files a COMPRAVENTA on a random generated
# folio of a random office (the folio's office is the filing's office), with a valid act. Reads
# BENCH_TOKENS, BENCH_FIRST_FOLIO and BENCH_PER_OFFICE from the environment of wrk.
bench_reception_script() { # file
  bench_wrk_script "$1" 201 created <<'LUA'
local first = tonumber(os.getenv("BENCH_FIRST_FOLIO"))
local per_office = tonumber(os.getenv("BENCH_PER_OFFICE"))
local offices = {"CHE", "CUN", "PDC", "COZ"}
HEADERS = {["Content-Type"] = "application/json"}

function request()
  local office = offices[math.random(4)]
  local folio = string.format("%s-FR-%06d", office, math.random(first, first + per_office - 1))
  local body = string.format('{"office":"%s","procedureType":"COMPRAVENTA",'
    .. '"applicant":{"name":"Carla Gómez Rivera","curp":"GOMC850101MQRRRR09"},"folios":["%s"],'
    .. '"act":{"holders":[{"name":"Jorge Pérez Hernández","curp":"PEHJ900215HQRRRN00","share":100}],'
    .. '"value":1500000.00,"deed":{"number":"1","notary":"Notaría 3"}}}', office, folio)
  return wrk.format("POST", "/api/filings", headers, body)
end
LUA
}

bench_wrk() { # seconds label lua url
  bench_run_load "$1" "HTTP $2" "$OUT/wrk-$2.txt" \
    wrk -t "$CLIENTS" -c "$CLIENTS" -d "${1}s" --timeout 30s --latency -s "$3" "$4"
}

# The HTTP side: warm-up until steady and the measured phase with the script's run_wrk (seconds
# label), counting answers of status $3 in the RESULT field $2; stops when the warm-up got none.
bench_http_phases() { # run_wrk field status
  bench_warm_up "$1" "$2"
  grep -h "^RESULT\|first non-$3" "$OUT/wrk-warmup.txt" | sed 's/^/  warm-up /' >&2
  (($(bench_warm_up_total "$2") > 0)) || bench_die "no $3 during the warm-up: see $OUT/wrk-warmup.txt"
  bench_measure_http "$1" "$2"
  grep "first non-$3" "$OUT/wrk-measured.txt" >&2 || true
}

# A field of wrk's RESULT line
bench_field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$2"; }

# The measured HTTP phase with the script's run_wrk: sets HTTP (wrk's RESULT line) and
# CPU_PER_REQUEST (WildFly's and PostgreSQL's CPU per answer counted in field $2).
bench_measure_http() { # run_wrk field
  local before after from
  bench_say "HTTP measured ${DURATION} s"
  bench_sql_stats_reset
  before=$(bench_cpu_snapshot)
  from=$(date -u +%FT%TZ)
  "$1" "$DURATION" measured
  after=$(bench_cpu_snapshot)
  # for a flight recording (BENCH_JFR=1): bench/JfrWindow.java reads this window's samples only
  echo "measured window (UTC): $from $(date -u +%FT%TZ)"
  HTTP=$(grep '^RESULT' "$OUT/wrk-measured.txt") || { cat "$OUT/wrk-measured.txt" >&2; bench_die "no wrk result"; }
  CPU_PER_REQUEST=$(bench_cpu_per_request "$before" "$after" "$(bench_field "$2" "$HTTP")")
  bench_sql_stats_report "$(bench_field "$2" "$HTTP")"
}

# With BENCH_SQL_STATS=1 (the launcher then loads pg_stat_statements): the statements of the
# measured phase, per answered request, to compare what two revisions ask of the database.
bench_sql_stats_reset() {
  [[ -n ${BENCH_SQL_STATS:-} ]] || return 0
  psql_super -c "create extension if not exists pg_stat_statements" -c "select pg_stat_statements_reset()" >/dev/null
}
bench_sql_stats_report() { # answered requests
  [[ -n ${BENCH_SQL_STATS:-} ]] || return 0
  (($1 > 0)) || { echo "SQL statements: no answered request to divide by"; return 0; }
  echo "SQL statements of the measured phase per answered request ($1), by total time, and their total:"
  psql_super -F $'\t' -c "with s as (select * from pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database())),
      top as (select round(calls::numeric / $1, 2) as per_request,
          round((total_exec_time / $1)::numeric, 3) as ms_per_request, round(mean_exec_time::numeric, 3) as mean_ms,
          round(rows::numeric / greatest(calls, 1), 1) as rows_per_call,
          round((shared_blks_hit + shared_blks_read)::numeric / greatest(calls, 1), 1) as blocks_per_call,
          left(regexp_replace(query, '\s+', ' ', 'g'), 160) as query
        from s order by total_exec_time desc limit 30)
    select * from top
    union all
    select round(sum(calls)::numeric / $1, 2), round((sum(total_exec_time) / $1)::numeric, 3), null, null, null, 'total'
      from s" | tee "$OUT/sql-stats.txt"
}

# HTTP warm-up until the server is steady: a fresh WildFly on 2 cores keeps compiling for minutes
# (its rate can stay flat for a minute before the optimising compiler catches up), so 30 s phases
# of the same load run for at least BENCH_WARMUP_MIN seconds (240) and then until one's rate is
# within 5 % of the previous one, or until the cap of BENCH_WARMUP seconds. $1 is the script's run_wrk (seconds label), $2 the name of the
# RESULT field to rate (created|ok). Phase results are appended to $OUT/wrk-warmup.txt.
bench_warm_up() { # run_wrk field
  local phase=0 previous=0 rate min=${BENCH_WARMUP_MIN:-240}
  : >"$OUT/wrk-warmup.txt"
  while :; do
    phase=$((phase + 1))
    "$1" 30 "warmup-$phase"
    cat "$OUT/wrk-warmup-$phase.txt" >>"$OUT/wrk-warmup.txt"
    rate=$(grep -h '^RESULT' "$OUT/wrk-warmup-$phase.txt" | sed -E "s/.* rps=([^ ]+).*/\1/")
    bench_say "  warm-up phase $phase: ${rate:-?} per second"
    if ((phase * 30 >= min)) &&
      awk -v a="${rate:-0}" -v b="$previous" 'BEGIN {exit !(b > 0 && a > 0 && (a - b) / b < 0.05 && (b - a) / b < 0.05)}'; then
      echo "warm-up: steady after $phase phases of 30 s" >>"$OUT/load.txt"
      return 0
    fi
    if ((phase * 30 >= WARMUP)); then
      echo "warm-up: NOT steady after $phase phases of 30 s (cap BENCH_WARMUP=$WARMUP s)" >>"$OUT/load.txt"
      return 0
    fi
    previous=${rate:-0}
  done
}
# total of a RESULT field over all warm-up phases
bench_warm_up_total() { # field
  grep -h '^RESULT' "$OUT/wrk-warmup.txt" | sed -E "s/.* $1=([0-9]+).*/\1/" | awk '{t += $1} END {print t + 0}'
}

# CPU time (utime + stime, in clock ticks) of the WildFly serving HTTP_PORT and of the PostgreSQL
# cluster on DB_PORT (postmaster and its backends), found by their listening sockets. Backends that
# exit in between (pgbench's connections) are lost, so this is for the HTTP phases, whose pooled
# connections live on.
bench_cpu_ticks() { # http|db
  local port pid total=0
  if [[ $1 == http ]]; then port=$HTTP_PORT; else port=$DB_PORT; fi
  pid=$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
  [[ -n $pid ]] || { echo 0; return; }
  for pid in $pid $( [[ $1 == db ]] && pgrep -P "$pid" ); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
bench_cpu_snapshot() { echo "$(bench_cpu_ticks http) $(bench_cpu_ticks db)"; }
# "WildFly x ms, PostgreSQL y ms" of CPU per request between two snapshots
bench_cpu_per_request() { # before after requests
  local hz; hz=$(getconf CLK_TCK)
  awk -v b="$1" -v a="$2" -v n="$3" -v hz="$hz" 'BEGIN {
    split(b, x, " "); split(a, y, " ")
    printf "WildFly %.2f ms, PostgreSQL %.2f ms", (y[1] - x[1]) * 1000 / hz / n, (y[2] - x[2]) * 1000 / hz / n }'
}

# p50 and p99 in milliseconds of a list of latencies in microseconds (one a line, on stdin)
bench_percentiles() {
  sort -n | awk '{v[NR] = $1} END {
    if (NR == 0) { print "n/a n/a"; exit }
    i50 = int(NR * 0.50); if (i50 < 1) i50 = 1; if (i50 > NR) i50 = NR
    i99 = int(NR * 0.99 + 0.999999); if (i99 < 1) i99 = 1; if (i99 > NR) i99 = NR
    printf "%.2f %.2f\n", v[i50] / 1000, v[i99] / 1000 }'
}
