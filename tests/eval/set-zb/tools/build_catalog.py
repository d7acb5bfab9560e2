# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv (+ catalog_tags.json: 라벨링용 태그)."""
import csv, json, os, random
import catalog_data
from jeonju_dong import GU_DONG

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]


def main():
    rng = random.Random(4117)
    used = set()
    rows, tags = [], {}
    n = 0
    for e in catalog_data.E:
        assert e["dong"] in GU_DONG[e["gu"]], (e["name"], e["gu"], e["dong"])
        while True:
            biz = "%03d-%02d-%05d" % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(10000, 99999))
            if biz not in used:
                used.add(biz)
                break
        addr = "전북특별자치도 전주시 %s %s (%s)" % (e["gu"], e["road"], e["dong"])
        for (name, cat, spec, price, unit, desc, tg) in e["products"]:
            n += 1
            code = "ZB%04d" % n
            rows.append([code, e["name"], e["type"], biz, name, cat, spec, price, unit, desc, addr])
            tags[code] = tg.split()
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLS)
        w.writerows(rows)
    with open(os.path.join(HERE, "catalog_tags.json"), "w", encoding="utf-8") as f:
        json.dump(tags, f, ensure_ascii=False, indent=0)
    print("catalog rows", len(rows), "enterprises", len(catalog_data.E))


if __name__ == "__main__":
    main()
