#!/usr/bin/env python3
"""Draws Puente's icons and writes them next to this script.

Standard library only (zlib + struct), so it runs on any build machine without ImageMagick or PIL.
Shapes are signed distance functions in unit coordinates (0..1, y down); each pixel's coverage is
derived from the distance at its centre, which gives clean anti-aliased edges at every size.
The output is deterministic, so re-running the script leaves git clean unless a shape changed.

Writes:
  puente-<N>.png   the app icon at 16, 32, 48, 64, 128, 256 px (Linux hicolor, window icon)
  puente.ico       Windows icon (PNG-compressed entries, Vista and later)
  puente.icns      macOS icon (PNG entries: 16 to 512 px)
  nav/<page>-<N>.png  navigation icons at 24, 32 and 48 px, one colour

Usage: python3 make_icons.py [--preview FILE]   (--preview writes an enlarged contact sheet to check)
"""

import math
import struct
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
APP_SIZES = (16, 32, 48, 64, 128, 256)
ICNS_TYPES = ((16, b"icp4"), (32, b"icp5"), (64, b"icp6"), (128, b"ic07"), (256, b"ic08"), (512, b"ic09"))
NAV_SIZES = (24, 32, 48)  # each rendered on its own pixel grid: crisp in the list and on HiDPI
NAV_COLOUR = (0x2F, 0x5B, 0x8A)


# --- Signed distance primitives (negative inside) ---------------------------------------------

def sd_round_box(x, y, cx, cy, hw, hh, r):
    qx = abs(x - cx) - hw + r
    qy = abs(y - cy) - hh + r
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    return outside + min(max(qx, qy), 0.0) - r


def sd_circle(x, y, cx, cy, r):
    return math.hypot(x - cx, y - cy) - r


def sd_segment(x, y, ax, ay, bx, by, r):
    px, py = x - ax, y - ay
    ex, ey = bx - ax, by - ay
    h = max(0.0, min(1.0, (px * ex + py * ey) / (ex * ex + ey * ey)))
    return math.hypot(px - ex * h, py - ey * h) - r


def sd_polyline(x, y, pts, r):
    return min(sd_segment(x, y, *pts[i], *pts[i + 1], r) for i in range(len(pts) - 1))


def sd_polygon(x, y, pts):
    d = (x - pts[0][0]) ** 2 + (y - pts[0][1]) ** 2
    sign = 1.0
    j = len(pts) - 1
    for i in range(len(pts)):
        vix, viy = pts[i]
        vjx, vjy = pts[j]
        ex, ey = vjx - vix, vjy - viy
        wx, wy = x - vix, y - viy
        h = max(0.0, min(1.0, (wx * ex + wy * ey) / (ex * ex + ey * ey)))
        bx, by = wx - ex * h, wy - ey * h
        d = min(d, bx * bx + by * by)
        c1, c2, c3 = y >= viy, y < vjy, ex * wy > ey * wx
        if (c1 and c2 and c3) or not (c1 or c2 or c3):
            sign = -sign
        j = i
    return sign * math.sqrt(d)


def sd_rotated_box(x, y, cx, cy, hw, hh, r, angle):
    c, s = math.cos(angle), math.sin(angle)
    dx, dy = x - cx, y - cy
    return sd_round_box(c * dx + s * dy, -s * dx + c * dy, 0.0, 0.0, hw, hh, r)


def stroke(d, half_width):
    return abs(d) - half_width


# --- Raster and file formats -------------------------------------------------------------------

def render(size, layers):
    """layers: list of (sdf(x, y, size) -> float, colour(x, y) -> (r, g, b)) painted in order."""
    pixels = bytearray(size * size * 4)
    for py in range(size):
        y = (py + 0.5) / size
        for px in range(size):
            x = (px + 0.5) / size
            r = g = b = a = 0.0
            for sdf, colour in layers:
                cover = max(0.0, min(1.0, 0.5 - sdf(x, y, size) * size))
                if cover <= 0.0:
                    continue
                cr, cg, cb = colour(x, y)
                # Porter-Duff "over" with straight (non-premultiplied) colours.
                out_a = cover + a * (1.0 - cover)
                r = (cr * cover + r * a * (1.0 - cover)) / out_a
                g = (cg * cover + g * a * (1.0 - cover)) / out_a
                b = (cb * cover + b * a * (1.0 - cover)) / out_a
                a = out_a
            i = (py * size + px) * 4
            pixels[i:i + 4] = bytes((round(r), round(g), round(b), round(a * 255)))
    return pixels


def png_bytes(size, rgba, height=None):
    height = size if height is None else height
    raw = b"".join(b"\x00" + bytes(rgba[row * size * 4:(row + 1) * size * 4]) for row in range(height))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def ico_bytes(images):
    """images: list of (size, png). An ICO directory whose entries are whole PNG files."""
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, png in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return out + b"".join(png for _, png in images)


def icns_bytes(images):
    """images: list of (type code, png)."""
    body = b"".join(code + struct.pack(">I", len(png) + 8) + png for code, png in images)
    return b"icns" + struct.pack(">I", len(body) + 8) + body


# --- The app icon: a suspension bridge on a blue tile ------------------------------------------

TOP = (0x2F, 0x80, 0xED)
BOTTOM = (0x17, 0x4A, 0x9C)
WHITE = (0xFF, 0xFF, 0xFF)


def tile_colour(_x, y):
    t = max(0.0, min(1.0, (y - 0.05) / 0.9))
    return tuple(TOP[i] + (BOTTOM[i] - TOP[i]) * t for i in range(3))


def cable_points(x0, y0, x1, y1, sag_y, steps=24):
    """A parabola from (x0, y0) to (x1, y1) whose lowest point is sag_y at the middle."""
    pts = []
    for k in range(steps + 1):
        t = k / steps
        x = x0 + (x1 - x0) * t
        base = y0 + (y1 - y0) * t
        pts.append((x, base + (sag_y - (y0 + y1) / 2) * 4 * t * (1 - t)))
    return pts


MAIN_CABLE = cable_points(0.31, 0.22, 0.69, 0.22, 0.56)
HANGER_XS = (0.385, 0.44, 0.5, 0.56, 0.615)


def side_cable(x0, y0, x1, y1, steps=12):
    """Side span: hangs below the straight line from the tower top to the anchorage."""
    return [(x0 + (x1 - x0) * k / steps, y0 + (y1 - y0) * (1 - (1 - k / steps) ** 2)) for k in range(steps + 1)]


LEFT_CABLE = side_cable(0.31, 0.22, 0.09, 0.60)
RIGHT_CABLE = side_cable(0.69, 0.22, 0.91, 0.60)


def cable_y(x):
    """Height of the main cable at x (linear lookup on its polyline)."""
    for (ax, ay), (bx, by) in zip(MAIN_CABLE, MAIN_CABLE[1:]):
        if ax <= x <= bx:
            return ay + (by - ay) * (x - ax) / (bx - ax)
    return MAIN_CABLE[-1][1]


def bridge_sdf(x, y, size):
    px = 1.0 / size
    line = max(0.022, 0.7 * px)  # thin parts never get thinner than ~1.4 px
    tile = sd_round_box(x, y, 0.5, 0.5, 0.47, 0.47, 0.21)
    deck = sd_round_box(x, y, 0.5, 0.64, 0.42, max(0.035, 0.9 * px), 0.02)
    towers = min(sd_round_box(x, y, tx, 0.51, max(0.035, 0.9 * px), 0.31, 0.012) for tx in (0.31, 0.69))
    shapes = min(deck, towers)
    if size >= 32:
        shapes = min(shapes, sd_polyline(x, y, MAIN_CABLE, line),
                     sd_polyline(x, y, LEFT_CABLE, line), sd_polyline(x, y, RIGHT_CABLE, line))
    else:  # 16 px: one bold cable keeps the silhouette readable
        shapes = min(shapes, sd_polyline(x, y, MAIN_CABLE, 0.05))
    if size >= 64:  # hangers only where there is room for them
        shapes = min(shapes, min(sd_segment(x, y, hx, cable_y(hx), hx, 0.62, line * 0.6) for hx in HANGER_XS))
    return max(shapes, tile)  # clip to the tile


def app_icon(size):
    layers = [
        (lambda x, y, s: sd_round_box(x, y, 0.5, 0.5, 0.47, 0.47, 0.21), tile_colour),
        (bridge_sdf, lambda _x, _y: WHITE),
    ]
    return render(size, layers)


# --- Navigation icons --------------------------------------------------------------------------

def nav_dashboard(x, y, _s):
    r = 0.06
    return min(sd_round_box(x, y, 0.30, 0.34, 0.17, 0.21, r),
               sd_round_box(x, y, 0.30, 0.75, 0.17, 0.11, r),
               sd_round_box(x, y, 0.70, 0.25, 0.17, 0.11, r),
               sd_round_box(x, y, 0.70, 0.66, 0.17, 0.21, r))


def nav_products(x, y, _s):
    body = stroke(sd_round_box(x, y, 0.5, 0.58, 0.33, 0.27, 0.05), 0.04)
    lid = sd_round_box(x, y, 0.5, 0.24, 0.40, 0.09, 0.04)
    handle = sd_segment(x, y, 0.40, 0.50, 0.60, 0.50, 0.045)
    return min(body, lid, handle)


def nav_mappings(x, y, _s):
    w = 0.045
    top = min(sd_segment(x, y, 0.14, 0.33, 0.70, 0.33, w),
              sd_polygon(x, y, [(0.64, 0.17), (0.90, 0.33), (0.64, 0.49)]))
    bottom = min(sd_segment(x, y, 0.30, 0.67, 0.86, 0.67, w),
                 sd_polygon(x, y, [(0.36, 0.51), (0.10, 0.67), (0.36, 0.83)]))
    return min(top, bottom)


PAGE = [(0.20, 0.08), (0.60, 0.08), (0.80, 0.28), (0.80, 0.92), (0.20, 0.92)]


def nav_documents(x, y, _s):
    outline = stroke(sd_polygon(x, y, PAGE), 0.04)
    fold = sd_polyline(x, y, [(0.60, 0.08), (0.60, 0.28), (0.80, 0.28)], 0.035)
    lines = min(sd_segment(x, y, 0.34, y0, 0.66, y0, 0.035) for y0 in (0.48, 0.62, 0.76))
    return min(outline, fold, lines)


def nav_activity(x, y, _s):
    pts = [(0.07, 0.55), (0.28, 0.55), (0.39, 0.25), (0.55, 0.82), (0.66, 0.45), (0.73, 0.55), (0.93, 0.55)]
    return sd_polyline(x, y, pts, 0.05)


def nav_settings(x, y, _s):
    ring = sd_circle(x, y, 0.5, 0.5, 0.28)
    teeth = min(sd_rotated_box(x, y, 0.5, 0.5, 0.42, 0.075, 0.03, k * math.pi / 4) for k in range(4))
    gear = min(ring, teeth)
    return max(gear, -sd_circle(x, y, 0.5, 0.5, 0.12))


NAV_ICONS = {
    "dashboard": nav_dashboard,
    "products": nav_products,
    "mappings": nav_mappings,
    "documents": nav_documents,
    "activity": nav_activity,
    "settings": nav_settings,
}


def nav_icon(sdf, size):
    return render(size, [(sdf, lambda _x, _y: NAV_COLOUR)])


# --- Preview (not committed): everything enlarged with nearest-neighbour scaling ---------------

def preview(path):
    tiles = [(s, app_icon(s)) for s in APP_SIZES] + [(32, nav_icon(f, 32)) for f in NAV_ICONS.values()]
    scale_to = 128
    width = scale_to * len(tiles)
    sheet = bytearray(b"\xf4\xf5\xf7\xff" * width * scale_to)
    for t, (size, rgba) in enumerate(tiles):
        for py in range(scale_to):
            sy = py * size // scale_to
            for px in range(scale_to):
                sx = px * size // scale_to
                src = (sy * size + sx) * 4
                a = rgba[src + 3] / 255
                dst = (py * width + t * scale_to + px) * 4
                for c in range(3):
                    sheet[dst + c] = round(rgba[src + c] * a + sheet[dst + c] * (1 - a))
    Path(path).write_bytes(png_bytes(width, sheet, scale_to))


def main(argv):
    if len(argv) == 3 and argv[1] == "--preview":
        preview(argv[2])
        return 0
    pngs = {}
    for size in sorted(set(APP_SIZES) | {s for s, _ in ICNS_TYPES}):
        pngs[size] = png_bytes(size, app_icon(size))
    for size in APP_SIZES:
        (HERE / f"puente-{size}.png").write_bytes(pngs[size])
    (HERE / "puente.ico").write_bytes(ico_bytes([(s, pngs[s]) for s in (16, 32, 48, 64, 128, 256)]))
    (HERE / "puente.icns").write_bytes(icns_bytes([(code, pngs[s]) for s, code in ICNS_TYPES]))
    (HERE / "nav").mkdir(exist_ok=True)
    for name, sdf in NAV_ICONS.items():
        for size in NAV_SIZES:
            (HERE / "nav" / f"{name}-{size}.png").write_bytes(png_bytes(size, nav_icon(sdf, size)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
