#!/usr/bin/env bash
# OGC API - Features: pages of 1,000 parcels through HTTP, p50/p99 and throughput, against the
# page's own query alone in pgbench, in the same run.
#
#   bench/ogc-items.sh            # HTTP warm-up until steady (at least 60 s) + 30 s; pgbench 10 s + 30 s
#
# Each request is GET /api/ogc/collections/parcels/items?limit=1000&bbox=minLon,minLat,maxLon,maxLat
# (Accept: application/geo+json, bearer token of planeador1, one per wrk run) over a random window
# of a fixed list: BENCH_OGC_WINDOWS (200) squares of BENCH_OGC_WINDOW_M metres (800) placed at
# random (setseed, so the same list every run) over the generated layout, written as the lon/lat
# box that holds each square, and kept only when that box holds at least 1,000 current parcels
# (the application's own filter counts them), so every answer is a full page of 1,000 features.
# Why windows and not offsets: a map client asks for what is in its view; random offsets over
# the whole collection (ordered by cadastral key) would measure PostgreSQL skipping hundreds of
# thousands of rows (an offset is read, not jumped), not a page.
# Every parcels page also writes its access-log row, as the application must.
#
# pgbench: the same clients, prepared, as the application's database user; one transaction = a
# primary-key probe of bench.ogc_window for the random window (\gset, counted against pgbench) +
# the page's query as FeatureReads.page builds it for the parcels (FeatureSource.parcels,
# CRS84 answer and bbox, limit 1000 + 1 to know whether another page follows, offset 0), copied
# below. The application also reads the collections' extents on every request (ST_EstimatedExtent
# of the parcels, ST_Extent of each plan's zones) and builds the GeoJSON document in Java.
#
# Warm-up as tiles.sh: 30 s phases until two agree within 5 %, at least BENCH_WARMUP_MIN (240 s),
# at most BENCH_WARMUP (600 s).
#
# Needs the parcels of bench/generate-parcels.sh (generated first when missing), wrk and pgbench.
# Environment: BENCH_OGC_WINDOWS (200), BENCH_OGC_WINDOW_M (800), BENCH_CLIENTS (16),
# BENCH_WARMUP (600), BENCH_WARMUP_MIN (240), BENCH_PGBENCH_WARMUP (10), BENCH_DURATION (30),
# BENCH_PGBENCH_THREADS (2), plus the launcher's REGISTRY_* variables.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WINDOWS=${BENCH_OGC_WINDOWS:-200}
WINDOW_M=${BENCH_OGC_WINDOW_M:-800}

bench_require_tools wrk pgbench curl psql
bench_require_app
bench_require_parcels

bench_load_setup ogc-items
trap 'bench_stop_child; rm -f "$OUT/tokens.txt"' EXIT
started=$SECONDS

bench_machine
echo "data: $GEN_PARCELS generated parcels; windows of $WINDOW_M m × $WINDOW_M m holding at least 1,000 parcels"
echo "load: $CLIENTS clients, warm-up until steady (${BENCH_WARMUP_MIN:-240}..$WARMUP s), ${DURATION} s measured;" \
  "pgbench ${PG_WARMUP} s + ${DURATION} s; output in $OUT"

# the windows: squares in EPSG:6371, as the lon/lat boxes around them, with the parcels each holds
psql_super <<SQL
set client_min_messages = warning;
drop table if exists bench.ogc_window;
create table bench.ogc_window (n integer primary key, lon_min double precision not null, lat_min double precision not null,
                               lon_max double precision not null, lat_max double precision not null, parcels integer not null);
select setseed(0.42) \g /dev/null
insert into bench.ogc_window (n, lon_min, lat_min, lon_max, lat_max, parcels)
select row_number() over (order by w.i), w.lon_min, w.lat_min, w.lon_max, w.lat_max, w.parcels
  from (select c.i, ST_XMin(c.ll) as lon_min, ST_YMin(c.ll) as lat_min, ST_XMax(c.ll) as lon_max, ST_YMax(c.ll) as lat_max,
               (select count(*) from cadastre.parcel t
                 where t.retired_at is null
                   and t.geom && ST_Transform(ST_MakeEnvelope(ST_XMin(c.ll), ST_YMin(c.ll), ST_XMax(c.ll), ST_YMax(c.ll), 4326), 6371)
                   and ST_Intersects(t.geom, ST_Transform(ST_MakeEnvelope(ST_XMin(c.ll), ST_YMin(c.ll), ST_XMax(c.ll), ST_YMax(c.ll), 4326), 6371))) as parcels
          from (select i, ST_Transform(ST_MakeEnvelope(x, y, x + $WINDOW_M, y + $WINDOW_M, 6371), 4326) as ll
                  from (select i, ST_XMin(e) + random() * greatest(ST_XMax(e) - ST_XMin(e) - $WINDOW_M, 0) as x,
                               ST_YMin(e) + random() * greatest(ST_YMax(e) - ST_YMin(e) - $WINDOW_M, 0) as y
                          from (select ST_Extent(geom) as e from cadastre.parcel
                                 where cadastral_key like '$GEN_KEY_PREFIX-%' and retired_at is null) layout,
                               generate_series(1, 4 * $WINDOWS) i) xy) c) w
 where w.parcels >= 1000
 order by w.i
 limit $WINDOWS;
grant select on bench.ogc_window to $DB_USER;
analyze bench.ogc_window;
SQL
psql_super -F ',' -c "select lon_min, lat_min, lon_max, lat_max from bench.ogc_window order by n" >"$OUT/windows.txt"
count=$(wc -l <"$OUT/windows.txt")
((count > 0)) || bench_die "no window of $WINDOW_M m holds 1,000 parcels: generate more parcels or set BENCH_OGC_WINDOW_M"
window_parcels=$(psql_super -F ' ' -c "select min(parcels), round(avg(parcels)), max(parcels) from bench.ogc_window")

# one page by hand: 200 with 1,000 features
token=$(bench_token planeador1)
curl -fsS -o "$OUT/page.json" -H "Authorization: Bearer $token" -H 'Accept: application/geo+json' \
  "$BASE_URL/api/ogc/collections/parcels/items?limit=1000&bbox=$(head -n 1 "$OUT/windows.txt")" \
  || bench_die "the first window's page failed"
features=$(grep -o '"type":"Feature"' "$OUT/page.json" | wc -l)
((features == 1000)) || bench_die "the first window's page holds $features features, not 1,000: see $OUT/page.json"

# ---------------------------------------------------------------------------------------------
# HTTP with wrk, as planeador1
# ---------------------------------------------------------------------------------------------
bench_wrk_script "$OUT/items.lua" 200 ok <<'LUA'
local windows = {}
for line in io.lines(os.getenv("BENCH_WINDOWS")) do windows[#windows + 1] = line end
HEADERS = {["Accept"] = "application/geo+json"}

function request()
  return wrk.format("GET", "/api/ogc/collections/parcels/items?limit=1000&bbox=" .. windows[math.random(#windows)], headers)
end
LUA

run_wrk() { # seconds label
  bench_token planeador1 >"$OUT/tokens.txt"
  BENCH_TOKENS=$OUT/tokens.txt BENCH_WINDOWS=$OUT/windows.txt bench_wrk "$1" "$2" "$OUT/items.lua" "$BASE_URL/api/ogc/"
}

bench_say "HTTP warm-up until steady (${BENCH_WARMUP_MIN:-240}..${WARMUP} s)"
bench_http_phases run_wrk ok 200

# ---------------------------------------------------------------------------------------------
# pgbench: the page's query alone
# ---------------------------------------------------------------------------------------------
# As FeatureReads.page (registry-ejb/.../cadastre/infrastructure/FeatureReads.java) builds it for
# FeatureSource.parcels with MapCrs.CRS84 (7 decimals) as answer and bbox CRS, limit 1000 + 1,
# offset 0: keep the two in step.
cat >"$OUT/items.pgbench" <<'PGB'
\set n random(1, :count)
select lon_min, lat_min, lon_max, lat_max from bench.ogc_window where n = :n \gset
select t.cadastral_key, (jsonb_build_object('clave_catastral', t.cadastral_key, 'municipio', t.municipality,
    'area_m2', t.area_m2, 'vigente_desde', t.valid_from,
    'folios', coalesce((select string_agg(f.folio_number, ', ' order by f.folio_number)
      from cadastre.folio_parcel fp join folio.folio f on f.id = fp.folio_id where fp.parcel_id = t.id), ''),
    'tramites_pendientes', (select count(distinct ff.filing_id) from cadastre.folio_parcel fp
      join folio.folio f on f.id = fp.folio_id join filing.filing_folio ff on ff.folio_number = f.folio_number
      join filing.filing fi on fi.id = ff.filing_id
      where fp.parcel_id = t.id and fi.status in ('RECEIVED', 'ASSIGNED', 'IN_EXAMINATION', 'SUSPENDED'))))::text,
    ST_AsGeoJSON(ST_Transform(t.geom, 4326), 7, 0)
  from cadastre.parcel t
 where t.retired_at is null
   and t.geom && ST_Transform(ST_MakeEnvelope(:lon_min, :lat_min, :lon_max, :lat_max, 4326), 6371)
   and ST_Intersects(t.geom, ST_Transform(ST_MakeEnvelope(:lon_min, :lat_min, :lon_max, :lat_max, 4326), 6371))
 order by t.cadastral_key limit 1001 offset 0;
PGB
bench_measure_pgbench "" "$OUT/items.pgbench" -D count="$count"
lookup_ms=$(awk '/from bench.ogc_window/ {print $1; exit}' "$OUT/pgbench-measured.txt")

http_rps=$(bench_field rps "$HTTP"); http_p50=$(bench_field p50_ms "$HTTP"); http_p99=$(bench_field p99_ms "$HTTP")
kb=$(awk -v b="$(bench_field bytes "$HTTP")" -v n="$(bench_field ok "$HTTP")" 'BEGIN {printf "%.0f", b / n / 1024}')

echo
echo "== OGC items: GET /api/ogc/collections/parcels/items?limit=1000&bbox=… vs the page's query in pgbench, $CLIENTS clients, ${DURATION} s measured"
cat "$OUT/load.txt"
echo "windows: $count of $WINDOW_M m, parcels in each (min, mean, max): $window_parcels; a page is ~$kb KB of GeoJSON"
printf '%-34s %12s %10s %10s\n' "" "per second" "p50 ms" "p99 ms"
printf '%-34s %12s %10s %10s\n' "HTTP GET items, 1,000 (200s)" "$http_rps" "$http_p50" "$http_p99"
printf '%-34s %12.1f %10s %10s\n' "pgbench the page's query" "$PG_TPS" "$PG_P50" "$PG_P99"
echo "ratios HTTP/pgbench: p50 $(awk -v a="$http_p50" -v b="$PG_P50" 'BEGIN {printf "%.3f", a / b}')," \
  "p99 $(awk -v a="$http_p99" -v b="$PG_P99" 'BEGIN {printf "%.3f", a / b}')," \
  "throughput $(awk -v a="$http_rps" -v b="$PG_TPS" 'BEGIN {printf "%.3f", a / b}') (no goal set)"
echo "wrk: $HTTP"
echo "CPU per answered request (HTTP measured): $CPU_PER_REQUEST"
echo "pgbench: $PG_TX transactions; of each, the window lookup took ${lookup_ms:-?} ms on average"
echo "took $((SECONDS - started)) s; raw output in $OUT"
