"""Reading the demo corpus from the YAML files under ``kb/demo/content``.

Editors correct the demo there, not in code; see the README in that folder.
"""

from pathlib import Path

import yaml

CONTENT = Path(__file__).resolve().parent / "content"


def read(name):
    """The data of one file, e.g. ``read("glossary.yaml")``."""
    with (CONTENT / name).open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def read_folder(folder):
    """``(key, data)`` for each file of a folder, in the order of the file names.

    A file is named ``NN-key.yaml``: the number keeps the order in which the demo adds
    the pages, the key is the page's slug and stable name.
    """
    return [
        (path.stem.split("-", 1)[1], read(path.relative_to(CONTENT)))
        for path in sorted((CONTENT / folder).glob("*.yaml"))
    ]
