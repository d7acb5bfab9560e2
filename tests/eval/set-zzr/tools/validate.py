"""set-zzr 검증: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 동의어·오타 낱말 부재, 띄어쓰기, 법정동."""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd
import needs_data as ND

ERR = []
def err(m): ERR.append(m)

def d_range(base, a, b): return [f'{base}{i}가' for i in range(a, b + 1)]
WANSAN = set(d_range('중앙동',1,4) + d_range('경원동',1,3) + d_range('풍남동',1,3) + ['전동','전동3가'] + d_range('다가동',1,4) +
    ['고사동','교동','태평동','중노송동','남노송동','서노송동','동완산동'] + d_range('서완산동',1,2) + ['동서학동','서서학동'] +
    d_range('중화산동',1,2) + ['서신동','석구동','원당동'] + d_range('평화동',1,3) + ['중인동','용복동'] + d_range('삼천동',1,3) +
    d_range('효자동',1,3) + ['대성동','색장동','상림동'])
DEOKJIN = set(['진북동'] + d_range('인후동',1,2) + d_range('덕진동',1,2) + ['금암동'] + d_range('팔복동',1,4) + ['산정동','금상동'] +
    d_range('우아동',1,3) + d_range('호성동',1,3) + d_range('전미동',1,2) + d_range('송천동',1,2) +
    ['반월동','화전동','용정동','성덕동','원동','고랑동','여의동','만성동','장동','도도동','강흥동','도덕동','남정동','월평동'])
GU_DONG = {'완산구': WANSAN, '덕진구': DEOKJIN}

def read(name, header):
    p = os.path.join(OUT, name)
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(f'{name}: BOM')
    try: raw.decode('utf-8')
    except UnicodeDecodeError: err(f'{name}: not utf-8')
    rows = list(csv.reader(open(p, encoding='utf-8', newline='')))
    if rows[0] != header: err(f'{name}: header {rows[0]} != {header}')
    return [dict(zip(header, r)) for r in rows[1:]], rows[1:]

cat, catraw = read('catalog.csv', ['제품코드','기업명','기업유형','사업자등록번호','제품명','분류','규격','단가','단위','설명','주소'])
queries, _ = read('queries.csv', ['수요번호','수요내용','수량','예산'])
kinds, _ = read('query_kinds.csv', ['수요번호','유형'])
qrels, _ = read('qrels.csv', ['수요번호','제품코드','관련도','품목'])
nmd, _ = read('no_match_detail.csv', ['수요번호','난이도','겹치는 말','해당 없음 이유'])
hy, _ = read('hanyeong_intended.csv', ['수요번호','입력','의도한 한글'])
idmap, _ = read('tools/id_map.csv', ['수요번호','내부키','유형','기관'])

# ---- catalog
codes = {}
for r in cat:
    if len(r) != 11: err(f'catalog row width {r}')
    if not re.fullmatch(r'ZZR\d{4}', r['제품코드']): err(f'bad code {r["제품코드"]}')
    if r['제품코드'] in codes: err(f'dup code {r["제품코드"]}')
    codes[r['제품코드']] = r
    if r['기업유형'] not in {'사회적기업','예비사회적기업','마을기업','자활기업','협동조합'}: err(f'type {r}')
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']): err(f'brn {r}')
    if not re.fullmatch(r'\d+', r['단가']): err(f'price {r}')
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)', r['주소'])
    if not m: err(f'addr {r["주소"]}')
    elif m.group(2) not in GU_DONG[m.group(1)]: err(f'dong {m.group(2)} not in {m.group(1)}')
    for f in ('제품명','분류','규격','단위','설명','기업명'):
        if not r[f].strip(): err(f'empty {f} {r["제품코드"]}')
n_ent = len({r['기업명'] for r in cat}); n_cat = len({r['분류'] for r in cat})
if not 280 <= len(cat) <= 320: err(f'catalog size {len(cat)}')
if not 55 <= n_ent <= 75: err(f'enterprise count {n_ent}')
if not 25 <= n_cat <= 35: err(f'category count {n_cat}')
# 같은 기업명은 같은 유형·번호·주소
ent = {}
for r in cat:
    k = (r['기업유형'], r['사업자등록번호'], r['주소'])
    if ent.setdefault(r['기업명'], k) != k: err(f'inconsistent enterprise {r["기업명"]}')
if len({v[1] for v in ent.values()}) != len(ent): err('duplicate 사업자등록번호 across enterprises')

# ---- queries / kinds
ids = [q['수요번호'] for q in queries]
if ids != ['ZZR-Q%03d' % i for i in range(1, 151)]: err('query ids not ZZR-Q001..Q150 in order')
for q in queries:
    for f in ('수량','예산'):
        if q[f] and not re.fullmatch(r'[1-9]\d*', q[f]): err(f'{f} not int {q}')
kind = {k['수요번호']: k['유형'] for k in kinds}
if set(kind) != set(ids): err('query_kinds ids mismatch')
ALLOWED = ['exact','synonym','typo','hanyeong','spacing','choseong','quantity','long_sentence','category','location','multi_item','no_match']
cnt = collections.Counter(kind.values())
for k in cnt:
    if k not in ALLOWED: err(f'bad kind {k}')
for k in ALLOWED[:-1]:
    if not 10 <= cnt[k] <= 11: err(f'kind {k} count {cnt[k]}')
if cnt['no_match'] != 30: err(f'no_match count {cnt["no_match"]}')
text = {q['수요번호']: q['수요내용'] for q in queries}
key_of = {r['수요번호']: r['내부키'] for r in idmap}
need_by_key = {n['key']: n for n in ND.NEEDS + ND.NO_MATCH}
for i in ids:
    n = need_by_key[key_of[i]]
    if n['text'] != text[i]: err(f'text mismatch {i}')
    if n['kind'] != kind[i]: err(f'kind mismatch {i}')

# ---- qrels
seen = set(); has2 = collections.Counter(); per = collections.Counter()
for r in qrels:
    if r['수요번호'] not in kind: err(f'qrels unknown need {r}')
    if r['제품코드'] not in codes: err(f'qrels unknown code {r}')
    if r['관련도'] not in ('1','2'): err(f'bad rel {r}')
    k = (r['수요번호'], r['제품코드'])
    if k in seen: err(f'dup qrel {k}')
    seen.add(k)
    kd = kind.get(r['수요번호'])
    if kd == 'no_match': err(f'no_match has qrel {r}')
    if kd == 'multi_item':
        if not r['품목'] or r['품목'] not in text[r['수요번호']]: err(f'multi 품목 {r}')
    elif r['품목']: err(f'품목 on non-multi {r}')
    if r['관련도'] == '2': has2[r['수요번호']] += 1
    per[r['수요번호']] += 1
for i in ids:
    if kind[i] != 'no_match' and not has2[i]: err(f'{i} ({key_of[i]}) has no relevance-2 product')
# multi_item: 품목마다 관련도 2가 하나 이상
items2 = collections.defaultdict(set)
for r in qrels:
    if kind[r['수요번호']] == 'multi_item' and r['관련도'] == '2': items2[r['수요번호']].add(r['품목'])
for i in ids:
    if kind[i] == 'multi_item':
        n = need_by_key[key_of[i]]
        for it in n['items']:
            if it[0] not in items2[i]: err(f'{i} item {it[0]} has no relevance-2')

# ---- no_match detail
if len(nmd) != 30: err('no_match_detail rows')
lv = collections.Counter(r['난이도'] for r in nmd)
if lv != {'어려움': 20, '쉬움': 10}: err(f'no_match levels {lv}')
for r in nmd:
    if kind.get(r['수요번호']) != 'no_match': err(f'nmd id not no_match {r}')
    if r['난이도'] == '어려움':
        ws = [w.strip() for w in r['겹치는 말'].split(',') if w.strip()]
        if not ws: err(f'hard no_match without overlap {r}')
        alltxt = ' '.join(' '.join([c['제품명'], c['규격'], c['설명']]) for c in cat)
        for w in ws:
            if w not in text[r['수요번호']] or w not in alltxt: err(f'overlap word {w} not in need/catalog {r}')

# ---- hanyeong
if len(hy) != cnt['hanyeong']: err('hanyeong_intended rows')
full = mixed = 0
for r in hy:
    if kind.get(r['수요번호']) != 'hanyeong': err(f'hy id {r}')
    if r['입력'] != text[r['수요번호']]: err(f'hy input mismatch {r}')
    if kbd.to_hangul(r['입력']) != r['의도한 한글']: err(f'hy to_hangul {r} -> {kbd.to_hangul(r["입력"])}')
    a, b = r['입력'].split(), r['의도한 한글'].split()
    if len(a) != len(b): err(f'hy token count {r}')
    for x, y in zip(a, b):
        exp = y if re.search(r'[가-힣]', x) else kbd.to_keys(y)
        if x != exp: err(f'hy to_keys {x} != {exp} ({r})')
    if re.search(r'[가-힣]', r['입력']): mixed += 1
    else: full += 1
if (full, mixed) != (8, 3): err(f'hanyeong full/mixed {full}/{mixed}')

# ---- choseong
for i in ids:
    if kind[i] != 'choseong': continue
    n = need_by_key[key_of[i]]
    a, b = text[i].split(), n['intended'].split()
    if len(a) != len(b): err(f'choseong token count {i}')
    if not re.search(r'[ㄱ-ㅎ]', text[i]): err(f'choseong without jamo {i}')
    for x, y in zip(a, b):
        if re.fullmatch(r'[ㄱ-ㅎ]+', x):
            if kbd.choseong(y) != x: err(f'choseong {x} != {y}')
        elif x != y: err(f'choseong word {x} != {y}')

# ---- synonym / typo words absent; spacing
blob = '\n'.join(','.join(r) for r in catraw)
blob_ns = blob.replace(' ', '')
for i in ids:
    if kind[i] in ('synonym', 'typo'):
        if text[i] in blob or text[i] in blob_ns: err(f'{kind[i]} word present in catalog: {text[i]}')
    if kind[i] == 'spacing':
        if text[i] in blob: err(f'spacing form present as-is: {text[i]}')
        if text[i].replace(' ', '') not in blob_ns: err(f'spacing item not in catalog: {text[i]}')

# ---- location
for i in ids:
    if kind[i] != 'location': continue
    n = need_by_key[key_of[i]]
    base = n['dong']
    if not text[i].startswith(base): err(f'location text {text[i]}')
    if not any(re.fullmatch(re.escape(base) + r'(\d가)?', d) for s in GU_DONG.values() for d in s): err(f'unknown dong {base}')
    ok2 = [r for r in qrels if r['수요번호'] == i and r['관련도'] == '2']
    for r in ok2:
        dd = re.search(r'\((\S+)\)$', codes[r['제품코드']]['주소']).group(1)
        if not re.fullmatch(re.escape(base) + r'(\d가)?', dd): err(f'location rel2 outside dong {i} {dd}')

print('catalog', len(cat), 'enterprises', n_ent, 'categories', n_cat)
print('needs', len(ids), dict(cnt))
print('qrels', len(qrels), 'rel2', sum(1 for r in qrels if r['관련도']=='2'), 'rel1', sum(1 for r in qrels if r['관련도']=='1'))
if ERR:
    print('ERRORS:'); [print(' -', e) for e in ERR]; sys.exit(1)
print('OK')
