#!/usr/bin/env bash
# Reliability of reception across a crash: 1,000 receptions (POST /api/filings, each with its own
# Idempotency-Key) from several parallel clients; WildFly is killed with SIGKILL midway and
# started again; every request that did not get a 201 is sent again with the SAME key and body
# until it gets one (a replay answers 201 with the original filing). Then PostgreSQL must show:
#   - exactly 1,000 filings with the run's keys, no key twice, no extra filing of the run;
#   - every answered 201 exists, with the entry number the client was given;
#   - per office, the entry numbers of the year are unique and gapless, and match the counter;
#   - each filing has its folio, holder, transition and access-log rows (one transaction);
#   - requests that got a 201 before the crash, replayed after it, get 201 with the same entry
#     number; the same key with another body gets 409.
# Prints PASS/FAIL lines and exits non-zero on any FAIL.
#
#   bench/crash-reliability.sh                         # own WildFly instance (default)
#   BENCH_CRASH_TARGET=dev bench/crash-reliability.sh  # the ./registry up instance itself
#
# Target "own" (default): the script starts a second WildFly of its own (same installation,
# configuration and registry.ear as the ./registry up instance, its own base directory in the
# output folder, port offset 20: http://127.0.0.1:8100), against the same PostgreSQL and Keycloak;
# it kills THAT server with SIGKILL (its process group, by the PIDs it started), starts it again
# on the same base directory, and stops it at the end. The ./registry up instance keeps running
# untouched, so nobody else working on it is disturbed.
# Target "dev": kills the ./registry up instance (PID in .work/dev/run/wildfly.pid, its process
# group, and any java left with that base directory, by PID) and restarts it with ./registry up
# (which also rebuilds the EAR); if that fails, WildFly is started directly as the launcher does.
# Either way the script leaves a running ./registry up instance behind (it checks it at the end).
#
# Environment: BENCH_REQUESTS (1000), BENCH_CRASH_CLIENTS (8), BENCH_KILL_AFTER (400 answered
# requests), BENCH_CRASH_TARGET (own|dev), BENCH_RETRY_ATTEMPTS (20), BENCH_REPLAY_PROBES (50
# requests that got a 201, sent again after the restart), BENCH_KEEP=1 (keep the own
# instance's base directory), plus the launcher's REGISTRY_* variables. Needs the data of
# bench/generate-data.sh (generated folios), curl and psql.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

REQUESTS=${BENCH_REQUESTS:-1000}
CLIENTS=${BENCH_CRASH_CLIENTS:-8}
KILL_AFTER=${BENCH_KILL_AFTER:-400}
TARGET=${BENCH_CRASH_TARGET:-own}
ATTEMPTS=${BENCH_RETRY_ATTEMPTS:-20}
PROBES=${BENCH_REPLAY_PROBES:-50}
OWN_OFFSET=20
DEV_WORK=${REGISTRY_WORK_DIR:-$ROOT/.work/dev}
WF_HOME=$(ls -d "$DEV_WORK"/wildfly-* 2>/dev/null | head -n 1)
[[ -n $WF_HOME && -x $WF_HOME/bin/standalone.sh ]] || bench_die "no WildFly under $DEV_WORK (run ./registry up once)"
[[ $TARGET == own || $TARGET == dev ]] || bench_die "BENCH_CRASH_TARGET must be own or dev"

bench_require_tools curl psql
bench_require_app
bench_require_data

OUT=$(mktemp -d "${TMPDIR:-/tmp}/rppc-bench-crash.XXXXXX")
RUN_ID=$(date -u +%Y%m%d%H%M%S)-$$
MARKER="Carla Gómez Rivera (crash $RUN_ID)"
started=$SECONDS
FAILED=0
pass() { echo "PASS  $*"; }
fail() { echo "FAIL  $*"; FAILED=1; }
mkdir -p "$OUT/resp" "$OUT/retry"

# ---------------------------------------------------------------------------------------------
# The server under test
# ---------------------------------------------------------------------------------------------
OWN_BASE=$OUT/standalone
OWN_PIDFILE=$OUT/wildfly-own.pid
if [[ $TARGET == own ]]; then
  URL=http://127.0.0.1:$((8080 + OWN_OFFSET))
else
  URL=$BASE_URL
fi

# PIDs of java processes whose command line names the given server base directory
java_pids_of_base() {
  local base=$1 pid
  for pid in $(pgrep -x java || true); do
    tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | grep -qxF -- "-Djboss.server.base.dir=$base" && echo "$pid"
  done
  return 0
}

healthy() { curl -fsS -o /dev/null --max-time 5 "$1/api/health" 2>/dev/null; }

wait_healthy() { # url seconds pidfile-or-empty
  local deadline=$((SECONDS + $2))
  until healthy "$1"; do
    if [[ -n $3 ]] && ! kill -0 "$(cat "$3")" 2>/dev/null; then return 1; fi
    ((SECONDS < deadline)) || return 1
    sleep 1
  done
}

start_own() {
  if [[ ! -d $OWN_BASE ]]; then
    mkdir -p "$OWN_BASE/deployments" "$OWN_BASE/log" "$OWN_BASE/data" "$OWN_BASE/tmp"
    cp -a "$WF_HOME/standalone/configuration" "$OWN_BASE/"
    rm -rf "$OWN_BASE/configuration/standalone_xml_history"
    # the EAR the ./registry up instance runs now, so both serve the same code
    cp "$WF_HOME/standalone/deployments/registry.ear" "$OWN_BASE/deployments/"
  fi
  (
    export JBOSS_JAVA_SIZING="-Xms256m -Xmx1024m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m"
    export LAUNCH_JBOSS_IN_BACKGROUND=1
    setsid nohup "$WF_HOME/bin/standalone.sh" -c standalone-full.xml -b 127.0.0.1 \
      -Djboss.server.base.dir="$OWN_BASE" -Djboss.socket.binding.port-offset=$OWN_OFFSET \
      >>"$OUT/wildfly-own.log" 2>&1 </dev/null &
    echo $! >"$OWN_PIDFILE"
  )
  wait_healthy "$URL" 300 "$OWN_PIDFILE" || { tail -n 30 "$OUT/wildfly-own.log" >&2; bench_die "own WildFly did not come up at $URL"; }
}

stop_own() {
  [[ -s $OWN_PIDFILE ]] || return 0
  local pid; pid=$(cat "$OWN_PIDFILE")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  local left; for left in $(java_pids_of_base "$OWN_BASE"); do kill -KILL "$left" 2>/dev/null || true; done
  rm -f "$OWN_PIDFILE"
}

crash() { # SIGKILL the server under test: its process group, then any java of its base left
  local pidfile base pid
  if [[ $TARGET == own ]]; then pidfile=$OWN_PIDFILE base=$OWN_BASE; else pidfile=$DEV_WORK/run/wildfly.pid base=$WF_HOME/standalone; fi
  pid=$(cat "$pidfile")
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  for pid in $(java_pids_of_base "$base"); do kill -KILL "$pid" 2>/dev/null || true; done
  sleep 0.5
  [[ -z $(java_pids_of_base "$base") ]] || bench_die "WildFly still running after SIGKILL"
}

restart() {
  if [[ $TARGET == own ]]; then
    start_own
  else
    if ! (cd "$ROOT" && ./registry up) >"$OUT/registry-up.log" 2>&1; then
      bench_say "./registry up failed (see $OUT/registry-up.log); starting WildFly directly as the launcher does"
      (
        export JBOSS_JAVA_SIZING="-Xms256m -Xmx1536m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m"
        export LAUNCH_JBOSS_IN_BACKGROUND=1
        setsid nohup "$WF_HOME/bin/standalone.sh" -c standalone-full.xml -b 127.0.0.1 \
          -Djboss.http.port=8080 -Djboss.socket.binding.port-offset=0 \
          >"$DEV_WORK/logs/wildfly.log" 2>&1 </dev/null &
        echo $! >"$DEV_WORK/run/wildfly.pid"
      )
    fi
    wait_healthy "$URL" 300 "" || bench_die "the ./registry up instance did not come back"
  fi
}

finish() {
  local status=$?
  # no client loop of ours may outlive the script
  local pid; for pid in ${CLIENT_PIDS:-}; do kill "$pid" 2>/dev/null || true; done
  rm -f "$OUT"/token-*
  if [[ $TARGET == own ]]; then
    stop_own
    [[ ${BENCH_KEEP:-0} == 1 ]] || rm -rf "$OWN_BASE"
  elif ! healthy "$URL"; then
    bench_say "restoring the ./registry up instance"
    (cd "$ROOT" && ./registry up) >>"$OUT/registry-up.log" 2>&1 || true
  fi
  if healthy "$BASE_URL"; then
    echo "instance: the ./registry up instance answers at $BASE_URL"
  else
    echo "instance: WARNING the ./registry up instance does NOT answer at $BASE_URL" >&2
    status=1
  fi
  exit "$status"
}
CLIENT_PIDS=
trap finish EXIT

bench_machine
echo "run $RUN_ID: $REQUESTS receptions from $CLIENTS clients, SIGKILL after $KILL_AFTER answers, target $TARGET ($URL); output in $OUT"
if [[ $TARGET == own ]]; then
  t0=$SECONDS
  bench_say "starting an own WildFly at $URL (base $OWN_BASE)"
  start_own
  echo "own instance up in $((SECONDS - t0)) s"
fi

# ---------------------------------------------------------------------------------------------
# The plan: key, client, office, body (a sale on a random generated folio of the office)
# ---------------------------------------------------------------------------------------------
awk -v n="$REQUESTS" -v clients="$CLIENTS" -v run="$RUN_ID" -v first="$GEN_FIRST_FOLIO" \
    -v per="$GEN_PER_OFFICE" -v marker="$MARKER" 'BEGIN {
  split("CHE CUN PDC COZ", offices, " "); srand()
  for (i = 0; i < n; i++) {
    c = i % clients; office = offices[i % 4 + 1]
    folio = sprintf("%s-FR-%06d", office, first + int(rand() * per))
    printf "crash-%s-c%02d-%04d\t%d\t%s\t", run, c, i, c, office
    printf "{\"office\":\"%s\",\"procedureType\":\"COMPRAVENTA\",\"applicant\":{\"name\":\"%s\",\"curp\":\"GOMC850101MQRRRR09\"},", office, marker
    printf "\"folios\":[\"%s\"],\"act\":{\"holders\":[{\"name\":\"Jorge Pérez Hernández\",\"curp\":\"PEHJ900215HQRRRN00\",\"share\":100}],", folio
    printf "\"value\":1500000.00,\"deed\":{\"number\":\"%d\",\"notary\":\"Notaría 3\"}}}\n", i
  } }' >"$OUT/plan.tsv"

# one request: prints "key status entryNumber curl-exit" (status 000 when no HTTP answer)
send() { # key token body respfile
  local code rc=0 entry
  code=$(curl -sS -o "$4" -w '%{http_code}' --max-time 60 -H "Authorization: Bearer $2" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: $1" --data-binary "$3" \
    "$URL/api/filings" 2>/dev/null) || rc=$?
  entry=$(sed -nE 's/.*"entryNumber":"([^"]+)".*/\1/p' "$4" 2>/dev/null || true)
  printf '%s\t%s\t%s\t%s\n' "$1" "${code:-000}" "${entry:--}" "$rc"
}

client_loop() { # client
  local c=$1 token key client office body
  token=$(cat "$OUT/token-$c")
  while IFS=$'\t' read -r key client office body; do
    [[ $client == "$c" ]] || continue
    send "$key" "$token" "$body" "$OUT/resp/$key.json" >>"$OUT/first-$c.tsv"
  done <"$OUT/plan.tsv"
}

# ---------------------------------------------------------------------------------------------
# Phase 1: the clients, and the crash midway
# ---------------------------------------------------------------------------------------------
answered() { cat "$OUT"/first-*.tsv 2>/dev/null | wc -l; }
bench_say "sending $REQUESTS receptions from $CLIENTS clients"
for ((c = 0; c < CLIENTS; c++)); do bench_token capturista1 >"$OUT/token-$c"; done
t_send=$SECONDS
for ((c = 0; c < CLIENTS; c++)); do client_loop "$c" & CLIENT_PIDS+=" $!"; done
until (($(answered) >= KILL_AFTER)); do
  alive=0; for pid in $CLIENT_PIDS; do if kill -0 "$pid" 2>/dev/null; then alive=1; fi; done
  ((alive)) || break
  sleep 0.05
done
killed_at_db=$(psql_super -c "select clock_timestamp()")
answered_at_kill=$(answered)
bench_say "SIGKILL to WildFly after $answered_at_kill answers"
crash
t_kill=$SECONDS
for pid in $CLIENT_PIDS; do wait "$pid" || true; done
CLIENT_PIDS=
cat "$OUT"/first-*.tsv >"$OUT/first.tsv"
first_ok=$(awk -F'\t' '$2 == 201' "$OUT/first.tsv" | wc -l)
echo "first pass: $(wc -l <"$OUT/first.tsv") requests, $first_ok got 201; statuses:" \
  "$(cut -f2 "$OUT/first.tsv" | sort | uniq -c | awk '{printf "%s%s x%s", sep, $2, $1; sep=", "}')"

# ---------------------------------------------------------------------------------------------
# Phase 2: restart, then retry every non-201 with the same key and body
# ---------------------------------------------------------------------------------------------
bench_say "restarting WildFly ($TARGET)"
restart
downtime=$((SECONDS - t_kill))
echo "restart: WildFly answered again $downtime s after the SIGKILL"

awk -F'\t' '$2 != 201 {print $1}' "$OUT/first.tsv" >"$OUT/to-retry.txt"
retry_loop() { # slot slots
  local slot=$1 slots=$2 token key i=0 attempt line status
  token=$(cat "$OUT/token-$slot")
  while read -r key; do
    ((i++ % slots == slot)) || continue
    body=$(awk -F'\t' -v k="$key" '$1 == k {print $4; exit}' "$OUT/plan.tsv")
    for ((attempt = 1; attempt <= ATTEMPTS; attempt++)); do
      line=$(send "$key" "$token" "$body" "$OUT/retry/$key.json")
      status=$(cut -f2 <<<"$line")
      [[ $status == 201 || $status == 409 || $status == 400 ]] && break
      sleep 1
    done
    printf '%s\t%s\n' "$line" "$attempt" >>"$OUT/retry-$slot.tsv"
  done <"$OUT/to-retry.txt"
}
bench_say "retrying $(wc -l <"$OUT/to-retry.txt") requests with the same key and body"
for ((c = 0; c < CLIENTS; c++)); do bench_token capturista1 >"$OUT/token-$c"; done
for ((c = 0; c < CLIENTS; c++)); do retry_loop "$c" "$CLIENTS" & CLIENT_PIDS+=" $!"; done
for pid in $CLIENT_PIDS; do wait "$pid" || true; done
CLIENT_PIDS=
cat "$OUT"/retry-*.tsv 2>/dev/null >"$OUT/retry.tsv" || : >"$OUT/retry.tsv"
echo "retries: $(wc -l <"$OUT/retry.tsv") requests; final statuses:" \
  "$(cut -f2 "$OUT/retry.tsv" | sort | uniq -c | awk '{printf "%s%s x%s", sep, $2, $1; sep=", "}')"

# Replay probe: requests that DID get a 201 before the crash, sent again with the same key and
# body, must be answered 201 with the same entry number (and create nothing); one of them sent
# with the same key and a different body must be refused (409).
awk -F'\t' '$2 == 201' "$OUT/first.tsv" | shuf -n "$PROBES" >"$OUT/probe-plan.tsv" || true
probe_token=$(bench_token capturista1)
while IFS=$'\t' read -r key status entry rc; do
  body=$(awk -F'\t' -v k="$key" '$1 == k {print $4; exit}' "$OUT/plan.tsv")
  send "$key" "$probe_token" "$body" "$OUT/retry/probe-$key.json" | awk -F'\t' -v e="$entry" '{print $0 "\t" e}'
done <"$OUT/probe-plan.tsv" >"$OUT/probe.tsv"
probe_same=$(awk -F'\t' '$2 == 201 && $3 == $5' "$OUT/probe.tsv" | wc -l)
probe_total=$(wc -l <"$OUT/probe.tsv")
conflict_key=$(head -n 1 "$OUT/probe-plan.tsv" | cut -f1)
if [[ -n $conflict_key ]]; then
  conflict_body=$(awk -F'\t' -v k="$conflict_key" '$1 == k {print $4; exit}' "$OUT/plan.tsv" | sed 's/"value":1500000.00/"value":1600000.00/')
  conflict=$(send "$conflict_key" "$probe_token" "$conflict_body" "$OUT/retry/conflict.json")
  conflict_status=$(cut -f2 <<<"$conflict")
fi

# final outcome per key: the first answer if it was a 201, else the retry's
awk -F'\t' 'FILENAME == ARGV[1] {r[$1] = $2 "\t" $3 "\t" $5; next}
  {final = ($2 == 201) ? $2 "\t" $3 "\t0" : (($1 in r) ? r[$1] : "none\t-\t0")
   print $1 "\t" $2 "\t" $3 "\t" final}' "$OUT/retry.tsv" "$OUT/first.tsv" >"$OUT/outcome.tsv"

# ---------------------------------------------------------------------------------------------
# Phase 3: what PostgreSQL holds
# ---------------------------------------------------------------------------------------------
echo
echo "== checks (run $RUN_ID)"
psql_super -F $'\t' -v run="crash-$RUN_ID-%" -v marker="$MARKER" -v year="$GEN_YEAR" -v killed="$killed_at_db" >"$OUT/checks.tsv" <<SQL
create temp table outcome (key text primary key, first_status text, first_entry text,
                           final_status text, final_entry text, attempts int);
\copy outcome from '$OUT/outcome.tsv'
create temp table run_filing as
  select f.*, format('%s-%s-%s', f.office, f.entry_year, lpad(f.entry_sequence::text, 6, '0')) as entry_number
    from filing.filing f where f.idempotency_key like :'run' or f.applicant_name = :'marker';
select 'requests_planned', count(*) from outcome;
select 'requests_final_201', count(*) from outcome where final_status = '201';
select 'filings_with_run_keys', count(*) from run_filing where idempotency_key like :'run';
select 'filings_of_run_total', count(*) from run_filing;
select 'duplicate_keys', count(*) - count(distinct idempotency_key) from run_filing;
select 'filings_without_request', count(*) from run_filing r where not exists (select 1 from outcome o where o.key = r.idempotency_key);
select 'answered_201_missing', count(*) from outcome o where o.final_status = '201'
   and not exists (select 1 from run_filing r where r.idempotency_key = o.key and r.entry_number = o.final_entry);
select 'first_201_changed_on_retry', count(*) from outcome where first_status = '201' and first_entry <> final_entry;
select 'committed_before_kill_but_unanswered', count(*) from outcome o join run_filing r on r.idempotency_key = o.key
 where o.first_status <> '201' and r.received_at < :'killed'::timestamptz;
select 'office_gaps_or_duplicates', count(*) from (
  select f.office, count(*) n, count(distinct f.entry_sequence) d, max(f.entry_sequence) mx, min(c.last_value) lv
    from filing.filing f join filing.entry_number_counter c on c.office = f.office and c.entry_year = f.entry_year
   where f.entry_year = :year group by f.office) x
 where n <> d or n <> mx or n <> lv;
select 'office_detail', string_agg(format('%s: %s filings, %s distinct, max %s, counter %s', office, n, d, mx, lv), '; ' order by office)
  from (select f.office, count(*) n, count(distinct f.entry_sequence) d, max(f.entry_sequence) mx, min(c.last_value) lv
          from filing.filing f join filing.entry_number_counter c on c.office = f.office and c.entry_year = f.entry_year
         where f.entry_year = :year group by f.office) x;
select 'filings_missing_rows', count(*) from run_filing r
 where not exists (select 1 from filing.filing_folio x where x.filing_id = r.id)
    or not exists (select 1 from filing.act_holder x where x.filing_id = r.id)
    or not exists (select 1 from filing.filing_transition x where x.filing_id = r.id and x.position = 0)
    or not exists (select 1 from audit.access_event a where a.resource_type = 'FILING'
                     and a.action = 'CREATE' and a.resource_id = r.entry_number);
select 'replay_access_events', count(*) - (select count(*) from run_filing) from audit.access_event a
 where a.resource_type = 'FILING' and a.action = 'CREATE' and a.resource_id in (select entry_number from run_filing);
SQL
get() { awk -F'\t' -v k="$1" '$1 == k {print $2}' "$OUT/checks.tsv"; }

[[ $(get requests_final_201) == "$REQUESTS" ]] && pass "all $REQUESTS requests ended with 201 (first pass $first_ok, after retries $(get requests_final_201))" \
  || fail "only $(get requests_final_201) of $REQUESTS requests ended with 201 (see $OUT/outcome.tsv)"
[[ $(get filings_with_run_keys) == "$REQUESTS" ]] && pass "$REQUESTS filings carry the run's Idempotency-Keys" \
  || fail "$(get filings_with_run_keys) filings carry the run's keys, expected $REQUESTS"
[[ $(get filings_of_run_total) == "$REQUESTS" && $(get filings_without_request) == 0 ]] \
  && pass "no extra filing of the run (total $(get filings_of_run_total), none without its request)" \
  || fail "filings of the run: $(get filings_of_run_total), without a request: $(get filings_without_request)"
[[ $(get duplicate_keys) == 0 ]] && pass "no Idempotency-Key appears twice (retries created no duplicates)" \
  || fail "$(get duplicate_keys) duplicate keys"
[[ $(get answered_201_missing) == 0 && $(get first_201_changed_on_retry) == 0 ]] \
  && pass "every 201 answered exists with the entry number the client was given" \
  || fail "$(get answered_201_missing) answered 201s missing or with another entry number"
[[ $probe_total -gt 0 && $probe_same == "$probe_total" ]] \
  && pass "replay probe: $probe_total requests answered 201 before the crash, sent again after it: 201 with the same entry number" \
  || fail "replay probe: $probe_same of $probe_total replays answered 201 with the original entry number (see $OUT/probe.tsv)"
[[ ${conflict_status:-} == 409 ]] && pass "same Idempotency-Key with another body: 409 ($(sed -E 's/.*"detail":"([^"]*)".*/\1/' "$OUT/retry/conflict.json"))" \
  || fail "same Idempotency-Key with another body answered ${conflict_status:-nothing}, expected 409"
[[ $(get office_gaps_or_duplicates) == 0 ]] && pass "entry numbers of $GEN_YEAR gapless and unique per office, equal to the counter ($(get office_detail))" \
  || fail "entry numbers with gaps or duplicates: $(get office_detail)"
[[ $(get filings_missing_rows) == 0 ]] && pass "every filing has its folio, holder, transition and access-log rows" \
  || fail "$(get filings_missing_rows) filings miss folio/holder/transition/access-log rows"
echo "info: $(get committed_before_kill_but_unanswered) requests were committed before the SIGKILL but got no 201;" \
  "their retries were answered with the original filing (replays); replays logged $(get replay_access_events) extra access events"
echo "info: $answered_at_kill answers before the kill; WildFly down for $downtime s (restart incl. deployment);" \
  "script took $((SECONDS - started)) s"
((FAILED == 0)) && echo "RESULT: PASS" || echo "RESULT: FAIL"
exit "$FAILED"
