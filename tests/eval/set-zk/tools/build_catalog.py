# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv (제품코드 ZK0001…). 태그는 내보내지 않는다."""
import csv
import os
import random

from catalog_data import ENTERPRISES, WANSAN_DONG, DEOKJIN_DONG, DESC

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'catalog.csv')
COLUMNS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']
FLOORS = ['', '', '', ' 1층', ' 2층', ' 지하1층', ' 101호']


def business_numbers():
    rng = random.Random(4627)
    seen = set()
    out = []
    while len(out) < len(ENTERPRISES):
        n = '%03d-%02d-%05d' % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(10000, 99999))
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out


def products():
    """(code, enterprise tuple, product tuple, address, bizno) 목록 (고정 순서)."""
    rows = []
    nums = business_numbers()
    rng = random.Random(88)
    i = 0
    for e_idx, (ename, etype, gu, dong, road, prods) in enumerate(ENTERPRISES):
        assert (gu == '완산구' and dong in WANSAN_DONG) or (gu == '덕진구' and dong in DEOKJIN_DONG), (ename, gu, dong)
        addr = '전북특별자치도 전주시 %s %s%s (%s)' % (gu, road, rng.choice(FLOORS), dong)
        for p in prods:
            i += 1
            rows.append(dict(code='ZK%04d' % i, ename=ename, etype=etype, gu=gu, dong=dong, bizno=nums[e_idx],
                             name=p[0], cat=p[1], spec=p[2], price=p[3], unit=p[4], desc=p[5] or DESC.get(p[0], ''),
                             tags=set(p[6].split()), addr=addr))
    return rows


def main():
    rows = products()
    with open(OUT, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r['code'], r['ename'], r['etype'], r['bizno'], r['name'], r['cat'], r['spec'],
                        r['price'], r['unit'], r['desc'], r['addr']])
    cats = sorted({r['cat'] for r in rows})
    print('products', len(rows), 'enterprises', len(ENTERPRISES), 'categories', len(cats))
    print(cats)


if __name__ == '__main__':
    main()
