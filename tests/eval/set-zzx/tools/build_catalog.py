"""catalog_data.py -> ../catalog.csv, catalog_tags.csv (제품코드별 품목 태그, 가게 종류, 법정동)"""
import csv, os, random
import catalog_data as C
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
rng = random.Random(20250611)
COLS = ["제품코드","기업명","기업유형","사업자등록번호","제품명","분류","규격","단가","단위","설명","주소"]
def main():
    rows, tags = [], []
    n = 0; used = set()
    for e in C.E:
        while True:
            brn = f"{rng.randint(100,899)}-{rng.randint(10,99)}-{rng.randint(10000,99999)}"
            if brn not in used: used.add(brn); break
        addr = f"전북특별자치도 전주시 {e['gu']} {e['road']} {e['no']} ({e['dong']})"
        for p in e["prods"]:
            n += 1; code = f"ZZX{n:04d}"
            name, cat, spec, price, unit, desc, tg = p
            rows.append([code, e["name"], e["type"], brn, name, cat, spec, int(price), unit, desc, addr])
            tags.append([code, tg, e["shop"], e["dong"], e["gu"], e["name"]])
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(COLS); w.writerows(rows)
    with open(os.path.join(HERE, "catalog_tags.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["제품코드","태그","가게종류","법정동","구","기업명"]); w.writerows(tags)
    print(len(rows), "products,", len(C.E), "enterprises")
if __name__ == "__main__": main()
