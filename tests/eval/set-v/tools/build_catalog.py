# -*- coding: utf-8 -*-
"""catalog_data.py -> catalog.csv

제품코드는 V0001 부터 카탈로그 순서대로. 사업자등록번호는 고정 시드로 만든 가짜 번호(NNN-NN-NNNNN).
주소는 "전북특별자치도 전주시 {구} {도로명} ({법정동})" 형식.
"""
import csv
import os
import random

import catalog_data

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PFX = "V"
COLUMNS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]


def fake_bizno(rng, used):
    while True:
        n = "%03d-%02d-%05d" % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(10000, 99999))
        if n not in used:
            used.add(n)
            return n


def load_catalog():
    """채점용: 태그와 법정동까지 포함한 제품 목록."""
    rng = random.Random(20251207)
    used = set()
    rows = []
    n = 0
    for e in catalog_data.ENTERPRISES:
        biz = fake_bizno(rng, used)
        addr = "전북특별자치도 전주시 %s %s (%s)" % (e["gu"], e["road"], e["dong"])
        for (name, cat, spec, price, unit, desc, tags) in e["products"]:
            n += 1
            rows.append({
                "제품코드": "%s%04d" % (PFX, n), "기업명": e["name"], "기업유형": e["type"],
                "사업자등록번호": biz, "제품명": name, "분류": cat, "규격": spec, "단가": int(price),
                "단위": unit, "설명": desc, "주소": addr,
                "_tags": set(tags.split()), "_dong": e["dong"], "_gu": e["gu"],
            })
    return rows


def main():
    rows = load_catalog()
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r[c] for c in COLUMNS])
    print("catalog.csv:", len(rows), "products,", len(catalog_data.ENTERPRISES), "enterprises")


if __name__ == "__main__":
    main()
