# -*- coding: utf-8 -*-
"""Y 세트 검증: 형식, 개수, 코드 존재, 등급 2 존재, 한영 왕복, 초성, 동의어·오타 부재,
띄어쓰기 표기, 위치 동 유효성. 문제가 있으면 목록을 찍고 종료 코드 1."""
import collections
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import needs_data  # noqa: E402
from kbd import en2ko, ko2en, choseong  # noqa: E402
from build_catalog import LEGAL_DONG, dong_base  # noqa: E402

PFX = 'Y'
ERR = []


def err(msg):
    ERR.append(msg)


HEADERS = {
    'catalog.csv': ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격',
                    '단가', '단위', '설명', '주소'],
    'queries.csv': ['수요번호', '수요내용', '수량', '예산'],
    'query_kinds.csv': ['수요번호', '유형'],
    'qrels.csv': ['수요번호', '제품코드', '관련도', '품목'],
    'no_match_detail.csv': ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
    'hanyeong_intended.csv': ['수요번호', '입력', '의도한 한글'],
}
KIND_COUNTS = {'exact': 11, 'synonym': 11, 'typo': 11, 'hanyeong': 11, 'spacing': 11,
               'choseong': 11, 'quantity': 11, 'long_sentence': 11, 'category': 11,
               'location': 11, 'multi_item': 10, 'no_match': 30}
SE_TYPES = {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}


def read(name):
    path = os.path.join(OUT, name)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err('%s: BOM 있음' % name)
    text = raw.decode('utf-8')
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != HEADERS[name]:
        err('%s: 머리행 %r' % (name, rows[0]))
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(HEADERS[name]):
            err('%s:%d 칸 수 %d' % (name, i, len(r)))
    return [dict(zip(HEADERS[name], r)) for r in rows[1:]]


def is_int_or_empty(v):
    return v == '' or re.fullmatch(r'\d+', v) is not None


def round_trip_ok(inp, ko):
    """입력 → 한글이 의도와 같고, 영문으로 친 부분은 한글 → 영문으로 되돌아와야 한다.
    한글이 섞인 입력은 영문 토막만 역변환해 비교한다."""
    if en2ko(inp) != ko:
        return False
    if not re.search('[가-힣]', inp):
        return ko2en(ko) == inp
    for tok in re.findall('[A-Za-z]+', inp):
        if ko2en(en2ko(tok)) != tok:
            return False
    return True


def main():
    for f in list(HEADERS) + ['README.md']:
        if not os.path.exists(os.path.join(OUT, f)):
            err('파일 없음: ' + f)
    for f in ['needs_data.py', 'catalog_data.py', 'build_catalog.py', 'build_queries.py',
              'validate.py', 'kbd.py', 'sweep_report.txt']:
        if not os.path.exists(os.path.join(HERE, f)):
            err('tools 파일 없음: ' + f)
    if ERR:
        return

    # ---------------- catalog ----------------
    cat = read('catalog.csv')
    codes = [r['제품코드'] for r in cat]
    if codes != ['%s%04d' % (PFX, i) for i in range(1, len(cat) + 1)]:
        err('제품코드가 %s0001부터 연속이 아님' % PFX)
    if not 270 <= len(cat) <= 310:
        err('제품 수 %d (약 290 기대)' % len(cat))
    ents = {r['기업명'] for r in cat}
    if not 58 <= len(ents) <= 72:
        err('기업 수 %d (약 65 기대)' % len(ents))
    cats = {r['분류'] for r in cat}
    if not 26 <= len(cats) <= 36:
        err('분류 수 %d (약 30 기대)' % len(cats))
    brn_by_ent = collections.defaultdict(set)
    for r in cat:
        if r['기업유형'] not in SE_TYPES:
            err('%s 기업유형 %s' % (r['제품코드'], r['기업유형']))
        if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
            err('%s 사업자등록번호 형식' % r['제품코드'])
        brn_by_ent[r['기업명']].add(r['사업자등록번호'])
        if not re.fullmatch(r'\d+', r['단가']):
            err('%s 단가 정수 아님' % r['제품코드'])
        m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) (\S+(?:로|길)) (\d+) \((\S+)\)',
                         r['주소'])
        if not m:
            err('%s 주소 형식 %s' % (r['제품코드'], r['주소']))
        elif m.group(4) not in LEGAL_DONG[m.group(1)]:
            err('%s 구-법정동 짝 틀림 %s' % (r['제품코드'], r['주소']))
        for k in ('제품명', '분류', '규격', '단위', '설명'):
            if not r[k].strip():
                err('%s %s 비어 있음' % (r['제품코드'], k))
    for e, s in brn_by_ent.items():
        if len(s) != 1:
            err('기업 %s 사업자번호 여러 개' % e)
    if len({next(iter(s)) for s in brn_by_ent.values()}) != len(brn_by_ent):
        err('사업자번호 중복')
    blob = '\n'.join(' '.join([r['기업명'], r['제품명'], r['분류'], r['규격'], r['설명'],
                               r['주소']]) for r in cat)
    code_set = set(codes)
    cat_by_code = {r['제품코드']: r for r in cat}

    # ---------------- queries / kinds ----------------
    qs = read('queries.csv')
    ids = [r['수요번호'] for r in qs]
    if ids != ['%s-Q%03d' % (PFX, i) for i in range(1, 151)]:
        err('수요번호가 %s-Q001…Q150 아님' % PFX)
    for r in qs:
        if not is_int_or_empty(r['수량']) or not is_int_or_empty(r['예산']):
            err('%s 수량/예산 정수 아님' % r['수요번호'])
    kinds = {r['수요번호']: r['유형'] for r in read('query_kinds.csv')}
    if set(kinds) != set(ids):
        err('query_kinds 수요번호 불일치')
    cnt = collections.Counter(kinds.values())
    if dict(cnt) != KIND_COUNTS:
        err('유형별 개수 %s' % dict(cnt))
    # 유형이 번호 순서로 드러나지 않는지(연속 같은 유형 최대 길이)
    seq = [kinds[i] for i in ids]
    run = best = 1
    for a, b in zip(seq, seq[1:]):
        run = run + 1 if a == b else 1
        best = max(best, run)
    if best > 4:
        err('같은 유형이 %d개 연속 — 섞임 부족' % best)

    text_by_id = {r['수요번호']: r['수요내용'] for r in qs}
    need_by_text = {n['text']: n for n in needs_data.MATCHABLE + needs_data.NO_MATCH}
    if set(text_by_id.values()) != set(need_by_text):
        err('queries.csv 문장이 needs_data 와 다름')
    for q, t in text_by_id.items():
        n = need_by_text.get(t)
        if n and n['kind'] != kinds.get(q):
            err('%s 유형 불일치' % q)
        if n and (str(n.get('qty') or '') != qs[ids.index(q)]['수량'] or
                  str(n.get('budget') or '') != qs[ids.index(q)]['예산']):
            err('%s 수량/예산 불일치' % q)

    # ---------------- qrels ----------------
    qrels = read('qrels.csv')
    seen = set()
    by_q = collections.defaultdict(list)
    for r in qrels:
        q, c = r['수요번호'], r['제품코드']
        if q not in kinds:
            err('qrels 없는 수요 %s' % q)
            continue
        if c not in code_set:
            err('qrels 없는 제품 %s' % c)
        if r['관련도'] not in ('1', '2'):
            err('qrels 관련도 %s' % r['관련도'])
        if (q, c) in seen:
            err('qrels 중복 %s %s' % (q, c))
        seen.add((q, c))
        by_q[q].append(r)
        n = need_by_text[text_by_id[q]]
        if kinds[q] == 'multi_item':
            written = [w for w, _, _ in n['items']]
            if r['품목'] not in written:
                err('%s 품목 %r 이 수요의 품목이 아님' % (q, r['품목']))
        elif r['품목']:
            err('%s multi_item 아닌데 품목 채움' % q)
    for q, k in kinds.items():
        if k == 'no_match':
            if by_q.get(q):
                err('%s no_match 인데 qrels 있음' % q)
        elif not any(r['관련도'] == '2' for r in by_q.get(q, [])):
            err('%s 등급 2 제품 없음' % q)
    # multi_item: 품목마다 등급 2 가 하나는 있어야
    for q, k in kinds.items():
        if k != 'multi_item':
            continue
        n = need_by_text[text_by_id[q]]
        for w, _, _ in n['items']:
            if not any(r['품목'] == w and r['관련도'] == '2' for r in by_q[q]):
                err('%s 품목 %s 에 등급 2 없음' % (q, w))

    # ---------------- no_match_detail ----------------
    nm = read('no_match_detail.csv')
    nm_ids = {r['수요번호'] for r in nm}
    if nm_ids != {q for q, k in kinds.items() if k == 'no_match'}:
        err('no_match_detail 수요번호 불일치')
    lv = collections.Counter(r['난이도'] for r in nm)
    if lv != {'어려움': 20, '쉬움': 10}:
        err('no_match 난이도 %s' % dict(lv))
    for r in nm:
        if not r['해당 없음 이유']:
            err('%s 이유 없음' % r['수요번호'])
        if r['난이도'] == '어려움' and not r['겹치는 말']:
            err('%s 어려움인데 겹치는 말 없음' % r['수요번호'])

    # ---------------- hanyeong ----------------
    hy = read('hanyeong_intended.csv')
    if {r['수요번호'] for r in hy} != {q for q, k in kinds.items() if k == 'hanyeong'}:
        err('hanyeong_intended 수요번호 불일치')
    whole = mixed = 0
    for r in hy:
        inp, ko = r['입력'], r['의도한 한글']
        if text_by_id[r['수요번호']] != inp:
            err('%s 입력이 queries 와 다름' % r['수요번호'])
        if en2ko(inp) != ko:
            err('%s 한영 변환 %r → %r ≠ %r' % (r['수요번호'], inp, en2ko(inp), ko))
        if not round_trip_ok(inp, ko):
            err('%s 한영 왕복 실패 %r ↔ %r' % (r['수요번호'], inp, ko))
        if re.search('[가-힣]', inp):
            mixed += 1
        else:
            whole += 1
    if (whole, mixed) != (8, 3):
        err('한영: 전체 %d, 섞임 %d (8, 3 기대)' % (whole, mixed))

    # ---------------- needs_data 기반 검사 ----------------
    for n in needs_data.MATCHABLE:
        k, t = n['kind'], n['text']
        if k in ('synonym', 'typo'):
            if n['word'] not in t:
                err('%s: 핵심어 %s 가 문장에 없음' % (t, n['word']))
            if n['word'] in blob:
                err('%s: 핵심어 %s 가 카탈로그에 있음' % (t, n['word']))
        if k == 'spacing':
            if n['form'] not in t:
                err('%s: 표기 %s 가 문장에 없음' % (t, n['form']))
            if n['form'] in blob:
                err('%s: 검색어 표기 %s 가 카탈로그에 있음' % (t, n['form']))
            if n['catalog_form'] not in blob:
                err('%s: 카탈로그 표기 %s 가 카탈로그에 없음' % (t, n['catalog_form']))
            if n['form'].replace(' ', '') != n['catalog_form'].replace(' ', ''):
                err('%s: 띄어쓰기만 달라야 함' % t)
        if k == 'choseong':
            rest = t
            for c, w in n['chos']:
                if choseong(w) != c:
                    err('%s: 초성 %s ≠ choseong(%s)=%s' % (t, c, w, choseong(w)))
                if not re.fullmatch('[ㄱ-ㅎ]+', c):
                    err('%s: 초성 부분에 다른 글자' % t)
                rest = rest.replace(c, '')
            if re.search('[ㄱ-ㅎㅏ-ㅣ]', rest):
                err('%s: 설명되지 않은 낱자' % t)
        if k == 'location':
            bases = {dong_base(d) for ds in LEGAL_DONG.values() for d in ds}
            if n['dong'] not in bases:
                err('%s: 동 %s 가 전주 법정동 아님' % (t, n['dong']))
            if not t.startswith(n['dong']):
                err('%s: 문장이 동 이름으로 시작하지 않음' % t)
            q = [q for q, tt in text_by_id.items() if tt == t][0]
            ok2 = [r for r in by_q[q] if r['관련도'] == '2']
            for r in ok2:
                m = re.search(r'\((\S+)\)$', cat_by_code[r['제품코드']]['주소'])
                if dong_base(m.group(1)) != n['dong']:
                    err('%s: 등급 2 제품 %s 의 동이 다름' % (t, r['제품코드']))
        if k == 'hanyeong':
            if not round_trip_ok(t, n['intended']):
                err('%s: 한영 왕복 실패' % t)

    # kbd 자체 시험
    import kbd
    try:
        kbd._selftest()
    except AssertionError as e:
        err('kbd 자체 시험 실패 %s' % e)

    sweep = open(os.path.join(HERE, 'sweep_report.txt'), encoding='utf-8').read()
    if '미검토 0건' not in sweep:
        err('sweep_report 에 미검토 건 있음')

    print('catalog %d제품 / %d기업 / %d분류, 수요 %d, qrels %d (2=%d, 1=%d)' % (
        len(cat), len(ents), len(cats), len(qs), len(qrels),
        sum(1 for r in qrels if r['관련도'] == '2'),
        sum(1 for r in qrels if r['관련도'] == '1')))
    print('유형별:', dict(sorted(cnt.items())))


if __name__ == '__main__':
    main()
    if ERR:
        print('\n'.join('FAIL: ' + e for e in ERR))
        sys.exit(1)
    print('OK — 모든 검사 통과')
