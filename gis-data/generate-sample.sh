#!/usr/bin/env bash
# Regenerates the demo layers in gis-data/sample/ from generator/generator.sql: a Cancún layout
# (supermanzana 23 of Benito Juárez: 5 × 4 blocks of 16 lots, grid turned 20°) and a Playa del
# Carmen one (Solidaridad sector 101: 4 × 3 blocks of 12 lots, turned 45°), as one parcel layer,
# and the zoning plans over them: PDU-CANCUN 2014 and its 2024 version, POEL-BJ, PDU-PLAYA.
# Everything in EPSG:6371. Deterministic: the files only change when the generator does.
#
# Needs a PostGIS database to compute in (the ./registry up one by default; nothing is kept there:
# the generator's schema is dropped at the end) and GDAL's ogr2ogr.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$here/sample
export PGHOST=${REGISTRY_DB_HOST:-127.0.0.1} PGPORT=${REGISTRY_DB_PORT:-55432}
export PGDATABASE=${REGISTRY_DB_NAME:-registry} PGUSER=${REGISTRY_DB_USER:-registry}
export PGPASSWORD=${REGISTRY_DB_PASSWORD:-registry-demo}
pg="PG:host=$PGHOST port=$PGPORT dbname=$PGDATABASE user=$PGUSER password=$PGPASSWORD"

psql -X -q -v ON_ERROR_STOP=1 -c 'set client_min_messages = warning' -f "$here/generator/generator.sql"
trap 'psql -X -q -c "drop schema if exists gis_generator cascade" >/dev/null' EXIT

# The two layouts: origin (EPSG:6371), angle, blocks x/y, lots per side, lot width/depth, street
# width; the frame (the same without the block counts) places the zones on the layout's grid.
CANCUN="516600, 2338750, 20, 5, 4, 8, 12.0, 30.0, 15.0"
CANCUN_FRAME="516600, 2338750, 20, 8, 12.0, 30.0, 15.0"
PLAYA="491870, 2281200, 45, 4, 3, 6, 10.0, 25.0, 12.0"
PLAYA_FRAME="491870, 2281200, 45, 6, 10.0, 25.0, 12.0"
psql -X -q -v ON_ERROR_STOP=1 <<SQL
set client_min_messages = warning;
create table gis_generator.sample_parcel as select clave_catastral, ST_SnapToGrid(geom, 0.001) as geom from (
  select cadastral_key as clave_catastral, geom from gis_generator.lots('23005-023', $CANCUN, 0, 0)
   where cadastral_key <> '23005-023-0007-004'
  union all
  -- the planted overlap: lot 4 of block 7 drawn 2 m into lot 5 (possible double registration)
  select cadastral_key, ST_Multi(ST_Translate(geom, 2 * cos(radians(20)), 2 * sin(radians(20))))
    from gis_generator.lots('23005-023', $CANCUN, 0, 0) where cadastral_key = '23005-023-0007-004'
  union all
  select cadastral_key, geom from gis_generator.lots('23008-101', $PLAYA, 0, 0)) l;

-- a zone = its rectangle of blocks minus the zones listed before it in the same plan
create function gis_generator.zones(spec jsonb, o_x float8, o_y float8, angle float8, lots int,
                                    w float8, d float8, street float8)
returns table (n int, clave text, geom geometry) language sql as \$\$
  with recursive z as (
    select (e.ord)::int as n, e.v->>'clave' as clave,
           gis_generator.area(o_x, o_y, angle, lots, w, d, street, (e.v->>'bx0')::int, (e.v->>'by0')::int,
             (e.v->>'bx1')::int, (e.v->>'by1')::int, coalesce((e.v->>'cut')::float8, 0)) as g
      from jsonb_array_elements(spec) with ordinality e(v, ord)
  )
  -- snapped to the millimetre the files keep, parts under 1 m² (slivers of the cut) dropped
  select a.n, a.clave, (select ST_Multi(ST_Union(p.geom)) from ST_Dump(ST_CollectionExtract(ST_MakeValid(
           ST_SnapToGrid(coalesce(ST_Difference(a.g, (select ST_Union(b.g) from z b where b.n < a.n)), a.g),
                         0.001)), 3)) p where ST_Area(p.geom) >= 1)
    from z a
\$\$;

create function gis_generator.pdu(spec jsonb, o_x float8, o_y float8, angle float8, lots int,
                                  w float8, d float8, street float8)
returns table (clave text, nombre text, usos_perm text, usos_cond text, usos_proh text,
               densidad numeric, cos numeric, cus numeric, altura_max numeric, geom geometry)
language sql as \$\$
  select n.*, z.geom from gis_generator.zones(spec, o_x, o_y, angle, lots, w, d, street) z,
         lateral gis_generator.pdu_norms(z.clave) n
   where z.geom is not null order by z.n
\$\$;

-- PDU de Cancún 2014: a corridor along the avenue (the first block row, cutting its upper lots),
-- medium density west, high density east, a school block and a park
create table gis_generator.pdu_cancun_2014 as select * from gis_generator.pdu('[
  {"clave": "CU", "bx0": 0, "by0": 0, "bx1": 4, "by1": 0, "cut": -30},
  {"clave": "EQ", "bx0": 2, "by0": 2, "bx1": 2, "by1": 2},
  {"clave": "AV", "bx0": 4, "by0": 3, "bx1": 4, "by1": 3},
  {"clave": "H2", "bx0": 0, "by0": 0, "bx1": 2, "by1": 3},
  {"clave": "H3", "bx0": 3, "by0": 0, "bx1": 4, "by1": 3}]', $CANCUN_FRAME);
-- its 2024 update: the corridor takes the whole first row, high density moves west
create table gis_generator.pdu_cancun_2024 as select * from gis_generator.pdu('[
  {"clave": "CU", "bx0": 0, "by0": 0, "bx1": 4, "by1": 0},
  {"clave": "EQ", "bx0": 2, "by0": 2, "bx1": 2, "by1": 2},
  {"clave": "AV", "bx0": 4, "by0": 3, "bx1": 4, "by1": 3},
  {"clave": "CB", "bx0": 2, "by0": 1, "bx1": 2, "by1": 1},
  {"clave": "H3", "bx0": 0, "by0": 0, "bx1": 4, "by1": 1},
  {"clave": "H2", "bx0": 0, "by0": 2, "bx1": 4, "by1": 3}]', $CANCUN_FRAME);
-- PDU de Playa del Carmen: tourist strip on the first row, corridor on the second, housing behind
create table gis_generator.pdu_playa as select * from gis_generator.pdu('[
  {"clave": "TH", "bx0": 0, "by0": 0, "bx1": 3, "by1": 0},
  {"clave": "CU", "bx0": 0, "by0": 1, "bx1": 3, "by1": 1, "cut": -12.5},
  {"clave": "H3", "bx0": 0, "by0": 1, "bx1": 3, "by1": 2}]', $PLAYA_FRAME);
-- POEL de Benito Juárez over the Cancún layout: urban UGA, and a conservation UGA to the east
create table gis_generator.poel_bj as
  select case z.clave when 'U' then 'UGA 21' else 'UGA 07' end as clave,
         case z.clave when 'U' then 'Zona urbana de Cancún' else 'Franja de conservación oriente' end as nombre,
         case z.clave when 'U' then 'Aprovechamiento sustentable' else 'Conservación' end as politica,
         case z.clave when 'U' then 'CU-01; CU-05; EH-12' else 'CO-02; CO-07; FF-03' end as criterios,
         z.geom
    from gis_generator.zones('[
      {"clave": "C", "bx0": 4, "by0": 0, "bx1": 4, "by1": 3, "cut": 0},
      {"clave": "U", "bx0": 0, "by0": 0, "bx1": 4, "by1": 3}]', $CANCUN_FRAME) z;
SQL

mkdir -p "$out"
export_layer() { # file, sql
  rm -f "$out/$1"
  ogr2ogr -f GeoJSON -lco RFC7946=NO -lco COORDINATE_PRECISION=3 -lco WRITE_NAME=NO \
    -a_srs EPSG:6371 "$out/$1" "$pg" -sql "$2"
}
export_layer parcelas.geojson 'select clave_catastral, geom from gis_generator.sample_parcel order by 1'
export_layer pdu-cancun-2014.geojson 'select * from gis_generator.pdu_cancun_2014'
export_layer pdu-cancun-2024.geojson 'select * from gis_generator.pdu_cancun_2024'
export_layer pdu-playa.geojson 'select * from gis_generator.pdu_playa'
export_layer poel-benito-juarez.geojson 'select * from gis_generator.poel_bj'
ls -l "$out"
