"""Participant lists from spreadsheets: .xlsx (openpyxl) or .csv (comma, semicolon or
tab, UTF-8 or Windows-1252, as Excel writes them in Norway and Denmark).

The columns are name, email, municipality and role, with Norwegian and Danish headings
accepted; their order does not matter and other columns are ignored.
"""

import csv
import io
import zipfile

from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from editorial.csv_exports import neutralise
from security.archives import ArchiveTooLarge, check_archive

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 2000
MAX_COLUMNS = 50  # the four we read and whatever else a list carries
# Measured: a 2,000-row list with 14 columns unpacks to 1.7 MB (0.5 s to read), with 29
# columns to 3.4 MB; 2.9 MB of one crafted row took 1.2 s. A bomb is refused unread.
MAX_UNPACKED = 6 * 1024 * 1024
MAX_PARTS = 100  # Excel writes about a dozen
COLUMNS = {
    "name": ("name", "navn", "namn", "fullt navn", "fullt namn", "fulde navn", "full name"),
    "email": ("email", "e-mail", "e-post", "epost", "mail", "e-postadresse", "e-mailadresse"),
    "municipality": ("municipality", "kommune"),
    "role": ("role", "rolle"),
}
LABELS = {
    "name": gettext_lazy("name"),
    "email": gettext_lazy("email"),
    "municipality": gettext_lazy("municipality"),
    "role": gettext_lazy("role"),
}


def heading_labels():
    """The four headings in the current language, as `column_for` reads them back."""
    return [_("Name"), _("Email"), _("Municipality"), _("Role")]


def problem_workbook(people):
    """The rows that could not be enrolled as .xlsx, with their problems in a last
    column: fixed and uploaded again, the file reads as a participant list."""
    book = Workbook()
    sheet = book.active
    sheet.title = _("Rows to correct")[:31]
    sheet.append([*heading_labels(), _("Problems")])
    for person in people:
        values = (person.name, person.email, person.municipality, person.role_text)
        sheet.append([neutralise(value) for value in (*values, " ".join(person.problems))])
    for column, width in zip("ABCDE", (28, 32, 20, 24, 60), strict=True):
        sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


class SpreadsheetError(ValueError):
    """The file cannot be read as a participant list; the message says why."""


def read_rows(filename, data):
    """[(line number, {column: text})] from an uploaded file's name and bytes."""
    if len(data) > MAX_BYTES:
        raise SpreadsheetError(_("The file is larger than 2 MB. Split the list into parts."))
    name = filename.lower()
    if name.endswith(".xlsx"):
        table = xlsx_table(data)
    elif name.endswith(".csv"):
        table = csv_table(data)
    else:
        raise SpreadsheetError(_("Upload the list as an Excel workbook (.xlsx) or a .csv file."))
    return rows_by_heading(table)


def xlsx_table(data):
    try:
        check_archive(io.BytesIO(data), MAX_UNPACKED, MAX_PARTS)
    except ArchiveTooLarge as error:
        raise SpreadsheetError(
            _("The workbook holds more than a participant list. Save the list alone as .csv.")
        ) from error
    try:
        sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
        columns = sheet.max_column or 0  # as the sheet declares it, before a row is read
        if columns <= MAX_COLUMNS:
            rows = sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 1, max_col=MAX_COLUMNS)
            table = [["" if cell is None else str(cell) for cell in row] for row in rows]
    except (InvalidFileException, zipfile.BadZipFile, KeyError, IndexError, ValueError) as error:
        raise SpreadsheetError(_("The file could not be read as an Excel workbook.")) from error
    if columns > MAX_COLUMNS:
        raise SpreadsheetError(_("The list has more than %(max)d columns.") % {"max": MAX_COLUMNS})
    return table


def csv_table(data):
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):  # latin-1 reads any bytes
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if "\x00" in text:
        raise SpreadsheetError(_("The file could not be read as a .csv file."))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return list(csv.reader(io.StringIO(text), dialect))[: MAX_ROWS + 1]
    except csv.Error as error:
        raise SpreadsheetError(_("The file could not be read as a .csv file.")) from error


def column_for(heading):
    heading = " ".join(heading.strip().lower().split())
    return next((key for key, names in COLUMNS.items() if heading in names), None)


def rows_by_heading(table):
    lines = [(number, row) for number, row in enumerate(table, 1) if any(c.strip() for c in row)]
    if not lines:
        raise SpreadsheetError(_("The file is empty."))
    _number, headings = lines[0]
    positions = {}
    for index, heading in enumerate(headings):
        if (key := column_for(heading)) and key not in positions:
            positions[key] = index
    missing = [key for key in COLUMNS if key not in positions]
    if missing:
        raise SpreadsheetError(
            _("The first row must name the columns; missing: %(columns)s.")
            % {"columns": ", ".join(str(LABELS[key]) for key in missing)}
        )
    if len(lines) - 1 > MAX_ROWS:
        raise SpreadsheetError(_("The list has more than %(max)d rows.") % {"max": MAX_ROWS})
    return [
        (number, {key: cell(row, index) for key, index in positions.items()})
        for number, row in lines[1:]
    ]


def cell(row, index):
    return row[index].strip() if index < len(row) else ""
