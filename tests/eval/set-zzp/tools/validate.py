# -*- coding: utf-8 -*-
"""set-zzp 검증: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 동의어/오타 부재, 띄어쓰기, 동 이름."""
import csv, os, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd
import needs_data as ND

ERR = []
def err(m): ERR.append(m)

REAL_DONG = {
    '완산구': ['중앙동%d가' % i for i in range(1, 5)] + ['경원동%d가' % i for i in range(1, 4)] +
             ['풍남동%d가' % i for i in range(1, 4)] + ['다가동%d가' % i for i in range(1, 5)] +
             ['평화동%d가' % i for i in range(1, 4)] + ['삼천동%d가' % i for i in range(1, 4)] +
             ['효자동%d가' % i for i in range(1, 4)] +
             ['전동', '전동3가', '고사동', '교동', '태평동', '중노송동', '남노송동', '서노송동', '동완산동', '서완산동1가',
              '서완산동2가', '동서학동', '서서학동', '중화산동1가', '중화산동2가', '서신동', '석구동', '원당동', '중인동',
              '용복동', '대성동', '색장동', '상림동'],
    '덕진구': ['인후동1가', '인후동2가', '덕진동1가', '덕진동2가', '금암동', '산정동', '금상동', '반월동', '화전동', '용정동',
              '성덕동', '원동', '고랑동', '여의동', '만성동', '장동', '팔복동1가', '팔복동2가', '팔복동3가', '팔복동4가',
              '우아동1가', '우아동2가', '우아동3가', '호성동1가', '호성동2가', '호성동3가', '전미동1가', '전미동2가',
              '송천동1가', '송천동2가', '도도동', '강흥동', '도덕동', '남정동', '중동', '동산동', '조촌동', '쌍정동', '진북동'],
}
ALL_DONG = {d for v in REAL_DONG.values() for d in v}


def read(name, head):
    p = os.path.join(OUT, name)
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err(name + ': BOM 있음')
    txt = raw.decode('utf-8')
    rows = list(csv.reader(txt.splitlines()))
    if rows[0] != head:
        err('%s: 헤더 %s' % (name, rows[0]))
    for r in rows[1:]:
        if len(r) != len(head):
            err('%s: 열 수 %s' % (name, r))
    return [dict(zip(head, r)) for r in rows[1:]]


cat = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
qs = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
kinds = read('query_kinds.csv', ['수요번호', '유형'])
qrels = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nmd = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
idmap = list(csv.DictReader(open(os.path.join(HERE, 'id_map.csv'), encoding='utf-8')))

# ---- catalog ----
codes = [r['제품코드'] for r in cat]
if codes != ['ZZP%04d' % i for i in range(1, len(codes) + 1)]:
    err('제품코드 순번 아님')
if not 280 <= len(cat) <= 320:
    err('제품 수 %d' % len(cat))
ents = {}
for r in cat:
    if r['기업유형'] not in ('사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'):
        err('기업유형 ' + r['기업유형'])
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
        err('사업자번호 ' + r['사업자등록번호'])
    if not re.fullmatch(r'\d+', r['단가']) or int(r['단가']) <= 0:
        err('단가 ' + r['단가'])
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) (\S+) (\d+) \((\S+)\)', r['주소'])
    if not m:
        err('주소 형식 ' + r['주소'])
    elif m.group(4) not in REAL_DONG[m.group(1)]:
        err('주소 동-구 불일치 ' + r['주소'])
    for c in ['제품명', '분류', '단위', '설명', '기업명']:
        if not r[c].strip():
            err('빈 칸 %s %s' % (r['제품코드'], c))
    e = ents.setdefault(r['기업명'], (r['기업유형'], r['사업자등록번호'], r['주소']))
    if e != (r['기업유형'], r['사업자등록번호'], r['주소']):
        err('기업 정보 불일치 ' + r['기업명'])
brns = Counter(v[1] for v in ents.values())
if any(c > 1 for c in brns.values()):
    err('사업자번호 중복')
cats = Counter(r['분류'] for r in cat)
print('기업 %d, 제품 %d, 분류 %d' % (len(ents), len(cat), len(cats)))
cat_text = '\n'.join(' '.join(r.values()) for r in cat)
cat_ns = {r['제품코드']: re.sub(r'\s+', '', r['제품명'] + r['규격'] + r['설명']) for r in cat}

# ---- queries / kinds ----
ids = [q['수요번호'] for q in qs]
if sorted(ids) != ['ZZP-Q%03d' % i for i in range(1, 151)]:
    err('수요번호 ZZP-Q001..150 아님')
kind = {k['수요번호']: k['유형'] for k in kinds}
if set(kind) != set(ids):
    err('query_kinds 불일치')
VALID = ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence', 'category', 'location', 'multi_item', 'no_match']
kc = Counter(kind.values())
for k in VALID:
    lo, hi = (30, 30) if k == 'no_match' else (10, 11)
    if not lo <= kc[k] <= hi:
        err('유형 %s 개수 %d' % (k, kc[k]))
if set(kc) - set(VALID):
    err('알 수 없는 유형')
if sum(v for k, v in kc.items() if k != 'no_match') != 120:
    err('매칭 수요 120건 아님')
for q in qs:
    for c in ['수량', '예산']:
        if q[c] and not re.fullmatch(r'\d+', q[c]):
            err('%s %s %s' % (q['수요번호'], c, q[c]))
qtext = {q['수요번호']: q['수요내용'] for q in qs}
key2id = {r['need_key']: r['수요번호'] for r in idmap}
needs = {n['key']: n for n in ND.NEEDS}
for k, n in needs.items():
    if qtext.get(key2id[k]) != n['text']:
        err('수요내용 불일치 ' + k)
    if kind[key2id[k]] != n['kind']:
        err('유형 불일치 ' + k)

# ---- qrels ----
seen = set()
best = defaultdict(int)
per = Counter()
codeset = set(codes)
for r in qrels:
    if r['수요번호'] not in kind:
        err('qrels 없는 수요 ' + r['수요번호'])
    if r['제품코드'] not in codeset:
        err('qrels 없는 제품 ' + r['제품코드'])
    if r['관련도'] not in ('1', '2'):
        err('관련도 ' + r['관련도'])
    key = (r['수요번호'], r['제품코드'])
    if key in seen:
        err('qrels 중복 %s' % (key,))
    seen.add(key)
    k = kind.get(r['수요번호'])
    if k == 'no_match':
        err('no_match에 qrels ' + r['수요번호'])
    if (k == 'multi_item') != bool(r['품목']):
        err('품목 칸 규칙 위반 %s' % (key,))
    best[r['수요번호']] = max(best[r['수요번호']], int(r['관련도']))
    per[r['수요번호']] += 1
for i in ids:
    if kind[i] != 'no_match' and best[i] != 2:
        err('관련도 2 없음 ' + i)
# multi_item: 품목마다 관련도 2
for k, n in needs.items():
    if n['kind'] == 'multi_item':
        got = defaultdict(int)
        for r in qrels:
            if r['수요번호'] == key2id[k]:
                for it in r['품목'].split('/'):
                    got[it] = max(got[it], int(r['관련도']))
        for it in n['items']:
            if it[0] not in n['text']:
                err('품목이 수요 글에 없음 %s %s' % (k, it[0]))
            if got[it[0]] != 2:
                err('multi 품목 관련도 2 없음 %s %s' % (k, it[0]))

# ---- no_match detail ----
nm_ids = sorted(i for i in ids if kind[i] == 'no_match')
if sorted(r['수요번호'] for r in nmd) != nm_ids:
    err('no_match_detail 불일치')
dif = Counter(r['난이도'] for r in nmd)
if dif != Counter({'hard': 20, 'easy': 10}):
    err('난이도 개수 %s' % dif)
for r in nmd:
    if r['난이도'] == 'hard' and (not r['겹치는 말'] or r['겹치는 말'] not in cat_text):
        err('hard 겹치는 말이 카탈로그에 없음 ' + r['수요번호'])
    if not r['해당 없음 이유']:
        err('이유 없음 ' + r['수요번호'])

# ---- 한영 ----
hymap = {r['수요번호']: r for r in hy}
full = mixed = 0
for k, n in needs.items():
    if n['kind'] != 'hanyeong':
        continue
    i = key2id[k]
    r = hymap.get(i)
    if not r or r['입력'] != n['text'] or r['의도한 한글'] != n['intended']:
        err('hanyeong_intended 불일치 ' + k)
    if kbd.to_hangul(n['text']) != n['intended']:
        err('한영→한글 실패 %s %s' % (n['text'], kbd.to_hangul(n['text'])))
    for x, y in zip(n['text'].split(), n['intended'].split()):
        if re.fullmatch(r'[A-Za-z]+', x) and kbd.to_keys(y) != x:
            err('한글→키 실패 %s' % x)
        if re.search(r'[가-힣]', x) and x != y:
            err('혼합 입력의 한글 부분 불일치 %s' % x)
    if len(n['text'].split()) != len(n['intended'].split()):
        err('한영 토큰 수 ' + k)
    if re.search(r'[가-힣]', n['text']):
        mixed += 1
    else:
        full += 1
if (full, mixed) != (8, 3):
    err('한영 완전/혼합 %d/%d' % (full, mixed))
if len(hy) != 11:
    err('hanyeong_intended 행 수')

# ---- 초성 ----
for k, n in needs.items():
    if n['kind'] != 'choseong':
        continue
    a, b = n['text'].split(), n['intended'].split()
    if len(a) != len(b):
        err('초성 토큰 수 ' + k)
    has = False
    for x, y in zip(a, b):
        if re.fullmatch(r'[ㄱ-ㅎ]+', x):
            has = True
            if kbd.choseong(y) != x:
                err('초성 불일치 %s %s' % (x, y))
        elif x != y:
            err('초성 수요의 일반 낱말 불일치 ' + k)
    if not has:
        err('초성 없음 ' + k)

# ---- 동의어/오타 부재 ----
for k, n in needs.items():
    if n['kind'] in ('synonym', 'typo'):
        if not n.get('absent') or n['absent'] not in n['text']:
            err('absent 말 없음 ' + k)
        elif n['absent'] in cat_text:
            err('카탈로그에 %s 있음 (%s)' % (n['absent'], k))

# ---- 띄어쓰기 ----
rel2 = defaultdict(set)
for r in qrels:
    if r['관련도'] == '2':
        rel2[r['수요번호']].add(r['제품코드'])
for k, n in needs.items():
    if n['kind'] != 'spacing':
        continue
    if n['text'] in cat_text:
        err('띄어쓰기 수요가 카탈로그에 그대로 있음 ' + k)
    ns = n['text'].replace(' ', '')
    if not any(ns in cat_ns[c] for c in rel2[key2id[k]]):
        err('띄어쓰기만 다른 관련도2 제품 없음 ' + k)

# ---- 동 ----
for k, n in needs.items():
    if n['kind'] == 'location':
        if not any(d == n['dong'] or re.fullmatch(re.escape(n['dong']) + r'\d가', d) for d in ALL_DONG):
            err('동 이름 ' + n['dong'])
        if not n['text'].startswith(n['dong'] + ' '):
            err('location 글 ' + k)

# ---- 수량 ----
for k, n in needs.items():
    q = [x for x in qs if x['수요번호'] == key2id[k]][0]
    if str(n.get('qty') or '') != q['수량'] or str(n.get('budget') or '') != q['예산']:
        err('수량/예산 불일치 ' + k)

print('유형별 수요 수:', dict(kc))
print('qrels %d행' % len(qrels))
if ERR:
    print('오류 %d건' % len(ERR))
    for e in ERR:
        print(' -', e)
    sys.exit(1)
print('OK: 모든 검사 통과')
