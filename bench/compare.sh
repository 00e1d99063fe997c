#!/usr/bin/env bash
# Compares revisions side by side: each revision gets a detached worktree in .work/compare/<rev>
# and a full `./registry bench <scripts>` of its own (fresh instance, fresh data, fresh JVM), in
# rounds that alternate the order (A B C, then C B A, ...) so that drift of the machine falls on
# every side alike. On this 2-core machine one 30 s phase of a warm reception differs from the next
# by 20 % and more: to resolve 5 %, measure longer (BENCH_DURATION=270) over two rounds or more.
#
#   bash bench/compare.sh b1b8583 4d4b2f1 -- reception
#   BENCH_ROUNDS=1 bash bench/compare.sh 4d4b2f1 HEAD -- reception tracking-page
#
# Every run warms up for the same fixed time (BENCH_WARMUP_MIN = BENCH_WARMUP, 510 s unless set):
# "until steady" stops wherever two phases happen to agree, and a side that stops at 270 s is
# measured before its JIT has finished (HISTORY.md, 2026-12-02 issue 17).
#
# Nothing else may run meanwhile (the kernel's autogroup scheduling ignores nice across sessions).
# Each run's log is in .work/compare/logs/<round>-<rev>.log; the table at the end gives, per run,
# the HTTP throughput, p99 and WildFly's CPU per answered request of each script, and the mean
# throughput of each revision with its ratio to the first revision's.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROUNDS=${BENCH_ROUNDS:-2}
export BENCH_WARMUP_MIN=${BENCH_WARMUP_MIN:-510}
export BENCH_WARMUP=${BENCH_WARMUP:-$BENCH_WARMUP_MIN}
revs=()
while (($# > 0)) && [[ $1 != -- ]]; do revs+=("$1"); shift; done
[[ ${1:-} == -- ]] && shift
scripts=("$@")
((${#revs[@]} >= 2 && ${#scripts[@]} >= 1)) || {
  echo "usage: bench/compare.sh REV REV... -- SCRIPT..." >&2
  exit 2
}
WORK="$ROOT/.work/compare"
mkdir -p "$WORK/logs"
declare -A tree
for rev in "${revs[@]}"; do
  sha=$(git -C "$ROOT" rev-parse --short "$rev^{commit}")
  tree[$rev]="$WORK/$sha"
  [[ -d ${tree[$rev]} ]] || git -C "$ROOT" worktree add -q --detach "${tree[$rev]}" "$sha"
  # the distributions this checkout fetched already (WildFly, Keycloak, Tika, ...), linked, not
  # fetched again by every worktree
  if [[ -d $ROOT/.work/downloads && ! -e ${tree[$rev]}/.work/downloads ]]; then
    mkdir -p "${tree[$rev]}/.work" && cp -al "$ROOT/.work/downloads" "${tree[$rev]}/.work/"
  fi
  # a script newer than the revision (a benchmark written for the change it measures) is run
  # there as this checkout has it, with the Java programs it names
  for script in "${scripts[@]}"; do
    if [[ ! -f ${tree[$rev]}/bench/$script.sh && -f $ROOT/bench/$script.sh ]]; then
      cp "$ROOT/bench/$script.sh" "${tree[$rev]}/bench/"
      for program in $(grep -o 'bench/[A-Za-z]*\.java' "$ROOT/bench/$script.sh" | sort -u); do
        cp "$ROOT/$program" "${tree[$rev]}/bench/"
      done
    fi
  done
done

summary="$WORK/logs/summary-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "bench/compare.sh ${revs[*]} -- ${scripts[*]}; $ROUNDS round(s), warm-up ${BENCH_WARMUP_MIN}-${BENCH_WARMUP} s; $(nproc) cores; $(date -u '+%F %H:%M UTC')"
  printf '%-6s %-10s %-14s %12s %10s %14s\n' round rev script "per second" "p99 ms" "WildFly ms/req"
} >"$summary"

# one line per HTTP result in a run's log: script, rps, p99, WildFly CPU per request
results() { # log
  awk '
    /^== reception/ {s = "reception"} /^== tracking page/ {s = "tracking-page"}
    /^== / && !/reception|tracking page/ {s = $2}
    /^wrk: RESULT|^wrk page: RESULT/ {
      match($0, /rps=[0-9.]+/); r = substr($0, RSTART + 4, RLENGTH - 4)
      match($0, /p99_ms=[0-9.]+/); p = substr($0, RSTART + 7, RLENGTH - 7)
    }
    /^CPU per answered request \((HTTP measured|page)\)/ {
      match($0, /WildFly [0-9.]+/); c = substr($0, RSTART + 8, RLENGTH - 8)
      print s, r, p, c
    }' "$1"
}

for ((round = 1; round <= ROUNDS; round++)); do
  order=("${revs[@]}")
  if ((round % 2 == 0)); then
    order=()
    for ((i = ${#revs[@]} - 1; i >= 0; i--)); do order+=("${revs[$i]}"); done
  fi
  for rev in "${order[@]}"; do
    log="$WORK/logs/$round-$(basename "${tree[$rev]}").log"
    echo "round $round: $rev (${tree[$rev]}) ${scripts[*]} -> $log"
    (cd "${tree[$rev]}" && ./registry bench "${scripts[@]}") >"$log" 2>&1 || echo "  FAILED, see $log"
    results "$log" | while read -r script rps p99 cpu; do
      printf '%-6s %-10s %-14s %12s %10s %14s\n' "$round" "$rev" "$script" "$rps" "$p99" "$cpu" >>"$summary"
    done
  done
done

{
  echo
  echo "mean throughput per revision and script (ratio to ${revs[0]})"
  awk -v base_rev="${revs[0]}" '
    NR > 2 && NF == 6 {k = $2 " " $3; sum[k] += $4; n[k]++; if (!(k in seen)) {seen[k] = 1; keys[++m] = k}}
    END {
      for (i = 1; i <= m; i++) {
        k = keys[i]; split(k, p, " "); b = base_rev " " p[2]
        base = (b in n) ? sum[b] / n[b] : 0
        printf "%-10s %-14s %10.1f /s over %d run(s)  ratio %.3f\n", p[1], p[2], sum[k] / n[k], n[k], (base ? sum[k] / n[k] / base : 0)
      }
    }' "$summary"
} >>"$summary.tmp" && cat "$summary.tmp" >>"$summary" && rm -f "$summary.tmp"
cat "$summary"
