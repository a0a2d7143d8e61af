"""Read the page count and page sizes of a PDF that Chromium printed."""

import re

A4_POINTS = (595.28, 841.89)
PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")


def page_sizes(pdf):
    """(width, height) in points of each page; Chromium writes its page objects uncompressed."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return _sizes_from_bytes(pdf)
    import io

    return [
        (float(page.mediabox.width), float(page.mediabox.height))
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def _sizes_from_bytes(pdf):
    count = len(PAGE_OBJECT.findall(pdf))
    boxes = [
        (float(x1) - float(x0), float(y1) - float(y0)) for x0, y0, x1, y1 in MEDIA_BOX.findall(pdf)
    ]
    if len(boxes) != count:
        # A box shared through the page tree: every page has the same size.
        boxes = boxes[:1] * count
    return boxes


def is_a4(size, tolerance=2.0):
    pairs = zip(size, A4_POINTS, strict=True)
    return all(abs(measured - a4) <= tolerance for measured, a4 in pairs)
