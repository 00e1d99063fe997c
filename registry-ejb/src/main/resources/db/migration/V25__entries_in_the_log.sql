-- Entries join the transparency log: every entry written with its hash is sealed, in the same
-- transaction, by an event of the access log (action CREATE, resource ENTRY "<folio>/<sequence>",
-- entry_hash = the entry's content_hash), which becomes a leaf of the log's Merkle tree like any
-- other event. An entry altered, deleted or inserted behind the application's back then no
-- longer matches the log that the signed and witnessed checkpoints fix.
--
-- audit.access_event.entry_hash   registry_admin.evolve_audit_log(25)
-- folio.seal_entry()              the trigger that writes the seal: whatever path writes an
--                                 entry, it cannot forget its seal
--
-- The entries signed before this version are sealed here, in folio and sequence order. Entries
-- written before V24 have no hash and stay unsealed; the verification page says so.

select registry_admin.evolve_audit_log(25);

create function folio.seal_entry() returns trigger language plpgsql as $$
begin
  insert into audit.access_event (occurred_at, actor, roles, client_address, action,
                                  resource_type, resource_id, outcome, request_id, detail,
                                  entry_hash)
  select clock_timestamp(), new.signed_by, '', '-', 'CREATE', 'ENTRY',
         f.folio_number || '/' || new.sequence, 'SUCCESS', 'asiento-' || txid_current(),
         'Asiento sellado en la bitácora', new.content_hash
    from folio.folio f
   where f.id = new.folio_id;
  return null;
end $$;
comment on function folio.seal_entry() is
  'Seals a new entry in the access log: one ENTRY event with the entry''s content_hash.';

create trigger entry_sealed after insert on folio.entry
    for each row when (new.content_hash is not null) execute function folio.seal_entry();

insert into audit.access_event (occurred_at, actor, roles, client_address, action, resource_type,
                                resource_id, outcome, request_id, detail, entry_hash)
select clock_timestamp(), e.signed_by, '', '-', 'CREATE', 'ENTRY',
       f.folio_number || '/' || e.sequence, 'SUCCESS', 'migración-V25',
       'Asiento sellado en la bitácora (firmado antes de V25)', e.content_hash
  from folio.entry e join folio.folio f on f.id = e.folio_id
 where e.content_hash is not null
 order by f.folio_number, e.sequence;
