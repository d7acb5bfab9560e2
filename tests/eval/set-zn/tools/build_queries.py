# -*- coding: utf-8 -*-
"""3~5단계: 해당 없음 수요 30건, 기계적 라벨링, 스윕, 섞어서 번호 부여.

python3 tools/build_queries.py
 -> queries.csv, query_kinds.csv, qrels.csv, no_match_detail.csv, hanyeong_intended.csv,
    tools/sweep_report.txt, tools/need_key_map.csv
"""
import csv
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import needs_data as ND  # noqa: E402
from build_catalog import products, text_of  # noqa: E402

SEED = 20251207

# ---------------------------------------------------------------- 3단계: 해당 없음 수요
# (키, 난이도, 수요내용, 겹치는 말, 해당 없음 이유, 수량, 예산)  -- 카탈로그를 다 만든 뒤에 작성
NO_MATCH = [
    ('nm01', 'hard', '사무실 복사기 임대', '복사', '복사용지는 있으나 복사기·복합기 임대(장비 렌탈)는 카탈로그에 없음', None, None),
    ('nm02', 'hard', '현수막 게시대 설치 공사', '현수막', '현수막 출력은 있으나 게시대 제작·설치 공사(시공)는 없음', None, None),
    ('nm03', 'hard', '회의실 에어컨 수리', '에어컨', '에어컨 분해 세척만 있고 설명에 수리는 하지 않는다고 적혀 있음', None, None),
    ('nm04', 'hard', '급식실 업소용 식기세척기 구매', '급식실, 세척', '1종 주방세제·설거지 비누는 있으나 세척 기계는 없음', 1, None),
    ('nm05', 'hard', '마을 축제 무대 음향장비 대여', '마을 축제, 무대', '공연팀·행사 대행은 있으나 음향장비 임대는 없음', None, None),
    ('nm06', 'hard', '떡 뽑는 기계 구입', '떡', '떡은 여러 곳에서 팔지만 떡 제조 기계는 없음', 1, None),
    ('nm07', 'hard', '민원실 커피머신 렌탈', '커피', '원두·드립백·출장 바리스타는 있으나 커피머신 임대는 없음', None, None),
    ('nm08', 'hard', '경로당 세탁기 수리', '세탁, 경로당', '세탁 대행 서비스는 있으나 가전 수리는 없음', None, None),
    ('nm09', 'hard', '도시락 배달용 전기 오토바이', '도시락, 배달', '도시락은 있으나 차량(이륜차)은 없음', 2, None),
    ('nm10', 'hard', '텃밭 경운용 소형 관리기', '텃밭', '모종·퇴비·텃밭 상자·교육은 있으나 농기계는 없음', 1, None),
    ('nm11', 'hard', '목공실 테이블쏘 구입', '목공', '목공 체험·원목 제품은 있으나 목공 기계는 없음', 1, None),
    ('nm12', 'hard', '정화조 청소', '청소', '건물 청소·저수조 청소는 있으나 정화조 청소(분뇨 수집·운반 허가 업종)는 없음', None, None),
    ('nm13', 'hard', '마을 공동 쌀 도정기', '쌀', '쌀은 팔지만 도정 기계는 없음', 1, None),
    ('nm14', 'hard', '디지털 인쇄기 구매', '인쇄', '인쇄 대행은 있으나 인쇄 장비 판매는 없음', 1, None),
    ('nm15', 'hard', '한지 장판 시공', '한지', '한지·한지 공예품은 있으나 바닥 시공은 없음', None, None),
    ('nm16', 'hard', '경로당 김치냉장고', '김치, 경로당', '김치는 있으나 가전제품은 없음', 1, None),
    ('nm17', 'hard', '사무실 이전 포장이사', '포장', '포장재(에어캡·박스)는 있으나 이사·운송 용역은 없음', None, None),
    ('nm18', 'hard', '단체티 인쇄용 열전사 프레스기', '단체티, 전사', '전사 인쇄 단체티는 있으나 인쇄 장비는 없음', 1, None),
    ('nm19', 'hard', '보드게임 카페 대관', '보드게임', '보드게임과 보드게임 수업은 있으나 공간 대관은 없음', None, None),
    ('nm20', 'hard', '경로당 이불 건조기 설치', '이불, 경로당', '이불 세탁·소창 이불은 있으나 건조기(가전) 설치는 없음', None, None),
    ('nm21', 'easy', '청사 엘리베이터 유지보수', '', '승강기 유지보수 업체 없음', None, None),
    ('nm22', 'easy', '공용차량 타이어 교체', '', '자동차 정비 없음', None, None),
    ('nm23', 'easy', '데스크톱 컴퓨터 20대', '', '전산 장비 없음', 20, None),
    ('nm24', 'easy', '주차장 CCTV 설치', '', '보안 장비·설치 없음', None, None),
    ('nm25', 'easy', '법률 자문 용역', '', '법률 서비스 없음', None, None),
    ('nm26', 'easy', '국외 출장 항공권', '', '여행·항공 서비스 없음', None, None),
    ('nm27', 'easy', '굴착기 임차', '', '건설 장비 없음', None, None),
    ('nm28', 'easy', '주차 차단기 교체', '', '주차 설비 없음', None, None),
    ('nm29', 'easy', '전기차 충전기 설치', '', '전기 설비·시공 없음', None, None),
    ('nm30', 'easy', '수영장 수질 검사 용역', '', '수질 검사 기관 없음', None, None),
]

# 동의어·오타 수요에서 카탈로그 어디에도 없어야 하는 말
ABSENT_WORD = {
    'sy01': '스카치테이프', 'sy02': '호치키스', 'sy03': '뽁뽁이', 'sy04': '포스트잇', 'sy05': '퐁퐁',
    'sy06': '락스', 'sy07': '찌라시', 'sy08': '프랑카드', 'sy09': '싱건지', 'sy10': '벤또', 'sy11': '갱지',
    'ty01': '팜플렛', 'ty02': '쥬스', 'ty03': '케잌', 'ty04': '썬크림', 'ty05': '설겆이', 'ty06': '베게',
    'ty07': '돈까스', 'ty08': '초콜렛', 'ty09': '육계장', 'ty10': '손소독재', 'ty11': '젖가락',
}

# ---------------------------------------------------------------- 4단계: 스윕 판단 기록
# 스윕에서 걸렸으나 라벨 없이 두는 것: (수요키, 제품코드) -> 이유
EXTRA_OK = {
    ('ex09', 'ZN0070'): "'청소년'의 '청소'가 걸린 것, 마스크는 청소 용역과 무관",
    ('ls07', 'ZN0070'): "'청소년'의 '청소'가 걸린 것, 무관",
    ('ty02', 'ZN0203'): '과일이 든 농산물 꾸러미, 주스 아님',
    ('ty02', 'ZN0289'): '과일이 곁들여진 김밥 도시락, 주스 아님',
    ('ty02', 'ZN0290'): '과일이 든 다과 세트, 주스 아님',
    ('ty05', 'ZN0064'): '빨래용 세탁세제, 설거지 세제 아님',
    ('ty05', 'ZN0080'): '설거지용 수세미이지 세제가 아님',
    ('ty06', 'ZN0294'): '메밀차, 베개 아님',
    ('sp03', 'ZN0296'): '장바구니, 꽃바구니 아님',
    ('sp03', 'ZN0112'): '현수막 장바구니, 꽃바구니 아님',
    ('sp05', 'ZN0218'): '더치커피 원액, 드립백 아님',
    ('sp05', 'ZN0219'): '출장 커피 서비스, 드립백 아님',
    ('sp05', 'ZN0220'): '커피 찌꺼기 화분, 커피 아님',
    ('sp07', 'ZN0085'): '설거지용 비누 완제품, 비누 만들기 키트 아님(천연비누 대체로도 보기 어려움)',
    ('ch07', 'ZN0182'): '김장용 고춧가루(재료), 김장김치 아님',
    ('hy09', 'ZN0075'): '얇은 일회용 조리·배식 장갑, 하천 정화 작업용으로 부적합',
    ('ca02', 'ZN0007'): "A3 용지(설명의 '포스터' 출력용), 홍보물 인쇄 아님",
    ('ca01', 'ZN0027'): "'디자인 파일'의 '파일'이 걸린 것, 명함은 사무용품 구매 대상 아님",
    ('ca08', 'ZN0090'): '비누 만들기 재료 키트, 생활용품 완제품 아님',
    ('lo10', 'ZN0103'): "설명의 '카페·매장용' 앞치마, 카페 아님",
    ('ls10', 'ZN0166'): '어르신 반찬 꾸러미, 농산물 꾸러미 아님',
    ('ls10', 'ZN0200'): '씨앗 꾸러미, 농산물 선물 아님',
    ('ca10', 'ZN0244'): '강사 없이 재료만 든 한지 공예 키트, 강좌 강사 아님',
}
# 여러 수요에서 같은 이유로 걸리는 헷갈리는 제품: 제품코드 -> 이유 (라벨이 없는 수요 모두에 적용)
PRODUCT_NOT = {
    'ZN0020': '몸통 없는 교체용 볼펜 심, 볼펜 자체가 아님',
    'ZN0261': '명함을 넣는 가죽 지갑, 명함 인쇄 아님',
    'ZN0297': '명함 보관 케이스, 명함 인쇄 아님',
    'ZN0076': '마스크 목걸이 줄, 마스크 아님',
    'ZN0093': '화장품 시트 마스크팩, 보건용 마스크 아님',
    'ZN0112': '폐현수막으로 만든 장바구니, 현수막 아님',
    'ZN0117': '폐현수막 파우치, 현수막 아님',
    'ZN0115': '폐현수막을 재료로 쓰는 만들기 수업, 현수막 아님',
    'ZN0236': '보드게임 수업 서비스(게임은 회수), 보드게임 물품 구매 아님',
    'ZN0196': '분갈이 체험 수업, 화분 물품 아님',
    'ZN0199': '화분에 넣는 흙, 화분 아님',
    'ZN0195': '식물 없는 빈 토분, 다육 화분 아님',
    'ZN0220': '식물 없는 커피박 화분, 다육 화분 아님',
    'ZN0285': '식물 없는 도자기 화분, 다육 화분 아님',
    'ZN0054': '음식 없는 일회용 도시락 용기',
    'ZN0212': '반찬용 김 한 품목, 도시락·반찬 배달 아님',
    'ZN0295': '도시락을 담는 보냉 가방, 도시락 아님',
    'ZN0038': '출력물 없는 X배너 거치대 단품, 배너 제작 아님',
    'ZN0275': '차량에 붙이는 고무자석 홍보판, 로고 스티커 아님',
    'ZN0122': '청소 도구 세트, 청소 용역(서비스) 아님',
    'ZN0125': '저수조(물탱크) 청소, 교실·화장실 청소 용역과 다른 작업',
    'ZN0201': '교육 서비스, 텃밭 자재·퇴비 아님',
}
# 일반어: 이 말로만 걸린 제품은 살펴본 뒤 무관으로 판단 ('*' 는 모든 수요)
WORD_OK = {('*', w): '여러 품목 설명에 두루 쓰이는 일반어, 걸린 제품을 훑어보고 무관으로 판단' for w in
           '행사 로고 기념 선물 홍보 포함 참가 참가자 안내용 회의 음료 수제 간식 청소년 드리 사업 어르신 경로당 정기 교실 '
           '화장실 만들기 수업 재료 프로그램 초등 체험 어린 유아 마을 학교 사무실 전통 나무 종이 단체 천연 키트 원목 '
           '대형 활동 정화 삼천 인쇄한 휴대용 개장 게임 보드 하천정화용 비누'.split()}
# 스윕 결과 라벨을 더하거나 바꾸는 것: (수요키, 제품코드) -> (관련도, 품목, 이유)
OVERRIDES = {
    ('ex01', 'ZN0008'): (1, '', '파스텔 색지도 복사용지이나 보통 흰 용지를 원하므로 대체품'),
    ('hy01', 'ZN0008'): (1, '', '색상 복사용지, 대체품'),
    ('ch01', 'ZN0008'): (1, '', '색상 복사용지, 대체품'),
    ('qt01', 'ZN0008'): (1, '', 'A4 80g이지만 색지 500매 묶음, 대체품'),
    ('mi01', 'ZN0008'): (1, '복사용지', '색상 복사용지, 대체품'),
    ('ca01', 'ZN0008'): (2, '', '색상 복사용지도 사무용품'),
    ('ca01', 'ZN0020'): (2, '', '볼펜 리필심은 사무용품'),
    ('ca01', 'ZN0021'): (2, '', '명찰 케이스는 사무용품'),
    ('ca01', 'ZN0272'): (2, '', '라벨지는 사무용품'),
    ('ca01', 'ZN0023'): (2, '', '떡메모지는 사무용 메모지'),
    ('ca01', 'ZN0273'): (1, '', '판촉용 로고 떡메모지(300권부터), 사무용품이나 판촉물 성격'),
    ('ca01', 'ZN0229'): (1, '', '사무실 책상 명패, 사무용품 주변'),
    ('ca03', 'ZN0122'): (2, '', '화장실 청소용품 세트는 청소용품 그 자체'),
    ('ca03', 'ZN0061'): (2, '', '핸드타월은 화장실 위생용품'),
    ('ca05', 'ZN0146'): (1, '', '지역 먹거리이지만 명절 선물용 구성은 아닌 작은 봉지'),
    ('ca06', 'ZN0292'): (1, '', '행사용 주먹밥 세트, 케이터링 음식의 대체'),
    ('ca07', 'ZN0257'): (1, '', '생태교육 교재, 프로그램 대체 자료'),
    ('ca08', 'ZN0088'): (2, '', '빨아 쓰는 면 생리대는 일회용 플라스틱을 줄이는 친환경 생활용품'),
    ('ca08', 'ZN0296'): (1, '', '접이식 장바구니, 비닐봉지 대체(에코백과 같은 대체 등급)'),
    ('ca08', 'ZN0112'): (1, '', '업사이클 장바구니, 에코백과 같은 대체 등급'),
    ('ca10', 'ZN0196'): (1, '', '분갈이 체험 수업, 주민 강좌로 쓸 수 있는 대체'),
    ('ca10', 'ZN0263'): (1, '', '장 담그기 체험, 주민 강좌로 쓸 수 있는 대체'),
    ('ca11', 'ZN0202'): (2, '', '목재 텃밭 상자는 텃밭 자재'),
    ('ca11', 'ZN0097'): (1, '', '원예 장갑, 자재라기보다 작업 용품'),
    ('ca02', 'ZN0275'): (1, '', '차량용 자석 홍보판, 홍보물 인쇄의 한 종류(대체)'),
    ('ls10', 'ZN0178'): (1, '', '지역 쌀 선물세트, 농산물 꾸러미 대체'),
    ('hy09', 'ZN0097'): (1, '', '원예 장갑도 정화 작업에 쓸 수 있는 대체'),
    ('ls01', 'ZN0097'): (1, '', '원예 장갑, 목장갑 대체'),
    ('mi04', 'ZN0097'): (1, '목장갑', '원예 장갑, 목장갑 대체'),
    # 조건 검토(스윕과 함께 본 것): 태그는 맞지만 요청 규격과 다른 것
    ('qt02', 'ZN0034'): (1, '', '현수막이지만 규격이 3m×70cm로 요청(5m×90cm)과 다름'),
    ('qt02', 'ZN0044'): (1, '', '현수막이지만 규격이 4m×80cm로 요청(5m×90cm)과 다름'),
    ('ls03', 'ZN0036'): (1, '', '롤업 배너는 X배너가 아닌 다른 거치 방식, 대체'),
    ('mi02', 'ZN0036'): (1, 'X배너', '롤업 배너는 X배너가 아닌 다른 거치 방식, 대체'),
    ('ty01', 'ZN0287'): (1, '', '120쪽 마을 기록집(취재·편집 포함)은 팸플릿보다 큰 출판물, 대체'),
}

STOP = set('''제작 인쇄 주문 구매 구입 일괄 업체 위한 위해 있는 있을까요 있으면 싶습니다 합니다 하고자 하려고 하는데
찾습니다 찾고 드릴 드리고자 부탁드립니다 가능한 수 곳을 곳 알려 주세요 주실 해 정도 대상 진행 함께 구할 납품받고
제공할 준비해 위주로 나눠 줄 나눠 드릴 그리고 및 이랑 하고 랑 또는 사용할 사용 쓸 용 대용량 견적 의뢰드리고자
개 매 장 벌 명 포 묶음 박스 이하 이내 예산 만원 원 씩 분 한 에 로 으로 을 를'''.split())
PARTICLES = ['에게', '에서', '으로', '이나', '이랑', '하고', '까지', '부터', '처럼', '와', '과', '을', '를', '이', '가',
             '의', '에', '로', '은', '는', '도', '랑']


def dong_match(need_dong, prod_dong):
    if prod_dong == need_dong:
        return True
    return bool(re.fullmatch(re.escape(need_dong) + r'\d가', prod_dong))


def _tagged(p, tags):
    return bool(set(p['_tags']) & set(tags))


def cond_ok(p, cond):
    if 'max_price' in cond and int(p['단가']) > cond['max_price']:
        return False
    if 'spec_all' in cond:
        t = (p['제품명'] + ' ' + p['규격']).upper()
        if not all(w.upper() in t for w in cond['spec_all']):
            return False
    return True


def label_need(n, ps):
    """-> {제품코드: (관련도, 품목)}"""
    out = {}
    if n['kind'] == 'location':
        tags = ND.SHOP_TAGS[n['shop']]
        for p in ps:
            if _tagged(p, tags):
                out[p['제품코드']] = (2 if dong_match(n['dong'], p['_dong']) else 1, '')
    elif n['kind'] == 'multi_item':
        for p in ps:
            best = None
            for item, want, alt in n['items']:
                g = 2 if _tagged(p, want) else (1 if _tagged(p, alt) else 0)
                if g and (best is None or g > best[0]):
                    best = (g, item)
            if best:
                out[p['제품코드']] = best
    else:
        for p in ps:
            if _tagged(p, n['want']):
                out[p['제품코드']] = (2 if cond_ok(p, n['cond']) else 1, '')
            elif _tagged(p, n['alt']):
                out[p['제품코드']] = (1, '')
    return out


def need_text_for_sweep(n):
    return n.get('intended') or n['text']


def content_words(n):
    words = set()
    for w in n['norm'] + n['want']:
        words.add(w.replace(' ', ''))
        words.update(x for x in w.split() if len(x) >= 2)
    for it in n.get('items', []):
        words.add(it[0].replace(' ', ''))
        words.update(it[1])
    if n['kind'] == 'location':
        words.update([n['dong'], n['shop']])
    for tok in re.split(r'[^0-9A-Za-z가-힣]+', need_text_for_sweep(n)):
        if not re.search('[가-힣]', tok) or re.search(r'\d', tok):
            continue
        for suf in PARTICLES:
            if tok.endswith(suf) and len(tok) - len(suf) >= 2:
                tok = tok[:-len(suf)]
                break
        if len(tok) >= 2 and tok not in STOP:
            words.add(tok)
    return sorted(w for w in words if len(w) >= 2 and w not in STOP and not re.search(r'\d', w))


def sweep(n, ps, labels):
    hits = []
    cw = content_words(n)
    for p in ps:
        if p['제품코드'] in labels:
            continue
        t = text_of(p).replace(' ', '')
        found = [w for w in cw if w in t]
        if found:
            hits.append((p, found))
    return hits


def main():
    ps = products()
    byc = {p['제품코드']: p for p in ps}
    needs = list(ND.NEEDS)
    nm = [dict(key=k, kind='no_match', text=t, qty=q, budget=b, level=lv, overlap=ov, reason=r)
          for k, lv, t, ov, r, q, b in NO_MATCH]
    allneeds = needs + nm
    assert len(allneeds) == 150

    # 라벨
    qrels = {}
    for n in needs:
        lab = label_need(n, ps)
        for (k, code), (g, item, _r) in OVERRIDES.items():
            if k == n['key']:
                if g == 0:
                    lab.pop(code, None)
                else:
                    lab[code] = (g, item)
        qrels[n['key']] = lab

    # 스윕
    lines = ['# 스윕 보고: 수요의 내용어가 제품명·규격·설명에 나오는데 라벨이 없는 제품',
             '# 판단: OK(라벨 없음이 맞음, EXTRA_OK) / OVERRIDE(라벨 추가·변경) / TODO(아직 안 봄)', '']
    todo = 0
    for n in needs:
        hits = sweep(n, ps, qrels[n['key']])
        if not hits:
            continue
        lines.append('[%s] %s  (%s)  내용어: %s' % (n['key'], n['text'], n['kind'], ', '.join(content_words(n))))
        for p, found in hits:
            key = (n['key'], p['제품코드'])
            wok = [w for w in found if ('*', w) in WORD_OK or (n['key'], w) in WORD_OK]
            if key in EXTRA_OK:
                verdict = 'OK: ' + EXTRA_OK[key]
            elif p['제품코드'] in PRODUCT_NOT:
                verdict = 'OK(헷갈리는 제품): ' + PRODUCT_NOT[p['제품코드']]
            elif len(wok) == len(found):
                verdict = 'OK(일반어만 걸림)'
            else:
                verdict = 'TODO'
                todo += 1
            lines.append('   %s %s | %s | 걸린 말: %s -> %s' % (p['제품코드'], p['제품명'], p['기업명'],
                                                          '/'.join(found), verdict))
    lines.append('')
    lines.append('# 라벨을 바꾼 판단 (OVERRIDES)')
    for (k, code), (g, item, r) in sorted(OVERRIDES.items()):
        lines.append('   %s %s %s -> %d %s : %s' % (k, code, byc[code]['제품명'], g, item, r))
    lines.append('')
    lines.append('# 해당 없음 수요와 말이 겹치는 제품 (모두 해당 없음으로 판단, 이유는 no_match_detail.csv)')
    for n in nm:
        ws = [w.strip() for w in n['overlap'].split(',') if w.strip()]
        hit = [p for p in ps if any(w in text_of(p) for w in ws)]
        if hit:
            lines.append('[%s] %s  겹치는 말: %s' % (n['key'], n['text'], n['overlap']))
            for p in hit:
                lines.append('   %s %s | %s' % (p['제품코드'], p['제품명'], p['기업명']))
    lines.insert(2, '# 미판단(TODO) 건수: %d' % todo)
    with open(os.path.join(HERE, 'sweep_report.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')

    # 5단계: 섞어서 번호
    keys = [n['key'] for n in allneeds]
    rng = random.Random(SEED)
    rng.shuffle(keys)
    qid = {k: 'ZN-Q%03d' % (i + 1) for i, k in enumerate(keys)}
    byk = {n['key']: n for n in allneeds}

    def wcsv(name, header, rows):
        with open(os.path.join(ROOT, name), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)

    def iv(x):
        return '' if x is None else int(x)

    wcsv('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
         [[qid[k], byk[k]['text'], iv(byk[k]['qty']), iv(byk[k]['budget'])] for k in keys])
    wcsv('query_kinds.csv', ['수요번호', '유형'], [[qid[k], byk[k]['kind']] for k in keys])
    rows = []
    for k in keys:
        if k in qrels:
            for code in sorted(qrels[k]):
                g, item = qrels[k][code]
                rows.append([qid[k], code, g, item])
    wcsv('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], rows)
    wcsv('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
         sorted([[qid[n['key']], n['level'], n['overlap'], n['reason']] for n in nm]))
    wcsv('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
         sorted([[qid[n['key']], n['text'], n['intended']] for n in needs if n['kind'] == 'hanyeong']))
    with open(os.path.join(HERE, 'need_key_map.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['수요번호', '내부키'])
        w.writerows(sorted([qid[k], k] for k in keys))
    print('needs', len(keys), 'qrels rows', len(rows), 'sweep TODO', todo)


if __name__ == '__main__':
    main()
