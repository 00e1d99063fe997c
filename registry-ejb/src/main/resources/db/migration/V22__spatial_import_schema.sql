-- Importing a spatial layer is a context of its own (package mx.gob.qroo.rppc.spatial), used by the
-- cadastre (parcels, INEGI boundaries) and by planning (a plan version's zones): its report table
-- leaves the cadastre's schema. Foreign keys from the published layers follow the table.
create schema spatial;
comment on schema spatial is
    'Spatial layer import: one report per upload of a layer (what was read, checked and published)';
alter table cadastre.layer_import set schema spatial;
