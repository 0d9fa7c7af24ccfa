"""Judge pip-audit's JSON report: `python bin/audit_report.py REPORT EXIT_STATUS`.

Exit 1 on any known vulnerability. A report that audited nothing (PyPI's advisory data
unreachable) is said plainly and fails only with AUDIT_REQUIRED=1."""

import json
import os
import sys


def verdict(report_path, status, required=False):
    """(exit status, lines to print)."""
    try:
        with open(report_path) as report:
            dependencies = json.load(report)["dependencies"]
    except (OSError, ValueError, KeyError):
        dependencies = []
    found = [(d["name"], d["version"], v["id"]) for d in dependencies for v in d.get("vulns", [])]
    audited = [d for d in dependencies if "skip_reason" not in d]
    if found:
        return 1, [f"VULNERABLE: {name} {version}: {advisory}" for name, version, advisory in found]
    if not audited:
        message = "pip-audit could not reach PyPI's advisory data: nothing was audited."
        return (1 if required else 0), [message]
    if status:
        return 1, ["pip-audit failed; see tmp/audit.log"]
    return 0, [f"pip-audit: {len(audited)} locked packages, no known vulnerabilities."]


if __name__ == "__main__":
    code, lines = verdict(sys.argv[1], int(sys.argv[2]), os.environ.get("AUDIT_REQUIRED") == "1")
    print("\n".join(lines))
    sys.exit(code)
