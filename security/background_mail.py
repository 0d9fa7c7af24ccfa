"""Mail sent outside the request: in the RQ "mail" queue, or, when Redis does not
answer, in a thread of its own after the answer has gone. Either way the request
takes the same time whatever the mail job will find, and nothing is lost."""

import logging
import threading

import redis
from django_rq import get_queue

from django.conf import settings
from django.db import connections

logger = logging.getLogger(__name__)


def subject_line(text):
    """An email's subject on one line (a template's or a pasted title's line breaks
    would end the header), after the site's prefix."""
    return settings.EMAIL_SUBJECT_PREFIX + " ".join(str(text).split())


def in_thread(func, *args):
    try:
        func(*args)
    except Exception:
        logger.exception("background mail job %s failed", func.__name__)
    finally:
        connections.close_all()


def send_later(func, *args):
    try:
        get_queue("mail", commit_mode="auto").enqueue(func, *args)
    except redis.RedisError:
        logger.warning("mail queue unavailable: %s in a thread", func.__name__)
        threading.Thread(target=in_thread, args=(func, *args), daemon=True).start()
