#!/usr/bin/env bash
# Installs, when missing, the Debian packages behind every Python module that models/training/
# imports (listed in scripts/python-modules.txt), then imports each to prove it. Used by
# `npm test` (the training smoke tests) and `npm run train`. Needs root, as on CI's machines.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
python=/usr/bin/python3
missing=()
while read -r module package; do
  case "$module" in ''|'#'*) continue ;; esac
  "$python" -c "import $module" 2>/dev/null || missing+=("$package")
done < "$here/python-modules.txt"
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "缺少模型训练所需的 Debian 软件包：请以 root 运行 apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
while read -r module package; do
  case "$module" in ''|'#'*) continue ;; esac
  "$python" -c "import $module" || { echo "安装 $package 后仍无法导入 Python 模块 $module" >&2; exit 1; }
done < "$here/python-modules.txt"
