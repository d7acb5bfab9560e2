# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv, product_tags.csv (제품코드,품목태그,가게종류,법정동)"""
import csv, os, random
from catalog_data import ENTERPRISES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def build():
    rng = random.Random(20250611)
    rows, tags = [], []
    used = set()
    i = 0
    for (name, etype, gu, dong, road, shop, prods) in ENTERPRISES:
        while True:
            brn = "%03d-%02d-%05d" % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(0, 99999))
            if brn not in used:
                used.add(brn)
                break
        addr = "전북특별자치도 전주시 %s %s %d (%s)" % (gu, road, rng.randint(3, 180), dong)
        for (pname, cat, spec, price, unit, desc, t) in prods:
            i += 1
            code = "ZZL%04d" % i
            rows.append([code, name, etype, brn, pname, cat, spec, int(price), unit, desc, addr])
            tags.append([code, t, shop, dong, gu])
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
        w.writerows(rows)
    with open(os.path.join(HERE, "product_tags.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "품목태그", "가게종류", "법정동", "구"])
        w.writerows(tags)
    return rows, tags


if __name__ == "__main__":
    r, _ = build()
    print(len(r), "products")
