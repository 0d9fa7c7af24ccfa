"""Nothing that sets a cookie is cached, and a visitor's cookie never shapes what the
next visitor gets: every anonymous page that carries a form (and a CSRF token) is
fetched by a visitor who chose their own `csrftoken` cookie and added a stray query
parameter, then by a second visitor with no cookies at all."""

import pytest

from django.test import Client

from cohorts.invitations import invitation_path
from cohorts.models import Cohort
from pagecache import generation
from reminders.messages import opt_out_token

pytestmark = pytest.mark.django_db
CHOSEN = "A" * 32  # a well-formed CSRF secret an attacker picked


@pytest.fixture(autouse=True)
def cache_on(settings):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "c"},
    }
    generation.page_cache().clear()


def form_pages():
    absolutt = Cohort.objects.get(title="ABSOLUTT Innlandet 2026")
    member = absolutt.memberships.exclude(user__username="deltaker-absolutt").first()
    return [
        "/nb/_util/login/",
        "/da/_util/login/",
        "/nb/glemt-passord/",
        "/da/glemt-adgangskode/",
        f"/nb/pamelding/{absolutt.pk}/",
        f"/nb/paminnelser/av/{opt_out_token(member)}/",
        f"/da/paamindelser/fra/{opt_out_token(member)}/",
        invitation_path(member),
    ]


def test_a_chosen_csrf_cookie_is_never_handed_to_the_next_visitor():
    for url in form_pages():
        attacker = Client()
        attacker.cookies["csrftoken"] = CHOSEN
        first = attacker.get(f"{url}?stray=1", follow=True)
        assert first.status_code == 200, url
        visitor = Client()
        second = visitor.get(url, follow=True)
        assert second.status_code == 200, url
        assert CHOSEN not in second.text, url
        handed = second.cookies.get("csrftoken") or visitor.cookies.get("csrftoken")
        assert handed is not None and handed.value != CHOSEN, url
        third = Client().get(url, follow=True)
        assert third.cookies["csrftoken"].value != handed.value, url  # each their own


def test_a_response_that_sets_any_cookie_is_not_stored(rf):
    from django.http import HttpResponse

    from pagecache.page_cache import UpdatePageMiddleware

    def view(request):
        response = HttpResponse("hello")
        response.set_cookie("anything", "value")
        return response

    request = rf.get("/nb/absolutt/")
    request._cache_update_cache = True
    middleware = UpdatePageMiddleware(view)
    response = middleware(request)
    assert "anything" in response.cookies
    assert "max-age" not in response.get("Cache-Control", "")  # set only on a stored page
