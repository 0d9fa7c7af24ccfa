from tests.cohorts.conftest import absolutt, facilitator, kl, logged_in  # noqa: F401
