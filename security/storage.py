"""Local media storage that leaves no partial file behind when a write fails."""

import contextlib
import os

from django.core.files.storage import FileSystemStorage


class CleanFileSystemStorage(FileSystemStorage):
    """Django writes a file in chunks; a full disk mid-way left a partial file that no
    row points to. Remove it and let the error go on to the caller."""

    def _save(self, name, content):
        try:
            return super()._save(name, content)
        except OSError:
            with contextlib.suppress(OSError):
                os.remove(self.path(name))
            raise
