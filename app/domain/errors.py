"""Validation errors that name the field and say what is wrong, in Chinese."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldError:
    field: str
    label: str
    message: str
    # Where the interface words the message in its own language: a template's key and its
    # values (see app.domain.license_number.NUMBER_PROBLEMS); None: the message is shown as it is.
    wording: tuple | None = field(default=None, compare=False)

    def __str__(self) -> str:
        return f"{self.label}：{self.message}"


class ValidationError(ValueError):
    """One or more invalid fields; nothing may be written while this is raised."""

    def __init__(self, errors: list[FieldError] | FieldError):
        self.errors: list[FieldError] = [errors] if isinstance(errors, FieldError) else list(errors)
        super().__init__("；".join(str(e) for e in self.errors))

    def for_field(self, field: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == field), None)
