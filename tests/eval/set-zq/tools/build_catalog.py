# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv, catalog_tags.json (제품코드별 품목태그·가게종류·법정동)"""
import csv, json, os, random
from catalog_data import ENTERPRISES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']


def main():
    rng = random.Random(20250917)
    rows, tags, used = [], {}, set()
    n = 0
    for e in ENTERPRISES:
        while True:
            bz = '%03d-%02d-%05d' % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(10000, 99999))
            if bz not in used:
                used.add(bz); break
        addr = '전북특별자치도 전주시 %s %s (%s)' % (e['gu'], e['road'], e['dong'])
        for p in e['products']:
            n += 1
            code = 'ZQ%04d' % n
            rows.append([code, e['name'], e['type'], bz, p['name'], p['cat'], p['spec'], int(p['price']),
                         p['unit'], p['desc'], addr])
            tags[code] = dict(tags=p['tags'], kinds=e['kinds'], dong=e['dong'], gu=e['gu'], ent=e['name'])
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(COLS); w.writerows(rows)
    with open(os.path.join(HERE, 'catalog_tags.json'), 'w', encoding='utf-8') as f:
        json.dump(tags, f, ensure_ascii=False, indent=0)
    print('enterprises', len(ENTERPRISES), 'products', len(rows))


if __name__ == '__main__':
    main()
