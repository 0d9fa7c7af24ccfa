"""The identity addresses. The callback and the way back from a provider's sign-out are
registered with each provider, so they keep one address in every language
(`provider_urlpatterns`); the others live under /nb/ and /da/."""

from django.urls import path

from base.addresses import route

from . import account, signout, views

app_name = "identity"
urlpatterns = [
    path(route("{sign_in}/<slug:slug>/"), views.start, name="start"),
    path(route("{account}/"), account.page, name="account"),
    path(route("{account}/<slug:slug>/fjern/"), account.unlink, name="unlink"),
]
provider_urlpatterns = (
    [
        path("identity/<slug:slug>/callback/", views.callback, name="callback"),
        path("identity/signed-out/", signout.signed_out, name="signed_out"),
    ],
    "oidc",
)
