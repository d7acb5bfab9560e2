# -*- coding: utf-8 -*-
"""세트 검증: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 동의어/오타 부재, 동 이름 실재 등."""
import csv, os, re, sys, collections
import kbd
import catalog_data as C
import needs_data as ND

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR = []
KINDS = ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence', 'category',
         'location', 'multi_item', 'no_match']


def err(m):
    ERR.append(m)


def read(name, header):
    p = os.path.join(OUT, name)
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err('%s: BOM' % name)
    rows = list(csv.reader(raw.decode('utf-8').splitlines()))
    if rows[0] != header:
        err('%s: header %r' % (name, rows[0]))
    return [dict(zip(header, r)) for r in rows[1:]], rows[1:]


cat, raw = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
codes = set()
for r, rr in zip(cat, raw):
    if len(rr) != 11:
        err('catalog row len %s' % rr[:1])
    if not re.fullmatch(r'ZZT\d{4}', r['제품코드']) or r['제품코드'] in codes:
        err('bad/dup code %s' % r['제품코드'])
    codes.add(r['제품코드'])
    if r['기업유형'] not in ('사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'):
        err('type %s' % r['제품코드'])
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
        err('brn %s' % r['제품코드'])
    if not re.fullmatch(r'\d+', r['단가']):
        err('price %s' % r['제품코드'])
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) (\S+(?:로|길)) (\d+(?:-\d+)?) \((\S+)\)', r['주소'])
    if not m or m.group(4) not in C.DONGS[m.group(1)]:
        err('address %s %s' % (r['제품코드'], r['주소']))
ents = {r['기업명'] for r in cat}
brn_by_ent = collections.defaultdict(set)
for r in cat:
    brn_by_ent[r['기업명']].add(r['사업자등록번호'])
if any(len(v) != 1 for v in brn_by_ent.values()):
    err('enterprise with several BRN')
if not 280 <= len(cat) <= 320:
    err('product count %d' % len(cat))
catcats = {r['분류'] for r in cat}
print('catalog: %d products, %d enterprises, %d categories' % (len(cat), len(ents), len(catcats)))
CATTEXT = '\n'.join(' '.join(r.values()) for r in cat)
CATTEXT_NS = re.sub(r'\s+', '', CATTEXT)

qs, _ = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
kinds, _ = read('query_kinds.csv', ['수요번호', '유형'])
qrels, _ = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nmd, _ = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy, _ = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
ids = ['ZZT-Q%03d' % i for i in range(1, 151)]
if [q['수요번호'] for q in qs] != ids:
    err('queries ids')
for q in qs:
    for f in ('수량', '예산'):
        if q[f] and not re.fullmatch(r'\d+', q[f]):
            err('%s %s' % (q['수요번호'], f))
kind = {k['수요번호']: k['유형'] for k in kinds}
if sorted(kind) != ids:
    err('kinds ids')
cnt = collections.Counter(kind.values())
for k in KINDS:
    if k == 'no_match':
        if cnt[k] != 30: err('no_match count %d' % cnt[k])
    elif not 10 <= cnt[k] <= 11:
        err('%s count %d' % (k, cnt[k]))
if set(cnt) - set(KINDS):
    err('unknown kind')
text = {q['수요번호']: q['수요내용'] for q in qs}

# id map
idmap = {}
with open(os.path.join(HERE, 'id_map.csv'), encoding='utf-8') as f:
    for r in csv.DictReader(f):
        idmap[r['내부키']] = r['수요번호']
allneeds = ND.NEEDS + ND.NO_MATCH
for n in allneeds:
    i = idmap[n['key']]
    if text[i] != n['text'] or kind[i] != n['kind']:
        err('id_map mismatch %s' % n['key'])

by = collections.defaultdict(list)
seen = set()
for r in qrels:
    if r['수요번호'] not in kind: err('qrels id %s' % r['수요번호'])
    if r['제품코드'] not in codes: err('qrels code %s' % r['제품코드'])
    if r['관련도'] not in ('1', '2'): err('qrels rel %s' % r)
    if (r['수요번호'], r['제품코드']) in seen: err('dup qrel %s' % r)
    seen.add((r['수요번호'], r['제품코드']))
    if kind.get(r['수요번호']) == 'multi_item':
        if not r['품목']: err('multi_item without 품목 %s' % r)
    elif r['품목']:
        err('품목 on non-multi %s' % r)
    by[r['수요번호']].append(r)
for i in ids:
    if kind[i] == 'no_match':
        if by[i]: err('no_match has qrels %s' % i)
    elif not any(r['관련도'] == '2' for r in by[i]):
        err('no relevance-2 product for %s %s' % (i, text[i]))
for n in ND.NEEDS:
    if n['kind'] == 'multi_item':
        i = idmap[n['key']]
        for item, _, _ in n['items']:
            if item not in n['text']: err('item %s not in text' % item)
            if not any(r['품목'] == item and r['관련도'] == '2' for r in by[i]):
                err('multi item %s of %s lacks rel 2' % (item, i))

# hanyeong
hyn = [n for n in ND.NEEDS if n['kind'] == 'hanyeong']
full = sum(1 for n in hyn if re.fullmatch(r'[A-Za-z]+', n['text']))
mixed = sum(1 for n in hyn if re.search(r'[가-힣]', n['text']) and re.search(r'[A-Za-z]', n['text']))
if (full, mixed) != (8, 3): err('hanyeong full/mixed %d/%d' % (full, mixed))
for n in hyn:
    back = ' '.join(kbd.from_keys(t) if re.fullmatch(r'[A-Za-z]+', t) else t for t in n['text'].split())
    if back != n['intended']: err('hanyeong roundtrip %s -> %s != %s' % (n['text'], back, n['intended']))
    fwd = ' '.join(kbd.to_keys(t) if re.fullmatch(r'[A-Za-z]+', kbd.to_keys(t)) and re.search('[A-Za-z]', n['text'].split()[j]) else t
                   for j, t in enumerate(n['intended'].split()))
    if fwd != n['text']: err('hanyeong forward %s -> %s' % (n['intended'], fwd))
hyrows = {r['수요번호']: r for r in hy}
for n in hyn:
    r = hyrows.get(idmap[n['key']])
    if not r or r['입력'] != n['text'] or r['의도한 한글'] != n['intended']: err('hanyeong_intended row %s' % n['key'])
if len(hy) != len(hyn): err('hanyeong_intended count')

# choseong
JAMO = set(kbd.CHO)
for n in ND.NEEDS:
    if n['kind'] != 'choseong': continue
    toks, itoks = n['text'].split(), n['intended'].split()
    if len(toks) != len(itoks): err('choseong tokens %s' % n['text']); continue
    has = False
    for t, it in zip(toks, itoks):
        if all(ch in JAMO for ch in t):
            has = True
            if kbd.choseong(it) != t: err('choseong %s != %s' % (t, it))
        elif t != it:
            err('choseong word %s != %s' % (t, it))
    if not has: err('choseong without jamo %s' % n['text'])
    cw = n.get('catalog_word', n['intended'])
    if cw not in CATTEXT and cw.replace(' ', '') not in CATTEXT_NS:
        print('  note: choseong intended not literally in catalog:', cw)

# synonym / typo absent
for n in ND.NEEDS:
    if n['kind'] in ('synonym', 'typo'):
        if n['word'] not in n['text']: err('word not in text %s' % n['key'])
        if n['word'] in CATTEXT or n['word'] in CATTEXT_NS: err('%s word in catalog: %s' % (n['kind'], n['word']))
    if n['kind'] == 'spacing':
        if n['text'] in CATTEXT: err('spacing text appears as-is in catalog: %s' % n['text'])
        if n['text'].replace(' ', '') not in CATTEXT_NS: err('spacing item not in catalog: %s' % n['text'])
        if n['intended'] not in CATTEXT: err('spacing intended form not in catalog: %s' % n['intended'])

# location dong real
alld = C.DONGS['완산구'] + C.DONGS['덕진구']
for n in ND.NEEDS:
    if n['kind'] == 'location':
        d = n['dong']
        if not any(x == d or re.fullmatch(re.escape(d) + r'\d가', x) for x in alld): err('dong not real %s' % d)
        if not n['text'].startswith(d): err('location text %s' % n['text'])

# no match detail
if len(nmd) != 30: err('no_match_detail rows')
dc = collections.Counter(r['난이도'] for r in nmd)
if dc != {'어려움': 20, '쉬움': 10}: err('no_match difficulty %s' % dc)
for r in nmd:
    if kind.get(r['수요번호']) != 'no_match': err('nmd id %s' % r['수요번호'])
    if r['난이도'] == '어려움':
        for w in [x.strip() for x in r['겹치는 말'].split(',') if x.strip()]:
            if w not in CATTEXT: err('overlap word %s not in catalog (%s)' % (w, r['수요번호']))
            if w not in text[r['수요번호']]: err('overlap word %s not in need (%s)' % (w, r['수요번호']))
    if not r['해당 없음 이유']: err('no reason %s' % r['수요번호'])

# sweep fully reviewed
with open(os.path.join(HERE, 'sweep_review.csv'), encoding='utf-8') as f:
    un = [r for r in csv.DictReader(f) if r['결정'] == '미검토']
if un: err('sweep unreviewed %d' % len(un))

# 출력 요약
qc = collections.Counter()
q2 = collections.Counter()
for r in qrels:
    qc[kind[r['수요번호']]] += 1
    if r['관련도'] == '2': q2[kind[r['수요번호']]] += 1
print('kind counts:', dict(cnt))
print('qrels per kind (rows / rel2):', {k: (qc[k], q2[k]) for k in KINDS})
print('qrels total', len(qrels))
if ERR:
    print('ERRORS (%d):' % len(ERR))
    for e in ERR: print(' -', e)
    sys.exit(1)
print('OK')
