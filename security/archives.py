"""Office files (.xlsx, .docx, OpenDocument) are zip archives, and a small upload can
unpack to gigabytes (a zip bomb): 110 KB of .xlsx held 40 MB of XML and kept a worker
busy until gunicorn killed it. So before anything parses an uploaded archive, its
directory (at the end of the file, cheap to read) is checked: the number of parts and
the size they declare unpacked. Python's zipfile stops reading a part at its declared
size, so a part cannot unpack to more than the directory says.
"""

import zipfile


class ArchiveTooLarge(ValueError):
    """The archive unpacks to more than allowed, or has too many parts."""


def check_archive(file, max_unpacked, max_parts):
    """Raise ArchiveTooLarge if `file` (a file object, at any position) is a zip archive
    over the limits; other files pass (their own parser judges them)."""
    position = file.tell()
    try:
        if not zipfile.is_zipfile(file):
            return
        file.seek(0)
        with zipfile.ZipFile(file) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not readable as an archive: the parser reports it as broken
    finally:
        file.seek(position)
    if len(parts) > max_parts or sum(part.file_size for part in parts) > max_unpacked:
        raise ArchiveTooLarge
