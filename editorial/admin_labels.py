"""Wagtail's chooser labels in the editor's language.

Wagtail 8 defines the chooser viewsets' "Search" and "Create" labels with `gettext`, not
`gettext_lazy`, so they are translated once, into the default language, when the module
is imported: every chooser said "Søk" and "Opprett", on Danish screens too. Made lazy
here before any chooser viewset is built (they are built with the admin's URLs).
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.viewsets.chooser import ChooserViewSet


def install():
    ChooserViewSet.search_tab_label = _("Search")
    ChooserViewSet.create_action_label = _("Create")
