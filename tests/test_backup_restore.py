"""Backup and restore as README documents them: the demo site is backed up (database
and media) and restored into an empty install; pages, documents, translations and
files come back the same, and private documents stay private. Runs the real commands
in scratch installs on the database engine the suite runs on; the site is a copy of
the run's demo database and media (tests/demo_snapshot.py)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Real commands in scratch installs.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = str(Path(__file__).with_name("backup_snapshot.py"))


def install(database_url, media):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media),
        "PAGE_CACHE": "off",
    }
    env.pop("REDIS_URL", None)

    def run(*args):
        command = [sys.executable, *args]
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)  # noqa: S603
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout

    return run


def test_restore_into_an_empty_install_brings_everything_back(
    tmp_path, scratch_databases, demo_site
):
    backups = tmp_path / "backups"
    backups.mkdir()
    site_url, site_media = demo_site  # migrated, with the demo and its files
    restored_url = scratch_databases[1]
    site = install(site_url, site_media)
    site("manage.py", "dbbackup", "--output-path", str(backups / "database.dump"))
    site("manage.py", "mediabackup", "--output-path", str(backups / "media.tar"))
    before = json.loads(site(SNAPSHOT))

    restored = install(restored_url, tmp_path / "restored-media")
    restored("manage.py", "dbrestore", "--noinput", "--input-path", str(backups / "database.dump"))
    restored("manage.py", "mediarestore", "--noinput", "--input-path", str(backups / "media.tar"))
    after = json.loads(restored(SNAPSHOT))

    assert after["counts"] == before["counts"]
    assert before["counts"]["translations"] > 0 and before["counts"]["documents"] > 0
    assert after["files"] == before["files"]  # same paths, same SHA-256
    assert len(before["files"]) >= before["counts"]["documents"]
    assert after["private documents"] == before["private documents"]
    assert before["private documents"]
    assert set(after["private documents"].values()) <= {302, 403}
