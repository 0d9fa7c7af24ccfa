"""The mail queue down: `security.background_mail` then starts a thread after the answer.
`queue_down(monkeypatch)` makes Redis refuse and keeps the threads unstarted, returning
the list of (target, args) they would have run."""

import redis

from security import background_mail


def queue_down(monkeypatch):
    started = []

    class Thread:
        def __init__(self, target, args, daemon):
            started.append((target, args))

        def start(self):
            pass

    def no_redis(*args, **kwargs):
        raise redis.ConnectionError("down")

    monkeypatch.setattr(background_mail, "get_queue", no_redis)
    monkeypatch.setattr(background_mail.threading, "Thread", Thread)
    return started
