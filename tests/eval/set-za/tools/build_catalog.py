# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv

제품코드 ZA0001… 는 catalog_data.PRODUCTS 순서대로 붙는다 (순서를 바꾸면 코드가 바뀜).
사업자등록번호는 고정 시드로 만든 가짜 번호(NNN-NN-NNNNN)다.
"""
import csv
import os
import random
import re

import catalog_data as cd

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "catalog.csv")
COLUMNS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가",
           "단위", "설명", "주소"]


def biz_numbers():
    rng = random.Random(20251207)
    seen, out = set(), {}
    for e in cd.ENTERPRISES:
        while True:
            n = "%03d-%02d-%05d" % (rng.randint(101, 899), rng.randint(10, 99),
                                    rng.randint(10000, 99999))
            if n not in seen:
                break
        seen.add(n)
        out[e["key"]] = n
    return out


def address(e):
    return "전북특별자치도 전주시 %s %s (%s)" % (e["gu"], e["road"], e["dong"])


def dong_base(dong):
    """효자동2가 -> 효자동, 전동3가 -> 전동, 여의동2가 -> 여의동"""
    return re.sub(r"\d+가$", "", dong)


def catalog_rows():
    """라벨링용: catalog.csv 의 행 + 태그·법정동·가게 종류."""
    ents = {e["key"]: e for e in cd.ENTERPRISES}
    biz = biz_numbers()
    rows = []
    for i, p in enumerate(cd.PRODUCTS, 1):
        e = ents[p["ent"]]
        rows.append({
            "제품코드": "ZA%04d" % i, "기업명": e["name"], "기업유형": e["type"],
            "사업자등록번호": biz[e["key"]], "제품명": p["name"], "분류": p["cat"],
            "규격": p["spec"], "단가": p["price"], "단위": p["unit"], "설명": p["desc"],
            "주소": address(e),
            "_tags": set(p["tags"]), "_dong": e["dong"], "_dong_base": dong_base(e["dong"]),
            "_gu": e["gu"], "_shops": set(e["shops"]), "_ent": e["key"],
        })
    return rows


def main():
    rows = catalog_rows()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r[c] for c in COLUMNS])
    print("catalog.csv: %d products, %d enterprises" % (len(rows), len(cd.ENTERPRISES)))


if __name__ == "__main__":
    main()
