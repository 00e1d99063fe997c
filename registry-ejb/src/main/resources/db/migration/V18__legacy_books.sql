-- The paper books (libro, tomo, partida) digitized in batches, and documents that belong to a
-- folio's entry or to a book's record as well as to a filing.

create table document.legacy_record (
    id                   bigint generated always as identity primary key,
    office               varchar(3)  not null,
    book                 varchar(20) not null,
    volume               varchar(20) not null,
    record               varchar(20) not null,
    created_at           timestamptz not null,
    migrated_folio_number varchar(24),
    migrated_at          timestamptz,
    migrated_by          text,
    unique (office, book, volume, record),
    check ((migrated_folio_number is null) = (migrated_at is null))
);
comment on table document.legacy_record is
    'A record (partida) of the paper books before folios (LegacyRecordRef: office, libro, tomo, '
    'partida), found in a digitized batch; once migrated, the folio whose opening entry cites it.';

create table document.legacy_batch (
    id              bigint generated always as identity primary key,
    source          text        not null,
    total_pages     integer     not null check (total_pages >= 0),
    started_by      text        not null,
    started_at      timestamptz not null,
    execution_id    bigint,
    execution_started_at timestamptz,
    finished_at     timestamptz
);
comment on table document.legacy_batch is
    'A folder or ZIP of scanned book pages with its manifest, ingested by the legacy-books batch '
    'job; execution_id is the job''s latest execution (a restart after a crash gets a new one).';

create table document.legacy_failure (
    batch_id       bigint  not null references document.legacy_batch (id),
    manifest_line  integer not null,
    reason         text    not null,
    failed_at      timestamptz not null,
    primary key (batch_id, manifest_line)
);
comment on table document.legacy_failure is
    'A manifest line of a batch whose page could not be taken (missing file, refused type, page '
    'already digitized), with the reason; a page that was taken but could not be read is a '
    'document in state FAILED instead.';

alter table document.document alter column filing_entry_number drop not null;
alter table document.document
    add column entry_id         bigint references folio.entry (id),
    add column legacy_record_id bigint references document.legacy_record (id),
    add column page             integer check (page > 0),
    add column sheet            varchar(20),
    add column batch_id         bigint references document.legacy_batch (id),
    add column manifest_line    integer,
    add constraint document_one_owner check (
        num_nonnulls(filing_entry_number, entry_id, legacy_record_id) = 1),
    add constraint document_page_of_record check ((legacy_record_id is null) = (page is null));
comment on column document.document.sheet is 'The book''s foja the page was scanned from, if known.';
create index document_entry on document.document (entry_id) where entry_id is not null;
-- one document per page of a record, and per line of a batch's manifest: a restarted batch that
-- meets a line again finds it taken and adds nothing
create unique index document_record_page on document.document (legacy_record_id, page)
    where legacy_record_id is not null;
create unique index document_batch_line on document.document (batch_id, manifest_line)
    where batch_id is not null;
