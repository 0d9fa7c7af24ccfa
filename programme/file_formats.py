"""A tool file's format, as the tool library and its filters name it."""

from pathlib import Path


def file_format(filename):
    """The format label of a file, from its extension: 'PDF', 'DOCX', ..."""
    return Path(filename).suffix.lstrip(".").upper()
