import csv
import io

from django.shortcuts import render
from django.utils.translation import gettext as _

from wagtail.admin.auth import permission_denied

from base.downloads import file_name, private_file
from editorial.csv_exports import neutralise

from . import counter, report
from .forms import PeriodForm

PERMISSION = "usage.view_usage"


def can_see_usage(user):
    return user.has_perm(PERMISSION)


def usage_report(request):
    if not can_see_usage(request.user):
        return permission_denied(request)
    counter.write()  # this process's latest counts, so that a download just made shows
    form = PeriodForm(request.GET if request.GET else None)
    start, end, programme_key = form.period()
    tools = report.downloads(start, end, programme_key)
    searches = report.empty_searches(start, end)
    export = request.GET.get("export")
    if export == "downloads":
        return downloads_csv(tools, start, end)
    if export == "searches":
        return searches_csv(searches, start, end)
    return render(
        request,
        "usage/report.html",
        {
            "page_title": _("Downloads and searches"),
            "header_icon": "doc-full",
            "form": form,
            "start": start,
            "end": end,
            "tools": tools,
            "searches": searches,
            "query": request.GET.urlencode(),
        },
    )


def csv_response(name, start, end, header, rows):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(value) for value in row])
    filename = file_name(name, start, end, extension="csv")
    return private_file(out.getvalue(), filename, "text/csv; charset=utf-8")


def downloads_csv(tools, start, end):
    header = [_("Tool"), _("Downloads"), _("Languages"), _("Formats")]
    rows = [[tool.title, tool.downloads, tool.languages_text, tool.formats_text] for tool in tools]
    return csv_response(_("Downloads"), start, end, header, rows)


def searches_csv(searches, start, end):
    header = [_("Search"), _("Language"), _("Searches"), _("Last searched")]
    rows = [[s["query"], s["language"], s["searches"], s["last_day"]] for s in searches]
    return csv_response(_("Searches that found nothing"), start, end, header, rows)
