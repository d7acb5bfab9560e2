# -*- coding: utf-8 -*-
"""평가셋 검증. python3 tools/validate.py  (문제가 있으면 종료 코드 1)"""
import csv
import hashlib
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd  # noqa: E402
import needs_data as ND  # noqa: E402
import build_queries as BQ  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


# 전주시 법정동 (구별)
DONG = {
    '완산구': '''중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가
        전동 전동3가 다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 서노송동
        동완산동 서완산동1가 서완산동2가 동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동
        평화동1가 평화동2가 평화동3가 중인동 용복동 삼천동1가 삼천동2가 삼천동3가 효자동1가 효자동2가 효자동3가
        대성동 색장동 상림동'''.split(),
    '덕진구': '''진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가
        산정동 금상동 우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가
        송천동1가 송천동2가 반월동 화전동 용정동 성덕동 원동 고랑동 여의동 만성동 장동 도도동 강흥동 도덕동
        남정동 중동 동산동'''.split(),
}
ALL_DONG = {d for v in DONG.values() for d in v}
KINDS = ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence', 'category',
         'location', 'multi_item', 'no_match']


def read(name, header):
    path = os.path.join(ROOT, name)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err('%s: BOM 있음' % name)
    rows = list(csv.reader(raw.decode('utf-8').splitlines()))
    if rows[0] != header:
        err('%s: 헤더 %r' % (name, rows[0]))
    return [dict(zip(header, r)) for r in rows[1:]]


def main():
    # needs_data.py 고정 확인
    rec = open(os.path.join(HERE, 'needs_data.sha256'), encoding='utf-8').read().split()[0]
    cur = hashlib.sha256(open(os.path.join(HERE, 'needs_data.py'), 'rb').read()).hexdigest()
    if rec != cur:
        err('needs_data.py sha256 불일치')

    cat = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위',
                               '설명', '주소'])
    q = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
    qk = read('query_kinds.csv', ['수요번호', '유형'])
    qr = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
    nm = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
    hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
    keymap = {r['수요번호']: r['내부키'] for r in csv.DictReader(open(os.path.join(HERE, 'need_key_map.csv'),
                                                                     encoding='utf-8'))}
    needs = {n['key']: n for n in ND.NEEDS}

    # 카탈로그
    codes = [r['제품코드'] for r in cat]
    if len(set(codes)) != len(codes):
        err('제품코드 중복')
    ent = {}
    for r in cat:
        if not re.fullmatch(r'ZN\d{4}', r['제품코드']):
            err('제품코드 형식 %s' % r['제품코드'])
        if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
            err('사업자번호 형식 %s' % r['제품코드'])
        if r['기업유형'] not in ('사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'):
            err('기업유형 %s' % r['제품코드'])
        if not r['단가'].isdigit():
            err('단가 %s' % r['제품코드'])
        m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) \S+ \d+(-\d+)? \((\S+)\)', r['주소'])
        if not m or m.group(3) not in DONG[m.group(1)]:
            err('주소 구·동 %s %s' % (r['제품코드'], r['주소']))
        e = ent.setdefault(r['기업명'], (r['사업자등록번호'], r['주소'], r['기업유형']))
        if e != (r['사업자등록번호'], r['주소'], r['기업유형']):
            err('기업 정보 불일치 %s' % r['기업명'])
    brns = Counter(v[0] for v in ent.values())
    if any(c > 1 for c in brns.values()):
        err('기업 간 사업자번호 중복')
    if not (260 <= len(cat) <= 320 and 55 <= len(ent) <= 75):
        err('카탈로그 규모 %d / %d' % (len(cat), len(ent)))
    ncat = len({r['분류'] for r in cat})
    if not 25 <= ncat <= 35:
        err('분류 수 %d' % ncat)
    cat_text = '\n'.join(','.join(r.values()) for r in cat)

    # 수요
    qids = [r['수요번호'] for r in q]
    if qids != sorted(qids) or qids != ['ZN-Q%03d' % i for i in range(1, 151)]:
        err('수요번호가 ZN-Q001..ZN-Q150 이 아님')
    kinds = {r['수요번호']: r['유형'] for r in qk}
    if set(kinds) != set(qids):
        err('query_kinds 수요번호 불일치')
    kc = Counter(kinds.values())
    for k in KINDS:
        want = 30 if k == 'no_match' else (10 if k == 'multi_item' else 11)
        if kc[k] != want:
            err('유형 %s 건수 %d (기대 %d)' % (k, kc[k], want))
    if set(kc) - set(KINDS):
        err('모르는 유형 %s' % (set(kc) - set(KINDS)))
    for r in q:
        for c in ('수량', '예산'):
            if r[c] and not r[c].isdigit():
                err('%s %s 정수 아님' % (r['수요번호'], c))
        k = keymap[r['수요번호']]
        if k in needs:
            n = needs[k]
            if r['수요내용'] != n['text'] or kinds[r['수요번호']] != n['kind']:
                err('수요 내용·유형이 needs_data 와 다름 %s' % r['수요번호'])
            if (r['수량'] or None) != (str(n['qty']) if n['qty'] is not None else None):
                err('수량 불일치 %s' % r['수요번호'])
        elif kinds[r['수요번호']] != 'no_match':
            err('내부키 매핑 이상 %s' % r['수요번호'])

    # qrels
    grades = defaultdict(dict)
    seen = set()
    for r in qr:
        if (r['수요번호'], r['제품코드']) in seen:
            err('qrels 중복 %s %s' % (r['수요번호'], r['제품코드']))
        seen.add((r['수요번호'], r['제품코드']))
        if r['제품코드'] not in ent and r['제품코드'] not in set(codes):
            err('없는 제품코드 %s' % r['제품코드'])
        if r['수요번호'] not in kinds:
            err('없는 수요번호 %s' % r['수요번호'])
            continue
        if r['관련도'] not in ('1', '2'):
            err('관련도 %s' % r['관련도'])
        kind = kinds[r['수요번호']]
        if kind == 'no_match':
            err('no_match 수요에 qrels %s' % r['수요번호'])
        if (kind == 'multi_item') != bool(r['품목']):
            err('품목 칸 규칙 위반 %s %s' % (r['수요번호'], r['제품코드']))
        grades[r['수요번호']][r['제품코드']] = (int(r['관련도']), r['품목'])
    for qid in qids:
        if kinds[qid] != 'no_match' and not any(g == 2 for g, _ in grades[qid].values()):
            err('관련도 2 제품이 없는 수요 %s' % qid)
        if kinds[qid] == 'multi_item':
            n = needs[keymap[qid]]
            for item, _w, _a in n['items']:
                if not any(g == 2 and it == item for g, it in grades[qid].values()):
                    err('multi_item %s 품목 %s 에 관련도 2 없음' % (qid, item))

    # no_match
    nmq = {r['수요번호'] for r in nm}
    if nmq != {x for x in qids if kinds[x] == 'no_match'}:
        err('no_match_detail 수요번호 불일치')
    lv = Counter(r['난이도'] for r in nm)
    if lv != Counter({'hard': 20, 'easy': 10}):
        err('no_match 난이도 %s' % lv)
    for r in nm:
        if r['난이도'] == 'hard' and not r['겹치는 말']:
            err('hard no_match 에 겹치는 말 없음 %s' % r['수요번호'])

    # 한영
    if {r['수요번호'] for r in hy} != {x for x in qids if kinds[x] == 'hanyeong'}:
        err('hanyeong_intended 수요번호 불일치')
    for r in hy:
        if not re.search('[A-Za-z]', r['입력']):
            err('한영 입력에 영문 없음 %s' % r['수요번호'])
        if kbd.mixed_to_hangul(r['입력']) != r['의도한 한글']:
            err('한영 변환 불일치 %s' % r['수요번호'])
        if kbd.mixed_to_keys(r['의도한 한글'], [w for w in r['의도한 한글'].split()
                                             if kbd.hangul_to_keys(w) in r['입력']]) != r['입력']:
            err('한영 역변환 불일치 %s' % r['수요번호'])
        if needs[keymap[r['수요번호']]]['text'] != r['입력']:
            err('한영 입력이 수요내용과 다름 %s' % r['수요번호'])

    # 초성
    for n in ND.NEEDS:
        if n['kind'] != 'choseong':
            continue
        a, b = n['text'].split(), n['intended'].split()
        if len(a) != len(b):
            err('초성 어절 수 %s' % n['key'])
            continue
        has = False
        for x, y in zip(a, b):
            if re.fullmatch('[ㄱ-ㅎ]+', x):
                has = True
                if kbd.choseong(y) != x:
                    err('초성 불일치 %s %s/%s' % (n['key'], x, y))
            elif x != y:
                err('초성 수요의 보통 낱말 불일치 %s' % n['key'])
        if not has:
            err('초성 없음 %s' % n['key'])

    # 동의어·오타 말이 카탈로그에 없어야 함
    for k, w in BQ.ABSENT_WORD.items():
        if w not in needs[k]['text']:
            err('ABSENT_WORD %s 가 수요 문장에 없음' % k)
        if w in cat_text:
            err('%s 의 말 %s 이 카탈로그에 있음' % (k, w))
    for n in ND.NEEDS:
        if n['kind'] in ('synonym', 'typo') and n['key'] not in BQ.ABSENT_WORD:
            err('ABSENT_WORD 누락 %s' % n['key'])

    # 위치 수요 동
    for n in ND.NEEDS:
        if n['kind'] != 'location':
            continue
        if not any(d == n['dong'] or re.fullmatch(re.escape(n['dong']) + r'\d가', d) for d in ALL_DONG):
            err('위치 수요의 동이 전주 법정동 아님 %s' % n['key'])
        if not n['text'].startswith(n['dong']):
            err('위치 수요 문장에 동 없음 %s' % n['key'])

    # 스윕 미판단
    rep = open(os.path.join(HERE, 'sweep_report.txt'), encoding='utf-8').read()
    if '-> TODO' in rep:
        err('sweep_report 에 미판단(TODO) 남음')

    print('catalog %d products / %d enterprises / %d categories' % (len(cat), len(ent), ncat))
    print('needs', dict(kc))
    print('qrels rows %d (2: %d, 1: %d)' % (len(qr), sum(r['관련도'] == '2' for r in qr),
                                           sum(r['관련도'] == '1' for r in qr)))
    if ERR:
        print('FAIL')
        for e in ERR:
            print(' -', e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
