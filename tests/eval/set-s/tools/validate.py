# -*- coding: utf-8 -*-
"""set-s 산출물 검사. 실행: python3 tools/validate.py  (문제가 없으면 'ALL OK')"""
import sys
sys.dont_write_bytecode = True
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from kbd import choseong, restore_mixed, to_keys  # noqa: E402
from needs_data import NEEDS  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


def read(name, header):
    path = os.path.join(ROOT, name)
    if not os.path.exists(path):
        err(f'{name}: 파일 없음')
        return []
    with open(path, encoding='utf-8', newline='') as f:
        r = csv.reader(f)
        rows = list(r)
    if not rows or rows[0] != header:
        err(f'{name}: 헤더가 다름 {rows[0] if rows else None} != {header}')
        return []
    return [dict(zip(header, x)) for x in rows[1:]]


# 전주시 법정동 (구별). '…가' 는 숫자와 함께 허용
DONG = {
    '완산구': ['중앙동', '경원동', '풍남동', '전동', '노송동', '중노송동', '남노송동', '서노송동', '다가동', '고사동',
             '교동', '태평동', '동완산동', '서완산동', '동서학동', '서서학동', '중화산동', '평화동', '삼천동',
             '효자동', '서신동', '대성동', '색장동', '석구동', '원당동', '중인동', '용복동', '상림동'],
    '덕진구': ['진북동', '인후동', '덕진동', '금암동', '팔복동', '산정동', '금상동', '우아동', '호성동', '전미동',
             '송천동', '반월동', '화전동', '용정동', '성덕동', '원동', '고랑동', '여의동', '만성동', '장동',
             '중동', '도도동', '강흥동', '도덕동', '남정동'],
}
TYPES = {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}
KINDS = {'exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence', 'category',
         'location', 'multi_item', 'no_match'}
JAMO = set('ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ')

# ------------------------------------------------------------------ catalog
CAT_COLS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']
cat = read('catalog.csv', CAT_COLS)
codes = [r['제품코드'] for r in cat]
if codes != [f'S{i:04d}' for i in range(1, len(codes) + 1)]:
    err('catalog: 제품코드가 S0001부터 연속이 아님')
if not 280 <= len(cat) <= 300:
    err(f'catalog: 제품 수 {len(cat)} (280~300 기대)')
ents = defaultdict(set)
brn_owner = {}
addr_re = re.compile(r'^전북특별자치도 전주시 (완산구|덕진구) (\S+(?: \S+)*) \(([가-힣]+?)(\d가)?\)$')
for r in cat:
    if r['기업유형'] not in TYPES:
        err(f"{r['제품코드']}: 기업유형 {r['기업유형']}")
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
        err(f"{r['제품코드']}: 사업자등록번호 형식")
    if brn_owner.setdefault(r['사업자등록번호'], r['기업명']) != r['기업명']:
        err(f"{r['제품코드']}: 사업자등록번호가 다른 기업과 겹침")
    if not re.fullmatch(r'[1-9]\d*', r['단가']):
        err(f"{r['제품코드']}: 단가 {r['단가']}")
    m = addr_re.match(r['주소'])
    if not m:
        err(f"{r['제품코드']}: 주소 형식 {r['주소']}")
    else:
        gu, dong = m.group(1), m.group(3)
        if dong not in DONG[gu]:
            err(f"{r['제품코드']}: {gu} 에 {dong} 없음")
    for c in CAT_COLS[1:]:
        if not r[c].strip():
            err(f"{r['제품코드']}: {c} 비어 있음")
    ents[r['기업명']].add((r['기업유형'], r['사업자등록번호'], r['주소']))
for name, v in ents.items():
    if len(v) != 1:
        err(f'기업 {name}: 유형/번호/주소가 제품마다 다름')
if not 60 <= len(ents) <= 70:
    err(f'기업 수 {len(ents)} (60~70 기대)')
ncat = len({r['분류'] for r in cat})
if not 25 <= ncat <= 30:
    err(f'분류 수 {ncat}')
CATTEXT = '\n'.join(' '.join(r[c] for c in CAT_COLS[1:]) for r in cat)
CATTEXT_NS = CATTEXT.replace(' ', '')
bycode = {r['제품코드']: r for r in cat}

# ------------------------------------------------------------------ queries / kinds
qs = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
kinds = read('query_kinds.csv', ['수요번호', '유형'])
qids = [q['수요번호'] for q in qs]
if sorted(qids) != [f'S-Q{i:03d}' for i in range(1, 151)]:
    err('queries: 수요번호가 S-Q001~S-Q150 이 아님')
for q in qs:
    for c in ('수량', '예산'):
        if q[c] and not re.fullmatch(r'[1-9]\d*', q[c]):
            err(f"{q['수요번호']}: {c} 정수 아님 {q[c]}")
    if not q['수요내용'].strip():
        err(f"{q['수요번호']}: 수요내용 비어 있음")
if len(set(q['수요내용'] for q in qs)) != len(qs):
    err('queries: 같은 수요내용이 두 번 나옴')
kind = {k['수요번호']: k['유형'] for k in kinds}
if set(kind) != set(qids):
    err('query_kinds: 수요번호 불일치')
for q, k in kind.items():
    if k not in KINDS:
        err(f'{q}: 유형 {k}')
cnt = Counter(kind.values())
if cnt['no_match'] != 30:
    err(f"no_match {cnt['no_match']} != 30")
for k in KINDS - {'no_match'}:
    if not 10 <= cnt[k] <= 12:
        err(f'{k}: {cnt[k]}건 (약 11 기대)')
if sum(v for k, v in cnt.items() if k != 'no_match') != 120:
    err('매칭 가능 수요가 120이 아님')
qtext = {q['수요번호']: q['수요내용'] for q in qs}
# 섞였는지: 같은 유형이 5개 이상 연달아 나오면 경고
seq = [kind[f'S-Q{i:03d}'] for i in range(1, 151)] if not ERR else []
run = 1
for a, b in zip(seq, seq[1:]):
    run = run + 1 if a == b else 1
    if run >= 5:
        err('섞기: 같은 유형이 5개 이상 연속')
        break

# ------------------------------------------------------------------ need_map (내부 번호 ↔ 수요번호)
with open(os.path.join(HERE, 'need_map.csv'), encoding='utf-8') as f:
    nmap = {r['내부번호']: r['수요번호'] for r in csv.DictReader(f)}
need_by_q = {nmap[n['id']]: n for n in NEEDS}
for qid, n in need_by_q.items():
    if kind.get(qid) != n['kind']:
        err(f"{qid}: need_map 유형 불일치 {n['id']}")

# ------------------------------------------------------------------ qrels
qr = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
seen = set()
g2 = defaultdict(list)
byq = defaultdict(list)
for r in qr:
    key = (r['수요번호'], r['제품코드'])
    if key in seen:
        err(f'qrels 중복 {key}')
    seen.add(key)
    if r['수요번호'] not in kind:
        err(f"qrels: 없는 수요번호 {r['수요번호']}")
        continue
    if r['제품코드'] not in bycode:
        err(f"qrels: 없는 제품코드 {r['제품코드']}")
    if r['관련도'] not in ('1', '2'):
        err(f"qrels: 관련도 {r['관련도']}")
    if kind[r['수요번호']] == 'no_match':
        err(f"qrels: no_match 수요 {r['수요번호']} 에 행이 있음")
    if r['관련도'] == '2':
        g2[r['수요번호']].append(r)
    byq[r['수요번호']].append(r)
    if re.search(r'[a-z]+_[a-z]+', r['품목']):
        err(f"qrels: 품목에 내부 태그가 새어 나옴 {r['품목']}")
    if r['품목'] and kind[r['수요번호']] != 'multi_item':
        err(f"qrels: multi_item 이 아닌데 품목 값 {r['수요번호']}")
for q, k in kind.items():
    if k != 'no_match' and not g2[q]:
        err(f'{q} ({k}): 관련도 2 제품 없음')
for q, k in kind.items():
    if k == 'multi_item':
        n = need_by_q[q]
        items = [i[0] for i in n['items']]
        if not 2 <= len(items) <= 3:
            err(f'{q}: 품목 수 {len(items)}')
        got = {r['품목'] for r in g2[q]}
        for it in items:
            if it not in got:
                err(f'{q}: 품목 "{it}" 에 관련도 2 제품 없음')
            if it not in qtext[q]:
                err(f'{q}: 품목 "{it}" 가 수요 문장에 그대로 없음')
        for r in g2[q]:
            if not r['품목']:
                err(f"{q}: 관련도 2 행 {r['제품코드']} 의 품목 비어 있음")

# ------------------------------------------------------------------ no_match_detail
nm = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
nmq = {r['수요번호'] for r in nm}
if nmq != {q for q, k in kind.items() if k == 'no_match'}:
    err('no_match_detail: 수요번호가 no_match 목록과 다름')
dc = Counter(r['난이도'] for r in nm)
if dc != Counter({'hard': 20, 'easy': 10}):
    err(f'no_match 난이도 {dict(dc)}')
for r in nm:
    if r['난이도'] == 'hard' and not r['겹치는 말']:
        err(f"{r['수요번호']}: hard 인데 겹치는 말 없음")
    if not r['해당 없음 이유']:
        err(f"{r['수요번호']}: 이유 없음")

# ------------------------------------------------------------------ hanyeong
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
hyq = {r['수요번호'] for r in hy}
if hyq != {q for q, k in kind.items() if k == 'hanyeong'}:
    err('hanyeong_intended: 수요번호 불일치')
for r in hy:
    if r['입력'] != qtext.get(r['수요번호']):
        err(f"{r['수요번호']}: 입력이 queries 와 다름")
    if not re.search(r'[A-Za-z]', r['입력']):
        err(f"{r['수요번호']}: 영문 자판 글자 없음")
    if restore_mixed(r['입력']) != r['의도한 한글']:
        err(f"{r['수요번호']}: 한영 되돌림 실패 {r['입력']} -> {restore_mixed(r['입력'])} != {r['의도한 한글']}")
    # 정방향: 의도한 한글에서 입력에 라틴 글자로 된 어절은 to_keys 로 똑같이 나와야 함
    for a, b in zip(r['입력'].split(' '), r['의도한 한글'].split(' ')):
        if re.fullmatch(r'[A-Za-z]+', a) and to_keys(b) != a:
            err(f"{r['수요번호']}: 두벌식 변환 불일치 {b} -> {to_keys(b)} != {a}")

# ------------------------------------------------------------------ choseong
for q, k in kind.items():
    if k != 'choseong':
        continue
    n = need_by_q[q]
    toks, itoks = qtext[q].split(' '), n['intended'].split(' ')
    if len(toks) != len(itoks):
        err(f'{q}: 초성 어절 수 불일치')
        continue
    has = False
    for a, b in zip(toks, itoks):
        if a and all(ch in JAMO for ch in a):
            has = True
            if choseong(b) != a:
                err(f'{q}: 초성 {a} != {choseong(b)} ({b})')
        elif a != b:
            err(f'{q}: 초성 아닌 어절이 다름 {a} / {b}')
    if not has:
        err(f'{q}: 초성만 쓴 어절 없음')
    if n['intended'].replace(' ', '') not in CATTEXT_NS:
        pass  # 의도 낱말이 카탈로그에 그대로 있을 필요는 없음

# ------------------------------------------------------------------ synonym / typo / spacing / location
for q, k in kind.items():
    if k in ('synonym', 'typo'):
        n = need_by_q[q]
        form = n['form']
        if form not in qtext[q]:
            err(f'{q}: 표현 "{form}" 가 수요 문장에 없음')
        if form in CATTEXT or form in CATTEXT_NS:
            err(f'{q}: {k} 표현 "{form}" 가 카탈로그에 있음')
    if k == 'spacing':
        t = qtext[q]
        if t in CATTEXT:
            err(f'{q}: 띄어쓰기 수요 "{t}" 가 카탈로그에 그대로 있음')
        ns = t.replace(' ', '')
        if not any(ns in (bycode[r['제품코드']]['제품명'] + bycode[r['제품코드']]['설명']).replace(' ', '')
                   for r in g2[q]):
            err(f'{q}: 붙여/띄워 쓴 형태가 관련도 2 제품명에 없음')
    if k == 'location':
        n = need_by_q[q]
        if n['dong'] not in qtext[q]:
            err(f'{q}: 동 이름 없음')
        if not re.search(r'(집|소|방|가게|공방)$', qtext[q]):
            err(f'{q}: 가게 말로 끝나지 않음')
        for r in byq[q]:
            in_dong = f"({n['dong']}" in bycode[r['제품코드']]['주소']
            if (r['관련도'] == '2') != in_dong:
                err(f"{q}: {r['제품코드']} 관련도 {r['관련도']} 인데 동 일치={in_dong}")
    if k == 'quantity':
        if not re.search(r'\d', qtext[q]):
            err(f'{q}: 수량/규격 숫자 없음')
    if k == 'long_sentence' and len(qtext[q]) < 60:
        err(f'{q}: 긴 문장이 너무 짧음')

# ------------------------------------------------------------------ 내부 태그가 최종 파일로 새지 않았는지
for name in ('catalog.csv', 'queries.csv', 'qrels.csv', 'no_match_detail.csv'):
    with open(os.path.join(ROOT, name), encoding='utf-8') as f:
        if re.search(r'\b[a-z]+_[a-z_]+\b', f.read()):
            err(f'{name}: 내부 태그 모양의 글자가 있음')

if ERR:
    print('\n'.join(ERR))
    print(f'{len(ERR)} problem(s)')
    sys.exit(1)
print('kinds:', dict(sorted(cnt.items())))
print('catalog:', len(cat), 'products,', len(ents), 'enterprises,', ncat, 'categories')
print('qrels:', len(qr), 'rows, grade2', sum(1 for r in qr if r['관련도'] == '2'),
      'grade1', sum(1 for r in qr if r['관련도'] == '1'))
print('ALL OK')
