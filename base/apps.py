from django.apps import AppConfig


class BaseConfig(AppConfig):
    """What several layers share and no page type owns: a translation's slug from its
    title, the search index's rule for aliases, the rich-text features editors get, and
    the page cache's refusal that the write-failure handler reports. It imports no other
    app of the project; every other app may import it."""

    name = "base"
