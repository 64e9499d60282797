#!/bin/sh
# Fills a MariaDB database with the benchmark record (issue 13): deterministic, through the Flyway
# schema, bulk-loaded with multi-row INSERTs and checks off. Drops and re-creates the database.
# Usage: bench/generate.sh --scale small|national
# Database: CPIB_BENCH_DB_URL (default jdbc:mysql://127.0.0.1:3306/cpib_bench), CPIB_BENCH_DB_USER (root),
# CPIB_BENCH_DB_PASSWORD (empty). See docs/performance.md.
set -e
cd "$(dirname "$0")/.."
SCALE=small
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) SCALE="$2"; shift 2 ;;
        *) echo "usage: bench/generate.sh --scale small|national" >&2; exit 2 ;;
    esac
done
URL="${CPIB_BENCH_DB_URL:-jdbc:mysql://127.0.0.1:3306/cpib_bench}"
if [ -z "$CPIB_BENCH_NO_BUILD" ] || [ ! -f target/bench.classpath ]; then
    mvn -q -B -DskipTests test-compile
    mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
fi
echo "Machine: $(nproc) cores, $(uname -srm); load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" scot.cpib.bench.Generate \
    --scale "$SCALE" --url "$URL" --user "${CPIB_BENCH_DB_USER:-root}" --password "${CPIB_BENCH_DB_PASSWORD:-}"
