# -*- coding: utf-8 -*-
"""catalog_data.py -> catalog.csv, tools/product_tags.csv, tools/enterprises.csv"""
import csv, os, random
import catalog_data as C

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def bizno(i):
    r = random.Random(9000 + i)
    return f"{r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(10000, 99999)}"


def load():
    ents = {}
    for i, (eid, name, typ, kind, gu, dong, road, no) in enumerate(C.ENT):
        ents[eid] = dict(eid=eid, name=name, type=typ, kind=kind, gu=gu, dong=dong,
                         addr=f"전북특별자치도 전주시 {gu} {road} {no} ({dong})", bizno=bizno(i))
    rows = []
    for eid, block in C.P.items():
        for line in block.strip().splitlines():
            rows.append([eid] + line.split("|"))
    for line in C.MORE.strip().splitlines():
        rows.append(line.split("|"))
    # 기업 순서대로 정렬(안정)
    order = {e[0]: i for i, e in enumerate(C.ENT)}
    rows.sort(key=lambda r: order[r[0]])
    prods = []
    for n, r in enumerate(rows, 1):
        eid, name, cat, spec, price, unit, desc, tags = r
        prods.append(dict(code=f"ZZB{n:04d}", eid=eid, name=name, cat=cat, spec=spec, price=int(price),
                          unit=unit, desc=desc, tags=tags.split()))
    return ents, prods


def main():
    ents, prods = load()
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
        for p in prods:
            e = ents[p["eid"]]
            w.writerow([p["code"], e["name"], e["type"], e["bizno"], p["name"], p["cat"], p["spec"], p["price"],
                        p["unit"], p["desc"], e["addr"]])
    with open(os.path.join(HERE, "product_tags.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["제품코드", "기업코드", "태그"])
        for p in prods:
            w.writerow([p["code"], p["eid"], " ".join(p["tags"])])
    with open(os.path.join(HERE, "enterprises.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["기업코드", "기업명", "기업유형", "업소종류", "구", "법정동", "주소"])
        for e in ents.values():
            w.writerow([e["eid"], e["name"], e["type"], e["kind"], e["gu"], e["dong"], e["addr"]])
    print(len(ents), "enterprises,", len(prods), "products,", len({p['cat'] for p in prods}), "categories")


if __name__ == "__main__":
    main()
