#!/usr/bin/env bash
# What the tests need from Debian, installed when missing (needs root, as on the team's and CI's
# machines): Chromium for the end-to-end tests (Playwright cannot download browsers offline), and
# torch + onnx for /usr/bin/python3, which the model-training smoke test runs.
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium fonts-noto-cjk)
/usr/bin/python3 -c 'import torch, onnx, numpy' 2>/dev/null || missing+=(python3-torch python3-onnx python3-numpy)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "缺少测试所需的 Debian 软件包：请以 root 运行 apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
