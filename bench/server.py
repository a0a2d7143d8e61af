"""Processes the benchmark starts: Django management commands and a gunicorn server."""

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = "kb.settings.bench"
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
# The client gives up on a request after this many seconds, and gunicorn aborts the worker.
PEER_TIMEOUT = int(os.environ.get("BENCH_PEER_TIMEOUT", "30"))


def django_env(database_url, extra=None):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("ELASTICSEARCH_", "DJANGO_SETTINGS_MODULE", "DATABASE_URL"))
    }
    env.update(
        {"DJANGO_SETTINGS_MODULE": SETTINGS, "DATABASE_URL": database_url, "PYTHONPATH": str(ROOT)}
    )
    env.update(extra or {})
    return env


def fresh_postgres(base, suffix):
    """An empty PostgreSQL database named after ``base`` and ``suffix``; returns its URL."""
    import psycopg

    prefix, _, name = base.rpartition("/")
    name = f"{name or 'ancora_bench'}_{suffix}"
    with psycopg.connect(f"{prefix}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{prefix}/{name}"


def manage(env, *args, capture=True):
    """Run ``manage.py`` with the bench settings; returns its standard output."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=capture,
        text=True,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def timed_manage(env, *args):
    started = time.perf_counter()
    manage(env, *args)
    return time.perf_counter() - started


def python_module(env, module, *args, stdin=None):
    result = subprocess.run(
        [sys.executable, "-m", module, *args],
        env=env,
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(f"python -m {module} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """gunicorn with the bench settings on a free loopback port, stopped on exit."""

    def __init__(self, env, log_path):
        self.env = env
        self.log_path = log_path
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = None

    def __enter__(self):
        log = open(self.log_path, "a")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "kb.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(WORKERS),
                "--worker-class",
                "sync",
                # A worker still busy with a request the client gave up on is aborted
                # and replaced, so the next requests do not queue behind it.
                "--timeout",
                str(PEER_TIMEOUT),
                "--graceful-timeout",
                "5",
            ],
            env=self.env,
            cwd=ROOT,
            stdout=log,
            stderr=log,
        )
        self._log = log
        self._wait_ready()
        return self

    def _wait_ready(self):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited; see {self.log_path}")
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
            try:
                connection.request("GET", "/bench/floor/")
                if connection.getresponse().status == 200:
                    return
            except OSError:
                time.sleep(0.3)
            finally:
                connection.close()
        raise RuntimeError(f"gunicorn did not answer within 60 s; see {self.log_path}")

    def worker_pids(self):
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return [int(pid) for pid in path.read_text().split()]
        except OSError:
            return []

    def peak_rss_mb(self):
        """The highest resident memory any worker reached (VmHWM), in MiB."""
        peaks = []
        for pid in self.worker_pids():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    peaks.append(int(line.split()[1]) / 1024)
        return round(max(peaks), 1) if peaks else None

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log.close()
