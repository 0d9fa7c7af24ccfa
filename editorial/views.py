from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from wagtail.admin.auth import permission_denied
from wagtail.models import Locale

from .translation_status import STATUS_LABELS, status_rows


def can_see_translation_status(user):
    return user.has_perm("wagtail_localize.submit_translation") or user.is_superuser


def translation_status(request):
    if not can_see_translation_status(request.user):
        return permission_denied(request)
    locales = list(Locale.objects.order_by("language_code"))
    by_code = {locale.language_code: locale for locale in locales}
    target = by_code.get(request.GET.get("locale")) or locales[0]
    status = request.GET.get("status")
    status = status if status in STATUS_LABELS else ""
    rows = status_rows(target, [status] if status else None)
    page = Paginator(rows, 50).get_page(request.GET.get("p"))
    return render(
        request,
        "editorial/translation_status.html",
        {
            "page_title": _("Translation status"),
            "header_icon": "wagtail-localize-language",
            "locales": locales,
            "target": target,
            "statuses": STATUS_LABELS,
            "status": status,
            "rows": page,
            "total": len(rows),
        },
    )
