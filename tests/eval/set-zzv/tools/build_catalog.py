# -*- coding: utf-8 -*-
"""catalog_data.py -> catalog.csv (+ tools/product_tags.csv)"""
import csv, os, random
import catalog_data, jeonju_dong

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def build():
    rng = random.Random(20250417)
    rows, tags = [], []
    used = set()
    n = 0
    for e in catalog_data.ENTERPRISES:
        assert e['dong'] in jeonju_dong.ALL, e['dong']
        gu = jeonju_dong.GU[e['dong']]
        while True:
            brn = '%03d-%02d-%05d' % (rng.randint(100, 899), rng.randint(10, 99), rng.randint(0, 99999))
            if brn not in used:
                used.add(brn)
                break
        addr = '전북특별자치도 전주시 %s %s (%s)' % (gu, e['road'], e['dong'])
        for p in e['products']:
            n += 1
            code = 'ZZV%04d' % n
            rows.append([code, e['name'], e['etype'], brn, p['name'], p['cat'], p['spec'], int(p['price']),
                         p['unit'], p['desc'], addr])
            tags.append([code, ' '.join(p['tags']), e['shop'], e['dong']])
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
        w.writerows(rows)
    with open(os.path.join(HERE, 'product_tags.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['제품코드', '품목태그', '가게종류', '법정동'])
        w.writerows(tags)
    return rows, tags


if __name__ == '__main__':
    rows, _ = build()
    print(len(rows), 'products;', len({r[1] for r in rows}), 'enterprises;', len({r[5] for r in rows}), 'categories')
