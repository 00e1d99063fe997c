-- The access log's checkpoints are cosigned by an independent witness (C2SP tlog-witness):
--
-- audit.checkpoint_cosignature   the witness's cosignature line of a checkpoint
-- audit.witness_refusal          a checkpoint the witness refused (a rolled-back or rewritten log)
--                                or could not be asked about
--
-- Both are sealed like the rest of the log (registry_admin.evolve_audit_log(23)): append-only,
-- owned by registry_log, the application may only insert and select.

select registry_admin.evolve_audit_log(23);
