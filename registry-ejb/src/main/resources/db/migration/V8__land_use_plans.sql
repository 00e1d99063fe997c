-- Planning: land-use plans (PDU, Programa de Desarrollo Urbano; POEL, Programa de Ordenamiento
-- Ecológico Local) and their zones, versioned by validity dates so that "which zoning applied on
-- date D" stays answerable after a plan is replaced, and the overlay of every parcel version with
-- every zone it intersects, recomputed set-based in PostGIS.

alter table cadastre.layer_import drop constraint layer_import_layer_check;
alter table cadastre.layer_import add constraint layer_import_layer_check
    check (layer in ('MUNICIPALITIES', 'LOCALITIES', 'PARCELS', 'ZONES'));

create schema planning;
comment on schema planning is
    'Land-use plans (PDU, POEL) of SEDETUS and the municipalities, their zones, and the overlay of '
    'the cadastral parcels with them.';

create table planning.land_use_plan (
    id              bigint generated always as identity primary key,
    plan_key        varchar(40)  not null check (plan_key ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    version         integer      not null check (version > 0),
    name            text         not null check (btrim(name) <> ''),
    kind            varchar(4)   not null check (kind in ('PDU', 'POEL')),
    municipality    char(5)      not null check (municipality ~ '^[0-9]{5}$'),
    valid_from      date         not null,
    valid_to        date,
    source_document text         not null check (btrim(source_document) <> ''),
    import_id       bigint       not null references cadastre.layer_import (id),
    published_at    timestamptz  not null,
    published_by    text         not null,
    unique (plan_key, version),
    check (valid_to is null or valid_to >= valid_from)
);
comment on table planning.land_use_plan is
    'One published version of a land-use plan. A new version closes the validity of the one before '
    '(valid_to = the day before the new valid_from); no version is ever deleted.';
comment on column planning.land_use_plan.plan_key is
    'Stable key of the plan across its versions, e.g. PDU-CANCUN.';
comment on column planning.land_use_plan.source_document is
    'Where the plan was published: Periódico Oficial del Estado issue and date, or a document id.';
comment on column planning.land_use_plan.valid_to is
    'Last day the version applied (inclusive); null while in force with no end.';
create index land_use_plan_key on planning.land_use_plan (plan_key, valid_from);

create table planning.plan_zone (
    id               bigint generated always as identity primary key,
    plan_id          bigint        not null references planning.land_use_plan (id),
    code             varchar(24)   not null,
    name             text          not null,
    allowed_uses     text[]        not null default '{}',
    conditional_uses text[]        not null default '{}',
    prohibited_uses  text[]        not null default '{}',
    density_du_ha    numeric(8, 2) check (density_du_ha >= 0),
    cos              numeric(5, 3) check (cos between 0 and 1),
    cus              numeric(6, 3) check (cus >= 0),
    max_height_m     numeric(6, 2) check (max_height_m > 0),
    uga_policy       varchar(16)   check (uga_policy in
                         ('PROTECTION', 'CONSERVATION', 'RESTORATION', 'SUSTAINABLE_USE')),
    criteria         text[]        not null default '{}',
    geom             geometry(MultiPolygon, 6371) not null check (ST_IsValid(geom)),
    area_m2          numeric(16, 2) generated always as (round(ST_Area(geom)::numeric, 2)) stored,
    unique (plan_id, code)
);
comment on table planning.plan_zone is
    'A zone of a plan version: zona secundaria of a PDU (uses, density in dwellings per hectare, '
    'COS, CUS, maximum height) or UGA of a POEL (policy and criteria codes). Features of the '
    'source with the same code are one zone.';
comment on column planning.plan_zone.cos is
    'Coeficiente de Ocupación del Suelo: share of the lot the building may cover (0 to 1).';
comment on column planning.plan_zone.cus is
    'Coeficiente de Utilización del Suelo: built floor area allowed per lot area.';
create index plan_zone_geom on planning.plan_zone using gist (geom);

create table planning.parcel_zone (
    parcel_id bigint         not null references cadastre.parcel (id),
    zone_id   bigint         not null references planning.plan_zone (id),
    plan_id   bigint         not null references planning.land_use_plan (id),
    area_m2   numeric(14, 2) not null check (area_m2 > 0),
    share     numeric(7, 6)  not null check (share > 0 and share <= 1),
    primary key (parcel_id, zone_id)
);
comment on table planning.parcel_zone is
    'Overlay: for every parcel version, the zones of every plan version it intersects, with the '
    'area of the intersection in m² (EPSG:6371) and its share of the parcel. Recomputed by SQL '
    'when a plan version is published or parcels change.';
create index parcel_zone_plan on planning.parcel_zone (plan_id);
