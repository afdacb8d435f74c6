"""Clear messages for a wrong database file or a mistyped setting name."""

from __future__ import annotations

import pytest

from orderdesk.db import Database
from orderdesk.errors import ConfigurationError


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("external_id,customer_name\nA-1,Anna\n", encoding="utf-8")
    with pytest.raises(ConfigurationError) as raised:
        Database.open(path)
    message = str(raised.value)
    assert str(path) in message and "file is not a database" in message and "--db" in message
    assert path.read_text(encoding="utf-8").startswith("external_id")  # left as it was


def test_a_mistyped_setting_suggests_the_near_name(db):
    from orderdesk.settings import Settings

    with pytest.raises(Exception, match=r"Unknown setting 'shop.nme'\. Did you mean shop\.name\?$"):
        Settings(db).set("shop.nme", "Sklep")
    with pytest.raises(Exception, match="'orderdesk config list' shows every setting"):
        Settings(db).get("zzz")
