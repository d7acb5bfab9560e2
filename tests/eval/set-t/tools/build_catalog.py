# -*- coding: utf-8 -*-
"""catalog_data.py → catalog.csv (제품코드 T0001… 순서대로 부여).

products() 는 라벨링 도구가 쓰도록 태그가 붙은 제품 목록을 돌려준다.
"""
import csv
import os
import random

from catalog_data import ENTERPRISES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "catalog.csv")
COLUMNS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]


def _biz_numbers(n, seed=20250917):
    rng = random.Random(seed)
    seen = set()
    out = []
    while len(out) < n:
        num = "%03d-%02d-%05d" % (rng.randint(100, 899), rng.randint(10, 99), rng.randint(0, 99999))
        if num not in seen:
            seen.add(num)
            out.append(num)
    return out


def products():
    biz = _biz_numbers(len(ENTERPRISES))
    rows = []
    code = 0
    for e, bno in zip(ENTERPRISES, biz):
        addr = "전북특별자치도 전주시 %s %s (%s)" % (e["gu"], e["road"], e["dong"])
        for (name, cat, spec, price, unit, desc, tags) in e["products"]:
            code += 1
            rows.append({
                "제품코드": "T%04d" % code, "기업명": e["name"], "기업유형": e["etype"],
                "사업자등록번호": bno, "제품명": name, "분류": cat, "규격": spec, "단가": int(price),
                "단위": unit, "설명": desc, "주소": addr,
                "_tags": set(tags), "_dong": e["dong"], "_gu": e["gu"],
            })
    return rows


def main():
    rows = products()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    print("catalog.csv:", len(rows), "products,", len(ENTERPRISES), "enterprises,",
          len({r["분류"] for r in rows}), "categories")


if __name__ == "__main__":
    main()
