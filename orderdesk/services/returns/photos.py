"""Photos of the state a return arrived in: chosen image files kept with the return (in the
database, so every desk on a shared database sees them), listed and shown in the return's view."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from orderdesk import domain
from orderdesk.errors import NotFound, ValidationError
from orderdesk.i18n import _
from orderdesk.models_extra import ReturnPhotoRow, ReturnRow
from orderdesk.services.returns.base import ReturnServiceBase

MAX_PHOTO_BYTES = 10 * 1024 * 1024  # a phone photo is 2–5 MB; a 50 MB file was chosen by mistake
MAX_PHOTOS = 30  # per return
HISTORY_KIND = "return photo"


@dataclass(frozen=True)
class ReturnPhoto:
    id: int
    file_name: str
    content_type: str
    size: int
    created_at: datetime
    created_by: str


def image_type(data: bytes) -> str | None:
    """The image's type from its first bytes (the name's extension can lie): JPEG, PNG or WebP."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def read_photo_files(paths: Sequence[str | Path]) -> list[tuple[str, bytes]]:
    """(file name, bytes) of each chosen file, or one clear line naming the file that cannot be read."""
    out = []
    for path in paths:
        p = Path(path)
        try:
            if p.stat().st_size > MAX_PHOTO_BYTES:
                raise ValidationError(_too_big(p.name), field="photos")
            out.append((p.name, p.read_bytes()))
        except OSError as exc:
            raise ValidationError(
                _("Cannot read the photo {p}: {e}").format(p=p, e=exc.strerror or exc), field="photos"
            ) from None
    return out


def _too_big(name: str) -> str:
    return _("The photo {f} is larger than {mb} MB; choose a smaller picture.").format(
        f=name, mb=MAX_PHOTO_BYTES // (1024 * 1024)
    )


def _plain(row: ReturnPhotoRow) -> ReturnPhoto:
    return ReturnPhoto(row.id, row.file_name, row.content_type, row.size, row.created_at, row.created_by)


class PhotosMixin(ReturnServiceBase):
    def add_photos(self, number: str, photos: Sequence[tuple[str, bytes]], actor: domain.Actor) -> list[ReturnPhoto]:
        """Keep ``photos`` ((file name, bytes), JPEG/PNG/WebP) with the return: all of them or none."""
        with self._unit() as s:
            row = self._return(s, number)
            return self._attach_photos(s, row, photos, actor)

    def _attach_photos(
        self, s: Session, row: ReturnRow, photos: Sequence[tuple[str, bytes]], actor: domain.Actor
    ) -> list[ReturnPhoto]:
        if not photos:
            return []
        checked = []
        for name, data in photos:
            name = Path(str(name)).name[:200] or "photo"
            if len(data) > MAX_PHOTO_BYTES:
                raise ValidationError(_too_big(name), field="photos")
            kind = image_type(data)
            if kind is None:
                raise ValidationError(
                    _("{f} is not a JPEG, PNG or WebP picture; choose a photo file.").format(f=name), field="photos"
                )
            checked.append((name, kind, data))
        have = s.scalar(select(func.count()).select_from(ReturnPhotoRow).where(ReturnPhotoRow.return_id == row.id))
        if (have or 0) + len(checked) > MAX_PHOTOS:
            raise ValidationError(
                _("A return keeps at most {n} photos; {r} has {h}.").format(n=MAX_PHOTOS, r=row.number, h=have),
                field="photos",
            )
        rows = [
            ReturnPhotoRow(
                return_id=row.id, file_name=name, content_type=kind, size=len(data), data=data, created_by=actor.name
            )
            for name, kind, data in checked
        ]
        s.add_all(rows)
        s.flush()
        self._order_history(
            s, row.order, actor, HISTORY_KIND, from_value=row.number, to_value=str(len(rows)),
            details={"return": row.number, "files": [r.file_name for r in rows]},
        )  # fmt: skip
        return [_plain(r) for r in rows]

    def photo_counts(self, order_number: str) -> dict[str, int]:
        """How many photos each of an order's returns has (returns without any are left out)."""
        with self.db.session() as s:
            order = self.orders._row(s, order_number)
            rows = s.execute(
                select(ReturnRow.number, func.count(ReturnPhotoRow.id))
                .join(ReturnPhotoRow, ReturnPhotoRow.return_id == ReturnRow.id)
                .where(ReturnRow.order_id == order.id)
                .group_by(ReturnRow.number)
            )
            return {number: int(n) for number, n in rows}

    def photos(self, number: str) -> list[ReturnPhoto]:
        with self.db.session() as s:
            row = self._return(s, number)
            found = s.scalars(
                select(ReturnPhotoRow).where(ReturnPhotoRow.return_id == row.id).order_by(ReturnPhotoRow.id)
            )
            return [_plain(p) for p in found]

    def photo_data(self, number: str, photo_id: int) -> bytes:
        with self.db.session() as s:
            row = self._return(s, number)
            data = s.scalar(
                select(ReturnPhotoRow.data).where(ReturnPhotoRow.id == photo_id, ReturnPhotoRow.return_id == row.id)
            )
            if data is None:
                raise NotFound(_("Return {r} has no photo {i}.").format(r=row.number, i=photo_id))
            return bytes(data)
