"""The procedure catalogue (resources/catalogue/): materials, checks and their sources.

A malformed file raises CatalogueError naming the file and the key, so that a data edit that
breaks the catalogue fails a test rather than a user's renewal.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from app.domain.deadlines import CHANGE_KINDS
from app.domain.rules import CatalogueError
from app.resources import catalogue_dir

PROCEDURES = ("renewal", "annual_report", "change", "cancellation", "replacement", "new_application")
PROCEDURE_CLI_NAMES = {p.replace("_", "-"): p for p in PROCEDURES}
# How a material is handed in: on paper (原件, a sealed copy, signed, sealed), as a scan, with the
# seal of the body that issued it (社保机构红章), or as fields of an online form (在线填报).
FORMS = ("原件", "复印件加盖公章", "彩色扫描件", "法定代表人签字", "公章", "社保机构红章", "在线填报")
CONDITION_KEYS = {"scope", "company_younger_than_year", "foreign_capital", "change_kinds"}


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    kind: str          # seed | law | guide
    file: str = ""

    def short(self) -> str:
        """How a rule's source is shown: the document's title, a seed with its short name (S0 ...)."""
        return f"{self.title}（{self.id}）" if self.file else self.title


@dataclass(frozen=True)
class CaseContext:
    """What decides which materials apply to a case."""

    scope: str = "provincial"
    company_younger_than_year: bool = False
    foreign_capital: bool = False
    change_kind: str | None = None


@dataclass(frozen=True)
class Freshness:
    days: int
    note: str


@dataclass(frozen=True)
class Material:
    id: str
    name: str
    description: str
    forms: tuple[str, ...]
    sources: tuple[str, ...]
    applies_when: dict = field(default_factory=dict, compare=False, hash=False)
    freshness: Freshness | None = None

    def applies_to(self, context: CaseContext) -> bool:
        for key, wanted in self.applies_when.items():
            if key == "change_kinds":
                if context.change_kind not in wanted:
                    return False
            elif getattr(context, key) != wanted:
                return False
        return True


@dataclass(frozen=True)
class Precondition:
    """A condition of the self-check: worked out from the records, confirmed by the user
    (``confirm``), or a note shown for information that needs nothing (``info``, its text in
    ``detail``)."""

    id: str
    name: str
    sources: tuple[str, ...]
    confirm: bool = False
    applies_when: dict = field(default_factory=dict, compare=False, hash=False)
    info: bool = False
    detail: str = ""


@dataclass(frozen=True)
class Procedure:
    id: str
    name: str
    summary: str
    sources: tuple[str, ...]
    materials: tuple[Material, ...]
    preconditions: tuple[Precondition, ...] = ()

    def materials_for(self, context: CaseContext) -> list[Material]:
        return [m for m in self.materials if m.applies_to(context)]


@dataclass(frozen=True)
class Catalogue:
    sources: dict[str, Source]
    procedures: dict[str, Procedure]

    def procedure(self, procedure_id: str) -> Procedure:
        return self.procedures[procedure_id]

    def describe_sources(self, ids: tuple[str, ...] | list[str]) -> str:
        return "；".join(self.sources[i].short() for i in ids)


# ----------------------------------------------------------------------------- loading
def _require(table: dict, key: str, kind: type | tuple, where: str) -> object:
    if key not in table:
        raise CatalogueError(f"{where}: 缺少键 {key}")
    value = table[key]
    if not isinstance(value, kind) or isinstance(value, bool) and kind is int:
        raise CatalogueError(f"{where}: 键 {key} 的类型不对")
    if isinstance(value, str) and not value.strip():
        raise CatalogueError(f"{where}: 键 {key} 不能为空")
    return value


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{path.name}: TOML 格式错误：{exc}") from None


def load_sources(path: Path) -> dict[str, Source]:
    sources = {}
    for source_id, table in _read(path).items():
        where = f"{path.name} [{source_id}]"
        kind = _require(table, "kind", str, where)
        if kind not in ("seed", "law", "guide"):
            raise CatalogueError(f"{where}: 键 kind 应为 seed、law 或 guide")
        sources[source_id] = Source(source_id, _require(table, "title", str, where), kind,
                                    table.get("file", ""))
    return sources


def _source_ids(table: dict, where: str, sources: dict[str, Source]) -> tuple[str, ...]:
    ids = _require(table, "sources", list, where)
    if not ids:
        raise CatalogueError(f"{where}: 键 sources 至少要有一个来源")
    unknown = [i for i in ids if i not in sources]
    if unknown:
        raise CatalogueError(f"{where}: 键 sources 中的 {', '.join(map(str, unknown))} 不在 sources.toml 中")
    return tuple(ids)


def _conditions(table: dict, where: str) -> dict:
    conditions = table.get("applies_when", {})
    if not isinstance(conditions, dict):
        raise CatalogueError(f"{where}: 键 applies_when 应为表")
    for key, value in conditions.items():
        if key not in CONDITION_KEYS:
            raise CatalogueError(f"{where}: 键 applies_when.{key} 不认识（可用：{', '.join(sorted(CONDITION_KEYS))}）")
        if key == "scope" and value not in ("national", "provincial"):
            raise CatalogueError(f"{where}: 键 applies_when.scope 应为 national 或 provincial")
        if key in ("company_younger_than_year", "foreign_capital") and not isinstance(value, bool):
            raise CatalogueError(f"{where}: 键 applies_when.{key} 应为 true 或 false")
        if key == "change_kinds" and (not isinstance(value, list) or not set(value) <= set(CHANGE_KINDS)):
            raise CatalogueError(f"{where}: 键 applies_when.change_kinds 只能含 {', '.join(CHANGE_KINDS)}")
    return dict(conditions)


def _freshness(table: dict, where: str) -> Freshness | None:
    if "freshness" not in table:
        return None
    rule = table["freshness"]
    note = _require(rule, "note", str, f"{where} freshness")
    if "days" in rule and isinstance(rule["days"], int) and rule["days"] > 0:
        return Freshness(rule["days"], note)
    if "months" in rule and isinstance(rule["months"], int) and rule["months"] > 0:
        return Freshness(rule["months"] * 31, note)
    raise CatalogueError(f"{where}: 键 freshness 需要正整数 days 或 months")


def load_procedure(path: Path, sources: dict[str, Source]) -> Procedure:
    data = _read(path)
    head = _require(data, "procedure", dict, path.name)
    where = f"{path.name} [procedure]"
    procedure_id = _require(head, "id", str, where)
    if procedure_id not in PROCEDURES:
        raise CatalogueError(f"{where}: 键 id 应为 {', '.join(PROCEDURES)} 之一")
    materials, seen = [], set()
    for index, table in enumerate(_require(data, "materials", list, path.name)):
        where = f"{path.name} materials[{index}]"
        material_id = _require(table, "id", str, where)
        where = f"{path.name} materials[{index}] ({material_id})"
        if material_id in seen:
            raise CatalogueError(f"{where}: 键 id 重复")
        seen.add(material_id)
        forms = _require(table, "forms", list, where)
        bad = [f for f in forms if f not in FORMS]
        if not forms or bad:
            raise CatalogueError(f"{where}: 键 forms 只能是 {'、'.join(FORMS)}（收到 {'、'.join(map(str, bad)) or '空'}）")
        materials.append(Material(
            id=material_id, name=_require(table, "name", str, where),
            description=_require(table, "description", str, where), forms=tuple(forms),
            sources=_source_ids(table, where, sources), applies_when=_conditions(table, where),
            freshness=_freshness(table, where)))
    preconditions = []
    for index, table in enumerate(data.get("preconditions", [])):
        where = f"{path.name} preconditions[{index}]"
        info = bool(table.get("info", False))
        preconditions.append(Precondition(
            id=_require(table, "id", str, where), name=_require(table, "name", str, where),
            sources=_source_ids(table, where, sources), confirm=bool(table.get("confirm", False)),
            applies_when=_conditions(table, where), info=info,
            detail=_require(table, "detail", str, where) if info else ""))
    return Procedure(
        id=procedure_id, name=_require(head, "name", str, f"{path.name} [procedure]"),
        summary=_require(head, "summary", str, f"{path.name} [procedure]"),
        sources=_source_ids(head, f"{path.name} [procedure]", sources),
        materials=tuple(materials), preconditions=tuple(preconditions))


def load_catalogue(folder: Path) -> Catalogue:
    sources = load_sources(folder / "sources.toml")
    procedures = {}
    for path in sorted((folder / "procedures").glob("*.toml")):
        procedure = load_procedure(path, sources)
        if procedure.id in procedures:
            raise CatalogueError(f"{path.name}: 键 procedure.id {procedure.id} 与另一个文件重复")
        procedures[procedure.id] = procedure
    missing = [p for p in PROCEDURES if p not in procedures]
    if missing:
        raise CatalogueError(f"{folder / 'procedures'}: 缺少程序 {', '.join(missing)}")
    return Catalogue(sources, procedures)


@cache
def default_catalogue() -> Catalogue:
    return load_catalogue(catalogue_dir())
