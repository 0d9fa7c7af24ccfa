"""gunicorn for the benchmark: start, wait until it answers, read its workers' memory."""

import re
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def warm_worker(env, log):
    """The `warm` queue's RQ worker, at a lower priority as the README deploys it."""
    command = [str(ROOT / ".venv/bin/python"), "manage.py", "rqworker", "warm"]
    with open(log, "a") as errors:
        process = subprocess.Popen(
            ["nice", "-n", "10", *command, "--worker-class", "rq.SimpleWorker"],
            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors,
        )  # fmt: skip
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextmanager
def gunicorn(env, port, log):
    """Two sync workers on 127.0.0.1:port, ready when this yields the master's pid."""
    command = [
        str(ROOT / ".venv/bin/gunicorn"),
        "cms.wsgi",
        f"--bind=127.0.0.1:{port}",
        "--workers=2",
        "--worker-class=sync",
        "--timeout=60",
    ]
    with open(log, "a") as errors:
        process = subprocess.Popen(command, env=env, cwd=ROOT, stderr=errors, stdout=errors)
    try:
        wait_until_up(port)
        yield process.pid
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_until_up(port, seconds=60, path="/nb/"):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5):  # noqa: S310
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"nothing answers on port {port}")


def peak_memory_mb(master_pid):
    """Peak resident memory (VmHWM) of each worker of a gunicorn master, in MB."""
    children = subprocess.run(
        ["pgrep", "-P", str(master_pid)], capture_output=True, text=True
    ).stdout.split()
    peaks = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        peaks.append(int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024)
    return max(peaks, default=0.0)
