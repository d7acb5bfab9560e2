import csv, json, random, os
from catalog_data import ENTERPRISES
from dongs import GU
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(20250317)
rows, meta = [], {}
n = 0
used = set()
for (name, typ, gu, dong, road, no, kinds, prods) in ENTERPRISES:
    assert dong in GU[gu], (name, dong)
    while True:
        brn = '%03d-%02d-%05d' % (rng.randint(101, 699), rng.randint(81, 89), rng.randint(10000, 99999))
        if brn not in used: used.add(brn); break
    addr = '전북특별자치도 전주시 %s %s %d (%s)' % (gu, road, no, dong)
    for (pn, cls, spec, price, unit, desc, tags) in prods:
        n += 1
        code = 'ZZJ%04d' % n
        rows.append([code, name, typ, brn, pn, cls, spec, int(price), unit, desc, addr])
        meta[code] = dict(tags=tags, kinds=kinds, dong=dong, gu=gu, enterprise=name)
with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
    w.writerows(rows)
with open(os.path.join(OUT, 'tools', 'catalog_tags.json'), 'w', encoding='utf-8') as f:
    json.dump(meta, f, ensure_ascii=False, indent=0)
print(len(rows), 'products', len(ENTERPRISES), 'enterprises')
