#!/usr/bin/env bash
# The citizen's tracking page under load: anonymous GET /tramite/{trackingCode} (the Faces page,
# with the lookup budget's filter, the filing, its steps and its term) over a random sample of the
# generated filings, against a static file of the same size served by the same WildFly, in the same
# run: throughput, p50/p99 and the ratio page/static.
#
#   bench/tracking-page.sh        # per side: warm-up until steady, then 30 s measured
#
# The static file is one tracking page as the application rendered it (same bytes, same type),
# saved as pagina.html in a throw-away archive bench-static.war, deployed for the run at
# /bench-static through the management CLI and undeployed at the end: Undertow's default servlet,
# no filters, no security. Every client comes from 127.0.0.1, so the per-address lookup budget is
# raised for the run (bench_raise_lookup_budget in lib.sh) and put back at the end.
#
# Environment: BENCH_CLIENTS (64), BENCH_WARMUP (600), BENCH_WARMUP_MIN (240 for the page, 60 for
# the static file), BENCH_DURATION (30), BENCH_SAMPLE (10000), plus the launcher's REGISTRY_*.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SAMPLE=${BENCH_SAMPLE:-10000}
export BENCH_CLIENTS=${BENCH_CLIENTS:-64}

bench_require_tools wrk curl psql jar
bench_require_app
bench_require_data

bench_load_setup tracking
BASE_OUT=$OUT
bench_raise_lookup_budget
trap 'bench_stop_child; bench_restore_lookup_budget; bench_cli "undeploy bench-static.war" >/dev/null 2>&1 || true' EXIT
started=$SECONDS

bench_machine
echo "load: $CLIENTS clients, warm-up until steady (at most ${WARMUP} s), ${DURATION} s measured, $SAMPLE sampled codes; output in $BASE_OUT"
echo "filings in the database: $(psql_super -c 'select count(*) from filing.filing')"

psql_super -c "select tracking_code from filing.filing where id between $GEN_FIRST_ID and $GEN_LAST_ID
  order by random() limit $SAMPLE" >"$BASE_OUT/codes.txt"
(($(wc -l <"$BASE_OUT/codes.txt") > 0)) || bench_die "no tracking codes sampled"

# the static twin: one rendered page, byte for byte
mkdir -p "$BASE_OUT/static"
curl -fsS -o "$BASE_OUT/static/pagina.html" "$BASE_URL/tramite/$(head -1 "$BASE_OUT/codes.txt")"
page_bytes=$(wc -c <"$BASE_OUT/static/pagina.html")
(cd "$BASE_OUT/static" && jar cf ../bench-static.war pagina.html)
bench_cli "deploy $BASE_OUT/bench-static.war --force" >/dev/null
curl -fsS -o /dev/null "$BASE_URL/bench-static/pagina.html" || bench_die "the static twin is not served"
echo "page: $page_bytes bytes (the static twin the same)"

bench_wrk_script "$BASE_OUT/page.lua" 200 ok <<'LUA'
local codes = {}
for line in io.lines(os.getenv("BENCH_CODES")) do codes[#codes + 1] = line end

function request()
  return wrk.format("GET", "/tramite/" .. codes[math.random(#codes)])
end
LUA
bench_wrk_script "$BASE_OUT/static.lua" 200 ok <<'LUA'
function request()
  return wrk.format("GET", "/bench-static/pagina.html")
end
LUA

declare -A RESULT CPU
for side in page static; do
  OUT=$BASE_OUT/$side
  mkdir -p "$OUT"
  run_wrk() { BENCH_CODES=$BASE_OUT/codes.txt bench_wrk "$1" "$2" "$BASE_OUT/$side.lua" "$BASE_URL/"; }
  bench_say "$side: warm-up until steady"
  if [[ $side == static ]]; then
    BENCH_WARMUP_MIN=${BENCH_WARMUP_MIN:-60} bench_http_phases run_wrk ok 200
  else
    bench_http_phases run_wrk ok 200
  fi
  RESULT[$side]=$HTTP
  CPU[$side]=$CPU_PER_REQUEST
done

page_rps=$(bench_field rps "${RESULT[page]}"); static_rps=$(bench_field rps "${RESULT[static]}")
echo
echo "== tracking page GET /tramite/{code} vs a static file of the same size ($page_bytes bytes), same WildFly, $CLIENTS clients, ${DURATION} s measured"
for side in page static; do sed "s/^/$side: /" "$BASE_OUT/$side/load.txt"; done
printf '%-26s %12s %10s %10s\n' "" "per second" "p50 ms" "p99 ms"
for side in page static; do
  printf '%-26s %12s %10s %10s\n' "$side" "$(bench_field rps "${RESULT[$side]}")" \
    "$(bench_field p50_ms "${RESULT[$side]}")" "$(bench_field p99_ms "${RESULT[$side]}")"
done
awk -v a="$page_rps" -v b="$static_rps" 'BEGIN {printf "ratio page/static throughput: %.3f\n", a / b}'
for side in page static; do
  echo "wrk $side: ${RESULT[$side]}"
  echo "CPU per answered request ($side): ${CPU[$side]}"
done
echo "took $((SECONDS - started)) s; raw output in $BASE_OUT"
