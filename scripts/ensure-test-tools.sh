#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright cannot download browsers offline).
# Installs it from apt when missing; needs root, as on the team's and CI's machines.
set -euo pipefail
# The model training smoke test (test/unit/models) needs Debian's torch and onnx for /usr/bin/python3.
if ! /usr/bin/python3 -c 'import torch, onnx' 2>/dev/null; then
  if [ "$(id -u)" != "0" ]; then
    echo "需要 Debian 的 python3-torch 与 python3-onnx：请以 root 运行 apt-get install -y python3-torch python3-onnx python3-numpy" >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-torch python3-onnx python3-numpy >/dev/null
fi
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "需要 Debian 的 chromium：请以 root 运行 apt-get install -y chromium fonts-noto-cjk" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
