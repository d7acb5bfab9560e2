# -*- coding: utf-8 -*-
"""Write catalog.csv from catalog_data.py (all data invented)."""
import csv
import json
import os
import random

from catalog_data import ENTERPRISES

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
HEADER = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]

# some enterprises write a floor / unit after the street number
FLOORS = {"hanul": "1층", "umma_banchan": "1층", "chaekmaru": "3층", "yeollin_web": "4층 402호",
          "jamak": "2층", "data_pumasi": "지하 1층", "maeumswim": "2층 201호", "digital_donghaeng": "3층",
          "daon_cafe": "1층", "hangyeol": "4층", "palbok_print": "B동"}


def bizno(rng, used):
    while True:
        s = "%03d-%02d-%05d" % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(10000, 99999))
        if s not in used:
            used.add(s)
            return s


def main():
    rng = random.Random(20250611)
    used = set()
    rows = []
    keymap = {}
    n = 0
    for ekey, name, etype, gu, road, dong, products in ENTERPRISES:
        bn = bizno(rng, used)
        street = road + (", " + FLOORS[ekey] if ekey in FLOORS else "")
        addr = "전북특별자치도 전주시 %s %s (%s)" % (gu, street, dong)
        for pkey, pname, cat, spec, price, unit, desc in products:
            n += 1
            code = "H%04d" % n
            keymap[pkey] = {"code": code, "enterprise": ekey, "dong": dong}
            rows.append([code, name, etype, bn, pname, cat, spec, str(price), unit, desc, addr])
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
        w.writerow(HEADER)
        w.writerows(rows)
    with open(os.path.join(OUT, "tools", "keymap.json"), "w", encoding="utf-8") as f:
        json.dump(keymap, f, ensure_ascii=False, indent=0)
    print("catalog rows:", len(rows), "enterprises:", len(ENTERPRISES))


if __name__ == "__main__":
    main()
