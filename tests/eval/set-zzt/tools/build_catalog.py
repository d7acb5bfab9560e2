# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv, product_tags.csv (제품코드별 태그·가게종류·법정동)."""
import csv, os, random
import catalog_data as C

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']


def build():
    rng = random.Random(20251207)
    rows, tags = [], []
    used = set()
    n = 0
    for e in C.E:
        while True:
            brn = '%03d-%02d-%05d' % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(0, 99999))
            if brn not in used:
                used.add(brn); break
        addr = '전북특별자치도 전주시 %s %s (%s)' % (e['gu'], e['road'], e['dong'])
        for (name, cat, spec, price, unit, desc, tg) in e['products']:
            n += 1
            code = 'ZZT%04d' % n
            rows.append([code, e['name'], e['type'], brn, name, cat, spec, int(price), unit, desc, addr])
            tags.append([code, e['key'], e['shop'], e['dong'], tg])
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(COLS); w.writerows(rows)
    with open(os.path.join(HERE, 'product_tags.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(['제품코드', '기업키', '가게종류', '법정동', '태그']); w.writerows(tags)
    return rows, tags


if __name__ == '__main__':
    r, t = build()
    print(len(r), 'products')
