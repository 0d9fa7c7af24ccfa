#!/usr/bin/env bash
# `make audit`: known vulnerabilities in the locked dependencies (pip-audit on uv.lock).
# Fails on any known vulnerability. Where PyPI's advisory data cannot be reached (a
# closed network), pip-audit can audit nothing: that is reported, and fails only when
# AUDIT_REQUIRED=1, so that an offline build is not mistaken for an audited one.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p tmp
.tools/bin/uv export --frozen --all-groups --no-hashes --no-emit-project \
  --format requirements-txt --quiet -o tmp/requirements-audit.txt
set +e
.venv/bin/pip-audit --requirement tmp/requirements-audit.txt --no-deps --disable-pip \
  --progress-spinner off --format json --output tmp/audit.json 2>tmp/audit.log
status=$?
set -e
.venv/bin/python bin/audit_report.py tmp/audit.json "$status"
