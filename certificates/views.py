"""A participant downloads their certificate; a facilitator downloads all of a cohort's
and withdraws one; anyone verifies one at /<lang>/bevis/<code>/."""

import io
import zipfile

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from base.downloads import file_name, private_file
from cohorts.access import live_cohort, managed_cohort, own_membership

from .issuing import about_cohort, current
from .models import Certificate
from .pdf import as_pdf

PDF, ZIP = "application/pdf", "application/zip"


def verify_url(certificate):
    with translation.override(certificate.language):
        path = reverse("certificates:verify", args=[certificate.code])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def pdf_name(certificate):
    with translation.override(certificate.language):
        return file_name(_("certificate"), certificate.name, extension="pdf")


@login_required
def own(request, pk):
    cohort = live_cohort(pk)
    membership = own_membership(request, cohort)
    if membership is None:
        return redirect("cohorts:mine")
    certificate = current(membership)
    if certificate is None:
        messages.error(
            request,
            _(
                "A certificate can be downloaded once you have attended a session. "
                "If yours was withdrawn, ask the cohort's facilitator."
            ),
        )
        return redirect(cohort.page_in(translation.get_language()).url)
    return private_file(as_pdf(certificate, verify_url(certificate)), pdf_name(certificate), PDF)


@login_required
def all_of_cohort(request, pk):
    """Every participant's certificate who attended a session, in one .zip."""
    cohort = managed_cohort(request, pk)
    about = about_cohort(cohort)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for membership in cohort.memberships.select_related("user"):
            certificate = current(membership, about)
            if certificate is not None:
                body = as_pdf(certificate, verify_url(certificate))
                archive.writestr(f"{certificate.code}-{pdf_name(certificate)}", body)
    name = file_name(_("certificates"), cohort.page().slug, extension="zip")
    return private_file(buffer.getvalue(), name, ZIP)


@login_required
@require_POST
def withdraw(request, pk, code):
    cohort = managed_cohort(request, pk)
    found = get_object_or_404(cohort.certificates, code=code, withdrawn_at__isnull=True)
    found.withdrawn_at, found.withdrawn_because = timezone.now(), Certificate.WITHDRAWN
    found.save(update_fields=["withdrawn_at", "withdrawn_because"])
    messages.success(request, _("The certificate of %(name)s is withdrawn.") % {"name": found.name})
    return redirect(reverse("cohorts:overview", args=[pk]) + "#certificates")


@never_cache
def verify(request, code):
    """What the certificate states, or that no such certificate exists: nothing else
    about the person (no email, team or role), and not for search engines."""
    normal = "".join(code.split()).replace("-", "").upper()[:16]
    certificate = Certificate.objects.filter(code=normal).first()
    response = render(
        request,
        "certificates/verify.html",
        {"certificate": certificate, "code": code[:40]},
        status=200 if certificate else 404,
    )
    response["X-Robots-Tag"] = "noindex"
    return response
