"""Atom feed of new and updated tools, one per tool library (so one per language)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from .pages import ToolPage

LIMIT = 30


class ToolFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, index):
        self.request = request
        return index

    def title(self, index):
        return _("Samling: new and updated tools")

    def subtitle(self, index):
        return index.intro or None

    def link(self, index):
        return index.url

    def items(self, index):
        return (
            ToolPage.objects.child_of(index).live().public().order_by("-last_published_at")[:LIMIT]
        )

    def item_title(self, tool):
        return tool.title

    def item_description(self, tool):
        return tool.description

    def item_link(self, tool):
        return tool.url

    def item_pubdate(self, tool):
        return tool.first_published_at

    def item_updateddate(self, tool):
        return tool.last_published_at
