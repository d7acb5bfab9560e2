# -*- coding: utf-8 -*-
"""수요 150건을 섞어 번호를 매기고, 품목 태그로 관련도를 기계적으로 매긴 뒤 검토 결과(보정)를 얹는다.

python3 build_queries.py          산출 CSV 작성
python3 build_queries.py --sweep  수요 낱말이 제품명에 들어 있는데 관련도 0 인 제품 목록(검토용)
"""
import csv
import os
import random
import re
import sys

import build_catalog
import kbd
import needs_data
import nomatch_data

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEED = 4471

# ------------------------------------------------------------------ 카탈로그 작성 뒤 보탠 것
# 범주형 수요에서, 카탈로그를 보고 나서야 알게 된 품목 태그를 더한다 (want, sub).
EXTRA = {
    'CT03': (['수정테이프', '형광펜', '마커', '수첩'], []),
    'CT04': ([], ['안내판']),
    'CT05': (['샴푸바'], ['세척솔', '탈취제']),
    'CT09': (['문풍지'], []),
    'CT10': (['업사이클체험', '떡메치기체험'], []),
    'CT11': (['파우치'], []),
}

# 가게 종류별로 그 가게라고 볼 수 있는 기업 (location 판정용)
SHOP_ENT = {
    '떡집': ['E24', 'E25'],
    '꽃집': ['E49', 'E50', 'E51'],
    '인쇄소': ['E04', 'E05', 'E06', 'E07'],
    '반찬가게': ['E35', 'E36', 'E20'],
    '한지공방': ['E13', 'E14', 'E16'],
    '세탁소': ['E42', 'E43'],
    '빵집': ['E27', 'E28'],
    '목공방': ['E52', 'E53'],
    '도시락집': ['E17', 'E18', 'E20'],
    '찻집': ['E30', 'E31'],
}

# 조건 불충족을 0 으로 보는 수요 (모델이 다르면 쓸 수 없음)
STRICT_COND = {'QT03'}

# 검토(스윕) 뒤 손으로 정한 것: {수요 내부번호: {제품명: 관련도 또는 (관련도, 품목)}}
# 0 은 '봤고 관련 없음'을 뜻한다.
_Z = 0  # 봤고 관련 없음
OVERRIDES = {
    'EX01': {'2공 바인더 A4': _Z, '전단지 인쇄 A4': _Z, 'A3 복사용지 80g': 1},
    'EX03': {'단체 도시락 보냉가방 대여': _Z, '어르신 반찬 도시락 정기배달': _Z, '도시락 김': _Z},
    'EX07': {'커피박 업사이클 화분(빈 화분)': _Z, '이동식 커피차 행사 지원': _Z, '커피박 탈취제': _Z},
    'EX08': {'천연비누 만들기 체험': _Z, '설거지 비누': 1},
    'EX09': {'사무실 정기 청소': _Z, '입주·이사 청소': _Z, '청소년 진로체험 프로그램': _Z, '카펫 청소': _Z},
    'EX11': {'원목 소꿉놀이 주방 세트': _Z, '원목 자석 낚시놀이': _Z, '원목 명패 레이저 각인': _Z, '원목 도마': _Z,
             '원목 감사패': _Z, '원목 쌓기 블록 100pcs': _Z},
    'SY01': {'포켓 메모지 스프링 수첩': _Z},
    'SY02': {'폐현수막 업사이클 장바구니': _Z},
    'SY03': {'붙이는 핫팩 50g': _Z},
    'SY05': {'조직문화 소통 워크숍': _Z, '단체 도시락 보냉가방 대여': _Z, '어르신 반찬 도시락 정기배달': _Z,
             '도시락 김': _Z},
    'SY07': {'사무실 정기 청소': _Z},
    'SY09': {'물티슈 100매 캡형': _Z},
    'SY10': {'근무복 세탁(수거·배달)': _Z},
    'SY11': {'단체 도시락 보냉가방 대여': _Z, '어르신 반찬 도시락 정기배달': _Z, '도시락 김': _Z},
    'TY01': {'폐현수막 업사이클 장바구니': _Z},
    'TY02': {'홍보 영상 제작(3분)': _Z},
    'TY04': {'단체 도시락 보냉가방 대여': _Z, '어르신 반찬 도시락 정기배달': _Z, '도시락 김': _Z},
    'TY06': {'한지 명함첩': _Z},
    'TY07': {'고층 외벽 유리창 청소(로프)': _Z, '건물 공용부 청소(계단·화장실)': _Z, '사무실 정기 청소': _Z,
             '입주·이사 청소': _Z, '유리창 청소(내부·저층 외부)': _Z, '청소년 진로체험 프로그램': _Z,
             '청소년수련관 대청소 지원': _Z, '카펫 청소': _Z},
    'TY11': {'천연비누 만들기 체험': _Z, '어린이집 친환경 소독': _Z, '명함 인쇄(친환경 재생지)': _Z},
    'HY03': {'커피박 업사이클 화분(빈 화분)': _Z, '어르신 반찬 도시락 정기배달': _Z, '근무복 세탁(수거·배달)': _Z},
    'HY04': {'모둠 찰떡 선물세트': 1, '무설탕 쌀쿠키': 1, '수제청 선물세트': _Z, '착즙주스 선물세트': _Z, '참기름·들기름 선물세트': _Z,
             '드립백 선물세트': _Z, '천연비누 선물세트': _Z, '전통차 선물세트': _Z, '잡곡 선물세트': _Z},
    'HY06': {'근무복 춘추 점퍼': _Z, '근무복 동복 바지': _Z, '대량 산업 세탁(수건·가운)': _Z,
             '커튼·블라인드 원단 세탁': _Z},
    'HY09': {'방충망 교체': _Z},
    'SP02': {'커피박 업사이클 화분(빈 화분)': _Z, '식물 렌탈 관리 방문': _Z},
    'SP04': {'커피박 업사이클 화분(빈 화분)': _Z, '이동식 커피차 행사 지원': _Z, '커피박 탈취제': _Z},
    'SP05': {'천연비누 만들기 체험': _Z},
    'SP06': {'청렴·갑질 예방 교육': _Z, '교육 교재 제본': _Z, '임직원 사회적가치·ESG 교육': _Z, '폼보드 안내판': _Z},
    'SP11': {'폐현수막 업사이클 장바구니': _Z},
    'CS01': {'폐현수막 업사이클 장바구니': _Z},
    'CS02': {'단체 도시락 보냉가방 대여': _Z, '어르신 반찬 도시락 정기배달': _Z, '도시락 김': _Z},
    'CS05': {'한지 명함첩': _Z},
    'CS06': {'어린이집 친환경 소독': _Z, '명함 인쇄(친환경 재생지)': _Z, '친환경 주방세제 리필': _Z},
    'CS11': {'텀블러 세척솔': _Z, '원목 명패 레이저 각인': _Z, '판촉 볼펜 각인': _Z},
    'QT01': {'2공 바인더 A4': _Z, '전단지 인쇄 A4': _Z},
    'QT02': {'단체 도시락 보냉가방 대여': _Z, '어르신 반찬 도시락 정기배달': _Z, '도시락 김': _Z},
    'QT03': {'재생토너 삼성 MLT-D111S': _Z, '재생토너 HP 78A(CE278A)': _Z},
    'QT04': {'콜드브루 원액 500ml': _Z, '텀블러 세척솔': _Z, '손세정제 500ml': _Z, '손소독제 겔 500ml': _Z},
    'QT06': {'재생 잉크카트리지 캐논 PG-745XL': _Z, '근무복 세탁(수거·배달)': _Z},
    'QT07': {'커피박 업사이클 화분(빈 화분)': _Z, '드립백 커피 10개입': _Z, '마들렌 10개입': _Z,
             '축하 3단 화환': 1, '쌀 화환(축하)': 1, '축하 꽃바구니': 1},
    'QT09': {'스테인리스 텀블러 500ml 레이저 각인': _Z, '프리미엄 머그 텀블러 500ml': _Z, '콜드브루 원액 500ml': _Z},
    'QT10': {'한지 명함첩': _Z},
    'QT11': {'대형 현수막(㎡ 단가)': 1, '중성 볼펜 0.5mm': _Z, '수정테이프 5mm': _Z, '폐현수막 업사이클 장바구니': _Z},
    'LS01': {'단체 도시락 보냉가방 대여': _Z, '어르신 반찬 도시락 정기배달': _Z, '도시락 김': _Z},
    'LS02': {'폐현수막 업사이클 장바구니': _Z},
    'LS03': {'어르신 반찬 도시락 정기배달': _Z, '방역 소독(정기)': _Z, '사무실 정기 청소': 1, '청소년수련관 대청소 지원': 1},
    'LS04': {'어르신 방문 돌봄': _Z, '어르신 반찬 도시락 정기배달': _Z, '어르신 연화식 반찬 세트': _Z,
             '어린이집 낮잠 이불 세탁': _Z},
    'LS05': {'방역 마스크 KF94(대형)': _Z, '청사 위생관리 용역': _Z},
    'LS06': {'전통매듭 키링': _Z, '전통 한과 선물세트': _Z, '전통차 선물세트': _Z},
    'LS07': {'근무복 춘추 점퍼': _Z, '근무복 동복 바지': _Z, '대량 산업 세탁(수건·가운)': _Z,
             '커튼·블라인드 원단 세탁': _Z},
    'LS09': {'단체 도시락 보냉가방 대여': _Z, '어르신 반찬 도시락 정기배달': _Z, '도시락 김': _Z},
    'LS10': {'유아 원목 교구장 3단': _Z, '영아 원목 교구장 2단': _Z, '원목 명패 레이저 각인': _Z, '원목 도마': _Z, '원목 책장 5단': _Z, '원목 감사패': _Z},
    'LS11': {'부채 만들기 체험': _Z, '요리 체험 교실': _Z, '천연비누 만들기 체험': _Z, '한지등 만들기 체험': _Z,
             '업사이클 만들기 체험': _Z, '한지공예 체험': _Z, '축제 체험부스 운영': _Z, '떡메치기 체험': _Z,
             '매듭 팔찌 만들기 체험': _Z},
    'CT01': {'명절 반찬 꾸러미': _Z, '무설탕 쌀쿠키': _Z, '쌀 화환(축하)': _Z},
    'CT02': {'어린이집 친환경 소독': _Z, '어린이집 낮잠 이불 세탁': _Z},
    'CT03': {'판촉 볼펜 각인': 1},
    'CT04': {'축제 체험부스 운영': _Z, '폐현수막 업사이클 장바구니': _Z},
    'CT05': {'천연비누 만들기 체험': _Z, '어린이집 친환경 소독': _Z, '플라스틱 손부채 인쇄': _Z,
             '명함 인쇄(친환경 재생지)': _Z},
    'CT07': {'보드게임 교육 강사 파견': _Z, '교육 교재 제본': _Z, '교육용 보드게임 세트': _Z},
    'CT08': {'한지등 만들기 체험': _Z},
    'CT09': {'이동식 커피차 행사 지원': _Z, '청소년수련관 대청소 지원': _Z, '무설탕 쌀쿠키': _Z, '찹쌀 유과': _Z,
             '어린이집 낮잠 이불 세탁': _Z, '쌀 화환(축하)': _Z, '가사 지원 서비스': _Z},
    'CT10': {'진로 상담 집단 프로그램': _Z},
    'CT11': {'판촉 볼펜 각인': 2, '손세정제 리필 3.5L': 1, '텀블러 세척솔': _Z, '저염 건강 도시락': _Z},
    'LO02': {'커피박 업사이클 화분(빈 화분)': _Z, '비누꽃 꽃다발': _Z},
    'LO03': {'폐현수막 업사이클 장바구니': _Z, '한지 명함첩': _Z},
    'LO07': {'앙금플라워 떡케이크': _Z, '떡케이크 1호': _Z},
    'LO08': {'아크릴 명패': _Z},
    'LO09': {'단체 도시락 보냉가방 대여': _Z, '어르신 반찬 도시락 정기배달': _Z, '도시락 김': _Z},
    'MI01': {'폐현수막 업사이클 장바구니': _Z},
    'MI02': {'커피박 업사이클 화분(빈 화분)': _Z, '원두커피 1kg(홀빈)': _Z, '단체 도시락 보냉가방 대여': _Z,
             '어르신 반찬 도시락 정기배달': _Z, '도시락 김': _Z, '커피박 탈취제': _Z},
    'MI06': {'모둠 찰떡 선물세트': 1, '떡볶이 밀키트': _Z, '어린이집 친환경 소독': _Z, '어린이집 낮잠 이불 세탁': _Z,
             '떡메치기 체험': _Z},
    'MI07': {'카펫 청소': 1, '입주·이사 청소': _Z, '청소년 진로체험 프로그램': _Z, '방역 마스크 KF94(대형)': _Z},
    'MI08': {'텀블러 세척솔': _Z},
    'MI09': {'한지 명함첩': _Z},
}


def need_text(n):
    t = n['text']
    if n['kind'] == 'hanyeong':
        return re.sub(r'\{([^}]*)\}', lambda m: kbd.to_qwerty(m.group(1)), t)
    if n['kind'] == 'choseong':
        return re.sub(r'\{([^}]*)\}', lambda m: kbd.choseong(m.group(1)), t)
    return t


def intended(n):
    return n['text'].replace('{', '').replace('}', '')


def cond_ok(cond, row):
    if not cond:
        return True
    if 'max_price' in cond and row['단가'] > cond['max_price']:
        return False
    if 're' in cond and not re.search(cond['re'], row['제품명'] + ' ' + row['규격']):
        return False
    return True


def label(n, rows):
    """{제품코드: (관련도, 품목)}"""
    out = {}
    want = set(n['want']) | set(EXTRA.get(n['id'], ([], []))[0])
    sub = set(n['sub']) | set(EXTRA.get(n['id'], ([], []))[1])
    for r in rows:
        tags = set(r['_tags'])
        g, item = 0, ''
        if n['kind'] == 'location':
            shop = set(needs_data.SHOP[n['shop']])
            if tags & shop and r['_ent'] in SHOP_ENT[n['shop']]:
                g = 2 if r['_dong'] == n['dong'] else 1
        elif n['kind'] == 'multi_item':
            for name, its in n['items']:
                if tags & set(its):
                    g, item = 2, name
                    break
            if not g and tags & sub:
                g = 1
        else:
            if tags & want:
                if cond_ok(n.get('cond'), r):
                    g = 2
                else:
                    g = 0 if n['id'] in STRICT_COND else 1
            elif tags & sub:
                g = 1
        if g:
            out[r['제품코드']] = (g, item)
    byname = {r['제품명']: r['제품코드'] for r in rows}
    for pname, v in OVERRIDES.get(n['id'], {}).items():
        code = byname[pname]
        g, item = v if isinstance(v, tuple) else (v, '')
        if g == 0:
            out.pop(code, None)
        else:
            out[code] = (g, item)
    return out


STOP = set('''제작 주문 구매 업체 있나요 같이 가능한 곳 인쇄 서비스 되는 하는 해주는 보내주세요 넣어서 로고 단체로 박스로
뭐 있나요 용 때 전주 행사 직원 선물 찾습니다 이하 이내 개당 장당 예산 포함 세트 기념품 의뢰드립니다'''.split())


def sweep_words(n):
    ws = set()
    for tok in re.findall(r'[가-힣A-Za-z0-9]+', intended(n)):
        if len(tok) >= 2 and tok not in STOP and not tok.isdigit():
            ws.add(tok)
    for t in list(n['want']) + list(n['sub']):
        ws.add(t)
    for name, its in n.get('items', []):
        ws.add(name)
        ws.update(its)
    if n['kind'] == 'location':
        ws.update(needs_data.SHOP[n['shop']])
    return ws


def sweep(rows):
    for n in needs_data.NEEDS:
        lab = label(n, rows)
        ws = sweep_words(n)
        seen = set(OVERRIDES.get(n['id'], {}))
        hits = []
        for r in rows:
            if r['제품코드'] in lab or r['제품명'] in seen:
                continue
            hay = r['제품명']
            m = [w for w in ws if w in hay]
            if m:
                hits.append((r['제품명'], r['기업명'], m))
        if hits:
            print(f"== {n['id']} [{n['kind']}] {intended(n)}")
            for h in hits:
                print('   ', h)


def all_needs():
    out = []
    for n in needs_data.NEEDS:
        out.append(n)
    for n in nomatch_data.NOMATCH:
        out.append(n)
    rnd = random.Random(SEED)
    rnd.shuffle(out)
    for i, n in enumerate(out, 1):
        n['qid'] = f'R-Q{i:03d}'
    return out


def w(path, header, rows):
    with open(os.path.join(ROOT, path), 'w', encoding='utf-8', newline='') as f:
        wr = csv.writer(f)
        wr.writerow(header)
        wr.writerows(rows)


def main():
    rows = build_catalog.build()
    if '--sweep' in sys.argv:
        sweep(rows)
        return
    needs = all_needs()
    q, k, qr, nm, hy, mp = [], [], [], [], [], []
    code_order = {r['제품코드']: i for i, r in enumerate(rows)}
    for n in needs:
        text = need_text(n)
        q.append([n['qid'], text, '' if n['qty'] is None else n['qty'], '' if n['budget'] is None else n['budget']])
        k.append([n['qid'], n['kind']])
        mp.append([n['qid'], n['id'], n['kind'], n.get('org', '')])
        if n['kind'] == 'no_match':
            nm.append([n['qid'], n['level'], ' / '.join(n['overlap']), n['reason']])
            continue
        if n['kind'] == 'hanyeong':
            hy.append([n['qid'], text, intended(n)])
        lab = label(n, rows)
        for code in sorted(lab, key=lambda c: (-lab[c][0], code_order[c])):
            g, item = lab[code]
            qr.append([n['qid'], code, g, item if g == 2 else ''])
    w('queries.csv', ['수요번호', '수요내용', '수량', '예산'], q)
    w('query_kinds.csv', ['수요번호', '유형'], k)
    w('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], qr)
    w('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'], sorted(nm))
    w('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'], sorted(hy))
    with open(os.path.join(HERE, 'need_map.csv'), 'w', encoding='utf-8', newline='') as f:
        wr = csv.writer(f)
        wr.writerow(['수요번호', '내부번호', '유형', '기관'])
        wr.writerows(mp)
    print(f'{len(q)} needs, {len(qr)} qrels rows')


if __name__ == '__main__':
    main()
