"""Two app servers behind nginx, sharing PostgreSQL and Redis.

Measures the cached pages through nginx, then checks that a page published through one
server's admin shows on the next request through the other server and through nginx.
"""

import http.client
import re
import subprocess
import tempfile
import time
import urllib.parse
from contextlib import ExitStack
from pathlib import Path

from servers import gunicorn
from wrk import wrk

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv/bin/python")
SERVERS = (8101, 8102)
BALANCER = 8100
NGINX_CONF = """
user root;
worker_processes 1;
daemon off;
pid {dir}/nginx.pid;
error_log {dir}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    upstream samling {{
        server 127.0.0.1:{a};
        server 127.0.0.1:{b};
        keepalive 32;
    }}
    server {{
        listen 127.0.0.1:{port};
        client_max_body_size 30m;
        location /media/ {{ return 404; }}  # documents only through Django's view
        location / {{
            proxy_pass http://samling;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_set_header X-Forwarded-Proto $scheme;
        }}
    }}
}}
"""


class Browser:
    """Just enough of a browser for the admin: cookies, CSRF token, no redirects followed."""

    def __init__(self, port):
        self.port, self.cookies = port, {}

    def request(self, method, path, form=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";")[0].split("=", 1)
            self.cookies[name] = value
        return response.status, response.read().decode()

    def csrf_token(self, html):
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)

    def post_form(self, path, fields):
        status, html = self.request("GET", path)
        assert status == 200, f"GET {path}: {status}"
        return self.request("POST", path, {**fields, "csrfmiddlewaretoken": self.csrf_token(html)})


def anonymous_get(port, path):
    return Browser(port).request("GET", path)[1]


def save_draft(env, slug, title):
    """An editor saved a new title as a draft; returns the page id."""
    code = (
        "from programme.pages import ModulePage; "
        f"m = ModulePage.objects.get(slug='{slug}', url_path__contains='/bench-1/'); "
        f"m.title = '{title}'; m.save_revision(); print(m.pk)"
    )
    output = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", code],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return int(output.strip().splitlines()[-1])


def publish_through(port, page_id):
    admin = Browser(port)
    status, _ = admin.post_form(
        "/admin/login/", {"username": "admin", "password": "samling-demo", "next": "/admin/"}
    )
    assert status == 302, f"admin login: {status}"
    status, _ = admin.post_form(f"/admin/bulk/wagtailcore/page/publish/?id={page_id}", {})
    assert status == 302, f"bulk publish: {status}"


def publish_visible_everywhere(env, urls):
    slug = urls["publish_slug"]
    path = urls["pages"]["module"].replace("modul-3", slug)
    for port in (*SERVERS, BALANCER, *SERVERS):  # every server holds the page in the cache
        anonymous_get(port, path)
    title = f"Publisert gjennom {SERVERS[0]} kl. {time.strftime('%H.%M.%S')}"
    page_id = save_draft(env, slug, title)
    assert title not in anonymous_get(SERVERS[1], path), "a draft must not show"
    publish_through(SERVERS[0], page_id)
    seen = {port: title in anonymous_get(port, path) for port in (SERVERS[1], BALANCER, SERVERS[0])}
    print(f"[scale-out] published through {SERVERS[0]}; shows on {seen}", flush=True)
    return all(seen.values())


def run(app_env, urls, seconds, log):
    env = app_env("postgres", cached=True)
    directory = Path(tempfile.mkdtemp(prefix="samling-nginx-"))
    conf = directory / "nginx.conf"
    conf.write_text(NGINX_CONF.format(dir=directory, a=SERVERS[0], b=SERVERS[1], port=BALANCER))
    rows = {}
    with ExitStack() as stack:
        for port in SERVERS:
            stack.enter_context(gunicorn(env, port, log))
        nginx = subprocess.Popen(["nginx", "-c", str(conf), "-p", str(directory)])
        stack.callback(nginx.wait, 10)
        stack.callback(nginx.terminate)
        time.sleep(1)
        for name in ("home", "programme", "module", "library", "static"):
            url = f"http://127.0.0.1:{BALANCER}{urls['pages'][name]}"
            wrk(url, 2)
            rows[name] = wrk(url, seconds)
            print(f"[scale-out] {name}: {rows[name]}", flush=True)
        visible = publish_visible_everywhere(env, urls)
    return {"through_nginx": rows, "publish_visible_everywhere": visible}
