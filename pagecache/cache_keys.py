"""The page cache's keys as Django computes them, remembered in this process.

For every request, Django's `get_cache_key` reads the page's header list (the request
headers its response varies on) from the cache, then builds the absolute URL, hashes
it and reads the language and time zone twice: half the cost of a cached page. Within
one generation (the key prefix) a URL's header list does not change, so each process
keeps the lists and the keys it computed, and forgets them with the generation.

The keys are Django's own (its private helpers build them), so pages stored by
`UpdateCacheMiddleware` are found as before. The time zone is not part of the memo:
the site never activates one, so Django's suffix always names the default.
"""

import threading

from django.utils.cache import _generate_cache_header_key, _generate_cache_key

LIMIT = 10_000  # keys per process and generation; then start over


class KeyMemo(threading.local):
    def __init__(self):
        self.prefix, self.keys = None, {}

    def get(self, request, address, prefix, cache):
        """Django's get_cache_key(request, prefix, "GET", cache), remembered; `address`
        is the request's `address()`."""
        if prefix != self.prefix or len(self.keys) > LIMIT:
            self.prefix, self.keys = prefix, {}
        url = (*address, request.LANGUAGE_CODE)
        headerlist = self.keys.get(url)
        if headerlist is None:  # not stored yet, or not seen by this process
            headerlist = cache.get(_generate_cache_header_key(prefix, request))
            if headerlist is None:
                return None
            self.keys[url] = headerlist
        varies = (url, *(request.META.get(header) for header in headerlist))
        key = self.keys.get(varies)
        if key is None:
            key = self.keys[varies] = _generate_cache_key(request, "GET", headerlist, prefix)
        return key


def address(request):
    """(scheme, host, path with query): what the page cache's key and the visit counts
    (pagecache.warming) are made of, read once per request."""
    return request.scheme, request.get_host(), request.get_full_path()


page_keys = KeyMemo()
