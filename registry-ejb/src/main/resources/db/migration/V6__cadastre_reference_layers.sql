-- Cadastre: imports of spatial layers and the INEGI reference layers (municipal and locality
-- boundaries). Storage CRS is EPSG:6371 (Mexico ITRF2008 / UTM zone 16N, metres), so areas are
-- square metres. A layer arrives through GDAL's ogr2ogr into gis_staging, in its source CRS, and is
-- validated and published by the application in one transaction: all of it or none of it.

create schema cadastre;
comment on schema cadastre is
    'Parcels and the spatial reference layers they are checked against, and the imports that feed them.';

create schema gis_staging;
comment on schema gis_staging is
    'Scratch tables of imports in progress, one per import, written by ogr2ogr in the source CRS '
    'and dropped when the import ends.';

create table cadastre.layer_import (
    id                 bigint generated always as identity primary key,
    layer              varchar(32) not null check (layer in ('MUNICIPALITIES', 'LOCALITIES')),
    source_name        text        not null,
    source_format      varchar(16) not null check (source_format in ('GEOJSON', 'GEOPACKAGE', 'SHAPEFILE')),
    source_srid        integer,
    crs_origin         varchar(24) check (crs_origin in
                           ('PRJ', 'GEOPACKAGE', 'GEOJSON_GEOMETRY_CRS', 'GEOJSON_COLLECTION_CRS',
                            'GEOJSON_DEFAULT', 'PARAMETER')),
    key_field          text        not null,
    name_field         text        not null,
    repair_requested   boolean     not null,
    features_read      integer     not null default 0,
    features_published integer     not null default 0,
    geometries_invalid integer     not null default 0,
    geometries_repaired integer    not null default 0,
    outcome            varchar(16) not null check (outcome in ('PUBLISHED', 'REJECTED')),
    problems           jsonb       not null default '[]',
    actor              text        not null,
    started_at         timestamptz not null,
    finished_at        timestamptz not null
);
comment on table cadastre.layer_import is
    'Report of every layer import, published or rejected: source, CRS and where it came from, '
    'field mapping, counts, and each problem found (feature, reason, location).';
comment on column cadastre.layer_import.crs_origin is
    'Where the source CRS came from: the shapefile .prj, the GeoPackage SRS, the geometry-level or '
    'collection-level crs member of a GeoJSON file, the GeoJSON default (WGS 84) or a parameter.';
comment on column cadastre.layer_import.problems is
    'JSON array of {"feature", "reason", "location"}; location is a WKT point in the source CRS.';

create table cadastre.municipality (
    cvegeo    char(5)  primary key check (cvegeo ~ '^[0-9]{5}$'),
    name      text     not null,
    geom      geometry(MultiPolygon, 6371) not null,
    import_id bigint   not null references cadastre.layer_import (id)
);
comment on table cadastre.municipality is
    'INEGI municipal boundaries (Marco Geoestadístico, AGEM): reference layer replaced whole by '
    'each import. Fuente: INEGI, Marco Geoestadístico.';
comment on column cadastre.municipality.cvegeo is 'INEGI key: state (2 digits) + municipality (3).';
create index municipality_geom on cadastre.municipality using gist (geom);

create table cadastre.locality (
    cvegeo       varchar(9) primary key check (cvegeo ~ '^[0-9]{9}$'),
    name         text       not null,
    municipality char(5)    not null generated always as (left(cvegeo, 5)) stored,
    geom         geometry(MultiPolygon, 6371) not null,
    import_id    bigint     not null references cadastre.layer_import (id)
);
comment on table cadastre.locality is
    'INEGI locality polygons (AGLOC): reference layer; an import replaces the localities of the '
    'municipalities it covers. Fuente: INEGI, Marco Geoestadístico.';
create index locality_geom on cadastre.locality using gist (geom);
