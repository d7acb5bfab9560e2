# -*- coding: utf-8 -*-
"""평가셋 검사. 실패하면 목록을 출력하고 종료 코드 1."""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..'))
sys.path.insert(0, HERE)

import kbd  # noqa: E402
from catalog_data import WANSAN_DONG, DEOKJIN_DONG  # noqa: E402
from needs_data import NEEDS, NO_MATCH  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


HEADERS = {
    'catalog.csv': ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'],
    'queries.csv': ['수요번호', '수요내용', '수량', '예산'],
    'query_kinds.csv': ['수요번호', '유형'],
    'qrels.csv': ['수요번호', '제품코드', '관련도', '품목'],
    'no_match_detail.csv': ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
    'hanyeong_intended.csv': ['수요번호', '입력', '의도한 한글'],
}
KINDS = {'exact': 11, 'synonym': 11, 'typo': 11, 'hanyeong': 11, 'spacing': 11, 'choseong': 11, 'quantity': 11,
         'long_sentence': 11, 'category': 11, 'location': 11, 'multi_item': 10, 'no_match': 30}
SE_TYPES = {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}

# 유의어·오타 유형에서 카탈로그에 없어야 하는 말 (수요 key -> 말)
TERMS = {
    'SY01': '호치키스', 'SY02': '스카치', 'SY03': '뽁뽁이', 'SY04': '포스트잇', 'SY05': '크리넥스', 'SY06': '찌라시',
    'SY07': '곤색', 'SY08': '츄리닝', 'SY09': '잠바', 'SY10': '천가방', 'SY11': '빠찌',
    'TY01': '플랜카드', 'TY02': '손소독재', 'TY03': '떡케익', 'TY04': '디퓨져', 'TY05': '팜플렛', 'TY06': '케터링',
    'TY07': '보드개임', 'TY08': '명합', 'TY09': '박스테잎', 'TY10': '에코벡', 'TY11': '스트래스',
}


def read(name):
    path = os.path.join(ROOT, name)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err('%s: BOM 있음' % name)
    text = raw.decode('utf-8')
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != HEADERS[name]:
        err('%s: 헤더 %s' % (name, rows[0]))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def choseong(word):
    out = []
    for ch in word:
        d = kbd.decompose(ch)
        out.append(d[0] if d else ch)
    return ''.join(out)


def main():
    cat = read('catalog.csv')
    qs = read('queries.csv')
    kinds = read('query_kinds.csv')
    qrels = read('qrels.csv')
    nmd = read('no_match_detail.csv')
    hy = read('hanyeong_intended.csv')
    idmap = {r['key']: r['수요번호'] for r in csv.DictReader(open(os.path.join(HERE, 'id_map.csv'), encoding='utf-8'))}
    need_by_key = {n['key']: n for n in NEEDS}

    # ---- 카탈로그 ----
    codes = [r['제품코드'] for r in cat]
    if len(set(codes)) != len(codes):
        err('제품코드 중복')
    for i, c in enumerate(codes, 1):
        if c != 'ZK%04d' % i:
            err('제품코드 순서 %s' % c)
    valid_dong = {'완산구': set(WANSAN_DONG), '덕진구': set(DEOKJIN_DONG)}
    for r in cat:
        if r['기업유형'] not in SE_TYPES:
            err('기업유형 %s' % r['제품코드'])
        if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
            err('사업자등록번호 형식 %s' % r['제품코드'])
        if not r['단가'].isdigit():
            err('단가 %s' % r['제품코드'])
        m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) \S+(로|길) [\d-]+( \S+)? \((\S+)\)', r['주소'])
        if not m:
            err('주소 형식 %s %s' % (r['제품코드'], r['주소']))
        elif m.group(4) not in valid_dong[m.group(1)]:
            err('구-법정동 짝 %s %s' % (r['제품코드'], r['주소']))
        for col in ('제품명', '분류', '규격', '단위'):
            if not r[col]:
                err('빈 칸 %s %s' % (r['제품코드'], col))
    ent = {r['기업명'] for r in cat}
    catalog_text = '\n'.join(' '.join(r.values()) for r in cat)
    catalog_nospace = re.sub(r'\s', '', catalog_text)

    # ---- 수요 ----
    ids = [q['수요번호'] for q in qs]
    if ids != ['ZK-Q%03d' % i for i in range(1, 151)]:
        err('수요번호가 ZK-Q001..ZK-Q150 이 아님')
    kind_of = {r['수요번호']: r['유형'] for r in kinds}
    if set(kind_of) != set(ids):
        err('query_kinds 수요번호 불일치')
    cnt = Counter(kind_of.values())
    for k, n in KINDS.items():
        if cnt[k] != n:
            err('유형 %s 개수 %d (기대 %d)' % (k, cnt[k], n))
    for q in qs:
        for col in ('수량', '예산'):
            if q[col] and not q[col].isdigit():
                err('%s %s 정수 아님' % (q['수요번호'], col))
    text_of = {q['수요번호']: q['수요내용'] for q in qs}
    # needs_data 와 일치 (수요 문장을 고치지 않았는지)
    for n in NEEDS:
        qid = idmap[n['key']]
        if text_of[qid] != n['text'] or kind_of[qid] != n['kind']:
            err('needs_data 와 다름 %s' % n['key'])
    for (k, lv, _o, t, _ov, _why) in NO_MATCH:
        qid = idmap[k]
        if text_of[qid] != t or kind_of[qid] != 'no_match':
            err('no_match 다름 %s' % k)
    # 섞였는지: 앞쪽 15개가 한 유형에 몰리지 않음
    if len(set(kind_of[i] for i in ids[:15])) < 5:
        err('섞기가 약함')

    # ---- qrels ----
    code_set = set(codes)
    by_q = defaultdict(list)
    seen = set()
    for r in qrels:
        if r['제품코드'] not in code_set:
            err('없는 제품코드 %s' % r['제품코드'])
        if r['관련도'] not in ('1', '2'):
            err('관련도 %s' % r)
        if (r['수요번호'], r['제품코드']) in seen:
            err('qrels 중복 %s %s' % (r['수요번호'], r['제품코드']))
        seen.add((r['수요번호'], r['제품코드']))
        k = kind_of.get(r['수요번호'])
        if k == 'no_match':
            err('no_match 에 qrels %s' % r['수요번호'])
        if (k == 'multi_item') != bool(r['품목']):
            err('품목 칸 규칙 위반 %s %s' % (r['수요번호'], r['제품코드']))
        if k == 'multi_item' and r['품목'] not in text_of[r['수요번호']]:
            err('품목이 수요에 없음 %s %s' % (r['수요번호'], r['품목']))
        by_q[r['수요번호']].append(r)
    for qid in ids:
        if kind_of[qid] == 'no_match':
            continue
        if not any(r['관련도'] == '2' for r in by_q[qid]):
            err('관련도 2 제품 없음 %s %s' % (qid, text_of[qid]))
        if kind_of[qid] == 'multi_item':
            n = [x for x in NEEDS if idmap[x['key']] == qid][0]
            for item, _w, _o in n['items']:
                if not any(r['품목'] == item and r['관련도'] == '2' for r in by_q[qid]):
                    err('복수품목 %s 의 "%s" 에 관련도 2 없음' % (qid, item))

    # ---- no_match_detail ----
    nm_ids = {q for q in ids if kind_of[q] == 'no_match'}
    if {r['수요번호'] for r in nmd} != nm_ids:
        err('no_match_detail 수요번호 불일치')
    lv = Counter(r['난이도'] for r in nmd)
    if lv != Counter({'hard': 20, 'easy': 10}):
        err('난이도 개수 %s' % lv)
    for r in nmd:
        if r['난이도'] == 'hard' and not r['겹치는 말']:
            err('hard 인데 겹치는 말 없음 %s' % r['수요번호'])

    # ---- 한영 ----
    hy_ids = {q for q in ids if kind_of[q] == 'hanyeong'}
    if {r['수요번호'] for r in hy} != hy_ids:
        err('hanyeong_intended 수요번호 불일치')
    whole = mixed = 0
    for r in hy:
        inp, want = r['입력'], r['의도한 한글']
        if text_of[r['수요번호']] != inp:
            err('한영 입력이 수요와 다름 %s' % r['수요번호'])
        if kbd.convert_mixed(inp) != want:
            err('한영 변환 실패 %s: %s -> %s' % (r['수요번호'], inp, kbd.convert_mixed(inp)))
        if re.fullmatch(r'[A-Za-z]+', inp):
            whole += 1
            if kbd.hangul_to_qwerty(want) != inp:
                err('한영 역변환 실패 %s' % r['수요번호'])
        else:
            mixed += 1
            if not re.search(r'[가-힣]', inp) or not re.search(r'[A-Za-z]', inp):
                err('섞임 입력이 아님 %s' % r['수요번호'])
            # 영문 구간을 한글로 바꾼 뒤 다시 영문으로 바꾸면 입력과 같아야 함
            spans = re.findall(r'[A-Za-z]+', inp)
            back = want
            for s in spans:
                back = back.replace(kbd.qwerty_to_hangul(s), s, 1)
            if back != inp:
                err('섞임 왕복 실패 %s' % r['수요번호'])
    if (whole, mixed) != (8, 3):
        err('한영 통째/섞임 개수 %d/%d' % (whole, mixed))
    # 변환기 자체 왕복 시험
    for w in ['복사용지', '닭갈비', '앉아', '괜찮아', '뷁', '없었다', '꽃다발', '의자', '쓰레기', '외국인', '빵빠레']:
        if kbd.qwerty_to_hangul(kbd.hangul_to_qwerty(w)) != w:
            err('kbd 왕복 실패 %s' % w)

    # ---- 초성 ----
    for n in NEEDS:
        if n['kind'] != 'choseong':
            continue
        t, it = n['text'].split(), n['intended'].split()
        if len(t) != len(it):
            err('초성 낱말 수 %s' % n['key'])
            continue
        has_jamo = False
        for a, b in zip(t, it):
            if re.fullmatch(r'[ㄱ-ㅎ]+', a):
                has_jamo = True
                if choseong(b) != a:
                    err('초성 불일치 %s: %s vs %s' % (n['key'], a, b))
            elif a != b:
                err('초성 외 낱말 불일치 %s' % n['key'])
        if not has_jamo:
            err('초성 없음 %s' % n['key'])

    # ---- 유의어·오타 말이 카탈로그에 없음 ----
    for k, term in TERMS.items():
        n = need_by_key[k]
        if term not in n['text']:
            err('TERMS 말이 수요에 없음 %s' % k)
        if term in catalog_text or term in catalog_nospace:
            err('유의어/오타 말이 카탈로그에 있음 %s %s' % (k, term))
    if {k for k in TERMS} != {n['key'] for n in NEEDS if n['kind'] in ('synonym', 'typo')}:
        err('TERMS 가 유의어·오타 수요 전체를 덮지 않음')

    # ---- 띄어쓰기 ----
    for n in NEEDS:
        if n['kind'] != 'spacing':
            continue
        if n['text'] in catalog_text:
            err('띄어쓰기 수요가 카탈로그에 그대로 있음 %s' % n['key'])
        if n['text'].replace(' ', '') not in catalog_nospace:
            err('띄어쓰기 수요의 붙여쓴 형태가 카탈로그에 없음 %s' % n['key'])

    # ---- 위치 ----
    bases = {re.sub(r'\d가$', '', d) for d in WANSAN_DONG + DEOKJIN_DONG}
    for n in NEEDS:
        if n['kind'] != 'location':
            continue
        dong = n['text'].split()[0]
        if dong != n['dong'] or dong not in bases:
            err('위치 동이 전주 법정동이 아님 %s %s' % (n['key'], dong))
        qid = idmap[n['key']]
        tops = [r['제품코드'] for r in by_q[qid] if r['관련도'] == '2']
        for c in tops:
            addr = cat[int(c[2:]) - 1]['주소']
            d = re.search(r'\((\S+)\)$', addr).group(1)
            if re.sub(r'\d가$', '', d) != dong:
                err('위치 관련도 2인데 동이 다름 %s %s' % (qid, c))

    # ---- 파일 ----
    for f in ['README.md', 'tools/needs_data.py', 'tools/catalog_data.py', 'tools/build_catalog.py',
              'tools/build_queries.py', 'tools/validate.py', 'tools/kbd.py', 'tools/sweep_report.txt']:
        if not os.path.exists(os.path.join(ROOT, f)):
            err('파일 없음 %s' % f)
    rep = open(os.path.join(HERE, 'sweep_report.txt'), encoding='utf-8').read()
    if '미검토 0건' not in rep:
        err('sweep 미검토 남음')

    print('제품 %d, 기업 %d, 분류 %d' % (len(cat), len(ent), len({r['분류'] for r in cat})))
    print('수요 %d %s' % (len(qs), dict(cnt)))
    print('qrels %d (2: %d, 1: %d)' % (len(qrels), sum(r['관련도'] == '2' for r in qrels),
                                     sum(r['관련도'] == '1' for r in qrels)))
    if ERR:
        print('실패 %d건' % len(ERR))
        for e in ERR:
            print(' -', e)
        sys.exit(1)
    print('모든 검사 통과')


if __name__ == '__main__':
    main()
