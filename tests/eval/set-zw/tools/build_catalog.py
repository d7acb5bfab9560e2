"""catalog_data.RAW -> catalog.csv, tools/catalog_meta.json (품목 태그·가게 종류·동)."""
import csv, json, os, random
from catalog_data import RAW

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
# 지어낸 도로명 (실존 여부와 무관한 가상의 이름)
ROADS = ['다온로', '새뜰길', '가람로', '솔바람길', '온빛로', '누리내길', '한솔마루로', '다솜길', '물빛로', '별빛샘길',
         '햇살마루길', '푸른숲로', '여울목길', '새움로', '고운뜰길', '살림터로', '이음길', '두레마당로', '모듬내길', '나래길']
rng = random.Random(20251)
ents, prods = [], []
for line in RAW.splitlines():
    if not line.strip():
        continue
    f = line.split('|')
    if f[0] == 'E':
        _, name, typ, gu, dong, shop = f
        road = ROADS[len(ents) % len(ROADS)]
        no = rng.randint(3, 180)
        addr = f'전북특별자치도 전주시 {gu} {road} {no} ({dong})'
        biz = f'{rng.randint(100, 899)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}'
        ents.append(dict(name=name, type=typ, gu=gu, dong=dong, shop=shop, addr=addr, biz=biz))
    elif f[0] == 'P':
        _, pname, cat, spec, price, unit, desc, tags = f
        e = ents[-1]
        prods.append(dict(code=f'ZW{len(prods) + 1:04d}', ent=e['name'], pname=pname, cat=cat, spec=spec,
                          price=int(price), unit=unit, desc=desc, tags=tags.split()))
with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as fh:
    w = csv.writer(fh)
    w.writerow(['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
    em = {e['name']: e for e in ents}
    for p in prods:
        e = em[p['ent']]
        w.writerow([p['code'], e['name'], e['type'], e['biz'], p['pname'], p['cat'], p['spec'], p['price'], p['unit'], p['desc'], e['addr']])
meta = {'enterprises': ents, 'products': prods}
json.dump(meta, open(os.path.join(HERE, 'catalog_meta.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(ents), 'enterprises', len(prods), 'products', len({p['cat'] for p in prods}), 'categories')
