"""catalog_data.py → ../catalog.csv (제품코드 ZH0001…)."""
import csv
import os
import random

import catalog_data as cd

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "catalog.csv")
COLUMNS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]


def business_numbers():
    rng = random.Random(20251207)
    nums, seen = {}, set()
    for key in cd.ENTERPRISES:
        while True:
            n = "%03d-%02d-%05d" % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(10000, 99999))
            if n not in seen:
                seen.add(n)
                nums[key] = n
                break
    return nums


def load_products():
    """제품 목록 (코드·태그·동 포함). build_queries.py 도 이것을 쓴다."""
    nums = business_numbers()
    out = []
    i = 0
    for ekey, (ename, etype, gu, dong, road, shops) in cd.ENTERPRISES.items():
        addr = "전북특별자치도 전주시 %s %s (%s)" % (gu, road, dong)
        for (name, cat, spec, price, unit, desc, tags) in cd.P[ekey]:
            i += 1
            out.append(dict(code="ZH%04d" % i, ekey=ekey, 기업명=ename, 기업유형=etype,
                            사업자등록번호=nums[ekey], 제품명=name, 분류=cat, 규격=spec, 단가=price,
                            단위=unit, 설명=desc, 주소=addr, gu=gu, dong=dong, shops=list(shops),
                            tags=list(tags)))
    return out


def main():
    prods = load_products()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for p in prods:
            w.writerow([p["code"], p["기업명"], p["기업유형"], p["사업자등록번호"], p["제품명"], p["분류"],
                        p["규격"], p["단가"], p["단위"], p["설명"], p["주소"]])
    print("catalog.csv: %d products, %d enterprises" % (len(prods), len(cd.ENTERPRISES)))


if __name__ == "__main__":
    main()
