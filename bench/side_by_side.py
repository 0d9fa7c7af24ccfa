"""Samling and Wagtail's bakerydemo side by side, as issue 38 measured them.

Both on SQLite with their demo content, production settings, gunicorn with 2 sync
workers, `wrk -t2 -c16 -d8s`, three interleaved rounds per pair of pages:

- uncached: Samling with PAGE_CACHE=off (pages rendered, what they share kept per
  generation); bakerydemo as it ships (no page cache).
- cold: nothing kept. Samling with PAGE_CACHE=cold; bakerydemo with a dummy cache.
- first request after a purge (median of 20): Samling's page cache purged through
  `pagecache.generation.purge`; bakerydemo with Django's per-site cache middleware on
  Redis, flushed.
- then Samling's module published for real by an editor's process, and asked for
  (median of 20): the page a publish changes is rendered before it is announced.

bakerydemo is not a dependency of Samling: fetch it and make a virtual environment
for it first (Python 3.11 takes Django 5.2; bakerydemo asks for 6.0):

    git clone https://github.com/wagtail/bakerydemo /path/bakerydemo
    python3.11 -m venv /path/venv && /path/venv/bin/pip install "django>=5.2,<5.3" \\
        "wagtail==7.4.4" python-dotenv wagtail-font-awesome-svg "django-debug-toolbar<6" \\
        django-extensions "django-csp<4" dj-database-url whitenoise django-redis \\
        django-basic-auth-ip-whitelist gunicorn
    .venv/bin/python bench/side_by_side.py --bakerydemo /path/bakerydemo \\
        --python /path/venv/bin/python

Prints the table with each ratio (Samling's requests/s over bakerydemo's).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import redis
from servers import wait_until_up
from wrk import wrk

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv/bin/python")
WORK = ROOT / "tmp/side-by-side"
PAIRS = {  # Samling's page, bakerydemo's
    "home vs home": ("/nb/", "/"),
    "module vs blog post": ("/nb/absolutt/hvor-er-vi/", "/blog/bread-circuses/"),
    "programme vs blog index": ("/nb/absolutt/", "/blog/"),
    "tool library vs breads index": ("/nb/verktoy/", "/breads/"),
    "search vs search": ("/nb/sok/?q=ledelse", "/search/?q=bread"),
}
SAMLING_PORT, BAKERY_PORT = 8301, 8302
REDIS_URL = "redis://127.0.0.1:6379"
BAKERY_REDIS_URL = f"{REDIS_URL}/7"  # flushed for each of its purges
BAKERY_SETTINGS = """
import os
from bakerydemo.settings.production import *  # noqa

if os.environ["BAKERY_CACHE"] == "cold":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
elif os.environ["BAKERY_CACHE"] == "cached":
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["BAKERY_REDIS_URL"],
        }
    }
    MIDDLEWARE = [
        "django.middleware.cache.UpdateCacheMiddleware",
        *MIDDLEWARE,
        "django.middleware.cache.FetchFromCacheMiddleware",
    ]
    CACHE_MIDDLEWARE_SECONDS = 600
"""


def samling_env(mode):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "benchmark-only-not-secret",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{WORK}/samling.sqlite3",
        "REDIS_URL": f"{REDIS_URL}/5",
        "PAGE_CACHE": {"uncached": "off", "cold": "cold", "cached": "on"}[mode],
        "PAGE_CACHE_WARM": "0",
    }


def bakery_env(mode):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "side_by_side_settings",
        "PYTHONPATH": str(WORK),
        "DJANGO_SECRET_KEY": "benchmark-only-not-secret",
        "DATABASE_URL": f"sqlite:///{WORK}/bakerydemo.sqlite3",
        "SECURE_SSL_REDIRECT": "false",
        "BAKERY_CACHE": mode,
    }
    if mode == "cached":
        env["BAKERY_REDIS_URL"] = BAKERY_REDIS_URL
    return env


def prepare(bakerydemo, python):
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "side_by_side_settings.py").write_text(BAKERY_SETTINGS)
    setup = (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"])
    if not (WORK / "samling.sqlite3").exists():
        for command in (*setup, ["load_demo"]):
            run(
                [str(ROOT / ".venv/bin/python"), "manage.py", *command], samling_env("cached"), ROOT
            )
    if not (WORK / "bakerydemo.sqlite3").exists():
        for command in (*setup, ["load_initial_data"]):
            run([python, "manage.py", *command], bakery_env("uncached"), bakerydemo)


def run(command, env, cwd):
    subprocess.run(command, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


@contextmanager
def server(gunicorn, app, env, cwd, port, log):
    command = [gunicorn, app, f"--bind=127.0.0.1:{port}", "--workers=2", "--worker-class=sync"]
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=log, stderr=log)
    try:
        wait_for(port)
        yield
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_for(port):
    wait_until_up(port, path="/nb/" if port == SAMLING_PORT else "/")


def throughput(mode, args, log, rounds=3, seconds=8):
    """{pair: (Samling's req/s, bakerydemo's)}: medians of interleaved rounds."""
    samling_gunicorn = str(ROOT / ".venv/bin/gunicorn")
    bakery_gunicorn = str(Path(args.python).parent / "gunicorn")
    results = {pair: ([], []) for pair in PAIRS}
    with (
        server(samling_gunicorn, "cms.wsgi", samling_env(mode), ROOT, SAMLING_PORT, log),
        server(bakery_gunicorn, "bakerydemo.wsgi", bakery_env(mode), args.bakerydemo,
               BAKERY_PORT, log),
    ):  # fmt: skip
        for _round in range(rounds):
            for pair, (ours, theirs) in PAIRS.items():
                for side, port, path in ((0, SAMLING_PORT, ours), (1, BAKERY_PORT, theirs)):
                    url = f"http://127.0.0.1:{port}{path}"
                    wrk(url, 1)  # warm the worker processes
                    results[pair][side].append(wrk(url, seconds, connections=16)["rps"])
    return {pair: tuple(statistics.median(v) for v in sides) for pair, sides in results.items()}


def after_purge(args, log, times=20):
    """{pair: (Samling's ms, bakerydemo's)}: the first request after a purge, median."""
    samling_gunicorn = str(ROOT / ".venv/bin/gunicorn")
    bakery_gunicorn = str(Path(args.python).parent / "gunicorn")
    purge = ["-c", "import django; django.setup(); from pagecache.generation import purge; purge()"]
    results = {}
    with (
        server(samling_gunicorn, "cms.wsgi", samling_env("cached"), ROOT, SAMLING_PORT, log),
        server(bakery_gunicorn, "bakerydemo.wsgi", bakery_env("cached"), args.bakerydemo,
               BAKERY_PORT, log),
    ):  # fmt: skip
        bakery_cache = redis.Redis.from_url(BAKERY_REDIS_URL)
        for pair, (ours, theirs) in PAIRS.items():
            timings = ([], [])
            for _ in range(times):
                run([PYTHON, *purge], samling_env("cached"), ROOT)
                timings[0].append(timed(f"http://127.0.0.1:{SAMLING_PORT}{ours}"))
                bakery_cache.flushdb()
                timings[1].append(timed(f"http://127.0.0.1:{BAKERY_PORT}{theirs}"))
            results[pair] = tuple(round(statistics.median(t), 1) for t in timings)
    return results


EDITOR = """
import sys, django
django.setup()
from programme.pages import ModulePage
module = ModulePage.objects.get(
    url_path__endswith="/absolutt/hvor-er-vi/", locale__language_code="nb"
)
for number, _line in enumerate(sys.stdin):
    module.refresh_from_db()
    module.introduction = f"Oppdatert for {number}. gang."
    module.save_revision().publish()
    print("published", flush=True)
"""


def after_publish(log, times=20):
    """Samling's module published for real (as an editor does), then asked for: the
    next visitor's ms, median. The module has been visited (and counted) before."""
    samling_gunicorn = str(ROOT / ".venv/bin/gunicorn")
    env = {**samling_env("cached"), "PAGE_CACHE_WARM": "50"}
    url = f"http://127.0.0.1:{SAMLING_PORT}{PAIRS['module vs blog post'][0]}"
    with server(samling_gunicorn, "cms.wsgi", env, ROOT, SAMLING_PORT, log):
        for _ in range(3):
            timed(url)
        time.sleep(5.5)  # each worker adds its visit counts to Redis on its next visit
        for _ in range(10):
            timed(url)
        editor = subprocess.Popen(
            [PYTHON, "-c", EDITOR], env=env, cwd=ROOT, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        timings = []
        for _ in range(times):
            editor.stdin.write("publish\n")
            editor.stdin.flush()
            editor.stdout.readline()
            timings.append(timed(url))
        editor.stdin.close()
        editor.wait(timeout=60)
    return round(statistics.median(timings), 1)


def timed(url):
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
        response.read()
    return (time.perf_counter() - started) * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bakerydemo", required=True, help="a checkout of wagtail/bakerydemo")
    parser.add_argument("--python", required=True, help="the Python of bakerydemo's venv")
    args = parser.parse_args()
    prepare(args.bakerydemo, args.python)
    log = open(Path(tempfile.mkdtemp(prefix="side-by-side-")) / "servers.log", "w")  # noqa: SIM115
    uncached, cold = throughput("uncached", args, log), throughput("cold", args, log)
    purged = after_purge(args, log)
    published = after_publish(log)
    print("| page (Samling vs bakerydemo) | uncached | cold (nothing kept) "
          "| first request after a purge, median |")  # fmt: skip
    print("|---|---|---|---|")
    for pair in PAIRS:
        (u_ours, u_theirs), (c_ours, c_theirs) = uncached[pair], cold[pair]
        print(
            f"| {pair} | {u_ours / u_theirs:.1f}x ({u_ours:.0f} vs {u_theirs:.0f} req/s) "
            f"| {c_ours / c_theirs:.2f}x ({c_ours:.0f} vs {c_theirs:.0f} req/s) "
            f"| {purged[pair][0]} vs {purged[pair][1]} ms |"
        )
    print(f"Samling's module published, its next visitor: {published} ms (median)")
    print(json.dumps({"uncached": uncached, "cold": cold, "after_purge": purged,
                      "after_publish": published}))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
