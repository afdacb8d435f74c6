"""What the screenshot scripts share: waiting for the window's background work, and saving a
grab small enough for the docs."""

from __future__ import annotations

import time
from pathlib import Path

MAX_BYTES = 200_000  # the README and docs stay light


def settle(app, runner, ms: int = 300) -> None:
    """Process events until the task runner is idle (at most ~10 s), then ``ms`` more."""
    for _ in range(500):
        app.processEvents()
        time.sleep(0.02)
        if runner.active == 0:
            break
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def save_grab(widget, path: Path, max_bytes: int = MAX_BYTES) -> None:
    widget.grab().save(str(path))
    if path.stat().st_size > max_bytes:
        from PIL import Image  # installed with ReportLab

        # 256 colours without dithering: a window has few colours, and text stays crisp.
        with Image.open(path) as image:
            small = image.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        small.save(path, optimize=True)
    print(f"{path}: {path.stat().st_size // 1024} KB")
