#!/usr/bin/env bash
# Generates the parcels and the land-use zones of the maps benchmarks (overlay.sh, tiles.sh,
# ogc-items.sh) into the registry database, set-based, as the PostgreSQL superuser, in one
# transaction, with the deterministic generator gis-data/generator/generator.sql:
#
#   BENCH_PARCELS current parcels (default 1,000,000) in cadastre.parcel: a layout of
#   gis_generator.lots (blocks of two rows of 10 lots of ~10 m × 30 m back to back, 15 m streets,
#   grid not rotated) in Benito Juárez (municipality '23005'), its south-west corner at
#   EPSG:6371 (492000, 2326000); cadastral keys from the generator, 23005-900-<block>-<lot>;
#   valid_from = now(); no import report (import_id null), as a bulk load in SQL leaves them.
#   Planted defects of the generator: about one lot in BENCH_OVERLAP_EVERY (1,000) is drawn 2 m
#   into its neighbour (overlaps are storable, and real cadastres have them) and about one in
#   BENCH_INVALID_EVERY (10,000) is a self-crossing "bow tie"; cadastre.parcel refuses invalid
#   rings (check ST_IsValid), so those are stored repaired by ST_MakeValid (two triangles).
#
#   One plan version, PDU-BENCH v1 (PDU of 23005, in force since 2024-01-01), with BENCH_ZONES
#   zones (default 2,000) in planning.land_use_plan and planning.plan_zone, written directly in
#   SQL: gis_generator.zone_grid over the same block grid (norms from gis_generator.pdu_norms),
#   moved BENCH_ZONE_SHIFT metres north (default 15, half a lot depth) so that the lots of the row
#   along each zone's southern edge straddle two zones and the overlay computes real
#   intersections, not only its "parcel covered by the zone" shortcut; its import report is one
#   spatial.layer_import row (layer ZONES, source_name gis_generator, actor bench; source_format
#   must be GEOJSON, GEOPACKAGE or SHAPEFILE and says GEOJSON, the nearest: the generator's zones
#   are what gis-data/generate-sample.sh exports as GeoJSON).
#
# The grid is sized for both counts: each zone is zbx × zby blocks (the fewest blocks that hold
# BENCH_PARCELS / BENCH_ZONES parcels, in a nearly square zone) and the zones are laid nzx × nzy
# (nzx × nzy = BENCH_ZONES, the layout about twice as wide as high); the parcels fill the grid's
# block rows from the south, the last row partly. Default size: zones of 5 × 5 blocks
# (575 m × 375 m), 50 × 40 of them, 250 × 200 blocks = 1,000,000 lots on 28.75 km × 15 km, 99.9 %
# of it inside the INEGI polygon of Benito Juárez (checked against AGEM_23; a corner of ~0.3 km²
# lies outside); the check is repeated here when the municipalities are loaded.
#
# It does NOT compute the overlay (planning.parcel_zone): overlay.sh measures that. Then
# vacuum (analyze) of the parcels and zones, so that no benchmark pays for setting hint bits.
#
# Idempotent: the run is recorded in bench.parcel_generation; a second run only prints it.
#
#   bench/generate-parcels.sh                                  # 1,000,000 parcels, 2,000 zones
#   BENCH_PARCELS=50000 BENCH_ZONES=100 bench/generate-parcels.sh   # a small trial
#
# Environment: BENCH_PARCELS (1000000), BENCH_ZONES (2000), BENCH_ZONE_SHIFT (15),
# BENCH_OVERLAP_EVERY (1000, 0 = none), BENCH_INVALID_EVERY (10000, 0 = none), plus the
# launcher's REGISTRY_* variables.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PARCELS=${BENCH_PARCELS:-1000000}
ZONES=${BENCH_ZONES:-2000}
((PARCELS >= 1 && ZONES >= 1 && ZONES <= PARCELS)) \
  || bench_die "generate-parcels: BENCH_PARCELS and BENCH_ZONES must be positive, at most one zone per parcel"

started=$(date +%s%N)
psql_super -c 'set client_min_messages = warning' -f "$ROOT/gis-data/generator/generator.sql"
psql_super -v parcels="$PARCELS" -v zones="$ZONES" -v zone_shift="${BENCH_ZONE_SHIFT:-15}" \
  -v overlap_every="${BENCH_OVERLAP_EVERY:-1000}" -v invalid_every="${BENCH_INVALID_EVERY:-10000}" \
  -v app_user="$DB_USER" <<'SQL'
set client_min_messages = warning;
create schema if not exists bench;
comment on schema bench is 'Benchmark bookkeeping (bench/*.sh); not used by the application.';
grant usage on schema bench to :"app_user";
create table if not exists bench.parcel_generation (
    id            integer primary key default 1 check (id = 1),
    generated_at  timestamptz not null,
    parcels       integer not null,
    zones         integer not null,
    key_prefix    text    not null,
    plan_id       bigint  not null,
    import_id     bigint  not null,
    origin_x      double precision not null,
    origin_y      double precision not null,
    blocks_x      integer not null,
    blocks_y      integer not null,
    zone_blocks_x integer not null,
    zone_blocks_y integer not null,
    zone_shift_m  double precision not null,
    repaired      integer not null,
    shifted       integer not null,
    lon_min double precision not null, lat_min double precision not null,
    lon_max double precision not null, lat_max double precision not null,
    seconds       numeric not null
);

select exists (select 1 from bench.parcel_generation) as already \gset
\if :already
  \echo 'generate-parcels: the parcels are already generated (bench.parcel_generation); nothing to do.'
\else
begin;
select pg_advisory_xact_lock(hashtext('rppc-bench-generate-parcels')) \g /dev/null
\set prefix '23005-900'
\set origin_x 492000
\set origin_y 2326000
-- lots per block side, lot width and depth, street width (metres): blocks of 115 m × 75 m
\set lots 10
\set lot_w 10
\set lot_d 30
\set street 15

-- the grid: zones of zbx × zby blocks (fewest blocks per zone, nearly square), nzx × nzy zones
-- (the layout about 1.92 times as wide as high, like the issue's 29 km × 15 km)
\echo 'generate-parcels: sizing the grid'
with need as (select ceil(ceil(:parcels / (2.0 * :lots)) / :zones)::integer as m),
     shape as (select zbx, ceil(need.m::numeric / zbx)::integer as zby from need, generate_series(1, need.m) zbx),
     best_shape as (
       select zbx, zby from shape
        order by zbx * zby * power(greatest(zbx * (:lots * :lot_w + :street) / (zby * (2.0 * :lot_d + :street)),
                                            zby * (2.0 * :lot_d + :street) / (zbx * (:lots * :lot_w + :street))), 0.25), zbx
        limit 1),
     grid as (select nzx, :zones / nzx as nzy from generate_series(1, :zones) nzx where :zones % nzx = 0)
select zbx, zby, nzx * zbx as blocks_x, nzy * zby as blocks_y,
       ceil(ceil(:parcels / (2.0 * :lots)) / (nzx * zbx))::integer as rows_used
  from best_shape, grid
 order by abs(ln(nzx * zbx * (:lots * :lot_w + :street) / (nzy * zby * (2.0 * :lot_d + :street)) / 1.92)), nzx
 limit 1 \gset
\echo 'generate-parcels: grid' :blocks_x 'x' :blocks_y 'blocks, zones of' :zbx 'x' :zby 'blocks, parcels in the first' :rows_used 'block rows'

\echo 'generate-parcels: parcels'
\timing on
insert into cadastre.parcel (cadastral_key, municipality, geom, valid_from)
select l.cadastral_key, '23005',
       case when ST_IsValid(l.geom) then l.geom else ST_Multi(ST_CollectionExtract(ST_MakeValid(l.geom), 3)) end,
       now()
  from gis_generator.lots(:'prefix', :origin_x, :origin_y, 0, :blocks_x, :rows_used, :lots, :lot_w, :lot_d, :street,
                          :overlap_every, :invalid_every) l
 where (split_part(l.cadastral_key, '-', 3)::integer - 1) * 2 * :lots + split_part(l.cadastral_key, '-', 4)::integer
       <= :parcels;
\timing off

\echo 'generate-parcels: the plan version and its zones'
insert into spatial.layer_import (layer, source_name, source_format, source_srid, crs_origin, key_field, name_field,
    repair_requested, features_read, features_published, outcome, actor, started_at, finished_at)
values ('ZONES', 'gis_generator', 'GEOJSON', 6371, 'PARAMETER', 'clave', 'nombre', false, :zones, :zones,
        'PUBLISHED', 'bench', now(), now())
returning id as import_id \gset
insert into planning.land_use_plan (plan_key, version, name, kind, municipality, valid_from, source_document,
    import_id, published_at, published_by)
values ('PDU-BENCH', 1, 'Zonificación sintética de benchmark (no es un plan oficial)', 'PDU', '23005', date '2024-01-01',
        'bench/generate-parcels.sh: gis_generator.zone_grid, datos sintéticos', :import_id, now(), 'bench')
returning id as plan_id \gset
\timing on
insert into planning.plan_zone (plan_id, code, name, allowed_uses, conditional_uses, prohibited_uses,
    density_du_ha, cos, cus, max_height_m, geom)
select :plan_id, z.clave, z.nombre, string_to_array(z.usos_perm, '; '), string_to_array(z.usos_cond, '; '),
       string_to_array(z.usos_proh, '; '), z.densidad, z.cos, z.cus, z.altura_max,
       ST_Translate(z.geom, 0, :zone_shift)
  from gis_generator.zone_grid(:origin_x, :origin_y, 0, :blocks_x, :blocks_y, :lots, :lot_w, :lot_d, :street, :zbx, :zby) z;
\timing off

\echo 'generate-parcels: bookkeeping'
insert into bench.parcel_generation (generated_at, parcels, zones, key_prefix, plan_id, import_id, origin_x, origin_y,
    blocks_x, blocks_y, zone_blocks_x, zone_blocks_y, zone_shift_m, repaired, shifted,
    lon_min, lat_min, lon_max, lat_max, seconds)
select now(), g.parcels, (select count(*) from planning.plan_zone where plan_id = :plan_id), :'prefix', :plan_id,
       :import_id, :origin_x, :origin_y, :blocks_x, :blocks_y, :zbx, :zby, :zone_shift, g.repaired, g.shifted,
       ST_XMin(g.ll), ST_YMin(g.ll), ST_XMax(g.ll), ST_YMax(g.ll),
       round(extract(epoch from clock_timestamp() - now())::numeric, 1)
  from (select count(*) as parcels,
               count(*) filter (where ST_NumGeometries(p.geom) > 1) as repaired,
               count(*) filter (where :overlap_every > 0
                                  and gis_generator.unit(p.cadastral_key || ':overlap') * :overlap_every < 1) as shifted,
               ST_Transform(ST_SetSRID(ST_Extent(p.geom)::geometry, 6371), 4326) as ll
          from cadastre.parcel p
         where p.cadastral_key like :'prefix' || '-%' and p.retired_at is null) g;
commit;
\echo 'generate-parcels: vacuum (analyze)'
\timing on
vacuum (analyze) cadastre.parcel;
vacuum (analyze) planning.plan_zone;
analyze planning.land_use_plan;
analyze spatial.layer_import;
\timing off
\endif
SQL
psql_super -c 'set client_min_messages = warning' -c 'drop schema if exists gis_generator cascade'

psql_super -F ' | ' <<'SQL'
select 'parcel generation: ' || to_char(generated_at at time zone 'America/Cancun', 'YYYY-MM-DD HH24:MI') || ' America/Cancun, '
       || parcels || ' parcels (' || key_prefix || '-…, ' || repaired || ' invalid rings repaired, ~' || shifted
       || ' drawn 2 m into a neighbour), ' || zones || ' zones of plan ' || plan_id || ' (PDU-BENCH v1, zones of '
       || zone_blocks_x || ' x ' || zone_blocks_y || ' blocks, moved ' || zone_shift_m || ' m north), grid '
       || blocks_x || ' x ' || blocks_y || ' blocks from (' || origin_x || ', ' || origin_y || ') EPSG:6371, extent '
       || round(lon_min::numeric, 5) || ',' || round(lat_min::numeric, 5) || ',' || round(lon_max::numeric, 5) || ','
       || round(lat_max::numeric, 5) || ' (lon/lat), SQL took ' || seconds || ' s'
  from bench.parcel_generation;
-- the layout against the municipality, where the INEGI layer is loaded (./registry up, not ./registry bench)
select 'inside municipality 23005: '
       || coalesce((select round((100 * ST_Area(ST_Intersection(m.geom, e.box)) / ST_Area(e.box))::numeric, 2) || ' % of the layout''s extent'
                      from cadastre.municipality m,
                           (select ST_SetSRID(ST_Extent(p.geom)::geometry, 6371) as box from cadastre.parcel p
                             where p.cadastral_key like g.key_prefix || '-%' and p.retired_at is null) e
                     where m.cvegeo = '23005'),
                   'not checked (municipalities not loaded in this database)')
  from bench.parcel_generation g;
SQL
elapsed_ms=$((($(date +%s%N) - started) / 1000000))
printf 'generate-parcels: done in %d.%01d s\n' $((elapsed_ms / 1000)) $((elapsed_ms % 1000 / 100))
