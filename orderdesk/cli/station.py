"""``orderdesk station packing|pickup``: open the packing bench or the pickup counter."""

from __future__ import annotations

import argparse

from orderdesk.cli.common import open_db


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    p = subparsers.add_parser("station", parents=[common], help=help)
    p.add_argument("kind", choices=["packing", "pickup"])
    p.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    p.add_argument("--pdf-folder", default=None, help="packing: write slips and labels as PDFs here, do not print")
    p.add_argument("--no-sound", action="store_true")
    p.set_defaults(func=cmd_station)


def cmd_station(args: argparse.Namespace) -> int:
    from orderdesk.ui.stations import run_station

    db = open_db(args)
    return run_station(
        args.kind, db, fullscreen=not args.windowed, pdf_folder=args.pdf_folder, sounds=not args.no_sound
    )
