-- Documents: the bytes, content-addressed by SHA-256 and stored once on disk (document.blob keeps
-- what was learned from them: real type, extraction state, text, pages), and each upload of them
-- to something of the registry (document.document).
create schema document;

create table document.blob (
    sha256        char(64)    primary key,
    size_bytes    bigint      not null check (size_bytes > 0),
    media_type    text        not null,
    status        varchar(12) not null check (status in ('PROCESSING', 'PROCESSED', 'FAILED')),
    reason        text,
    pages         integer,
    text          text,
    stored_at     timestamptz not null,
    processed_at  timestamptz,
    attempts      integer     not null default 0
);
comment on table document.blob is
    'A file''s bytes, once per content (its SHA-256 names the file under the storage root), its '
    'real type as detected from the bytes, and the extraction''s state, reason, pages and text.';
create index blob_processing on document.blob (stored_at) where status = 'PROCESSING';

create table document.document (
    id                  bigint generated always as identity primary key,
    sha256              char(64)    not null references document.blob (sha256),
    filing_entry_number varchar(24) not null,
    file_name           text        not null,
    uploaded_by         text        not null,
    uploaded_at         timestamptz not null
);
comment on table document.document is 'A file uploaded to a filing, by whom and when.';
create index document_filing on document.document (filing_entry_number);
