"""Killing one gunicorn worker under load loses no request beyond the one it held: the
other worker keeps answering and the master starts a replacement. Runs a real gunicorn
(2 sync workers, as in production) on 127.0.0.1 against a scratch demo database."""

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.ports import unused_port
from tests.test_backup_restore import install

# A real gunicorn under load.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = 6
DEADLINE = 60  # seconds for the whole load; the test ends as soon as it has its answers


def workers_of(master):
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == master:
                pids.append(int(entry))
    return pids


def wait_until_up(url, log, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 (our own server)
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer:\n{log.read_text()[-2000:]}")


def until(condition, seconds=DEADLINE):
    """Wait for `condition()` itself, polling, rather than for a fixed time."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def load(url, stop, results):
    while not stop.is_set():
        try:
            with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
                results.append((time.monotonic(), response.status == 200))
        except (urllib.error.URLError, OSError):
            results.append((time.monotonic(), False))


def test_killing_a_worker_under_load_loses_at_most_the_request_it_held(tmp_path, demo_site):
    database, media = demo_site  # the suite's engine, a copy of the run's demo
    site = install(database, media)
    site("manage.py", "collectstatic", "--noinput", "-v0")  # production's hashed names
    port = unused_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "worker-kill-test-only",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database,
        "MEDIA_ROOT": str(media),
        "PAGE_CACHE": "off",  # every request reaches a worker's Django
    }
    env.pop("REDIS_URL", None)
    command = [sys.executable, "-m", "gunicorn", "cms.wsgi", f"--bind=127.0.0.1:{port}"]
    command += ["--workers=2", "--worker-class=sync", "--timeout=30"]
    log = (tmp_path / "gunicorn.log").open("w")
    server = subprocess.Popen(command, cwd=ROOT, env=env, stderr=log)  # noqa: S603
    stop = threading.Event()
    try:
        url = f"http://127.0.0.1:{port}/nb/"
        wait_until_up(url, log=tmp_path / "gunicorn.log")
        before = workers_of(server.pid)
        assert len(before) == 2
        results = []
        clients = [threading.Thread(target=load, args=(url, stop, results)) for _ in range(CLIENTS)]
        for client in clients:
            client.start()
        until(lambda: len(results) >= 20)  # the load is under way
        killed_at = time.monotonic()
        os.kill(before[0], signal.SIGKILL)
        # ... until the master has replaced the worker and both answer again
        until(lambda: len(set(workers_of(server.pid)) - set(before)) == 1)
        until(lambda: sum(at > killed_at + 0.5 and ok for at, ok in results) > 40)
        stop.set()
        for client in clients:
            client.join()
        after = workers_of(server.pid)
    finally:
        stop.set()
        server.terminate()
        server.wait(timeout=30)
        log.close()
    failed = [at for at, ok in results if not ok]
    print(f"worker killed under load: {len(results)} requests, {len(failed)} failed")
    answered_after = [at for at, ok in results if ok and at > killed_at + 0.5]
    assert len(failed) <= 1, f"{len(failed)} of {len(results)} requests failed"
    assert len(answered_after) > 10
    assert len(after) == 2 and before[0] not in after  # the master replaced it
