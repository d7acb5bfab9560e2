# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv

제품코드는 ZI0001 부터 기업 순서·제품 순서대로 매긴다.
사업자등록번호는 고정 시드 난수로 만든 가짜 번호(NNN-NN-NNNNN)이다.
"""
import csv
import os
import random

import catalog_data

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "catalog.csv")
COLUMNS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]


def load_products():
    """채점용 내부 정보까지 포함한 제품 목록 (코드 부여 포함)."""
    rng = random.Random(20250607)
    used = set()
    rows = []
    n = 0
    for i, e in enumerate(catalog_data.ENTERPRISES):
        while True:
            brn = "%03d-%02d-%05d" % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(10000, 99999))
            if brn not in used:
                used.add(brn)
                break
        floor = ["", " 1층", " 2층", "", " 101호", ""][i % 6]
        addr = "전북특별자치도 전주시 %s %s%s (%s)" % (e["gu"], e["road"], floor, e["dong"])
        for p in e["products"]:
            n += 1
            rows.append(dict(
                code="ZI%04d" % n, ent=e["name"], etype=e["etype"], brn=brn, name=p["name"],
                cat=p["cat"], spec=p["spec"], price=p["price"], unit=p["unit"], desc=p["desc"],
                addr=addr, gu=e["gu"], dong=e["dong"], shop=list(e["shop"]), tags=list(p["tags"]),
                attrs=list(p["attrs"]), num=dict(p["num"])))
    return rows


def text_of(r):
    """검색 대상이 되는 카탈로그 글자 전체."""
    return " ".join([r["ent"], r["name"], r["cat"], r["spec"], r["unit"], r["desc"], r["addr"]])


def main():
    rows = load_products()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r["code"], r["ent"], r["etype"], r["brn"], r["name"], r["cat"], r["spec"],
                        r["price"], r["unit"], r["desc"], r["addr"]])
    print("catalog.csv: %d products, %d enterprises, %d categories" % (
        len(rows), len({r["ent"] for r in rows}), len({r["cat"] for r in rows})))


if __name__ == "__main__":
    main()
