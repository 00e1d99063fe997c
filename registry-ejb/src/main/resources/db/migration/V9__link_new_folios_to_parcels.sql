-- A property folio opened for a cadastral key that already has a parcel covers that parcel from
-- the start, whoever inserts the folio (the application, a migration of legacy books, a data
-- load): parcel imports link the folios already there, this links the folios that come later.

create function cadastre.link_new_folio() returns trigger language plpgsql as $$
begin
    insert into cadastre.folio_parcel (folio_id, parcel_id, linked_at)
    select new.id, p.id, now()
      from cadastre.parcel p
     where p.cadastral_key = new.cadastral_key
       and p.municipality = new.municipality
       and p.retired_at is null
    on conflict do nothing;
    return null;
end $$;
comment on function cadastre.link_new_folio() is
    'Links a new property folio to the current parcel with its cadastral key and municipality.';

create trigger folio_links_parcel after insert on folio.folio
    for each row when (new.kind = 'PROPERTY' and new.cadastral_key is not null)
    execute function cadastre.link_new_folio();
