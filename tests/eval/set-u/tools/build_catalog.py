# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv

제품코드는 기업 순서·제품 순서대로 U0001 부터 붙인다.
사업자등록번호는 고정 시드로 만든 가짜 번호(NNN-NN-NNNNN)다.
"""
import csv
import os
import random
import re

from catalog_data import ENTERPRISES, JEONJU_DONG

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PFX = "U"
COLUMNS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]


def dong_base(dong):
    """'효자동2가' -> '효자동', '전동3가' -> '전동'"""
    return re.sub(r"\d+가$", "", dong)


def products():
    """라벨링용: 태그가 붙은 제품 목록"""
    rng = random.Random(20251207)
    used = set()
    rows = []
    n = 0
    for e in ENTERPRISES:
        assert e["dong"] in JEONJU_DONG[e["gu"]], (e["name"], e["gu"], e["dong"])
        while True:
            brn = f"{rng.randint(101, 899)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}"
            if brn not in used:
                used.add(brn)
                break
        addr = f"전북특별자치도 전주시 {e['gu']} {e['road']} ({e['dong']})"
        for (name, cat, spec, price, unit, desc, tags) in e["products"]:
            n += 1
            rows.append(dict(
                code=f"{PFX}{n:04d}", ent=e["name"], etype=e["type"], brn=brn, name=name, cat=cat,
                spec=spec, price=price, unit=unit, desc=desc, addr=addr, gu=e["gu"], dong=e["dong"],
                dong_base=dong_base(e["dong"]), tags=list(tags)))
    return rows


def main():
    rows = products()
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r["code"], r["ent"], r["etype"], r["brn"], r["name"], r["cat"], r["spec"],
                        r["price"], r["unit"], r["desc"], r["addr"]])
    cats = sorted({r["cat"] for r in rows})
    print(f"products={len(rows)} enterprises={len(ENTERPRISES)} categories={len(cats)}")
    print(" ".join(cats))


if __name__ == "__main__":
    main()
