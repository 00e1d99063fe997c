-- Parcels (predios, LADM LA_SpatialUnit): the cadastral geometry of a property, in EPSG:6371, with
-- its history. A parcel row never changes geometry: a new survey of the same cadastral key retires
-- the old row and adds a new one, linked in cadastre.parcel_lineage, so "which parcel was this on
-- date D" stays answerable. Property folios are linked to the parcels they cover.

alter table cadastre.layer_import drop constraint layer_import_layer_check;
alter table cadastre.layer_import add constraint layer_import_layer_check
    check (layer in ('MUNICIPALITIES', 'LOCALITIES', 'PARCELS'));

create table cadastre.parcel (
    id             bigint generated always as identity primary key,
    cadastral_key  varchar(40) not null check (cadastral_key ~ '^[0-9A-Z][0-9A-Z-]{3,39}$'),
    municipality   char(5)     not null,
    geom           geometry(MultiPolygon, 6371) not null check (ST_IsValid(geom)),
    area_m2        numeric(14, 2) generated always as (round(ST_Area(geom)::numeric, 2)) stored,
    valid_from     timestamptz not null,
    retired_at     timestamptz,
    retired_reason varchar(16) check (retired_reason in ('RESURVEY', 'SUBDIVISION', 'MERGER')),
    import_id      bigint      references cadastre.layer_import (id),
    check ((retired_at is null) = (retired_reason is null))
);
comment on table cadastre.parcel is
    'Cadastral parcels (predios) in EPSG:6371. A row is one version of a parcel: retired_at set '
    'when a resurvey, subdivision or merger replaced it; at most one current row per cadastral key.';
comment on column cadastre.parcel.municipality is
    'INEGI cvegeo of the municipality whose boundary contains the parcel (a point on its surface).';
comment on column cadastre.parcel.area_m2 is 'Area in square metres, computed by PostGIS in EPSG:6371.';
create unique index parcel_current_key on cadastre.parcel (cadastral_key) where retired_at is null;
create index parcel_geom on cadastre.parcel using gist (geom);

create table cadastre.parcel_lineage (
    parent_id   bigint      not null references cadastre.parcel (id),
    child_id    bigint      not null references cadastre.parcel (id),
    event       varchar(16) not null check (event in ('RESURVEY', 'SUBDIVISION', 'MERGER')),
    occurred_at timestamptz not null,
    primary key (parent_id, child_id)
);
comment on table cadastre.parcel_lineage is
    'Which parcel versions replaced which: a resurvey (one to one), a subdivision (one to many) or '
    'a merger (many to one).';

create table cadastre.folio_parcel (
    folio_id  bigint      not null references folio.folio (id),
    parcel_id bigint      not null references cadastre.parcel (id),
    linked_at timestamptz not null,
    primary key (folio_id, parcel_id)
);
comment on table cadastre.folio_parcel is
    'Property folios and the parcels they cover (a folio may cover several parcels); a new '
    'version of a parcel is linked to the folios of the version it replaced.';
create index folio_parcel_parcel on cadastre.folio_parcel (parcel_id);
alter table cadastre.layer_import alter column name_field drop not null;
