# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv, product_tags.csv (라벨링용 내부 태그)"""
import csv, os, random
from catalog_data import ENTERPRISES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]


def main():
    rng = random.Random(20250917)
    rows, tags = [], []
    n = 0
    seen_brn = set()
    for (name, typ, gu, road, no, dong, shop, prods) in ENTERPRISES:
        while True:
            brn = "%03d-%02d-%05d" % (rng.randint(100, 899), rng.randint(80, 99), rng.randint(10000, 99999))
            if brn not in seen_brn:
                seen_brn.add(brn); break
        addr = "전북특별자치도 전주시 %s %s %d (%s)" % (gu, road, no, dong)
        for (pn, cat, spec, price, unit, desc, tg) in prods:
            n += 1
            code = "ZZ%04d" % n
            rows.append([code, name, typ, brn, pn, cat, spec, int(price), unit, desc, addr])
            tags.append([code, tg, shop, gu, dong])
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(COLS); w.writerows(rows)
    with open(os.path.join(HERE, "product_tags.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(["제품코드", "태그", "가게종류", "구", "법정동"]); w.writerows(tags)
    print("products", len(rows), "enterprises", len(ENTERPRISES))


if __name__ == "__main__":
    main()
