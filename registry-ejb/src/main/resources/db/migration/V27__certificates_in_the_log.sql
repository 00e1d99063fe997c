-- Lien certificates join the transparency log, like entries (V25): each certificate stored is
-- sealed, in the same transaction, by an access-log event (action CREATE, resource CERTIFICATE
-- "<code>", entry_hash = the SHA-256 of the signed PDF as handed out), which becomes a leaf of the
-- Merkle tree. Once a checkpoint the witness cosigned covers it, anyone holding the certificate
-- can be given an offline proof (C2SP tlog-proof) that the registry issued exactly that file.
--
-- certificate.seal_certificate()        the trigger function, handed to registry_records with
--                                        its trigger by registry_admin.evolve_records(27)
-- registry_admin.evolve_audit_log(27)   the index of certificates' seals
--
-- The certificates issued before this version are sealed here, oldest first.

select registry_admin.evolve_audit_log(27);

create function certificate.seal_certificate() returns trigger language plpgsql as $$
begin
  insert into audit.access_event (occurred_at, actor, roles, client_address, action,
                                  resource_type, resource_id, outcome, request_id, detail,
                                  entry_hash)
  values (clock_timestamp(), 'sistema', '', '-', 'CREATE', 'CERTIFICATE', new.code, 'SUCCESS',
          'certificado-' || txid_current(), 'Certificado sellado en la bitácora',
          decode(new.sha256, 'hex'));
  return null;
end $$;
comment on function certificate.seal_certificate() is
  'Seals a new lien certificate in the access log: one CERTIFICATE event with the PDF''s SHA-256.';

select registry_admin.evolve_records(27);

insert into audit.access_event (occurred_at, actor, roles, client_address, action, resource_type,
                                resource_id, outcome, request_id, detail, entry_hash)
select clock_timestamp(), 'sistema', '', '-', 'CREATE', 'CERTIFICATE', c.code, 'SUCCESS',
       'migración-V27', 'Certificado sellado en la bitácora (emitido antes de V27)',
       decode(c.sha256, 'hex')
  from certificate.lien_certificate c
 order by c.as_of, c.code;
