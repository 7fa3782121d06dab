"""Small pictures drawn on the fly for demo evidence: no binary files in the repository."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw


def draw_png(seed: int, *, sheet: bool) -> bytes:
    """A 160×120 picture: ruled lines like a sign-in sheet, or coloured shapes like a photo."""
    image = Image.new("RGB", (160, 120), (250, 250, 245) if sheet else (200, 215, 235))
    draw = ImageDraw.Draw(image)
    if sheet:
        draw.rectangle((8, 8, 151, 111), outline=(60, 60, 60))
        for y in range(20, 112, 12):
            draw.line((8, y, 151, y), fill=(150, 150, 150))
        draw.line((60, 8, 60, 111), fill=(150, 150, 150))
        for row in range(seed % 3 + 5):
            draw.line(
                (66, 26 + row * 12, 110 + (row * 7 + seed) % 30, 26 + row * 12), fill=(20, 20, 120)
            )
    else:
        draw.rectangle((0, 80, 160, 120), fill=(170, 140, 110))
        draw.rectangle((30, 10, 130, 45), fill=(200, 30, 30))
        for i in range(6):
            x = 15 + i * 24 + seed % 5
            draw.ellipse((x, 55, x + 14, 69), fill=(60, 45, 35))
            draw.rectangle((x - 2, 69, x + 16, 95), fill=(40 + i * 20, 60, 90))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
