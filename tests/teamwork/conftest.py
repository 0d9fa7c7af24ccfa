from tests.cohorts.conftest import facilitator, logged_in  # noqa: F401
