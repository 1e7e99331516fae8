#!/usr/bin/env bash
# System programs the tests drive for real: Debian's Chromium (browser tests through playwright-core,
# which never downloads a browser) and zsh + fish (the CLI's completion tests). Installs what is
# missing with apt when it can; otherwise says what to install.
set -euo pipefail
missing=""
for tool in chromium zsh fish; do
  command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing:$missing (apt)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "The tests need these programs, which are missing:$missing" >&2
  echo "Install them with your package manager (Debian/Ubuntu: sudo apt-get install$missing)." >&2
  exit 1
fi
