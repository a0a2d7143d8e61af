"""The shared cache production runs with (Redis), started for the workers when the machine has one.

Without it each gunicorn worker keeps its own fragments and routes for a
minute, so a sheet the other worker rendered is rendered again and the
figures measure a setup production does not run. ``BENCH_REDIS=off``
measures that setup on purpose.
"""

import os
import shutil
import socket
import subprocess
import time
from contextlib import contextmanager

from .server import free_port


def wanted():
    """The redis-server to start, or None (absent, or ``BENCH_REDIS=off``)."""
    if os.environ.get("BENCH_REDIS", "auto") == "off":
        return None
    return shutil.which("redis-server")


@contextmanager
def shared_cache():
    """The environment that points the workers at a fresh, memory-only Redis ({} without one)."""
    binary = wanted()
    if binary is None:
        yield {}
        return
    port = free_port()
    process = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_ready(port, process)
        yield {"REDIS_URL": f"redis://127.0.0.1:{port}/0"}
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_ready(port, process):
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("redis-server exited at start")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("redis-server did not answer within 10 s")
