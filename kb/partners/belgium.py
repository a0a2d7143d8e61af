"""The map of Belgium the site draws itself: a simplified outline and where each city lies.

No tiles and nothing fetched: the outline is a few dozen border points (longitude,
latitude), projected here onto the map's own coordinates. The cities of the
experiment are placed from their longitude and latitude; a city added to the
taxonomy later is still listed beside the map, only not drawn on it until its
place is added here.
"""

from math import cos, radians

# Degrees of longitude shrink towards the pole: at Belgium's latitude one is about 0.64 of one
# of latitude.
WEST, EAST, NORTH, SOUTH = 2.5, 6.45, 51.55, 49.45
X_SCALE = cos(radians((NORTH + SOUTH) / 2))
UNIT = 150  # map units per degree of latitude
MARGIN = 12
WIDTH = round((EAST - WEST) * X_SCALE * UNIT + 2 * MARGIN)
HEIGHT = round((NORTH - SOUTH) * UNIT + 2 * MARGIN)

# Clockwise from the coast at the French border: the North Sea, the Netherlands, Germany,
# Luxembourg and France.
BORDER = [
    (2.54, 51.09), (2.92, 51.23), (3.37, 51.37), (3.53, 51.29), (3.83, 51.21),
    (4.01, 51.25), (4.24, 51.37), (4.40, 51.36), (4.67, 51.43), (4.77, 51.50),
    (4.92, 51.41), (5.03, 51.48), (5.23, 51.31), (5.49, 51.29), (5.67, 51.18),
    (5.84, 51.16), (5.76, 50.96), (5.64, 50.85), (5.70, 50.76), (6.02, 50.75),
    (6.27, 50.62), (6.17, 50.52), (6.40, 50.33), (6.13, 50.13), (5.97, 50.17),
    (5.75, 49.99), (5.87, 49.73), (5.82, 49.55), (5.47, 49.50), (5.30, 49.63),
    (4.87, 49.79), (4.85, 49.95), (4.83, 50.15), (4.68, 49.99), (4.45, 49.94),
    (4.17, 49.97), (4.15, 50.26), (3.70, 50.31), (3.62, 50.49), (3.29, 50.53),
    (3.25, 50.71), (3.05, 50.78), (2.87, 50.70), (2.63, 50.82),
]  # fmt: skip

# Longitude and latitude of the cities, by taxonomy slug.
CITIES = {
    "brussels": (4.35, 50.85),
    "liege": (5.57, 50.63),
    "charleroi": (4.44, 50.41),
    "namur": (4.87, 50.47),
    "kortrijk": (3.26, 50.83),
    "hasselt": (5.34, 50.93),
    "genk": (5.50, 50.97),
    "ghent": (3.72, 51.05),
}

# Where a city's name goes from its dot, so that close cities keep their names apart.
LABEL_SIDE = {"brussels": "left", "kortrijk": "left", "hasselt": "left", "charleroi": "left"}

# Where a city's name starts from its dot, by side, and the height of a line of the label.
LABEL_OFFSET = {"right": (9, 4), "left": (-9, 4)}
LINE = 15


def project(longitude, latitude):
    """Map coordinates of a point: x to the east, y downwards, rounded to a tenth of a unit."""
    x = MARGIN + (longitude - WEST) * X_SCALE * UNIT
    y = MARGIN + (NORTH - latitude) * UNIT
    return round(x, 1), round(y, 1)


OUTLINE = "M" + " L".join("{},{}".format(*project(*point)) for point in BORDER) + " Z"
VIEW_BOX = f"0 0 {WIDTH} {HEIGHT}"


def position(slug):
    """``(x, y, side)`` of a city on the map, or None when its place is not known here."""
    if slug not in CITIES:
        return None
    x, y = project(*CITIES[slug])
    return x, y, LABEL_SIDE.get(slug, "right")
