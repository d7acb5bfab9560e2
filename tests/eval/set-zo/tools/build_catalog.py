"""catalog_data.py -> ../catalog.csv  (제품코드 ZO0001… 부여, 사업자번호·주소 조립)."""
import csv
import os
import random

from catalog_data import parse, JEONJU_DONG

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'catalog.csv')
COLS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']


def build():
    ents, prods = parse()
    rng = random.Random(20251)
    used = set()
    emap = {}
    for e in ents:
        assert e['dong'] in JEONJU_DONG[e['gu']], (e['name'], e['gu'], e['dong'])
        while True:  # 가짜 형식 사업자번호 NNN-NN-NNNNN
            b = '%03d-%02d-%05d' % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(0, 99999))
            if b not in used:
                used.add(b)
                break
        e['bizno'] = b
        e['address'] = '전북특별자치도 전주시 %s %s (%s)' % (e['gu'], e['road'], e['dong'])
        emap[e['key']] = e
    out = []
    for i, p in enumerate(prods, 1):
        e = emap[p['ent']]
        p = dict(p)
        p['code'] = 'ZO%04d' % i
        p['e'] = e
        tags = set(p['tags'])
        if 'noshop' not in p['flags']:
            tags |= {'shop:' + s for s in e['shops']}
        p['alltags'] = tags
        out.append(p)
    return ents, out


def main():
    ents, prods = build()
    with open(OUT, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(COLS)
        for p in prods:
            e = p['e']
            w.writerow([p['code'], e['name'], e['type'], e['bizno'], p['name'], p['cat'], p['spec'], p['price'],
                        p['unit'], p['desc'], e['address']])
    print('wrote', OUT, len(prods), 'products from', len(ents), 'enterprises')


if __name__ == '__main__':
    main()
