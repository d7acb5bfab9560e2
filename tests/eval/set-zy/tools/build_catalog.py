# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv, product_tags.csv (제품코드별 품목태그·가게종류·법정동)."""
import csv, os, random
from catalog_data import ENTERPRISES, PRODUCTS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]


def load():
    rng = random.Random(20260101)
    ents = {}
    used = set()
    for key, name, typ, shop, gu, road, num, dong in ENTERPRISES:
        while True:
            brn = "%03d-%02d-%05d" % (rng.randint(100, 899), rng.randint(10, 99), rng.randint(10000, 99999))
            if brn not in used:
                used.add(brn)
                break
        addr = "전북특별자치도 전주시 %s %s %s (%s)" % (gu, road, num, dong)
        ents[key] = dict(key=key, name=name, type=typ, shop=shop, gu=gu, dong=dong, brn=brn, addr=addr)
    prods = []
    for i, (ek, pname, cat, spec, price, unit, desc, tags) in enumerate(PRODUCTS, 1):
        e = ents[ek]
        prods.append(dict(code="ZY%04d" % i, ent=e, name=pname, cat=cat, spec=spec, price=int(price),
                          unit=unit, desc=desc, tags=set(tags.split())))
    return ents, prods


def main():
    ents, prods = load()
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLS)
        for p in prods:
            e = p["ent"]
            w.writerow([p["code"], e["name"], e["type"], e["brn"], p["name"], p["cat"], p["spec"], p["price"],
                        p["unit"], p["desc"], e["addr"]])
    with open(os.path.join(HERE, "product_tags.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "기업키", "가게종류", "법정동", "품목태그"])
        for p in prods:
            w.writerow([p["code"], p["ent"]["key"], p["ent"]["shop"], p["ent"]["dong"], " ".join(sorted(p["tags"]))])
    print("catalog:", len(prods), "products,", len(ents), "enterprises")


if __name__ == "__main__":
    main()
