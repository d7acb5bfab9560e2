# -*- coding: utf-8 -*-
"""Build queries.csv, query_kinds.csv, qrels.csv, no_match_detail.csv, hanyeong_intended.csv."""
import csv, os, re, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from needs_data import NEEDS
from build_catalog import products
ROOT = os.path.dirname(HERE)
SEED = 20250613

# ---- 30 no-match needs: (난이도, 수요내용, 수량, 예산, 겹치는 말, 이유)
NOMATCH = [
 ('hard', '복사기 렌탈 업체 찾습니다', 1, None, '복사', '복사용지·재생토너 같은 소모품만 있고 복사기 임대(렌탈)는 없음'),
 ('hard', '현수막 게시대 설치 공사', None, 15000000, '현수막', '현수막 제작만 있고 게시대 구조물 설치 공사는 없음'),
 ('hard', '사무실 커피머신 임대', 1, None, '커피머신, 커피', '원두 판매만 있고 커피머신 임대는 없음'),
 ('hard', '제빵용 오븐 구매 (청소년문화의집 제과 교실)', 1, 5000000, '제빵, 빵', '완제품 빵만 있고 오븐 같은 기계는 없음'),
 ('hard', '세탁기 고장 수리 요청', None, None, '세탁', '세탁 서비스만 있고 가전 수리는 없음'),
 ('hard', '원목 책상 다리 흔들리는데 수리해 주실 분', None, None, '원목 책상', '원목 가구 판매만 있고 수리 서비스는 없음'),
 ('hard', '소방시설 작동기능점검 대행 업체 (소방시설관리업 등록)', None, None, '점검, 시설', '소방시설관리업 면허가 필요한 점검 용역은 목록에 없음'),
 ('hard', '홈페이지 정보보호 취약점 진단 (보안 전문업체)', None, None, '홈페이지', '홈페이지 제작·유지관리만 있고 보안 진단 전문 서비스는 없음'),
 ('hard', '유아 승마 체험 프로그램', 20, None, '체험 프로그램', '목공·도자기·한지·생태 등 다른 체험만 있고 승마 체험은 없음'),
 ('hard', '도자기 전기가마 구입', 1, None, '도자기', '도자기 체험·머그컵만 있고 가마(장비)는 없음'),
 ('hard', '한옥 기와 지붕 보수 공사', None, None, '한옥', '한옥마을 해설만 있고 건축 보수 공사는 없음'),
 ('hard', '디지털 인쇄기 구입 검토', 1, None, '인쇄', '인쇄 주문 서비스만 있고 인쇄 기계 판매는 없음'),
 ('hard', '청사 외벽 방수 공사', None, None, '청사, 건물', '청소·녹지관리만 있고 방수 공사는 없음'),
 ('hard', '영상 촬영용 캠코더 구매', 2, None, '영상, 촬영', '영상 제작 용역만 있고 촬영 장비 판매는 없음'),
 ('hard', '컴퓨터 자수기 구입', 1, None, '자수', '자수 넣은 의류·수건만 있고 자수 기계는 없음'),
 ('hard', '코딩 수업용 노트북 30대 구매', 30, None, '코딩, 노트북', '코딩 교육 용역만 있고 노트북(전산 장비)은 없음'),
 ('hard', '한옥마을 행사 한복 대여', 40, None, '한옥마을, 행사', '한복 대여 서비스는 목록에 없음'),
 ('hard', '관광 팸투어 전세버스 임차', 2, None, '관광, 투어', '도보 해설 투어만 있고 차량 임차는 없음'),
 ('hard', '행사용 음향 장비 구매 (스피커, 믹서)', None, 8000000, '음향, 행사', '음향 오퍼레이터 포함 행사 진행 용역만 있고 장비 판매는 없음'),
 ('hard', '도시락 배달용 냉장 탑차 구입', 1, None, '도시락, 배달', '도시락 판매만 있고 차량은 없음'),
 ('easy', '제주행 항공권 단체 발권', 25, None, '', '항공권 발권은 사회적경제 제품 목록과 무관'),
 ('easy', '아파트 분양 상담 받고 싶어요', None, None, '', '부동산 분양은 무관'),
 ('easy', '중고 굴착기 매입', 1, None, '', '건설 중장비는 무관'),
 ('easy', '반려견 미용', None, None, '', '반려동물 미용은 무관'),
 ('easy', '골프장 회원권 시세', None, None, '', '회원권 거래는 무관'),
 ('easy', '치과 임플란트 시술 비용', None, None, '', '의료 시술은 무관'),
 ('easy', '관용차 자동차보험 갱신', 3, None, '', '보험 상품은 무관'),
 ('easy', '해외 주식 계좌 개설', None, None, '', '금융 상품은 무관'),
 ('easy', '비트코인 채굴기', None, None, '', '가상자산 장비는 무관'),
 ('easy', '선박 엔진 부품 납품', None, None, '', '선박 부품은 무관'),
]

def spec_ok(n, p):
    ex = n['extra']
    spec = p['규격'].replace(' ', '')
    for s in ex.get('spec_all', []):
        if s.replace(' ', '') not in spec:
            return False
    if 'spec_min' in ex:
        unit, mn = ex['spec_min']
        m = re.search(r'(\d+)\s*' + unit, p['규격'])
        if not m or int(m.group(1)) < mn:
            return False
    if 'max_price' in ex and p['단가'] > ex['max_price']:
        return False
    for d in ex.get('demote', []):
        if d in p['제품명'] or d in p['설명']:
            return False
    return True

def label(n, prods):
    ex = n['extra']
    out = []   # (code, grade, item)
    if n['kind'] == 'location':
        trade = set(ex['trade'])
        for p in prods:
            if p['_tags'] & trade:
                out.append((p['제품코드'], 2 if p['_dong'].startswith(ex['dong']) else 1, ''))
        return out
    items = ex.get('items', {})
    g2 = set(n['g2'])
    for v in items.values():
        g2 |= set(v)
    for p in prods:
        t = p['_tags']
        if t & g2:
            if spec_ok(n, p):
                lab = ''
                for k, v in items.items():
                    if t & set(v):
                        lab = k; break
                out.append((p['제품코드'], 2, lab))
            else:
                out.append((p['제품코드'], 1, ''))
        elif t & n['g1']:
            out.append((p['제품코드'], 1, ''))
    return out

def build():
    prods = products()
    allq = []
    for n in NEEDS:
        allq.append(dict(kind=n['kind'], text=n['text'], qty=n['qty'], budget=n['budget'], need=n))
    for diff, text, qty, budget, overlap, reason in NOMATCH:
        allq.append(dict(kind='no_match', text=text, qty=qty, budget=budget, need=None,
                         diff=diff, overlap=overlap, reason=reason))
    random.Random(SEED).shuffle(allq)
    for i, q in enumerate(allq, 1):
        q['id'] = 'O-Q%03d' % i
    def w(name, header, rows):
        with open(os.path.join(ROOT, name), 'w', encoding='utf-8', newline='') as f:
            cw = csv.writer(f); cw.writerow(header); cw.writerows(rows)
    w('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
      [[q['id'], q['text'], '' if q['qty'] is None else q['qty'], '' if q['budget'] is None else q['budget']] for q in allq])
    w('query_kinds.csv', ['수요번호', '유형'], [[q['id'], q['kind']] for q in allq])
    qrels = []
    for q in allq:
        if q['need'] is None:
            continue
        for code, g, lab in sorted(label(q['need'], prods), key=lambda x: (-x[1], x[0])):
            qrels.append([q['id'], code, g, lab])
    w('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], qrels)
    w('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
      [[q['id'], q['diff'], q['overlap'], q['reason']] for q in allq if q['kind'] == 'no_match'])
    w('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
      [[q['id'], q['text'], q['need']['extra']['intended']] for q in allq if q['kind'] == 'hanyeong'])
    print('queries', len(allq), 'qrels', len(qrels))
    return allq, prods

if __name__ == '__main__':
    build()
