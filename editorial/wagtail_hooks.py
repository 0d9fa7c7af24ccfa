from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .dashboard import UpcomingSessionsPanel


@hooks.register("register_admin_urls")
def admin_urls():
    return [path("translation-status/", views.translation_status, name="translation_status")]


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


@hooks.register("construct_homepage_panels")
def add_upcoming_sessions(request, panels):
    panels.append(UpcomingSessionsPanel())
