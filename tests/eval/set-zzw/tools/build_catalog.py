"""catalog_data.py -> ../catalog.csv (+ 내부용 catalog_tags.csv)"""
import csv, os
from catalog_data import parse

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def bizno(i):
    # 가짜 사업자등록번호 (###-##-#####), 결정적 생성
    return "%03d-%02d-%05d" % (402 + (i * 37) % 500, 10 + (i * 13) % 80, (i * 7919 + 1234) % 100000)


def build():
    ents, prods = parse()
    emap = {e["key"]: e for e in ents}
    for i, e in enumerate(ents, 1):
        e["bizno"] = bizno(i)
        e["addr"] = "전북특별자치도 전주시 %s %s (%s)" % (e["gu"], e["road"], e["dong"])
    rows = []
    for i, p in enumerate(prods, 1):
        p["code"] = "ZZW%04d" % i
        e = emap[p["ent"]]
        rows.append(p)
    with open(os.path.join(OUT, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
        for p in rows:
            e = emap[p["ent"]]
            w.writerow([p["code"], e["name"], e["type"], e["bizno"], p["name"], p["cat"], p["spec"], p["price"],
                        p["unit"], p["desc"], e["addr"]])
    with open(os.path.join(HERE, "catalog_tags.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "기업키", "가게종류", "법정동", "태그"])
        for p in rows:
            e = emap[p["ent"]]
            w.writerow([p["code"], e["key"], e["kind"], e["dong"], " ".join(p["tags"])])
    return ents, rows, emap


if __name__ == "__main__":
    ents, rows, _ = build()
    print("enterprises", len(ents), "products", len(rows), "categories", len({p["cat"] for p in rows}))
