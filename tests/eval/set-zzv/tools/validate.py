# -*- coding: utf-8 -*-
"""set-zzv 검증: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 동의어/오타 부재, 동 이름."""
import csv, os, re, sys, collections
import kbd, jeonju_dong, needs_data

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR, WARN = [], []


def err(m): ERR.append(m)


def read(name, header):
    path = os.path.join(OUT, name)
    if not os.path.exists(path):
        err('missing ' + name); return []
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err(name + ': BOM')
    rows = list(csv.reader(raw.decode('utf-8').splitlines()))
    if rows[0] != header:
        err('%s header %r' % (name, rows[0]))
    for i, r in enumerate(rows[1:]):
        if len(r) != len(header):
            err('%s row %d has %d fields' % (name, i + 2, len(r)))
    return [dict(zip(header, r)) for r in rows[1:]]


KINDS = ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence',
         'category', 'location', 'multi_item', 'no_match']
cat = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
qs = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
qk = read('query_kinds.csv', ['수요번호', '유형'])
qr = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nm = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
idm = read('tools/id_map.csv', ['수요번호', '작성키', '유형', '기관'])
if not os.path.exists(os.path.join(OUT, 'README.md')):
    err('missing README.md')

# ---- catalog
codes = {}
for r in cat:
    if not re.fullmatch(r'ZZV\d{4}', r['제품코드']): err('bad code ' + r['제품코드'])
    if r['제품코드'] in codes: err('dup code ' + r['제품코드'])
    codes[r['제품코드']] = r
    if r['기업유형'] not in ('사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'): err('type ' + r['기업유형'])
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']): err('brn ' + r['사업자등록번호'])
    if not re.fullmatch(r'[1-9]\d*', r['단가']): err('price ' + r['단가'])
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) (\S+ \d+(?:-\d+)?) \((\S+)\)', r['주소'])
    if not m: err('addr ' + r['주소'])
    elif m.group(3) not in jeonju_dong.ALL or jeonju_dong.GU[m.group(3)] != m.group(1):
        err('dong/gu mismatch ' + r['주소'])
    for f in ('제품명', '분류', '규격', '단위', '설명', '기업명'):
        if not r[f].strip(): err('empty %s %s' % (f, r['제품코드']))
ents = {r['기업명'] for r in cat}
brn_by_ent = collections.defaultdict(set)
for r in cat: brn_by_ent[r['기업명']].add(r['사업자등록번호'])
if any(len(v) != 1 for v in brn_by_ent.values()): err('enterprise with several 사업자등록번호')
if not (60 <= len(ents) <= 70): err('enterprises %d' % len(ents))
if not (280 <= len(cat) <= 320): err('products %d' % len(cat))
ncat = len({r['분류'] for r in cat})
if not (25 <= ncat <= 40): err('categories %d' % ncat)
cat_text = '\n'.join(' '.join([r['기업명'], r['제품명'], r['분류'], r['규격'], r['단위'], r['설명']]) for r in cat)
prod_texts = [' '.join([r['제품명'], r['규격'], r['설명']]) for r in cat]

# ---- queries / kinds
ids = ['ZZV-Q%03d' % i for i in range(1, 151)]
if [r['수요번호'] for r in qs] != ids: err('query ids not ZZV-Q001..Q150 in order')
for r in qs:
    for f in ('수량', '예산'):
        if r[f] and not re.fullmatch(r'[1-9]\d*', r[f]): err('%s %s %r' % (r['수요번호'], f, r[f]))
    if not r['수요내용'].strip(): err('empty need ' + r['수요번호'])
kind = {r['수요번호']: r['유형'] for r in qk}
if sorted(kind) != ids: err('query_kinds ids')
cnt = collections.Counter(kind.values())
for k in KINDS:
    want = (30,) if k == 'no_match' else (10, 11)
    if cnt[k] not in want: err('kind %s count %d' % (k, cnt[k]))
if sum(cnt[k] for k in KINDS if k != 'no_match') != 120: err('matchable != 120')
text = {r['수요번호']: r['수요내용'] for r in qs}
key = {r['수요번호']: r['작성키'] for r in idm}
needs = {n['key']: n for n in needs_data.NEEDS + needs_data.NO_MATCH}
for q in ids:
    n = needs[key[q]]
    if n['text'] != text[q] or n['kind'] != kind[q]: err('id_map mismatch ' + q)

# ---- qrels
seen = set()
rel2 = collections.Counter()
items2 = collections.defaultdict(set)
for r in qr:
    q = r['수요번호']
    if q not in kind: err('qrels unknown need ' + q); continue
    if r['제품코드'] not in codes: err('qrels unknown code ' + r['제품코드'])
    if r['관련도'] not in ('1', '2'): err('rel ' + r['관련도'])
    if (q, r['제품코드']) in seen: err('dup qrel %s %s' % (q, r['제품코드']))
    seen.add((q, r['제품코드']))
    if kind[q] == 'no_match': err('no_match has qrels ' + q)
    if kind[q] == 'multi_item':
        if not r['품목']: err('multi_item row without 품목 ' + q)
        if r['관련도'] == '2': items2[q].add(r['품목'])
    elif r['품목']: err('품목 filled for non-multi ' + q)
    if r['관련도'] == '2': rel2[q] += 1
for q in ids:
    if kind[q] != 'no_match' and not rel2[q]: err('no relevance-2 product for ' + q)
    if kind[q] == 'multi_item':
        for it in needs[key[q]]['items']:
            if it['item'] not in items2[q]: err('multi item %s has no rel-2: %s' % (q, it['item']))
            if it['item'] not in text[q]: err('품목 %s not written in need %s' % (it['item'], q))

# ---- no_match detail
if sorted(r['수요번호'] for r in nm) != sorted(q for q in ids if kind[q] == 'no_match'): err('no_match_detail ids')
lv = collections.Counter(r['난이도'] for r in nm)
if lv != collections.Counter({'어려움': 20, '쉬움': 10}): err('no_match levels %r' % lv)
for r in nm:
    if r['난이도'] == '어려움':
        # 겹치는 말(괄호 밖)은 모두 카탈로그에 나오고, 하나 이상은 수요 문장에 들어 있어야 한다
        ws = [w.strip() for w in re.sub(r'\([^)]*\)', '', r['겹치는 말']).split(',') if w.strip()]
        if not ws: err('hard no_match without overlap words ' + r['수요번호'])
        for w in ws:
            if w not in cat_text: err('overlap word %s not in catalog (%s)' % (w, r['수요번호']))
        if not any(w in text[r['수요번호']] for w in ws): err('overlap word not in need ' + r['수요번호'])

# ---- 한영
hrows = {r['수요번호']: r for r in hy}
if sorted(hrows) != sorted(q for q in ids if kind[q] == 'hanyeong'): err('hanyeong_intended ids')
full = mixed = 0
for q, r in hrows.items():
    if r['입력'] != text[q]: err('hanyeong input differs ' + q)
    if kbd.keys_to_hangul(r['입력']) != r['의도한 한글']: err('keys->hangul fails %s %s' % (q, r['입력']))
    for t, it in zip(r['입력'].split(), r['의도한 한글'].split()):
        if not re.search('[가-힣]', t) and kbd.hangul_to_keys(it) != t: err('hangul->keys fails %s' % q)
    if re.search('[가-힣]', r['입력']): mixed += 1
    else: full += 1
if (full, mixed) != (8, 3): err('hanyeong full/mixed = %d/%d' % (full, mixed))

# ---- 초성 / 동의어 / 오타 / 띄어쓰기 / 위치
for q in ids:
    n = needs[key[q]]
    k = kind[q]
    if k == 'choseong':
        toks = text[q].split()
        itoks = n['intended'].split()
        if len(toks) != len(itoks): err('choseong token count ' + q)
        has = False
        for t, it in zip(toks, itoks):
            if re.fullmatch('[ㄱ-ㅎ]+', t):
                has = True
                if kbd.choseong(it) != t: err('choseong mismatch %s %s %s' % (q, t, it))
            elif t != it: err('choseong word mismatch ' + q)
        if not has: err('no choseong token ' + q)
        if not any(n['intended'].split()[0] in p for p in prod_texts): WARN.append('choseong intended not in catalog ' + q)
    if k in ('synonym', 'typo'):
        if n['absent'] not in text[q]: err('absent word not in need ' + q)
        if n['absent'] in cat_text: err('%s word %s appears in catalog' % (k, n['absent']))
    if k == 'spacing':
        if text[q] in cat_text: err('spacing need written as in catalog ' + q)
        sq = text[q].replace(' ', '')
        if not any(sq in t.replace(' ', '') for t in prod_texts): err('spacing need has no differently-spaced match ' + q)
    if k == 'location':
        if n['dong'] not in jeonju_dong.BASE: err('not a real 법정동 ' + n['dong'])
        if not text[q].startswith(n['dong']): err('location text ' + q)
    for d in re.findall(r'([가-힣]+동)(?=\s|$)', text[q]):
        if k == 'location' and d not in jeonju_dong.BASE: err('unknown 동 ' + d)

print('catalog: %d products, %d enterprises, %d categories' % (len(cat), len(ents), ncat))
print('needs:', dict(cnt))
print('qrels rows:', len(qr), collections.Counter(r['관련도'] for r in qr))
for w in WARN: print('WARN', w)
for e in ERR: print('ERROR', e)
print('OK' if not ERR else '%d errors' % len(ERR))
sys.exit(1 if ERR else 0)
