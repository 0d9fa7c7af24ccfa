"""Page models looked up when they are needed, for the modules that read them.

The page models render with the help of those modules (what a page lists, the tool
library, the bundle, the feed), so the readers must not import the models' module in
turn: a reader asks for a page type by name at call time instead.
"""

from django.apps import apps


def page_type(name):
    """The model `name` of the programme app (ModulePage, ToolPage, ...)."""
    return apps.get_model("programme", name)
