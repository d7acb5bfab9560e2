# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv (+ 내부용 tools/product_tags.csv)."""
import sys
sys.dont_write_bytecode = True
import csv
import os
import random

from catalog_data import E

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
COLS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']


def fake_brn(rng, used):
    while True:
        # 앞 3자리 4xx(전북권 세무서 코드 흉내), 가운데 81/82/86/89 등 법인·단체 구분 흉내, 뒤 5자리 무작위 - 모두 지어낸 값
        a = rng.randint(400, 419)
        b = rng.choice([81, 82, 86, 87, 88, 89, 90, 91, 92, 93])
        c = rng.randint(10000, 99999)
        s = f'{a:03d}-{b:02d}-{c:05d}'
        if s not in used:
            used.add(s)
            return s


def rows():
    rng = random.Random(20250611)
    used = set()
    out, tags = [], []
    n = 0
    for e in E:
        brn = fake_brn(rng, used)
        addr = f"전북특별자치도 전주시 {e['gu']} {e['road']} ({e['dong']})"
        for (name, cat, spec, price, unit, desc, tg) in e['products']:
            n += 1
            code = f'S{n:04d}'
            out.append({'제품코드': code, '기업명': e['name'], '기업유형': e['type'], '사업자등록번호': brn,
                        '제품명': name, '분류': cat, '규격': spec, '단가': int(price), '단위': unit,
                        '설명': desc, '주소': addr})
            tags.append({'제품코드': code, 'tags': tg, 'gu': e['gu'], 'dong': e['dong']})
    return out, tags


def main():
    out, tags = rows()
    with open(os.path.join(ROOT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=COLS)
        w.writeheader()
        w.writerows(out)
    with open(os.path.join(HERE, 'product_tags.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['제품코드', 'tags', 'gu', 'dong'])
        w.writeheader()
        w.writerows(tags)
    print('catalog rows', len(out))


if __name__ == '__main__':
    main()
