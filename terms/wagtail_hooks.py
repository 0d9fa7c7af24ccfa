from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .languages import LANGUAGE_CODES
from .models import Term


class TermViewSet(SnippetViewSet):
    model = Term
    icon = "openquote"
    menu_label = _("Term base")
    menu_name = "term-base"
    menu_order = 290
    add_to_admin_menu = True
    list_display = [*LANGUAGE_CODES, "note"]
    search_fields = [*LANGUAGE_CODES, "note"]
    # The export has the columns that `import_terms` reads, headed by language code.
    list_export = [*LANGUAGE_CODES, "note"]
    export_headings = {name: name for name in list_export}
    export_filename = "terms"


register_snippet(TermViewSet)
