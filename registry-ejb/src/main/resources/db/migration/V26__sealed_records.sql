-- The registry's records are sealed like the access log (registry_admin.seal_records(), installed
-- by the superuser from config/postgres/seal-audit-log.sql): entries, their holders and
-- signatures, filing transitions, lien certificates, anomaly alerts with their events and
-- reviews now belong to the role registry_records, and the application keeps SELECT and INSERT.
-- A later migration that must change one of these tables asks the superuser's script for it, as
-- the access log's do (registry_admin.evolve_audit_log).

select registry_admin.seal_records();
