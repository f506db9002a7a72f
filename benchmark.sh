#!/usr/bin/env bash
# Benchmarks labor-cases against its PostgreSQL's own limit, in one go (issue 8): builds the jars
# when they are missing (REBUILD=1 forces it); uses the PostgreSQL of BENCH_DATABASE_URL, or the
# local one on 127.0.0.1:5432 (started as .ci/run starts it when it does not answer); drops and
# creates the benchmark database fresh (as a copy of the database BENCH_STORE_TEMPLATE when set:
# a store built once, see BENCHMARKS.md); starts both apps from their jars in production mode
# (JWT, trusting the JWK set that the benchmark serves on BENCH_JWKS_PORT) on BENCH_COMMAND_PORT /
# BENCH_QUERY_PORT; runs the benchmark (pgbench, commands, projection lag, queries,
# reconstruction, replay, memory, the out-of-the-box peer), which prints a table and a last JSON
# line; stops the apps at the end, on failure and on Ctrl-C. Arguments go to the benchmark:
# --smoke, --events=N, … (java -jar benchmark/target/labor-cases-benchmark-*.jar --help lists them).
set -euo pipefail
cd "$(dirname "$0")"

VERSION=0.1.0-SNAPSHOT
COMMAND_JAR=command-side/target/labor-cases-command-side-$VERSION.jar
QUERY_JAR=query-side/target/labor-cases-query-side-$VERSION.jar
BENCH_JAR=benchmark/target/labor-cases-benchmark-$VERSION.jar
DATABASE_URL=${BENCH_DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/labor_cases_bench}
DATABASE_USER=${BENCH_DATABASE_USER:-postgres}
DATABASE_PASSWORD=${BENCH_DATABASE_PASSWORD:-}
COMMAND_PORT=${BENCH_COMMAND_PORT:-38081}
QUERY_PORT=${BENCH_QUERY_PORT:-38082}
JWKS_PORT=${BENCH_JWKS_PORT:-38090}
OUT=target/benchmark
APP_STOP_SECONDS=30
# The apps' JVM options: bounded so that each app stays within 512 MB of resident memory (the
# heap, then metaspace, code cache and thread stacks, which -Xmx does not cap; the serial
# collector keeps no per-region bookkeeping and suits 2 cores). BENCHMARKS.md has the figures.
APP_JVM_OPTIONS=${BENCH_APP_JVM_OPTIONS:--Xmx256m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:+UseSerialGC}
# glibc's malloc keeps up to 8 arenas a core for the apps' many threads; two are enough.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# Production mode: callers present JWTs signed by the benchmark's key. The lag probes alone may
# send more than a caller's usual rate, and the benchmark measures the apps, not the rate limiter.
APP_ARGUMENTS="--labor-cases.security.jwt.jwk-set-uri=http://127.0.0.1:$JWKS_PORT/jwks \
--labor-cases.security.rate-limit.capacity=100000000"

app_pids=

alive() {
  local state
  state=$(ps -o stat= -p "$1" 2>/dev/null) && [[ $state != Z* ]]
}

fail() {
  echo "$1; the end of $2:" >&2
  tail -n 40 "$2" >&2
  exit 1
}

# SIGTERM to each app, then SIGKILL to the process group of any still running after the grace time.
stop_apps() {
  local deadline=$((SECONDS + APP_STOP_SECONDS)) pid
  [ -n "$app_pids" ] || return 0
  # shellcheck disable=SC2086 # one word per pid
  kill -TERM $app_pids 2>/dev/null || true
  for pid in $app_pids; do
    while alive "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
    alive "$pid" && kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  app_pids=
}
trap stop_apps EXIT
trap 'trap "" INT TERM HUP; echo; echo "Stopping the apps..."; stop_apps; exit 130' INT TERM HUP

# Starts an app in a process group of its own (so Ctrl-C reaches only this script, which stops it)
# and waits until it is ready.
start_app() {
  local name=$1 port=$2 jar=$3 log=$OUT/$1.log deadline=$((SECONDS + 240))
  echo "Starting the $name on port $port (log: $log)..."
  set -m
  # shellcheck disable=SC2086 # one word per option
  env PORT="$port" DATABASE_URL="$DATABASE_URL" DATABASE_USER="$DATABASE_USER" DATABASE_PASSWORD="$DATABASE_PASSWORD" \
    java $APP_JVM_OPTIONS -jar "$jar" $APP_ARGUMENTS </dev/null >"$log" 2>&1 &
  set +m
  started=$!
  app_pids="$app_pids $started"
  until curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness"; do
    alive "$started" || fail "The $name stopped while starting" "$log"
    ((SECONDS < deadline)) || fail "The $name was not ready after 240 s" "$log"
    sleep 0.5
  done
}

postgres_answers() {
  pg_isready -h "$db_host" -p "$db_port" -q
}

if [ ! -f "$COMMAND_JAR" ] || [ ! -f "$QUERY_JAR" ] || [ ! -f "$BENCH_JAR" ] || [ "${REBUILD:-0}" != 0 ]; then
  echo "Building (./mvnw package)..."
  ./mvnw -q -B -ntp -Dstyle.color=never -DskipTests package
fi
mkdir -p "$OUT"

if [[ ! $DATABASE_URL =~ ^jdbc:postgresql://([^:/]+)(:([0-9]+))?/([A-Za-z0-9_]+)$ ]]; then
  echo "BENCH_DATABASE_URL must look like jdbc:postgresql://HOST:PORT/DATABASE; got $DATABASE_URL" >&2
  exit 64
fi
db_host=${BASH_REMATCH[1]} db_port=${BASH_REMATCH[3]:-5432} db_name=${BASH_REMATCH[4]}
export PGPASSWORD=$DATABASE_PASSWORD

pgbench=$(ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pgbench" ] || ! command -v pg_isready >/dev/null; then
  echo "pgbench or pg_isready is missing: installing PostgreSQL's client and server packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
  pgbench=$(ls /usr/lib/postgresql/*/bin/pgbench | sort -V | tail -n 1)
fi

if ! postgres_answers; then
  if [ -z "${BENCH_DATABASE_URL:-}" ] && ls /etc/postgresql/*/main >/dev/null 2>&1; then
    echo "Starting the local PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
    for _ in $(seq 1 30); do postgres_answers && break; sleep 1; done
  fi
  postgres_answers || { echo "PostgreSQL does not answer on $db_host:$db_port" >&2; exit 1; }
fi

template=${BENCH_STORE_TEMPLATE:-}
if [ -n "$template" ] && [[ ! $template =~ ^[A-Za-z0-9_]+$ ]]; then
  echo "BENCH_STORE_TEMPLATE must be a database name; got $template" >&2
  exit 64
fi
echo "Creating the database $db_name afresh on $db_host:$db_port${template:+ as a copy of $template}"
psql -q -h "$db_host" -p "$db_port" -U "$DATABASE_USER" -d postgres -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $db_name WITH (FORCE)" -c "CREATE DATABASE $db_name${template:+ TEMPLATE $template}"

# The query side reads the tables the command side migrates: it starts second.
start_app command-side "$COMMAND_PORT" "$COMMAND_JAR"
command_pid=$started
start_app query-side "$QUERY_PORT" "$QUERY_JAR"
query_pid=$started

set +e
java -jar "$BENCH_JAR" --jdbc-url="$DATABASE_URL" --db-user="$DATABASE_USER" --db-password="$DATABASE_PASSWORD" \
  --pgbench="$pgbench" --command-url="http://localhost:$COMMAND_PORT" --query-url="http://localhost:$QUERY_PORT" \
  --command-pid="$command_pid" --query-pid="$query_pid" --command-jar="$COMMAND_JAR" --query-jar="$QUERY_JAR" \
  --jwks-port="$JWKS_PORT" --app-jvm-options="$APP_JVM_OPTIONS" --app-arguments="$APP_ARGUMENTS" "$@" \
  | tee "$OUT/output.txt"
status=${PIPESTATUS[0]}
set -e
tail -n 1 "$OUT/output.txt" >"$OUT/result.json"
echo "Output: $OUT/output.txt; JSON: $OUT/result.json; app logs: $OUT/command-side.log, $OUT/query-side.log"
stop_apps
exit "$status"
