# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv

사업자등록번호는 고정 시드로 만든 가짜 번호이며, 실제 번호와 겹치지 않도록
국세청 검증식(가중치 1,3,7,1,3,7,1,3,5)의 검증 자리를 일부러 틀리게 만든다.
"""
import csv
import os
import random

import catalog_data as cd

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "catalog.csv")
COLUMNS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]
TYPES = {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}


def bizno_check_digit(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(d9, w)) + (d9[8] * 5) // 10
    return (10 - s % 10) % 10


def fake_bizno(rng, used):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        d[3], d[4] = 8, rng.choice([1, 2, 6])  # 법인/단체 흉내 (가운데 두 자리)
        good = bizno_check_digit(d)
        last = (good + rng.randint(1, 9)) % 10  # 검증 자리 일부러 틀림
        s = "".join(map(str, d)) + str(last)
        no = f"{s[:3]}-{s[3:5]}-{s[5:]}"
        if no not in used:
            used.add(no)
            return no


def load():
    """(catalog rows with internal '_tags', '_dong', '_gu') 를 돌려준다."""
    rng = random.Random(20250301)
    used = set()
    rows = []
    n = 0
    for e in cd.ENTERPRISES:
        assert e["type"] in TYPES, e["name"]
        bno = fake_bizno(rng, used)
        addr = f"전북특별자치도 전주시 {e['gu']} {e['road']} ({e['dong']})"
        for (tags, name, cat, spec, price, unit, desc) in e["products"]:
            n += 1
            rows.append({
                "제품코드": f"P{n:04d}", "기업명": e["name"], "기업유형": e["type"], "사업자등록번호": bno,
                "제품명": name, "분류": cat, "규격": spec, "단가": int(price), "단위": unit, "설명": desc,
                "주소": addr, "_tags": tags.split("|"), "_dong": e["dong"], "_gu": e["gu"],
            })
    return rows


def main():
    rows = load()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    print(f"catalog.csv: {len(rows)} products, {len(set(r['기업명'] for r in rows))} enterprises, "
          f"{len(set(r['분류'] for r in rows))} categories")


if __name__ == "__main__":
    main()
