"""catalog_data.py 로부터 catalog.csv 를 만든다.  python3 tools/build_catalog.py"""
import csv
import os
import random

import catalog_data

PFX = 'X'
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLUMNS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']


def biz_numbers(n, seed=20251207):
    rnd = random.Random(seed)
    seen, out = set(), []
    while len(out) < n:
        b = '%03d-%02d-%05d' % (rnd.randint(101, 899), rnd.randint(10, 99), rnd.randint(10000, 99999))
        if b not in seen:
            seen.add(b)
            out.append(b)
    return out


def load():
    """제품 목록(코드·기업 정보·태그 포함)을 돌려준다."""
    ents = catalog_data.ENTERPRISES
    bns = biz_numbers(len(ents))
    rows, k = [], 0
    for e, bn in zip(ents, bns):
        addr = '전북특별자치도 전주시 %s %s (%s)' % (e['gu'], e['road'], e['dong'])
        for p in e['products']:
            k += 1
            rows.append(dict(code='%s%04d' % (PFX, k), ent=e['name'], etype=e['etype'], bizno=bn,
                             name=p['name'], cat=p['cat'], spec=p['spec'], price=p['price'],
                             unit=p['unit'], desc=p['desc'], addr=addr, gu=e['gu'], dong=e['dong'],
                             shops=e['shops'], tags=p['tags']))
    return rows


def main():
    rows = load()
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r['code'], r['ent'], r['etype'], r['bizno'], r['name'], r['cat'], r['spec'],
                        r['price'], r['unit'], r['desc'], r['addr']])
    print('catalog.csv', len(rows), 'products')


if __name__ == '__main__':
    main()
