# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv, product_tags.csv(제품코드,품목태그,가게종류,법정동)"""
import csv, os
from catalog_data import ENT, P
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]


def bizno(i):
    return "%03d-%02d-%05d" % (101 + (i * 37) % 800, 81 + (i * 7) % 18, (i * 7919 + 1234) % 100000)


def rows():
    ent = {}
    for i, (k, name, typ, gu, road, no, dong, shop) in enumerate(ENT, 1):
        ent[k] = dict(기업명=name, 기업유형=typ, 사업자등록번호=bizno(i),
                      주소="전북특별자치도 전주시 %s %s %d (%s)" % (gu, road, no, dong), dong=dong, shop=shop, gu=gu)
    out = []
    for i, (k, name, cat, spec, price, unit, desc, tags) in enumerate(P, 1):
        e = ent[k]
        out.append(dict(제품코드="ZZA%04d" % i, 기업명=e["기업명"], 기업유형=e["기업유형"], 사업자등록번호=e["사업자등록번호"],
                        제품명=name, 분류=cat, 규격=spec, 단가=int(price), 단위=unit, 설명=desc, 주소=e["주소"],
                        _tags=list(tags), _shop=e["shop"], _dong=e["dong"], _gu=e["gu"], _ent=k))
    return out


def main():
    rs = rows()
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLS)
        for r in rs:
            w.writerow([r[c] for c in COLS])
    with open(os.path.join(HERE, "product_tags.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "품목태그", "가게종류", "법정동"])
        for r in rs:
            w.writerow([r["제품코드"], "|".join(r["_tags"]), r["_shop"], r["_dong"]])
    print("catalog rows", len(rs), "enterprises", len(ENT))


if __name__ == "__main__":
    main()
