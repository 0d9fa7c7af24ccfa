"""How many anonymous requests are served cold while editors publish: a replay.

The mix: every page of the demo content in the site's sitemap (home pages,
programmes, modules, tasks, goals, results, tools, the tool library and the
statements, in three languages; not the benchmark's thousands of generated pages,
which no visitor reads), each asked for as often as its rank in a fixed random order
says (Zipf's law, s = 1: the most visited page ten times as often as the tenth), the
home pages and the tool library first. Every page is asked for once first, so that
what follows counts only what purges make cold. Then the same seeded sequence of
requests is sent at a steady rate by a few visitors at once, while an editor publishes
a module every ten seconds. Each page the page cache answers says whether it was
stored already (`X-Page-Cache: hit`) or rendered for this request (`miss`: cold).

Run twice by `make bench`: without warming (`PAGE_CACHE_WARM=0`, before issue 38) and
with it (an RQ worker on the `warm` queue renders the most visited pages after each
publish). Prints and returns the share of cold requests and the latencies.
"""

import json
import random
import re
import subprocess
import threading
import time
import urllib.request
from contextlib import nullcontext
from pathlib import Path

from servers import gunicorn, warm_worker

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv/bin/python")
PORT = 8004
FIRST = ("/nb/", "/da/", "/nn/", "/nb/verktoy/", "/da/vaerktojer/")


def sitemap_paths(port):
    """The paths of every page in the sitemap (and its sub-sitemaps)."""
    paths, pending = [], [f"http://127.0.0.1:{port}/sitemap.xml"]
    while pending:
        with urllib.request.urlopen(pending.pop(), timeout=30) as response:  # noqa: S310
            text = response.read().decode()
        for location in re.findall(r"<loc>([^<]+)</loc>", text):
            path = re.sub(r"^https?://[^/]+", "", location)
            if path.endswith(".xml") or "sitemap" in path:
                pending.append(f"http://127.0.0.1:{port}{path}")
            elif "/bench-" not in path:  # the generated data set (bench/seed.py)
                paths.append(path)
    return paths


def mix(paths, count, seed=38):
    """`count` paths drawn by Zipf's law over a seeded order, the front pages first."""
    rng = random.Random(seed)
    rest = sorted(set(paths) - set(FIRST))
    rng.shuffle(rest)
    ranked = [p for p in FIRST if p in paths] + rest
    weights = [1 / rank for rank in range(1, len(ranked) + 1)]
    return rng.choices(ranked, weights, k=count)


def visitor(base, sequence, start, rate, results):
    """Send `sequence[i]` at `start + i / rate`, as a visitor among several would."""
    for index, path in sequence:
        delay = start + index / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        began = time.monotonic()
        try:
            with urllib.request.urlopen(base + path, timeout=30) as response:  # noqa: S310
                response.read()
                state = response.headers.get("X-Page-Cache", "uncached")
        except urllib.error.HTTPError as error:
            state = f"status {error.code}"
        except OSError:
            state = "error"
        results.append((state, (time.monotonic() - began) * 1000))


def replay(base, sequence, rate, visitors=4):
    start, results = time.monotonic() + 0.5, []
    numbered = list(enumerate(sequence))
    threads = [
        threading.Thread(target=visitor, args=(base, numbered[i::visitors], start, rate, results))
        for i in range(visitors)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def summary(results):
    counts = {}
    for state, _ms in results:
        counts[state] = counts.get(state, 0) + 1
    cached = counts.get("hit", 0) + counts.get("miss", 0)

    def p(state, q):
        values = sorted(ms for s, ms in results if s == state)
        return round(values[int(len(values) * q) - 1], 1) if values else None

    return {
        "requests": len(results),
        "counts": counts,
        "cold_share": round(counts.get("miss", 0) / cached, 4) if cached else None,
        "hit_p50_ms": p("hit", 0.5),
        "miss_p50_ms": p("miss", 0.5),
        "all_p99_ms": round(sorted(ms for _s, ms in results)[int(len(results) * 0.99) - 1], 1),
    }


def run(env, urls, log, warm, seconds=60, rate=40, publish_every=10):
    """The replay on one database, with or without warming."""
    env = {**env, "PAGE_CACHE_WARM": "50" if warm else "0"}
    with gunicorn(env, PORT, log), warm_worker(env, log) if warm else nullcontext():
        base = f"http://127.0.0.1:{PORT}"
        paths = sitemap_paths(PORT)
        sequence = mix(paths, seconds * rate)
        replay(base, sorted(set(paths)), rate * 4)  # every page cached once
        replay(base, sequence[: rate * publish_every], rate)  # and visits counted
        editor = [urls["publish_slug"], str(seconds + 3), str(publish_every)]
        publisher = subprocess.Popen(
            [PYTHON, "bench/publisher.py", *editor],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        time.sleep(3)  # the publisher's start-up, and its first publish
        results = replay(base, sequence, rate)
        published = json.loads(publisher.communicate(timeout=120)[0].splitlines()[-1])
    row = {
        **summary(results),
        "pages": len(set(paths)),
        "published": published["published"],
        "warm": warm,
    }
    print(f"[replay {'with' if warm else 'without'} warming] {row}", flush=True)
    return row
