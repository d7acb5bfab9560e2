# -*- coding: utf-8 -*-
"""catalog_data.py -> catalog.csv (제품코드 R0001…). 태그는 tools/catalog_tags.csv 로 따로 남긴다(내부용)."""
import csv
import os
import random

import catalog_data as cd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
COLS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']


def biznos():
    rnd = random.Random(20250417)
    out, used = {}, set()
    for key in sorted(cd.ENTERPRISES):
        etype = cd.ENTERPRISES[key][1]
        while True:
            a = rnd.randint(402, 418)          # 전주권처럼 보이는 앞자리 (가짜)
            b = rnd.randint(81, 88) if etype == '협동조합' else rnd.randint(10, 79)
            c = rnd.randint(10000, 99999)
            no = f'{a:03d}-{b:02d}-{c:05d}'
            if no not in used:
                used.add(no)
                out[key] = no
                break
    return out


def address(key):
    name, etype, gu, dong, road = cd.ENTERPRISES[key]
    return f'전북특별자치도 전주시 {gu} {road} ({dong})'


def build():
    """제품 행 목록(태그·기업키 포함)을 돌려준다. 제품 순서는 고정 시드로 섞는다."""
    prods = list(cd.PRODUCTS)
    random.Random(7).shuffle(prods)
    bz = biznos()
    rows = []
    for i, p in enumerate(prods, 1):
        name, etype, gu, dong, road = cd.ENTERPRISES[p['e']]
        rows.append({
            '제품코드': f'R{i:04d}', '기업명': name, '기업유형': etype, '사업자등록번호': bz[p['e']],
            '제품명': p['name'], '분류': p['cat'], '규격': p['spec'], '단가': int(p['price']), '단위': p['unit'],
            '설명': p['desc'], '주소': address(p['e']),
            '_tags': p['tags'], '_ent': p['e'], '_dong': dong, '_gu': gu,
        })
    return rows


def main():
    rows = build()
    with open(os.path.join(ROOT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(COLS)
        for r in rows:
            w.writerow([r[c] for c in COLS])
    with open(os.path.join(HERE, 'catalog_tags.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['제품코드', '기업키', '태그'])
        for r in rows:
            w.writerow([r['제품코드'], r['_ent'], '|'.join(r['_tags'])])
    cats = sorted({r['분류'] for r in rows})
    print(f'{len(rows)} products, {len(cd.ENTERPRISES)} enterprises, {len(cats)} categories')
    print(cats)


if __name__ == '__main__':
    main()
