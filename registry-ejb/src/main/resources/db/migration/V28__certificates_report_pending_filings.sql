-- Prelación as practice reads it: a certificate request is neither held back by the filings
-- pending on its folio nor holds later deeds back; the certificate reports those filings instead,
-- and since no entry records them, the certificate's row keeps them (entry number, procedure and
-- priority instant, tab-separated, one per element). The table is sealed (V26): the column is
-- added by registry_admin.evolve_records(28). The certificates issued before have none.

select registry_admin.evolve_records(28);
