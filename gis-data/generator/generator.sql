-- Deterministic generator of cadastral layouts (blocks of lots) and of zoning grids over them, in
-- EPSG:6371 (metres). Same arguments, same output: the only "randomness" is md5 of the feature's
-- key. Run with psql in any PostGIS database (it creates the schema gis_generator); used by
-- generate-sample.sh for the demo layers and by bench/ for the large parcel sets.
--
-- A layout is a grid of blocks (manzanas) separated by streets, rotated around its origin; each
-- block has two rows of lots back to back, whose side boundaries are jittered so lots differ in
-- width while the block stays exactly tiled (no gaps, no overlaps).

create schema if not exists gis_generator;

-- A number in [0, 1) drawn from a text: the same text always gives the same number.
create or replace function gis_generator.unit(seed text) returns double precision
language sql immutable parallel safe as $$
  select ('x' || substr(md5(seed), 1, 8))::bit(32)::bigint / 4294967296.0
$$;

-- n zero-padded to at least width digits (lpad alone would cut longer numbers).
create or replace function gis_generator.num(n integer, width integer) returns text
language sql immutable parallel safe as $$
  select lpad(n::text, greatest(width, length(n::text)), '0')
$$;

-- The k-th of n + 1 split points along a block side of n lots of nominal width w: 0 and n * w at
-- the ends, in between k * w moved by up to 15 % of w.
create or replace function gis_generator.split(seed text, k integer, n integer, w double precision)
returns double precision language sql immutable parallel safe as $$
  select case when k <= 0 then 0
              when k >= n then n * w
              else k * w + (gis_generator.unit(seed || ':' || k) - 0.5) * 0.3 * w end
$$;

-- The lots of a layout. Keys are prefix-BBBB-LLL (block and lot, numbered from 1; blocks row by
-- row from the origin). With planted defects, about one lot in overlap_every is shifted 2 m into
-- its neighbour (an overlap of ~2 m × depth) and about one in invalid_every becomes a self-crossing
-- "bow tie" (an invalid ring), for the topology checks and the import's validation to find.
create or replace function gis_generator.lots(
    prefix text,
    origin_x double precision, origin_y double precision, angle_deg double precision,
    blocks_x integer, blocks_y integer, lots_per_side integer,
    lot_width double precision, lot_depth double precision, street double precision,
    overlap_every integer default 0, invalid_every integer default 0)
returns table (cadastral_key text, block_key text, geom geometry)
language sql immutable parallel safe as $$
  with lot as (
    select prefix || '-' || gis_generator.num(b, 4) as block_key,
           prefix || '-' || gis_generator.num(b, 4) || '-' || gis_generator.num(s * lots_per_side + i + 1, 3) as key,
           bx * (lots_per_side * lot_width + street) as x0,
           by_ * (2 * lot_depth + street) + s * lot_depth as y0,
           gis_generator.split(prefix || b || ':' || s, i, lots_per_side, lot_width) as left_x,
           gis_generator.split(prefix || b || ':' || s, i + 1, lots_per_side, lot_width) as right_x
      from generate_series(0, blocks_y - 1) by_,
           generate_series(0, blocks_x - 1) bx,
           lateral (select by_ * blocks_x + bx + 1 as b) bn,
           generate_series(0, 1) s,
           generate_series(0, lots_per_side - 1) i
  ), shaped as (
    select l.block_key, l.key,
           case
             when invalid_every > 0 and gis_generator.unit(l.key || ':invalid') * invalid_every < 1 then
               -- the two top corners swapped: the ring crosses itself
               ST_MakePolygon(ST_MakeLine(array[
                 ST_MakePoint(l.x0 + l.left_x, l.y0), ST_MakePoint(l.x0 + l.right_x, l.y0),
                 ST_MakePoint(l.x0 + l.left_x, l.y0 + lot_depth), ST_MakePoint(l.x0 + l.right_x, l.y0 + lot_depth),
                 ST_MakePoint(l.x0 + l.left_x, l.y0)]))
             else
               ST_MakeEnvelope(l.x0 + l.left_x, l.y0, l.x0 + l.right_x, l.y0 + lot_depth)
           end as g,
           overlap_every > 0 and gis_generator.unit(l.key || ':overlap') * overlap_every < 1 as shifted
      from lot l
  )
  select key, block_key,
         ST_SetSRID(ST_Multi(ST_Translate(
           ST_Rotate(case when shifted then ST_Translate(g, 2, 0) else g end, radians(angle_deg), 0, 0),
           origin_x, origin_y)), 6371)
    from shaped
$$;

-- A rectangle of the layout's grid, in the layout's own frame: from the street centre line before
-- block (bx0, by0) to the one after block (bx1, by1), numbered from 0; y_cut moves the top edge
-- into the blocks (negative: into the last block row), so that lots can straddle zones.
create or replace function gis_generator.area(
    origin_x double precision, origin_y double precision, angle_deg double precision,
    lots_per_side integer, lot_width double precision, lot_depth double precision, street double precision,
    bx0 integer, by0 integer, bx1 integer, by1 integer, y_cut double precision default 0)
returns geometry language sql immutable parallel safe as $$
  select ST_SetSRID(ST_Multi(ST_Translate(ST_Rotate(ST_MakeEnvelope(
           bx0 * (lots_per_side * lot_width + street) - street / 2,
           by0 * (2 * lot_depth + street) - street / 2,
           (bx1 + 1) * (lots_per_side * lot_width + street) - street / 2,
           (by1 + 1) * (2 * lot_depth + street) - street / 2 + y_cut),
         radians(angle_deg), 0, 0), origin_x, origin_y)), 6371)
$$;

-- The norms of a PDU zone type (a small catalogue in the style of Quintana Roo's programas de
-- desarrollo urbano): code, name, uses allowed / conditional / prohibited, dwellings per hectare,
-- COS, CUS, maximum height in metres.
create or replace function gis_generator.pdu_norms(zone_type text)
returns table (clave text, nombre text, usos_perm text, usos_cond text, usos_proh text,
               densidad numeric, cos numeric, cus numeric, altura_max numeric)
language sql immutable as $$
  select * from (values
    ('H1', 'Habitacional unifamiliar densidad baja', 'vivienda unifamiliar', 'consultorio; comercio vecinal', 'industria; bodegas', 20.0, 0.60, 1.20, 9.0),
    ('H2', 'Habitacional densidad media', 'vivienda unifamiliar; vivienda plurifamiliar', 'comercio vecinal; oficinas', 'industria', 40.0, 0.70, 2.10, 12.0),
    ('H3', 'Habitacional densidad alta', 'vivienda plurifamiliar', 'comercio vecinal; hospedaje', 'industria', 80.0, 0.75, 3.00, 15.0),
    ('CU', 'Corredor urbano', 'comercio; servicios; oficinas; vivienda plurifamiliar', 'hospedaje; entretenimiento', 'industria pesada', 120.0, 0.80, 4.00, 24.0),
    ('CB', 'Centro de barrio', 'comercio; servicios; equipamiento', 'vivienda plurifamiliar', 'industria', 60.0, 0.70, 2.50, 15.0),
    ('TH', 'Turístico hotelero', 'hospedaje; comercio turístico', 'vivienda plurifamiliar', 'industria; bodegas', 100.0, 0.40, 2.00, 30.0),
    ('EQ', 'Equipamiento urbano', 'educación; salud; cultura; deporte', 'comercio', 'vivienda; industria', null, 0.50, 1.50, 15.0),
    ('AV', 'Área verde y espacio abierto', 'parque; jardín', 'kiosco', 'vivienda; comercio; industria', 0.0, 0.05, 0.05, 6.0)
  ) t (clave, nombre, usos_perm, usos_cond, usos_proh, densidad, cos, cus, altura_max)
  where t.clave = zone_type
$$;

-- A zoning grid over a layout: zones of zone_bx × zone_by blocks, each of a PDU type drawn from the
-- zone's position, codes TYPE-NNNN. For the large benchmark sets.
create or replace function gis_generator.zone_grid(
    origin_x double precision, origin_y double precision, angle_deg double precision,
    blocks_x integer, blocks_y integer, lots_per_side integer,
    lot_width double precision, lot_depth double precision, street double precision,
    zone_bx integer, zone_by integer)
returns table (clave text, nombre text, usos_perm text, usos_cond text, usos_proh text,
               densidad numeric, cos numeric, cus numeric, altura_max numeric, geom geometry)
language sql immutable as $$
  select n.clave || '-' || gis_generator.num(z.k, 4), n.nombre, n.usos_perm, n.usos_cond, n.usos_proh,
         n.densidad, n.cos, n.cus, n.altura_max,
         gis_generator.area(origin_x, origin_y, angle_deg, lots_per_side, lot_width, lot_depth, street,
                            z.zx * zone_bx, z.zy * zone_by,
                            least(blocks_x, (z.zx + 1) * zone_bx) - 1, least(blocks_y, (z.zy + 1) * zone_by) - 1)
    from (select zx, zy, zy * ceil(blocks_x::numeric / zone_bx)::integer + zx + 1 as k
            from generate_series(0, ceil(blocks_x::numeric / zone_bx)::integer - 1) zx,
                 generate_series(0, ceil(blocks_y::numeric / zone_by)::integer - 1) zy) z,
         lateral gis_generator.pdu_norms((array['H1', 'H2', 'H3', 'CU', 'CB', 'EQ', 'AV'])
                   [1 + floor(gis_generator.unit('zone:' || z.k) * 7)::integer]) n
$$;
