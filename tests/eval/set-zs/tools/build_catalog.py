# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv, product_tags.csv"""
import csv, os, random
from catalog_data import E

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']


def build():
    rng = random.Random(20250101)
    rows, tags = [], []
    used = set()
    n = 0
    for e in E:
        while True:
            brn = '%03d-%02d-%05d' % (rng.randint(100, 899), rng.randint(10, 99), rng.randint(0, 99999))
            if brn not in used:
                used.add(brn); break
        addr = '전북특별자치도 전주시 %s %s (%s)' % (e['gu'], e['road'], e['dong'])
        for p in e['products']:
            n += 1
            code = 'ZS%04d' % n
            name, cat, spec, price, unit, desc, tg = p
            rows.append(dict(zip(COLS, [code, e['name'], e['type'], brn, name, cat, spec, int(price), unit, desc, addr])))
            tags.append(dict(제품코드=code, 태그=tg, 가게종류=e['shop'], 법정동=e['dong']))
    return rows, tags


if __name__ == '__main__':
    rows, tags = build()
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, COLS); w.writeheader(); w.writerows(rows)
    with open(os.path.join(HERE, 'product_tags.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, ['제품코드', '태그', '가게종류', '법정동']); w.writeheader(); w.writerows(tags)
    print(len(E), 'enterprises', len(rows), 'products', len(set(r['분류'] for r in rows)), 'categories')
