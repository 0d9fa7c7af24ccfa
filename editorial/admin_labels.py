"""Wagtail's and wagtail-localize's words that their catalogues cannot fix.

- Wagtail 8 defines the chooser viewsets' "Search" and "Create" labels with `gettext`,
  not `gettext_lazy`, so they are translated once, into the default language, when the
  module is imported: every chooser said "Søk" and "Opprett", on Danish screens too.
  Made lazy here before any chooser viewset is built (they are built with the URLs).
- Wagtail 8 labels the collection permissions of the group screen (images, documents,
  collections) with `gettext` at import too: a Danish administrator read them in
  Norwegian. Their labels are made lazy here, in the list the formsets read them from.
- wagtail-localize dates each translated text ("Translated with Apertium on {date}")
  with `strftime`, which writes the month in English whatever the editor's language.
  Dated here with Django's localised date format, in the same catalogue strings.
"""

from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.collections import GroupCollectionManagementPermissionFormSet
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.documents.forms import GroupDocumentPermissionFormSet
from wagtail.images.forms import GroupImagePermissionFormSet
from wagtail_localize.models import StringTranslation

from base.patching import replace
from translation_memory.models import CLOSE_MATCH
from translation_memory.models import TOOL_NAME as MEMORY


def translation_comment(self):
    """How and when the text was translated (StringTranslation.get_comment)."""
    date = date_format(self.updated_at, "DATE_FORMAT")
    if self.tool_name == MEMORY:
        return gettext("From the translation memory on {date}").format(date=date)
    if self.tool_name == CLOSE_MATCH:
        return gettext("From a close match in the translation memory on {date}").format(date=date)
    if self.tool_name:
        return gettext("Translated with {tool_name} on {date}").format(
            tool_name=self.tool_name, date=date
        )
    if self.translation_type == self.TRANSLATION_TYPE_MANUAL:
        return gettext("Translated manually on {date}").format(date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MACHINE:
        return gettext("Machine translated on {date}").format(date=date)
    return None


# The collection permissions' labels: Wagtail's own msgids, looked up when shown.
COLLECTION_PERMISSIONS = {
    "add_image": (_("Add"), _("Add/edit images you own")),
    "change_image": (_("Edit"), _("Edit any image")),
    "choose_image": (_("Choose"), _("Select images in choosers")),
    "add_document": (_("Add"), _("Add/edit documents you own")),
    "change_document": (_("Edit"), _("Edit any document")),
    "choose_document": (_("Choose"), _("Select documents in choosers")),
    "add_collection": (_("Add"), _("Add collections")),
    "change_collection": (_("Edit"), _("Edit collections")),
    "delete_collection": (_("Delete"), _("Delete collections")),
}


def lazy_collection_permission_labels():
    for formset in (
        GroupImagePermissionFormSet,
        GroupDocumentPermissionFormSet,
        GroupCollectionManagementPermissionFormSet,
    ):
        types = formset.permission_types  # the list the form's labels are read from
        types[:] = [(code, *COLLECTION_PERMISSIONS.get(code, labels)) for code, *labels in types]


def install():
    replace(ChooserViewSet, "search_tab_label", _("Search"))
    replace(ChooserViewSet, "create_action_label", _("Create"))
    replace(StringTranslation, "get_comment", translation_comment)
    lazy_collection_permission_labels()
