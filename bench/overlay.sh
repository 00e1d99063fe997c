#!/usr/bin/env bash
# The full recompute of the parcel-zone overlay through the application against the floor, in the
# same run: the one hand-written PostGIS statement that computes the same table, run alone in psql.
#
#   bench/overlay.sh              # 3 rounds of each, alternating; round 1 of each is the warm-up
#
# HTTP: POST /api/plans/overlay as admin1 (a fresh token each time), timed by curl's time_total;
# the application deletes planning.parcel_zone and inserts ZoningOverlay.PAIRS (condition true) in
# one transaction and answers {"rows":N,"millis":M} after the commit (M is its own clock, between
# the EJB's start and end, without HTTP, the token check or the commit).
# Floor: psql as the application's database user, `begin; delete from planning.parcel_zone;
# <FLOOR_SQL>; commit;`, timed by the clock around the whole psql run (connection included, which
# is in the application's favour). FLOOR_SQL is written here by hand; it computes exactly the rows
# of PAIRS: every parcel × zone pair whose geometries intersect (&& then ST_Intersects), the area
# of the intersection (the parcel's own area when the zone covers it, the same shortcut as the
# application's, so that the floor is the best plain SQL and not a slower one), rounded to 0.01 m²,
# its share of the parcel rounded to 6 decimals and at most 1, pairs that round to 0 left out.
# After every run the script checks that the table is the same: row count, sum(area_m2),
# sum(share) and an md5 of all the rows in key order must equal those of the first run.
#
# Before every run, the previous run's dead rows are vacuumed away and a checkpoint is forced
# (as the superuser), so that both sides start from the same table and neither pays for the
# other's writes.
#
# Needs the parcels of bench/generate-parcels.sh (generated first when missing: BENCH_PARCELS,
# BENCH_ZONES). Environment: BENCH_ROUNDS (3), plus the launcher's REGISTRY_* variables.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROUNDS=${BENCH_ROUNDS:-3}
((ROUNDS >= 2)) || bench_die "BENCH_ROUNDS must be at least 2 (the first round is the warm-up)"

bench_require_tools curl psql
bench_require_app
bench_require_parcels

bench_load_setup overlay
started=$SECONDS

bench_machine
echo "data: $(psql_super -c "select count(*) from cadastre.parcel where retired_at is null") current parcels" \
  "($GEN_PARCELS generated), $(psql_super -c "select count(*) from planning.plan_zone") zones in" \
  "$(psql_super -c "select count(*) from planning.land_use_plan") plan versions ($GEN_ZONES generated)"
echo "rounds: $ROUNDS of each side, alternating, round 1 of each is the warm-up; output in $OUT"

# The floor: written by hand for this benchmark, not taken from the application.
FLOOR_SQL=$(cat <<'SQL'
insert into planning.parcel_zone (parcel_id, zone_id, plan_id, area_m2, share)
select pair.parcel_id, pair.zone_id, pair.plan_id,
       round(pair.overlap::numeric, 2),
       least(1, round((pair.overlap / pair.parcel_area)::numeric, 6))
  from (select p.id as parcel_id, z.id as zone_id, z.plan_id,
               ST_Area(p.geom) as parcel_area,
               -- a parcel inside its zone overlaps it with all its area: no intersection to compute
               case when ST_CoveredBy(p.geom, z.geom) then ST_Area(p.geom)
                    else ST_Area(ST_Intersection(p.geom, z.geom)) end as overlap
          from planning.plan_zone z
          join planning.land_use_plan l on l.id = z.plan_id
          join cadastre.parcel p on p.geom && z.geom and ST_Intersects(p.geom, z.geom)
         -- current parcels with every plan version; retired ones with the versions of their lifetime
         where p.retired_at is null or p.retired_at >= l.valid_from) pair
 -- touching boundaries and slivers that round to nothing are no overlap
 where round(pair.overlap::numeric, 2) > 0
   and round((pair.overlap / pair.parcel_area)::numeric, 6) > 0
SQL
)
printf 'begin;\ndelete from planning.parcel_zone;\n%s;\ncommit;\n' "$FLOOR_SQL" >"$OUT/floor.sql"

# what each run left in the table: rows, sum of areas, sum of shares, md5 of every row in key order
overlay_state() {
  psql_super -F ' ' -c "select count(*), coalesce(sum(area_m2), 0), coalesce(sum(share), 0),
      md5(coalesce(string_agg(concat_ws(' ', parcel_id, zone_id, plan_id, area_m2, share), ',' order by parcel_id, zone_id), ''))
    from planning.parcel_zone"
}
prepare_run() { psql_super -c 'vacuum planning.parcel_zone' -c 'checkpoint'; }

ms() { awk -v s="$1" 'BEGIN {printf "%.0f", s * 1000}'; }

run_http() { # label
  local token answer status seconds
  token=$(bench_token admin1)
  answer=$(curl -sS -o "$OUT/http-$1.json" -w '%{http_code} %{time_total}' --max-time 3600 -X POST \
    -H "Authorization: Bearer $token" "$BASE_URL/api/plans/overlay") || bench_die "HTTP recompute failed ($1)"
  read -r status seconds <<<"$answer"
  [[ $status == 200 ]] || { cat "$OUT/http-$1.json" >&2; bench_die "HTTP recompute answered $status ($1)"; }
  HTTP_MS=$(ms "$seconds")
  HTTP_ROWS=$(sed -E 's/.*"rows":([0-9]+).*/\1/' "$OUT/http-$1.json")
  HTTP_APP_MS=$(sed -E 's/.*"millis":([0-9]+).*/\1/' "$OUT/http-$1.json")
}
run_floor() { # label
  local t0 t1
  t0=$(date +%s%N)
  psql_app -c '\timing on' -f "$OUT/floor.sql" >"$OUT/floor-$1.txt" 2>&1 || { cat "$OUT/floor-$1.txt" >&2; bench_die "floor failed ($1)"; }
  t1=$(date +%s%N)
  FLOOR_MS=$(((t1 - t0) / 1000000))
}
check_state() { # side round
  local state; state=$(overlay_state)
  echo "$1 round $2: $state" >>"$OUT/states.txt"
  if [[ -z ${REFERENCE:-} ]]; then
    REFERENCE=$state
  elif [[ $state != "$REFERENCE" ]]; then
    bench_die "$1 round $2 left another overlay: '$state', first run: '$REFERENCE' (see $OUT/states.txt)"
  fi
}

: >"$OUT/rounds.txt"
for ((round = 1; round <= ROUNDS; round++)); do
  prepare_run
  bench_say "round $round: HTTP POST /api/plans/overlay"
  run_http "$round"
  check_state HTTP "$round"
  ((HTTP_ROWS == ${REFERENCE%% *})) || bench_die "HTTP answered rows=$HTTP_ROWS, the table holds ${REFERENCE%% *}"
  bench_say "  $HTTP_MS ms ($HTTP_ROWS rows; the application's own clock: $HTTP_APP_MS ms)"
  prepare_run
  bench_say "round $round: floor (one statement in psql)"
  run_floor "$round"
  check_state floor "$round"
  bench_say "  $FLOOR_MS ms"
  echo "$round $HTTP_MS $HTTP_APP_MS $FLOOR_MS" >>"$OUT/rounds.txt"
done

median() { # column of rounds.txt, measured rounds only
  awk -v c="$1" 'NR > 1 {print $c}' "$OUT/rounds.txt" | sort -n | awk '{v[NR] = $1} END {
    if (NR % 2) print v[(NR + 1) / 2]; else printf "%.0f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
http_median=$(median 2); app_median=$(median 3); floor_median=$(median 4)
ratio=$(awk -v a="$http_median" -v b="$floor_median" 'BEGIN {printf "%.3f", a / b}')
read -r rows area share _ <<<"$REFERENCE"
straddling=$(psql_super -c "select count(*) from (select parcel_id from planning.parcel_zone group by parcel_id having count(*) > 1) s")

echo
echo "== overlay: POST /api/plans/overlay vs the hand-written statement, $ROUNDS rounds (round 1 = warm-up)"
printf '%-6s %14s %18s %12s\n' round "HTTP ms" "(application ms)" "floor ms"
while read -r r h a f; do printf '%-6s %14s %18s %12s\n' "$r$( ((r == 1)) && echo '*')" "$h" "($a)" "$f"; done <"$OUT/rounds.txt"
echo "* warm-up, not counted"
echo "median of rounds 2..$ROUNDS: HTTP $http_median ms (application's clock $app_median ms), floor $floor_median ms"
echo "ratio HTTP/floor: $ratio (goal <= 1.2: $(awk -v r="$ratio" 'BEGIN {print (r <= 1.2) ? "met" : "NOT met"}'))"
echo "check: every run left the same overlay: $rows rows, sum(area_m2) $area, sum(share) $share (md5 of the rows equal);" \
  "$straddling parcels in more than one zone"
echo "took $((SECONDS - started)) s; raw output in $OUT"
