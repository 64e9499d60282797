#!/bin/sh
# Times the agenda pack (20 items, over 100 pages of uploaded papers), the minute as PDF and DOCX and
# the progress report (PDF and XLSX, eight workstreams over four periods), the matters-arising paper
# and the action log, printing medians and the peak heap.
# Usage: bench/pack-benchmark.sh [extra JVM options], e.g. bench/pack-benchmark.sh -Xmx128m
set -e
cd "$(dirname "$0")/.."
mvn -o -q -DskipTests test-compile
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
echo "Machine: $(nproc) cores, $(uname -srm), $(java -version 2>&1 | head -1)"
echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
exec java -Xmx256m "$@" -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    scot.cpib.reporting.bench.PackBenchmark
