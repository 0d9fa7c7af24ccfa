"""What a page of this app shows beyond its own fields: read from other pages.

The page models render with the help of the modules that read other pages (related
modules, tasks and tools, the tool library, the module's bundle, the library's feed,
the API's relations), and those modules query the models. So that the models need not
import them back, each page method asks one of these generic functions, and the readers
register their answer per page type with `functools.singledispatch`
(`programme.page_context`, imported when the app is ready). A page type nobody
registered for fails loudly.
"""

from functools import singledispatch


@singledispatch
def context(page, request):
    """The template context `page` adds to Wagtail's for `request`."""
    raise NotImplementedError(f"no context is registered for {type(page).__name__}")


@singledispatch
def subpage(page, request):
    """The response of the page's one sub-address (a module's bundle, the library's feed)."""
    raise NotImplementedError(f"no sub-page is registered for {type(page).__name__}")


@singledispatch
def api_fields(page):
    """What the page adds to its API fields (a module's relations, a tool's files)."""
    raise NotImplementedError(f"no API data is registered for {type(page).__name__}")
