# -*- coding: utf-8 -*-
"""평가셋 검사. 문제를 모두 찍고, 하나라도 있으면 종료코드 1."""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd, dongs
from needs_data import NEEDS, NO_MATCH

ERR = []
def err(m): ERR.append(m)

def read(name, header):
    p = os.path.join(OUT, name)
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(name + ': BOM 있음')
    raw.decode('utf-8')
    rows = list(csv.reader(open(p, encoding='utf-8', newline='')))
    if rows[0] != header: err('%s: 헤더 %s' % (name, rows[0]))
    for i, r in enumerate(rows[1:]):
        if len(r) != len(header): err('%s: %d행 칸 수 %d' % (name, i + 2, len(r)))
    return [dict(zip(header, r)) for r in rows[1:]]

CAT_H = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']
cat = read('catalog.csv', CAT_H)
qs = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
qk = read('query_kinds.csv', ['수요번호', '유형'])
qr = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nmd = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
idm = list(csv.DictReader(open(os.path.join(HERE, 'id_map.csv'), encoding='utf-8')))

# ---- 카탈로그 ----
codes = [r['제품코드'] for r in cat]
if codes != ['ZQ%04d' % (i + 1) for i in range(len(codes))]: err('제품코드가 ZQ0001부터 연속이 아님')
if not 280 <= len(cat) <= 320: err('제품 수 %d' % len(cat))
ents = {}
for r in cat:
    if r['기업유형'] not in {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}: err('기업유형 ' + r['제품코드'])
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']): err('사업자번호 ' + r['제품코드'])
    if not re.fullmatch(r'[1-9]\d*|0', r['단가']): err('단가 ' + r['제품코드'])
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) (\S+) (\d+) \((\S+)\)', r['주소'])
    if not m: err('주소 형식 ' + r['제품코드'])
    elif m.group(4) not in dongs.BY_GU[m.group(1)]: err('주소 법정동/구 불일치 ' + r['제품코드'])
    for c in ['제품명', '분류', '규격', '단위', '설명', '기업명']:
        if not r[c].strip(): err('빈 칸 %s %s' % (c, r['제품코드']))
    ents.setdefault(r['기업명'], set()).add((r['기업유형'], r['사업자등록번호'], r['주소']))
for e, v in ents.items():
    if len(v) != 1: err('기업 정보 불일치 ' + e)
if len({list(v)[0][1] for v in ents.values()}) != len(ents): err('사업자번호 중복')
ncat = len({r['분류'] for r in cat})
print('카탈로그: 기업 %d, 제품 %d, 분류 %d' % (len(ents), len(cat), ncat))
if not 55 <= len(ents) <= 75: err('기업 수 %d' % len(ents))
if not 25 <= ncat <= 36: err('분류 수 %d' % ncat)
cattext = '\n'.join(' '.join(r[c] for c in CAT_H) for r in cat)
catlow = cattext.lower()
catnospace = re.sub(r'\s+', '', cattext)

# 실제 자료에서 이름·주소를 베끼지 않았는지
realdir = '/work/shared/data/real'
if os.path.isdir(realdir):
    for f in os.listdir(realdir):
        if f.endswith('.csv'):
            for r in csv.DictReader(open(os.path.join(realdir, f), encoding='utf-8')):
                if r['name'] in ents: err('실제 기업명 사용: ' + r['name'])
                road = re.search(r'(\S+(로|길))\s*\d', r['address'])
                if road and road.group(1) in cattext: err('실제 도로명 사용: ' + road.group(1))

# ---- 수요 ----
ids = ['ZQ-Q%03d' % i for i in range(1, 151)]
if [r['수요번호'] for r in qs] != ids: err('queries 수요번호')
if [r['수요번호'] for r in qk] != ids: err('query_kinds 수요번호')
for r in qs:
    for c in ['수량', '예산']:
        if r[c] and not re.fullmatch(r'[1-9]\d*', r[c]): err('%s %s' % (c, r['수요번호']))
KINDS = ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence', 'category',
         'location', 'multi_item', 'no_match']
kind = {r['수요번호']: r['유형'] for r in qk}
cnt = collections.Counter(kind.values())
for k in KINDS:
    if k == 'no_match':
        if cnt[k] != 30: err('no_match %d' % cnt[k])
    elif not 10 <= cnt[k] <= 11: err('%s %d' % (k, cnt[k]))
if sum(v for k, v in cnt.items() if k != 'no_match') != 120: err('matchable != 120')
if set(cnt) - set(KINDS): err('알 수 없는 유형')
key2id = {r['내부키']: r['수요번호'] for r in idm}
byid = {key2id[n['key']]: n for n in NEEDS + NO_MATCH}
text = {r['수요번호']: r['수요내용'] for r in qs}
for i, n in byid.items():
    if text[i] != n['text'] or kind[i] != n['kind']: err('id_map 불일치 ' + i)

# ---- qrels ----
code_set = set(codes)
seen = set(); rel2 = collections.Counter(); nq = collections.Counter()
for r in qr:
    i = r['수요번호']
    if i not in kind: err('qrels 없는 수요 ' + i); continue
    if r['제품코드'] not in code_set: err('qrels 없는 제품 ' + r['제품코드'])
    if r['관련도'] not in ('1', '2'): err('관련도 ' + str(r))
    if (i, r['제품코드']) in seen: err('qrels 중복 %s %s' % (i, r['제품코드']))
    seen.add((i, r['제품코드']))
    if kind[i] == 'no_match': err('no_match 에 qrels ' + i)
    if kind[i] == 'multi_item':
        items = [it[0] for it in byid[i]['items']]
        if r['품목'] not in items: err('multi 품목 %s %s' % (i, r['품목']))
    elif r['품목']: err('품목은 multi_item 만 ' + i)
    nq[i] += 1
    if r['관련도'] == '2': rel2[i] += 1
for i in ids:
    if kind[i] != 'no_match' and rel2[i] == 0: err('관련도 2 없음 ' + i)
# multi_item: 품목마다 관련도 2가 하나 이상
for i in ids:
    if kind[i] == 'multi_item':
        got = {r['품목'] for r in qr if r['수요번호'] == i and r['관련도'] == '2'}
        for it in byid[i]['items']:
            if it[0] not in got: err('multi 품목에 관련도 2 없음 %s %s' % (i, it[0]))

# ---- 한영 ----
if len(hy) != cnt['hanyeong']: err('hanyeong_intended 행 수')
full = mixed = 0
for r in hy:
    inp, want = r['입력'], r['의도한 한글']
    if kind.get(r['수요번호']) != 'hanyeong' or text[r['수요번호']] != inp: err('한영 수요 불일치 ' + r['수요번호'])
    if kbd.to_hangul(inp) != want: err('한영 변환 실패 %s %s -> %s' % (r['수요번호'], inp, kbd.to_hangul(inp)))
    if re.fullmatch(r'[A-Za-z ]+', inp):
        full += 1
        if kbd.to_keys(want) != inp: err('한영 역변환 실패 ' + r['수요번호'])
    else:
        mixed += 1
        for tok_i, tok_w in zip(inp.split(), want.split()):
            if re.fullmatch('[A-Za-z]+', tok_i) and kbd.to_keys(tok_w) != tok_i: err('혼합 한영 역변환 ' + r['수요번호'])
            if re.search('[가-힣]', tok_i) and tok_i != tok_w: err('혼합 한글 부분 ' + r['수요번호'])
if (full, mixed) != (8, 3): err('한영 전부/혼합 = %d/%d' % (full, mixed))

# ---- 초성 ----
for i in ids:
    if kind[i] != 'choseong': continue
    n = byid[i]; ti, tw = n['text'].split(), n['intended'].split()
    has_jamo = False
    for a in ti:
        if re.fullmatch('[ㄱ-ㅎ]+', a):
            has_jamo = True
            if not any(kbd.choseong(b) == a for b in tw): err('초성 불일치 %s %s' % (i, a))
        elif a not in tw: err('초성 수요의 보통 낱말이 의도와 다름 ' + i)
    if not has_jamo: err('초성 없음 ' + i)

# ---- 동의어/오타 말이 카탈로그에 없어야 ----
for i in ids:
    n = byid[i]
    if kind[i] in ('synonym', 'typo'):
        if not n['absent']: err('absent 없음 ' + i)
        for w in n['absent']:
            if w.lower() in catlow: err('카탈로그에 있으면 안 되는 말 %s: %s' % (i, w))
    if kind[i] == 'spacing':
        if n['text'] in cattext: err('띄어쓰기 수요가 카탈로그에 그대로 있음 ' + i)
        if re.sub(r'\s+', '', n['text']) not in catnospace: err('띄어쓰기만 다른 형태가 카탈로그에 없음 ' + i)
    if kind[i] == 'location':
        d = n['dong']
        if d not in dongs.BASES: err('실재하지 않는 법정동 ' + d)
        if not n['text'].startswith(d): err('location 수요에 동 이름 없음 ' + i)

# ---- 해당 없음 ----
nmids = [i for i in ids if kind[i] == 'no_match']
if sorted(r['수요번호'] for r in nmd) != nmids: err('no_match_detail 수요번호')
lv = collections.Counter(r['난이도'] for r in nmd)
if lv != {'어려움': 20, '쉬움': 10}: err('난이도 %s' % lv)
for r in nmd:
    if r['난이도'] == '어려움':
        ws = [w.strip() for w in r['겹치는 말'].split(',') if w.strip()]
        if not ws: err('겹치는 말 없음 ' + r['수요번호'])
        for w in ws:
            if w not in cattext: err('겹치는 말이 카탈로그에 없음 %s %s' % (r['수요번호'], w))

# ---- 스윕 ----
sw = list(csv.DictReader(open(os.path.join(HERE, 'sweep.csv'), encoding='utf-8')))
if any(r['결정'] == 'UNREVIEWED' for r in sw): err('검토 안 된 스윕 후보 있음')

for k in KINDS:
    ii = [i for i in ids if kind[i] == k]
    print('%-14s 수요 %3d  qrels %4d  (관련도2 %d)' % (k, len(ii), sum(nq[i] for i in ii), sum(rel2[i] for i in ii)))
print('qrels 합계', len(qr))
if ERR:
    print('\n'.join('오류: ' + e for e in ERR)); sys.exit(1)
print('검사 통과')
