# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv, ../tools/product_tags.csv"""
import csv, os
from catalog_data import E
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)

def bizno(i):
    return '%03d-%02d-%05d' % (301 + (i * 37) % 600, 10 + (i * 13) % 89, (i * 7919 + 12345) % 100000)

def build():
    rows = []; tags = []; n = 0
    for i, e in enumerate(E):
        addr = '전북특별자치도 전주시 %s %s %d (%s)' % (e['gu'], e['road'], e['no'], e['dong'])
        for p in e['prods']:
            n += 1; code = 'ZZM%04d' % n
            name, cat, spec, price, unit, desc, t = p
            rows.append([code, e['name'], e['typ'], bizno(i), name, cat, spec, price, unit, desc, addr])
            tags.append([code, ' '.join(t), e['shop'], e['dong']])
    return rows, tags

if __name__ == '__main__':
    rows, tags = build()
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow('제품코드,기업명,기업유형,사업자등록번호,제품명,분류,규격,단가,단위,설명,주소'.split(','))
        w.writerows(rows)
    with open(os.path.join(HERE, 'product_tags.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(['제품코드', '품목태그', '업종종류', '법정동']); w.writerows(tags)
    print(len(rows), 'products,', len(E), 'enterprises,', len(set(r[5] for r in rows)), 'categories')
