"""Background jobs for wagtail-localize (translating a programme with its subtree).

They go to the RQ queue in Redis; when Redis does not answer, the job runs in the
request instead, as it does without Redis: slower for the editor, but nothing is lost
and there is no error page.
"""

import logging

import redis

from wagtail_localize.tasks import DjangoRQJobBackend

logger = logging.getLogger(__name__)


class QueueOrRunNow(DjangoRQJobBackend):
    def enqueue(self, func, args, kwargs):
        try:
            self.queue.connection.ping()
        except redis.RedisError:
            logger.warning("job queue unavailable: running %s in the request", func.__name__)
            func(*args, **kwargs)
            return
        super().enqueue(func, args, kwargs)
