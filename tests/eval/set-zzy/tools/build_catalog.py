# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv, product_tags.csv"""
import csv, os, random
import catalog_data as cd
import dongs

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']


def main():
    rng = random.Random(20250611)
    used = set()
    rows, tags = [], []
    n = 0
    for (name, etype, gu, dong, road, num, shop, prods) in cd.ENTERPRISES:
        assert dong in dongs.legal_names(gu), (name, gu, dong)
        while True:
            brn = f'{rng.randint(101, 899)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}'
            if brn not in used:
                used.add(brn); break
        addr = f'전북특별자치도 전주시 {gu} {road} {num} ({dong})'
        for p in list(prods) + cd.EXTRA.get(name, []):
            pname, cat, spec, price, unit, desc, ptags = p
            n += 1
            code = f'ZZY{n:04d}'
            rows.append([code, name, etype, brn, pname, cat, spec, int(price), unit, desc, addr])
            tags.append([code, ' '.join(ptags), shop, dong, dongs.base_dong(dong), gu])
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(COLS); w.writerows(rows)
    with open(os.path.join(HERE, 'product_tags.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(['제품코드', '품목태그', '가게종류', '법정동', '동', '구']); w.writerows(tags)
    print(len(rows), 'products,', len(cd.ENTERPRISES), 'enterprises')


if __name__ == '__main__':
    main()
