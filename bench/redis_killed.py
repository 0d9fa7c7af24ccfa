"""The page cache's Redis killed halfway through a run of load: every request must
still be answered (rendered instead of cached), with zero errors.

Uses a Redis server of its own on a spare port, so the shared one keeps running.
"""

import shutil
import subprocess
import tempfile
import threading
import time

from servers import gunicorn
from wrk import wrk

PORT = 8003


def redis_server(port):
    directory = tempfile.mkdtemp(prefix="samling-bench-redis-")
    command = [
        shutil.which("redis-server") or "/usr/bin/redis-server",
        "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
        "--dir", directory, "--maxmemory", "256mb", "--maxmemory-policy", "allkeys-lru",
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    time.sleep(0.5)
    return process


def run(env, path, seconds, log, redis_port=6390):
    """wrk on `path` for `seconds`; the page cache's Redis is killed at half time."""
    server = redis_server(redis_port)
    env = {**env, "PAGE_CACHE_REDIS_URL": f"redis://127.0.0.1:{redis_port}/0"}
    try:
        with gunicorn(env, PORT, log):
            wrk(f"http://127.0.0.1:{PORT}{path}", 2)  # warm: cached before the fault
            killer = threading.Timer(seconds / 2, server.kill)
            killer.start()
            row = wrk(f"http://127.0.0.1:{PORT}{path}", seconds, connections=16, timeout=5)
            killer.join()
    finally:
        server.kill()
        server.wait()
    print(f"[redis killed halfway] {row}", flush=True)
    return row
