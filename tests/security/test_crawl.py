"""Bad input never causes a server error: a crawler follows every link of the demo site
from the front door, then asks each address again with mangled query strings, and asks
for addresses that do not exist. Only 200, 301, 302, 400 and 404 are acceptable."""

from collections import Counter
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.slow]  # the whole site, page by page

ACCEPTABLE = {200, 301, 302, 400, 404}
LONG = "x" * 10_000
MANGLED = [
    "page=abc",
    "page=-1",
    "page=0",
    "page=99999999999999999999999999",
    f"page={'9' * 10_000}",
    f"q={LONG}",
    f"{LONG}=1",
    "q=%ff%fe%fd",
    "q=%C0%AF",
    "page=%ff",
    "q=%",
    "q=%00",
    "role=finnes-ikke&format=zzz&theme=%00&audience=",
    "role=rektor&role=rektor&format=&format=PDF",
    "q[]=1&page[]=2&page=3",
    "q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "utm_source=%E2%80%AE&next=https://example.org/",
]
# Searches of punctuation or operators only (once a 500 on SQLite), on the search pages.
SEARCH = ["/nb/sok/", "/da/sog/", "/nn/sok/", "/nb/sok/forslag/", "/da/sog/forslag/"]
SEARCH_QUERIES = [
    "q=%25", "q=*", "q=%27%22%3Cscript%3E", "q=-", "q=()", "q=!!!", "q=%5E", "q=%22%22",
    "q=%22", "q=AND", "q=OR%20NOT", "q=NEAR(", "q=%22!%22%20%22?%22", "q=a%20-%20*",
    "q=%C2%AB%C2%BB", "q=%E2%80%94", "q=%F0%9F%98%80", "q=skole%20%26%26%20||",
]  # fmt: skip
UNKNOWN_TAILS = ["finnes-ikke-zz/", "%ff/", "..%2f..%2fetc/passwd", "a" * 300 + "/"]
UNKNOWN_PATHS = [
    "/xx/",
    "/nb/%ff%fe/",
    "/documents/999999/finnes-ikke.pdf",
    "/documents/abc/x.pdf",
    "/documents/1/" + "a" * 500 + ".pdf",
    "/api/v2/pages/%ff/",
    "/sitemap.xml?p=abc",
    "/sitemap.xml?p=-1",
    "/checklist/not-a-uuid/",
]


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag in ("a", "link") and href:
            self.found.append(href)


def internal(href):
    """The local address of a link, or None for other sites and other schemes."""
    parts = urlsplit(urldefrag(href).url)
    if parts.scheme not in ("", "http", "https") or parts.netloc not in ("", "testserver"):
        return None
    if not parts.path.startswith("/") or parts.path.startswith("/admin/"):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(client):
    """{address: status} for every address reachable by links from / and the sitemap."""
    seen, queue = {}, ["/", "/nb/", "/nn/", "/da/", "/sitemap.xml", "/robots.txt", *SEARCH]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        response = client.get(url)
        seen[url] = response.status_code
        if response.get("Content-Type", "").startswith(("text/html", "application/xml")):
            body = response.content.decode()
            parser = Links()
            parser.feed(body)
            hrefs = parser.found
            if "xml" in response["Content-Type"]:
                hrefs = [loc.split("</loc>")[0] for loc in body.split("<loc>")[1:]]
            queue += [u for u in map(internal, hrefs) if u and u not in seen]
    return seen


def test_crawler_with_mangled_queries_and_unknown_paths_finds_no_server_error(client):
    found = crawl(client)
    assert Counter(found.values()).keys() <= {200, 301, 302}, found
    assert len(found) > 100  # every language's pages, tools, documents, feeds, calendars
    failures, asked = [], 0
    # Each address once: a library's filter links share its address, and asking its
    # mangled variants once per link asked the same requests dozens of times.
    for base in dict.fromkeys(url.split("?")[0] for url in found):
        queries = MANGLED + (SEARCH_QUERIES if base in SEARCH else [])
        variants = [f"{base}?{query}" for query in queries]
        if base.endswith("/"):
            variants += [base + tail for tail in UNKNOWN_TAILS]
        for variant in variants:
            asked += 1
            status = client.get(variant).status_code
            if status not in ACCEPTABLE:
                failures.append((variant[:200], status))
    for path in UNKNOWN_PATHS:
        asked += 1
        if (status := client.get(path).status_code) not in ACCEPTABLE:
            failures.append((path, status))
    print(f"crawled {len(found)} addresses; asked {asked} mangled or unknown variants")
    assert failures == [], f"{len(failures)} of {asked} requests failed"
