-- Run by the database superuser when the registry's database is created (./registry, and the
-- database tests' TestDatabase). It gives the registry's own role a way to seal the access log
-- (schema audit) that it cannot undo: migration V11 calls registry_admin.seal_audit_log(), which hands the
-- schema and its tables to the role registry_log (no login, no members) and leaves the role that
-- ran the migration only USAGE, SELECT and INSERT. From then on the application can append to the
-- log and read it, but not update, delete, truncate, alter or drop it, nor disable its triggers.
-- A superuser still can; the log's Merkle tree and signed checkpoints make that visible.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'registry_log') then
    create role registry_log nologin;
  end if;
exception when duplicate_object or unique_violation then
  null; -- created meanwhile by another database's set-up
end $$;

-- its own schema, owned by the superuser: Flyway expects an empty public schema on first run
create schema if not exists registry_admin;

create or replace function registry_admin.seal_audit_log() returns void
language plpgsql security definer set search_path = pg_catalog as $$
declare
  app text := session_user;
  item record;
begin
  execute 'alter schema audit owner to registry_log';
  for item in
    select format('%I.%I', n.nspname, c.relname) as name
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'audit' and c.relkind in ('r', 'p')
  loop
    -- a table's identity sequence follows its owner
    execute format('alter table %s owner to registry_log', item.name);
  end loop;
  for item in
    select format('%I.%I', n.nspname, p.proname) as name, pg_get_function_identity_arguments(p.oid) as args
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname = 'audit'
  loop
    execute format('alter function %s(%s) owner to registry_log', item.name, item.args);
  end loop;
  if not (select rolsuper from pg_roles where rolname = app) then
    execute format('revoke all on schema audit from %I', app);
    execute format('revoke all on all tables in schema audit from %I', app);
    execute format('grant usage on schema audit to %I', app);
    execute format('grant select, insert on all tables in schema audit to %I', app);
    execute format('grant usage on all sequences in schema audit to %I', app);
  end if;
end $$;

revoke all on function registry_admin.seal_audit_log() from public;

-- Once sealed, the access log's tables belong to registry_log, so a later migration cannot change
-- them. The few changes the log's design has needed since are listed here, each one additive (a
-- new nullable column: no event's stored bytes change), and a migration asks for one by number.
create or replace function registry_admin.evolve_audit_log(migration integer) returns void
language plpgsql security definer set search_path = pg_catalog as $$
declare
  t text;
begin
  case migration
    when 12 then
      execute 'alter table audit.access_event add column if not exists actor_subject text';
      -- the anomaly rules read one staff member's events over time
      execute 'create index if not exists access_event_actor_time on audit.access_event (actor, occurred_at)';
      execute 'comment on column audit.access_event.actor_subject is '
        || quote_literal('The caller''s Keycloak subject (the token''s sub); null for events before V12 and for work started inside the server.');
    when 23 then
      -- the witness's cosignatures of the checkpoints, and its refusals, kept like the log
      execute 'create table if not exists audit.checkpoint_cosignature (
          tree_size   bigint not null references audit.checkpoint (tree_size),
          witness     text not null,
          line        text not null,
          cosigned_at timestamptz not null,
          primary key (tree_size, witness))';
      execute 'create table if not exists audit.witness_refusal (
          id         bigint generated always as identity primary key,
          tree_size  bigint not null,
          witness    text not null,
          status     integer not null,
          reason     text not null,
          refused_at timestamptz not null)';
      execute 'comment on table audit.checkpoint_cosignature is '
        || quote_literal('A witness''s C2SP tlog-cosignature line of a checkpoint: the checkpoint''s note followed by these lines is the cosigned checkpoint.');
      execute 'comment on table audit.witness_refusal is '
        || quote_literal('A checkpoint the witness did not cosign: its HTTP status (0: no answer) and what it said. A 409 or 422 means the log was rolled back or rewritten.');
      foreach t in array array['checkpoint_cosignature', 'witness_refusal'] loop
        execute format('drop trigger if exists %I on audit.%I', t || '_append_only', t);
        execute format('create trigger %I before update or delete on audit.%I
                        for each row execute function audit.refuse_change()', t || '_append_only', t);
        execute format('drop trigger if exists %I on audit.%I', t || '_no_truncate', t);
        execute format('create trigger %I before truncate on audit.%I
                        for each statement execute function audit.refuse_change()', t || '_no_truncate', t);
        execute format('alter table audit.%I owner to registry_log', t);
        if not (select rolsuper from pg_roles where rolname = session_user) then
          execute format('grant select, insert on audit.%I to %I', t, session_user);
        end if;
      end loop;
      if not (select rolsuper from pg_roles where rolname = session_user) then
        execute format('grant usage on all sequences in schema audit to %I', session_user);
      end if;
    when 25 then
      -- each entry (asiento) the registry writes is a leaf of the log: its event carries the
      -- SHA-256 of the entry's canonical bytes
      execute 'alter table audit.access_event add column if not exists entry_hash bytea'
        || ' check (octet_length(entry_hash) = 32)';
      execute 'comment on column audit.access_event.entry_hash is '
        || quote_literal('For an ENTRY event: the SHA-256 of the entry''s canonical bytes (RFC 8785) when it was written; null for every other event.');
      -- a folio's seals, looked up by the prefix "<folio>/" of their resource id
      execute 'create index if not exists access_event_entry_seal on audit.access_event'
        || ' (resource_id text_pattern_ops) where resource_type = ''ENTRY''';
    when 27 then
      -- lien certificates are sealed too (resource CERTIFICATE, id = the code, entry_hash = the
      -- SHA-256 of the signed PDF): their seal is looked up by code
      execute 'comment on column audit.access_event.entry_hash is '
        || quote_literal('For an ENTRY event: the SHA-256 of the entry''s canonical bytes (RFC 8785) when it was written; for a CERTIFICATE seal: the SHA-256 of the signed PDF issued; null for every other event.');
      execute 'create index if not exists access_event_certificate_seal on audit.access_event'
        || ' (resource_id) where resource_type = ''CERTIFICATE'' and entry_hash is not null';
    else
      raise exception 'la bitácora de accesos no tiene el cambio %', migration;
  end case;
end $$;

revoke all on function registry_admin.evolve_audit_log(integer) from public;

-- The registry's records are sealed like the log: entries (and their holders and signatures),
-- filing transitions, certificates, and the anomaly alerts with their events and reviews belong
-- to registry_records (no login, no members) from migration V26 on. The application keeps SELECT
-- and INSERT, so it can write a record and read it, but not update, delete, truncate, alter or
-- drop one, nor disable the triggers that refuse those changes, nor replace the functions they
-- run. Each table's identity sequence follows it; the application may still draw from it. The
-- four schemas that hold them pass to registry_records as well (a schema's owner may drop what it
-- holds); the application keeps USAGE and CREATE there and owns the rest of its tables.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'registry_records') then
    create role registry_records nologin;
  end if;
exception when duplicate_object or unique_violation then
  null;
end $$;

create or replace function registry_admin.seal_records() returns void
language plpgsql security definer set search_path = pg_catalog as $$
declare
  app text := session_user;
  t text;
  s text;
  f regprocedure;
begin
  -- a schema's owner may drop any table in it: the schemas change hands too, and the application
  -- keeps creating (and owning) its other tables there. The owner of the sealed tables also runs
  -- the foreign-key checks of the rows that refer to them, hence its USAGE.
  foreach s in array array['folio', 'filing', 'certificate', 'oversight'] loop
    execute format('alter schema %I owner to registry_records', s);
    if not (select rolsuper from pg_roles where rolname = app) then
      execute format('grant usage, create on schema %I to %I', s, app);
    end if;
  end loop;
  foreach t in array array['folio.entry', 'folio.entry_holder', 'folio.entry_signature',
                           'filing.filing_transition', 'certificate.lien_certificate',
                           'oversight.alert', 'oversight.alert_event', 'oversight.alert_review'] loop
    execute format('alter table %s owner to registry_records', t);
    if not (select rolsuper from pg_roles where rolname = app) then
      execute format('revoke all on %s from %I', t, app);
      execute format('grant select, insert on %s to %I', t, app);
      for s in
        select pg_get_serial_sequence(t, a.attname)
          from pg_attribute a
         where a.attrelid = t::regclass and a.attnum > 0 and not a.attisdropped
           and pg_get_serial_sequence(t, a.attname) is not null
      loop
        execute format('grant usage on sequence %s to %I', s, app);
      end loop;
    end if;
  end loop;
  -- the trigger functions of those tables: whoever owns them could make them do nothing
  for f in
    select distinct g.tgfoid::regprocedure
      from pg_trigger g
     where not g.tgisinternal
       and g.tgrelid in ('folio.entry'::regclass, 'folio.entry_holder'::regclass,
                         'folio.entry_signature'::regclass, 'filing.filing_transition'::regclass,
                         'certificate.lien_certificate'::regclass, 'oversight.alert'::regclass,
                         'oversight.alert_event'::regclass, 'oversight.alert_review'::regclass)
  loop
    execute format('alter function %s owner to registry_records', f);
  end loop;
end $$;

revoke all on function registry_admin.seal_records() from public;

-- Sealed records change only as listed here, each asked for by its migration's number.
create or replace function registry_admin.evolve_records(migration integer) returns void
language plpgsql security definer set search_path = pg_catalog as $$
begin
  case migration
    when 27 then
      -- the seal of each new certificate in the log (the function, created by the migration, passes
      -- to the records' owner with its trigger: the application cannot make it do nothing)
      execute 'drop trigger if exists lien_certificate_sealed on certificate.lien_certificate';
      execute 'create trigger lien_certificate_sealed after insert on certificate.lien_certificate'
        || ' for each row execute function certificate.seal_certificate()';
      execute 'alter function certificate.seal_certificate() owner to registry_records';
    when 28 then
      -- the filings a certificate reported pending on its folio (issue 20: prelación)
      execute 'alter table certificate.lien_certificate add column if not exists pending_filings'
        || ' text[] not null default ''{}''';
      execute 'comment on column certificate.lien_certificate.pending_filings is '
        || quote_literal('The filings pending on the folio at issuance that the certificate reports (entry number, procedure, priority instant; tab-separated).');
    else
      raise exception 'los registros sellados no tienen el cambio %', migration;
  end case;
end $$;

revoke all on function registry_admin.evolve_records(integer) from public;
