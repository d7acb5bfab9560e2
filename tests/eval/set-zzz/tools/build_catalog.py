# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv (+ product_meta.csv: 태그·가게종류·법정동)"""
import sys, os as _os
sys.path.insert(0, _os.path.dirname(_os.path.abspath(__file__)))
import csv, os, random
import catalog_data as C

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']


def products():
    rng = random.Random(20250)
    rows = []
    i = 0
    used = set()
    for (ename, etype, shop, gu, road, num, dong, prods) in C.ENTERPRISES:
        while True:
            brn = '%03d-%02d-%05d' % (rng.randint(100, 899), rng.randint(10, 99), rng.randint(0, 99999))
            if brn not in used:
                used.add(brn)
                break
        addr = '전북특별자치도 전주시 %s %s %d (%s)' % (gu, road, num, dong)
        for (pname, cat, spec, price, unit, desc, tags) in list(prods) + C.EXTRA.get(ename, []):
            i += 1
            rows.append(dict(제품코드='ZZZ%04d' % i, 기업명=ename, 기업유형=etype, 사업자등록번호=brn,
                             제품명=pname, 분류=cat, 규격=spec, 단가=int(price), 단위=unit, 설명=desc, 주소=addr,
                             _tags=tags.split(), _shop=shop, _dong=dong, _gu=gu))
    return rows


def main():
    rows = products()
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, COLS, extrasaction='ignore')
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(HERE, 'product_meta.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['제품코드', '제품명', '품목태그', '가게종류', '법정동'])
        for r in rows:
            w.writerow([r['제품코드'], r['제품명'], ' '.join(r['_tags']), r['_shop'], r['_dong']])
    print('products', len(rows), 'enterprises', len(C.ENTERPRISES))


if __name__ == '__main__':
    main()
