#!/usr/bin/env bash
# Runs labor-cases locally: builds the apps, makes sure the database exists, starts the
# command side (:8081) and the query side (:8082) with the local demo users (profile
# "local", security/src/main/resources/application-local.yml), and stops both on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"

DB_HOST=${DB_HOST:-127.0.0.1}
DB_NAME=${DB_NAME:-labor_cases}
export DATABASE_URL=${DATABASE_URL:-jdbc:postgresql://$DB_HOST:5432/$DB_NAME}
export DATABASE_USER=${DATABASE_USER:-postgres}

if [ ! -f command-side/target/labor-cases-command-side-0.1.0-SNAPSHOT.jar ] || [ -n "${REBUILD:-}" ]; then
  echo "Building..."
  ./mvnw -q -B -ntp -DskipTests package
fi

if command -v psql >/dev/null 2>&1 && [ "$DATABASE_URL" = "jdbc:postgresql://$DB_HOST:5432/$DB_NAME" ]; then
  if ! psql -h "$DB_HOST" -U "$DATABASE_USER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB_NAME'" | grep -q 1; then
    echo "Creating database $DB_NAME"
    psql -h "$DB_HOST" -U "$DATABASE_USER" -d postgres -qc "CREATE DATABASE $DB_NAME"
  fi
fi

pids=()
stop() {
  echo
  echo "Stopping..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

mkdir -p target
java -Xmx512m -jar command-side/target/labor-cases-command-side-0.1.0-SNAPSHOT.jar --spring.profiles.active=local > target/command-side.log 2>&1 &
pids+=($!)
# The query side migrates after the command side, whose tables it reads.
for _ in $(seq 1 60); do curl -sf localhost:8081/actuator/health/readiness >/dev/null && break; sleep 1; done
java -Xmx512m -jar query-side/target/labor-cases-query-side-0.1.0-SNAPSHOT.jar --spring.profiles.active=local > target/query-side.log 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do curl -sf localhost:8082/actuator/health/readiness >/dev/null && break; sleep 1; done

cat <<TXT

labor-cases is running against $DATABASE_URL
  Inspectors' API (Swagger UI):  http://localhost:8081/swagger-ui.html
  Query side (Swagger UI):       http://localhost:8082/swagger-ui.html
  Health:                        http://localhost:8081/actuator/health
  Logs:                          target/command-side.log, target/query-side.log
  Local users (password "demo"): inspector, supervisor (Hà Nội), auditor, admin (nationwide)
    e.g. curl -u auditor:demo localhost:8081/audit/anchors
Press Ctrl-C to stop.
TXT
wait
