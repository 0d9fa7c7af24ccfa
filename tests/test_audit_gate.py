"""`make audit` judges pip-audit's report: a known vulnerability fails the build, and a
report that audited nothing (advisory data unreachable) is never taken for a clean one."""

import importlib.util
import json
from pathlib import Path

import pytest

# Runs the audit script on made-up lock files only.
pytestmark = pytest.mark.one_database

SCRIPT = Path(__file__).resolve().parent.parent / "bin" / "audit_report.py"
spec = importlib.util.spec_from_file_location("audit_report", SCRIPT)
audit_report = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit_report)

VULNERABLE = {"name": "django", "version": "5.2.0", "vulns": [{"id": "PYSEC-2025-1"}]}
CLEAN = {"name": "wagtail", "version": "8.0.1", "vulns": []}
SKIPPED = {"name": "willow", "skip_reason": "Dependency not found on PyPI"}


def judge(tmp_path, dependencies, status, required=False):
    report = tmp_path / "audit.json"
    report.write_text(json.dumps({"dependencies": dependencies}))
    return audit_report.verdict(report, status, required)


def test_a_known_vulnerability_fails(tmp_path):
    code, lines = judge(tmp_path, [CLEAN, VULNERABLE], status=1)
    assert code == 1
    assert lines == ["VULNERABLE: django 5.2.0: PYSEC-2025-1"]


def test_clean_packages_pass(tmp_path):
    assert judge(tmp_path, [CLEAN], status=0) == (
        0,
        ["pip-audit: 1 locked packages, no known vulnerabilities."],
    )


def test_nothing_audited_is_said_and_fails_when_required(tmp_path):
    code, lines = judge(tmp_path, [SKIPPED], status=0)
    assert code == 0 and "nothing was audited" in lines[0]
    assert judge(tmp_path, [SKIPPED], status=0, required=True)[0] == 1
    missing = tmp_path / "missing.json"
    assert audit_report.verdict(missing, 1, required=True)[0] == 1
