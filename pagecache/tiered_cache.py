"""A cache backend: a shared cache (Redis) with a copy in each process's memory.

Reading a page from Redis costs round trips that take longer than the rest of a cached
request; a copy in the process's memory costs none. A copy is never stale only when a
key never changes meaning, which holds for the page cache: its keys carry the cache's
generation (pagecache.page_cache), and a new generation clears the copies.
"""

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.locmem import LocMemCache

MISSING = object()


class Copies(LocMemCache):
    """This process's copies. Their keys were checked when stored in the shared cache;
    checking each again for memcached's rules cost a tenth of a cached page."""

    def validate_key(self, key):
        pass


class TieredCache(BaseCache):
    """LOCATION names the shared cache's alias; OPTIONS (MAX_ENTRIES…) size the copies."""

    def __init__(self, location, params):
        super().__init__(params)
        self.shared_alias = location
        self.local = Copies(f"tiered-{location}", params)

    @property
    def shared(self):
        return caches[self.shared_alias]

    def get(self, key, default=None, version=None):
        value = self.local.get(key, MISSING, version)
        if value is MISSING:
            value = self.shared.get(key, MISSING, version)
            if value is MISSING:
                return default
            self.local.set(key, value, version=version)
        return value

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self.shared.set(key, value, timeout, version)
        self.local.set(key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        added = self.shared.add(key, value, timeout, version)
        if added:
            self.local.set(key, value, timeout, version)
        return added

    def delete(self, key, version=None):
        self.local.delete(key, version)
        return self.shared.delete(key, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self.shared.touch(key, timeout, version)

    def clear(self):
        self.local.clear()
        self.shared.clear()
