"""{% sharedcache "name" vary_on… %}…{% endsharedcache %}: a part of a page that is the
same for every visitor who may see the same private pages, rendered once per page cache
generation, site, language and such group of visitors (security.visibility).

Wagtail's preview-safe `{% wagtailcache %}`, kept in the page cache's store and keyed
by its generation (pagecache.page_cache), so any publish, move, privacy, document or term
change that purges the pages makes the fragment unreachable too. It is for the parts
of a page that logged-in visitors, whom the page cache never serves, share with
everyone: never put a visitor's own data (ticks, forms with a CSRF token) inside.
"""

from django import template
from django.conf import settings
from django.template import Variable
from django.utils.translation import get_language

from wagtail.templatetags.wagtail_cache import WagtailCacheNode

from pagecache.generation import request_generation
from pagecache.generation_cache import find_site
from security.visibility import viewer_key

register = template.Library()
KEY_VARIABLES = ("fragment_generation", "fragment_site", "fragment_language", "fragment_viewer")


class SharedCacheNode(WagtailCacheNode):
    def __init__(self, nodelist, fragment_name, vary_on):
        vary_on += [Variable(name) for name in KEY_VARIABLES]
        # Kept as long as the pages, in their store (literals: Django resolves both).
        expire_time = Variable(str(settings.CACHE_MIDDLEWARE_SECONDS))
        cache_name = Variable(f'"{settings.CACHE_MIDDLEWARE_ALIAS}"')
        super().__init__(nodelist, expire_time, fragment_name, vary_on, cache_name)

    def render(self, context):
        request = context.get("request")
        current = request_generation() if request is not None else None
        if current is None:  # no cache to keep it in right now
            return self.nodelist.render(context)
        site = find_site(request)
        values = (current, site.pk if site else None, get_language(), viewer_key())
        with context.push(dict(zip(KEY_VARIABLES, values, strict=True))):
            return super().render(context)


@register.tag
def sharedcache(parser, token):
    nodelist = parser.parse(("endsharedcache",))
    parser.delete_first_token()
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("'sharedcache' needs a fragment name.")
    return SharedCacheNode(nodelist, bits[1], [parser.compile_filter(b) for b in bits[2:]])
