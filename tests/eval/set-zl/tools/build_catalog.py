"""Build catalog.csv from catalog_data.py.  python3 tools/build_catalog.py"""
import csv
import os
import random

import catalog_data

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "catalog.csv")
COLUMNS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]


def products():
    """List of dicts: row (catalog columns) + tags + dong, in catalog order. Deterministic."""
    rng = random.Random(20250117)
    seen = set()
    out = []
    n = 0
    for e in catalog_data.ENTERPRISES:
        while True:
            brn = "%03d-%02d-%05d" % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(0, 99999))
            if brn not in seen:
                seen.add(brn)
                break
        addr = "전북특별자치도 전주시 %s %s (%s)" % (e["gu"], e["road"], e["dong"])
        for name, cat, spec, price, unit, desc, tags in e["products"]:
            n += 1
            row = {"제품코드": "ZL%04d" % n, "기업명": e["name"], "기업유형": e["type"], "사업자등록번호": brn,
                   "제품명": name, "분류": cat, "규격": spec, "단가": price, "단위": unit, "설명": desc, "주소": addr}
            out.append(dict(row=row, tags=set(tags), dong=e["dong"], gu=e["gu"]))
    return out


def main():
    ps = products()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS)
        w.writeheader()
        for p in ps:
            w.writerow(p["row"])
    print("wrote", OUT, len(ps), "products")


if __name__ == "__main__":
    main()
