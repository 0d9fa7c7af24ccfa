import pytest


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """wagtail-localize publishes translations, and django-rq enqueues jobs, on commit:
    run those callbacks at once, inside the test's transaction."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
