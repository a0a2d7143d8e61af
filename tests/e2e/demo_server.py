"""A real server over a fresh copy of the demo corpus, in its own SQLite file.

The browser tests need the whole demo (users, sheets, sessions, onboarding
path) and must not run inside a test transaction, so the site is built once
per test session in a subprocess and served by gunicorn on a free loopback port.
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from .tools import ROOT

START_TIMEOUT = 60
PREPARE_TIMEOUT = 600


@dataclass
class DemoSite:
    url: str
    accounts: dict
    pages: dict
    groups: list
    log: Path
    process: subprocess.Popen = field(repr=False)

    def page_info(self, language, kind):
        """URL, id and title of one page of the demo; a clear failure when the demo lacks it."""
        found = self.pages.get(language, {}).get(kind)
        if not found:
            raise LookupError(f"the demo has no live {kind} page in {language}")
        return found

    def page(self, language, kind):
        return self.page_info(language, kind)["url"]

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def server_environment(database):
    env = dict(os.environ)
    for name in ("ELASTICSEARCH_URL", "TEST_ELASTICSEARCH_URL", "REDIS_URL"):
        env.pop(name, None)
    env["DJANGO_SETTINGS_MODULE"] = "kb.settings.test"
    env["DATABASE_URL"] = f"sqlite:///{database}"
    env["PYTHONUNBUFFERED"] = "1"
    return env


def prepare(env):
    done = subprocess.run(
        [sys.executable, "-m", "tests.e2e.prepare_demo"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=PREPARE_TIMEOUT,
        check=False,
    )
    if done.returncode != 0:
        output = f"{done.stdout[-3000:]}\n{done.stderr[-5000:]}"
        raise RuntimeError(f"building the demo failed:\n{output}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_serving(url, process, log):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped at start:\n{log.read_text()[-5000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(
        f"the server did not answer within {START_TIMEOUT} s:\n{log.read_text()[-5000:]}"
    )


def start(workdir):
    """Build the demo in ``workdir`` and serve it; the caller stops it."""
    env = server_environment(workdir / "demo.sqlite3")
    described = prepare(env)
    port = free_port()
    log = workdir / "server.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [
                sys.executable, "-m", "gunicorn", "kb.wsgi:application",
                "--bind", f"127.0.0.1:{port}",
                "--workers", "1", "--threads", "8", "--timeout", "120",
                "--access-logfile", "-", "--error-logfile", "-",
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(f"{url}/", process, log)
    except RuntimeError:
        process.kill()
        process.wait()
        raise
    return DemoSite(
        url, described["accounts"], described["pages"], described["groups"], log, process
    )
