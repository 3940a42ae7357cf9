"""Attaching a file to a checklist item: checked, copied into the data folder with its SHA-256,
then recorded. The copy (``copy_in``) touches no database and may run on a worker thread
while the window stays responsive; ``record`` then writes the row on the database's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.domain.errors import FieldError, ValidationError
from app.domain.file_names import readable_name
from app.storage import attachment_files
from app.storage import cases as case_rows
from app.storage.attachment_files import StagedFile
from app.storage.database import Store
from app.storage.errors import StorageError
from app.storage.files import CopyCancelled, explain_os_error

MAX_BYTES = 100 * 1024 * 1024           # scans and PDFs of any material stay far below
LARGE_BYTES = 8 * 1024 * 1024           # from this size a copy shows its progress
LABEL = "附件"

__all__ = ["LARGE_BYTES", "MAX_BYTES", "CopyCancelled", "StagedFile", "attach_file", "copy_in", "discard",
           "record", "size_text", "source_size"]


def size_text(size: int) -> str:
    if size >= 1024 ** 3:
        return f"{size / 1024 ** 3:.1f} GB"
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(size, 1) / 1024:.0f} KB" if size >= 1024 else f"{size} 字节"


def source_size(source: Path) -> int:
    """The size of a file that may be attached; ValidationError when it cannot be."""
    source = Path(source)
    name = readable_name(source.name)
    try:
        if not source.is_file():
            raise ValidationError(FieldError("attachment", LABEL, f"找不到文件“{name}”（或它不是一个文件）"))
        size = source.stat().st_size
    except OSError as exc:
        raise ValidationError(FieldError("attachment", LABEL, f"无法读取“{name}”：{exc.strerror or exc}")) from None
    if size > MAX_BYTES:
        raise ValidationError(FieldError(
            "attachment", LABEL, f"“{name}”有 {size_text(size)}，超过附件的上限 {size_text(MAX_BYTES)}。"
                                 "材料一般是扫描件或 PDF：请压缩或拆分后再添加。"))
    return size


def copy_in(db_path: Path, case_id: int, source: Path, *, progress: Callable[[int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> StagedFile:
    """Check ``source`` and copy it beside its place in the data folder (not yet recorded).

    ValidationError for a file that cannot be attached, StorageError when the copy fails
    (a full disk ...), CopyCancelled when ``cancelled`` said so; nothing is left behind.
    """
    source_size(source)
    try:
        return attachment_files.stage(db_path, case_id, Path(source), progress=progress, cancelled=cancelled)
    except OSError as exc:
        raise StorageError(explain_os_error(f"无法复制“{readable_name(Path(source).name)}”", exc)) from exc


def record(store: Store, item_id: int, staged: StagedFile) -> case_rows.Attachment:
    """Put a copied file in its place and record it for the item; the copy is removed when the
    row cannot be written."""
    item = case_rows.get_item(store, item_id)
    if item is None or not staged.stored_name.startswith(f"{item.case_id}/"):
        attachment_files.discard(staged)
        raise ValidationError(FieldError("item", "材料", "这一项已不存在"))
    try:
        placed = attachment_files.put_in_place(store.path, staged)
    except OSError as exc:
        raise StorageError(explain_os_error(f"无法保存“{staged.original_name}”", exc)) from exc
    try:
        attachment_id = case_rows.insert_attachment(
            store, item_id=item_id, case_id=item.case_id, original_name=staged.original_name,
            stored_name=staged.stored_name, sha256=staged.sha256, size=staged.size)
    except BaseException:
        if placed is not None:
            placed.unlink(missing_ok=True)
        raise
    return next(a for a in case_rows.attachments_for(store, item_id=item_id) if a.id == attachment_id)


def discard(staged: StagedFile) -> None:
    attachment_files.discard(staged)


def attach_file(store: Store, item_id: int, source: Path, *,
                progress: Callable[[int], None] | None = None) -> case_rows.Attachment:
    """Copy ``source`` into the data folder with its SHA-256 and record it; the original is
    never moved."""
    item = case_rows.get_item(store, item_id)
    if item is None:
        raise ValidationError(FieldError("item", "材料", "这一项已不存在"))
    return record(store, item_id, copy_in(store.path, item.case_id, source, progress=progress))
