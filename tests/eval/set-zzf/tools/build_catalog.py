# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv (+ catalog_tags.csv: 제품코드별 품목 태그와 가게 종류)"""
import csv, os, random
from catalog_data import ENTERPRISES, DONG

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]


def build():
    rng = random.Random(20250611)
    rows, tags = [], []
    used = set()
    n = 0
    for (name, typ, gu, road, num, dong, shops, prods) in ENTERPRISES:
        assert dong in DONG[gu], (name, dong)
        while True:
            brn = "%03d-%02d-%05d" % (rng.randint(100, 899), rng.randint(10, 99), rng.randint(0, 99999))
            if brn not in used:
                used.add(brn)
                break
        addr = "전북특별자치도 전주시 %s %s %d (%s)" % (gu, road, num, dong)
        for p in prods:
            n += 1
            code = "ZZF%04d" % n
            rows.append({"제품코드": code, "기업명": name, "기업유형": typ, "사업자등록번호": brn,
                         "제품명": p["name"], "분류": p["cat"], "규격": p["spec"], "단가": p["price"],
                         "단위": p["unit"], "설명": p["desc"], "주소": addr})
            tags.append({"제품코드": code, "품목태그": "|".join(p["tags"]), "가게종류": "|".join(shops),
                         "법정동": dong, "구": gu})
    return rows, tags


if __name__ == "__main__":
    rows, tags = build()
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLS)
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(HERE, "catalog_tags.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, ["제품코드", "품목태그", "가게종류", "법정동", "구"])
        w.writeheader()
        w.writerows(tags)
    print("products", len(rows), "enterprises", len(ENTERPRISES), "categories", len({r["분류"] for r in rows}))
