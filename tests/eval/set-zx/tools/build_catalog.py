# -*- coding: utf-8 -*-
"""catalog_data.py -> catalog.csv, tools/product_tags.csv (제품코드별 태그·가게종류·법정동)."""
import csv, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalog_data import ENTERPRISES

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# 지어낸 도로명 (실제 도로명과 겹치지 않도록 만든 이름)
ROADS = ['다온누리로', '솔바람숲길', '한별마루길', '초록여울로', '가온뜰길', '새온빛로', '미르내숲길', '별빛고을로',
         '하늘채뜰길', '누리봄로', '온새미길', '꽃잠마루로', '도란도란길', '햇살고개로', '늘해랑길', '바람꽃로']
COLS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']


def build():
    rnd = random.Random(20250917)
    rows, tags = [], []
    used_biz = set()
    n = 0
    for i, e in enumerate(ENTERPRISES):
        while True:
            biz = '%03d-%02d-%05d' % (rnd.randint(101, 899), rnd.randint(10, 99), rnd.randint(10000, 99999))
            if biz not in used_biz:
                used_biz.add(biz); break
        road = ROADS[i % len(ROADS)] + ('' if i < len(ROADS) else '%d번길' % (i // len(ROADS) * 3 + 1))
        addr = '전북특별자치도 전주시 %s %s %d (%s)' % (e['gu'], road, rnd.randint(3, 180), e['dong'])
        for p in e['products']:
            n += 1
            code = 'ZX%04d' % n
            rows.append([code, e['name'], e['etype'], biz, p['name'], p['cat'], p['spec'], p['price'], p['unit'], p['desc'], addr])
            tags.append([code, '|'.join(p['tags']), e['shop'], e['dong'], e['gu']])
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(COLS); w.writerows(rows)
    with open(os.path.join(OUT, 'tools', 'product_tags.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(['제품코드', '품목태그', '가게종류', '법정동', '구']); w.writerows(tags)
    print('catalog rows', len(rows), 'enterprises', len(ENTERPRISES))


if __name__ == '__main__':
    build()
