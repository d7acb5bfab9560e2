"""catalog_data.py 에서 catalog.csv 를 만든다 (제품코드 ZD0001…).

사업자등록번호는 고정 시드로 만든 가짜 번호(NNN-NN-NNNNN)이다.
load_products() 는 라벨링용으로 태그가 붙은 행 목록을 돌려준다.
"""
import csv
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import catalog_data  # noqa: E402
from needs_data import DONG  # noqa: E402

OUT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLUMNS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]
FLOORS = ["", "", "", ", 2층", ", 1층", "", ", 101호", ""]


def load_products():
    rng = random.Random(20250601)
    used = set()
    rows = []
    n = 0
    for i, ent in enumerate(catalog_data.ENTERPRISES):
        assert ent["dong"] in DONG[ent["gu"]], (ent["name"], ent["gu"], ent["dong"])
        while True:
            bno = "%03d-%02d-%05d" % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(10000, 99999))
            if bno not in used:
                used.add(bno)
                break
        addr = "전북특별자치도 전주시 %s %s%s (%s)" % (ent["gu"], ent["road"], FLOORS[i % len(FLOORS)], ent["dong"])
        for p in ent["products"]:
            n += 1
            rows.append({
                "제품코드": "ZD%04d" % n, "기업명": ent["name"], "기업유형": ent["type"], "사업자등록번호": bno,
                "제품명": p["name"], "분류": p["cat"], "규격": p["spec"], "단가": p["price"], "단위": p["unit"],
                "설명": p["desc"], "주소": addr,
                "_gu": ent["gu"], "_dong": ent["dong"], "_tags": p["tags"], "_alt": p["alt"],
            })
    return rows


def main():
    rows = load_products()
    with open(os.path.join(OUT_DIR, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    ents = len(catalog_data.ENTERPRISES)
    cats = sorted({r["분류"] for r in rows})
    print("catalog.csv: %d products, %d enterprises, %d categories" % (len(rows), ents, len(cats)))
    print(" / ".join(cats))


if __name__ == "__main__":
    main()
