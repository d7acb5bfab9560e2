# -*- coding: utf-8 -*-
"""Build catalog.csv (+ tools/product_tags.csv used for labelling) from catalog_data.py."""
import csv, os, random
from catalog_data import ENTERPRISES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
rng = random.Random(20250917)

PRE = ["가온", "누리", "다솜", "라온", "마루", "바른솔", "새솔", "아름드리", "윤슬", "하람", "너울", "도담",
       "별빛누리", "솔마루", "한울타리", "꽃내음", "물너울", "햇살마루", "푸른솔", "온새미"]
SUF = ["로", "길", "1길", "2길", "3길", "안길"]

def roads(n):
    names = [p + s for p in PRE for s in SUF]
    rng.shuffle(names)
    return names[:n]

def main():
    road = roads(len(ENTERPRISES))
    used_brn = set()
    rows, tagrows = [], []
    code = 0
    for i, (name, etype, gu, dong, shop, block) in enumerate(ENTERPRISES):
        while True:
            brn = "%03d-%02d-%05d" % (rng.randint(101, 699), rng.randint(10, 99), rng.randint(10000, 99999))
            if brn not in used_brn:
                used_brn.add(brn); break
        addr = "전북특별자치도 전주시 %s %s %d (%s)" % (gu, road[i], rng.randint(3, 180), dong)
        for line in block.strip().splitlines():
            pname, cat, spec, price, unit, desc, tags = line.split("|")
            code += 1
            pc = "ZZD%04d" % code
            rows.append([pc, name, etype, brn, pname, cat, spec, int(price), unit, desc, addr])
            tagrows.append([pc, tags, shop, dong, gu])
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
        w.writerows(rows)
    with open(os.path.join(HERE, "product_tags.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "tags", "shop", "dong", "gu"])
        w.writerows(tagrows)
    print("products", len(rows), "enterprises", len(ENTERPRISES))

if __name__ == "__main__":
    main()
