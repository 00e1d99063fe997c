#!/usr/bin/env bash
# Anonymous low-zoom vector tiles of the public layers (municipalities, zones) through HTTP, against
# the tile query of the code before migration V21 ("before": every geometry meeting the tile
# reprojected to web mercator and simplified by ST_AsMVTGeom on each request) and the query the
# application runs now ("after": the web-mercator copies simplified per band of zooms), both in
# pgbench, in the same run: p50/p99 and throughput of each side, and the ratios after/before.
#
#   bench/public-tiles.sh            # per layer and zoom: HTTP warm-up until steady + 30 s,
#                                    # pgbench before 10 s + 30 s, pgbench after 10 s + 30 s
#
# The tiles: every tile of the zoom that meets the layer's extent (municipalities: INEGI's
# boundaries of Quintana Roo, 11 municipalities, ~47,000 vertices; zones: those of the plans in
# force, e.g. bench/generate-parcels.sh's 2,000), numbered row by row (n = (y − y0) · w + (x − x0)
# + 1) so that pgbench computes x and y from n instead of looking them up; each request picks one
# at random. Empty corner tiles are part of the list, as on a map.
# HTTP: wrk, BENCH_CLIENTS (16) clients, one thread each, keep-alive, anonymous (no token), GET
# /api/tiles/{layer}/{z}/{x}/{y}.mvt; the budget of anonymous map requests (PublicMapRequests) is
# raised far above the run's rate and put back at the end (its bookkeeping still runs per tile).
# pgbench: the same clients, prepared, as the application's database user, one transaction = one
# tile's query. "after" is SqlVectorTiles.MUNICIPALITIES / ZONES verbatim (SqlVectorTilesTest keeps
# the copy in step); "before" is the same constant as of commit 872b0c2, verbatim.
#
# Needs the INEGI municipalities (imported from gis-data/inegi when missing) and, for zones,
# zones in force today (bench/generate-parcels.sh's, or the demo's); wrk and pgbench. Environment: BENCH_PUBLIC_TILES ("municipalities:6 municipalities:8 zones:10"),
# BENCH_CLIENTS (16), BENCH_WARMUP (600), BENCH_WARMUP_MIN (240), BENCH_PGBENCH_WARMUP (10),
# BENCH_DURATION (30), BENCH_PGBENCH_THREADS (2), plus the launcher's REGISTRY_* variables.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PAIRS=${BENCH_PUBLIC_TILES:-municipalities:6 municipalities:8 zones:10}
DAY=$(TZ=America/Cancun date +%F)

bench_require_tools wrk pgbench curl psql
bench_require_app
if (($(psql_app -c "select count(*) from cadastre.municipality") == 0)); then
  # a fresh bench instance has none: INEGI's, through the API, as ./registry up loads them
  inegi=$ROOT/gis-data/inegi/AGEM_23.geojson
  [[ -f $inegi ]] || bench_die "no municipalities, and no $inegi to load them from"
  bench_say "loading INEGI's municipalities"
  curl -fsS -o /dev/null -H "Authorization: Bearer $(bench_token admin1)" -H 'Content-Type: application/geo+json' \
    --data-binary @"$inegi" "$BASE_URL/api/layers/municipalities/imports?fileName=AGEM_23.geojson" \
    || bench_die "the municipalities could not be imported"
fi

bench_load_setup public-tiles
BASE_OUT=$OUT
trap 'bench_stop_child; bench_system_property rppc.public-maps.burst ""; bench_system_property rppc.public-maps.per-minute ""' EXIT
bench_system_property rppc.public-maps.burst 100000000
bench_system_property rppc.public-maps.per-minute 100000000
started=$SECONDS

bench_machine
echo "data: $(psql_app -F ' ' -c "select count(*) || ' municipalities, ' || sum(ST_NPoints(geom)) || ' vertices' from cadastre.municipality");" \
  "$(psql_app -F ' ' -c "select count(*) || ' zones in force, ' || coalesce(sum(ST_NPoints(z.geom)), 0) || ' vertices'
     from planning.plan_zone z join planning.land_use_plan l on l.id = z.plan_id
    where l.valid_from <= '$DAY' and (l.valid_to is null or l.valid_to >= '$DAY')")"
echo "load: $CLIENTS clients, per layer and zoom warm-up until steady (${BENCH_WARMUP_MIN:-240}..$WARMUP s), ${DURATION} s measured;" \
  "pgbench ${PG_WARMUP} s + ${DURATION} s per query; output in $BASE_OUT"

# ---------------------------------------------------------------------------------------------
# The queries, their parameters (z, x, y, z, x, y[, z][, day, day]) written :z, :x, :y, :day
# ---------------------------------------------------------------------------------------------
before_municipalities="with bounds as (select ST_TileEnvelope(:z, :x, :y) as tile, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 64.0 / 4096), 6371) as area) select ST_AsMVT(m, 'municipalities', 4096, 'geom') from (select t.cvegeo, t.name as nombre, ST_AsMVTGeom(ST_Transform(t.geom, 3857), bounds.tile, 4096, 64, true) as geom from cadastre.municipality t, bounds where t.geom && bounds.area) m;"
before_zones="with bounds as (select ST_TileEnvelope(:z, :x, :y) as tile, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 64.0 / 4096), 6371) as area) select ST_AsMVT(m, 'zones', 4096, 'geom') from (select l.plan_key as plan, l.version, l.kind as tipo, t.code as clave, t.name as nombre, t.density_du_ha::float8 as densidad_viv_ha, t.cos::float8 as cos, t.cus::float8 as cus, t.uga_policy as politica, ST_AsMVTGeom(ST_Transform(t.geom, 3857), bounds.tile, 4096, 64, true) as geom from planning.plan_zone t join planning.land_use_plan l on l.id = t.plan_id, bounds where t.geom && bounds.area and l.valid_from <= :day and (l.valid_to is null or l.valid_to >= :day)) m;"
after_municipalities="with bounds as (select ST_TileEnvelope(:z, :x, :y) as tile, ST_TileEnvelope(:z, :x, :y, margin => 64.0 / 4096) as area) select ST_AsMVT(m, 'municipalities', 4096, 'geom') from (select t.cvegeo, t.name as nombre, ST_AsMVTGeom(g.geom, bounds.tile, 4096, 64, true) as geom from cadastre.municipality_tile_geometry g join cadastre.municipality t on t.cvegeo = g.cvegeo, bounds where g.band = cadastre.zoom_band(:z) and g.geom && bounds.area) m;"
after_zones="with bounds as (select ST_TileEnvelope(:z, :x, :y) as tile, ST_TileEnvelope(:z, :x, :y, margin => 64.0 / 4096) as area) select ST_AsMVT(m, 'zones', 4096, 'geom') from (select l.plan_key as plan, l.version, l.kind as tipo, t.code as clave, t.name as nombre, t.density_du_ha::float8 as densidad_viv_ha, t.cos::float8 as cos, t.cus::float8 as cus, t.uga_policy as politica, ST_AsMVTGeom(g.geom, bounds.tile, 4096, 64, true) as geom from planning.plan_zone_tile_geometry g join planning.plan_zone t on t.id = g.zone_id join planning.land_use_plan l on l.id = t.plan_id, bounds where g.band = cadastre.zoom_band(:z) and g.geom && bounds.area and l.valid_from <= :day and (l.valid_to is null or l.valid_to >= :day)) m;"

pgbench_file() { # file query
  { echo '\set n random(1, :count)'; echo '\set x :x0 + (:n - 1) % :w'; echo '\set y :y0 + (:n - 1) / :w'; echo "$2"; } >"$1"
}

bench_wrk_script "$BASE_OUT/tiles.lua" 200 ok <<'LUA'
local tiles = {}
for line in io.lines(os.getenv("BENCH_TILES")) do tiles[#tiles + 1] = line end
HEADERS = {["Accept"] = "application/vnd.mapbox-vector-tile"}

function request()
  return wrk.format("GET", "/api/tiles/" .. tiles[math.random(#tiles)] .. ".mvt", headers)
end
LUA

run_wrk() { # seconds label
  BENCH_TILES=$OUT/tiles.txt bench_wrk "$1" "$2" "$BASE_OUT/tiles.lua" "$BASE_URL/api/tiles/"
}

: >"$BASE_OUT/results.txt"
for pair in $PAIRS; do
  layer=${pair%%:*} zoom=${pair##*:}
  case $layer in
    municipalities) extent_sql="select ST_Transform(ST_SetSRID(ST_Extent(geom)::geometry, 6371), 4326) from cadastre.municipality" ;;
    zones) extent_sql="select ST_Transform(ST_SetSRID(ST_Extent(z.geom)::geometry, 6371), 4326) from planning.plan_zone z
                         join planning.land_use_plan l on l.id = z.plan_id where l.valid_from <= '$DAY' and (l.valid_to is null or l.valid_to >= '$DAY')" ;;
    *) bench_die "unknown layer $layer (municipalities or zones)" ;;
  esac
  OUT=$BASE_OUT/$layer-z$zoom
  mkdir -p "$OUT"
  read -r x0 x1 y0 y1 <<<"$(psql_app -F ' ' -c "select floor((ST_XMin(e) + 180) / 360 * 2 ^ $zoom)::int, floor((ST_XMax(e) + 180) / 360 * 2 ^ $zoom)::int,
      floor((1 - ln(tan(radians(ST_YMax(e))) + 1 / cos(radians(ST_YMax(e)))) / pi()) / 2 * 2 ^ $zoom)::int,
      floor((1 - ln(tan(radians(ST_YMin(e))) + 1 / cos(radians(ST_YMin(e)))) / pi()) / 2 * 2 ^ $zoom)::int
      from ($extent_sql) s(e) where e is not null")"
  [[ -n ${x0:-} ]] || bench_die "$layer has nothing to draw"
  w=$((x1 - x0 + 1)) count=$(((x1 - x0 + 1) * (y1 - y0 + 1)))
  for ((n = 1; n <= count; n++)); do echo "$layer/$zoom/$((x0 + (n - 1) % w))/$((y0 + (n - 1) / w))"; done >"$OUT/tiles.txt"
  before=before_$layer after=after_$layer
  pgbench_file "$OUT/before.pgbench" "${!before}"
  pgbench_file "$OUT/after.pgbench" "${!after}"
  args=(-D z="$zoom" -D count="$count" -D x0="$x0" -D y0="$y0" -D w="$w" -D day="$DAY")
  bench_say "$layer zoom $zoom: $count tiles; HTTP warm-up until steady (${BENCH_WARMUP_MIN:-240}..${WARMUP} s)"
  bench_http_phases run_wrk ok 200
  bench_measure_pgbench "before-" "$OUT/before.pgbench" "${args[@]}"
  read -r b_tx b_tps b_p50 b_p99 <<<"$PG_TX $PG_TPS $PG_P50 $PG_P99"
  bench_measure_pgbench "after-" "$OUT/after.pgbench" "${args[@]}"
  echo "$layer $zoom $count $(bench_field rps "$HTTP") $(bench_field p50_ms "$HTTP") $(bench_field p99_ms "$HTTP")" \
    "$b_tps $b_p50 $b_p99 $PG_TPS $PG_P50 $PG_P99" >>"$BASE_OUT/results.txt"
  { echo "$layer zoom $zoom ($count tiles, x $x0..$x1, y $y0..$y1):"; sed 's/^/  /' "$OUT/load.txt"; echo "  wrk: $HTTP"
    echo "  CPU per answered request (HTTP measured): $CPU_PER_REQUEST"
    echo "  pgbench: before $b_tx, after $PG_TX transactions"; } >>"$BASE_OUT/details.txt"
done

echo
echo "== public tiles: GET /api/tiles/{layer}/{z}/{x}/{y}.mvt (anonymous) vs the tile's query before and after V21 in pgbench, $CLIENTS clients, ${DURATION} s measured"
cat "$BASE_OUT/details.txt"
printf '%-15s %4s %5s | %8s %8s %8s | %9s %8s %8s | %9s %8s %8s | %8s %8s %8s\n' layer zoom tiles "HTTP/s" "p50 ms" "p99 ms" \
  "before/s" "p50 ms" "p99 ms" "after/s" "p50 ms" "p99 ms" "p50 a/b" "p99 a/b" "HTTP/b"
while read -r layer z n rps p50 p99 btps bp50 bp99 atps ap50 ap99; do
  awk -v l="$layer" -v z="$z" -v n="$n" -v rps="$rps" -v p50="$p50" -v p99="$p99" -v btps="$btps" -v bp50="$bp50" \
    -v bp99="$bp99" -v atps="$atps" -v ap50="$ap50" -v ap99="$ap99" 'BEGIN {
      printf "%-15s %4s %5s | %8s %8s %8s | %9.1f %8s %8s | %9.1f %8s %8s | %8.3f %8.3f %8.3f\n", l, z, n, rps, p50, p99,
        btps, bp50, bp99, atps, ap50, ap99, ap50 / bp50, ap99 / bp99, p50 / bp50 }'
done <"$BASE_OUT/results.txt"
echo "(a/b: the query after V21 over the query before it, p50 and p99, both in pgbench; HTTP/b: the application's p50 over the query before)"
echo "took $((SECONDS - started)) s; raw output in $BASE_OUT"
