#!/usr/bin/env bash
# System programs the tests drive for real: Debian's Chromium (browser tests through playwright-core,
# which never downloads a browser) and zsh + fish (the CLI's completion tests). Installs what is
# missing with apt when it can; otherwise says what to install.
set -euo pipefail
# The browser tests launch this file, not whatever `chromium` is first on PATH
# (tools/browser-testing/src/index.ts).
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -n "${CHROMIUM_PATH:-}" ] && [ ! -x "$chromium" ]; then
  echo "CHROMIUM_PATH is $chromium, which is not an executable file; point it at a Chromium or unset it to use /usr/bin/chromium." >&2
  exit 1
fi
missing=""
[ -x "$chromium" ] || missing="$missing chromium"
for tool in zsh fish; do
  command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing:$missing (apt)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  if [ ! -x "$chromium" ]; then
    echo "Chromium is still not at $chromium, where the browser tests look; set CHROMIUM_PATH to a Chromium." >&2
    exit 1
  fi
else
  echo "The tests need these programs, which are missing:$missing" >&2
  echo "Install them with your package manager (Debian/Ubuntu: sudo apt-get install$missing)." >&2
  case "$missing" in *chromium*)
    other=$(command -v chromium chromium-browser 2>/dev/null | head -n 1 || true)
    echo "The browser tests look for Chromium at /usr/bin/chromium${other:+; yours is $other}: set CHROMIUM_PATH to its path to use another one." >&2
  esac
  exit 1
fi
