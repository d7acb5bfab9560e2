# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv, product_tags.csv (제품코드, 태그, 가게종류, 법정동)"""
import csv, os, random
import catalog_data as cd
from dongs import GU

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def build():
    rng = random.Random(20250117)
    rows, tagrows, seen = [], [], set()
    n = 0
    for ename, etype, dong, road, shop, prods in cd.ENTERPRISES:
        assert dong in GU, dong
        while True:
            brn = f'{rng.randint(101, 899)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}'
            if brn not in seen:
                seen.add(brn); break
        addr = f'전북특별자치도 전주시 {GU[dong]} {road} ({dong})'
        for name, cat, spec, price, unit, desc, tags in prods:
            n += 1
            code = f'ZZU{n:04d}'
            rows.append([code, ename, etype, brn, name, cat, spec, int(price), unit, desc, addr])
            tagrows.append([code, '|'.join(tags), shop, dong])
    return rows, tagrows

if __name__ == '__main__':
    rows, tagrows = build()
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
        w.writerows(rows)
    with open(os.path.join(HERE, 'product_tags.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['제품코드', '품목태그', '가게종류', '법정동'])
        w.writerows(tagrows)
    print(len(rows), 'products', len(cd.ENTERPRISES), 'enterprises')
