# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv

제품코드는 기업 순서·제품 순서대로 ZC0001..; 사업자등록번호는 고정 시드로 지어낸 NNN-NN-NNNNN.
build() 는 라벨링(build_queries.py)에서도 그대로 불러 쓴다 (태그·속성 포함).
"""
import csv
import os
import random

import catalog_data as cd

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'catalog.csv')
COLS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']


def _biz_numbers(n, seed=20250917):
    rng = random.Random(seed)
    seen = set()
    out = []
    while len(out) < n:
        s = '%03d-%02d-%05d' % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(0, 99999))
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def build():
    bizs = _biz_numbers(len(cd.ENTERPRISES))
    rows = []
    k = 0
    for e, biz in zip(cd.ENTERPRISES, bizs):
        addr = '전북특별자치도 전주시 %s %s (%s)' % (e['gu'], e['road'], e['dong'])
        for p in e['products']:
            k += 1
            rows.append(dict(
                code='ZC%04d' % k, ent=e['name'], etype=e['etype'], biz=biz, name=p['name'], cat=p['cat'],
                spec=p['spec'], price=p['price'], unit=p['unit'], desc=p['desc'], addr=addr,
                dong=e['dong'], gu=e['gu'], shop=e['shop'], tags=p['tags'], attrs=p['attrs']))
    return rows


def main():
    rows = build()
    with open(OUT, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(COLS)
        for r in rows:
            w.writerow([r['code'], r['ent'], r['etype'], r['biz'], r['name'], r['cat'], r['spec'], r['price'],
                        r['unit'], r['desc'], r['addr']])
    print('catalog.csv: %d products, %d enterprises, %d categories' % (
        len(rows), len({r['ent'] for r in rows}), len({r['cat'] for r in rows})))


if __name__ == '__main__':
    main()
