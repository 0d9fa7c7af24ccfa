"""The brand's files browsers ask for by fixed addresses: /favicon.ico, which every browser
requests whatever the page links, and /site.webmanifest, for adding the site to a phone's
home screen."""

from django.http import HttpResponseRedirect, JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from .brand import brand_for

DAY = 60 * 60 * 24


@require_safe
@cache_control(public=True, max_age=DAY)
def favicon(request):
    return HttpResponseRedirect(brand_for(request)["icons"][32])


@require_safe
@cache_control(public=True, max_age=DAY)
def webmanifest(request):
    brand = brand_for(request)
    icons = [
        {"src": brand["icons"][size], "sizes": f"{size}x{size}", "type": "image/png"}
        for size in (192, 512)
    ]
    manifest = {
        "name": brand["name"],
        "short_name": brand["name"],
        "start_url": "/",
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": "#ffffff",
        "icons": icons,
    }
    return JsonResponse(manifest, content_type="application/manifest+json")
