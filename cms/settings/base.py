"""Settings shared by every environment. Secure by default; read from the environment."""

import os
import shutil
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

from identity.environment import providers_from

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "base",
    "home",
    "pagecache",
    "security",
    "programme",
    "cohorts",
    "teamwork",
    "evaluations",
    "reminders",
    "notices",
    "certificates",
    "terms",
    "translation_memory",
    "editorial",
    "discovery",
    "usage",
    "identity",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales, adds locale synchronisation
    "django_rq",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "dbbackup",
]

MIDDLEWARE = [
    "pagecache.generation.OncePerRequestMiddleware",  # one cache generation per request
    "pagecache.page_cache.UpdatePageMiddleware",  # first: stores the final response
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "pagecache.page_cache.FetchPageMiddleware",  # anonymous pages answered from the cache here
    "security.middleware.RejectNulMiddleware",  # before anything looks a value up in the database
    "security.csp.SamlingCSPMiddleware",  # inside the page cache: stored pages keep their header
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.LanguageMiddleware",
    "base.addresses.OldAddressRedirectMiddleware",  # /da/kull/… as written before: /da/hold/…
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "security.visibility.ViewerMiddleware",  # who is asking: what listings may show them
    "editorial.admin_language.AdminLanguageMiddleware",  # refusals in the editor's language
    "django.contrib.messages.middleware.MessageMiddleware",
    "editorial.translation_guard.TranslationGuardMiddleware",
    "editorial.chooser_start.ChooserStartMiddleware",  # page choosers open at the programme
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # answers a locked-out login attempt
    "security.write_failures.WriteFailureMiddleware",  # admin forms all or nothing; a clear 503
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
            ],
        },
    },
]


def sqlite_options():
    """WAL, a busy timeout and IMMEDIATE transactions so concurrent writers wait, not fail."""
    return {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }


# Connections are kept between requests (CONN_MAX_AGE seconds), SQLite's too: opening
# one and registering Django's SQL functions cost a fifth of a rendered module page.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = sqlite_options()
else:
    # Solid-state storage: PostgreSQL's default (4) prices index lookups as disk seeks,
    # and joined a search's 100 matches to every page instead of looking each up
    # (12 ms instead of 3 for a search with the benchmark's data set).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c random_page_cost=1.1"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Every key and channel in Redis carries the deployment's prefix, so deployments that
# share a Redis server never touch each other's pages or purges. By default it is
# named after the deployment's database.
CACHE_PREFIX = (
    os.environ.get("CACHE_PREFIX") or f"samling-{Path(str(DATABASES['default']['NAME'])).name}"
)
CACHE_PREFIX = "".join(c if c.isalnum() or c in "-_" else "-" for c in str(CACHE_PREFIX))

# The page cache (and Wagtail's small caches) in a Redis database of their own, with a
# memory limit and LRU eviction (see README): PAGE_CACHE_REDIS_URL, by default REDIS_URL.
# The RQ queue stays in REDIS_URL; login counters and sessions are in the database, so
# neither can be evicted nor lost with Redis. Local memory serves one process (development).
PAGE_CACHE_REDIS_URL = os.environ.get("PAGE_CACHE_REDIS_URL") or os.environ.get("REDIS_URL")
if PAGE_CACHE_REDIS_URL:
    CACHES = {
        alias: {
            # django-redis keeps its client; Django's own backend builds a new redis-py
            # client per call, which cost more than the rest of a cached page.
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": PAGE_CACHE_REDIS_URL,
            "KEY_PREFIX": f"{CACHE_PREFIX}:{alias}",
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                # Redis down is no error page: a value the cache cannot give is computed.
                "IGNORE_EXCEPTIONS": True,
            },
        }
        for alias in ("default", "pages-shared")
    }
    # Pages: each process keeps a copy of those it served (pagecache.tiered_cache).
    CACHES["pages"] = {
        "BACKEND": "pagecache.tiered_cache.TieredCache",
        "LOCATION": "pages-shared",
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("PAGE_CACHE_COPIES", 1000))},
    }
else:
    CACHES = {
        alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
        for alias in ("default", "pages")
    }
# PAGE_CACHE=off renders every page, as for a logged-in visitor: what pages share is
# still kept per generation (pagecache.generation_cache); "cold" keeps nothing at all.
PAGE_CACHE = os.environ.get("PAGE_CACHE", "on")
if PAGE_CACHE == "cold":
    CACHES["pages"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
if PAGE_CACHE in ("off", "cold"):
    MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("pagecache.page_cache.")]
# Anonymous visitors' pages (pagecache.page_cache): purged on every change, so kept long.
CACHE_MIDDLEWARE_ALIAS = "pages"
CACHE_MIDDLEWARE_KEY_PREFIX = "page"
CACHE_MIDDLEWARE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 60 * 60 * 24))
# After each purge, the RQ worker's `warm` queue renders this many of the pages anonymous
# visitors asked for most, before they come back (pagecache.warming); 0: none.
PAGE_CACHE_WARM = int(os.environ.get("PAGE_CACHE_WARM", 50))

# Long translation jobs (a programme with its subtree) run in an RQ worker
# (`manage.py rqworker`) when Redis is there; in the request otherwise.
RQ_QUEUES = {
    name: {"URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")}
    # warm: pages rendered again after a purge; mail: invitations. The worker takes them
    # in the order it is given: `manage.py rqworker warm default mail`.
    for name in ("warm", "default", "mail")
}
if os.environ.get("REDIS_URL"):
    WAGTAILLOCALIZE_JOBS = {
        "BACKEND": "editorial.jobs.QueueOrRunNow",  # in the request if Redis is down
        "OPTIONS": {"QUEUE": "default"},
    }

# Logins (admin and participants) lock after repeated failures from one address for one
# username, until a cool-off passes (django-axes). The client's address is REMOTE_ADDR unless
# TRUSTED_PROXY_COUNT proxies we run stand in front: then the address the nearest of
# them saw, never one a client wrote into X-Forwarded-For.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "identity.backends.IdentityLinkBackend",  # a provider's linked subject (identity app)
]
# Sign-in providers (OpenID Connect), from OIDC_PROVIDERS and OIDC_<NAME>_* (see the
# README and identity.environment); none unless configured.
IDENTITY_PROVIDERS = providers_from(os.environ)
IDENTITY_PROVIDER_TIMEOUT = float(os.environ.get("OIDC_TIMEOUT_SECONDS", 5))
# Counted in the database, where every app server sees them, nothing evicts them and
# Redis going down neither loses them nor stops logins.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", 15)))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "security.lockout.locked_out"
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", 0))
if TRUSTED_PROXY_COUNT:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
    AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXY_COUNT
    AXES_IPWARE_PROXY_ORDER = "right-most"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Norwegian Bokmål is the default; Danish and Nynorsk are content languages too.
LANGUAGE_CODE = "nb"
LANGUAGES = [("nb", "Norsk bokmål"), ("nn", "Norsk nynorsk"), ("da", "Dansk")]
# Our own strings, then Norwegian and Danish for wagtail-localize's screens (it ships few).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_vendor"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Oslo"
LANGUAGE_TIME_ZONES = {"nb": "Europe/Oslo", "nn": "Europe/Oslo", "da": "Europe/Copenhagen"}

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [*LANGUAGES, ("en", "English")]
WAGTAIL_SITE_NAME = "Samling"
# Machine translation on this server with Debian's Apertium (README, "Machine translation").
# Without it installed, wagtail-localize offers no machine translation at all.
if shutil.which("apertium"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "editorial.machine_translation.ApertiumTranslator"
    }
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# One index; each page is stemmed in its own language on PostgreSQL. Queries on /nb/ and
# /nn/ use "default" (Norwegian: Snowball has one stemmer for both), on /da/ use "da".
SEARCH_LANGUAGE_CONFIGS = {"nb": "norwegian", "nn": "norwegian", "da": "danish"}
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "discovery.search_backend",
        "SEARCH_CONFIG": "norwegian",
        "LANGUAGE_CONFIGS": SEARCH_LANGUAGE_CONFIGS,
    },
    "da": {
        "BACKEND": "discovery.search_backend",
        "SEARCH_CONFIG": "danish",
        "LANGUAGE_CONFIGS": SEARCH_LANGUAGE_CONFIGS,
        "AUTO_UPDATE": False,  # the same index as "default", written once
    },
}
# A translation of a live page starts as a draft and goes through review like any change
# (wagtail-localize would publish it at once; editorial.translation_drafts keeps a live
# target's row untouched too).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []  # every download is an attachment
# Uploads: office, PDF and text formats only, checked by name, content and size.
WAGTAILDOCS_EXTENSIONS = [
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "txt", "csv",
]  # fmt: skip
WAGTAILDOCS_DOCUMENT_FORM_BASE = "editorial.uploads.SafeDocumentForm"
SAMLING_DOCUMENT_MAX_SIZE = int(os.environ.get("SAMLING_DOCUMENT_MAX_SIZE", 25 * 1024 * 1024))
# A file in a team answer (an årshjul, a photo of a flip chart), and how many one answer holds.
SAMLING_ANSWER_FILE_MAX_SIZE = int(os.environ.get("SAMLING_ANSWER_FILE_MAX_SIZE", 10 * 1024 * 1024))
SAMLING_ANSWER_MAX_FILES = 10
# Downloads and searches are counted in each process and written in bulk (usage.counter)
# when the tally is this old or this large.
SAMLING_USAGE_WRITE_SECONDS = int(os.environ.get("SAMLING_USAGE_WRITE_SECONDS", 60))
SAMLING_USAGE_WRITE_COUNTS = int(os.environ.get("SAMLING_USAGE_WRITE_COUNTS", 200))
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]  # no SVG: it can carry script
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# Shared-password privacy stores passwords in plain text: only login and groups.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "account/login.html"
LOGIN_URL = "wagtailcore_login"  # the participants' login, in the visitor's language
LOGIN_REDIRECT_URL = "my_cohort"  # the participant's cohort, in their language
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = True
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "editorial.password_reset.CheckedPasswordResetForm"  # noqa: S105
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No requests to other sites from the admin either (its release check asks wagtail.org).
WAGTAIL_ENABLE_UPDATE_CHECK = False

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Designsystemet and its font come from npm (package.json, `make setup`), served from here.
NODE_MODULES = BASE_DIR / "node_modules"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("designsystemet", NODE_MODULES / "@digdir/designsystemet-css" / "dist"),
    ("fonts/inter", NODE_MODULES / "@fontsource-variable/inter"),
]
FORM_RENDERER = "base.forms.DesignsystemetRenderer"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "security.storage.CleanFileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365

# Backups (django-dbbackup): `manage.py dbbackup` and `mediabackup` write to BACKUP_DIR.
# SQLite through its online backup API, PostgreSQL with pg_dump's custom format.
STORAGES["dbbackup"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": os.environ.get("BACKUP_DIR", BASE_DIR / "backups")},
}
DBBACKUP_CONNECTOR_MAPPING = {
    "django.db.backends.postgresql": "dbbackup.db.postgresql.PgDumpBinaryConnector",
}
DBBACKUP_SEND_EMAIL = False  # failures show in the command's exit status and log

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"

# Content-Security-Policy (django-csp, security.csp). Public pages: this site only; inline
# scripts only with the request's nonce. Videos are third-party frames, loaded only
# when the visitor asks for them (programme/blocks/video.html).
VIDEO_FRAME_SOURCES = [
    "https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com",
]  # fmt: skip
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *VIDEO_FRAME_SOURCES],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],  # the admin previews pages in a same-origin frame
    }
}
# Wagtail's admin still needs inline scripts and styles (wagtail#1288).
SAMLING_ADMIN_PREFIXES = ("/admin/",)
SAMLING_ADMIN_CSP = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_SUBJECT_PREFIX = "[Samling] "
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "samling@localhost")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# Cohorts: an invitation link lives this many days; participants' personal data is
# deleted this many days after their cohort's last session (purge_participant_data).
INVITATION_VALID_DAYS = int(os.environ.get("INVITATION_VALID_DAYS", 14))
PARTICIPANT_DATA_RETENTION_DAYS = int(os.environ.get("PARTICIPANT_DATA_RETENTION_DAYS", 365))
# A session's evaluation stays open this many days after it; its results are shown
# once this many have answered, so that no answer can be told apart.
EVALUATION_OPEN_DAYS = int(os.environ.get("EVALUATION_OPEN_DAYS", 14))
EVALUATION_MIN_ANSWERS = int(os.environ.get("EVALUATION_MIN_ANSWERS", 3))
