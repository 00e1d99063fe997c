-- Versions of the map layers, for the HTTP validators of vector tiles: a statement trigger raises
-- a layer's version on any change to its tables, whoever makes it, so a tile's ETag changes when
-- (and only when) what it draws may have changed.

create table cadastre.map_layer_version (
    layer   varchar(16) primary key check (layer in ('municipalities', 'parcels', 'zones')),
    version bigint      not null
);
comment on table cadastre.map_layer_version is
    'Per map layer, a number raised by every statement that changes its tables (the ETag of its tiles).';

insert into cadastre.map_layer_version (layer, version)
values ('municipalities', 1), ('parcels', 1), ('zones', 1);

create function cadastre.raise_map_layer_version() returns trigger language plpgsql as $$
begin
    update cadastre.map_layer_version set version = version + 1 where layer = tg_argv[0];
    return null;
end $$;

create trigger map_layer_changed after insert or update or delete or truncate
    on cadastre.municipality for each statement
    execute function cadastre.raise_map_layer_version('municipalities');
create trigger map_layer_changed after insert or update or delete or truncate
    on cadastre.parcel for each statement
    execute function cadastre.raise_map_layer_version('parcels');
create trigger map_layer_changed after insert or update or delete or truncate
    on planning.plan_zone for each statement
    execute function cadastre.raise_map_layer_version('zones');
create trigger map_layer_changed after insert or update or delete or truncate
    on planning.land_use_plan for each statement
    execute function cadastre.raise_map_layer_version('zones');
