from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import privacy
from .snippets import AudienceRole, Theme


# Listings search the models' own index (Taxonomy.search_fields): restricting the fields
# here breaks Wagtail's SQLite full-text backend ("no such column"). Wagtail adds its own
# language filter (?locale=da); a list_filter on "locale" took its place and wanted the
# locale's id, so "?locale=da" was refused and the listing showed every language.
class AudienceRoleViewSet(SnippetViewSet):
    model = AudienceRole
    icon = "group"
    menu_label = _("Audience roles")
    list_display = ["name", "slug", "locale"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "question", "locale"]


class TaxonomyGroup(SnippetViewSetGroup):
    items = (AudienceRoleViewSet, ThemeViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomies")
    menu_name = "taxonomies"


register_snippet(TaxonomyGroup)

# Run before Wagtail's own restriction checks, which send everyone to the login page.
hooks.register("before_serve_page", privacy.refuse_logged_in_outsiders_page, order=-1)
hooks.register("before_serve_document", privacy.refuse_logged_in_outsiders_document, order=-1)
