"""Placeholder photos, posters, portraits and logos drawn with Pillow for the demo catalogue.

Every picture is derived from a key only, so seeding twice writes the same bytes and
each item still looks different from its neighbours. Nothing is downloaded.
"""

import hashlib
import math
import random
from collections.abc import Callable
from functools import cache
from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

PHOTO_SIZE = (1600, 1000)
POSTER_SIZE = (800, 1200)
PORTRAIT_SIZE = (800, 1000)
LOGO_SIZE = (600, 600)

Color = tuple[int, int, int]
Point = tuple[float, float]

TERRACOTTA: Color = (122, 59, 29)
SAND: Color = (244, 228, 200)
INK: Color = (31, 26, 23)
OCHRE: Color = (194, 112, 61)

# (zenith, horizon) pairs: dawn, noon haze, dusk, golden hour.
SKIES: list[tuple[Color, Color]] = [
    ((92, 112, 160), (247, 200, 152)),
    ((74, 132, 190), (226, 218, 204)),
    ((58, 42, 84), (242, 146, 84)),
    ((118, 150, 192), (250, 212, 152)),
]
DUNE_TONES: list[Color] = [(222, 160, 98), (206, 138, 76), (186, 112, 58), (160, 88, 44), (132, 68, 34)]
# Font files tried in turn: Debian/Ubuntu, Fedora, macOS, Windows; Pillow's own font last.
SERIF_FONTS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "/usr/share/fonts/dejavu-serif-fonts/DejaVuSerif-Bold.ttf",
    "/System/Library/Fonts/Supplemental/Georgia Bold.ttf",
    "C:/Windows/Fonts/georgiab.ttf",
    "DejaVuSerif-Bold.ttf",
]
SANS_FONTS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
    "/System/Library/Fonts/Supplemental/Arial.ttf",
    "C:/Windows/Fonts/arial.ttf",
    "DejaVuSans.ttf",
]


def _rng(key: str) -> random.Random:
    """A random generator that depends on the key alone (hash() is salted per process)."""
    seed = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big")
    return random.Random(seed)  # noqa: S311 (pictures, not secrets)


@cache
def _font(serif: bool, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in SERIF_FONTS if serif else SANS_FONTS:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def _mix(a: Color, b: Color, t: float) -> Color:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def _shade(color: Color, factor: float) -> Color:
    return _mix(color, (0, 0, 0), 1 - factor) if factor < 1 else _mix(color, (255, 255, 255), factor - 1)


def _gradient(size: tuple[int, int], top: Color, bottom: Color) -> Image.Image:
    """A vertical gradient, drawn as one column and stretched (fast at any width)."""
    width, height = size
    column = Image.new("RGB", (1, height))
    column.putdata([_mix(top, bottom, y / max(height - 1, 1)) for y in range(height)])
    return column.resize(size, Image.Resampling.NEAREST)


def _jpeg(image: Image.Image, quality: int = 86) -> ContentFile:
    buffer = BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=quality, optimize=True)
    return ContentFile(buffer.getvalue())


def _ridge(rng: random.Random, width: int, base: float, amplitude: float, waves: int = 3) -> list[Point]:
    """A skyline of summed sine waves: dunes when smooth, mountains when jagged."""
    phases = [rng.uniform(0, math.tau) for _ in range(waves)]
    lengths = [rng.uniform(0.6, 1.4) * width / (i + 1) for i in range(waves)]
    points = []
    for x in range(0, width + 20, 20):
        y = base + sum(
            amplitude / (i + 1) * math.sin(x / lengths[i] * math.tau + phases[i]) for i in range(waves)
        )
        points.append((x, y))
    return points


def _fill_below(image: Image.Image, ridge: list[Point], top: Color, bottom: Color) -> None:
    """Paint a gradient under a ridge line, through a polygon mask over the band it covers."""
    width, height = image.size
    crest = max(0, int(min(y for _, y in ridge)))
    band = (width, height - crest)
    mask = Image.new("L", band, 0)
    ImageDraw.Draw(mask).polygon(
        [*((x, y - crest) for x, y in ridge), (width, band[1]), (0, band[1])], fill=255
    )
    image.paste(_gradient(band, top, bottom), (0, crest), mask=mask)


def _sky(image: Image.Image, rng: random.Random, horizon: float) -> tuple[Color, Color]:
    """Sky, sun and the High Atlas on the horizon; returns the sky colours used."""
    width, height = image.size
    zenith, glow = rng.choice(SKIES)
    image.paste(_gradient((width, round(height * horizon) + 1), zenith, glow), (0, 0))
    # Haze below the horizon line, where a low ridge would otherwise leave a gap.
    image.paste(glow, (0, round(height * horizon), width, height))
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    sun_x, sun_y, radius = (
        rng.uniform(0.15, 0.85) * width,
        height * horizon * rng.uniform(0.3, 0.7),
        width / 22,
    )
    for step in range(8, 0, -1):
        r = radius * (1 + step * 0.45)
        draw.ellipse((sun_x - r, sun_y - r, sun_x + r, sun_y + r), fill=(255, 236, 200, 14))
    draw.ellipse((sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius), fill=(255, 244, 222, 235))
    image.paste(overlay, mask=overlay)
    far = _mix(zenith, glow, 0.55)
    ridge = _ridge(rng, width, height * horizon * 0.92, height * 0.06, waves=5)
    _fill_below(image, ridge, _mix(far, (90, 90, 130), 0.35), _mix(far, (120, 100, 120), 0.2))
    return zenith, glow


def _dunes(image: Image.Image, rng: random.Random, start: float, layers: int = 3) -> None:
    width, height = image.size
    for layer in range(layers):
        base = height * (start + (1 - start) * layer / (layers + 0.5))
        tone = DUNE_TONES[min(layer + rng.randint(0, 1), len(DUNE_TONES) - 1)]
        ridge = _ridge(rng, width, base, height * 0.035 * (layer + 1), waves=2)
        _fill_below(image, ridge, _shade(tone, 1.12), _shade(tone, 0.82))


def _ground(image: Image.Image, horizon: float, tone: Color) -> None:
    width, height = image.size
    image.paste(
        _gradient((width, height - round(height * horizon)), _shade(tone, 1.1), _shade(tone, 0.75)),
        (0, round(height * horizon)),
    )


def _arch(draw: ImageDraw.ImageDraw, x: float, bottom: float, w: float, h: float, fill: Color) -> None:
    """A horseshoe-topped doorway or window."""
    draw.rectangle((x, bottom - h + w / 2, x + w, bottom), fill=fill)
    draw.ellipse((x, bottom - h, x + w, bottom - h + w), fill=fill)


def _palm(draw: ImageDraw.ImageDraw, x: float, bottom: float, height: float, color: Color) -> None:
    top = (x + height * 0.12, bottom - height)
    draw.line(
        [(x, bottom), (x + height * 0.05, bottom - height / 2), top],
        fill=color,
        width=max(4, round(height / 30)),
    )
    for angle in range(0, 360, 40):
        rad = math.radians(angle)
        tip = (top[0] + math.cos(rad) * height * 0.35, top[1] + math.sin(rad) * height * 0.16 + height * 0.06)
        draw.line(
            [top, ((top[0] + tip[0]) / 2, top[1] - height * 0.05), tip], fill=color, width=6, joint="curve"
        )


def _scene_dunes(image: Image.Image, rng: random.Random) -> None:
    _sky(image, rng, 0.55)
    _dunes(image, rng, 0.55, layers=4)


def _scene_land(image: Image.Image, rng: random.Random) -> None:
    width, height = image.size
    _sky(image, rng, 0.58)
    _ground(image, 0.6, (200, 150, 100))
    draw = ImageDraw.Draw(image)
    vanish = rng.uniform(0.35, 0.65) * width
    draw.polygon(
        [
            (vanish - 6, height * 0.6),
            (vanish + 6, height * 0.6),
            (width * 0.62, height),
            (width * 0.38, height),
        ],
        fill=(176, 128, 84),
    )
    for _ in range(14):
        x = rng.uniform(0, width)
        y = rng.uniform(height * 0.64, height * 0.95)
        draw.ellipse((x - 18, y - 8, x + 18, y + 8), fill=(120, 110, 60))
    for i in range(9):
        x = width * 0.05 + i * width * 0.11
        draw.line([(x, height * 0.62), (x, height * 0.66)], fill=INK, width=4)


def _scene_medina(image: Image.Image, rng: random.Random) -> None:
    width, height = image.size
    _sky(image, rng, 0.6)
    _ground(image, 0.78, (206, 168, 120))
    draw = ImageDraw.Draw(image)
    x = -rng.uniform(0, 80)
    while x < width:
        w, h = rng.uniform(150, 300), rng.uniform(260, 520)
        tone = _mix(
            rng.choice([(232, 200, 150), (214, 164, 112), (236, 214, 178), (200, 140, 96)]), SAND, 0.15
        )
        top, bottom = height * 0.78 - h, height * 0.78
        draw.rectangle((x, top, x + w, bottom), fill=tone)
        draw.rectangle((x + w * 0.82, top, x + w, bottom), fill=_shade(tone, 0.8))
        draw.rectangle((x - 4, top - 10, x + w + 4, top), fill=_shade(tone, 0.9))
        _arch(draw, x + w * 0.3, bottom, w * 0.34, h * 0.45, _shade(tone, 0.35))
        for row in range(int(h // 140)):
            _arch(draw, x + w * 0.12, top + 50 + row * 130, w * 0.16, 60, _shade(tone, 0.5))
        x += w + rng.uniform(-10, 30)
    _palm(draw, rng.uniform(0.1, 0.9) * width, height * 0.8, height * 0.42, (52, 62, 40))


def _scene_kasbah(image: Image.Image, rng: random.Random) -> None:
    width, height = image.size
    _sky(image, rng, 0.62)
    _ground(image, 0.8, (190, 126, 80))
    draw = ImageDraw.Draw(image)
    tone = rng.choice([(176, 98, 58), (190, 112, 66), (160, 86, 50)])
    ground = height * 0.8
    draw.rectangle((width * 0.08, ground - height * 0.32, width * 0.92, ground), fill=_shade(tone, 0.92))
    for i in range(5):
        cx = width * (0.12 + i * 0.19) + rng.uniform(-20, 20)
        h, w = height * rng.uniform(0.45, 0.62), width * rng.uniform(0.09, 0.12)
        top = ground - h
        draw.polygon(
            [(cx - w / 2, ground), (cx - w * 0.4, top), (cx + w * 0.4, top), (cx + w / 2, ground)], fill=tone
        )
        draw.polygon(
            [(cx + w * 0.15, ground), (cx + w * 0.12, top), (cx + w * 0.4, top), (cx + w / 2, ground)],
            fill=_shade(tone, 0.78),
        )
        for t in range(5):
            tx = cx - w * 0.4 + t * w * 0.2
            draw.rectangle((tx, top - 22, tx + w * 0.1, top), fill=tone)
        for t in range(4):
            tx = cx - w * 0.3 + t * w * 0.16
            draw.polygon(
                [(tx, top + 60), (tx + w * 0.07, top + 40), (tx + w * 0.14, top + 60)],
                fill=_shade(tone, 0.55),
            )
        _arch(draw, cx - w * 0.08, top + h * 0.45, w * 0.16, h * 0.12, _shade(tone, 0.35))
    _palm(draw, width * rng.uniform(0.02, 0.1), ground + 20, height * 0.4, (46, 56, 36))


def _scene_ancient(image: Image.Image, rng: random.Random) -> None:
    width, height = image.size
    _sky(image, rng, 0.6)
    _ground(image, 0.8, (214, 186, 140))
    draw = ImageDraw.Draw(image)
    stone = rng.choice([(226, 208, 172), (214, 192, 150), (232, 216, 186)])
    ground = height * 0.8
    draw.rectangle((0, ground - height * 0.18, width, ground), fill=_shade(stone, 0.85))
    left, right = width * rng.uniform(0.2, 0.3), width * rng.uniform(0.7, 0.8)
    for step in range(3):
        draw.rectangle(
            (left - 40 + step * 14, ground - 20 * (step + 1), right + 40 - step * 14, ground - 20 * step),
            fill=_shade(stone, 0.95 - step * 0.04),
        )
    top = ground - height * 0.5
    columns = 6
    for i in range(columns):
        cx = left + (right - left) * i / (columns - 1)
        draw.rectangle((cx - 22, top, cx + 22, ground - 60), fill=stone)
        draw.rectangle((cx + 6, top, cx + 22, ground - 60), fill=_shade(stone, 0.8))
        draw.rectangle((cx - 30, top - 14, cx + 30, top), fill=_shade(stone, 0.92))
    draw.rectangle((left - 50, top - 60, right + 50, top - 14), fill=_shade(stone, 0.9))
    draw.polygon([(left - 60, top - 60), ((left + right) / 2, top - 170), (right + 60, top - 60)], fill=stone)
    for i in range(3):
        cx = rng.uniform(0.03, 0.15) * width if i % 2 else rng.uniform(0.86, 0.97) * width
        broken = ground - rng.uniform(100, 260)
        draw.rectangle((cx - 20, broken, cx + 20, ground), fill=_shade(stone, 0.9))


def _scene_town(image: Image.Image, rng: random.Random) -> None:
    width, height = image.size
    _sky(image, rng, 0.55)
    _ground(image, 0.8, (170, 150, 126))
    draw = ImageDraw.Draw(image)
    x = -rng.uniform(0, 60)
    ground = height * 0.8
    while x < width:
        w, floors = rng.uniform(180, 320), rng.randint(2, 5)
        h = floors * 95 + 30
        tone = rng.choice([(214, 204, 186), (196, 182, 160), (226, 216, 196), (184, 170, 150)])
        draw.rectangle((x, ground - h, x + w, ground), fill=tone)
        for floor in range(floors):
            for col in range(int(w // 70)):
                wx, wy = x + 20 + col * 70, ground - h + 30 + floor * 95
                draw.rectangle((wx, wy, wx + 34, wy + 46), fill=_shade(tone, 0.45))
        tank_x = x + rng.uniform(20, w - 60)
        draw.rectangle((tank_x, ground - h - 34, tank_x + 40, ground - h), fill=(90, 96, 100))
        draw.line([(x + w / 2, ground - h), (x + w / 2 + 240, ground - h + 60)], fill=(40, 40, 40), width=2)
        x += w + rng.uniform(0, 24)


def _interior(image: Image.Image, wall: Color, floor: Color, horizon: float = 0.62) -> None:
    width, height = image.size
    image.paste(_gradient((width, round(height * horizon)), _shade(wall, 0.55), wall), (0, 0))
    image.paste(
        _gradient((width, height - round(height * horizon)), floor, _shade(floor, 0.55)),
        (0, round(height * horizon)),
    )


def _light_cones(image: Image.Image, rng: random.Random, count: int, warm: bool = True) -> None:
    width, height = image.size
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for i in range(count):
        x = width * (i + 0.5) / count + rng.uniform(-40, 40)
        target = x + rng.uniform(-200, 200)
        color = (255, 214, 150, 46) if warm else (190, 210, 255, 40)
        draw.polygon(
            [(x - 10, 70), (x + 10, 70), (target + 220, height * 0.9), (target - 220, height * 0.9)],
            fill=color,
        )
        draw.ellipse((target - 230, height * 0.86, target + 230, height * 0.94), fill=color)
        draw.rectangle((x - 16, 50, x + 16, 78), fill=(20, 20, 20, 255))
    image.paste(overlay, mask=overlay)


def _scene_stage(image: Image.Image, rng: random.Random) -> None:
    width, height = image.size
    _interior(image, rng.choice([(70, 62, 58), (52, 56, 64), (84, 70, 58)]), (96, 88, 80))
    draw = ImageDraw.Draw(image)
    draw.rectangle((width * 0.12, height * 0.2, width * 0.88, height * 0.62), fill=(214, 206, 194))
    draw.rectangle((width * 0.12, height * 0.6, width * 0.88, height * 0.64), fill=(190, 182, 170))
    # Floor boards run towards a vanishing point behind the cyclorama, drawn from its foot only.
    for i in range(-8, 9):
        draw.line(
            [(width / 2 + i * width * 0.035, height * 0.64), (width / 2 + i * width * 0.12, height)],
            fill=(82, 74, 68),
            width=2,
        )
    for y in (40, 90):
        draw.line([(0, y), (width, y)], fill=(24, 24, 24), width=6)
    _light_cones(image, rng, rng.randint(3, 5), warm=rng.random() < 0.7)


def _scene_post(image: Image.Image, rng: random.Random) -> None:
    width, height = image.size
    _interior(image, (34, 34, 40), (28, 26, 28), horizon=0.66)
    draw = ImageDraw.Draw(image)
    still = Image.new("RGB", (480, 280))
    _scene_dunes(still, rng)
    for x, w in [(0.08, 0.26), (0.37, 0.26), (0.66, 0.26)]:
        box = (
            round(width * x),
            round(height * 0.2),
            round(width * (x + w)),
            round(height * 0.2 + width * w * 0.56),
        )
        draw.rectangle((box[0] - 10, box[1] - 10, box[2] + 10, box[3] + 10), fill=(12, 12, 14))
        image.paste(still.resize((box[2] - box[0], box[3] - box[1])), box[:2])
    draw.polygon(
        [(0, height * 0.7), (width, height * 0.7), (width, height * 0.78), (0, height * 0.78)],
        fill=(60, 48, 40),
    )
    for i in range(24):
        x = width * 0.36 + (i % 12) * 36
        y = height * 0.72 + (i // 12) * 22
        draw.ellipse((x, y, x + 18, y + 12), fill=(200, 140, 80) if i % 5 == 0 else (90, 90, 96))


def _scene_office(image: Image.Image, rng: random.Random) -> None:
    width, height = image.size
    _interior(image, (236, 222, 198), (170, 130, 96), horizon=0.7)
    view = Image.new("RGB", (round(width * 0.5), round(height * 0.42)))
    _scene_dunes(view, rng)
    image.paste(view, (round(width * 0.08), round(height * 0.14)))
    draw = ImageDraw.Draw(image)
    wx, wy, ww, wh = width * 0.08, height * 0.14, view.width, view.height
    draw.rectangle((wx, wy, wx + ww, wy + wh), outline=(120, 86, 60), width=14)
    draw.line([(wx + ww / 2, wy), (wx + ww / 2, wy + wh)], fill=(120, 86, 60), width=10)
    board = (width * 0.66, height * 0.16, width * 0.92, height * 0.5)
    draw.rectangle(board, fill=(196, 160, 120))
    for i in range(6):
        x = board[0] + 20 + (i % 3) * 120
        y = board[1] + 20 + (i // 3) * 150
        draw.rectangle((x, y, x + 96, y + 124), fill=(250, 248, 240))
    draw.rectangle((width * 0.2, height * 0.66, width * 0.8, height * 0.7), fill=TERRACOTTA)
    for x in (0.25, 0.75):
        draw.rectangle(
            (width * x - 8, height * 0.7, width * x + 8, height * 0.92), fill=_shade(TERRACOTTA, 0.7)
        )


def _scene_workshop(image: Image.Image, rng: random.Random) -> None:
    width, height = image.size
    _interior(image, (110, 86, 64), (140, 112, 84), horizon=0.68)
    door = Image.new("RGB", (round(width * 0.3), round(height * 0.5)))
    _scene_dunes(door, rng)
    image.paste(door, (round(width * 0.6), round(height * 0.18)))
    draw = ImageDraw.Draw(image)
    for x in range(0, width, 200):
        draw.line([(x, 0), (x + 100, 120), (x + 200, 0)], fill=(60, 46, 36), width=8)
    for i in range(5):
        x = width * 0.06 + i * width * 0.09
        lean = rng.uniform(20, 60)
        draw.polygon(
            [
                (x, height * 0.8),
                (x + 110, height * 0.8),
                (x + 110 + lean, height * 0.3),
                (x + lean, height * 0.3),
            ],
            fill=rng.choice([(204, 160, 110), (226, 188, 140), (180, 136, 90)]),
        )
    draw.rectangle((width * 0.05, height * 0.8, width * 0.55, height * 0.84), fill=(90, 64, 44))


def _scene_costumes(image: Image.Image, rng: random.Random) -> None:
    width, height = image.size
    _interior(image, (92, 74, 66), (120, 98, 84))
    draw = ImageDraw.Draw(image)
    fabrics = [
        (44, 62, 120),
        (200, 150, 40),
        (150, 40, 40),
        (240, 236, 224),
        (60, 110, 90),
        (120, 70, 120),
        TERRACOTTA,
    ]
    for row, (y, scale) in enumerate([(0.22, 0.7), (0.4, 1.0)]):
        draw.line([(0, height * y), (width, height * y)], fill=(40, 36, 34), width=round(8 * scale))
        x = rng.uniform(-20, 0)
        while x < width:
            w = rng.uniform(40, 70) * scale
            length = rng.uniform(280, 440) * scale
            top = height * y
            color = rng.choice(fabrics)
            draw.polygon(
                [
                    (x, top + 10),
                    (x + w, top + 10),
                    (x + w * 1.25, top + length),
                    (x - w * 0.25, top + length),
                ],
                fill=_shade(color, 0.7 + row * 0.3),
            )
            x += w * 0.9


def _scene_props(image: Image.Image, rng: random.Random) -> None:
    width, height = image.size
    _interior(image, (100, 80, 64), (126, 102, 80))
    draw = ImageDraw.Draw(image)
    for shelf in range(3):
        y = height * (0.32 + shelf * 0.22)
        draw.rectangle((0, y, width, y + 14), fill=(70, 50, 36))
        x = rng.uniform(10, 40)
        while x < width - 60:
            w, h = rng.uniform(50, 110), rng.uniform(60, 150)
            color = rng.choice(
                [(180, 96, 52), (150, 110, 70), (210, 170, 110), (90, 110, 120), (200, 180, 150)]
            )
            if rng.random() < 0.6:
                draw.ellipse((x, y - h, x + w, y), fill=color)
                draw.rectangle((x + w * 0.3, y - h - 18, x + w * 0.7, y - h + 10), fill=_shade(color, 0.85))
            else:
                draw.rectangle((x, y - h, x + w, y), fill=color)
                draw.rectangle((x + w * 0.1, y - h + 10, x + w * 0.9, y - 10), fill=_shade(color, 0.75))
            x += w + rng.uniform(10, 40)


def _scene_construction(image: Image.Image, rng: random.Random) -> None:
    width, height = image.size
    _sky(image, rng, 0.58)
    _ground(image, 0.62, (206, 158, 108))
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    left, right = width * rng.uniform(0.2, 0.3), width * rng.uniform(0.65, 0.8)
    base, roof = height * 0.82, height * 0.3
    corners = [(left, base), (right, base), (right, roof), (left, roof), (left, base)]
    for (x1, y1), (x2, y2) in zip(corners, corners[1:], strict=False):
        steps = 40
        for s in range(0, steps, 2):
            draw.line(
                [
                    (x1 + (x2 - x1) * s / steps, y1 + (y2 - y1) * s / steps),
                    (x1 + (x2 - x1) * (s + 1) / steps, y1 + (y2 - y1) * (s + 1) / steps),
                ],
                fill=(255, 255, 255, 210),
                width=5,
            )
    image.paste(overlay, mask=overlay)
    solid = ImageDraw.Draw(image)
    mast = width * rng.uniform(0.82, 0.9)
    solid.line([(mast, height * 0.85), (mast, height * 0.12)], fill=INK, width=12)
    solid.line(
        [(mast - width * 0.3, height * 0.14), (mast + width * 0.08, height * 0.14)], fill=INK, width=10
    )
    solid.line([(mast - width * 0.2, height * 0.14), (mast - width * 0.2, height * 0.4)], fill=INK, width=3)
    for i in range(6):
        x = left + (right - left) * i / 5
        solid.line([(x, base + 30), (x, base - 10)], fill=(90, 60, 40), width=6)
        solid.polygon([(x, base - 10), (x + 26, base - 2), (x, base + 6)], fill=(230, 110, 40))


SCENES: dict[str, Callable[[Image.Image, random.Random], None]] = {
    "dunes": _scene_dunes,
    "land": _scene_land,
    "medina": _scene_medina,
    "kasbah": _scene_kasbah,
    "ancient": _scene_ancient,
    "town": _scene_town,
    "stage": _scene_stage,
    "post": _scene_post,
    "office": _scene_office,
    "workshop": _scene_workshop,
    "costumes": _scene_costumes,
    "props": _scene_props,
    "construction": _scene_construction,
}


def _watermark(image: Image.Image, text: str) -> None:
    """A quiet corner label, so staff can tell placeholders from real photos."""
    draw = ImageDraw.Draw(image)
    font = _font(False, max(14, image.width // 80))
    draw.text((image.width - 24, image.height - 20), text, font=font, fill=(255, 255, 255), anchor="rd")


def photo(key: str, scene: str, size: tuple[int, int] = PHOTO_SIZE) -> ContentFile:
    """A landscape placeholder photo of the scene ("medina", "stage"...; see SCENES)."""
    image = Image.new("RGB", size, SAND)
    SCENES[scene](image, _rng(key))
    _watermark(image, "placeholder · Oasis Studios Morocco")
    return _jpeg(image)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, max_width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=font) <= max_width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def _fit_title(draw: ImageDraw.ImageDraw, text: str, max_width: float, max_lines: int, start: int):
    """The largest serif size at which the text wraps into max_lines lines of max_width."""
    size = start
    while size > 20:
        font = _font(True, size)
        lines = _wrap(draw, text, font, max_width)
        if len(lines) <= max_lines and all(draw.textlength(line, font=font) <= max_width for line in lines):
            return font, lines
        size -= 6
    font = _font(True, 20)
    return font, _wrap(draw, text, font, max_width)


def _spaced(text: str) -> str:
    return " ".join(text.upper())


def poster(key: str, title: str, year: str, kind: str, subtitle: str = "") -> ContentFile:
    """A 2:3 title-card poster: a desert scene under the title, the kind above and the year below."""
    width, height = POSTER_SIZE
    rng = _rng(key)
    top, bottom = rng.choice(
        [
            ((24, 20, 38), TERRACOTTA),
            ((18, 32, 48), (190, 96, 48)),
            ((40, 18, 28), (200, 130, 60)),
            ((14, 14, 16), (120, 30, 24)),
            ((22, 44, 52), (214, 170, 110)),
        ]
    )
    image = _gradient(POSTER_SIZE, top, bottom)
    # Scenes are drawn at photo scale, then shrunk to the lower half of the poster.
    scene = Image.new("RGB", (width * 2, height))
    rng.choice([_scene_dunes, _scene_kasbah, _scene_medina, _scene_ancient, _scene_town])(scene, rng)
    scene = scene.resize((width, round(height * 0.5)), Image.Resampling.BILINEAR)
    fade = _gradient((1, scene.height), (0, 0, 0), (255, 255, 255)).convert("L").resize(scene.size)
    image.paste(scene, (0, height - scene.height), mask=fade)
    draw = ImageDraw.Draw(image)
    draw.rectangle((24, 24, width - 24, height - 24), outline=(*SAND,), width=2)
    draw.text((width / 2, 110), _spaced(kind), font=_font(False, 22), fill=SAND, anchor="mm")
    font, lines = _fit_title(draw, title.upper(), width - 140, 4, 88)
    line_height = font.size * 1.12
    y = max(210, 360 - line_height * (len(lines) - 1) / 2)
    for line in lines:
        draw.text((width / 2 + 3, y + 3), line, font=font, fill=(0, 0, 0), anchor="mm")
        draw.text((width / 2, y), line, font=font, fill=(255, 246, 230), anchor="mm")
        y += line_height
    if subtitle:
        draw.text((width / 2, y + 10), subtitle, font=_font(False, 28), fill=SAND, anchor="mm")
    draw.text((width / 2, height - 90), year, font=_font(True, 40), fill=(255, 246, 230), anchor="mm")
    return _jpeg(image)


def portrait(key: str) -> ContentFile:
    """A head-and-shoulders silhouette on a warm backdrop, for a person without a photo yet."""
    width, height = PORTRAIT_SIZE
    rng = _rng(key)
    image = _gradient(PORTRAIT_SIZE, _mix(TERRACOTTA, OCHRE, rng.uniform(0, 0.5)), SAND)
    draw = ImageDraw.Draw(image)
    figure = _mix(INK, TERRACOTTA, 0.25)
    cx = width / 2
    draw.ellipse((cx - 360, height * 0.66, cx + 360, height * 1.4), fill=figure)
    draw.polygon(
        [
            (cx - 70, height * 0.5),
            (cx + 70, height * 0.5),
            (cx + 100, height * 0.7),
            (cx - 100, height * 0.7),
        ],
        fill=figure,
    )
    draw.ellipse((cx - 150, height * 0.2, cx + 150, height * 0.58), fill=figure)
    _watermark(image, "placeholder portrait")
    return _jpeg(image)


def logo(key: str, monogram: str) -> ContentFile:
    """A round monogram badge: it stays legible at the small sizes logos are shown at."""
    width, height = LOGO_SIZE
    image = Image.new("RGB", LOGO_SIZE, SAND)
    draw = ImageDraw.Draw(image)
    badge = _rng(key).choice([TERRACOTTA, INK, (46, 84, 98), (150, 82, 38)])
    draw.ellipse((40, 40, width - 40, height - 40), fill=badge)
    draw.ellipse((64, 64, width - 64, height - 64), outline=SAND, width=4)
    font, _ = _fit_title(draw, monogram, width - 200, 1, 220)
    draw.text((width / 2, height / 2), monogram, font=font, fill=SAND, anchor="mm")
    return _jpeg(image, quality=90)
