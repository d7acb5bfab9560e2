# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv, product_tags.csv (평가용 태그)"""
import csv, os, random
import catalog_data as C
import dong_data as D

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]
TYPES = {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}


def build():
    rnd = random.Random(20251)
    used = set()
    rows, tags = [], []
    n = 0
    for e in C.E:
        assert e["type"] in TYPES, e["name"]
        assert D.GU_OF.get(e["dong"]) == e["gu"], (e["name"], e["dong"], e["gu"])
        while True:
            brn = "%03d-%02d-%05d" % (rnd.randint(100, 899), rnd.randint(10, 99), rnd.randint(10000, 99999))
            if brn not in used:
                used.add(brn)
                break
        addr = "전북특별자치도 전주시 %s %s %d (%s)" % (e["gu"], e["road"], e["no"], e["dong"])
        for p in e["products"]:
            name, cat, spec, price, unit, desc, tg = p.split("|")
            n += 1
            code = "ZU%04d" % n
            rows.append([code, e["name"], e["type"], brn, name, cat, spec, int(price), unit, desc, addr])
            tags.append([code, tg, e["shop"], e["dong"], e["name"]])
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLS)
        w.writerows(rows)
    with open(os.path.join(HERE, "product_tags.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "태그", "가게종류", "법정동", "기업명"])
        w.writerows(tags)
    return rows


if __name__ == "__main__":
    r = build()
    print(len(r), "products,", len(C.E), "enterprises,", len({x[5] for x in r}), "categories")
