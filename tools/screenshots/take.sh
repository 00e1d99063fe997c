#!/usr/bin/env bash
# Takes the README's screenshots (docs/images/*.png) from the running ./registry up instance:
# a suspended filing's tracking page, a lien certificate's verification page, registrador1's work
# queue of Cancún and planeador1's map on a parcel of the Cancún sample. Needs the demo data that
# ./registry up loads, Debian's chromium and chromium-driver, and Maven (for Selenium's classpath).
#
#   ./registry up && tools/screenshots/take.sh
#
# Environment: the launcher's REGISTRY_HTTP_PORT (8080), REGISTRY_DB_PORT (55432),
# REGISTRY_DB_PASSWORD (registry-demo).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
BASE=http://localhost:${REGISTRY_HTTP_PORT:-8080}
sql() {
  PGPASSWORD=${REGISTRY_DB_PASSWORD:-registry-demo} psql -X -qtA -h 127.0.0.1 \
    -p "${REGISTRY_DB_PORT:-55432}" -U registry registry -c "$1"
}
tracking=$(sql "select tracking_code from filing.filing where status = 'SUSPENDED' order by id limit 1")
certificate=$(sql "select code from certificate.lien_certificate order by as_of limit 1")
# a lot with folios in the middle of the Cancún sample (blocks 0001-0020), so the view around it is full
parcel=$(sql "select p.cadastral_key from cadastre.parcel p
                where p.retired_at is null and p.cadastral_key like '23005-023-0010-%'
                  and exists (select 1 from cadastre.folio_parcel fp where fp.parcel_id = p.id)
                order by p.cadastral_key limit 1")
[[ -n $tracking && -n $certificate && -n $parcel ]] || { echo "no demo data: run ./registry up first" >&2; exit 1; }
classpath=$(mktemp)
trap 'rm -f "$classpath"' EXIT
mvn -q -B -o dependency:build-classpath -pl registry-web -Dmdep.includeScope=test \
  -Dmdep.outputFile="$classpath" >/dev/null
java -cp "$(cat "$classpath")" tools/screenshots/Screenshots.java \
  "$BASE" docs/images "$tracking" "$certificate" "$parcel"
