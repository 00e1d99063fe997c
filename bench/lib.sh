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

# A field of wrk's RESULT line
bench_field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$2"; }

# The measured HTTP phase with the script's run_wrk: sets HTTP (wrk's RESULT line) and
# CPU_PER_REQUEST (WildFly's and PostgreSQL's CPU per answer counted in field $2).
bench_measure_http() { # run_wrk field
  local before after
  bench_say "HTTP measured ${DURATION} s"
  before=$(bench_cpu_snapshot)
  "$1" "$DURATION" measured
  after=$(bench_cpu_snapshot)
  HTTP=$(grep '^RESULT' "$OUT/wrk-measured.txt") || { cat "$OUT/wrk-measured.txt" >&2; bench_die "no wrk result"; }
  CPU_PER_REQUEST=$(bench_cpu_per_request "$before" "$after" "$(bench_field "$2" "$HTTP")")
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
