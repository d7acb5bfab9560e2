# -*- coding: utf-8 -*-
"""catalog_data.py -> ../catalog.csv 와 tools/product_tags.csv(제품코드별 품목태그·가게종류)."""
import csv, os
from catalog_data import ENTS, PRODUCTS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']


def bizno(i):
    # 가짜 번호: ###-##-#####
    return '%03d-%02d-%05d' % (301 + (i * 37) % 600, 10 + (i * 7) % 80, (i * 7919 + 12345) % 100000)


def load():
    keys = list(ENTS)
    rows, meta = [], []
    for n, (ek, name, cat, spec, price, unit, desc, tags) in enumerate(PRODUCTS, 1):
        en, etype, gu, road, num, dong, shop = ENTS[ek]
        code = 'ZZN%04d' % n
        rows.append({'제품코드': code, '기업명': en, '기업유형': etype, '사업자등록번호': bizno(keys.index(ek) + 1),
                     '제품명': name, '분류': cat, '규격': spec, '단가': int(price), '단위': unit, '설명': desc,
                     '주소': '전북특별자치도 전주시 %s %s %d (%s)' % (gu, road, num, dong)})
        meta.append({'제품코드': code, '기업key': ek, '가게종류': shop, '법정동': dong, '구': gu, '태그': '|'.join(tags)})
    return rows, meta


if __name__ == '__main__':
    rows, meta = load()
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, COLS)
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(HERE, 'product_tags.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, list(meta[0]))
        w.writeheader()
        w.writerows(meta)
    print(len(rows), 'products,', len(ENTS), 'enterprises')
