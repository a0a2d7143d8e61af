"""The external programs the browser tests drive: Debian's Chromium and the Nu HTML Checker.

Locally a missing program skips the tests with a message saying what to install;
in CI (the ``CI`` variable is set) it fails them, so a green run always means
the browser really ran.
"""

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
OUTPUT = ROOT / "test-output" / "e2e"

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # Only the test server is reachable: no page may load anything from elsewhere.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


def missing(reason):
    """Skip locally, fail in CI: a browser test that silently did not run proves nothing."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (mandatory in CI)", pytrace=False)
    pytest.skip(reason)


def require_chromium():
    if not CHROMIUM.exists():
        missing(f"{CHROMIUM} is absent: install Debian's chromium package to run the browser tests")
    return str(CHROMIUM)


def require_vnu():
    java = shutil.which("java")
    if not java:
        missing("java is absent: install default-jre-headless to run the HTML checker")
    if not VNU_JAR.exists():
        missing(f"{VNU_JAR.relative_to(ROOT)} is absent: run `npm ci` at the repository root")
    return [java, "-jar", str(VNU_JAR)]
