"""Validation before anything is written: one Korean reason per bad field, with row numbers for files."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypedDict

import polars as pl

from sse_match import text
from sse_match.catalog import bizno
from sse_match.config import DATA_DIR
from sse_match.errors import ValidationFailed  # noqa: F401 - re-exported: raised with FieldErrors


class ProductValues(TypedDict, total=False):
    """What a product form or a bulk-upload row writes (before validation)."""

    name: str
    category: str
    spec: str | None
    unit_price: int | str | None
    unit: str
    description: str | None


class ProfileValues(TypedDict, total=False):
    """What the enterprise profile form writes."""

    name: str
    representative: str | None
    address: str | None
    phone: str | None
    email: str | None
    homepage: str | None
    main_business: str | None
    categories: list[str] | str | None
    cert_no: str | None
    cert_date: object
    cert_expiry: object
    biz_no: str | None
    workers: int | None
    vulnerable: int | None
    youth: int | None


class EnterpriseValues(ProfileValues, total=False):
    """What the department's new-enterprise form writes."""

    se_type: str
    lat: float | None
    lon: float | None

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MARKUP = re.compile(r"<\s*[a-zA-Z/!?]")
# Names are short labels shown everywhere: markup there is refused. Longer text (설명) keeps whatever
# was typed, stored as text and always shown as text.
NO_MARKUP = frozenset({"name", "enterprise_name", "spec", "unit", "representative", "category", "address", "phone",
                       "main_business", "cert_no"})
LIMITS = {"name": 100, "spec": 200, "description": 2000, "unit": 10, "category": 40, "enterprise_name": 100,
          "representative": 50, "address": 200, "phone": 30, "email": 100, "homepage": 200, "main_business": 200,
          "cert_no": 40}
LABELS = text.FIELD_LABELS  # Korean field names live with the rest of the Korean text
MAX_PRICE = 100_000_000_000  # 1,000억원: above this a price is a typo


@dataclass(frozen=True)
class FieldError:
    row: int | None  # file row number as the user sees it (header = 1), None for a form
    column: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.row}행 " if self.row is not None else ""
        return f"{where}{LABELS.get(self.column, self.column)}: {self.reason}"


@lru_cache(maxsize=1)
def units() -> tuple[str, ...]:
    return tuple(pl.read_csv(DATA_DIR / "units.csv")["unit"].to_list())


@lru_cache(maxsize=1)
def categories() -> tuple[str, ...]:
    return tuple(pl.read_csv(DATA_DIR / "categories.csv")["name"].to_list())


def text_problem(value: str | None, column: str, required: bool = False) -> str | None:
    if value is None or str(value).strip() == "":
        return "비어 있습니다" if required else None
    value = str(value)
    if _CONTROL.search(value):
        return "보이지 않는 제어 문자가 들어 있습니다"
    limit = LIMITS.get(column)
    if limit and len(value) > limit:
        return f"{limit}자 이하로 적어 주세요 (지금 {len(value)}자)"
    if column in NO_MARKUP and _MARKUP.search(value):
        return "태그(<…>)는 쓸 수 없습니다"
    if column not in ("description", "phone") and value.lstrip().startswith(("=", "+", "@", "-")):
        return "수식처럼 보이는 값(=, +, -, @로 시작)은 쓸 수 없습니다"
    return None


def parse_price(value) -> tuple[int | None, str | None]:
    """'12,000' / '12000원' / 12000 → 12000; a positive whole number of 원 or a reason."""
    if value is None or str(value).strip() == "":
        return None, "비어 있습니다"
    text = str(value).strip().replace(",", "").removesuffix("원").strip()
    if not re.fullmatch(r"[0-9]+", text):
        if re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", text):
            return None, "원 단위의 0보다 큰 정수여야 합니다"
        return None, "숫자가 아닙니다"
    price = int(text)
    if price <= 0:
        return None, "0보다 커야 합니다"
    if price > MAX_PRICE:
        return None, "너무 큽니다 (1,000억원 이하)"
    return price, None


def product(values: Mapping[str, Any], row: int | None = None) -> tuple[dict[str, Any], list[FieldError]]:
    """Clean product fields, or the reasons they cannot be saved."""
    errors: list[FieldError] = []
    clean: dict[str, Any] = {}
    for col, required in (("name", True), ("category", True), ("unit", True), ("spec", False),
                          ("description", False)):
        v = values.get(col)
        v = None if v is None else str(v).strip()
        problem = text_problem(v, col, required)
        if problem:
            errors.append(FieldError(row, col, problem))
        clean[col] = v or None
    if clean.get("category") and clean["category"] not in categories():
        errors.append(FieldError(row, "category", "분류 목록에 없는 값입니다"))
    if clean.get("unit") and clean["unit"] not in units():
        errors.append(FieldError(row, "unit", f"단위는 목록에서 골라 주세요 ({', '.join(units()[:8])} …)"))
    price, problem = parse_price(values.get("unit_price"))
    if problem:
        errors.append(FieldError(row, "unit_price", problem))
    clean["unit_price"] = price
    return clean, errors


_PHONE = re.compile(r"^[0-9][0-9 ()~.\-]{0,29}$|^\+[0-9][0-9 ()~.\-]{0,28}$")
PROFILE_TEXT = (("name", True), ("representative", False), ("address", False), ("phone", False), ("email", False),
                ("homepage", False), ("main_business", False), ("cert_no", False))


def profile_fields(values: Mapping[str, Any], row: int | None = None) -> tuple[dict[str, Any], list[FieldError]]:
    """The enterprise fields shared by the profile form and every official-list import (row = file row)."""
    errors: list[FieldError] = []
    clean: dict[str, Any] = {}
    for col, required in PROFILE_TEXT:
        if col not in values and row is not None:
            continue
        key = "enterprise_name" if col == "name" else col
        v = values.get(col)
        v = None if v is None else str(v).strip()
        problem = text_problem(v, key, required)
        if problem:
            errors.append(FieldError(row, col if col != "name" else "enterprise_name", problem))
        clean[col] = v or None
    if clean.get("phone") and not any(e.column == "phone" for e in errors) and not _PHONE.match(clean["phone"]):
        errors.append(FieldError(row, "phone", "전화번호는 숫자와 -, ( ), 공백만 쓸 수 있습니다 (예: 063-281-2114)"))
    if clean.get("email") and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", clean["email"]):
        errors.append(FieldError(row, "email", "전자우편 형식이 아닙니다"))
    if clean.get("homepage") and not re.match(r"^https?://", clean["homepage"]):
        errors.append(FieldError(row, "homepage", "http:// 또는 https://로 시작해야 합니다"))
    if values.get("biz_no"):
        if not bizno.is_valid(str(values["biz_no"])):
            errors.append(FieldError(row, "biz_no", "사업자등록번호가 올바르지 않습니다 (검증 숫자 불일치)"))
        clean["biz_no"] = bizno.normalise(str(values["biz_no"]))
    return clean, errors


def profile(values: Mapping[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
    clean, errors = profile_fields(values)
    for col in ("cert_date", "cert_expiry"):
        clean[col] = values.get(col)
    if clean["cert_date"] and clean["cert_expiry"] and clean["cert_expiry"] < clean["cert_date"]:
        errors.append(FieldError(None, "cert_expiry", "인증 만료일이 인증일보다 빠릅니다"))
    cats = values.get("categories") or []
    bad = [c for c in cats if c not in categories()]
    if bad:
        errors.append(FieldError(None, "category", f"분류 목록에 없는 값입니다: {', '.join(bad)}"))
    clean["categories"] = ",".join(cats) or None
    w = {k: values.get(k) for k in ("workers", "vulnerable", "youth")}
    if any(v is not None for v in w.values()):
        for k, v in w.items():
            if v is None or int(v) < 0:
                errors.append(FieldError(None, k, "0 이상의 정수여야 합니다"))
        if not errors and (int(w["vulnerable"] or 0) > int(w["workers"] or 0) or int(w["youth"] or 0) > int(w["workers"] or 0)):
            errors.append(FieldError(None, "vulnerable", "취약계층·청년 근로자는 전체 근로자 수를 넘을 수 없습니다"))
    return clean, errors
