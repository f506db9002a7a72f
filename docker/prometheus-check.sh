#!/usr/bin/env bash
# Shows the apps' metrics to a real Prometheus (Debian's package): scrapes the running command
# and query sides, waits for two scrapes of each, asks PromQL for the Axon and domain meters,
# prints every query with its answer, stops Prometheus, and fails if any answer is empty.
#
#   COMMAND_SIDE_URL   default http://localhost:8081
#   QUERY_SIDE_URL     default http://localhost:8082
#   METRICS_USER       default auditor (a local-profile user allowed to read /actuator/prometheus);
#   METRICS_PASSWORD   default demo      empty METRICS_USER: scrape without logging in (open metrics)
#   PROMETHEUS_PORT    default 29090
#
# Installs the prometheus package if missing (apt-get), without starting its service: the
# server runs here, from a temporary configuration and data directory, and is stopped at the end.
set -euo pipefail

COMMAND_SIDE_URL=${COMMAND_SIDE_URL:-http://localhost:8081}
QUERY_SIDE_URL=${QUERY_SIDE_URL:-http://localhost:8082}
METRICS_USER=${METRICS_USER-auditor}
METRICS_PASSWORD=${METRICS_PASSWORD-demo}
PROMETHEUS_PORT=${PROMETHEUS_PORT:-29090}
PROMETHEUS=http://127.0.0.1:$PROMETHEUS_PORT

if ! command -v prometheus >/dev/null 2>&1; then
  echo "prometheus is not installed: installing Debian's package (its service is not started)"
  # policy-rc.d answering 101 tells the package scripts not to start the service.
  policy_added=false
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && policy_added=true
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus >/dev/null
  if $policy_added; then rm -f /usr/sbin/policy-rc.d; fi
fi

work=$(mktemp -d)
prometheus_pid=
stop() {
  if [ -n "$prometheus_pid" ]; then
    kill "$prometheus_pid" 2>/dev/null || true
    wait "$prometheus_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop EXIT

# One scrape job per app; scheme and host:port from its URL.
scrape_job() {
  local job=$1 url=$2
  local scheme=${url%%://*} target=${url#*://}
  target=${target%%/*}
  cat <<EOF
  - job_name: $job
    scheme: $scheme
    metrics_path: /actuator/prometheus
    static_configs:
      - targets: ["$target"]
EOF
  if [ -n "$METRICS_USER" ]; then
    cat <<EOF
    basic_auth:
      username: "$METRICS_USER"
      password: "$METRICS_PASSWORD"
EOF
  fi
}
{
  printf 'global:\n  scrape_interval: 2s\n  scrape_timeout: 2s\nscrape_configs:\n'
  scrape_job command-side "$COMMAND_SIDE_URL"
  scrape_job query-side "$QUERY_SIDE_URL"
} > "$work/prometheus.yml"

prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" \
  --web.listen-address="127.0.0.1:$PROMETHEUS_PORT" > "$work/prometheus.log" 2>&1 &
prometheus_pid=$!
echo "Prometheus $(prometheus --version 2>&1 | head -1 | awk '{print $3}') (pid $prometheus_pid) scraping $COMMAND_SIDE_URL and $QUERY_SIDE_URL"

query() {
  curl -sf --get "$PROMETHEUS/api/v1/query" --data-urlencode "query=$1"
}

# Two successful scrapes of each app: up has been 1 at least twice in each job.
for attempt in $(seq 60); do
  jobs=$(query 'sum by (job) (sum_over_time(up[5m])) >= 2' 2>/dev/null | jq -r '.data.result[].metric.job' 2>/dev/null | sort | tr '\n' ' ' || true)
  if [ "$jobs" = "command-side query-side " ]; then
    break
  fi
  if [ "$attempt" = 60 ]; then
    echo "Prometheus did not scrape both apps twice within 60 s (up as scraped so far below)" >&2
    query 'up' | jq -c '.data.result[] | {job: .metric.job, up: .value[1]}' >&2 || true
    tail -5 "$work/prometheus.log" >&2
    exit 1
  fi
  sleep 1
done

queries=(
  'up'
  'sum by (payloadType) (commandBus_successCounter_total)'
  'max by (job, processorName) (eventProcessor_latency)'
  'sum by (case_type, province) (labor_cases_cases_opened_total) > 0'
  'sum by (case_type) (labor_cases_cases_closed_total)'
  'sum(labor_cases_deadlines_missed_total)'
  'sum by (case_type) (max by (case_type, province) (labor_cases_cases_open))'
  'sum(max by (province) (labor_cases_deadlines_due))'
  'sum(max by (province) (labor_cases_arrears_outstanding_vnd))'
  'max by (processor) (labor_cases_projection_lag_events)'
  'max by (processor) (labor_cases_projection_lag_seconds)'
  'sum by (job) (hikaricp_connections_max)'
  'sum by (job) (http_server_requests_seconds_count)'
)
empty=0
for q in "${queries[@]}"; do
  echo
  echo "query: $q"
  answer=$(query "$q" | jq -c '.data.result[] | .metric + {value: .value[1]}')
  if [ -z "$answer" ]; then
    echo "  (empty)"
    empty=$((empty + 1))
  else
    sed 's/^/  /' <<< "$answer"
  fi
done

echo
if [ "$empty" -gt 0 ]; then
  echo "FAILED: $empty of ${#queries[@]} queries came back empty" >&2
  exit 1
fi
echo "OK: all ${#queries[@]} queries answered"
