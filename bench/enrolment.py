"""In-process benchmark of a large enrolment: 500 participants from a spreadsheet,
previewed and confirmed as a facilitator does it, against the demo database (`make
bench-render` runs it after `make demo`). Nothing is kept: it all runs in a transaction
that is rolled back. The invitations are measured apart: the request only queues them.

Budgets (exit status 1 when exceeded): each request under 3 s, the invitation job
under 10 s for 500 emails (to Django's in-memory mail backend).
"""

import io
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ.setdefault("DJANGO_DEBUG", "false")

import django  # noqa: E402

django.setup()

from openpyxl import Workbook  # noqa: E402

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.db import transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from cohorts.invitations import send_invitations  # noqa: E402
from cohorts.models import Cohort  # noqa: E402

ROWS, REQUEST_BUDGET, JOB_BUDGET = 500, 3.0, 10.0


def workbook():
    book = Workbook()
    book.active.append(["Navn", "E-post", "Kommune", "Rolle"])
    for i in range(ROWS):
        book.active.append([f"Deltaker {i}", f"bench{i}@example.org", "Hamar", "Rektor"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def timed(call):
    start = time.perf_counter()
    result = call()
    return result, time.perf_counter() - start


class Rollback(Exception):
    pass


def run():
    cohort = Cohort.objects.get(title="ABSOLUTT Innlandet 2026")
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(get_user_model().objects.get(username="fasilitator-absolutt"))
    url = f"/nb/kull/{cohort.pk}/deltakere/import/"
    upload = SimpleUploadedFile("bench.xlsx", workbook())
    preview, preview_s = timed(lambda: client.post(url, {"file": upload}))
    rows = re.search(r'name="rows" value="([^"]+)"', preview.text).group(1)
    done, confirm_s = timed(lambda: client.post(url, {"rows": rows}))
    assert done.status_code == 302, done.status_code
    ids = list(
        cohort.memberships.filter(user__email__startswith="bench").values_list("pk", flat=True)
    )
    _result, job_s = timed(lambda: send_invitations(ids))
    return preview_s, confirm_s, job_s, len(ids)


def main():
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        try:
            with transaction.atomic():
                # Invitations queued on commit never go: this transaction is rolled back.
                results = run()
                raise Rollback
        except Rollback:
            pass
    preview_s, confirm_s, job_s, count = results
    print(
        f"enrolment of {count} rows: preview {preview_s:.2f} s, confirm {confirm_s:.2f} s "
        f"(budget {REQUEST_BUDGET} s each); invitation job {job_s:.2f} s (budget {JOB_BUDGET} s)"
    )
    over = preview_s > REQUEST_BUDGET or confirm_s > REQUEST_BUDGET or job_s > JOB_BUDGET
    sys.exit(1 if over or count != ROWS else 0)


if __name__ == "__main__":
    main()
