# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv, product_tags.csv (제품코드,태그,가게종류,법정동)"""
import csv, os, random
import catalog_data as C

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEAD = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']


def build():
    rnd = random.Random(20250917)
    rows, tags = [], []
    used = set()
    n = 0
    for e in C.ENTS:
        while True:
            brn = '%03d-%02d-%05d' % (rnd.randint(101, 899), rnd.randint(10, 99), rnd.randint(0, 99999))
            if brn not in used:
                used.add(brn); break
        addr = '전북특별자치도 전주시 %s %s %d (%s)' % (e['gu'], e['road'], e['no'], e['dong'])
        for (name, cat, spec, price, unit, desc, tg) in e['products']:
            n += 1
            code = 'ZZP%04d' % n
            rows.append([code, e['name'], e['type'], brn, name, cat, spec, str(price), unit, desc, addr])
            tags.append([code, tg, e['shop'], e['dong']])
    return rows, tags


if __name__ == '__main__':
    rows, tags = build()
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(HEAD); w.writerows(rows)
    with open(os.path.join(OUT, 'tools', 'product_tags.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(['제품코드', '태그', '가게종류', '법정동']); w.writerows(tags)
    print('products', len(rows), 'enterprises', len(C.ENTS))
