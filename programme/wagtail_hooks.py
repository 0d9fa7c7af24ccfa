from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .snippets import AudienceRole, Theme


class AudienceRoleViewSet(SnippetViewSet):
    model = AudienceRole
    icon = "group"
    menu_label = _("Audience roles")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "question", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "question"]


class TaxonomyGroup(SnippetViewSetGroup):
    items = (AudienceRoleViewSet, ThemeViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomies")
    menu_name = "taxonomies"


register_snippet(TaxonomyGroup)
