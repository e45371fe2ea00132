#!/usr/bin/env bash
# Installs what the browser suite (./mvnw -B test -Pbrowser) needs from Debian's packages:
# headless Chromium, its driver, and a CJK font so screenshots of the Chinese UI are legible.
# Idempotent: does nothing when all three are already there. Run as root (CI does).
set -euo pipefail

FONT_PACKAGE=fonts-wqy-zenhei

installed() {
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] \
    && dpkg-query -W -f='${Status}' "$FONT_PACKAGE" 2>/dev/null | grep -q 'install ok installed'
}

if installed; then
  echo "install-browser: chromium, chromedriver and $FONT_PACKAGE already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium chromium-driver "$FONT_PACKAGE"

installed || { echo "install-browser: installation incomplete" >&2; exit 1; }
echo "install-browser: $(/usr/bin/chromium --version 2>/dev/null || echo chromium), $(/usr/bin/chromedriver --version | head -n 1)"
