-- The access log becomes append-only and tamper-evident (RFC 9162 Merkle tree, C2SP checkpoints).
--
-- audit.access_event   the events, as before, plus the justification of each access
-- audit.log_leaf       the order in which the single writer appended each event to the tree,
--                      with its leaf hash SHA-256(0x00 || canonical bytes)
-- audit.log_node       the hash of every perfect subtree of level 1 and up, stored as it
--                      completes, so that roots and proofs take a few lookups
-- audit.checkpoint     the signed checkpoints (C2SP signed-note), kept for ever
--
-- Triggers refuse UPDATE, DELETE and TRUNCATE on all four, and registry_admin.seal_audit_log() (installed
-- by the superuser, config/postgres/seal-audit-log.sql) takes them away from the role that runs
-- the migrations: from here on the application may only insert and select.

alter table audit.access_event add column justification text;
comment on column audit.access_event.justification is
  'Why the access happened: the filing it serves or a reason code chosen by the user.';

create table audit.log_leaf (
  leaf_index bigint primary key check (leaf_index >= 0),
  event_id bigint not null unique references audit.access_event (id),
  leaf_hash bytea not null check (length(leaf_hash) = 32)
);
comment on table audit.log_leaf is
  'Leaf i of the log''s Merkle tree: which event, and SHA-256(0x00 || its canonical bytes).';

create table audit.log_node (
  level smallint not null check (level between 1 and 62),
  node_index bigint not null check (node_index >= 0),
  hash bytea not null check (length(hash) = 32),
  primary key (level, node_index)
);
comment on table audit.log_node is
  'Hash of the perfect subtree of 2^level leaves starting at leaf node_index * 2^level.';

create table audit.checkpoint (
  tree_size bigint primary key check (tree_size >= 0),
  root_hash bytea not null check (length(root_hash) = 32),
  signed_note text not null,
  signed_at timestamptz not null
);
comment on table audit.checkpoint is
  'Signed checkpoints of the log (C2SP tlog-checkpoint in a signed-note), one per tree size.';

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'la bitácora de accesos solo admite altas: % en %.% rechazado',
    tg_op, tg_table_schema, tg_table_name
    using errcode = 'insufficient_privilege';
end $$;

do $$
declare
  t text;
begin
  foreach t in array array['access_event', 'log_leaf', 'log_node', 'checkpoint'] loop
    execute format('create trigger %I before update or delete on audit.%I
                    for each row execute function audit.refuse_change()', t || '_append_only', t);
    execute format('create trigger %I before truncate on audit.%I
                    for each statement execute function audit.refuse_change()', t || '_no_truncate', t);
  end loop;
end $$;

select registry_admin.seal_audit_log();
