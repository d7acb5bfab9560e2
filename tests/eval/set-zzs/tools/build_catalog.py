# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv, catalog_tags.csv (제품코드별 태그·가게종류·법정동)."""
import csv, os, random
from catalog_data import ENTERPRISES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
# 지어낸 도로명 (실제 도로명과 겹치지 않도록 만든 이름)
ROADS = ["다온누리길", "한솔마루로", "바름이음길", "솔빛나래로", "여울가람길", "미리내온길", "어울림새길", "가온들로",
         "늘해랑길", "초롱다래로", "도담새뜸길", "온새미로", "해닮마을길", "라온들길", "그린나래로", "새싹두레길"]


def build():
    rnd = random.Random(20250611)
    rows, tags = [], []
    n = 0
    used_brn = set()
    for (ename, etype, gu, dong, shop, prods) in ENTERPRISES:
        while True:
            brn = "%03d-%02d-%05d" % (rnd.randint(101, 899), rnd.randint(10, 99), rnd.randint(10000, 99999))
            if brn not in used_brn:
                used_brn.add(brn)
                break
        addr = "전북특별자치도 전주시 %s %s %d (%s)" % (gu, rnd.choice(ROADS), rnd.randint(3, 180), dong)
        for (name, cat, spec, price, unit, desc, ptags) in prods:
            n += 1
            code = "ZZS%04d" % n
            rows.append([code, ename, etype, brn, name, cat, spec, price, unit, desc, addr])
            tags.append([code, " ".join(ptags), shop, dong, gu])
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
        w.writerows(rows)
    with open(os.path.join(HERE, "catalog_tags.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "품목태그", "가게종류", "법정동", "구"])
        w.writerows(tags)
    print("catalog:", len(rows), "products,", len(ENTERPRISES), "enterprises")


if __name__ == "__main__":
    build()
