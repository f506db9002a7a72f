#!/usr/bin/env bash
# Runs labor-cases locally in one command, from a fresh clone, with neither Docker nor an installed
# PostgreSQL: builds the jars when they are missing (REBUILD=1 forces it); starts an embedded
# PostgreSQL (local-postgres/, port LOCAL_PG_PORT=54329, data in target/local-postgres) unless
# DATABASE_URL or SPRING_DATASOURCE_URL names one; starts the command side (:8081), then the query
# side (:8082), with the local demo users (profile "local"); loads DEMO_CASES demo cases into an
# empty database; prints where to look. Ctrl-C stops the apps gracefully, then PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")"

VERSION=0.1.0-SNAPSHOT
COMMAND_JAR=command-side/target/labor-cases-command-side-$VERSION.jar
QUERY_JAR=query-side/target/labor-cases-query-side-$VERSION.jar
POSTGRES_JAR=local-postgres/target/labor-cases-local-postgres-$VERSION.jar
DEMO_JAR=demo-data/target/labor-cases-demo-data-$VERSION.jar
POSTMASTER_PID=target/local-postgres/data/postmaster.pid
COMMAND_URL=http://localhost:8081
QUERY_URL=http://localhost:8082
# Graceful shutdown may take Spring's 20 s phase timeout (application.yml); then it is killed.
APP_STOP_SECONDS=30
POSTGRES_STOP_SECONDS=15

postgres_pid=
app_pids=

alive() {
  local state
  state=$(ps -o stat= -p "$1" 2>/dev/null) && [[ $state != Z* ]]
}

# Starts "$@" in the background in a process group of its own, so that Ctrl-C reaches only this
# script, which stops everything in order, and so that the group can be killed whole if need be.
launch() {
  local log=$1
  shift
  set -m
  "$@" </dev/null >"$log" 2>&1 &
  set +m
  launched=$!
}

fail() {
  echo "$1; the end of $2:" >&2
  tail -n 40 "$2" >&2
  exit 1
}

# Waits until the command after the first four arguments succeeds.
await() {
  local name=$1 pid=$2 log=$3 seconds=$4 deadline=$((SECONDS + $4))
  shift 4
  until "$@"; do
    alive "$pid" || fail "$name stopped while starting" "$log"
    ((SECONDS < deadline)) || fail "$name was not ready after ${seconds}s" "$log"
    sleep 1
  done
}

ready() {
  curl -sf -o /dev/null "$1/actuator/health/readiness"
}

# SIGTERM to each process, then SIGKILL to the process group of any still running after $1 s.
terminate() {
  local deadline=$((SECONDS + $1)) pid
  shift
  kill -TERM "$@" 2>/dev/null || true
  for pid in "$@"; do
    while alive "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
    if alive "$pid"; then
      echo "Process $pid did not stop within the time allowed: killing it" >&2
      kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
}

stop_all() {
  if [ -n "$app_pids" ]; then
    # shellcheck disable=SC2086 # one word per pid
    terminate "$APP_STOP_SECONDS" $app_pids
    app_pids=
  fi
  if [ -n "$postgres_pid" ]; then
    terminate "$POSTGRES_STOP_SECONDS" "$postgres_pid"
    postgres_pid=
    # PostgreSQL removes this file when it stops: if its keeper was killed, stop it here (fast mode).
    if [ -f "$POSTMASTER_PID" ]; then
      kill -INT "$(head -n 1 "$POSTMASTER_PID")" 2>/dev/null || true
    fi
  fi
}

on_signal() {
  trap '' INT TERM HUP
  echo
  echo "Stopping labor-cases..."
  stop_all
  echo "Stopped."
  exit 0
}
trap on_signal INT TERM HUP
trap stop_all EXIT

if [ ! -f "$COMMAND_JAR" ] || [ ! -f "$QUERY_JAR" ] || [ ! -f "$POSTGRES_JAR" ] || [ "${REBUILD:-0}" != 0 ]; then
  echo "Building (./mvnw package, about two minutes the first time)..."
  ./mvnw -q -B -ntp -Dstyle.color=never -DskipTests package
fi
mkdir -p target

if [ -n "${DATABASE_URL:-}" ] || [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
  database=${SPRING_DATASOURCE_URL:-$DATABASE_URL}
  echo "Using the PostgreSQL at $database"
else
  echo "Starting the embedded PostgreSQL on port ${LOCAL_PG_PORT:-54329}..."
  # The first start unpacks PostgreSQL's binaries in memory: 64 MB of heap was too little.
  launch target/local-postgres.log java -Xmx256m -jar "$POSTGRES_JAR"
  postgres_pid=$launched
  await "PostgreSQL" "$postgres_pid" target/local-postgres.log 120 grep -qs "Local PostgreSQL ready" target/local-postgres.log
  database=jdbc:postgresql://localhost:${LOCAL_PG_PORT:-54329}/labor_cases
  export DATABASE_URL=$database DATABASE_USER=postgres DATABASE_PASSWORD=
fi

echo "Starting the command side on $COMMAND_URL (log: target/command-side.log)..."
launch target/command-side.log env PORT=8081 java -Xmx512m -jar "$COMMAND_JAR" --spring.profiles.active=local
command_pid=$launched
app_pids=$command_pid
# The query side migrates after the command side, whose tables it reads.
await "The command side" "$command_pid" target/command-side.log 240 ready "$COMMAND_URL"

echo "Starting the query side on $QUERY_URL (log: target/query-side.log)..."
launch target/query-side.log env PORT=8082 java -Xmx512m -jar "$QUERY_JAR" --spring.profiles.active=local
query_pid=$launched
app_pids="$command_pid $query_pid"
await "The query side" "$query_pid" target/query-side.log 240 ready "$QUERY_URL"

demo_cases=${DEMO_CASES:-300}
if [ "$demo_cases" = 0 ]; then
  echo "No demo data (DEMO_CASES=0)."
elif [ ! -f "$DEMO_JAR" ]; then
  echo "No demo data: $DEMO_JAR is not built."
else
  cases=$(curl -sf -u supervisor:demo "$QUERY_URL/api/cases?limit=1" | grep -o '"total":[0-9]*' | cut -d: -f2) || cases=
  if [ -z "$cases" ]; then
    echo "No demo data: the query side did not say how many cases the database holds."
  elif [ "$cases" -gt 0 ]; then
    echo "The database already holds $cases cases: no demo data loaded."
  else
    echo "Loading $demo_cases demo cases through the command API..."
    # A failed load leaves the apps running with the cases made so far: still worth looking at.
    java -jar "$DEMO_JAR" --command-url="$COMMAND_URL" --cases="$demo_cases" --seed=42 --user=inspector --password=demo \
      || echo "The demo data generator failed (exit code $?); the apps run on with the cases it made."
  fi
fi

cat <<TXT

labor-cases is running against $database
  Inspectors' API (Swagger UI):   $COMMAND_URL/swagger-ui.html
  Supervisors' API (Swagger UI):  $QUERY_URL/swagger-ui.html
  A supervisor's query:           curl -u supervisor:demo '$QUERY_URL/api/cases?limit=5'
  Readiness:                      $COMMAND_URL/actuator/health/readiness  $QUERY_URL/actuator/health/readiness
  Liveness:                       $COMMAND_URL/actuator/health/liveness  $QUERY_URL/actuator/health/liveness
  Prometheus (admin, auditor):    $COMMAND_URL/actuator/prometheus  $QUERY_URL/actuator/prometheus
                                  e.g. curl -u admin:demo $COMMAND_URL/actuator/prometheus
  Local users, password "demo":   inspector, supervisor, auditor, admin (nationwide);
                                  inspector-hanoi, supervisor-hanoi (Ha Noi only)
  Logs:                           target/command-side.log, target/query-side.log,
                                  target/local-postgres.log, target/local-postgres/postgres.log
Press Ctrl-C to stop.
TXT

while alive "$command_pid" && alive "$query_pid"; do sleep 1; done
alive "$command_pid" || fail "The command side stopped on its own" target/command-side.log
fail "The query side stopped on its own" target/query-side.log
