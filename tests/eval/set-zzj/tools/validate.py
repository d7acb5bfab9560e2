"""Validate set-zzj: format, counts, codes, relevance-2 coverage, 한영 round-trip, 초성, absent words, real 동."""
import csv, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kbd
from dongs import GU, BASES, base
from needs_data import NEEDS, NO_MATCH
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
def E(m): errs.append(m)
def read(name, header):
    p = os.path.join(OUT, name)
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): E(name + ': BOM')
    raw.decode('utf-8')
    rows = list(csv.reader(open(p, encoding='utf-8', newline='')))
    if rows[0] != header: E('%s: header %r' % (name, rows[0]))
    return [dict(zip(header, r)) for r in rows[1:]] if rows else []

cat = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
q = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
qk = read('query_kinds.csv', ['수요번호', '유형'])
qr = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nm = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
idm = read('tools/id_map.csv', ['수요번호', '내부키', '유형', '기관'])

# ---- catalog
codes = [r['제품코드'] for r in cat]
if codes != ['ZZJ%04d' % i for i in range(1, len(codes) + 1)]: E('catalog codes not sequential')
if not 280 <= len(cat) <= 320: E('catalog size %d' % len(cat))
ents = {r['기업명'] for r in cat}
if not 60 <= len(ents) <= 70: E('enterprise count %d' % len(ents))
brn_by_ent = collections.defaultdict(set)
for r in cat:
    if r['기업유형'] not in ('사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'): E('type ' + r['제품코드'])
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']): E('brn ' + r['제품코드'])
    brn_by_ent[r['기업명']].add(r['사업자등록번호'])
    if not re.fullmatch(r'\d+', r['단가']): E('price ' + r['제품코드'])
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)', r['주소'])
    if not m: E('addr ' + r['제품코드'] + ' ' + r['주소'])
    elif m.group(2) not in GU[m.group(1)]: E('dong not in gu ' + r['제품코드'])
    for f in ('제품명', '분류', '규격', '단위', '설명'):
        if not r[f].strip(): E('empty %s %s' % (f, r['제품코드']))
if any(len(v) != 1 for v in brn_by_ent.values()): E('enterprise with several BRNs')
if len({v.pop() for v in brn_by_ent.values()}) != len(ents): E('duplicate BRN across enterprises')
ncls = len({r['분류'] for r in cat})
if not 25 <= ncls <= 36: E('분류 count %d' % ncls)
CAT = {r['제품코드']: r for r in cat}
cattext = '\n'.join(' '.join(r.values()) for r in cat)
catns = cattext.replace(' ', '')

# ---- queries / kinds
ids = ['ZZJ-Q%03d' % i for i in range(1, 151)]
if [r['수요번호'] for r in q] != ids: E('queries ids')
if [r['수요번호'] for r in qk] != ids: E('query_kinds ids')
for r in q:
    for f in ('수량', '예산'):
        if r[f] and not re.fullmatch(r'[1-9]\d*', r[f]): E('%s %s' % (f, r['수요번호']))
KINDS = ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence', 'category', 'location', 'multi_item', 'no_match']
kind = {r['수요번호']: r['유형'] for r in qk}
cnt = collections.Counter(kind.values())
for k in KINDS[:-1]:
    if not 10 <= cnt[k] <= 11: E('kind count %s %d' % (k, cnt[k]))
if cnt['no_match'] != 30: E('no_match count')
if sum(cnt[k] for k in KINDS[:-1]) != 120: E('matchable != 120')
if set(cnt) - set(KINDS): E('unknown kinds')
text = {r['수요번호']: r['수요내용'] for r in q}
imap = {r['수요번호']: r['내부키'] for r in idm}
if sorted(imap) != ids: E('id_map ids')
for r in idm:
    if r['유형'] != kind[r['수요번호']]: E('id_map kind ' + r['수요번호'])

# ---- qrels
seen = set(); rel2 = collections.defaultdict(int); items2 = collections.defaultdict(set)
for r in qr:
    key = (r['수요번호'], r['제품코드'])
    if key in seen: E('dup qrel %s' % (key,))
    seen.add(key)
    if r['수요번호'] not in kind: E('qrel unknown need ' + r['수요번호'])
    if r['제품코드'] not in CAT: E('qrel unknown code ' + r['제품코드'])
    if r['관련도'] not in ('1', '2'): E('rel value %s' % (key,))
    k = kind.get(r['수요번호'])
    if k == 'no_match': E('qrel for no_match ' + r['수요번호'])
    if (k == 'multi_item') != bool(r['품목']): E('품목 rule %s' % (key,))
    if r['관련도'] == '2':
        rel2[r['수요번호']] += 1
        if r['품목']: items2[r['수요번호']].add(r['품목'])
for i in ids:
    if kind[i] != 'no_match' and rel2[i] == 0: E('no relevance-2 product for ' + i)

# ---- per-kind checks, using the source needs (by internal key)
src = {}
c = collections.Counter()
for x in NEEDS:
    c[x['k']] += 1; src['%s-%02d' % (x['k'], c[x['k']])] = x
for i, t in enumerate(NO_MATCH, 1):
    src['no_match-%02d' % i] = dict(k='no_match', text=t[0], level=t[1])
for i in ids:
    x = src[imap[i]]
    if x['text'] != text[i] or x['k'] != kind[i]: E('id_map mismatch ' + i)
    k = x['k']
    if k == 'multi_item':
        want = {it['item'] for it in x['items']}
        if items2[i] != want: E('multi_item %s items with rel2 %s vs %s' % (i, items2[i], want))
        for it in x['items']:
            if it['item'] not in x['text']: E('품목 not as written ' + i)
    if k in ('synonym', 'typo'):
        w = x['word']
        if w not in text[i]: E('word not in need ' + i)
        if w in cattext or w.replace(' ', '') in catns: E('%s word in catalog: %s' % (k, w))
    if k == 'spacing':
        if text[i] in cattext: E('spacing form present in catalog ' + i)
        if text[i].replace(' ', '') not in catns: E('spacing: despaced not in catalog ' + i)
    if k == 'choseong':
        tt, it_ = text[i].split(), x['intended'].split()
        if len(tt) != len(it_): E('choseong tokens ' + i)
        for a, b in zip(tt, it_):
            if re.fullmatch(r'[ㄱ-ㅎ]+', a):
                if kbd.choseong(b) != a: E('choseong mismatch %s %s %s' % (i, a, b))
            elif a != b: E('choseong plain word mismatch ' + i)
        if not any(re.fullmatch(r'[ㄱ-ㅎ]+', a) for a in tt): E('no choseong token ' + i)
    if k == 'location':
        if x['dong'] not in BASES: E('dong not real ' + x['dong'])
        for r in qr:
            if r['수요번호'] == i and r['관련도'] == '2':
                d = re.search(r'\((\S+)\)$', CAT[r['제품코드']]['주소']).group(1)
                if base(d) != x['dong']: E('location rel2 outside dong %s %s' % (i, r['제품코드']))
    if k == 'quantity':
        qq = [r for r in q if r['수요번호'] == i][0]
        if not (qq['수량'] or qq['예산']): E('quantity need without 수량/예산 ' + i)

# ---- hanyeong
full = mixed = 0
hyids = {r['수요번호'] for r in hy}
if hyids != {i for i in ids if kind[i] == 'hanyeong'}: E('hanyeong_intended ids')
for r in hy:
    if r['입력'] != text[r['수요번호']]: E('hanyeong input text ' + r['수요번호'])
    if kbd.to_hangul(r['입력']) != r['의도한 한글']: E('hanyeong round-trip (keys->hangul) ' + r['수요번호'])
    a, b = r['입력'].split(), r['의도한 한글'].split()
    if len(a) != len(b) or any((kbd.to_keys(y) if re.fullmatch(r'[A-Za-z]+', x) else y) != x for x, y in zip(a, b)):
        E('hanyeong round-trip (hangul->keys) ' + r['수요번호'])
    if re.search(r'[가-힣]', r['입력']): mixed += 1
    else: full += 1
if (full, mixed) != (8, 3): E('hanyeong full/mixed %d/%d' % (full, mixed))

# ---- no_match detail
if {r['수요번호'] for r in nm} != {i for i in ids if kind[i] == 'no_match'}: E('no_match_detail ids')
lv = collections.Counter(r['난이도'] for r in nm)
if lv != {'hard': 20, 'easy': 10}: E('no_match levels %s' % lv)
for r in nm:
    if r['난이도'] == 'hard':
        for w in [w.strip() for w in r['겹치는 말'].split(',') if w.strip()]:
            if w not in cattext: E('hard overlap word absent from catalog: %s %s' % (r['수요번호'], w))
            if w not in text[r['수요번호']]: E('overlap word not in need text %s %s' % (r['수요번호'], w))
    if not r['해당 없음 이유']: E('no reason ' + r['수요번호'])

print('catalog: %d products, %d enterprises, %d 분류' % (len(cat), len(ents), ncls))
print('needs: %d, qrels: %d (rel2 %d, rel1 %d)' % (len(q), len(qr), sum(r['관련도'] == '2' for r in qr), sum(r['관련도'] == '1' for r in qr)))
print('kinds:', dict(cnt))
if errs:
    print('ERRORS (%d):' % len(errs)); [print(' -', e) for e in errs]; sys.exit(1)
print('OK')
