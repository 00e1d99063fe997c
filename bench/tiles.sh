#!/usr/bin/env bash
# Parcel vector tiles through HTTP against the tile's own query alone, at zoom 14 and 16, in the
# same run: p50/p99 of each side, throughput, and the ratios HTTP/pgbench of p50 and of p99.
#
#   bench/tiles.sh                # per zoom: HTTP warm-up until steady (at least 60 s) + 30 s,
#                                 # pgbench 10 s + 30 s
#
# The tiles: every tile of the zoom that meets the generated layout (bench/generate-parcels.sh),
# its x/y ranges from the layout's extent in longitude/latitude with the slippy-map formulas
# (x = floor((lon + 180) / 360 · 2^z), y = floor((1 − ln(tan φ + sec φ) / π) / 2 · 2^z)), written
# to a file for wrk and to the table bench.tile_sample (z, n, x, y), whose numbering pgbench
# follows; edge tiles are partly empty, as a map's are. Each request picks one at random.
# HTTP: wrk, BENCH_CLIENTS (16) clients (one thread each, keep-alive),
# GET /api/tiles/parcels/{z}/{x}/{y}.mvt with Accept: application/vnd.mapbox-vector-tile and the
# bearer token of planeador1 (one token per wrk run, fetched afresh: tokens live 5 minutes). Every
# parcel tile also writes its access-log row (audit.access_event), as the application must.
# pgbench: the same clients, prepared, as the application's database user; one transaction = the
# tile's query, verbatim, on a random tile of the same list: n = random(1, count) and its x and y
# computed as bench.tile_sample numbers them (row by row, n = (y − y0) · w + (x − x0) + 1; checked
# against the table), not looked up: under 16 clients on 2 cores a primary-key probe of the table
# in the same transaction waited ~10 ms for the CPU (11 % of a z16 tile's p50, in the
# application's favour).
# The tile comes back hex-encoded as text to pgbench (twice its size), in binary to the
# application's driver.
#
# Warm-up: 30 s phases until two agree within 5 %, at least BENCH_WARMUP_MIN (240 s, as lib.sh)
# and at most BENCH_WARMUP (600 s) per zoom. A shorter floor (60 s, used until 2026-11-23) passed
# as "steady" on a fresh WildFly whose optimising compiler was still at work: the same z16 tiles
# then cost WildFly 1.94 ms of CPU each instead of 0.92 ms a few minutes later, and the ratio read
# 1.35 instead of 1.12.
#
# Needs the parcels of bench/generate-parcels.sh (generated first when missing), wrk and pgbench.
# Environment: BENCH_TILE_ZOOMS ("14 16"), BENCH_CLIENTS (16), BENCH_WARMUP (600),
# BENCH_WARMUP_MIN (240), BENCH_PGBENCH_WARMUP (10), BENCH_DURATION (30), BENCH_PGBENCH_THREADS (2),
# plus the launcher's REGISTRY_* variables.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ZOOMS=${BENCH_TILE_ZOOMS:-14 16}

bench_require_tools wrk pgbench curl psql
bench_require_app
bench_require_parcels

bench_load_setup tiles
BASE_OUT=$OUT
trap 'bench_stop_child; rm -f "$BASE_OUT"/z*/tokens.txt' EXIT
started=$SECONDS

bench_machine
echo "data: $GEN_PARCELS generated parcels, extent $GEN_LON_MIN,$GEN_LAT_MIN,$GEN_LON_MAX,$GEN_LAT_MAX (lon/lat)"
echo "load: $CLIENTS clients, per zoom warm-up until steady (${BENCH_WARMUP_MIN:-240}..$WARMUP s), ${DURATION} s measured;" \
  "pgbench ${PG_WARMUP} s + ${DURATION} s; output in $BASE_OUT"

# the tiles over the layout, and how many parcels each one's query finds (for the record)
zoom_list=$(tr -s ' ' ',' <<<"$ZOOMS")
psql_super <<SQL
set client_min_messages = warning;
drop table if exists bench.tile_sample;
create table bench.tile_sample (z integer, n integer, x integer not null, y integer not null, primary key (z, n));
insert into bench.tile_sample (z, n, x, y)
select r.z, row_number() over (partition by r.z order by y, x), x, y
  from (select z,
               floor((g.lon_min + 180) / 360 * 2 ^ z)::integer as x0,
               floor((g.lon_max + 180) / 360 * 2 ^ z)::integer as x1,
               floor((1 - ln(tan(radians(g.lat_max)) + 1 / cos(radians(g.lat_max))) / pi()) / 2 * 2 ^ z)::integer as y0,
               floor((1 - ln(tan(radians(g.lat_min)) + 1 / cos(radians(g.lat_min))) / pi()) / 2 * 2 ^ z)::integer as y1
          from bench.parcel_generation g, unnest(array[$zoom_list]) z) r,
       generate_series(r.x0, r.x1) x, generate_series(r.y0, r.y1) y;
grant select on bench.tile_sample to $DB_USER;
analyze bench.tile_sample;
SQL
psql_super -F ' ' -c "select z, count(*), min(c), round(avg(c)), max(c)
  from (select t.z, (select count(*) from cadastre.parcel p
                      where p.geom && ST_Transform(ST_TileEnvelope(t.z, t.x, t.y), 6371) and p.retired_at is null) c
          from bench.tile_sample t) s group by z order by z" >"$BASE_OUT/tiles-parcels.txt"

# ---------------------------------------------------------------------------------------------
# HTTP with wrk, as planeador1
# ---------------------------------------------------------------------------------------------
bench_wrk_script "$BASE_OUT/tiles.lua" 200 ok <<'LUA'
local tiles = {}
for line in io.lines(os.getenv("BENCH_TILES")) do tiles[#tiles + 1] = line end
HEADERS = {["Accept"] = "application/vnd.mapbox-vector-tile"}

function request()
  return wrk.format("GET", "/api/tiles/parcels/" .. tiles[math.random(#tiles)] .. ".mvt", headers)
end
LUA

run_wrk() { # seconds label
  bench_token planeador1 >"$OUT/tokens.txt"
  BENCH_TOKENS=$OUT/tokens.txt BENCH_TILES=$OUT/tiles.txt bench_wrk "$1" "$2" "$BASE_OUT/tiles.lua" "$BASE_URL/api/tiles/"
}

# ---------------------------------------------------------------------------------------------
# pgbench: the tile's query alone
# ---------------------------------------------------------------------------------------------
# The query is SqlVectorTiles.PARCELS (registry-ejb/src/main/java/mx/gob/qroo/rppc/cadastre/
# infrastructure/SqlVectorTiles.java, BOUNDS + PARCELS with GEOM), copied verbatim, its parameters
# (z, x, y, z, x, y) written :z, :x, :y. Keep the two in step.
cat >"$BASE_OUT/tile.pgbench" <<'PGB'
\set n random(1, :count)
\set x :x0 + (:n - 1) % :w
\set y :y0 + (:n - 1) / :w
with bounds as (select ST_TileEnvelope(:z, :x, :y) as tile, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 64.0 / 4096), 6371) as area) select ST_AsMVT(m, 'parcels', 4096, 'geom') from (select t.cadastral_key as clave_catastral, t.municipality as municipio, t.area_m2::float8 as area_m2, ST_AsMVTGeom(ST_Transform(t.geom, 3857), bounds.tile, 4096, 64, true) as geom from cadastre.parcel t, bounds where t.geom && bounds.area and t.retired_at is null) m;
PGB

# ---------------------------------------------------------------------------------------------
# Per zoom: HTTP, then pgbench
# ---------------------------------------------------------------------------------------------
: >"$BASE_OUT/results.txt"
for zoom in $ZOOMS; do
  OUT=$BASE_OUT/z$zoom
  mkdir -p "$OUT"
  psql_super -c "select z || '/' || x || '/' || y from bench.tile_sample where z = $zoom order by n" >"$OUT/tiles.txt"
  count=$(wc -l <"$OUT/tiles.txt")
  ((count > 0)) || bench_die "no tiles at zoom $zoom"
  read -r x0 y0 w numbered <<<"$(psql_super -F ' ' -c "select x0, y0, w, bool_and(x = x0 + (n - 1) % w and y = y0 + (n - 1) / w)
    from bench.tile_sample, (select min(x) as x0, min(y) as y0, max(x) - min(x) + 1 as w
                               from bench.tile_sample where z = $zoom) r where z = $zoom group by x0, y0, w")"
  [[ $numbered == t ]] || bench_die "bench.tile_sample at zoom $zoom is not numbered row by row"
  bench_say "zoom $zoom: $count tiles; HTTP warm-up until steady (${BENCH_WARMUP_MIN:-240}..${WARMUP} s)"
  bench_http_phases run_wrk ok 200
  bench_measure_pgbench "" "$BASE_OUT/tile.pgbench" -D z="$zoom" -D count="$count" -D x0="$x0" -D y0="$y0" -D w="$w"
  echo "$zoom $count $(bench_field rps "$HTTP") $(bench_field p50_ms "$HTTP") $(bench_field p99_ms "$HTTP")" \
    "$(bench_field ok "$HTTP") $(bench_field bytes "$HTTP") $PG_TPS $PG_P50 $PG_P99 $PG_TX" >>"$BASE_OUT/results.txt"
  { echo "zoom $zoom:"; sed 's/^/  /' "$OUT/load.txt"; echo "  wrk: $HTTP"
    echo "  CPU per answered request (HTTP measured): $CPU_PER_REQUEST"
    echo "  pgbench: $PG_TX transactions"; } >>"$BASE_OUT/details.txt"
done

echo
echo "== parcel tiles: GET /api/tiles/parcels/{z}/{x}/{y}.mvt vs the tile's query in pgbench, $CLIENTS clients, ${DURATION} s measured"
echo "parcels found by each tile's query (zoom, tiles, min, mean, max): $(paste -sd';' "$BASE_OUT/tiles-parcels.txt")"
cat "$BASE_OUT/details.txt"
printf '%-5s %6s | %9s %9s %9s %8s | %9s %9s %9s | %9s %9s\n' zoom tiles "HTTP/s" "p50 ms" "p99 ms" "KB/tile" \
  "pgbench/s" "p50 ms" "p99 ms" "p50 ratio" "p99 ratio"
while read -r z n rps p50 p99 ok bytes tps pp50 pp99 _; do
  awk -v z="$z" -v n="$n" -v rps="$rps" -v p50="$p50" -v p99="$p99" -v ok="$ok" -v bytes="$bytes" \
    -v tps="$tps" -v pp50="$pp50" -v pp99="$pp99" 'BEGIN {
      r50 = p50 / pp50; r99 = p99 / pp99
      printf "%-5s %6s | %9s %9s %9s %8.1f | %9.1f %9s %9s | %9.3f %9.3f   goal <= 1.3: %s\n", z, n, rps, p50, p99,
        bytes / ok / 1024, tps, pp50, pp99, r50, r99, (r50 <= 1.3 && r99 <= 1.3) ? "met" : "NOT met" }'
done <"$BASE_OUT/results.txt"
echo "(KB/tile: wrk's bytes read, headers included, per 200 answer)"
echo "took $((SECONDS - started)) s; raw output in $BASE_OUT"
