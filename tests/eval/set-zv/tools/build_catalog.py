# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv, product_tags.csv (제품코드, 품목태그, 가게종류, 법정동)."""
import csv, os, random
import catalog_data

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ROADS = ["가온", "누리", "다올", "새봄", "한빛", "솔바람", "미리내", "꽃샘", "들꽃", "나래", "윤슬", "도담",
         "하늬", "라온", "마루", "온새미", "여울", "해오름", "별빛", "이랑", "너울", "소담", "아름", "두레"]


def main():
    rnd = random.Random(20250917)
    ents = catalog_data.parse()
    rows, tagrows = [], []
    n = 0
    used_brn = set()
    for e in ents:
        while True:
            brn = "%03d-%02d-%05d" % (rnd.randint(101, 899), rnd.randint(10, 99), rnd.randint(10000, 99999))
            if brn not in used_brn:
                used_brn.add(brn)
                break
        road = rnd.choice(ROADS) + rnd.choice(["길", "로", "%d길" % rnd.randint(1, 15)])
        addr = "전북특별자치도 전주시 %s %s %d (%s)" % (e["gu"], road, rnd.randint(3, 180), e["dong"])
        for p in e["products"]:
            n += 1
            code = "ZV%04d" % n
            rows.append([code, e["name"], e["type"], brn, p["name"], p["cat"], p["spec"], p["price"],
                         p["unit"], p["desc"], addr])
            tagrows.append([code, ";".join(p["tags"]), e["shop"], e["dong"], e["gu"]])
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
        w.writerows(rows)
    with open(os.path.join(HERE, "product_tags.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "품목태그", "가게종류", "법정동", "구"])
        w.writerows(tagrows)
    print("enterprises", len(ents), "products", n)


if __name__ == "__main__":
    main()
