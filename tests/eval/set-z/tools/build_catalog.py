# -*- coding: utf-8 -*-
"""catalog_data.py -> catalog.csv (제품코드 Z0001…)."""
import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import catalog_data as cd  # noqa: E402

PFX = 'Z'
HEADER = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']


def biz_numbers():
    rng = random.Random(20251207)
    seen, out = set(), {}
    for e in cd.ENTERPRISES:
        while True:
            n = f'{rng.randint(100, 899)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}'
            if n not in seen:
                seen.add(n)
                out[e[0]] = n
                break
    return out


def build():
    """제품 행과 채점용 메타데이터(태그, 가게유형, 법정동)를 돌려준다."""
    ents = {e[0]: e for e in cd.ENTERPRISES}
    biz = biz_numbers()
    rows = []
    for i, p in enumerate(cd.P, 1):
        eid, name, cat, spec, price, unit, desc, tags = p
        e = ents[eid]
        _, ename, etype, gu, dong, road, shop = e
        if name in cd.SHOP_OVERRIDE:
            shop = cd.SHOP_OVERRIDE[name]
        addr = f'전북특별자치도 전주시 {gu} {road} ({dong})'
        rows.append(dict(code=f'{PFX}{i:04d}', ent=ename, etype=etype, biz=biz[eid], name=name, cat=cat, spec=spec,
                         price=price, unit=unit, desc=desc, addr=addr, tags=set(tags.split()), shop=shop, gu=gu,
                         dong=dong, eid=eid))
    return rows


def main():
    rows = build()
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for r in rows:
            w.writerow([r['code'], r['ent'], r['etype'], r['biz'], r['name'], r['cat'], r['spec'], r['price'],
                        r['unit'], r['desc'], r['addr']])
    print(f'catalog.csv: {len(rows)} products, {len(set(r["ent"] for r in rows))} enterprises, '
          f'{len(set(r["cat"] for r in rows))} categories')


if __name__ == '__main__':
    main()
