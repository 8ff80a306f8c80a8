"""Load check for ``accord serve`` (a script, not a timed test): requests/s and latency percentiles.

Starts ``accord serve`` on a free loopback port in a child process, then this
process sends a bounded burst (``--requests`` in all, ``--concurrency`` at a
time, round-robin over a few endpoints) and prints requests/s, p50, p95 and p99
per endpoint and overall.  Only loopback addresses are used.

    python bench/load_check.py --db accord.duckdb --requests 2000 --concurrency 4
    python bench/load_check.py --synthetic 1000000 --requests 2000 --concurrency 4
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    """``accord serve`` in a child process; waits until it answers."""
    command = [sys.executable, "-m", "accord.cli", "serve", "--db", str(db), "--host", HOST, "--port", str(port)]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise SystemExit(f"accord serve exited: {child.stderr.read().decode() if child.stderr else ''}")
        try:
            if httpx.get(f"http://{HOST}:{port}/api/stats", timeout=2).status_code == 200:
                return child
        except httpx.TransportError:
            time.sleep(0.2)
    child.terminate()
    raise SystemExit("accord serve did not answer within 60 s")


def endpoints(base: str) -> list[str]:
    """A few typical requests: list pages, a filtered list, aggregates, one event, the overview page."""
    first = httpx.get(f"{base}/api/events", params={"limit": 1}).json()["events"]
    paths = [
        "/api/events?limit=50",
        "/api/events?dyad=RUS-TKM&both=true&limit=50",
        "/api/dyads?limit=20",
        "/api/timeseries?interval=month&actor=RUS",
        "/api/stats",
        "/",
    ]
    if first:
        paths.append(f"/api/events/{first[0]['global_event_id']}")
    return paths


def burst(base: str, paths: list[str], total: int, concurrency: int) -> tuple[dict[str, list[float]], float, int]:
    """Send ``total`` requests with ``concurrency`` threads; latencies per path, wall seconds, failures."""
    latencies: dict[str, list[float]] = {p: [] for p in paths}
    failures = 0
    lock = threading.Lock()
    counter = iter(range(total))

    def worker() -> None:
        nonlocal failures
        with httpx.Client(base_url=base, timeout=30) as client:
            while True:
                with lock:
                    number = next(counter, None)
                if number is None:
                    return
                path = paths[number % len(paths)]
                started = time.perf_counter()
                response = client.get(path)
                elapsed = time.perf_counter() - started
                with lock:
                    latencies[path].append(elapsed)
                    failures += response.status_code != 200

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, time.perf_counter() - started, failures


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(latencies: dict[str, list[float]], wall: float, failures: int, concurrency: int) -> None:
    every = [v for values in latencies.values() for v in values]
    load, python = os.getloadavg()[0], platform.python_version()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load {load:.1f}, python {python}")
    rate = len(every) / wall
    print(f"{len(every)} requests, {concurrency} concurrent, {wall:.1f} s: {rate:.0f} requests/s, {failures} not 200")
    print(f"{'endpoint':48} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for path, values in latencies.items():
        print(
            f"{path[:48]:48} {len(values):5d} {1000 * statistics.median(values):8.1f} "
            f"{1000 * percentile(values, 0.95):8.1f} {1000 * percentile(values, 0.99):8.1f}"
        )
    print(
        f"{'all':48} {len(every):5d} {1000 * statistics.median(every):8.1f} "
        f"{1000 * percentile(every, 0.95):8.1f} {1000 * percentile(every, 0.99):8.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=Path("accord.duckdb"), help="Store to serve.")
    parser.add_argument("--synthetic", type=int, help="Serve a synthetic store of this many events instead.")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    if not 1 <= args.requests <= 100_000 or not 1 <= args.concurrency <= 64:
        parser.error("keep the burst bounded: --requests 1..100000, --concurrency 1..64")
    db = args.db
    if args.synthetic:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from store_bench import build

        db = Path(tempfile.mkdtemp(prefix="accord-load-")) / "synthetic.duckdb"
        print(f"built {args.synthetic:,} synthetic events in {build(db, args.synthetic):.1f} s")
    port = free_port()
    server = start_server(db, port)
    try:
        base = f"http://{HOST}:{port}"
        paths = endpoints(base)
        burst(base, paths, len(paths) * 3, 1)  # warm-up: caches, thread cursors
        report(*burst(base, paths, args.requests, args.concurrency), args.concurrency)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
