"""Failures that one layer raises and another reports to the person whose change it was."""


class PurgeFailed(OSError):
    """Redis answers but will not record a purge: the change must not be saved
    (raised by the page cache, reported by security.write_failures)."""
