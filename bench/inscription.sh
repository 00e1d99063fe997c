#!/usr/bin/env bash
# A registrar's inscription of a sale, one after another (issue 19: inscribing with the e.firma
# costs at most 1.3 times the inscription before it): bench/Inscriptions.java receives and assigns
# a COMPRAVENTA on a generated CUN folio with no filing pending on it, then times the inscription itself:
# GET …/to-be-signed, the registrar's signature and POST …/examination where the server has the
# e.firma flow (it verifies signature, chain and OCSP before it commits), a bare INSCRIBE where it
# has not. Compare revisions with bench/compare.sh (the script is copied into the worktree of a
# revision that lacks it):
#
#   BENCH_ROUNDS=1 bash bench/compare.sh 6cd14cc HEAD -- inscription
#
# Environment: BENCH_INSCRIPTIONS_WARMUP (600), BENCH_INSCRIPTIONS (600), plus the launcher's
# REGISTRY_* variables. Needs bench/generate-data.sh's data, registry-ejb's test classpath (mvn
# package), openssl.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_require_tools curl psql openssl
bench_require_app
bench_require_data
bench_load_setup inscription
WARM=${BENCH_INSCRIPTIONS_WARMUP:-600}
COUNT=${BENCH_INSCRIPTIONS:-600}
bench_machine

psql_super -c "select f.folio_number from folio.folio f
                where f.folio_number like 'CUN-FR-%'
                  and not exists (select 1 from filing.filing_folio ff
                                    join filing.filing fi on fi.id = ff.filing_id
                                   where ff.folio_number = f.folio_number
                                     and fi.status in ('RECEIVED', 'ASSIGNED', 'IN_EXAMINATION', 'SUSPENDED'))
                order by f.folio_number limit $((WARM + COUNT))" >"$OUT/folios.txt"
EFIRMA=${REGISTRY_WORK_DIR:-$ROOT/.work/dev}/efirma
# the registrar's DEMO key, opened with its password (= user name) as the browser would
openssl pkcs8 -inform DER -in "$EFIRMA/registrador1.key" -passin pass:registrador1 -topk8 -nocrypt \
  -outform DER -out "$OUT/registrador1.p8"
(cd "$ROOT" && mvn -q -o -B dependency:build-classpath -pl registry-ejb -Dmdep.includeScope=test \
  -Dmdep.outputFile="$OUT/cp.txt" >/dev/null)
bench_say "inscriptions: $WARM to warm up, then $COUNT timed"
java -cp "$ROOT/registry-ejb/target/classes:$(cat "$OUT/cp.txt")" "$ROOT/bench/Inscriptions.java" \
  "$BASE_URL" "$KC_URL" "$OUT/folios.txt" "$WARM" "$COUNT" "$EFIRMA/registrador1.cer" \
  "$OUT/registrador1.p8" | tee "$OUT/inscriptions.txt"
rm -f "$OUT/registrador1.p8"
echo "raw output in $OUT"
