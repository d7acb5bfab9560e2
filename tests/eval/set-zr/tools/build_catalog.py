# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv, product_tags.csv (제품코드별 품목태그·가게종류·법정동)."""
import csv, os, random
from catalog_data import ENTERPRISES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}


def main():
    rng = random.Random(20250601)
    rows, tagrows = [], []
    used_brn = set()
    code = 0
    for name, etype, gu, dong, road, shops, block in ENTERPRISES:
        assert etype in TYPES, etype
        while True:
            brn = '%03d-%02d-%05d' % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(10000, 99999))
            if brn not in used_brn:
                used_brn.add(brn); break
        addr = '전북특별자치도 전주시 %s %s %d (%s)' % (gu, road, rng.randint(3, 180), dong)
        for line in block.strip().splitlines():
            parts = line.split('|')
            assert len(parts) == 7, line
            pname, cat, spec, price, unit, desc, tags = parts
            code += 1
            pc = 'ZR%04d' % code
            rows.append([pc, name, etype, brn, pname, cat, spec, int(price), unit, desc, addr])
            tagrows.append([pc, tags, ';'.join(shops), dong, gu])
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
        w.writerows(rows)
    with open(os.path.join(HERE, 'product_tags.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['제품코드', '품목태그', '가게종류', '법정동', '구'])
        w.writerows(tagrows)
    print('enterprises', len(ENTERPRISES), 'products', len(rows), 'categories', len({r[5] for r in rows}))


if __name__ == '__main__':
    main()
