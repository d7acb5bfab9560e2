# -*- coding: utf-8 -*-
"""catalog_data.py -> catalog.csv (+ tools/catalog_tags.csv: 제품코드별 품목 태그, 가게 종류, 법정동)"""
import csv, os, random
from catalog_data import ENT, PROD

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def biz_numbers(n, seed=20250611):
    rnd = random.Random(seed)
    seen = set()
    out = []
    while len(out) < n:
        s = '%03d-%02d-%05d' % (rnd.randint(101, 899), rnd.randint(10, 99), rnd.randint(10000, 99999))
        if s not in seen:
            seen.add(s); out.append(s)
    return out


def build():
    ents = {}
    nums = biz_numbers(len(ENT))
    for (k, name, typ, shop, gu, road, no, dong), bn in zip(ENT, nums):
        ents[k] = dict(name=name, type=typ, shop=shop, gu=gu, dong=dong, biz=bn,
                       addr='전북특별자치도 전주시 %s %s %d (%s)' % (gu, road, no, dong))
    rows, tags = [], []
    for i, (ek, pname, cat, spec, price, unit, desc, ptags) in enumerate(PROD, 1):
        e = ents[ek]
        code = 'ZT%04d' % i
        rows.append([code, e['name'], e['type'], e['biz'], pname, cat, spec, int(price), unit, desc, e['addr']])
        tags.append([code, '|'.join(ptags), e['shop'], e['dong'], ek])
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
        w.writerows(rows)
    with open(os.path.join(HERE, 'catalog_tags.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['제품코드', '태그', '가게종류', '법정동', '기업키'])
        w.writerows(tags)
    return len(ents), len(rows)


if __name__ == '__main__':
    print('enterprises=%d products=%d' % build())
