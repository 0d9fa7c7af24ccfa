"""demo-ID: a small OpenID Connect provider on loopback, for `make run` and the tests.

It speaks the authorization code flow as ID-porten, Feide or Entra ID do: discovery,
a login page, PKCE (S256 only), `state` and `nonce` handed back, the code exchanged once
for an ID token signed with RS256 (joserfc, Authlib's JOSE library), its public key at
`jwks_uri`, a session of its own (a second sign-in does not ask again) and an end of
session (RP-initiated logout). It is not Samling: nothing here imports Django.

For the tests it can misbehave on purpose (`fault`): a token from another issuer, for
another audience, expired, badly signed, signed with a key it does not publish, with
`alg: none`, without or with another nonce, no ID token at all, or a refusal. `delay`
makes it slow. Run it with `python -m demo.identity_provider` (127.0.0.1:8001).
"""

import base64
import functools
import hashlib
import html
import json
import secrets
import threading
import time
from http.cookies import SimpleCookie
from socketserver import ThreadingMixIn
from urllib.parse import parse_qs, urlencode
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from joserfc import jwt
from joserfc.jwk import RSAKey

CLIENT_ID = "samling-demo"
CLIENT_SECRET = "demo-id-secret"  # noqa: S105 (the demo's own provider, on loopback)
COOKIE = "demo_id_session"
FAULTS = (
    "wrong_issuer",
    "wrong_audience",
    "expired",
    "bad_signature",
    "unknown_key",
    "alg_none",
    "missing_nonce",
    "wrong_nonce",
    "no_id_token",
    "deny",
)
# The demo's people. `pid` stands for the national identity number ID-porten sends:
# Samling must never keep it.
ACCOUNTS = {
    "kari.nordmann": {
        "password": "samling-demo",
        "sub": "demo-id-kari-4f1c2a",
        "name": "Kari Nordmann",
        "email": "kari.nordmann@example.org",
        "email_verified": True,
        "pid": "01017012345",
    },
    "ola.nordmann": {
        "password": "samling-demo",
        "sub": "demo-id-ola-9b7e31",
        "name": "Ola Nordmann",
        "email": "ola.nordmann@example.org",
        "email_verified": True,
        "pid": "02028054321",
    },
}
WORDS = {
    "nb": (
        "Logg inn hos demo-ID",
        "Brukernavn",
        "Passord",
        "Logg inn",
        "Feil brukernavn eller passord.",
        "Du er logget ut av demo-ID.",
    ),  # noqa: E501
    "da": (
        "Log ind hos demo-ID",
        "Brugernavn",
        "Adgangskode",
        "Log ind",
        "Forkert brugernavn eller adgangskode.",
        "Du er logget ud af demo-ID.",
    ),  # noqa: E501
    "en": (
        "Sign in to demo-ID",
        "Username",
        "Password",
        "Sign in",
        "Wrong username or password.",
        "You are signed out of demo-ID.",
    ),  # noqa: E501
}


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def new_key(kid):
    return RSAKey.generate_key(2048, parameters={"kid": kid, "use": "sig", "alg": "RS256"})


@functools.cache
def signing_key():
    """demo-ID's key, made once per process (a test starts a provider of its own)."""
    return new_key("demo-id-1")


class Provider:
    def __init__(self, issuer, redirect_prefixes, accounts=None):
        self.issuer = issuer.rstrip("/")
        self.redirect_prefixes = tuple(redirect_prefixes)
        self.accounts = accounts or ACCOUNTS
        self.key = signing_key()
        self.codes, self.sessions = {}, {}
        self.fault, self.delay = None, 0
        self.logouts = []  # the end-of-session requests, for the tests to read
        self.lock = threading.Lock()

    # -- the WSGI application -------------------------------------------------------

    def __call__(self, environ, start_response):
        path, method = environ["PATH_INFO"], environ["REQUEST_METHOD"]
        routes = {
            ("GET", "/.well-known/openid-configuration"): self.discovery,
            ("GET", "/jwks"): self.jwks,
            ("GET", "/authorize"): self.authorize,
            ("POST", "/authorize"): self.sign_in,
            ("POST", "/token"): self.token,
            ("GET", "/userinfo"): self.userinfo,
            ("GET", "/logout"): self.logout,
        }
        handler = routes.get((method, path))
        if handler is None:
            status, headers, body = "404 Not Found", [], b"not found"
        else:
            if self.delay and path in ("/.well-known/openid-configuration", "/token"):
                time.sleep(self.delay)
            status, headers, body = handler(environ)
        start_response(status, [("Cache-Control", "no-store"), *headers])
        return [body]

    @staticmethod
    def params(environ):
        query = parse_qs(environ.get("QUERY_STRING", ""))
        if environ["REQUEST_METHOD"] == "POST":
            size = int(environ.get("CONTENT_LENGTH") or 0)
            query.update(parse_qs(environ["wsgi.input"].read(size).decode()))
        return {key: values[0] for key, values in query.items()}

    @staticmethod
    def json(data, status="200 OK"):
        return status, [("Content-Type", "application/json")], json.dumps(data).encode()

    @staticmethod
    def redirect(url, headers=()):
        return "302 Found", [("Location", url), *headers], b""

    def discovery(self, environ):
        return self.json(
            {
                "issuer": self.issuer,
                "authorization_endpoint": f"{self.issuer}/authorize",
                "token_endpoint": f"{self.issuer}/token",
                "userinfo_endpoint": f"{self.issuer}/userinfo",
                "jwks_uri": f"{self.issuer}/jwks",
                "end_session_endpoint": f"{self.issuer}/logout",
                "response_types_supported": ["code"],
                "subject_types_supported": ["pairwise"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "code_challenge_methods_supported": ["S256"],
                "token_endpoint_auth_methods_supported": [
                    "client_secret_basic",
                    "client_secret_post",
                ],
                "scopes_supported": ["openid", "profile", "email"],
                "ui_locales_supported": ["nb", "da", "en"],
            }
        )

    def jwks(self, environ):
        return self.json({"keys": [self.key.as_dict(private=False)]})

    # -- signing in ------------------------------------------------------------------

    def request_error(self, query):
        """Why an authorization request is refused outright, or None."""
        if query.get("client_id") != CLIENT_ID:
            return "unknown client"
        if not query.get("redirect_uri", "").startswith(self.redirect_prefixes):
            return "redirect_uri not registered"
        if query.get("response_type") != "code" or "openid" not in query.get("scope", ""):
            return "only the code flow with openid"
        if query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
            return "PKCE (S256) is required"
        return None

    def authorize(self, environ):
        query = self.params(environ)
        if error := self.request_error(query):
            return "400 Bad Request", [("Content-Type", "text/plain")], error.encode()
        if self.fault == "deny":
            return self.back(query, {"error": "access_denied", "error_description": "denied"})
        username = self.sessions.get(self.cookie(environ))
        if username:  # signed in here already: no question asked
            return self.back(query, {"code": self.issue_code(query, username)})
        return self.form(query)

    def sign_in(self, environ):
        query = self.params(environ)
        if error := self.request_error(query):
            return "400 Bad Request", [("Content-Type", "text/plain")], error.encode()
        username = query.get("username", "")
        account = self.accounts.get(username)
        if account is None or not secrets.compare_digest(
            account["password"], query.get("password", "")
        ):
            return self.form(query, failed=True)
        session = secrets.token_urlsafe(24)
        self.sessions[session] = username
        cookie = ("Set-Cookie", f"{COOKIE}={session}; Path=/; HttpOnly; SameSite=Lax")
        return self.back(query, {"code": self.issue_code(query, username)}, (cookie,))

    def issue_code(self, query, username):
        code = secrets.token_urlsafe(24)
        with self.lock:
            self.codes[code] = {**query, "username": username, "issued": time.time()}
        return code

    @staticmethod
    def back(query, answer, headers=()):
        separator = "&" if "?" in query["redirect_uri"] else "?"
        answer = {**answer, "state": query.get("state", "")}
        return Provider.redirect(query["redirect_uri"] + separator + urlencode(answer), headers)

    @staticmethod
    def cookie(environ):
        jar = SimpleCookie(environ.get("HTTP_COOKIE", ""))
        return jar[COOKIE].value if COOKIE in jar else None

    def form(self, query, failed=False):
        language = query.get("ui_locales", "en").split()[0]
        title, user_label, password_label, button, wrong, _out = WORDS.get(language, WORDS["en"])
        hidden = "".join(
            f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
            for k, v in query.items()
            if k not in ("username", "password")
        )
        error = f'<p role="alert" id="error">{wrong}</p>' if failed else ""
        page = f"""<!doctype html><html lang="{html.escape(language)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<style>body{{font:18px/1.5 sans-serif;margin:0;padding:1rem;max-width:30rem}}
label,input,button{{display:block;font:inherit;margin:.25rem 0}}input,button{{min-height:44px;width:100%}}
button{{background:#1e2b3c;color:#fff;border:0;margin-top:1rem}}</style></head>
<body><main><h1>{title}</h1>{error}<form method="post" action="/authorize">{hidden}
<label for="username">{user_label}</label><input id="username" name="username" autocomplete="username" required>
<label for="password">{password_label}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">{button}</button></form></main></body></html>"""  # noqa: E501
        status = "401 Unauthorized" if failed else "200 OK"
        return status, [("Content-Type", "text/html; charset=utf-8")], page.encode()

    # -- the token --------------------------------------------------------------------

    def token(self, environ):
        query = self.params(environ)
        client_id, secret = query.get("client_id"), query.get("client_secret")
        if auth := environ.get("HTTP_AUTHORIZATION", "").removeprefix("Basic "):
            client_id, _, secret = base64.b64decode(auth).decode().partition(":")
        if client_id != CLIENT_ID or secret != CLIENT_SECRET:
            return self.json({"error": "invalid_client"}, "401 Unauthorized")
        with self.lock:
            grant = self.codes.pop(query.get("code", ""), None)  # a code is used once
        if (
            grant is None
            or time.time() - grant["issued"] > 60
            or grant["redirect_uri"] != query.get("redirect_uri")
            or b64url(hashlib.sha256(query.get("code_verifier", "").encode()).digest())
            != grant["code_challenge"]
        ):
            return self.json({"error": "invalid_grant"}, "400 Bad Request")
        access = secrets.token_urlsafe(24)
        self.sessions[f"access:{access}"] = grant["username"]
        answer = {"access_token": access, "token_type": "Bearer", "expires_in": 300}
        if self.fault != "no_id_token":
            answer["id_token"] = self.id_token(grant)
        return self.json(answer)

    def claims(self, username):
        account = self.accounts[username]
        return {key: account[key] for key in ("sub", "name", "email", "email_verified", "pid")}

    def id_token(self, grant):
        now = int(time.time())
        claims = {
            **self.claims(grant["username"]),
            "iss": self.issuer,
            "aud": grant["client_id"],
            "iat": now,
            "exp": now + 300,
            "auth_time": now,
            "nonce": grant.get("nonce"),
        }
        key, fault = self.key, self.fault
        if fault == "wrong_issuer":
            claims["iss"] = "https://impostor.example"
        elif fault == "wrong_audience":  # for another client, whatever `azp` says
            claims.update(aud="another-client", azp=grant["client_id"])
        elif fault == "expired":
            claims.update(iat=now - 3600, exp=now - 1800, auth_time=now - 3600)
        elif fault == "missing_nonce":
            del claims["nonce"]
        elif fault == "wrong_nonce":
            claims["nonce"] = "not-the-one-sent"
        elif fault == "bad_signature":
            key = new_key(self.key.kid)  # the published key id, another private key
        elif fault == "unknown_key":
            key = new_key("not-published")
        elif fault == "alg_none":
            header = b64url(json.dumps({"alg": "none", "typ": "JWT"}).encode())
            return f"{header}.{b64url(json.dumps(claims).encode())}."
        return jwt.encode({"alg": "RS256", "kid": key.kid, "typ": "JWT"}, claims, key)

    def userinfo(self, environ):
        access = environ.get("HTTP_AUTHORIZATION", "").removeprefix("Bearer ")
        username = self.sessions.get(f"access:{access}")
        if username is None:
            return self.json({"error": "invalid_token"}, "401 Unauthorized")
        return self.json(self.claims(username))

    # -- signing out ------------------------------------------------------------------

    def logout(self, environ):
        query = self.params(environ)
        self.logouts.append(query)
        self.sessions.pop(self.cookie(environ), None)
        expired = ("Set-Cookie", f"{COOKIE}=; Path=/; Max-Age=0")
        target = query.get("post_logout_redirect_uri", "")
        if target.startswith(self.redirect_prefixes):
            separator = "&" if "?" in target else "?"
            return self.redirect(
                target + separator + urlencode({"state": query.get("state", "")}), (expired,)
            )
        language = query.get("ui_locales", "en").split()[0]
        text = WORDS.get(language, WORDS["en"])[5]
        page = f'<!doctype html><html lang="{html.escape(language)}"><title>{text}</title><p>{text}</p>'
        return "200 OK", [("Content-Type", "text/html; charset=utf-8"), expired], page.encode()


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


class ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


def serve(redirect_prefixes, host="127.0.0.1"):
    """Start a provider on a free port, in a thread: (provider, server)."""
    provider = Provider("", redirect_prefixes)
    server = make_server(host, 0, provider, ThreadingServer, QuietHandler)
    provider.issuer = f"http://{host}:{server.server_port}"
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return provider, server


def main():
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--site", default="http://127.0.0.1:8000", help="Samling's address")
    args = parser.parse_args()
    sites = (args.site.rstrip("/") + "/", args.site.replace("127.0.0.1", "localhost") + "/")
    server = make_server(
        "127.0.0.1", args.port, Provider(f"http://127.0.0.1:{args.port}", sites), ThreadingServer
    )
    print(f"demo-ID on http://127.0.0.1:{args.port}/ (accounts: {', '.join(ACCOUNTS)})")
    server.serve_forever()


if __name__ == "__main__":
    main()
