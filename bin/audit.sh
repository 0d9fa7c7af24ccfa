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
  --strict --progress-spinner off --format json --output tmp/audit.json 2>tmp/audit.log
status=$?
set -e
.venv/bin/python - "$status" <<'PY'
import json, os, sys

status = int(sys.argv[1])
try:
    report = json.load(open("tmp/audit.json"))["dependencies"]
except (OSError, ValueError, KeyError):
    report = []
found = [(d["name"], d["version"], v["id"]) for d in report for v in d.get("vulns", [])]
audited = [d for d in report if "skip_reason" not in d]
for name, version, advisory in found:
    print(f"VULNERABLE: {name} {version}: {advisory}")
if found:
    sys.exit(1)
if status and not audited:
    print("pip-audit could not reach PyPI's advisory data: nothing was audited.")
    sys.exit(1 if os.environ.get("AUDIT_REQUIRED") == "1" else 0)
if status:
    print(open("tmp/audit.log").read()[-2000:])
    sys.exit(1)
print(f"pip-audit: {len(audited)} locked packages, no known vulnerabilities.")
PY
