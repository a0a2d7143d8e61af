"""Backup and restore: the whole site in one portable archive.

An archive is a gzipped tar holding ``manifest.json`` (versions, row counts,
a checksum of every file), ``data.json`` (Django's JSON serialisation of every
table, read in one transaction so pages, revisions and users agree) and
``media/`` (uploaded images and documents). Caches, derived tables and work
in flight (sessions, login attempts, search documents, index entries and the
words learnt from them, reference index, image renditions, embeds, background
tasks) are left out and
rebuilt after a restore: the search index by the project's own rebuild, in the
database and the cluster.

Primary keys are kept as they are, content types and permissions included,
rather than replaced by natural keys: revisions and StreamField values store
ids inside their JSON, and audit log entries keep the id of a deleted page,
which no natural key could name. The JSON itself is database-neutral, so an
archive of a SQLite site restores into PostgreSQL.
"""

import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

import wagtail

FORMAT_VERSION = 1
EXCLUDED = [
    "sessions",
    "axes",
    "wagtailsearch",
    # The search index and what it learnt from the pages; synonym groups and the
    # searches without results are people's work and stay in.
    "search.SearchDocument",
    "search.SearchFacetValue",
    "search.SearchGlossaryLink",
    "search.SearchTitleTerm",
    "search.SearchTitleStart",
    "search.SimilarDocument",
    "search.ElasticRemoval",
    "search.SearchWord",
    "wagtailcore.ReferenceIndex",
    "wagtailcore.UploadedFile",
    "wagtailadmin.EditingSession",
    "wagtailimages.Rendition",
    "wagtailembeds.Embed",
    # Background tasks and their results: work in flight, not content.
    "django_tasks_database",
]
# Renditions are regenerated from the original images on demand.
EXCLUDED_MEDIA_DIRS = {"images"}
# Registered in SERIALIZATION_MODULES: JSON that keeps times to the microsecond.
PRECISE_JSON = "precise-json"
MANIFEST = "manifest.json"
DATA = "data.json"
MEDIA = "media"


class BackupError(Exception):
    """The archive cannot be written or trusted; the message says why."""


def excluded(model):
    return model._meta.app_label in EXCLUDED or model._meta.label in EXCLUDED


def saved_models():
    return [
        model
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy and not excluded(model)
    ]


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def media_files(root: Path):
    """Uploaded files under ``root``, as paths relative to it, renditions left out."""
    if not root.is_dir():
        return []
    return sorted(
        path.relative_to(root)
        for path in root.rglob("*")
        if path.is_file() and path.relative_to(root).parts[0] not in EXCLUDED_MEDIA_DIRS
    )


def dump_order():
    """App labels with content types first: loading a task or page builds its content type
    if none is there yet, which must be the archived one, not a new row."""
    first = ["contenttypes", "auth"]
    return [
        *first,
        *(config.label for config in apps.get_app_configs() if config.label not in first),
    ]


def dump_database(path):
    """Every saved table in one consistent read; returns the row count per model."""
    starts_transaction = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and starts_transaction:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        counts = {model._meta.label: model._base_manager.count() for model in saved_models()}
        call_command(
            "dumpdata",
            *dump_order(),
            exclude=EXCLUDED,
            use_base_manager=True,
            format=PRECISE_JSON,
            output=str(path),
            verbosity=0,
        )
    return counts


def add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def write_backup(destination):
    """Write the archive to ``destination`` (a file, or a folder to put it in)."""
    destination = Path(destination)
    if destination.is_dir():
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
        destination = destination / f"ancora-backup-{stamp}.tar.gz"
    destination.parent.mkdir(parents=True, exist_ok=True)
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as work:
        data_path = Path(work) / DATA
        counts = dump_database(data_path)
        files = {str(name): sha256_of(media_root / name) for name in media_files(media_root)}
        manifest = {
            "format": FORMAT_VERSION,
            "created": timezone.now().isoformat(),
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "database": connection.vendor,
            "counts": counts,
            "data_sha256": sha256_of(data_path),
            "files": files,
        }
        partial = destination.with_name(destination.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2).encode())
            archive.add(data_path, DATA)
            for name in files:
                archive.add(media_root / name, f"{MEDIA}/{name}")
        os.replace(partial, destination)
    return destination, manifest


def unpack(source, into):
    """Extract and verify an archive; returns its manifest."""
    try:
        with tarfile.open(source, "r:gz") as archive:
            archive.extractall(into, filter="data")
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"{source} is not a readable backup archive: {error}") from error
    into = Path(into)
    try:
        manifest = json.loads((into / MANIFEST).read_text())
    except (OSError, ValueError) as error:
        raise BackupError(f"{source} has no readable manifest.") from error
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
    if sha256_of(into / DATA) != manifest["data_sha256"]:
        raise BackupError("The database dump does not match its checksum.")
    for name, checksum in manifest["files"].items():
        path = into / MEDIA / name
        if not path.is_file() or sha256_of(path) != checksum:
            raise BackupError(f"The media file {name} is missing or damaged.")
    return manifest


def database_holds_users():
    return get_user_model().objects.exists()


def empty_database():
    """Delete every row of every table, as a fresh database has none."""
    deferred_checks = connection.vendor == "postgresql"
    if deferred_checks:
        # Pending foreign key checks would forbid TRUNCATE in this transaction.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    if deferred_checks:
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def restore_media(unpacked: Path):
    media_root = Path(settings.MEDIA_ROOT)
    source = unpacked / MEDIA
    if source.is_dir():
        shutil.copytree(source, media_root, dirs_exist_ok=True)


def rebuild_derived_data():
    """What the archive leaves out: the search and reference indexes, caches."""
    call_command("update_index", verbosity=0)  # Wagtail's own, for the admin's search
    call_command("rebuild_references_index", verbosity=0)
    cache.clear()
    call_command("search_index", "rebuild", stdout=io.StringIO())


def check_counts(manifest):
    found = {model._meta.label: model._base_manager.count() for model in saved_models()}
    wrong = {
        label: (count, found.get(label))
        for label, count in manifest["counts"].items()
        if found.get(label) != count
    }
    if wrong:
        raise BackupError(f"Restored row counts differ from the archive: {wrong}")


def restore_backup(source, force=False):
    """Replace the database and media with the archive's; all or nothing for the database."""
    with tempfile.TemporaryDirectory() as work:
        manifest = unpack(source, work)
        if database_holds_users() and not force:
            raise BackupError(
                "This database already holds users; a restore replaces everything in it. "
                "Restore into a fresh database, or pass --force."
            )
        restore_media(Path(work))
        with transaction.atomic():
            empty_database()
            ContentType.objects.clear_cache()
            call_command("loaddata", str(Path(work) / DATA), verbosity=0)
            ContentType.objects.clear_cache()
            check_counts(manifest)
    rebuild_derived_data()
    return manifest


def summary(manifest):
    counts = Counter(manifest["counts"])
    return {
        "pages": counts["wagtailcore.Page"],
        "revisions": counts["wagtailcore.Revision"],
        "users": counts[get_user_model()._meta.label],
        "files": len(manifest["files"]),
    }
