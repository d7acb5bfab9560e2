# -*- coding: utf-8 -*-
"""Build catalog.csv from catalog_data.py. Codes ZE0001.. follow PRODS order."""
import csv, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import catalog_data as C

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "catalog.csv")
COLS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]


def biz_numbers():
    rnd = random.Random(20250917)
    out, seen = {}, set()
    for eid in sorted(C.ENTS):
        while True:
            n = "%03d-%02d-%05d" % (rnd.randint(101, 899), rnd.randint(10, 99), rnd.randint(10000, 99999))
            if n not in seen:
                seen.add(n); out[eid] = n; break
    return out


def rows():
    """Return list of dicts (catalog columns + internal keys _tags, _gu, _dong, _eid)."""
    bn = biz_numbers()
    res = []
    for i, (eid, name, cat, spec, price, unit, desc, tags) in enumerate(C.PRODS, 1):
        ename, etype, gu, road, dong = C.ENTS[eid]
        res.append({
            "제품코드": "ZE%04d" % i, "기업명": ename, "기업유형": etype, "사업자등록번호": bn[eid],
            "제품명": name, "분류": cat, "규격": spec, "단가": price, "단위": unit, "설명": desc,
            "주소": "전북특별자치도 전주시 %s %s (%s)" % (gu, road, dong),
            "_tags": tags, "_gu": gu, "_dong": dong, "_eid": eid,
        })
    return res


def main():
    rs = rows()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLS)
        for r in rs:
            w.writerow([r[c] for c in COLS])
    print("catalog.csv:", len(rs), "products,", len({r['_eid'] for r in rs}), "enterprises,",
          len({r['분류'] for r in rs}), "categories")


if __name__ == "__main__":
    main()
