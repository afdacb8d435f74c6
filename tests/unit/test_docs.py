"""The shop-facing documents stay in step with the code they describe."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from orderdesk.services.importers import CSV_COLUMNS
from orderdesk.workflow import DeliveryMethod, PaymentMethod

ROOT = Path(__file__).resolve().parents[2]


def test_the_import_format_document_names_every_column_and_method():
    text = (ROOT / "docs" / "import-format.md").read_text(encoding="utf-8")
    missing = [c for c in CSV_COLUMNS if f"`{c}`" not in text]
    assert missing == []
    for value in [*DeliveryMethod, *PaymentMethod]:
        assert f"`{value.value}`" in text


def test_license_file_matches_pyproject():
    license_name = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"]
    assert license_name == "MIT"
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")


def test_readme_quick_start_keeps_its_two_commands_and_links_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("##", 1)[0]
    block = quick.split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["bash scripts/demo.sh", "bash scripts/test.sh"]
    for link in re.findall(r"\]\(((?:docs|installer)/[^)#]+)\)", readme):
        assert (ROOT / link).exists(), link
