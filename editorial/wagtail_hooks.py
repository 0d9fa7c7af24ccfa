from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from base.translated_slugs import translation_of

from . import (
    document_rules,
    programme_translation,
    translation_comparison,
    translation_guard,
    translation_review,
    views,
)


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path("translation-status/", views.translation_status, name="translation_status"),
        path(
            "translations/<int:page_id>/submit/",
            translation_review.submit_translation,
            name="submit_translation_for_review",
        ),
        path(
            "translations/<int:page_id>/machine-translate/",
            programme_translation.machine_translate_view,
            name="machine_translate_programme",
        ),
        path(
            "translations/<int:translation_id>/fill/",
            programme_translation.machine_translate_translation,
            name="machine_translate_translation",
        ),
        path(
            "translations/<int:translation_id>/use-close-match/",
            programme_translation.use_close_match,
            name="use_close_match",
        ),
        path(
            "translations/<int:page_id>/compare/",
            translation_comparison.compare,
            name="compare_translation",
        ),
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_see_translation_status(request.user)


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status"),
        icon_name="wagtail-localize-language",
        order=50,
    )


hooks.register("before_bulk_action", document_rules.refuse_restricted_moves)
# Before wagtail-localize's own before_edit_page, which publishes a translation.
hooks.register("before_edit_page", translation_comparison.read_before_publishing, order=-10)


def submit_translation_button(page, user, view_name=None, next_url=None):
    """On a translation's page header (the translation editor's too): send it to review."""
    translation = translation_of(page)
    if translation and translation_review.can_submit(user, page):
        yield Button(
            _("Submit translation for review"),
            reverse("submit_translation_for_review", args=[page.pk]),
            icon_name="wagtail-localize-language",
            priority=55,
        )


hooks.register("register_page_header_buttons", submit_translation_button)


@hooks.register("register_page_header_buttons")
def machine_translate_button(page, user, view_name=None, next_url=None):
    """On a translated page with pages below it: machine-translate them all at once."""
    if programme_translation.can_translate_below(user, page):
        yield Button(
            _("Machine-translate this page and the pages below it"),
            reverse("machine_translate_programme", args=[page.pk]),
            icon_name="wagtail-localize-language",
            priority=56,
        )


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias(menu_items, request, context):
    """ "Convert to alias page" replaces a live page: for those who may publish it only."""
    page = context.get("page")
    if page is not None and not page.permissions_for_user(request.user).can_publish():
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


@hooks.register("construct_snippet_listing_buttons")
def hide_term_translation(buttons, snippet, user):
    """ "Translate" and "Sync translated snippets" for those who may add and change the
    terms only (translation_guard refuses everyone else)."""
    if translation_guard.may_change_snippets(user, type(snippet)):
        return
    localize = ("/localize/submit/snippet/", "/localize/update/")
    buttons[:] = [b for b in buttons if not any(p in str(getattr(b, "url", "")) for p in localize)]


@hooks.register("register_icons")
def server_icon(icons):
    """ "On this server": the machine-translation button's icon (nothing leaves the house)."""
    return [*icons, "editorial/icons/server.svg"]
