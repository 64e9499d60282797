#!/usr/bin/env bash
# Starts the app on Payara Micro for `mvn -Prun package` and stops it when Maven stops, however Maven
# ends (Ctrl+C, kill, kill -9): the server never keeps the port after Maven is gone. When the server
# is ready it prints one block: the address, the demo accounts and where their password is.
# Usage: run-app.sh MICRO_JAR WAR PORT LOGGING_PROPERTIES WORK_DIR [POST_BOOT_COMMANDS]
set -u
micro_jar=$1 war=$2 port=$3 logging=$4 work=$5 postboot=${6:-}
extra=()
[ -n "$postboot" ] && extra=(--postbootcommandfile "$postboot")
mkdir -p "$work"
log="$work/payara.log"
: > "$log"
maven=$PPID

java -XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError -jar "$micro_jar" --deploy "$war" --contextroot / --port "$port" --nohazelcast \
    --logproperties "$logging" --rootdir "$work/micro" "${extra[@]}" > >(tee -a "$log") 2>&1 &
server=$!

# Maven gone means our output goes nowhere: never let a write to it (SIGPIPE) end this script first.
trap '' PIPE
say() { echo "$@" 2>/dev/null || true; }

stop() {
    trap - TERM INT HUP EXIT
    if kill -0 "$server" 2>/dev/null; then
        kill -TERM "$server" 2>/dev/null
        say "Stopping Payara Micro (port $port)..."
        for _ in $(seq 1 30); do
            kill -0 "$server" 2>/dev/null || break
            sleep 1
        done
        kill -KILL "$server" 2>/dev/null
    fi
}
trap 'stop; exit 143' TERM INT HUP
trap stop EXIT

password_line() {
    local random
    random=$(grep -o 'have the password [A-Za-z0-9]*' "$log" | head -n 1 | sed 's/have the password //')
    if [ -n "$random" ]; then
        echo "  Password: $random  (made at random on this first start; it stays until ./cpib-data/ is deleted)"
    elif grep -q 'CPIB_DEMO_PASSWORD is ignored' "$log"; then
        echo "  Password: NOT the CPIB_DEMO_PASSWORD set now, but the one the accounts got on the first start"
        echo "            (see the warning above; delete ./cpib-data/ to start again with the new one)"
    elif [ -n "${CPIB_DEMO_PASSWORD:-}" ]; then
        echo "  Password: the CPIB_DEMO_PASSWORD you set"
    else
        echo "  Password: the one the accounts got on the first start: printed in that start's log (random)"
        echo "            or the CPIB_DEMO_PASSWORD set then; delete ./cpib-data/ to start again from the demo"
    fi
}

announce() {
    local line="========================================================================================"
    echo
    echo "$line"
    if grep -qE 'Exception while loading the app|Failed to deploy|deployment failed' "$log"; then
        echo "  CPIB Board Manager did NOT start: see the errors above (whole log: $log)."
    else
        echo "  CPIB Board Manager is running at http://localhost:$port/"
        echo "  Demo accounts: admin, secretariat, lead, member, phil, ella and clerk, all with one password."
        password_line
        echo "  Whole log: $log"
    fi
    echo "  Stop it with Ctrl+C (stopping Maven stops the server too)."
    echo "$line"
    echo
}

announced=false
while kill -0 "$server" 2>/dev/null; do
    if ! kill -0 "$maven" 2>/dev/null; then
        stop
        exit 0
    fi
    if ! $announced && grep -q 'ready in' "$log"; then
        announce
        announced=true
    fi
    sleep 1
done
wait "$server"
