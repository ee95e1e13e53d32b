#!/usr/bin/env python3
"""How long `handbook serve` takes to show an edit: the benchmark site of bench/gen_site.py
(2 languages x 1,000 pages, 1,000 offices), served by the release build; each round appends
a sentence to one page and polls that page over http until the sentence is there.

Usage: python3 bench/serve.py [PAGES_PER_LANGUAGE] [ROUNDS]
  (HANDBOOK=path/to/handbook to use another binary; BUILD=0 to skip `cargo build --release`)
Prints the median and worst time for a text edit (the quick path: only that page is
rendered again) and for a title edit (a full rebuild). Target: text edit <= 300 ms.
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 10
LOG = open(os.environ["LOG"], "w") if os.environ.get("LOG") else subprocess.DEVNULL
BINARY = os.environ.get("HANDBOOK", os.path.join(REPO, "target/release/handbook"))


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def wait_for(url, text, deadline_s=60):
    start = time.perf_counter()
    while time.perf_counter() - start < deadline_s:
        try:
            if text in fetch(url):
                return time.perf_counter() - start
        except OSError:
            pass
        time.sleep(0.005)
    raise SystemExit(f"{text!r} never appeared on {url}")


def measure(server_url, page_file, page_url, make_edit, rounds):
    times = []
    for round_number in range(rounds):
        marker = f"edit{round_number}x{time.time_ns()}"
        with open(page_file, encoding="utf-8") as f:
            text = f.read()
        start = time.perf_counter()
        with open(page_file, "w", encoding="utf-8") as f:
            f.write(make_edit(text, marker))
        wait_for(server_url + page_url, marker)
        times.append(time.perf_counter() - start)
        time.sleep(0.3)  # let the search data catch up, as between an editor's saves
    return times


def report(label, times):
    ms = [t * 1000 for t in times]
    print(f"{label:<34} median {statistics.median(ms):7.0f} ms   worst {max(ms):7.0f} ms   ({len(ms)} edits)")


def main():
    if os.environ.get("BUILD", "1") != "0":
        subprocess.run(["cargo", "build", "--release", "--locked"], cwd=REPO, check=True)
    work = tempfile.mkdtemp(prefix="handbook-serve-bench-")
    subprocess.run([sys.executable, os.path.join(REPO, "bench/gen_site.py"), work, str(PAGES), str(PAGES)],
                   check=True, stdout=subprocess.DEVNULL)
    root = os.path.join(work, "handbook")
    server = subprocess.Popen([BINARY, "--root", root, "serve", "--port", "0"],
                              stdout=subprocess.PIPE, stderr=LOG, text=True)
    try:
        started = time.perf_counter()
        line = server.stdout.readline()
        port = re.search(r"127\.0\.0\.1:(\d+)", line)
        if not port:
            raise SystemExit(f"serve did not start: {line!r}")
        print(f"site: {2 * PAGES} pages, {PAGES} offices; first build and start: "
              f"{time.perf_counter() - started:.2f} s; load {os.getloadavg()[0]:.2f}")
        url = f"http://127.0.0.1:{port.group(1)}/"
        page_file = os.path.join(root, "content/section-01/page-0001.md")
        page_url = "en/section-01/page-0001/"
        if not os.path.exists(page_file):
            raise SystemExit(f"{page_file} is missing: gen_site.py changed its layout")
        fetch(url + page_url)
        text_edit = measure(url, page_file, page_url, lambda text, marker: f"{text}\nA sentence {marker}.\n", ROUNDS)
        report("edit a page's text", text_edit)
        title_edit = measure(url, page_file, page_url,
                             lambda text, marker: re.sub(r"^title: .*$", f"title: Title {marker}", text, count=1,
                                                         flags=re.M), max(3, ROUNDS // 3))
        report("edit a page's title (full build)", title_edit)
        target = statistics.median(text_edit) * 1000 <= 300
        print(f"target: a text edit visible within 300 ms: {'met' if target else 'NOT met'}")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
