#!/usr/bin/env python3
"""Cold starts of several PlanBot builds on one existing store, interleaved (bench/README.md, section 6, session 7).

usage: bench/start-times.py ROUNDS STORE BUILD_DIR [BUILD_DIR ...]

Each round starts every build once (the order reversed every other round) in local mode on STORE (an SQLite file a
PlanBot has already migrated and seeded, e.g. one `dotnet run --project src/PlanBot` left behind), polls
/healthz/live then /healthz/ready every 5 ms, reads the process's CPU time at ready from /proc, and stops it. Each start runs in its build's folder, as deployed. Prints
each start and, per build, the medians. Standard library only.
"""
import http.client
import os
import socket
import statistics
import subprocess
import sys
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status(port, path):
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        connection.request("GET", path)
        code = connection.getresponse().status
        connection.close()
        return code
    except OSError:
        return None


def start_once(build, store):
    build, store = os.path.abspath(build), os.path.abspath(store)
    port = free_port()
    env = dict(os.environ, ASPNETCORE_URLS=f"http://127.0.0.1:{port}", ConnectionStrings__PlanStore=f"Data Source={store}",
               PlanBot__LocalMode="true", DOTNET_ENVIRONMENT="Production", ASPNETCORE_ENVIRONMENT="Production")
    started = time.monotonic()
    # Run as deployed (the container's WORKDIR, the systemd unit's WorkingDirectory): in the build's folder, so its
    # appsettings.json and log levels apply.
    process = subprocess.Popen(["dotnet", os.path.join(build, "PlanBot.dll")], env=env, cwd=build,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    live = ready = None
    try:
        while ready is None and time.monotonic() - started < 30:
            if live is None and status(port, "/healthz/live") == 200:
                live = time.monotonic() - started
            elif live is not None and status(port, "/healthz/ready") == 200:
                ready = time.monotonic() - started
            else:
                time.sleep(0.005)
        with open(f"/proc/{process.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")
    finally:
        process.terminate()
        process.wait()
    if ready is None:
        sys.exit(f"{build} was not ready within 30 s")
    return live * 1000, ready * 1000, cpu


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    rounds, store, builds = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    results = {build: [] for build in builds}
    for round_number in range(1, rounds + 1):
        for build in builds if round_number % 2 else reversed(builds):
            live, ready, cpu = start_once(build, store)
            results[build].append((live, ready, cpu))
            print(f"round {round_number} {build}: /healthz/live {live:.0f} ms, ready {ready:.0f} ms, {cpu:.0f} ms CPU", flush=True)
    for build, starts in results.items():
        live, ready, cpu = (statistics.median(column) for column in zip(*starts))
        print(f"{build}: median /healthz/live {live:.0f} ms, ready {ready:.0f} ms, {cpu:.0f} ms CPU to ready")


if __name__ == "__main__":
    main()
