"""catalog_data.py -> ../catalog.csv, tools/product_tags.csv"""
import csv, os, random
from catalog_data import ENTERPRISES
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)

def products():
    rng = random.Random(20261207)
    rows = []; n = 0; used = set()
    for e in ENTERPRISES:
        while True:
            brn = f"{rng.randint(100,899)}-{rng.randint(10,99)}-{rng.randint(10000,99999)}"
            if brn not in used: used.add(brn); break
        addr = f"전북특별자치도 전주시 {e['gu']} {e['road']} {e['no']} ({e['dong']})"
        for p in e["products"]:
            name, cat, spec, price, unit, desc, tags = p.split("|")
            n += 1
            rows.append(dict(제품코드=f"ZZO{n:04d}", 기업명=e["name"], 기업유형=e["type"], 사업자등록번호=brn,
                             제품명=name, 분류=cat, 규격=spec, 단가=int(price), 단위=unit, 설명=desc, 주소=addr,
                             _tags=tags.split(), _shop=e["shop"], _dong=e["dong"], _gu=e["gu"]))
    return rows

COLS = ["제품코드","기업명","기업유형","사업자등록번호","제품명","분류","규격","단가","단위","설명","주소"]
if __name__ == "__main__":
    rows = products()
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(COLS)
        for r in rows: w.writerow([r[c] for c in COLS])
    with open(os.path.join(HERE, "product_tags.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(["제품코드","태그","가게종류","법정동"])
        for r in rows: w.writerow([r["제품코드"], " ".join(r["_tags"]), r["_shop"], r["_dong"]])
    print(len(rows), "products,", len(ENTERPRISES), "enterprises")
