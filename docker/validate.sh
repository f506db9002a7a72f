#!/usr/bin/env bash
# Checks the docker/ stack without a Docker engine: compose.yaml with Debian's docker-compose
# ("config" only parses, interpolates and validates), the Grafana dashboards and provisioning
# files, and prometheus.yml with promtool when it is installed.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v docker-compose >/dev/null 2>&1; then
  echo "docker-compose is not installed: installing it from Debian's packages"
  apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null
fi

echo "docker/compose.yaml: docker-compose config"
docker-compose -f compose.yaml config -q

for dashboard in grafana/dashboards/*.json; do
  echo "$dashboard: JSON"
  python3 -m json.tool "$dashboard" >/dev/null
done

for provisioning in grafana/provisioning/*/*.yml prometheus.yml; do
  echo "$provisioning: YAML"
  python3 -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1]))' "$provisioning"
done

if command -v promtool >/dev/null 2>&1; then
  echo "prometheus.yml: promtool check config"
  promtool check config prometheus.yml
fi
echo "docker/ stack: valid"
