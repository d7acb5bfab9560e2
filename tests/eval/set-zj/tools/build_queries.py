# -*- coding: utf-8 -*-
"""needs_data.py + catalog → queries.csv, query_kinds.csv, qrels.csv, no_match_detail.csv,
hanyeong_intended.csv, tools/sweep_report.txt

라벨링 규칙(기계적)
  * 제품 태그 ∩ want ≠ ∅ → 후보. req 속성 태그를 모두 갖고 단가 ≤ maxprice 이면 2, 아니면 1
  * 그 밖에 제품 태그 ∩ ok ≠ ∅ → 1
  * location: 가게 종류(shop)가 같은 기업의 제품. 법정동이 그 동(○○동, ○○동1가 …)이면 2, 다른 동이면 1
  * multi_item: 품목별로 위 규칙, 제품 등급 = 최댓값, 품목 열 = 그 등급을 준 품목 표기
  * EXTRA_OK / OVERRIDES: sweep 검토 결과 사람이 내린 판단(이유 포함)
"""
import csv
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build_catalog  # noqa: E402
import needs_data  # noqa: E402

OUTDIR = os.path.join(HERE, '..')
SEED = 20250917

# ---------------------------------------------------------------------------------------------
# sweep 검토 결과: 기계 규칙이 놓친 제품을 추가 (need key, 제품명) → (관련도, 품목 표기 또는 '', 이유)
EXTRA_OK = {
    ('syn-03', '창호 단열 필름 시공'): (1, '', '창문 단열이라는 목적이 같은 시공 서비스. 에어캡 자체는 아니므로 대체(1)'),
    ('syn-08', '흰색 실내화'): (1, '', '실내에서 신는 신발. 슬리퍼는 아니지만 대체 가능(1)'),
    ('syn-08', 'EVA 욕실화'): (1, '', '"쓰레빠"는 욕실 슬리퍼도 가리킴. 실내용으로 대체 가능(1)'),
    ('typo-07', '관광 안내지도 접지 인쇄 (5,000부)'): (1, '', '접지 인쇄물(안내지도)로 리플릿과 형태가 비슷한 대체(1)'),
    ('cho-11', '소포장 한과 답례품'): (1, '', '떡은 아니지만 같은 용도의 전통 답례 간식(1)'),
    ('qty-07', '소포장 한과 답례품'): (1, '', '떡이 아닌 전통 답례 간식이고 개당 3,500원으로 예산 초과 → 1'),
    ('qty-09', '현미 4kg'): (1, '', '현미도 쌀이지만 10kg 조건·백미 아님 → 1'),
    ('multi-10', '현미 4kg'): (1, '쌀', '현미는 쌀의 한 종류, 대체(1)'),
    ('long-05', '창호 단열 필름 시공'): (1, '', '도배·장판은 아니지만 같은 주거환경 개선 소규모 시공(1), ok 규칙과 일관'),
    ('long-05', '미세 방충망 교체'): (1, '', '도배·장판은 아니지만 같은 주거환경 개선 소규모 시공(1), ok 규칙과 일관'),
    ('long-09', '스티로폼 보냉 상자 (중)'): (1, '', '골판지는 아니지만 식품을 가정별로 담아 보내는 상자로 대체 가능(1)'),
    ('cat-02', '천연비누 3구 선물세트'): (1, '', '설명에 기념품용. 대량 판촉물은 아니지만 기념품으로 대체 가능(1)'),
    ('cat-04', '소창 손수건 2장'): (1, '', '전통 소창 원단 손수건. 전통 공예품은 아니지만 기념품으로 대체(1)'),
    ('cat-08', '화단 조성 및 연간 관리'): (1, '', '계절 꽃 교체 식재를 포함한 화단 용역. 식물 구매 대신 맡기는 대체(1)'),
    ('multi-02', '다과 케이터링 (떡·과일·음료)'): (1, '떡', '떡이 포함된 다과 차림 서비스. 떡을 사는 것의 대체(1)'),
    ('loc-06', '어르신 반찬 정기 배달'): (1, '', '삼천동의 도시락 업체가 파는 반찬 배달. 반찬가게는 아니지만 같은 동에서 반찬을 살 수 있음(1)'),
}

# 기계 규칙의 결과를 바꾸는 판단 (need key, 제품명) → (관련도 0/1/2, 이유)
_NOT_TRAD = '메모에 "다른 전통음료는 1" — 커피·사과주스는 식혜의 대체로 보지 않음'
_KIT = '초등 이상용 만들기 키트라 유아 교구로는 연령이 맞지 않음 → 대체(1)'
OVERRIDES = {
    ('multi-02', '바리스타 파견 커피 케이터링 (100잔)'): (0, _NOT_TRAD),
    ('multi-02', '드립백 커피 50개'): (0, _NOT_TRAD),
    ('multi-02', '콜드브루 원액 1L'): (0, _NOT_TRAD),
    ('multi-02', '껍질째 짠 사과즙 (30포)'): (0, _NOT_TRAD),
    ('multi-02', '착즙 사과주스 1L×6병'): (0, _NOT_TRAD),
    ('cho-11', '앙금 플라워 떡케이크 2호'): (0, '떡케이크는 나눠 주는 답례품으로 쓸 수 없음'),
    ('cho-11', '무지개 떡케이크 3호'): (0, '떡케이크는 나눠 주는 답례품으로 쓸 수 없음'),
    ('qty-07', '앙금 플라워 떡케이크 2호'): (0, '떡케이크는 나눠 주는 답례품으로 쓸 수 없음'),
    ('qty-07', '무지개 떡케이크 3호'): (0, '떡케이크는 나눠 주는 답례품으로 쓸 수 없음'),
    ('long-08', '공동주택 계단 청소'): (1, '정기 청소이긴 하나 공동주택 계단 한정 → 청사 청소 용역의 대체(1)'),
    ('long-02', '무선 제본 자료집 (300부)'): (1, '24쪽 소책자는 중철이 맞고 이 상품은 100쪽 무선 제본 자료집 → 규격 다른 대체(1)'),
    ('cat-05', '원목 도마 만들기 키트'): (1, _KIT),
    ('cat-05', '병뚜껑 업사이클 키링 만들기 키트 (10인)'): (1, _KIT),
    ('cat-05', '에코백 꾸미기 DIY 키트'): (1, _KIT),
}

# sweep 에서 걸렸지만 관련 없다고 본 것: (need key, 걸린 단어) → 이유  (그 단어로 걸린 제품 전체에 적용)
_GENERIC = '일반어라 품목을 가리지 않음'
REVIEWED_WORD = {}
for _k in ['exact-02', 'typo-04', 'hy-09', 'cho-04', 'multi-03']:
    REVIEWED_WORD[(_k, '제작')] = _GENERIC + '(케이크·꽃다발 제작 등)'
for _k in ['syn-05', 'typo-07', 'qty-02', 'long-02', 'cat-10', 'multi-04', 'loc-03', 'loc-10']:
    REVIEWED_WORD[(_k, '인쇄')] = '다른 인쇄물·로고 인쇄 판촉물/인쇄소가 아닌 업체 — 요청 품목·가게 아님'
for _k in ['exact-03', 'typo-01', 'hy-02', 'cho-02', 'multi-03']:
    REVIEWED_WORD[(_k, '현수막')] = '현수막을 재활용한 가방·파우치는 현수막이 아님(혼동 유도 제품)'
for _k in ['exact-09', 'hy-06']:
    REVIEWED_WORD[(_k, '화분')] = '화분 받침·상토는 화분(식물)이 아님'
for _k in ['long-06', 'long-10']:
    REVIEWED_WORD[(_k, '행사')] = _GENERIC
for _k in ['sp-07', 'cho-11', 'qty-07', 'multi-02', 'loc-01', 'loc-08']:
    REVIEWED_WORD[(_k, '떡')] = '떡메모지·떡갈고무나무·떡 체험 등 떡이 아니거나 요청(떡케이크/답례떡/떡집)과 다른 떡'
for _k in ['qty-09', 'multi-10']:
    REVIEWED_WORD[(_k, '쌀')] = '쌀이 재료·부속일 뿐(백설기·유과·비누·쌀화환·양곡 택배) 쌀 상품이 아님'
for _k in ['loc-02', 'loc-09']:
    REVIEWED_WORD[(_k, '꽃')] = '꽃집이 아닌 업체(떡집·로스터리·조경 용역)'
for _k in ['loc-06', 'loc-11']:
    REVIEWED_WORD[(_k, '반찬')] = '반찬가게가 아닌 업체(도시락)'
REVIEWED_WORD.update({
    ('exact-08', '방역'): '방역 마스크는 물품이지 방역 소독 서비스가 아님',
    ('exact-08', '소독'): '손소독제는 물품이지 방역 소독 서비스가 아님',
    ('exact-10', '반찬'): '도시락(반찬 포함 식사)·반찬 용기는 반찬 상품이 아님',
    ('exact-11', '작업복'): '작업복 세탁 서비스는 작업복이 아님',
    ('cho-09', '작업복'): '작업복 세탁 서비스는 작업복이 아님',
    ('syn-01', '테이프'): '테이프 커터(부속)·OPP 박스테이프(포장용 광폭)·방충망 키트는 사무용 투명 테이프 아님',
    ('syn-05', '전단'): '라벨된 전단 외 걸린 것 없음',
    ('syn-07', '운반'): '화물 운송 서비스는 손수레 아님',
    ('syn-09', '티슈'): '물티슈는 마른 각티슈의 대체 아님',
    ('typo-02', '생일'): '컵 백설기는 케이크가 아님',
    ('typo-02', '케이크'): '수건 케이크는 수건 선물',
    ('typo-09', '판촉'): '판촉 우산·부채는 볼펜이 아님',
    ('typo-11', '화환'): '축하 화환·축하 쌀화환은 근조용이 아님(용도가 반대)',
    ('hy-08', '수건'): '손수건은 수건이 아님',
    ('hy-09', '명함'): '명함지갑은 명함이 아님',
    ('cho-04', '명함'): '명함지갑은 명함이 아님',
    ('exact-02', '명함'): '명함지갑은 명함이 아님',
    ('multi-04', '명함'): '명함지갑은 명함이 아님',
    ('multi-04', '봉투'): '엽서 세트의 봉투는 인쇄 봉투 상품이 아님',
    ('hy-10', '세제'): '수세미 설명의 "세제 없이도"',
    ('hy-11', '커피'): '커피 마대 가방·커피 케이터링(서비스)은 원두가 아님',
    ('sp-01', '티슈'): '마른 티슈는 물티슈 아님',
    ('sp-04', '꽃'): '꽃바구니가 아닌 꽃 관련 제품(떡케이크 장식·원두 향·비누꽃·화단 관리)',
    ('sp-04', '바구니'): '장바구니(가방)·꽃꽂이 수업은 꽃바구니 상품이 아님',
    ('sp-06', '가방'): '보냉 기능 없는 가방·거치대 가방',
    ('sp-06', '보냉'): '보냉 텀블러는 가방이 아님',
    ('sp-07', '케이크'): '파운드·롤·조각 케이크, 수건 케이크는 축하용 떡케이크 대체로 보지 않음(생크림 홀케이크만 1)',
    ('cho-06', '천연'): '천연 발효종 빵·천연 수세미는 비누 아님',
    ('cho-06', '비누'): '비누꽃(장식)·비누 만들기 체험은 비누 구매가 아님',
    ('cho-11', '답례품'): '답례품용 스티커는 떡이 아님',
    ('qty-07', '답례품'): '답례품용 스티커는 떡이 아님',
    ('qty-02', '로고'): '로고가 들어간 다른 품목(명함·에코백·텀블러 등)',
    ('qty-08', '대형'): _GENERIC + '(대형 배너·박스 등)',
    ('qty-11', '단체'): _GENERIC + '(단체 세탁·단체 간식 등)',
    ('long-01', '기념품'): '기념품이지만 요청은 우산',
    ('long-01', '우산'): '우산꽂이는 우산이 아님',
    ('long-02', '프로그램북'): '해당 없음',
    ('long-03', '프로그램'): _GENERIC,
    ('long-03', '체험'): '목공이 아닌 다른 체험',
    ('long-03', '아이'): _GENERIC + '(아이스팩 등)',
    ('long-04', '화분'): '화분 받침·빈 토분·상토는 국화 화분이 아님',
    ('long-04', '국화'): '근조화환의 국화',
    ('long-04', '조성'): '화단 관리 용역은 국화 화분 구매가 아님',
    ('long-05', '사업'): _GENERIC,
    ('long-05', '시공'): '새집증후군 시공은 도배·장판과 무관',
    ('long-06', '출장'): '다른 출장 서비스',
    ('long-07', '한옥마'): '엽서 그림 설명',
    ('long-07', '관광객'): '키링 설명',
    ('long-08', '청소'): '입주·이사·준공 청소(일회성)와 장갑은 정기 청소 용역 아님',
    ('long-09', '상자'): '다른 제품의 포장 상자·답례 상자',
    ('long-09', '택배'): '택배 서비스·테이프는 상자가 아님',
    ('long-09', '크기'): _GENERIC,
    ('long-09', '식품'): '보냉가방·아이스팩은 상자가 아님',
    ('long-09', '가정별'): '김치 설명',
    ('long-10', '간식'): '떡 간식은 쿠키·구움과자 요청과 다름(빵만 1)',
    ('long-11', '수거'): '제초 작업의 잔재 수거',
    ('cat-02', '기념품'): '',
    ('cat-04', '전통'): '전통 체험·음료는 기념품(물건) 아님',
    ('cat-04', '전주'): _GENERIC,
    ('cat-04', '기념품'): '천연비누 세트는 전통 기념품이 아님',
    ('cat-05', '유아'): '숲 놀이 교육은 교구·놀잇감(물건)이 아님',
    ('cat-07', '프로그램'): _GENERIC,
    ('cat-08', '나무'): '나무 재질 제품·멀칭재',
    ('cat-10', '관광'): '관광 키링·번역 서비스는 인쇄 홍보물이 아님',
    ('loc-01', '효자동'): '',
    ('loc-04', '세탁'): '세탁세제는 세탁소 아님',
    ('multi-05', '화환'): '근조화환은 공연 축하 화환이 아님',
})
del REVIEWED_WORD[('cat-02', '기념품')]
del REVIEWED_WORD[('loc-01', '효자동')]
# 제품 단위로 관련 없다고 본 것: (need key, 제품명) → 이유
REVIEWED_PRODUCT = {}

# ---------------------------------------------------------------------------------------------

SHOP_STEM = {'떡집': ['떡'], '꽃집': ['꽃'], '인쇄소': ['인쇄'], '세탁소': ['세탁'], '공방': ['공방', '공예'],
             '반찬가게': ['반찬'], '빵집': ['빵', '제과', '베이커리']}


def dong_match(base, dong):
    return dong == base or re.fullmatch(re.escape(base) + r'\d가', dong) is not None


def grade_item(p, want, ok, req, maxprice):
    if p['tags'] & set(want):
        if set(req) <= p['tags'] and (maxprice is None or p['price'] <= maxprice):
            return 2
        return 1
    if p['tags'] & set(ok):
        return 1
    return 0


def mechanical(need, prods):
    """{code: (grade, item)}"""
    out = {}
    k = need['kind']
    if k == 'no_match':
        return out
    for p in prods:
        if k == 'location':
            if p['shop'] == need['shop']:
                out[p['code']] = (2 if dong_match(need['dong'], p['dong']) else 1, '')
        elif k == 'multi_item':
            best, label = 0, ''
            for (label_i, want, ok) in need['items']:
                g = grade_item(p, want, ok, [], None)
                if g > best:
                    best, label = g, label_i
            if best:
                out[p['code']] = (best, label)
        else:
            g = grade_item(p, need['want'], need['ok'], need['req'], need['maxprice'])
            if g:
                out[p['code']] = (g, '')
    return out


def label_all(needs, prods):
    by_name = {p['name']: p for p in prods}
    keys = {n['key'] for n in needs}
    for (nk, pname) in list(EXTRA_OK) + list(OVERRIDES) + list(REVIEWED_PRODUCT):
        assert nk in keys, nk
        assert pname in by_name, pname
    labels = {}
    for n in needs:
        lab = mechanical(n, prods)
        for (nk, pname), (g, item, why) in EXTRA_OK.items():
            if nk == n['key']:
                code = by_name[pname]['code']
                assert code not in lab, ('EXTRA_OK already labeled', nk, pname)
                lab[code] = (g, item)
        for (nk, pname), (g, why) in OVERRIDES.items():
            if nk == n['key']:
                code = by_name[pname]['code']
                if g == 0:
                    lab.pop(code, None)
                else:
                    item = lab.get(code, (0, ''))[1]
                    lab[code] = (g, item)
        labels[n['key']] = lab
    return labels


# ------------------------------------------------------------------------------------ sweep
STOP = set('''구매 구입 필요 필요합니다 주문 찾습니다 찾고 있습니다 업체 추천 근처 예정 가능 부탁 부탁드립니다 관련 정보
사회적기업 제품 개당 이하 이내 예산 장당 만원 종류 여러 알려 주세요 하는데 있으면 연결 합니다 있을까요 견적 받을 수
맡길 곳을 곳 진행해 주실 참가 인원은 약 프로그램으로 함께하는 대상으로 운영해 줄 있는 위탁하려 여부도 여부 검토 중이니
방안을 계약하는 관리 중인 드릴 드릴 때 쓸 쓸 싶습니다 구매하고 구매하려고 구매할 납품 회신 바랍니다 의뢰드리고자 하오니
올해 하반기 알아보고 참석할 이용인과 가족 명이 해야 하는데 까지 해 주는 끝나면 날 리허설 기념행사 세계 헌혈자분들께
받을 헌혈하신 분들께 낱개 포장된 담아 나눠 가정별로 전달할 기부받은 식품을 있으면 주 회 개동의 청사 용역 정기
저소득 가구 사업으로 개선 주거환경 교체 시공을 하는 부모와 아이가 여름방학 가족캠프 정기연주회 한국소리문화의전당
관객 배부용 공연 컬러 쪽 부 제45회 12월 송년 한마당 행사에 복지관 외국인 관광객을 해설 야간 영어 한옥마을
덕진공원 가을꽃 전시 화단 조성에 개를 단원 의상 벌을 수거와 배송 세탁 업체가 정기연주회가'''.split())
ONE_CHAR = {'떡', '쌀', '꽃', '빵'}
JOSA = ['으로', '에서', '에게', '까지', '부터', '이랑', '하고', '처럼', '과', '와', '를', '을', '이', '가', '은', '는',
        '에', '의', '로', '랑', '도', '께']


def strip_josa(t):
    for j in JOSA:
        if t.endswith(j) and len(t) - len(j) >= 2:
            return t[:-len(j)]
    return t


def content_words(need):
    base = need.get('intended') or need['text']
    if need['kind'] == 'choseong':
        base = ' '.join(w for w in base.split())  # 의도한 한글
    toks = re.split(r'[\s,.·()?!/]+', base)
    words = []
    for t in toks:
        if not t or not re.search(r'[가-힣]', t) or re.search(r'[0-9]', t):
            continue
        t = strip_josa(t)
        if t in STOP:
            continue
        if len(t) < 2 and t not in ONE_CHAR:
            continue
        words.append(t)
    if need['kind'] == 'location':
        words = SHOP_STEM[need['shop']] + [need['dong']]
    if need['kind'] in ('synonym', 'typo'):
        words = [w for w in words if need['word'] not in w]
    words += need.get('sweep', [])
    if need['kind'] == 'multi_item':
        words += [it[0] for it in need['items']]
    seen, out = set(), []
    for w in words:
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


def sweep(needs, prods, labels):
    lines = []
    unreviewed = 0
    n_hits = 0
    for n in needs:
        if n['kind'] == 'no_match':
            continue
        words = content_words(n)
        lab = labels[n['key']]
        block = []
        for p in prods:
            text = ' '.join([p['name'], p['spec'], p['desc']])
            hit = [w for w in words if w in text]
            if not hit or p['code'] in lab:
                continue
            n_hits += 1
            if (n['key'], p['name']) in OVERRIDES:
                status = 'OVERRIDE→0: ' + OVERRIDES[(n['key'], p['name'])][1]
            elif (n['key'], p['name']) in REVIEWED_PRODUCT:
                status = '검토-무관: ' + REVIEWED_PRODUCT[(n['key'], p['name'])]
            else:
                rw = [w for w in hit if (n['key'], w) in REVIEWED_WORD]
                if len(rw) == len(hit):
                    status = '검토-무관(단어): ' + ' / '.join('%s=%s' % (w, REVIEWED_WORD[(n['key'], w)]) for w in rw)
                else:
                    status = '미검토'
                    unreviewed += 1
            block.append('    %s %s [%s] {%s} → %s' % (p['code'], p['name'], ','.join(hit), p['ent'], status))
        extra = [(pn, v) for (nk, pn), v in EXTRA_OK.items() if nk == n['key']]
        ovr = [(pn, v) for (nk, pn), v in OVERRIDES.items() if nk == n['key']]
        if block or extra or ovr:
            lines.append('%s [%s] %s   내용어=%s' % (n['key'], n['kind'], n['text'], ','.join(words)))
            for pn, (g, item, why) in extra:
                lines.append('    + EXTRA_OK %s → %d %s: %s' % (pn, g, ('(' + item + ')') if item else '', why))
            for pn, (g, why) in ovr:
                lines.append('    * OVERRIDE %s → %d: %s' % (pn, g, why))
            lines.extend(block)
    head = ['SWEEP 보고서: 수요의 내용어가 제품명·규격·설명에 나오지만 라벨이 없는 제품 목록',
            '(라벨 있는 제품은 생략). 검토 결과는 build_queries.py 의 EXTRA_OK / OVERRIDES / REVIEWED_* 에 기록.',
            '걸린 건수: %d, 미검토: %d' % (n_hits, unreviewed), '']
    return head + lines, unreviewed


def main():
    prods = build_catalog.products()
    needs = needs_data.ALL_NEEDS
    assert len(needs) == 150
    labels = label_all(needs, prods)

    order = list(range(len(needs)))
    random.Random(SEED).shuffle(order)
    ids = {}
    for i, idx in enumerate(order):
        ids[needs[idx]['key']] = 'ZJ-Q%03d' % (i + 1)
    shuffled = [needs[idx] for idx in order]

    def w(name, header, rows):
        with open(os.path.join(OUTDIR, name), 'w', encoding='utf-8', newline='') as f:
            cw = csv.writer(f)
            cw.writerow(header)
            cw.writerows(rows)

    def iv(x):
        return '' if x is None else int(x)

    w('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
      [[ids[n['key']], n['text'], iv(n['qty']), iv(n['budget'])] for n in shuffled])
    w('query_kinds.csv', ['수요번호', '유형'], [[ids[n['key']], n['kind']] for n in shuffled])
    code_order = {p['code']: i for i, p in enumerate(prods)}
    qrows = []
    for n in shuffled:
        lab = labels[n['key']]
        for code in sorted(lab, key=lambda c: (-lab[c][0], code_order[c])):
            g, item = lab[code]
            qrows.append([ids[n['key']], code, g, item if n['kind'] == 'multi_item' else ''])
    w('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], qrows)
    w('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
      [[ids[n['key']], n['level'], n['overlap'], n['reason']] for n in shuffled if n['kind'] == 'no_match'])
    w('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
      [[ids[n['key']], n['text'], n['intended']] for n in shuffled if n['kind'] == 'hanyeong'])
    # 내부 대응표(키 ↔ 번호)는 tools 안에만
    w('tools/need_ids.csv', ['수요번호', 'key', '유형', '기관'], [[ids[n['key']], n['key'], n['kind'], n['voice']] for n in shuffled])

    lines, unreviewed = sweep(needs, prods, labels)
    with open(os.path.join(HERE, 'sweep_report.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    n2 = sum(1 for r in qrows if r[2] == 2)
    print('queries: %d, qrels rows: %d (grade2 %d, grade1 %d), sweep unreviewed: %d'
          % (len(shuffled), len(qrows), n2, len(qrows) - n2, unreviewed))


if __name__ == '__main__':
    main()
