#!/usr/bin/env bash
# The fault-injection suite (issue 9), in one command: builds the jars when they are missing
# (REBUILD=1 forces it); starts its own embedded PostgreSQL (local-postgres/, data in
# target/fault-injection/pg, port 39300, wiped at each run), two command-side and two query-side
# nodes from their jars in production mode (JWT, trusting the JWK set the suite serves), and the
# demo load through a router that fails over between the command nodes; kills nodes with
# kill -9, restarts PostgreSQL, commits an event late past the gap timeout; then checks the
# ledger of acknowledged commands against the store and every projection against a rebuild.
# Prints a table and a last JSON line; exit code 0 only when every check passed.
#   ./fault-injection.sh            the full run (5 command-node kills, about 10 minutes)
#   ./fault-injection.sh --short    one fault of each kind (CI, about 4 minutes)
# Other arguments go to the suite (java -jar fault-injection/target/labor-cases-fault-injection-*.jar --help).
set -euo pipefail
cd "$(dirname "$0")"

VERSION=0.1.0-SNAPSHOT
COMMAND_JAR=command-side/target/labor-cases-command-side-$VERSION.jar
QUERY_JAR=query-side/target/labor-cases-query-side-$VERSION.jar
POSTGRES_JAR=local-postgres/target/labor-cases-local-postgres-$VERSION.jar
SUITE_JAR=fault-injection/target/labor-cases-fault-injection-$VERSION.jar
OUT=target/fault-injection
# The benchmark's bounds for each app (BENCHMARKS.md): four of them share the machine here.
APP_JVM_OPTIONS=${FAULT_APP_JVM_OPTIONS:--Xmx256m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:+UseSerialGC}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

if [ ! -f "$COMMAND_JAR" ] || [ ! -f "$QUERY_JAR" ] || [ ! -f "$POSTGRES_JAR" ] || [ ! -f "$SUITE_JAR" ] \
    || [ "${REBUILD:-0}" != 0 ]; then
  echo "Building (./mvnw package)..."
  ./mvnw -q -B -ntp -Dstyle.color=never -DskipTests package -pl command-side,query-side,local-postgres,fault-injection -am
fi
mkdir -p "$OUT"

# The suite stops everything it started when it ends. On Ctrl-C its whole process group (the
# suite, the apps, the PostgreSQL launcher) gets SIGTERM: the apps stop gracefully and the
# launcher stops PostgreSQL.
set -m
java -Xmx512m -jar "$SUITE_JAR" --command-jar="$COMMAND_JAR" --query-jar="$QUERY_JAR" --postgres-jar="$POSTGRES_JAR" \
  --app-jvm-options="$APP_JVM_OPTIONS" --output="$OUT" "$@" > >(tee "$OUT/output.txt") 2>&1 &
suite=$!
set +m
trap 'trap "" INT TERM HUP; echo; echo "Stopping the suite and everything it started..."; kill -TERM -- "-$suite" 2>/dev/null; wait "$suite"; exit 130' INT TERM HUP
set +e
wait "$suite"
status=$?
set -e
sleep 0.5 # tee's last line
tail -n 1 "$OUT/output.txt" >"$OUT/result.json"
echo "Output: $OUT/output.txt; JSON: $OUT/result.json; logs: $OUT/*.log, $OUT/pg/"
exit "$status"
