from __future__ import annotations

from orderdesk.services.printing import PrinterChoice, PrinterPreferences, parse_lpstat_p

LPSTAT = """printer Labels is idle.  enabled since Sun Nov 22 03:03:39 2026
printer Office now printing Office-12.  enabled since Sun Nov 22 03:03:39 2026
printer Zebra disabled since Sun Nov 22 03:04:24 2026 -
\tpaper jam
"""


def test_parse_lpstat_p():
    printers = parse_lpstat_p(LPSTAT)
    assert [(p.name, p.enabled, p.state) for p in printers] == [
        ("Labels", True, "idle"),
        ("Office", True, "printing"),
        ("Zebra", False, "disabled"),
    ]
    assert printers[2].reason == "paper jam"


def test_printer_choices_are_remembered_per_pc(tmp_path):
    path = tmp_path / "conf" / "printers.json"
    prefs = PrinterPreferences.load(path)
    assert prefs.get("labels") == PrinterChoice()
    prefs.set("labels", PrinterChoice("Zebra", "zpl", "4x6", 300))
    prefs.set("slips", PrinterChoice("Office", "pdf", "letter"))
    again = PrinterPreferences.load(path)
    assert again.get("labels") == PrinterChoice("Zebra", "zpl", "4x6", 300)
    assert again.get("slips").size == "letter"


def test_damaged_preferences_file_means_nothing_chosen(tmp_path):
    path = tmp_path / "printers.json"
    path.write_text("{not json", encoding="utf-8")
    assert PrinterPreferences.load(path).get("labels").printer == ""
