#!/usr/bin/env python3
"""Build benchmark (not a test): handbook beside Hugo on the same synthetic site.

    python3 bench/build.py              # both sizes, 5 timed runs per tool and size
    python3 bench/build.py --markdown   # also print a Markdown table for the README

What it does:
  1. Checks for `hugo` and `/usr/bin/time` (Debian packages `hugo` and `time`); if one is
     missing it installs them with apt-get when run as root, and otherwise says what to install.
  2. Builds handbook with `nice -n 5 cargo build --release --locked`.
  3. For each size, generates the site with bench/gen_site.py into a temporary folder, in our
     layout and in Hugo's: 2 languages x 1,000 pages (~600 words each) + 1,000 offices, the
     site of ../ANCHORS.md, then 2 languages x 5,000 pages + 5,000 offices (5x the work).
  4. Runs `handbook build --quiet` and `hugo --quiet` (no minify) on it: one warm-up run
     each, then RUNS rounds that alternate the two tools, each under `/usr/bin/time -v`.
  5. Prints per tool and size: median wall time (and the range), pages/s (both tools count
     the 2 x PAGES content pages), CPU time, peak resident memory (the largest over the timed
     runs), output size and file count; the ratio handbook pages/s / Hugo pages/s measured in
     the same run; how time grows from 2,000 to 10,000 pages (5.0 = linear); the figures of
     ANCHORS.md; whether each target of issue 8 is met; and the stage timings of one
     `handbook build --verbose` per size.

Fairness: both tools build into a new, empty output folder each run (handbook --out,
Hugo --destination), as on a CI machine that builds a fresh checkout, after a `sync`; the
outputs are deleted only when the benchmark ends. Deleting them between runs would make the
runs measure the file system: ext4 (without a journal, as here) skips inodes freed in the
last minute when it creates files (`recently_deleted`), so after deleting a 10,000-page
output each new file costs a scan past all of them, and the time grows with the square of
the file count. OUTPUT=rebuild measures building over the previous output instead
(handbook's atomic write swaps the new output in and removes the old one; Hugo overwrites
files in place), OUTPUT=both measures both.

Settings (environment variables):
  RUNS=5              timed runs per tool and size (after one warm-up run each)
  PAGES=1000,5000     pages per language for each size; each size also gets as many offices
  OUTPUT=clean        clean | rebuild | both (see Fairness)
  HANDBOOK=PATH       use this handbook binary and do not build one
  NO_BUILD=1          do not run cargo if target/release/handbook exists
  MARKDOWN=1          same as --markdown
  DOWNLOADS=1         also make the editions to carry offline (adds `downloads: true` to the
                      generated handbook.yaml; gen_site.py leaves them off, as does the default)
  KEEP=DIR            generate the sites into DIR and keep them (default: a temporary folder,
                      deleted at the end)
The machine should be otherwise idle: the load average is printed before each size.
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GEN_SITE = REPO / "bench" / "gen_site.py"
TIME = "/usr/bin/time"
MIB = 1024 * 1024

# From ANCHORS.md ("Build speed"): 2 languages x 1,000 pages, median of 5, on a 2-core machine.
ANCHORS = [
    ("Zola 0.22", 1.56, 1282, 111),
    ("Zola 0.22 with its search index", 4.33, 462, 131),
    ("Hugo 0.111 (Debian package)", 2.62, 763, 399),
    ("mdBook 0.5 (1 language, 1,000 chapters, search)", 9.34, 107, 295),
]
ZOLA_SECONDS, ZOLA_PAGES_PER_S, ZOLA_MIB = 1.56, 1282, 111
HUGO_ANCHOR_SECONDS = 2.62
MEMORY_TARGET_MIB = 110
LINEAR_TOLERANCE = 1.10  # "linear": 5x the pages in at most 5 x 1.1 = 5.5x the time


def say(*parts):
    print(*parts, flush=True)


def env_int_list(name, default):
    return [int(x) for x in os.environ.get(name, default).replace(" ", "").split(",") if x]


def load():
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def require_tools():
    missing = []
    if not shutil.which("hugo"):
        missing.append("hugo")
    if not os.access(TIME, os.X_OK):
        missing.append("time")
    if not missing:
        return
    command = ["apt-get", "install", "-y", *missing]
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say(f"Installing the missing Debian package(s) {', '.join(missing)}: {' '.join(command)}")
        subprocess.run(["apt-get", "update"], check=True)
        subprocess.run(command, check=True)
    else:
        sys.exit(f"This benchmark needs the Debian package(s) {', '.join(missing)}: "
                 f"sudo {' '.join(command)}")


def handbook_binary():
    given = os.environ.get("HANDBOOK")
    if given:
        path = Path(given).resolve()
        if not os.access(path, os.X_OK):
            sys.exit(f"HANDBOOK={given} is not an executable file")
        return path, f"{path} (given by HANDBOOK)"
    path = REPO / "target" / "release" / "handbook"
    if os.environ.get("NO_BUILD") and os.access(path, os.X_OK):
        built = "not rebuilt (NO_BUILD)"
    else:
        say("Building handbook: nice -n 5 cargo build --release --locked")
        subprocess.run(["nice", "-n", "5", "cargo", "build", "--release", "--locked"], cwd=REPO, check=True)
        built = "cargo build --release --locked"
    head = git("rev-parse", "--short", "HEAD")
    dirty = git("status", "--porcelain", "--", "src", "Cargo.toml", "Cargo.lock", "themes", "build.rs")
    source = f"commit {head}" + (" + uncommitted changes in src/" if dirty else "")
    return path, f"{path.relative_to(REPO)}, {source}, {built}"


def git(*args):
    result = subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 else "?"


class Tool:
    def __init__(self, name, command, folder, outputs, out_option):
        self.name, self.command, self.folder, self.outputs = name, command, folder, outputs
        self.out_option = out_option

    def into(self, out):
        """The arguments that make the tool build into the folder `out` (beside public/)."""
        return [self.out_option, out]

    def clean(self):
        """Deletes the previous output (not timed)."""
        for pattern in self.outputs:
            for path in self.folder.glob(pattern):
                shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()


def sync():
    subprocess.run(["sync"], check=True)


def run_timed(tool, extra=()):
    """Runs the tool once under /usr/bin/time -v; returns its figures."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        command = [TIME, "-v", "-o", report.name, *tool.command, *extra]
        start = time.perf_counter()
        result = subprocess.run(command, cwd=tool.folder, capture_output=True, text=True)
        wall = time.perf_counter() - start
        figures = report.read()
    if result.returncode != 0:
        say(result.stdout + result.stderr + figures)
        sys.exit(f"{tool.name} failed (exit code {result.returncode}) in {tool.folder}")

    def field(label):
        match = re.search(rf"^\s*{re.escape(label)}: (.+)$", figures, re.M)
        if not match:
            sys.exit(f"no '{label}' in the output of {TIME} -v:\n{figures}")
        return match.group(1)

    return {
        "wall": wall,
        "user": float(field("User time (seconds)")),
        "sys": float(field("System time (seconds)")),
        "rss_mib": int(field("Maximum resident set size (kbytes)")) / 1024,
        "voluntary": int(field("Voluntary context switches")),
        "involuntary": int(field("Involuntary context switches")),
        "stderr": result.stderr,
    }


def output_size(folder):
    size = files = 0
    for dirpath, _, names in os.walk(folder):
        for name in names:
            size += os.path.getsize(os.path.join(dirpath, name))
            files += 1
    return size, files


def describe_handbook_site(site, public):
    """What the generated site's handbook.yaml enables, and what the build writes."""
    config = (site / "handbook.yaml").read_text(encoding="utf-8")
    keys = sorted({m.group(1) for m in re.finditer(r"^([a-z_]+):", config, re.M)})
    def setting(key):
        match = re.search(rf"^{key}:\s*(\S+)", config, re.M)
        return f"{key}: {match.group(1)}" if match else f"{key}: not set (false)"
    lines = [f"handbook.yaml sets: {', '.join(keys)}; {setting('downloads')} (editions to carry offline), "
             f"{setting('portable')}"]
    parts = []
    for name, what in [("search", "browser search data"), ("downloads", "editions to carry offline"),
                       ("offline", "offline reading support")]:
        if (public / name).is_dir():
            size, files = output_size(public / name)
            names = ", ".join(sorted(os.listdir(public / name))) if files <= 4 else ""
            parts.append(f"{name}/ {what}: {files} files, {size / MIB:.1f} MiB" + (f" ({names})" if names else ""))
    index = sorted(public.parent.glob(f".{public.name}.search-index"))
    for path in index:
        size, files = output_size(path)
        parts.append(f"{path.name}/ (tantivy index for `handbook search`, beside the site): "
                     f"{files} files, {size / MIB:.1f} MiB")
    lines += ["this build wrote: " + parts[0]] + ["  " + p for p in parts[1:]] if parts else []
    return lines


def measure_size(pages, runs, modes, handbook, workdir):
    site = workdir / f"site-{pages}"
    say(f"\n=== {2 * pages:,} pages (2 languages x {pages:,}) + {pages:,} offices; {load()}")
    subprocess.run([sys.executable, str(GEN_SITE), str(site), str(pages), str(pages)], check=True)
    if os.environ.get("DOWNLOADS"):
        with open(site / "handbook" / "handbook.yaml", "a", encoding="utf-8") as config:
            config.write("downloads: true\n")
    tools = [
        Tool("handbook", [str(handbook), "build", "--quiet"], site / "handbook", ["public", ".public.*"], "--out"),
        Tool("hugo", ["hugo", "--quiet"], site / "hugo", ["public"], "--destination"),
    ]
    results = {}
    outputs = {}
    for mode in modes:
        # Clean: a new folder per run, none deleted until the end (see Fairness).
        into = (lambda tool, run: tool.into(f"fresh-{run}")) if mode == "clean" else (lambda tool, run: [])
        for tool in tools:  # warm-up: file cache, and the output for `rebuild`
            tool.clean()
            sync()
            run_timed(tool, into(tool, "warm-up"))
            out = "fresh-warm-up" if mode == "clean" else "public"
            outputs[tool.name] = output_size(tool.folder / out)
        samples = {tool.name: [] for tool in tools}
        for round_ in range(runs):
            for tool in tools:
                sync()
                samples[tool.name].append(run_timed(tool, into(tool, f"{mode}-{round_ + 1}")))
            walls = "  ".join(f"{t.name} {samples[t.name][-1]['wall']:.2f} s" for t in tools)
            say(f"  {mode} run {round_ + 1}/{runs}: {walls}; {load()}")
        for tool in tools:
            results[(mode, tool.name)] = summarise(samples[tool.name], 2 * pages, *outputs[tool.name])
    # One verbose build for the stage timings, into a new folder; then what it wrote.
    handbook_tool = tools[0]
    sync()
    stage_run = subprocess.run([str(handbook), "build", "--verbose", *handbook_tool.into("fresh-stages")],
                               cwd=handbook_tool.folder, capture_output=True, text=True, check=True)
    lines = stage_run.stderr.splitlines()
    info = {
        "site": describe_handbook_site(handbook_tool.folder, handbook_tool.folder / "fresh-stages"),
        "built": [line for line in lines if line.startswith("Built ")],
        "stages": [line for line in lines if re.match(r"^  \S+\s+[\d.]+ ms\b", line) or "ran beside" in line],
        "warnings": [line for line in lines if line.startswith("warning")],
    }
    return results, info


def summarise(samples, pages, size, files):
    walls = [s["wall"] for s in samples]
    wall = statistics.median(walls)
    return {
        "pages": pages, "wall": wall, "min": min(walls), "max": max(walls),
        "pages_per_s": pages / wall,
        "user": statistics.median(s["user"] for s in samples),
        "sys": statistics.median(s["sys"] for s in samples),
        "rss_mib": max(s["rss_mib"] for s in samples),
        "voluntary": statistics.median(s["voluntary"] for s in samples),
        "involuntary": statistics.median(s["involuntary"] for s in samples),
        "out_mib": size / MIB, "files": files, "runs": len(samples),
    }


def table(headers, rows, markdown=False):
    if markdown:
        lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(" --- " for _ in headers) + "|"]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    def fmt(row):
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
    return "\n".join([fmt(headers), "  ".join("-" * w for w in widths)] + [fmt(r) for r in rows])


def report(all_results, sizes, modes, markdown):
    say("\n" + "=" * 100)
    headers = ["tool, pages", "median wall", "range", "pages/s", "CPU user+sys", "CPU/wall",
               "peak RSS", "output", "files", "ctx sw vol/invol"]
    verdicts = []
    for mode in modes:
        rows, md_rows = [], []
        for pages in sizes:
            results = all_results[pages]
            for name in ("handbook", "hugo"):
                r = results[(mode, name)]
                cpu = r["user"] + r["sys"]
                rows.append([f"{name}, {r['pages']:,}", f"{r['wall']:.2f} s", f"{r['min']:.2f}-{r['max']:.2f}",
                             f"{r['pages_per_s']:,.0f}", f"{r['user']:.2f}+{r['sys']:.2f} s",
                             f"{cpu / r['wall']:.0%}", f"{r['rss_mib']:.0f} MiB", f"{r['out_mib']:.1f} MiB",
                             f"{r['files']:,}", f"{r['voluntary']:.0f}/{r['involuntary']:.0f}"])
                md_rows.append([f"`{name}`, {r['pages']:,} pages", f"{r['wall']:.2f} s",
                                f"{r['pages_per_s']:,.0f}", f"{r['rss_mib']:.0f} MiB",
                                f"{r['out_mib']:.1f} MiB, {r['files']:,} files"])
        say(f"\nOUTPUT={mode}: built into {'an empty folder' if mode == 'clean' else 'the previous output'}"
            f"; medians of {all_results[sizes[0]][(mode, 'handbook')]['runs']} runs, peak RSS = largest:\n")
        say(table(headers, rows))
        say("")
        ratio_rows = []
        for pages in sizes:
            hb, hugo = all_results[pages][(mode, "handbook")], all_results[pages][(mode, "hugo")]
            ratio_rows.append([f"{2 * pages:,} pages", f"{hb['pages_per_s'] / hugo['pages_per_s']:.2f}x",
                               f"{hugo['wall'] / hb['wall']:.2f}x", f"{hb['rss_mib'] / hugo['rss_mib']:.2f}"])
        say(table(["size", "handbook/Hugo pages/s", "Hugo/handbook time", "handbook/Hugo peak RSS"], ratio_rows))
        growth_rows = []
        if len(sizes) > 1:
            small, big = sizes[0], sizes[-1]
            factor = big / small
            for name in ("handbook", "hugo"):
                a, b = all_results[small][(mode, name)], all_results[big][(mode, name)]
                growth_rows.append([name, f"{b['wall'] / a['wall']:.2f}",
                                    f"{(b['user'] + b['sys']) / (a['user'] + a['sys']):.2f}",
                                    f"{b['rss_mib'] / a['rss_mib']:.2f}"])
            say(f"\nGrowth from {2 * small:,} to {2 * big:,} pages ({factor:g}x the pages; {factor:.1f} = linear):\n")
            say(table(["tool", "wall time", "CPU time", "peak RSS"], growth_rows))
        if markdown:
            say(f"\nMarkdown ({mode}):\n")
            md = md_rows + [[f"handbook/Hugo pages/s, {r[0]}", r[1], "", "", ""] for r in ratio_rows]
            say(table(["build", "median wall time", "pages/s", "peak memory", "output"], md, markdown=True))
        verdicts.append((mode, targets(all_results, sizes, mode)))
    say("\nANCHORS.md (another 2-core machine; compare as ratios), 2,000 pages:\n")
    say(table(["tool", "wall time", "pages/s", "peak memory"],
              [[n, f"{s:.2f} s", f"{p:,}", f"{m} MiB"] for n, s, p, m in ANCHORS]))
    for mode, lines in verdicts:
        say(f"\nTargets of issue 8 ({mode}):")
        for line in lines:
            say("  " + line)


def targets(all_results, sizes, mode):
    base = 1000 if 1000 in sizes else sizes[0]
    hb, hugo = all_results[base][(mode, "handbook")], all_results[base][(mode, "hugo")]
    ok = lambda met: "MET    " if met else "NOT MET"
    ratio = hb["pages_per_s"] / hugo["pages_per_s"]
    # Zola's anchor time carried over to this machine through Hugo's: Zola took 1.56/2.62 of
    # Hugo's time on the ANCHORS machine.
    zola_here = hugo["wall"] * ZOLA_SECONDS / HUGO_ANCHOR_SECONDS
    lines = [] if base == 1000 else [f"(the targets are for 2,000 pages; this run's smallest size is {2 * base:,})"]
    lines += [
        f"{ok(ratio >= 2)} at least 2x Hugo's pages/s side by side: {ratio:.2f}x at {2 * base:,} pages",
        f"{ok(hb['wall'] <= ZOLA_SECONDS)} as fast as Zola without search ({ZOLA_SECONDS} s, "
        f"{ZOLA_PAGES_PER_S:,} pages/s on the ANCHORS machine): {hb['wall']:.2f} s, {hb['pages_per_s']:,.0f} pages/s",
        f"{ok(hb['wall'] <= zola_here)}   the same, Zola's time scaled to this machine through Hugo's "
        f"(Hugo here {hugo['wall']:.2f} s x {ZOLA_SECONDS}/{HUGO_ANCHOR_SECONDS}): {zola_here:.2f} s",
        f"{ok(hb['rss_mib'] < MEMORY_TARGET_MIB)} peak memory below {MEMORY_TARGET_MIB} MiB at {2 * base:,} pages "
        f"(Zola {ZOLA_MIB} MiB): {hb['rss_mib']:.0f} MiB",
    ]
    if len(sizes) > 1:
        factor = sizes[-1] / sizes[0]
        growth = all_results[sizes[-1]][(mode, "handbook")]["wall"] / all_results[sizes[0]][(mode, "handbook")]["wall"]
        lines.append(f"{ok(growth <= factor * LINEAR_TOLERANCE)} cost growing linearly with pages "
                     f"(time ratio at most {factor * LINEAR_TOLERANCE:.1f} for {factor:g}x the pages): {growth:.2f}")
    return lines


def main():
    markdown = "--markdown" in sys.argv[1:] or bool(os.environ.get("MARKDOWN"))
    unknown = [a for a in sys.argv[1:] if a != "--markdown"]
    if unknown:
        sys.exit(__doc__ if unknown[0] in ("-h", "--help") else f"unknown argument {unknown[0]}; see --help")
    runs = int(os.environ.get("RUNS", "5"))
    sizes = env_int_list("PAGES", "1000,5000")
    output = os.environ.get("OUTPUT", "clean")
    modes = {"clean": ["clean"], "rebuild": ["rebuild"], "both": ["clean", "rebuild"]}.get(output)
    if not modes or runs < 1 or not sizes:
        sys.exit("OUTPUT must be clean, rebuild or both; RUNS and PAGES must be positive")
    require_tools()
    handbook, provenance = handbook_binary()
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip()
    keep = os.environ.get("KEEP")
    workdir = Path(keep).resolve() if keep else Path(tempfile.mkdtemp(prefix="handbook-build-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    say(f"handbook: {provenance}\nhugo: {hugo_version}\nsites in {workdir}; {runs} timed runs per tool "
        f"and size after one warm-up; output: {output}; {load()}")
    all_results, infos = {}, {}
    try:
        for pages in sizes:
            all_results[pages], infos[pages] = measure_size(pages, runs, modes, handbook, workdir)
    finally:
        if not keep:
            shutil.rmtree(workdir, ignore_errors=True)
    report(all_results, sizes, modes, markdown)
    say("\nWhat the handbook build includes (all of it is in the timings above):")
    for line in infos[sizes[0]]["site"]:
        say("  " + line)
    for pages in sizes:
        info = infos[pages]
        say(f"\nhandbook build --verbose, {2 * pages:,} pages (into an empty folder): "
            + " ".join(info["built"]))
        for line in info["stages"]:
            say(line)
        for line in info["warnings"]:
            say("  (" + (line[:100] + "…" if len(line) > 100 else line) + ")")
    say(f"\nHandbook {provenance.split(', ', 1)[-1]}; {hugo_version.split(' ')[0]} {hugo_version.split(' ')[1]}; "
        f"at the end: {load()}")


if __name__ == "__main__":
    main()
