#!/usr/bin/env bash
# The whole suite, as CI runs it: unit tests, API tests on PGlite and on a real PostgreSQL
# server, and browser journeys in Debian's Chromium with axe-core.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-tools.sh

pg_dir=$(mktemp -d /tmp/samspil-test-pg.XXXXXX)
port=$((56000 + RANDOM % 2000))
cleanup() { bash scripts/pg-cluster.sh stop "$pg_dir" || true; rm -rf "$pg_dir"; }
trap cleanup EXIT
TEST_DATABASE_URL=$(bash scripts/pg-cluster.sh start "$pg_dir" "$port")
export TEST_DATABASE_URL

npm run build:web --silent
npx tsc --noEmit -p tsconfig.json
npm run lint --silent
npx vitest run "$@"
