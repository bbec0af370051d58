#!/usr/bin/env bash
# Installs Debian's Chromium, which the IDE browser test drives with playwright-core, when it is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
