# -*- coding: utf-8 -*-
"""Build catalog.csv from catalog_data.py (synthetic). Also returns products with internal tags."""
import csv, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalog_data import ENT

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'catalog.csv')
ROADS = ['기린대로', '팔달로', '백제대로', '온고을로', '서곡로', '홍산로', '천잠로', '전라감영로', '충경로',
         '권삼득로', '견훤로', '솔내로', '안덕원로', '가리내로', '오공로', '우전로', '모악로', '반석로']
HEADER = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']

def products():
    rows = []
    n = 0
    for i, (name, etype, gu, dong, lines) in enumerate(ENT):
        brn = '%03d-%02d-%05d' % (301 + (i * 37) % 600, 81 + (i * 7) % 18, (13579 + i * 7919) % 100000)
        addr = '전북특별자치도 전주시 %s %s %d (%s)' % (gu, ROADS[(i * 5) % len(ROADS)], 3 + (i * 13) % 240, dong)
        for l in lines:
            pname, cat, spec, price, unit, desc, tags = l.split('|')
            n += 1
            rows.append(dict(제품코드='O%04d' % n, 기업명=name, 기업유형=etype, 사업자등록번호=brn, 제품명=pname,
                             분류=cat, 규격=spec, 단가=int(price), 단위=unit, 설명=desc, 주소=addr,
                             _tags=set(tags.split()), _dong=dong))
    return rows

def main():
    rows = products()
    with open(OUT, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for r in rows:
            w.writerow([r[h] for h in HEADER])
    print('catalog rows', len(rows))

if __name__ == '__main__':
    main()
