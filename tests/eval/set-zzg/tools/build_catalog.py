"""catalog_data.py -> catalog.csv (+ tools/product_tags.csv: 제품코드별 품목태그·업종·법정동)"""
import csv, os, random, re
from catalog_data import ENTERPRISES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MERGE = {'토너·잉크': '사무용품', '행사기획': '공연·행사', '공연': '공연·행사', '양곡': '농산물·꾸러미',
         '교구·보드게임': '문구·교구', '문구·학습준비물': '문구·교구'}
WANSAN = set('중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가 전동 전동3가 '
             '다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 서노송동 동완산동 서완산동1가 서완산동2가 '
             '동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동 평화동1가 평화동2가 평화동3가 중인동 용복동 '
             '삼천동1가 삼천동2가 삼천동3가 효자동1가 효자동2가 효자동3가 대성동 색장동 상림동'.split())
DEOKJIN = set('진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가 산정동 금상동 '
              '우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가 송천동2가 반월동 화전동 '
              '용정동 성덕동 원동 고랑동 여의동 만성동 장동 도도동 강흥동 도덕동 남정동 중동'.split())
DONGS = {'완산구': WANSAN, '덕진구': DEOKJIN}

def main():
    rng = random.Random(20250611)
    rows, tags = [], []
    used = set()
    i = 0
    for (ename, etype, shop, gu, dong, road, prods) in ENTERPRISES:
        assert dong in DONGS[gu], (ename, gu, dong)
        while True:
            biz = f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}"
            if biz not in used: used.add(biz); break
        addr = f"전북특별자치도 전주시 {gu} {road} ({dong})"
        for (pname, cat, spec, price, unit, desc, t) in prods:
            i += 1
            code = f"ZZG{i:04d}"
            rows.append([code, ename, etype, biz, pname, MERGE.get(cat, cat), spec, int(price), unit, desc, addr])
            tags.append([code, t, shop, gu, dong])
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow('제품코드,기업명,기업유형,사업자등록번호,제품명,분류,규격,단가,단위,설명,주소'.split(','))
        w.writerows(rows)
    with open(os.path.join(HERE, 'product_tags.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(['제품코드', '품목태그', '업종', '구', '법정동'])
        w.writerows(tags)
    print(len(ENTERPRISES), 'enterprises', len(rows), 'products', len({r[5] for r in rows}), 'categories')

if __name__ == '__main__':
    main()
