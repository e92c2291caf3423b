"""Illustrations for the demo, drawn with Pillow so the demo needs no image files.

Each drawing is deterministic and simple (flat shapes in the site's warm palette);
the alt text that describes it lives with the page content in both languages.
"""

import math
from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 800
SKY_TOP, SKY_BOTTOM = (255, 214, 153), (255, 244, 222)
SUN = (242, 140, 40)
HILL_FAR, HILL_NEAR = (120, 170, 110), (70, 130, 90)
PATH = (232, 205, 160)
WALL, ROOF, DOOR = (250, 250, 245), (180, 70, 50), (40, 90, 140)
INK = (40, 50, 60)


def _canvas():
    image = Image.new("RGB", (WIDTH, HEIGHT), SKY_BOTTOM)
    draw = ImageDraw.Draw(image)
    for y in range(HEIGHT):
        t = y / HEIGHT
        color = tuple(round(a + (b - a) * t) for a, b in zip(SKY_TOP, SKY_BOTTOM, strict=True))
        draw.line([(0, y), (WIDTH, y)], fill=color)
    return image, draw


def _hill(draw, base, amplitude, phase, color):
    points = [(x, base - amplitude * math.sin(x / 190 + phase)) for x in range(0, WIDTH + 20, 20)]
    draw.polygon([(0, HEIGHT), *points, (WIDTH, HEIGHT)], fill=color)


def _house(draw, x, y, width, color):
    draw.rectangle([x, y, x + width, y + width * 0.8], fill=WALL, outline=INK, width=3)
    draw.polygon([(x - 12, y), (x + width / 2, y - width * 0.55), (x + width + 12, y)], fill=color)
    draw.rectangle([x + width * 0.4, y + width * 0.4, x + width * 0.6, y + width * 0.8], fill=DOOR)


def _school(draw, x, y):
    draw.rectangle([x, y, x + 360, y + 200], fill=WALL, outline=INK, width=4)
    draw.polygon([(x - 20, y), (x + 180, y - 110), (x + 380, y)], fill=ROOF)
    for wx in (x + 30, x + 100, x + 230, x + 300):
        draw.rectangle([wx, y + 50, wx + 40, y + 100], fill=(150, 200, 230), outline=INK, width=2)
    draw.rectangle([x + 150, y + 90, x + 210, y + 200], fill=DOOR)
    draw.line([(x + 180, y - 110), (x + 180, y - 190)], fill=INK, width=4)
    draw.polygon([(x + 182, y - 190), (x + 240, y - 172), (x + 182, y - 154)], fill=SUN)


def draw_valley_sunrise():
    """The sun rising over a valley; a path leads to a school's open door."""
    image, draw = _canvas()
    draw.ellipse([820, 90, 1020, 290], fill=SUN)
    _hill(draw, 520, 60, 0.5, HILL_FAR)
    _hill(draw, 620, 40, 2.0, HILL_NEAR)
    _school(draw, 420, 420)
    draw.polygon([(580, 620), (620, 620), (760, HEIGHT), (440, HEIGHT)], fill=PATH)
    return image


def draw_open_book():
    """An open book under a rising sun, with a pencil beside it."""
    image, draw = _canvas()
    draw.pieslice([400, 120, 800, 520], 180, 360, fill=SUN)
    draw.rectangle([0, 320, WIDTH, HEIGHT], fill=(245, 232, 205))
    draw.polygon([(200, 380), (600, 420), (600, 720), (200, 680)], fill=WALL, outline=INK)
    draw.polygon([(600, 420), (1000, 380), (1000, 680), (600, 720)], fill=WALL, outline=INK)
    for i in range(6):
        offset = 40 * i
        draw.line([(250, 440 + offset), (560, 470 + offset)], fill=(170, 170, 170), width=5)
        draw.line([(640, 470 + offset), (950, 440 + offset)], fill=(170, 170, 170), width=5)
    draw.polygon([(1040, 700), (1140, 420), (1170, 430), (1070, 710)], fill=(250, 200, 60))
    draw.polygon([(1040, 700), (1070, 710), (1045, 740)], fill=INK)
    return image


def draw_welcome_door():
    """An open classroom door with a sign that reads "Welcome" and "Bienvenidos"."""
    image, draw = _canvas()
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill=(236, 226, 206))
    draw.rectangle([0, 680, WIDTH, HEIGHT], fill=(190, 160, 120))
    draw.rectangle([440, 160, 760, 690], fill=(60, 60, 70), outline=INK, width=8)
    draw.polygon([(440, 160), (560, 210), (560, 650), (440, 690)], fill=DOOR)
    draw.ellipse([530, 420, 546, 436], fill=SUN)
    draw.rectangle([800, 240, 1120, 460], fill=WALL, outline=INK, width=5)
    font = ImageFont.load_default(size=52)
    draw.text((960, 300), "Welcome", fill=INK, font=font, anchor="mm")
    draw.text((960, 390), "Bienvenidos", fill=ROOF, font=font, anchor="mm")
    return image


def draw_connected_homes():
    """Three houses and a school connected by a winding path."""
    image, draw = _canvas()
    _hill(draw, 560, 30, 1.2, HILL_FAR)
    points = [(x, 660 - 60 * math.sin(x / 160)) for x in range(60, 1160, 10)]
    draw.line(points, fill=PATH, width=36, joint="curve")
    _house(draw, 90, 470, 150, (90, 140, 200))
    _house(draw, 380, 560, 150, (200, 120, 60))
    _house(draw, 640, 470, 150, (120, 160, 90))
    draw.rectangle([900, 420, 1140, 600], fill=WALL, outline=INK, width=4)
    draw.polygon([(885, 420), (1020, 330), (1155, 420)], fill=ROOF)
    draw.rectangle([995, 500, 1045, 600], fill=DOOR)
    draw.line([(1020, 330), (1020, 260)], fill=INK, width=4)
    draw.polygon([(1022, 260), (1070, 276), (1022, 292)], fill=SUN)
    return image


# key: (title in the image library, drawing function)
IMAGES = {
    "valley": ("Illustration: sunrise over the valley and a school", draw_valley_sunrise),
    "book": ("Illustration: open book under a rising sun", draw_open_book),
    "door": ("Illustration: classroom door with a bilingual welcome sign", draw_welcome_door),
    "homes": ("Illustration: homes and a school joined by a path", draw_connected_homes),
}


def png_bytes(key):
    """The PNG file for one of the `IMAGES`."""
    buffer = BytesIO()
    IMAGES[key][1]().save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
