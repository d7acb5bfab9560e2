"""catalog_data.py -> ../catalog.csv, catalog_meta.json (코드별 태그·가게종류·동)."""
import csv, json, os, random
import catalog_data as C

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def main():
    rnd = random.Random(20250917)
    brn = {}
    used = set()
    for eid in sorted(C.ENT):
        while True:
            n = '%03d-%02d-%05d' % (rnd.randint(101, 899), rnd.randint(10, 99), rnd.randint(10000, 99999))
            if n not in used:
                used.add(n); brn[eid] = n; break
    prods = list(C.PRODUCTS)
    rnd.shuffle(prods)
    meta = {}
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['제품코드','기업명','기업유형','사업자등록번호','제품명','분류','규격','단가','단위','설명','주소'])
        for i, p in enumerate(prods, 1):
            code = 'ZZR%04d' % i
            name, typ, kind, gu, dong, road, no = C.ENT[p['eid']]
            addr = f'전북특별자치도 전주시 {gu} {road} {no} ({dong})'
            w.writerow([code, name, typ, brn[p['eid']], p['name'], p['cat'], p['spec'], int(p['price']), p['unit'], p['desc'], addr])
            meta[code] = dict(eid=p['eid'], tags=p['tags'], pack=p['pack'], shop=kind, dong=dong, gu=gu,
                              name=p['name'], spec=p['spec'], desc=p['desc'], price=int(p['price']), unit=p['unit'])
    with open(os.path.join(HERE, 'catalog_meta.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=0)
    print('products', len(prods), 'enterprises', len(C.ENT))

if __name__ == '__main__':
    main()
