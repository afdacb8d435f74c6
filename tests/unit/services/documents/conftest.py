"""Helpers for document tests: real poppler and zbar tools on rendered files."""

from __future__ import annotations

import html as html_lib
import re
import subprocess
from pathlib import Path

import pytest

from orderdesk.services.documents.samples import SHOP, sample_order
from tests.support.components import require_tool

LANGUAGES = ("ru", "pl", "zh", "en")


@pytest.fixture
def shop():
    return SHOP


@pytest.fixture(params=LANGUAGES)
def order(request):
    return sample_order(LANGUAGES.index(request.param), language=request.param)


class Poppler:
    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.pdftotext = require_tool("pdftotext", "poppler-utils")
        self.pdfinfo = require_tool("pdfinfo", "poppler-utils")
        self.pdftoppm = require_tool("pdftoppm", "poppler-utils")

    def write(self, data: bytes, name: str = "doc.pdf") -> Path:
        path = self.tmp / name
        path.write_bytes(data)
        return path

    def text(self, path: Path, page: int | None = None) -> str:
        pages = ["-f", str(page), "-l", str(page)] if page else []
        return subprocess.run(
            [self.pdftotext, *pages, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
        ).stdout

    def page_sizes(self, path: Path) -> list[tuple[float, float]]:
        out = subprocess.run(
            [self.pdfinfo, "-f", "1", "-l", "9999", str(path)], capture_output=True, check=True, text=True
        ).stdout
        return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)]

    def words(self, path: Path, page: int = 1) -> list[tuple[str, float, float, float, float]]:
        """(word, xMin, yMin, xMax, yMax) in points, y measured from the top of the page."""
        html = subprocess.run(
            [self.pdftotext, "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
        pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
        return [
            (html_lib.unescape(w), float(a), float(b), float(c), float(d))
            for a, b, c, d, w in re.findall(pattern, html)
        ]

    def decode(self, path: Path, page: int = 1, dpi: int = 203) -> set[str]:
        """Render the page as a thermal printer would (203 dpi, no anti-aliasing) and read every barcode."""
        zbarimg = require_tool("zbarimg", "zbar-tools")
        prefix = self.tmp / f"page{page}"
        subprocess.run(
            [
                self.pdftoppm,
                "-r",
                str(dpi),
                "-gray",
                "-aa",
                "no",
                "-aaVector",
                "no",
                "-f",
                str(page),
                "-l",
                str(page),
                str(path),
                str(prefix),
            ],
            check=True,
        )
        image = next(self.tmp.glob(f"page{page}*.pgm"))
        found = subprocess.run([zbarimg, "-q", str(image)], capture_output=True, text=True).stdout
        image.unlink()
        return {line.strip() for line in found.splitlines() if line.strip()}


@pytest.fixture
def poppler(tmp_path):
    return Poppler(tmp_path)
