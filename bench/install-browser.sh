#!/usr/bin/env bash
# Installs Debian's headless browser for the browser tests (ServeBrowserIT, skipped without it).
# Non-interactive; needs root (CI runs as root).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  echo "install-browser: $(chromium --version 2>/dev/null | head -1) and chromedriver already there"
  exit 0
fi
apt-get update -qq
apt-get install -y --no-install-recommends chromium chromium-driver
