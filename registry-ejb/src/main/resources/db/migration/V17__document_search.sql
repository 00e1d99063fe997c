-- Full-text search over documents' text in Spanish, accent-insensitive: "Benito Juarez" finds
-- "Benito Juárez". unaccent is a trusted extension: the database's owner may create it.
create extension if not exists unaccent;

create text search configuration document.spanish_unaccent (copy = pg_catalog.spanish);
alter text search configuration document.spanish_unaccent
    alter mapping for hword, hword_part, word with unaccent, spanish_stem;

alter table document.blob
    add column search tsvector
        generated always as (to_tsvector('document.spanish_unaccent', coalesce(text, ''))) stored;
create index blob_search on document.blob using gin (search);

-- the filing a document belongs to, by id, for the search's filters
alter table document.document add column filing_id bigint references filing.filing (id);
update document.document d set filing_id = f.id
  from filing.filing f
 where d.filing_entry_number = f.office || '-' || f.entry_year || '-' || lpad(f.entry_sequence::text, 6, '0');
create index document_filing_id on document.document (filing_id);
