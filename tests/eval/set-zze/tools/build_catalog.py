# -*- coding: utf-8 -*-
"""catalog_data → ../catalog.csv 와 tools/product_tags.csv (제품코드, 태그, 가게종류, 법정동)"""
import csv, os, random
from catalog_data import ENTERPRISES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]


def build():
    rnd = random.Random(20250917)
    rows, tagrows, used = [], [], set()
    n = 0
    for e in ENTERPRISES:
        while True:
            brn = "%03d-%02d-%05d" % (rnd.randint(101, 899), rnd.randint(10, 99), rnd.randint(10000, 99999))
            if brn not in used:
                used.add(brn)
                break
        addr = "전북특별자치도 전주시 %s %s %d (%s)" % (e["gu"], e["road"], rnd.randint(3, 180), e["dong"])
        for p in e["products"]:
            n += 1
            code = "ZZE%04d" % n
            rows.append([code, e["name"], e["etype"], brn, p["name"], p["cat"], p["spec"], p["price"], p["unit"], p["desc"], addr])
            tagrows.append([code, " ".join(p["tags"]), e["shop"], e["dong"], e["gu"]])
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLS)
        w.writerows(rows)
    with open(os.path.join(HERE, "product_tags.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "태그", "가게종류", "법정동", "구"])
        w.writerows(tagrows)
    return rows


if __name__ == "__main__":
    r = build()
    print(len(r), "products,", len(ENTERPRISES), "enterprises,", len({x[5] for x in r}), "categories")
