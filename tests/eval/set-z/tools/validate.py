# -*- coding: utf-8 -*-
"""평가 세트 검증. 실패하면 종료 코드 1."""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd  # noqa: E402
from needs_data import NEEDS  # noqa: E402
from build_queries import NO_MATCH  # noqa: E402

PFX = 'Z'
ERR = []


def err(msg):
    ERR.append(msg)


# 전주시 법정동 (구별)
JEONJU = {
    '완산구': '''중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가 전동 전동3가
다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 동완산동 서완산동1가 서완산동2가 동서학동 서서학동
중화산동1가 중화산동2가 서신동 석구동 원당동 평화동1가 평화동2가 평화동3가 중인동 용복동 삼천동1가 삼천동2가 삼천동3가
효자동1가 효자동2가 효자동3가 대성동 색장동 상림동 서노송동'''.split(),
    '덕진구': '''진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가 산정동 금상동
우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가 송천동2가 반월동 화전동 용정동
성덕동 원동 고랑동 여의동 만성동 장동 도도동 강흥동 도덕동 남정동 중동 동산동'''.split(),
}
DONG_BASES = {re.sub(r'\d+가$', '', d) for ds in JEONJU.values() for d in ds}


def read(name, header):
    path = os.path.join(OUT, name)
    if not os.path.exists(path):
        err(f'{name}: 없음')
        return []
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err(f'{name}: BOM 있음')
    try:
        raw.decode('utf-8')
    except UnicodeDecodeError:
        err(f'{name}: UTF-8 아님')
    with open(path, encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != header:
        err(f'{name}: 헤더 {rows[0] if rows else None} != {header}')
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f'{name}:{i} 열 개수 {len(r)}')
    return [dict(zip(header, r)) for r in rows[1:]]


def main():
    cat = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위',
                               '설명', '주소'])
    qs = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
    kinds = read('query_kinds.csv', ['수요번호', '유형'])
    qrels = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
    nmd = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
    hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
    for f in ['README.md', 'tools/needs_data.py', 'tools/catalog_data.py', 'tools/build_catalog.py',
              'tools/build_queries.py', 'tools/validate.py', 'tools/kbd.py', 'tools/sweep_report.txt']:
        if not os.path.exists(os.path.join(OUT, f)):
            err(f'{f}: 없음')

    # ---- catalog ----
    codes = [r['제품코드'] for r in cat]
    if len(set(codes)) != len(codes):
        err('제품코드 중복')
    for i, c in enumerate(codes, 1):
        if c != f'{PFX}{i:04d}':
            err(f'제품코드 형식/순서: {c}')
            break
    etypes = {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}
    biz_by_ent = defaultdict(set)
    for r in cat:
        if r['기업유형'] not in etypes:
            err(f'{r["제품코드"]} 기업유형 {r["기업유형"]}')
        if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
            err(f'{r["제품코드"]} 사업자등록번호 형식')
        biz_by_ent[r['기업명']].add(r['사업자등록번호'])
        if not re.fullmatch(r'\d+', r['단가']):
            err(f'{r["제품코드"]} 단가 {r["단가"]}')
        m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) (\S+(?: \S+)*?) (\d+(?:-\d+)?) \((\S+)\)', r['주소'])
        if not m:
            err(f'{r["제품코드"]} 주소 형식: {r["주소"]}')
        elif m.group(4) not in JEONJU[m.group(1)]:
            err(f'{r["제품코드"]} 구-법정동 짝이 틀림: {m.group(1)} {m.group(4)}')
        if not r['제품명'].strip() or not r['분류'].strip():
            err(f'{r["제품코드"]} 빈 제품명/분류')
    for e, b in biz_by_ent.items():
        if len(b) != 1:
            err(f'{e}: 사업자등록번호 여러 개')
    nb = Counter(next(iter(b)) for b in biz_by_ent.values())
    if any(v > 1 for v in nb.values()):
        err('기업끼리 사업자등록번호 중복')
    ncat, nent, ncls = len(cat), len(biz_by_ent), len({r['분류'] for r in cat})
    if not (270 <= ncat <= 310):
        err(f'제품 수 {ncat}')
    if not (60 <= nent <= 70):
        err(f'기업 수 {nent}')
    if not (26 <= ncls <= 34):
        err(f'분류 수 {ncls}')
    cat_text = '\n'.join(' '.join(r.values()) for r in cat)
    cat_nospace = re.sub(r'\s+', '', cat_text)

    # ---- queries / kinds ----
    ids = [r['수요번호'] for r in qs]
    if ids != [f'{PFX}-Q{i:03d}' for i in range(1, 151)]:
        err('수요번호가 Z-Q001…Z-Q150 이 아님')
    for r in qs:
        for col in ('수량', '예산'):
            if r[col] and not re.fullmatch(r'\d+', r[col]):
                err(f'{r["수요번호"]} {col} 정수 아님: {r[col]}')
    kind_of = {r['수요번호']: r['유형'] for r in kinds}
    if set(kind_of) != set(ids):
        err('query_kinds 수요번호 불일치')
    want_counts = {k: 11 for k in ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity',
                                   'long_sentence', 'category', 'location']}
    want_counts.update(multi_item=10, no_match=30)
    kc = Counter(kind_of.values())
    if dict(kc) != want_counts:
        err(f'유형별 개수 {dict(kc)}')
    # 연속된 번호가 유형을 드러내지 않는지 (같은 유형이 5개 이상 연속이면 경고)
    seq = [kind_of[i] for i in ids if i in kind_of]
    run = max((len(list(g)) for _, g in __import__('itertools').groupby(seq)), default=0)
    if run >= 5:
        err(f'같은 유형이 {run}개 연속')
    text_of = {r['수요번호']: r['수요내용'] for r in qs}
    if len(set(text_of.values())) != len(text_of):
        err('수요내용 중복')

    # needs_data 와 대응
    by_text = {}
    for n in NEEDS:
        by_text[n['text']] = n
    for key, diff, inst, text, *_ in NO_MATCH:
        by_text[text] = dict(kind='no_match', text=text, key=key, diff=diff)
    need_of = {}
    for i, t in text_of.items():
        n = by_text.get(t)
        if not n:
            err(f'{i}: tools 에 없는 수요 "{t}"')
            continue
        if n['kind'] != kind_of.get(i):
            err(f'{i}: 유형 불일치')
        need_of[i] = n

    # ---- qrels ----
    codeset = set(codes)
    seen = set()
    g2 = defaultdict(set)
    g2_items = defaultdict(set)
    for r in qrels:
        i, c = r['수요번호'], r['제품코드']
        if i not in kind_of:
            err(f'qrels: 없는 수요 {i}')
            continue
        if c not in codeset:
            err(f'qrels: 없는 제품 {c}')
        if (i, c) in seen:
            err(f'qrels 중복 {i} {c}')
        seen.add((i, c))
        if r['관련도'] not in ('1', '2'):
            err(f'qrels 관련도 {r["관련도"]}')
        k = kind_of[i]
        if k == 'no_match':
            err(f'no_match {i} 에 qrels 행')
        if k == 'multi_item':
            labels = [it['label'] for it in need_of[i]['items']]
            if r['품목'] not in labels:
                err(f'{i} 품목 "{r["품목"]}" 이 수요 품목 {labels} 에 없음')
            if r['관련도'] == '2':
                g2_items[i].add(r['품목'])
        elif r['품목']:
            err(f'{i} ({k}) 품목 열이 비어 있지 않음')
        if r['관련도'] == '2':
            g2[i].add(c)
    for i, k in kind_of.items():
        if k == 'no_match':
            continue
        if not g2[i]:
            err(f'{i} ({k}) 관련도 2 제품 없음')
        if k == 'multi_item':
            labels = {it['label'] for it in need_of[i]['items']}
            if g2_items[i] != labels:
                err(f'{i} 품목별 관련도 2 누락: {labels - g2_items[i]}')
            if not (2 <= len(labels) <= 3):
                err(f'{i} 품목 수 {len(labels)}')
            if need_of[i]['text'].count(' ') and not all(l in need_of[i]['text'] for l in labels):
                err(f'{i} 품목 표기가 수요에 없음')

    # ---- no_match detail ----
    nm_ids = {i for i, k in kind_of.items() if k == 'no_match'}
    if {r['수요번호'] for r in nmd} != nm_ids:
        err('no_match_detail 수요번호 불일치')
    dc = Counter(r['난이도'] for r in nmd)
    if dc != Counter({'hard': 20, 'easy': 10}):
        err(f'no_match 난이도 {dict(dc)}')
    for r in nmd:
        if not r['해당 없음 이유'].strip():
            err(f'{r["수요번호"]} 이유 없음')
        if r['난이도'] == 'hard' and not r['겹치는 말'].strip():
            err(f'{r["수요번호"]} hard 인데 겹치는 말 없음')

    # ---- 한영 ----
    hy_ids = {i for i, k in kind_of.items() if k == 'hanyeong'}
    if {r['수요번호'] for r in hy} != hy_ids:
        err('hanyeong_intended 수요번호 불일치')
    whole = mixed = 0
    for r in hy:
        inp, want = r['입력'], r['의도한 한글']
        if text_of.get(r['수요번호']) != inp:
            err(f'{r["수요번호"]} 입력이 queries 와 다름')
        if kbd.convert_mixed(inp) != want:
            err(f'{r["수요번호"]} 한영 변환 {kbd.convert_mixed(inp)} != {want}')
        has_hangul = bool(re.search(r'[가-힣]', inp))
        if has_hangul:
            mixed += 1
            # 의도 문장의 어느 연속 구간을 영문으로 바꾸면 입력이 되는지 확인
            ok = any(want[:a] + kbd.to_eng(want[a:b]) + want[b:] == inp
                     for a in range(len(want)) for b in range(a + 1, len(want) + 1))
            if not ok:
                err(f'{r["수요번호"]} 섞어 쓰기 역변환 실패')
        else:
            whole += 1
            if kbd.to_eng(want) != inp:
                err(f'{r["수요번호"]} 역변환 {kbd.to_eng(want)} != {inp}')
    if (whole, mixed) != (8, 3):
        err(f'한영 whole/mixed = {whole}/{mixed}')

    # ---- 초성 ----
    for i, k in kind_of.items():
        if k != 'choseong':
            continue
        n = need_of[i]
        qt, it = n['text'].split(), n['intended'].split()
        if len(qt) != len(it):
            err(f'{i} 초성 토큰 수')
            continue
        n_cho = 0
        for a, b in zip(qt, it):
            if all(ch in kbd.CHOSEONG_SET for ch in a):
                n_cho += 1
                if kbd.choseong(b) != a:
                    err(f'{i} 초성 {a} != {kbd.choseong(b)} ({b})')
            elif a != b:
                err(f'{i} 초성 외 토큰 불일치 {a} {b}')
        if n_cho == 0:
            err(f'{i} 초성 토큰 없음')

    # ---- 동의어/오타 단어가 카탈로그에 없음 ----
    for i, k in kind_of.items():
        if k in ('synonym', 'typo'):
            n = need_of[i]
            if not n.get('absent'):
                err(f'{i} absent 목록 없음')
            for w in n.get('absent', []):
                if w in cat_text or w in cat_nospace:
                    err(f'{i} "{w}" 가 카탈로그에 있음')
            if not any(w in n['text'] for w in n.get('absent', [])):
                err(f'{i} absent 단어가 수요 문장에 없음')


    # ---- 띄어쓰기 ----
    for i, k in kind_of.items():
        if k == 'spacing':
            t = need_of[i]['text']
            if t in cat_text:
                err(f'{i} "{t}" 가 카탈로그에 같은 띄어쓰기로 있음')
            if t.replace(' ', '') not in cat_nospace:
                err(f'{i} "{t}" 가 띄어쓰기를 무시해도 카탈로그에 없음')

    # ---- 위치 ----
    for i, k in kind_of.items():
        if k == 'location':
            n = need_of[i]
            d = n['loc']['dong']
            if d not in DONG_BASES:
                err(f'{i} 동 {d} 가 전주시에 없음')
            if not n['text'].startswith(d):
                err(f'{i} 수요가 동 이름으로 시작하지 않음')

    # ---- 수량 유형에 숫자 ----
    for i, k in kind_of.items():
        if k == 'quantity' and not re.search(r'\d', text_of[i]):
            err(f'{i} quantity 인데 숫자 없음')

    print(f'catalog {ncat} products / {nent} enterprises / {ncls} categories; needs {len(ids)}; qrels {len(qrels)} rows')
    print('kinds:', dict(kc))
    g = Counter(r['관련도'] for r in qrels)
    print('relevance:', dict(g))
    if ERR:
        print(f'FAIL ({len(ERR)})')
        for e in ERR:
            print(' -', e)
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
