#!/usr/bin/env bash
# Load benchmark (issue 13 point 2): starts the built war on plain Payara Micro (-Xmx1g) against the
# generated MariaDB database, drives every case at c=1 and c=16 from a Java driver on loopback and
# prints one line per case and concurrency, then startup_s and heap_after_mb. See docs/performance.md.
# Usage: bench/run.sh --scale small|national [--seconds 10] [--warmup 3] [--prewarm 60] [--cases a,b] [--concurrency 1,16]
#        bench/run.sh --scale national --pages   (every page once per account instead of the load cases: its size,
#        time and SQL statements, against the bound of about 10; scot.cpib.bench.PageSweep)
# --prewarm: seconds of load with all chosen cases in turn before the first case, so that the figures are
# those of a server in service, whose JIT has compiled its hot code (docs/performance.md).
# Generate the data first: bench/generate.sh --scale national. Settings: CPIB_BENCH_PORT (18165),
# CPIB_BENCH_DB_HOST (127.0.0.1), CPIB_BENCH_DB_PORT (3306), CPIB_BENCH_DB_NAME (cpib_bench),
# CPIB_BENCH_DB_ROOT (root; needs to create the app's database user and switch on user statistics).
# CPIB_BENCH_APP_USER (cpib_bench): the app's own database user, whose statements are counted; give each
# benchmark running at the same time its own. CPIB_BENCH_JAVA_OPTS: more options for the app's JVM, such as
# -XX:StartFlightRecording=filename=/tmp/x.jfr,settings=profile to profile a run with Java Flight Recorder.
# For experiments: CPIB_BENCH_URL_EXTRA (appended to the JDBC URL, such as &cachePrepStmts=false) and
# CPIB_BENCH_POSTBOOT (another Payara Micro post-boot command file than payara/post-boot-commands.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
scale=national seconds=10 warmup=3 prewarm=60 cases="" concurrency=1,16 pages=""
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        --prewarm) prewarm=$2; shift 2 ;;
        --cases) cases=$2; shift 2 ;;
        --concurrency) concurrency=$2; shift 2 ;;
        --pages) pages=yes; shift ;;
        *) echo "usage: bench/run.sh --scale small|national [--seconds N] [--warmup N] [--prewarm N] [--cases a,b] [--concurrency 1,16] | --pages" >&2; exit 2 ;;
    esac
done
port=${CPIB_BENCH_PORT:-18165}
host=${CPIB_BENCH_DB_HOST:-127.0.0.1} dbport=${CPIB_BENCH_DB_PORT:-3306} db=${CPIB_BENCH_DB_NAME:-cpib_bench}
root=${CPIB_BENCH_DB_ROOT:-root}
app_user=${CPIB_BENCH_APP_USER:-cpib_bench} app_password=bench-db-password
mysql=(mysql -h "$host" -P "$dbport" -u "$root")

war=${CPIB_BENCH_WAR:-target/cpib.war}
if [ -z "${CPIB_BENCH_NO_BUILD:-}" ] || [ ! -f "$war" ]; then
    mvn -q -B -DskipTests package
    mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
fi
actions=$("${mysql[@]}" -N -e "SELECT COUNT(*) FROM \`$db\`.agreed_action" 2>/dev/null || echo 0)
echo "Scale: $scale ($actions actions in $db). Machine: $(nproc) cores, $(uname -srm), $(java -version 2>&1 | head -1)"
echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average $(cut -d' ' -f1-3 /proc/loadavg)"

# The app's own database user, so that the statements it sends can be counted apart (user statistics).
"${mysql[@]}" -e "CREATE USER IF NOT EXISTS '$app_user'@'127.0.0.1' IDENTIFIED BY '$app_password';
    CREATE USER IF NOT EXISTS '$app_user'@'localhost' IDENTIFIED BY '$app_password';
    GRANT ALL ON \`$db\`.* TO '$app_user'@'127.0.0.1'; GRANT ALL ON \`$db\`.* TO '$app_user'@'localhost';
    SET GLOBAL userstat = 1;"

work=$(mktemp -d /tmp/cpib-bench.XXXXXX)
log=$work/payara.log
start=$(date +%s.%N)
CPIB_DB_URL="jdbc:mysql://$host:$dbport/$db?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true${CPIB_BENCH_URL_EXTRA:-}" \
CPIB_DB_USER=$app_user CPIB_DB_PASSWORD=$app_password \
    java -Xmx1g -XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError ${CPIB_BENCH_JAVA_OPTS:-} -jar target/payara-micro.jar --deploy "$war" --contextroot / \
    --port "$port" --nohazelcast --rootdir "$work/micro" --postbootcommandfile ${CPIB_BENCH_POSTBOOT:-payara/post-boot-commands.txt} > "$log" 2>&1 &
server=$!
stop() {
    if kill -0 "$server" 2>/dev/null; then
        kill -TERM "$server"
        for _ in $(seq 1 30); do kill -0 "$server" 2>/dev/null || break; sleep 1; done
        kill -KILL "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap stop EXIT
until curl -fsS -o /dev/null "http://127.0.0.1:$port/login.xhtml" 2>/dev/null; do
    if ! kill -0 "$server" 2>/dev/null; then echo "Payara Micro stopped during start-up:" >&2; tail -40 "$log" >&2; exit 1; fi
    sleep 0.5
done
startup=$(echo "$(date +%s.%N) - $start" | bc)
# CPU time the app's JVM spent until then (user + system): what start-up costs, less the machine's load.
startup_cpu=$(awk -v tck="$(getconf CLK_TCK)" '{print ($14 + $15) / tck}' "/proc/$server/stat")

args=(--base "http://127.0.0.1:$port" --db-url "jdbc:mysql://$host:$dbport/$db" --db-user "$root" --app-db-user "$app_user")
if [ -n "$pages" ]; then
    [ -n "${CPIB_BENCH_PAGES_ONLY:-}" ] && args+=(--only "$CPIB_BENCH_PAGES_ONLY")
    [ -n "${CPIB_BENCH_PAGES_SAVE:-}" ] && args+=(--save "$CPIB_BENCH_PAGES_SAVE")
    java -Xmx256m -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" scot.cpib.bench.PageSweep "${args[@]}"
else
    args+=(--seconds "$seconds" --warmup "$warmup" --prewarm "$prewarm" --concurrency "$concurrency")
    [ -n "$cases" ] && args+=(--cases "$cases")
    java -Xmx256m -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" scot.cpib.bench.LoadDriver "${args[@]}"
fi

printf 'startup_s=%.1f\n' "$startup"
printf 'startup_cpu_s=%.1f\n' "$startup_cpu"
# Heap in use after a full collection: what the app keeps, not garbage waiting to be collected.
jcmd "$server" GC.run > /dev/null
# G1 prints one line for the heap; the parallel and serial collectors one per generation, added up.
heap=$(jcmd "$server" GC.heap_info | awk '/garbage-first heap|PSYoungGen|ParOldGen|def new generation|tenured generation/ {
    for (i = 1; i < NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?$/, "", v); kb += v}} END {print kb + 0}')
echo "heap_after_mb=$(( heap / 1024 ))"
