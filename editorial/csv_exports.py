"""The admin's CSV exports never hand a spreadsheet a formula.

Wagtail's exports (reports, snippet and page listings, form submissions) write each
value as it is. A title or answer that starts with "=", "+", "-" or "@" (or a tab or
carriage return before one) is run as a formula when the file is opened in Excel or
LibreOffice, and can fetch or leak data (CSV injection). Such a cell is written with a
leading apostrophe, which spreadsheets show as text and hide. Wagtail's XLSX export
already stores such values as text; it has no setting for CSV, so its one method that
prepares a value is wrapped here (installed from `EditorialConfig.ready`).
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

from base.patching import replace

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_original = SpreadsheetExportMixin.preprocess_field_value


def neutralise(value):
    """`value` as a spreadsheet shows it, never as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def preprocess_field_value(self, field, value, export_format):
    value = _original(self, field, value, export_format)
    return neutralise(value) if export_format == self.FORMAT_CSV else value


def install():
    replace(SpreadsheetExportMixin, "preprocess_field_value", preprocess_field_value)
