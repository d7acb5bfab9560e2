# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv

제품코드는 기업 순서·제품 순서대로 ZM0001 부터. 사업자등록번호는 고정 시드로 지어낸 NNN-NN-NNNNN.
products() 는 라벨링(build_queries.py)과 검증(validate.py)에서 같은 코드를 다시 만들기 위해 쓴다.
"""
import csv
import os
import random

from catalog_data import ENTERPRISES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "catalog.csv")
COLUMNS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]


def biz_numbers(n, seed=20250611):
    rng = random.Random(seed)
    seen, out = set(), []
    while len(out) < n:
        num = "%03d-%02d-%05d" % (rng.randint(101, 699), rng.choice([81, 82, 86, 87, 88]) if rng.random() < 0.6
                                   else rng.randint(10, 99), rng.randint(0, 99999))
        if num not in seen:
            seen.add(num)
            out.append(num)
    return out


def products():
    nums = biz_numbers(len(ENTERPRISES))
    rows = []
    i = 0
    for e, bn in zip(ENTERPRISES, nums):
        addr = "전북특별자치도 전주시 %s %s (%s)" % (e["gu"], e["road"], e["dong"])
        for p in e["products"]:
            i += 1
            name, cat, spec, price, unit, desc, tags = p[:7]
            opt = p[7] if len(p) > 7 else {}
            rows.append(dict(
                code="ZM%04d" % i, company=e["name"], etype=e["type"], biz=bn, name=name, cat=cat, spec=spec,
                price=price, unit=unit, desc=desc, addr=addr, gu=e["gu"], dong=e["dong"],
                tags=set(tags.split()), shop=set(opt.get("shop", e["shop"])),
            ))
    return rows


def main():
    rows = products()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r["code"], r["company"], r["etype"], r["biz"], r["name"], r["cat"], r["spec"],
                        r["price"], r["unit"], r["desc"], r["addr"]])
    print("wrote", OUT, len(rows), "products,", len(ENTERPRISES), "enterprises")


if __name__ == "__main__":
    main()
