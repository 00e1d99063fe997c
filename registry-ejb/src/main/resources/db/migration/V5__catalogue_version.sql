-- Catalogue version: every reception reads the procedure types, fee rules, UMA values and the
-- holidays, which change a few times a year. Application nodes keep them in memory and check,
-- once per transaction, this single row: a statement trigger on each catalogue table raises it
-- whenever the table changes, whether through the application or by hand in SQL, so every node
-- sees a committed change from the next transaction on.

create table shared.catalogue_version (
    only_row boolean primary key default true check (only_row),
    version  bigint  not null
);
comment on table shared.catalogue_version is
    'One row: raised by a trigger on every change to a catalogue table, so that application nodes '
    'know when their in-memory copy of the catalogues is stale.';
comment on column shared.catalogue_version.version is
    'Increases with every statement that changes a catalogue table.';

insert into shared.catalogue_version (version) values (1);

create function shared.raise_catalogue_version() returns trigger language plpgsql as $$
begin
    update shared.catalogue_version set version = version + 1;
    return null;
end $$;

create trigger catalogue_changed after insert or update or delete or truncate
    on filing.procedure_type for each statement execute function shared.raise_catalogue_version();
create trigger catalogue_changed after insert or update or delete or truncate
    on filing.fee_rule for each statement execute function shared.raise_catalogue_version();
create trigger catalogue_changed after insert or update or delete or truncate
    on filing.fee_bracket for each statement execute function shared.raise_catalogue_version();
create trigger catalogue_changed after insert or update or delete or truncate
    on filing.uma_value for each statement execute function shared.raise_catalogue_version();
create trigger catalogue_changed after insert or update or delete or truncate
    on shared.holiday for each statement execute function shared.raise_catalogue_version();
