# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv

제품코드는 ZP0001 부터 기업 순서·제품 순서대로 붙인다.
사업자등록번호는 고정 시드 난수로 만든 가짜 형식(NNN-NN-NNNNN)이다.
"""
import csv
import os
import random

from catalog_data import ENTERPRISES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "catalog.csv")

# 전주시 법정동 (구별). 주소와 location 수요 검증에 쓴다.
JEONJU_DONG = {
    "완산구": ["중앙동1가", "중앙동2가", "중앙동3가", "중앙동4가", "경원동1가", "경원동2가", "경원동3가",
            "풍남동1가", "풍남동2가", "풍남동3가", "전동", "전동3가", "다가동1가", "다가동2가", "다가동3가",
            "다가동4가", "고사동", "교동", "태평동", "중노송동", "남노송동", "동완산동", "서완산동1가",
            "서완산동2가", "동서학동", "서서학동", "중화산동1가", "중화산동2가", "서신동", "석구동", "원당동",
            "평화동1가", "평화동2가", "평화동3가", "중인동", "용복동", "삼천동1가", "삼천동2가", "삼천동3가",
            "효자동1가", "효자동2가", "효자동3가", "대성동", "색장동", "상림동", "서노송동"],
    "덕진구": ["진북동", "인후동1가", "인후동2가", "덕진동1가", "덕진동2가", "금암동", "팔복동1가", "팔복동2가",
            "팔복동3가", "팔복동4가", "산정동", "금상동", "우아동1가", "우아동2가", "우아동3가", "호성동1가",
            "호성동2가", "호성동3가", "전미동1가", "전미동2가", "송천동1가", "송천동2가", "반월동", "화전동",
            "용정동", "성덕동", "원동", "고랑동", "여의동", "만성동", "장동", "도도동", "강흥동", "도덕동",
            "남정동", "중동"],
}
# '효자동2가' -> '효자동' 처럼 '○가'를 뗀 이름
import re


def dong_root(d):
    return re.sub(r"\d가$", "", d)


DONG_ROOTS = {dong_root(d) for ds in JEONJU_DONG.values() for d in ds}

COLUMNS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]


def products():
    """라벨링용: 코드·태그·가게 종류·동이 붙은 제품 목록"""
    rng = random.Random(20250917)
    out = []
    n = 0
    used = set()
    for e in ENTERPRISES:
        assert e["dong"] in JEONJU_DONG[e["gu"]], (e["name"], e["gu"], e["dong"])
        while True:
            biz = "%03d-%02d-%05d" % (rng.randint(101, 899), rng.randint(10, 89), rng.randint(10000, 99999))
            if biz not in used:
                used.add(biz)
                break
        addr = "전북특별자치도 전주시 %s %s (%s)" % (e["gu"], e["road"], e["dong"])
        for (name, cat, spec, price, unit, desc, tags) in e["products"]:
            n += 1
            out.append({
                "제품코드": "ZP%04d" % n, "기업명": e["name"], "기업유형": e["type"], "사업자등록번호": biz,
                "제품명": name, "분류": cat, "규격": spec, "단가": price, "단위": unit, "설명": desc, "주소": addr,
                "_tags": list(tags), "_shops": list(e["shops"]), "_dong": e["dong"], "_gu": e["gu"],
            })
    return out


def main():
    rows = products()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r[c] for c in COLUMNS])
    print("catalog rows:", len(rows), "->", OUT)


if __name__ == "__main__":
    main()
