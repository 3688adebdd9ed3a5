#!/usr/bin/env bash
# Installs what the test suite needs from Debian's packages when it is missing:
# Chromium for the browser journeys and a PostgreSQL server for the PostgreSQL run.
# Fails with a clear message when it cannot; it never lets a test skip silently.
set -euo pipefail

need_chromium=0
need_postgres=0
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need_chromium=1
pg_bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
[ -n "$(pg_bin_dir)" ] && [ -x "$(pg_bin_dir)/initdb" ] || need_postgres=1

if [ "$need_chromium" = 0 ] && [ "$need_postgres" = 0 ]; then
  exit 0
fi

packages=()
[ "$need_chromium" = 1 ] && packages+=(chromium fonts-dejavu-core)
[ "$need_postgres" = 1 ] && packages+=(postgresql)

if [ "$(id -u)" != 0 ]; then
  echo "The tests need ${packages[*]} (Debian packages). Install them: sudo apt-get install -y ${packages[*]}" >&2
  exit 1
fi
echo "Installing ${packages[*]} with apt-get (once) ..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2 || { echo "apt-get update failed: cannot install ${packages[*]}" >&2; exit 1; }
apt-get install -y -qq --no-install-recommends "${packages[@]}" >&2 || { echo "apt-get install ${packages[*]} failed" >&2; exit 1; }
