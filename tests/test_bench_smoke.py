"""`make bench` works from a clean tree: its set-up (database, demo content, static files,
a small seed) and one page for a second, on SQLite, in a copy of the tracked files only,
as a fresh clone has them. The benchmark itself stays out of the tests' time."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

# SQLite whatever the suite's database (a fresh clone's `make bench` starts there)
pytestmark = [pytest.mark.slow, pytest.mark.one_database]

ROOT = Path(__file__).resolve().parent.parent


def tracked_copy(target):
    """The files git tracks (nothing left by earlier runs, such as tmp/), and the
    installed virtual environment and npm packages."""
    git = shutil.which("git") or "/usr/bin/git"
    listing = subprocess.run([git, "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)  # noqa: S603
    names = listing.stdout.decode().split("\0")
    for name in filter(None, names):
        source, destination = ROOT / name, target / name
        if source.is_file():
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)
    (target / ".venv").symlink_to(ROOT / ".venv")
    (target / "node_modules").symlink_to(ROOT / "node_modules")  # `make setup`'s npm packages
    return target


def test_the_benchmark_sets_itself_up_in_a_clean_tree(tmp_path):
    tree = tracked_copy(tmp_path / "tree")
    assert not (tree / "tmp").exists()
    environment = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    python = str(ROOT / ".venv/bin/python")
    # `make bench` runs `make setup` first, which compiles the catalogues (the addresses
    # of the search page and others are translated).
    subprocess.run([python, "bin/compile_messages.py"], cwd=tree, check=True)  # noqa: S603
    result = subprocess.run(  # noqa: S603
        [python, "bench/run.py", "--smoke"],
        cwd=tree,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    assert "smoke: ok" in result.stdout
