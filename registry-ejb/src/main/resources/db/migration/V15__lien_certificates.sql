-- Certificados de libertad o existencia de gravámenes: one per folio of an issued certificate
-- filing, the signed PDF as handed out and its SHA-256, by which anyone can check a copy.
create schema certificate;

create table certificate.lien_certificate (
    code                varchar(20) primary key,
    filing_entry_number varchar(24) not null,
    folio_number        varchar(24) not null references folio.folio (folio_number),
    as_of               timestamptz not null,
    sha256              char(64)    not null,
    pdf                 bytea       not null
);
comment on table certificate.lien_certificate is
    'Issued lien certificates: the folio as of as_of, for the filing; the signed PDF and its '
    'SHA-256 (hex). Never changed: a new certificate is a new filing.';
create index lien_certificate_filing on certificate.lien_certificate (filing_entry_number);

create function certificate.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'un certificado emitido no se modifica ni se borra: % rechazado', tg_op
        using errcode = 'insufficient_privilege';
end $$;
create trigger lien_certificate_immutable before update or delete on certificate.lien_certificate
    for each row execute function certificate.refuse_change();
