-- Low-zoom tiles used to reproject (and ST_AsMVTGeom to simplify) every municipality and zone that
-- met them, whole, on every request: a tile of the state at zoom 6 carried all of INEGI's vertices.
-- Each geometry is now kept in web mercator once per zoom up to 14, simplified to half a unit of
-- that zoom's tile grid (ST_AsMVTGeom snaps to 4096 units a tile, so nothing visible is lost), and
-- once unsimplified for zoom 15 and beyond: the "band" of a zoom. Row triggers keep the copies up
-- to date, whoever writes the layers.

-- The band of a zoom: the zoom itself up to 14, then 15 (unsimplified).
create function cadastre.zoom_band(z integer) returns smallint language sql immutable parallel safe
    as $$ select least(z, 15)::smallint $$;

-- A geometry (in EPSG:6371) as the tiles of a band draw it: in EPSG:3857, simplified to half a grid
-- unit of the band's zoom (40075016.69 m / 2^z / 4096), its topology kept.
create function cadastre.band_geometry(geom geometry, band smallint) returns geometry
    language sql immutable parallel safe as $$
    select case when band >= 15 then g
                else ST_SimplifyPreserveTopology(g, 40075016.69 / 2 ^ band / 4096 / 2)
           end
      from ST_Transform(geom, 3857) g $$;

create table cadastre.municipality_tile_geometry (
    cvegeo char(5)  not null references cadastre.municipality (cvegeo) on delete cascade,
    band   smallint not null check (band between 0 and 15),
    geom   geometry(Geometry, 3857) not null,
    primary key (band, cvegeo)
);
comment on table cadastre.municipality_tile_geometry is
    'Each municipality in web mercator per band of zooms (cadastre.zoom_band), simplified for it: what its tiles draw.';
create index municipality_tile_geometry_geom on cadastre.municipality_tile_geometry using gist (geom);

create table planning.plan_zone_tile_geometry (
    zone_id bigint   not null references planning.plan_zone (id) on delete cascade,
    band    smallint not null check (band between 10 and 15),
    geom    geometry(Geometry, 3857) not null,
    primary key (band, zone_id)
);
comment on table planning.plan_zone_tile_geometry is
    'Each plan zone in web mercator per band of the zooms it is drawn at (from 10), simplified for it.';
create index plan_zone_tile_geometry_geom on planning.plan_zone_tile_geometry using gist (geom);

create function cadastre.municipality_tile_geometry_upkeep() returns trigger language plpgsql as $$
begin
    delete from cadastre.municipality_tile_geometry where cvegeo = new.cvegeo;
    insert into cadastre.municipality_tile_geometry (cvegeo, band, geom)
    select new.cvegeo, b, cadastre.band_geometry(new.geom, b::smallint) from generate_series(0, 15) b;
    return null;
end $$;
create trigger tile_geometry after insert or update of geom on cadastre.municipality
    for each row execute function cadastre.municipality_tile_geometry_upkeep();

create function planning.plan_zone_tile_geometry_upkeep() returns trigger language plpgsql as $$
begin
    delete from planning.plan_zone_tile_geometry where zone_id = new.id;
    insert into planning.plan_zone_tile_geometry (zone_id, band, geom)
    select new.id, b, cadastre.band_geometry(new.geom, b::smallint) from generate_series(10, 15) b;
    return null;
end $$;
create trigger tile_geometry after insert or update of geom on planning.plan_zone
    for each row execute function planning.plan_zone_tile_geometry_upkeep();

insert into cadastre.municipality_tile_geometry (cvegeo, band, geom)
select m.cvegeo, b, cadastre.band_geometry(m.geom, b::smallint)
  from cadastre.municipality m, generate_series(0, 15) b;
insert into planning.plan_zone_tile_geometry (zone_id, band, geom)
select z.id, b, cadastre.band_geometry(z.geom, b::smallint)
  from planning.plan_zone z, generate_series(10, 15) b;
