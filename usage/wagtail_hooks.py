from datetime import timedelta

from django.core.cache import cache
from django.db.models import Sum
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .models import DownloadCount

POPULARITY_SECONDS = 60 * 10


@hooks.register("register_admin_urls")
def usage_urls():
    return [path("usage/", views.usage_report, name="usage_report")]


class UsageMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_see_usage(request.user)


@hooks.register("register_reports_menu_item")
def usage_menu_item():
    return UsageMenuItem(
        _("Downloads and searches"), reverse("usage_report"), icon_name="doc-full", order=60
    )


@hooks.register("samling_tool_downloads")
def tool_downloads():
    """{tool key: downloads over the last year}, for the library's "most downloaded" order;
    kept ten minutes, so that sorting costs a cache read."""
    counts = cache.get("samling-tool-downloads")
    if counts is None:
        since = timezone.localdate() - timedelta(days=365)
        rows = (
            DownloadCount.objects.filter(day__gte=since, tool_key__isnull=False)
            .values_list("tool_key")
            .annotate(total=Sum("count"))
        )
        counts = dict(rows)
        cache.set("samling-tool-downloads", counts, POPULARITY_SECONDS)
    return counts
