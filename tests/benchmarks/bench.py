"""`make bench`: how fast the portal serves its pages, measured against Django itself.

Not a test: it reports, it does not pass or fail. It builds a throwaway demo
database, serves the portal with gunicorn on production settings on 127.0.0.1
(once with the anonymous page cache on, once with it off), serves a one-file
Django "Hello" view (``hello.py``) and a static file with the same workers, and
drives each page with wrk (Debian's package; installed when missing and running
as root). For each page it prints and writes to ``.bench/results.json``:
requests per second, p50/p99 latency, non-2xx/3xx responses, database queries
per request, bytes, and the ratio to "Hello" (and to the static file).

Goals it reports against: cached anonymous pages at least 0.5 of hello (aiming at
0.8, what whitenoise serves a static file at); uncached pages at most 10 queries
and at least 0.05 of hello. Each app adds its pages in ``measure.py``.

    make bench                  # BENCH_SECONDS=5 BENCH_CONNECTIONS=16 by default
"""

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
WORKERS = int(os.environ.get("BENCH_WORKERS", str(os.cpu_count() or 2)))
PORTS = {"cached": 8801, "uncached": 8802, "hello": 8803}
GOAL_WORDS = {True: "met", False: "NOT met", None: ""}
GOALS = {
    "cached": "≥ 0.5 of hello (aim 0.8)",
    "uncached": "≤ 10 queries, ≥ 0.05 of hello",
}


def log(message):
    print(message, file=sys.stderr, flush=True)


def ensure_wrk():
    if shutil.which("wrk"):
        return shutil.which("wrk")
    if os.geteuid() == 0 and shutil.which("apt-get"):
        log("Installing wrk from Debian's packages…")
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "wrk"],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
            stdout=subprocess.DEVNULL,
        )
        return shutil.which("wrk")
    sys.exit("make bench needs wrk: sudo apt-get install -y wrk")


def environment(work, cached=True):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "bench-only-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{work / 'bench.sqlite3'}",
        "MEDIA_ROOT": str(work / "media"),
        "SEARCH_INDEX_PATH": str(work / "search-index"),
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
        "PORTAL_PAGE_CACHE_SECONDS": "300" if cached else "0",
    }


def manage(env, *args):
    subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )


def prepare(work):
    env = environment(work)
    log("Building the demo database (migrate, load_demo, update_index, collectstatic)…")
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo", "--force")
    manage(env, "update_index")
    manage(env, "collectstatic", "--noinput")
    return env


def measure_in_process(env):
    output = subprocess.run(
        [PYTHON, "tests/benchmarks/measure.py"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def serve(env, port, app, chdir=ROOT):
    process = subprocess.Popen(
        [
            GUNICORN,
            app,
            "--workers",
            str(WORKERS),
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "--chdir",
            str(chdir),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return process
        time.sleep(0.2)
    process.terminate()
    sys.exit(f"gunicorn did not start on port {port}")


def wrk(url):
    # Warm up: the first request fills the page cache and the workers' own caches.
    subprocess.run(["curl", "-s", "-o", "/dev/null", url], check=False)
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": latency(output, "50%"),
        "p99_ms": latency(output, "99%"),
        "non_2xx": int(m.group(1))
        if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", output))
        else 0,
    }


def latency(output, percentile):
    value, unit = re.search(rf"\s{re.escape(percentile)}\s+([\d.]+)(us|ms|s)", output).groups()
    return round(float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit], 2)


def static_url(env):
    manifest = json.loads((ROOT / "staticfiles" / "staticfiles.json").read_text())
    return "/static/" + manifest["paths"]["css/portal.css"]


def main():
    ensure_wrk()
    work = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    env = prepare(work)
    pages = {
        "cached": measure_in_process(env),
        "uncached": measure_in_process(environment(work, cached=False)),
    }
    servers = [
        serve(env, PORTS["cached"], "portal.wsgi"),
        serve(environment(work, cached=False), PORTS["uncached"], "portal.wsgi"),
        serve(os.environ.copy(), PORTS["hello"], "hello", chdir=ROOT / "tests" / "benchmarks"),
    ]
    rows = []
    try:
        hello = wrk(f"http://127.0.0.1:{PORTS['hello']}/")  # measured again at the end
        static = wrk(f"http://127.0.0.1:{PORTS['cached']}{static_url(env)}")
        rows.append({"page": "hello (one-file Django)", "mode": "", **hello, "queries": 0})
        rows.append({"page": "static file (whitenoise)", "mode": "", **static, "queries": 0})
        for mode in ("cached", "uncached"):
            for name, page in pages[mode].items():
                result = wrk(f"http://127.0.0.1:{PORTS[mode]}{page['url']}")
                rows.append(
                    {
                        "page": name,
                        "mode": mode,
                        **result,
                        "queries": page["queries"],
                        "bytes": page["bytes"],
                        "status": page["status"],
                        "url": page["url"],
                    }
                )
        again = wrk(f"http://127.0.0.1:{PORTS['hello']}/")
        # The faster of the two runs, so no page's ratio is flattered by a slow start.
        hello = max(hello, again, key=lambda result: result["rps"])
        rows[0].update(hello)
    finally:
        for server in servers:
            server.terminate()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)
    for row in rows:
        row["of_hello"] = round(row["rps"] / hello["rps"], 3)
        row["of_static"] = round(row["rps"] / static["rps"], 3)
        row["goal_met"] = goal_met(row)
    report(rows, hello, static)


def goal_met(row):
    """Whether a page meets its goal (None for the yardsticks)."""
    if row["mode"] == "cached":
        return row["of_hello"] >= 0.5 and row["non_2xx"] == 0
    if row["mode"] == "uncached":
        return row["queries"] <= 10 and row["of_hello"] >= 0.05 and row["non_2xx"] == 0
    return None


def report(rows, hello, static):
    results = {
        "machine": {
            "cpus": os.cpu_count(),
            "workers": WORKERS,
            "connections": CONNECTIONS,
            "seconds": SECONDS,
        },
        "goals": GOALS,
        "static_of_hello": round(static["rps"] / hello["rps"], 3),
        "rows": rows,
    }
    out = ROOT / ".bench"
    out.mkdir(exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=2))
    header = (
        f"{'page':30} {'mode':9} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'non2xx':>6} "
        f"{'queries':>7} {'bytes':>7} {'×hello':>7}  goal"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row['page']:30} {row['mode']:9} {row['rps']:8.0f} {row['p50_ms']:7.2f} "
            f"{row['p99_ms']:7.2f} {row['non_2xx']:6d} {row['queries']:7d} "
            f"{row.get('bytes', 0):7d} {row['of_hello']:7.3f}  {GOAL_WORDS[row['goal_met']]}"
        )
    print(
        f"\nGoals: cached {GOALS['cached']}; uncached {GOALS['uncached']}. "
        f"Static file: {results['static_of_hello']} of hello. Written to .bench/results.json"
    )


if __name__ == "__main__":
    main()
