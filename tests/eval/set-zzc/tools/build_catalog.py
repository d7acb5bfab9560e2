# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv, product_tags.csv"""
import csv, os, random
from catalog_data import ENTS, P, ROADS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MERGE = {"관광·숙박": "체험·교육프로그램", "배송·운전": "돌봄·사회서비스", "재활용·업사이클": "재활용·수선",
         "수리·재활용": "재활용·수선", "세탁": "청소·세탁용역", "청소·방역용역": "청소·세탁용역",
         "차류": "커피·음료·차", "커피·음료": "커피·음료·차", "축산물": "농축산물", "농산물": "농축산물"}


def build():
    rng = random.Random(20250917)
    ent_info = {}
    used = set()
    for i, (k, (name, typ, gu, dong, shop)) in enumerate(sorted(ENTS.items())):
        while True:
            brn = "%03d-%02d-%05d" % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(10000, 99999))
            if brn not in used:
                used.add(brn)
                break
        road = "%s%d길" % (ROADS[i % len(ROADS)], rng.randint(1, 30)) if i % 3 else "%s로" % ROADS[i % len(ROADS)]
        addr = "전북특별자치도 전주시 %s %s %d (%s)" % (gu, road, rng.randint(2, 180), dong)
        ent_info[k] = dict(name=name, typ=typ, brn=brn, addr=addr, gu=gu, dong=dong, shop=shop)
    rows, tags = [], []
    for n, (ek, pname, cat, spec, price, unit, desc, ptags) in enumerate(P, 1):
        code = "ZZC%04d" % n
        e = ent_info[ek]
        rows.append([code, e["name"], e["typ"], e["brn"], pname, MERGE.get(cat, cat), spec, int(price), unit, desc, e["addr"]])
        tags.append([code, ek, "|".join(ptags), e["shop"], e["gu"], e["dong"]])
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow("제품코드,기업명,기업유형,사업자등록번호,제품명,분류,규격,단가,단위,설명,주소".split(","))
        w.writerows(rows)
    with open(os.path.join(HERE, "product_tags.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "기업키", "품목태그", "상점종류", "구", "법정동"])
        w.writerows(tags)
    return rows


if __name__ == "__main__":
    r = build()
    print(len(r), "products;", len(set(x[5] for x in r)), "categories")
