# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv, product_meta.json (제품코드별 태그·가게종류·법정동)"""
import csv, json, os, random
from catalog_data import ENTERPRISES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def build():
    rng = random.Random(4242)
    rows, meta, used = [], {}, set()
    n = 0
    for (name, etype, shop, gu, dong, road, num, products) in ENTERPRISES:
        while True:
            brn = "%03d-%02d-%05d" % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(0, 99999))
            if brn not in used:
                used.add(brn)
                break
        addr = "전북특별자치도 전주시 %s %s %d (%s)" % (gu, road, num, dong)
        for (pname, cat, spec, price, unit, desc, tags) in products:
            n += 1
            code = "ZZH%04d" % n
            rows.append([code, name, etype, brn, pname, cat, spec, int(price), unit, desc, addr])
            meta[code] = dict(tags=tags, shop=shop, dong=dong, gu=gu, enterprise=name)
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
        w.writerows(rows)
    with open(os.path.join(HERE, "product_meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=0)
    return rows, meta


if __name__ == "__main__":
    rows, meta = build()
    print(len(rows), "products")
