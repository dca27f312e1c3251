#!/usr/bin/env bash
# What the tests need from Debian, installed when missing (needs root, as on the team's and CI's
# machines): Chromium and CJK fonts for the end-to-end tests (Playwright cannot download browsers
# offline), and every Python module the model-training smoke tests import (ensure-python-modules.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" != "0" ]; then
    echo "缺少测试所需的 Debian 软件包：请以 root 运行 apt-get install -y chromium fonts-noto-cjk" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
bash "$here/ensure-python-modules.sh"
