# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv  (제품코드 Q0001… 순서는 데이터 순서 그대로)"""
import csv
import os
import random

from catalog_data import ENTERPRISES, GU

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "catalog.csv")
COLUMNS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]


def fake_bizno(rng, used):
    while True:
        # 가운데 두 자리는 개인·법인 구분 코드 범위와 무관하게 임의로 만든 가짜 번호
        n = "%03d-%02d-%05d" % (rng.randint(100, 899), rng.randint(10, 99), rng.randint(0, 99999))
        if n not in used:
            used.add(n)
            return n


def load_products():
    rng = random.Random(20250607)
    used = set()
    rows = []
    i = 0
    for name, etype, dong, road, products in ENTERPRISES:
        gu = GU[dong]
        biz = fake_bizno(rng, used)
        addr = "전북특별자치도 전주시 %s %s (%s)" % (gu, road, dong)
        for (pname, cat, spec, price, unit, desc, tags) in products:
            i += 1
            rows.append({
                "제품코드": "Q%04d" % i, "기업명": name, "기업유형": etype, "사업자등록번호": biz,
                "제품명": pname, "분류": cat, "규격": spec, "단가": int(price), "단위": unit,
                "설명": desc, "주소": addr,
                # 내부용
                "_tags": list(tags), "_dong": dong, "_gu": gu,
            })
    return rows


def main():
    rows = load_products()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r[c] for c in COLUMNS])
    print("catalog.csv:", len(rows), "products,", len(ENTERPRISES), "enterprises")


if __name__ == "__main__":
    main()
