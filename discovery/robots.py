from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation


def robots_txt(request):
    """Crawlers may read everything public except search results and personal pages."""
    lines = ["User-agent: *", "Disallow: /admin/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines += [f"Disallow: {reverse('search')}", f"Disallow: {reverse('my_cohort')}"]
    lines.append(f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
