"""Run the Nu HTML Checker over saved pages in one Java start."""

import json
import subprocess
from pathlib import Path


def check_files(vnu_command, files):
    """Map each file to the errors the checker found in it (an empty list when valid)."""
    done = subprocess.run(
        [*vnu_command, "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    output = done.stdout.strip() or done.stderr.strip()
    try:
        messages = json.loads(output)["messages"]
    except (ValueError, KeyError) as error:
        raise RuntimeError(f"the HTML checker gave no report: {output[-2000:]}") from error
    errors = {Path(file).resolve(): [] for file in files}
    for message in messages:
        source = Path(message.get("url", "").removeprefix("file:")).resolve()
        errors.setdefault(source, []).append(message)
    return errors


def describe(messages):
    return "\n".join(
        f"line {message.get('lastLine', '?')}: {message.get('message')}"
        f"  [{(message.get('extract') or '').strip()[:120]}]"
        for message in messages
    )
