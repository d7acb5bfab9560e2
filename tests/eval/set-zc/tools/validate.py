# -*- coding: utf-8 -*-
"""평가 세트 검증. 실패하면 목록을 찍고 종료코드 1."""
import collections
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
sys.path.insert(0, HERE)
import kbd  # noqa: E402
import needs_data as nd  # noqa: E402
from catalog_data import DONG_GU  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


def read(name, header):
    path = os.path.join(ROOT, name)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err('%s: BOM 있음' % name)
    text = raw.decode('utf-8')
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != header:
        err('%s: 헤더 %r != %r' % (name, rows[0], header))
    return [dict(zip(header, r)) for r in rows[1:]]


KINDS = ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence', 'category',
         'location', 'multi_item', 'no_match']
EXPECT = dict({k: 11 for k in KINDS}, multi_item=10, no_match=30)

cat = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
queries = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
kinds = read('query_kinds.csv', ['수요번호', '유형'])
qrels = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nomatch = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
idmap = {r['내부키']: r['수요번호'] for r in read('tools/id_map.csv', ['수요번호', '내부키'])}

# ---------------------------------------------------------------- catalog
codes = [r['제품코드'] for r in cat]
if len(set(codes)) != len(codes):
    err('제품코드 중복')
for i, r in enumerate(cat, 1):
    if r['제품코드'] != 'ZC%04d' % i:
        err('제품코드 순서/형식: %s' % r['제품코드'])
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
        err('사업자번호 형식: %s' % r['사업자등록번호'])
    if r['기업유형'] not in ('사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'):
        err('기업유형: %s' % r['기업유형'])
    if not re.fullmatch(r'\d+', r['단가']):
        err('단가: %s' % r['단가'])
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) \S+ \d+(-\d+)? \((\S+)\)', r['주소'])
    if not m:
        err('주소 형식: %s' % r['주소'])
    elif DONG_GU.get(m.group(3)) != m.group(1):
        err('구-법정동 불일치: %s' % r['주소'])
    for c in ('제품명', '분류', '규격', '단위', '설명', '기업명'):
        if not r[c].strip():
            err('빈 칸 %s %s' % (r['제품코드'], c))
ents = {r['기업명'] for r in cat}
biz_by_ent = collections.defaultdict(set)
for r in cat:
    biz_by_ent[r['기업명']].add(r['사업자등록번호'])
if any(len(v) != 1 for v in biz_by_ent.values()):
    err('한 기업에 사업자번호 여러 개')
if len({next(iter(v)) for v in biz_by_ent.values()}) != len(ents):
    err('기업끼리 사업자번호 중복')
cats = {r['분류'] for r in cat}
if not (270 <= len(cat) <= 310):
    err('제품 수 %d' % len(cat))
if not (60 <= len(ents) <= 70):
    err('기업 수 %d' % len(ents))
if not (26 <= len(cats) <= 34):
    err('분류 수 %d' % len(cats))
cat_text = '\n'.join(' '.join(r.values()) for r in cat)
cat_by_code = {r['제품코드']: r for r in cat}

# ---------------------------------------------------------------- queries / kinds
ids = [q['수요번호'] for q in queries]
if ids != ['ZC-Q%03d' % i for i in range(1, 151)]:
    err('수요번호 형식/순서')
for q in queries:
    for c in ('수량', '예산'):
        if q[c] and not re.fullmatch(r'\d+', q[c]):
            err('%s %s 정수 아님: %s' % (q['수요번호'], c, q[c]))
kind_of = {r['수요번호']: r['유형'] for r in kinds}
if sorted(kind_of) != sorted(ids):
    err('query_kinds 수요번호 불일치')
cnt = collections.Counter(kind_of.values())
for k in KINDS:
    if cnt[k] != EXPECT[k]:
        err('유형 %s: %d건 (기대 %d)' % (k, cnt[k], EXPECT[k]))
qtext = {q['수요번호']: q['수요내용'] for q in queries}
for n in nd.NEEDS:
    qid = idmap[n['key']]
    if qtext[qid] != n['text']:
        err('수요 문장 불일치 %s' % n['key'])
    if kind_of[qid] != n['kind']:
        err('유형 불일치 %s' % n['key'])

# ---------------------------------------------------------------- qrels
seen = set()
g2 = collections.Counter()
items2 = collections.defaultdict(set)
for r in qrels:
    k = (r['수요번호'], r['제품코드'])
    if k in seen:
        err('qrels 중복 %s' % (k,))
    seen.add(k)
    if r['제품코드'] not in cat_by_code:
        err('없는 제품코드 %s' % r['제품코드'])
    if r['관련도'] not in ('1', '2'):
        err('관련도 값 %s' % r['관련도'])
    kd = kind_of.get(r['수요번호'])
    if kd == 'no_match':
        err('no_match 에 qrels 있음 %s' % r['수요번호'])
    if kd == 'multi_item':
        if not r['품목']:
            err('multi_item 품목 비어 있음 %s' % (k,))
        elif r['품목'] not in qtext[r['수요번호']]:
            err('품목이 수요 문장에 없음 %s %s' % (k, r['품목']))
    elif r['품목']:
        err('multi_item 아닌데 품목 있음 %s' % (k,))
    if r['관련도'] == '2':
        g2[r['수요번호']] += 1
        items2[r['수요번호']].add(r['품목'])
for qid, kd in kind_of.items():
    if kd != 'no_match' and g2[qid] == 0:
        err('관련도 2 없음: %s' % qid)
for n in nd.NEEDS:
    if n['kind'] == 'multi_item':
        for it in n['items']:
            if it['label'] not in items2[idmap[n['key']]]:
                err('multi_item 품목에 관련도 2 없음: %s %s' % (n['key'], it['label']))

# ---------------------------------------------------------------- no_match
nm_ids = {r['수요번호'] for r in nomatch}
if nm_ids != {q for q, k in kind_of.items() if k == 'no_match'}:
    err('no_match_detail 수요번호 불일치')
nmc = collections.Counter(r['난이도'] for r in nomatch)
if nmc != collections.Counter({'hard': 20, 'easy': 10}):
    err('no_match 난이도 분포 %s' % nmc)

# ---------------------------------------------------------------- 한영
if len(hy) != 11:
    err('hanyeong_intended 행 수 %d' % len(hy))
whole = mixed = 0
for r in hy:
    if kind_of.get(r['수요번호']) != 'hanyeong':
        err('hanyeong_intended 유형 아님 %s' % r['수요번호'])
    if qtext.get(r['수요번호']) != r['입력']:
        err('한영 입력이 queries 와 다름 %s' % r['수요번호'])
    if kbd.keys_to_hangul(r['입력']) != r['의도한 한글']:
        err('한영 변환 실패 %s: %s -> %s' % (r['수요번호'], r['입력'], kbd.keys_to_hangul(r['입력'])))
    # 역변환: 영문 자판으로 친 토큰만 한글 -> 키로 되돌려 입력과 같아야 함
    rt = ' '.join(kbd.hangul_to_keys(t) if not re.search('[가-힣]', i) else i
                  for t, i in zip(r['의도한 한글'].split(' '), r['입력'].split(' ')))
    if rt != r['입력']:
        err('한영 역변환 불일치 %s: %s != %s' % (r['수요번호'], rt, r['입력']))
    if re.search('[가-힣]', r['입력']):
        mixed += 1
    else:
        whole += 1
if (whole, mixed) != (8, 3):
    err('한영 whole/mixed = %d/%d (기대 8/3)' % (whole, mixed))
try:
    kbd._selftest()
except AssertionError as e:
    err('kbd selftest 실패 %s' % e)

# ---------------------------------------------------------------- 초성, 동의어/오타, 띄어쓰기, 위치
for n in nd.NEEDS:
    if n['kind'] == 'choseong':
        a, b = n['text'].split(), n['intended'].split()
        if len(a) != len(b):
            err('초성 토큰 수 %s' % n['key'])
        has_jamo = False
        for x, y in zip(a, b):
            if re.fullmatch('[ㄱ-ㅎ]+', x):
                has_jamo = True
                if kbd.choseong(y) != x:
                    err('초성 불일치 %s: %s vs %s' % (n['key'], x, y))
            elif x != y:
                err('초성 수요의 일반 단어 불일치 %s' % n['key'])
        if not has_jamo:
            err('초성 없음 %s' % n['key'])
    if n['kind'] in ('synonym', 'typo'):
        if not n.get('absent'):
            err('absent 비어 있음 %s' % n['key'])
        for w in n['absent']:
            if w in cat_text:
                err('%s 의 말 "%s" 가 카탈로그에 있음' % (n['key'], w))
        if not any(w in n['text'] for w in n['absent']):
            err('absent 말이 수요 문장에 없음 %s' % n['key'])
    if n['kind'] == 'spacing':
        if n['text'] in cat_text:
            err('띄어쓰기 수요 형태가 카탈로그에 그대로 있음 %s' % n['key'])
        if n['catalog_form'] not in cat_text:
            err('카탈로그 형태 없음 %s' % n['key'])
        if n['text'].replace(' ', '') != n['catalog_form'].replace(' ', ''):
            err('띄어쓰기만 다른 게 아님 %s' % n['key'])
    if n['kind'] == 'location':
        if not any(d == n['dong'] or (d.startswith(n['dong']) and re.fullmatch(r'\d가', d[len(n['dong']):]))
                   for d in DONG_GU):
            err('전주에 없는 동 %s' % n['dong'])
        if not n['text'].startswith(n['dong']):
            err('위치 수요가 동 이름으로 시작하지 않음 %s' % n['key'])
        qid = idmap[n['key']]
        for r in qrels:
            if r['수요번호'] == qid:
                dong = re.search(r'\((\S+)\)$', cat_by_code[r['제품코드']]['주소']).group(1)
                if (r['관련도'] == '2') != dong.startswith(n['dong']):
                    err('위치 라벨이 주소 동과 어긋남 %s %s' % (n['key'], r['제품코드']))

if ERR:
    print('검증 실패 %d건' % len(ERR))
    for e in ERR:
        print(' -', e)
    sys.exit(1)
print('검증 통과: 제품 %d, 기업 %d, 분류 %d, 수요 %d, qrels %d (2: %d, 1: %d)' % (
    len(cat), len(ents), len(cats), len(queries), len(qrels),
    sum(r['관련도'] == '2' for r in qrels), sum(r['관련도'] == '1' for r in qrels)))
print('유형별:', dict(cnt))
