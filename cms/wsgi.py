import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

application = get_wsgi_application()

# WeasyPrint takes about two seconds to import and lay out its first page (Pango, fonts):
# paid here, as each server process starts, rather than by the first person of each
# process to download a workbook.
from teamwork.workbook import warm_up  # noqa: E402

warm_up()
