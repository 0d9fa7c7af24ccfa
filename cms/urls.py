from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from django.views.i18n import set_language

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from base.addresses import route
from discovery import views as discovery
from discovery.api import api_router
from discovery.robots import robots_txt
from discovery.sitemap import BilingualSitemap
from home import brand_views
from identity import signout
from identity.urls import provider_urlpatterns
from programme import privacy
from programme.cohort_page import checklist, my_cohorts
from security.password_reset import QueuedPasswordResetForm

urlpatterns = [
    # Samling's and, where the person signed in with one, the provider's session end.
    path("admin/logout/", signout.AdminLogoutView.as_view(), name="wagtailadmin_logout"),
    path("admin/", include(wagtailadmin_urls)),
    path("", include(provider_urlpatterns)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": BilingualSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", brand_views.favicon, name="favicon"),
    path("site.webmanifest", brand_views.webmanifest, name="webmanifest"),
    path("api/v2/", api_router.urls),
    path(
        "documents/<int:document_id>/<str:document_filename>",
        privacy.serve_document,
        name="wagtaildocs_serve",
    ),
    # Wagtail's own serve pattern reads any Unicode digit ("١٢" is 12): only the view
    # above, with its privacy headers, serves a document.
    re_path(r"^documents/\d+/", privacy.not_served),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
    path("checklist/<uuid:task_key>/", checklist.tick, name="task_tick"),
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA_IMAGES", False):
    from django.views.static import serve

    # Only images: documents are always served through the view above, which checks
    # privacy; never straight from the media folder. (In production nginx serves them.)
    urlpatterns.append(
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}images/(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT / "images"},
        )
    )

# Every public page lives under /nb/ or /da/; "/" redirects by Accept-Language.
urlpatterns += i18n_patterns(
    path(route("{my_cohort}/"), my_cohorts.my_cohort, name="my_cohort"),
    path("", include("cohorts.urls")),
    path("", include("teamwork.urls")),
    path("", include("evaluations.urls")),
    path("", include("reminders.urls")),
    path("", include("notices.urls")),
    path("", include("certificates.urls")),
    path(route("{log_out}/"), signout.LogoutView.as_view(), name="logout"),
    path("", include("identity.urls")),
    # Participants who forgot their password: Django's reset, in the visitor's language.
    # A mail failure is logged and answered like a sent mail (Django's choice: anything
    # else would tell who has an account); the answer page names the facilitator.
    path(
        route("{forgot_password}/"),
        auth_views.PasswordResetView.as_view(
            form_class=QueuedPasswordResetForm,  # sent by a mail job, limited
            template_name="account/password_reset_form.html",
            email_template_name="account/password_reset_email.txt",
            subject_template_name="account/password_reset_subject.txt",
        ),
        name="password_reset",
    ),
    path(
        route("{forgot_password}/sendt/"),
        auth_views.PasswordResetDoneView.as_view(template_name="account/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        route("{forgot_password}/<uidb64>/<token>/"),
        auth_views.PasswordResetConfirmView.as_view(
            template_name="account/password_reset_confirm.html"
        ),
        name="password_reset_confirm",
    ),
    path(
        route("{forgot_password}/{complete}/"),
        auth_views.PasswordResetCompleteView.as_view(
            template_name="account/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    path(pgettext_lazy("URL", "search/"), discovery.search, name="search"),
    path(
        pgettext_lazy("URL", "search/suggestions/"),
        discovery.suggestions,
        name="search_suggestions",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
