"""catalog_data.py → catalog.csv

제품코드 W0001… 은 catalog_data 의 나열 순서대로 붙인다(결정적).
사업자등록번호는 고정 시드 난수로 만든 가짜 형식(NNN-NN-NNNNN)이다.
주소: "전북특별자치도 전주시 {구} {도로명} ({법정동})" — 구·법정동은 실제 전주 조합만 허용.
"""
import csv
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import catalog_data  # noqa: E402

PFX = "W"

# 전주시 법정동 (구별). 위치 수요 검증과 주소 검증에 쓴다.
JEONJU_DONG = {
    "완산구": """중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가
    풍남동3가 전동 전동3가 다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동
    서노송동 동완산동 서완산동1가 서완산동2가 동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동
    원당동 평화동1가 평화동2가 평화동3가 중인동 용복동 삼천동1가 삼천동2가 삼천동3가 효자동1가 효자동2가
    효자동3가 대성동 색장동 상림동""".split(),
    "덕진구": """진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가
    산정동 금상동 우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가
    송천동2가 반월동 화전동 용정동 성덕동 원동 고랑동 여의동 만성동 남정동 도도동 강흥동 도덕동 동산동
    중동 장동""".split(),
}


def dong_base(dong):
    """'효자동2가' → '효자동'"""
    return re.sub(r"\d가$", "", dong)


ALL_DONG_BASES = {dong_base(d) for ds in JEONJU_DONG.values() for d in ds}


def load_products():
    rng = random.Random(20250607)
    used = set()
    products = []
    n = 0
    for ent in catalog_data.ENTERPRISES:
        assert ent["dong"] in JEONJU_DONG[ent["gu"]], (ent["name"], ent["gu"], ent["dong"])
        while True:
            biz = "%03d-%02d-%05d" % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(10000, 99999))
            if biz not in used:
                used.add(biz)
                break
        addr = "전북특별자치도 전주시 %s %s (%s)" % (ent["gu"], ent["road"], ent["dong"])
        for p in ent["products"]:
            n += 1
            products.append(dict(
                code="%s%04d" % (PFX, n), ent=ent["name"], etype=ent["etype"], biz=biz,
                name=p["name"], cat=p["cat"], spec=p["spec"], price=p["price"], unit=p["unit"],
                desc=p["desc"], addr=addr, gu=ent["gu"], dong=ent["dong"], shop=list(ent["shop"]),
                tags=list(p["tags"]), stags=list(p["stags"]),
            ))
    return products


COLUMNS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]


def main():
    products = load_products()
    path = os.path.join(OUT, "catalog.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for p in products:
            w.writerow([p["code"], p["ent"], p["etype"], p["biz"], p["name"], p["cat"], p["spec"],
                        p["price"], p["unit"], p["desc"], p["addr"]])
    print("catalog.csv: %d products, %d enterprises, %d categories" % (
        len(products), len({p["ent"] for p in products}), len({p["cat"] for p in products})))


if __name__ == "__main__":
    main()
