"""Wagtail's and wagtail-localize's words that their catalogues cannot fix.

- Wagtail 8 defines the chooser viewsets' "Search" and "Create" labels with `gettext`,
  not `gettext_lazy`, so they are translated once, into the default language, when the
  module is imported: every chooser said "Søk" and "Opprett", on Danish screens too.
  Made lazy here before any chooser viewset is built (they are built with the URLs).
- wagtail-localize dates each translated text ("Translated with Apertium on {date}")
  with `strftime`, which writes the month in English whatever the editor's language.
  Dated here with Django's localised date format, in the same catalogue strings.
"""

from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail_localize.models import StringTranslation

from base.patching import replace
from translation_memory.models import TOOL_NAME as MEMORY


def translation_comment(self):
    """How and when the text was translated (StringTranslation.get_comment)."""
    date = date_format(self.updated_at, "DATE_FORMAT")
    if self.tool_name == MEMORY:
        return gettext("From the translation memory on {date}").format(date=date)
    if self.tool_name:
        return gettext("Translated with {tool_name} on {date}").format(
            tool_name=self.tool_name, date=date
        )
    if self.translation_type == self.TRANSLATION_TYPE_MANUAL:
        return gettext("Translated manually on {date}").format(date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MACHINE:
        return gettext("Machine translated on {date}").format(date=date)
    return None


def install():
    replace(ChooserViewSet, "search_tab_label", _("Search"))
    replace(ChooserViewSet, "create_action_label", _("Create"))
    replace(StringTranslation, "get_comment", translation_comment)
