"""A Redis server of the test's own (with the memory limit and LRU eviction the README
asks for), and the page cache on it as cms.settings.base builds it for production."""

import os
import shutil
import subprocess
import time

import pytest
import redis

from tests.ports import unused_port


class RedisServer:
    def __init__(self, directory):
        self.port, self.directory, self.process = unused_port(), directory, None

    def url(self, db=0):
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self):
        command = [
            shutil.which("redis-server") or "/usr/bin/redis-server",
            "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--dir", str(self.directory), "--maxmemory", "64mb",
            "--maxmemory-policy", "allkeys-lru",
        ]  # fmt: skip
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)  # noqa: S603
        client = redis.Redis(port=self.port)
        for _ in range(50):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.1)
        raise RuntimeError("redis-server did not start")

    def kill(self):
        self.process.kill()
        self.process.wait()

    def client(self, db=0):
        return redis.Redis(port=self.port, db=db, socket_timeout=5)


@pytest.fixture
def server(tmp_path):
    if not (shutil.which("redis-server") or shutil.which("/usr/bin/redis-server")):
        if os.environ.get("CI"):
            pytest.fail("redis-server is missing, and CI must run the fault tests")
        pytest.skip("redis-server is not installed (`apt-get install redis-server`)")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    if server.process.poll() is None:
        server.kill()


def caches_on(url, prefix):
    """CACHES as cms.settings.base builds them with PAGE_CACHE_REDIS_URL."""
    shared = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": f"{prefix}:pages-shared",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1, "IGNORE_EXCEPTIONS": True},
    }
    return {
        "default": {**shared, "KEY_PREFIX": f"{prefix}:default"},
        "pages-shared": shared,
        "pages": {"BACKEND": "pagecache.tiered_cache.TieredCache", "LOCATION": "pages-shared"},
    }


@pytest.fixture
def deployment(settings, server):
    settings.CACHE_PREFIX = "samling-a"
    settings.CACHES = caches_on(server.url(3), "samling-a")
    return server
