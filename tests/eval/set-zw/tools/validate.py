"""평가셋 점검: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 동의어/오타 부재, 띄어쓰기, 동 이름."""
import csv, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kbd, needs_data as nd
from build_queries import keyed_needs

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERR = []
def err(m): ERR.append(m)

REAL_DONG = {
 '완산구': '중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가 전동 전동3가 '
          '다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 서노송동 동완산동 서완산동1가 서완산동2가 '
          '동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동 평화동1가 평화동2가 평화동3가 중인동 용복동 '
          '삼천동1가 삼천동2가 삼천동3가 효자동1가 효자동2가 효자동3가 대성동 색장동 상림동'.split(),
 '덕진구': '진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가 산정동 금상동 '
          '우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가 송천동2가 반월동 화전동 '
          '용정동 성덕동 원동 고랑동 여의동 만성동 장동 도도동 강흥동 도덕동 남정동 중동'.split(),
}
ALL_DONG = {d for v in REAL_DONG.values() for d in v}
BASE_DONG = {re.sub(r'\d가$', '', d) for d in ALL_DONG}

def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(f'{name}: BOM')
    rows = list(csv.reader(raw.decode('utf-8').splitlines()))
    if rows[0] != header: err(f'{name}: header {rows[0]}')
    for r in rows[1:]:
        if len(r) != len(header): err(f'{name}: bad row {r}')
    return [dict(zip(header, r)) for r in rows[1:]]

cat = read('catalog.csv', '제품코드,기업명,기업유형,사업자등록번호,제품명,분류,규격,단가,단위,설명,주소'.split(','))
qs = read('queries.csv', '수요번호,수요내용,수량,예산'.split(','))
kinds = read('query_kinds.csv', '수요번호,유형'.split(','))
qrels = read('qrels.csv', '수요번호,제품코드,관련도,품목'.split(','))
nmd = read('no_match_detail.csv', '수요번호,난이도,겹치는 말,해당 없음 이유'.split(','))
hy = read('hanyeong_intended.csv', '수요번호,입력,의도한 한글'.split(','))
idm = read('tools/id_map.csv', '수요번호,내부키,유형,기관,수요내용'.split(','))

# ---- catalog ----
codes = [r['제품코드'] for r in cat]
if len(set(codes)) != len(codes): err('duplicate product codes')
ents = {}
for i, r in enumerate(cat, 1):
    if r['제품코드'] != f'ZW{i:04d}': err(f"code order {r['제품코드']}")
    if r['기업유형'] not in {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}: err(f"type {r}")
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']): err(f"biz {r['사업자등록번호']}")
    if not re.fullmatch(r'\d+', r['단가']): err(f"price {r['단가']}")
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)', r['주소'])
    if not m: err(f"addr {r['주소']}")
    elif m.group(2) not in REAL_DONG[m.group(1)]: err(f"dong/gu {r['주소']}")
    for c in ['제품명', '분류', '규격', '단위', '설명']:
        if not r[c].strip(): err(f"empty {c} {r['제품코드']}")
    key = r['기업명']
    sig = (r['기업유형'], r['사업자등록번호'], r['주소'])
    if ents.setdefault(key, sig) != sig: err(f'enterprise inconsistent {key}')
bizs = collections.Counter(v[1] for v in ents.values())
if any(c > 1 for c in bizs.values()): err('duplicate biz numbers across enterprises')
n_cat = len({r['분류'] for r in cat})
if not (60 <= len(ents) <= 72): err(f'enterprises {len(ents)}')
if not (280 <= len(cat) <= 320): err(f'products {len(cat)}')
CAT_TEXT = '\n'.join(' '.join(r.values()) for r in cat)
CAT_NS = re.sub(r'\s+', '', CAT_TEXT)
prices = {r['제품코드']: int(r['단가']) for r in cat}

# ---- queries / kinds ----
ids = [q['수요번호'] for q in qs]
if ids != [f'ZW-Q{i:03d}' for i in range(1, 151)]: err('query ids')
for q in qs:
    for c in ['수량', '예산']:
        if q[c] and not re.fullmatch(r'\d+', q[c]): err(f'{c} {q}')
KIND = {k['수요번호']: k['유형'] for k in kinds}
VALID = 'exact synonym typo hanyeong spacing choseong quantity long_sentence category location multi_item no_match'.split()
cnt = collections.Counter(KIND.values())
for k in VALID:
    if k == 'no_match':
        if cnt[k] != 30: err(f'no_match count {cnt[k]}')
    elif not (10 <= cnt[k] <= 11): err(f'{k} count {cnt[k]}')
if sum(v for k, v in cnt.items() if k != 'no_match') != 120: err('matchable != 120')
if set(KIND) != set(ids) or any(v not in VALID for v in KIND.values()): err('kinds')

# ---- internal needs vs files ----
KEY2ID = {r['내부키']: r['수요번호'] for r in idm}
NEEDS = {KEY2ID[n['key']]: n for n in keyed_needs()}
QTEXT = {q['수요번호']: q for q in qs}
for i, n in NEEDS.items():
    if QTEXT[i]['수요내용'] != n['text']: err(f'text mismatch {i}')
    if KIND[i] != n['kind']: err(f'kind mismatch {i}')
    if (QTEXT[i]['수량'] or None) != (str(n['qty']) if n.get('qty') else None): err(f'qty {i}')
    if (QTEXT[i]['예산'] or None) != (str(n['budget']) if n.get('budget') else None): err(f'budget {i}')

# ---- qrels ----
by = collections.defaultdict(list)
seen = set()
for r in qrels:
    if r['수요번호'] not in KIND: err(f'qrel id {r}')
    if r['제품코드'] not in prices: err(f'qrel code {r}')
    if r['관련도'] not in ('1', '2'): err(f'qrel rel {r}')
    if (r['수요번호'], r['제품코드']) in seen: err(f'dup qrel {r}')
    seen.add((r['수요번호'], r['제품코드']))
    if (KIND.get(r['수요번호']) == 'multi_item') != bool(r['품목']): err(f'품목 {r}')
    by[r['수요번호']].append(r)
for i, k in KIND.items():
    if k == 'no_match':
        if by[i]: err(f'no_match with qrels {i}')
    elif not any(r['관련도'] == '2' for r in by[i]): err(f'no rel-2 for {i} {QTEXT[i]["수요내용"]}')
    if k == 'multi_item':
        for it in NEEDS[i]['items']:
            if not any(r['품목'] == it['item'] and r['관련도'] == '2' for r in by[i]): err(f'multi item without rel2 {i} {it["item"]}')
            if it['item'].replace(' ', '') not in NEEDS[i]['text'].replace(' ', ''): err(f'item not in text {i}')
    if k == 'quantity':
        n = NEEDS[i]
        cap = n.get('max_price') or (n['budget'] // n['qty'] if n.get('budget') else None)
        for r in by[i]:
            if r['관련도'] == '2' and cap and prices[r['제품코드']] > cap: err(f'rel2 over cap {i} {r}')

# ---- hanyeong ----
hyd = {h['수요번호']: h for h in hy}
full = mixed = 0
for i, k in KIND.items():
    if k != 'hanyeong': continue
    h = hyd.get(i)
    if not h or h['입력'] != QTEXT[i]['수요내용']: err(f'hanyeong row {i}'); continue
    qt, it = h['입력'].split(' '), h['의도한 한글'].split(' ')
    if len(qt) != len(it): err(f'hanyeong tokens {i}')
    ascii_tok = [t for t in qt if re.fullmatch(r'[A-Za-z]+', t)]
    if len(ascii_tok) == len(qt): full += 1
    elif ascii_tok: mixed += 1
    else: err(f'hanyeong no ascii {i}')
    for a, b in zip(qt, it):
        if re.fullmatch(r'[A-Za-z]+', a):
            if kbd.to_hangul(a) != b or kbd.to_keys(b) != a: err(f'round trip {a} {b}')
        elif a != b: err(f'hanyeong hangul part {a} {b}')
if (full, mixed) != (8, 3): err(f'hanyeong full/mixed {full}/{mixed}')

# ---- choseong ----
for i, n in NEEDS.items():
    if n['kind'] != 'choseong': continue
    qt, it = n['text'].split(' '), n['intended'].split(' ')
    has = False
    for a, b in zip(qt, it):
        if re.fullmatch(r'[ㄱ-ㅎ]+', a):
            has = True
            if kbd.choseong(b) != a: err(f'choseong {a} {b}')
        elif a != b: err(f'choseong word {a} {b}')
    if not has or len(qt) != len(it): err(f'choseong form {n["text"]}')

# ---- synonym / typo absent; spacing ----
for i, n in NEEDS.items():
    if n['kind'] in ('synonym', 'typo'):
        if n['word'] not in n['text']: err(f'word not in text {i}')
        if n['word'] in CAT_TEXT: err(f'{n["kind"]} word in catalog: {n["word"]}')
    if n['kind'] == 'spacing':
        if n['text'] in CAT_TEXT: err(f'spacing form present in catalog: {n["text"]}')
        if n['text'].replace(' ', '') not in CAT_NS: err(f'spacing: joined form absent {n["text"]}')
    if n['kind'] == 'location':
        if n['dong'] not in BASE_DONG: err(f'unreal dong {n["dong"]}')
        if not n['text'].startswith(n['dong']): err(f'location text {i}')

# ---- no_match detail ----
lv = collections.Counter(r['난이도'] for r in nmd)
if lv != {'hard': 20, 'easy': 10}: err(f'no_match levels {lv}')
if {r['수요번호'] for r in nmd} != {i for i, k in KIND.items() if k == 'no_match'}: err('no_match ids')

print(f'catalog: {len(ents)} enterprises, {len(cat)} products, {n_cat} categories')
print('kinds:', dict(cnt))
print('qrels:', len(qrels), collections.Counter(r['관련도'] for r in qrels))
if ERR:
    print('ERRORS:'); [print(' -', e) for e in ERR]; sys.exit(1)
print('OK')
