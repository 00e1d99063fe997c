-- The search joins each matching blob to its uploads by hash: without an index on
-- document.document (sha256) every search read the whole table (found by bench/document-search.sh
-- over 1,000,000 documents; bench/README.md, "Documents").
create index document_sha256 on document.document (sha256);
