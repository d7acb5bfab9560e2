"""세트 검증: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 동의어·오타 말 부재, 동 이름."""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd, needs_data as N
from build_catalog import WANSAN, DEOKJIN

ERR = []
def err(m): ERR.append(m)

def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(f'{name}: BOM')
    rows = list(csv.reader(raw.decode('utf-8').splitlines()))
    if rows[0] != header: err(f'{name}: header {rows[0]}')
    return [dict(zip(header, r)) for r in rows[1:]]

KINDS = 'exact synonym typo hanyeong spacing choseong quantity long_sentence category location multi_item no_match'.split()
cat = read('catalog.csv', '제품코드,기업명,기업유형,사업자등록번호,제품명,분류,규격,단가,단위,설명,주소'.split(','))
qs = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
qk = read('query_kinds.csv', ['수요번호', '유형'])
qr = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nm = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
idm = read('tools/id_map.csv', ['수요번호', '내부키', '유형', '기관'])

# catalog
codes = set()
ents = set()
for r in cat:
    c = r['제품코드']
    if not re.fullmatch(r'ZZG\d{4}', c) or c in codes: err(f'bad/dup code {c}')
    codes.add(c); ents.add(r['기업명'])
    if r['기업유형'] not in ('사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'): err(f'{c} 기업유형')
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']): err(f'{c} 사업자번호')
    if not re.fullmatch(r'\d+', r['단가']): err(f'{c} 단가')
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) (\S+) (\d+(?:-\d+)?) \((\S+)\)', r['주소'])
    if not m: err(f'{c} 주소 형식'); continue
    if m.group(4) not in (WANSAN if m.group(1) == '완산구' else DEOKJIN): err(f'{c} 동이 구와 안 맞음')
    for k in r:
        if not r[k] and k != '설명': err(f'{c} 빈 칸 {k}')
if not 280 <= len(cat) <= 320: err(f'catalog size {len(cat)}')
cat_text = '\n'.join(' '.join(r.values()) for r in cat)

# queries / kinds
ids = [r['수요번호'] for r in qs]
if ids != [f'ZZG-Q{i:03d}' for i in range(1, 151)]: err('query ids not ZZG-Q001..150 in order')
for r in qs:
    for f in ('수량', '예산'):
        if r[f] and not re.fullmatch(r'\d+', r[f]): err(f"{r['수요번호']} {f}")
kind = {r['수요번호']: r['유형'] for r in qk}
if set(kind) != set(ids): err('query_kinds ids mismatch')
cnt = collections.Counter(kind.values())
for k in KINDS:
    if k not in cnt: err(f'missing kind {k}')
if cnt['no_match'] != 30: err('no_match != 30')
for k in KINDS[:-1]:
    if not 10 <= cnt[k] <= 11: err(f'kind {k} count {cnt[k]}')
if sum(cnt[k] for k in KINDS[:-1]) != 120: err('matchable != 120')

# qrels
seen = set(); has2 = collections.Counter(); per = collections.Counter()
for r in qr:
    q, c = r['수요번호'], r['제품코드']
    if q not in kind: err(f'qrels unknown need {q}')
    if c not in codes: err(f'qrels unknown code {c}')
    if (q, c) in seen: err(f'dup qrel {q} {c}')
    seen.add((q, c))
    if r['관련도'] not in ('1', '2'): err(f'bad rel {q} {c}')
    if kind.get(q) == 'no_match': err(f'no_match has qrels {q}')
    if (kind.get(q) == 'multi_item') != bool(r['품목']): err(f'품목 column wrong {q} {c}')
    if r['관련도'] == '2': has2[q] += 1
    per[q] += 1
for q in ids:
    if kind[q] != 'no_match' and not has2[q]: err(f'{q} ({kind[q]}) has no relevance-2 product')
text = {r['수요번호']: r['수요내용'] for r in qs}
for q in ids:
    if kind[q] == 'multi_item':
        items = {r['품목'] for r in qr if r['수요번호'] == q and r['관련도'] == '2'}
        for it in items:
            if it not in text[q]: err(f'{q} 품목 {it} not in need text')

# id_map vs needs_data
byk = {d['key']: d for d in N.NEEDS}
imap = {r['수요번호']: r['내부키'] for r in idm}
for q in ids:
    d = byk[imap[q]]
    if d['text'] != text[q] or d['kind'] != kind[q]: err(f'{q} id_map mismatch')
    if d['kind'] == 'multi_item':
        got = {r['품목'] for r in qr if r['수요번호'] == q and r['관련도'] == '2'}
        for it in d['items']:
            if it['item'] not in got: err(f"{q} 품목 {it['item']} has no relevance-2 product")

# no_match detail
if sorted(r['수요번호'] for r in nm) != sorted(q for q in ids if kind[q] == 'no_match'): err('no_match_detail ids')
lv = collections.Counter(r['난이도'] for r in nm)
if lv != {'어려움': 20, '쉬움': 10}: err(f'no_match levels {lv}')

# 한영
full = mixed = 0
if sorted(r['수요번호'] for r in hy) != sorted(q for q in ids if kind[q] == 'hanyeong'): err('hanyeong ids')
for r in hy:
    inp, want = r['입력'], r['의도한 한글']
    if inp != text[r['수요번호']]: err(f'hanyeong input != query {inp}')
    if kbd.to_hangul(inp) != want: err(f'hanyeong {inp} -> {kbd.to_hangul(inp)} != {want}')
    if re.search(r'[가-힣]', inp):
        mixed += 1
        for tok in re.findall(r'[A-Za-z]+', inp):
            if kbd.to_keys(kbd.to_hangul(tok)) != tok: err(f'round-trip {tok}')
    else:
        full += 1
        if kbd.to_keys(want) != inp: err(f'round-trip {want}')
if (full, mixed) != (8, 3): err(f'hanyeong full/mixed {full}/{mixed}')

# 초성
for q in ids:
    if kind[q] != 'choseong': continue
    d = byk[imap[q]]
    a, b = text[q].split(), d['intended'].split()
    if len(a) != len(b): err(f'choseong tokens {q}'); continue
    jamo_only = 0
    for x, y in zip(a, b):
        if re.fullmatch(r'[ㄱ-ㅎ]+', x):
            jamo_only += 1
            if kbd.choseong(y) != x: err(f'choseong {x} != {y}')
        elif x != y: err(f'choseong word {x} != {y}')
    if not jamo_only: err(f'{q} has no 초성 token')

# 동의어·오타·띄어쓰기
for d in N.NEEDS:
    if d['kind'] in ('synonym', 'typo'):
        if d['word'] in cat_text: err(f"{d['kind']} word in catalog: {d['word']}")
        if d['word'] not in d['text']: err(f"{d['kind']} word not in need: {d['word']}")
    if d['kind'] == 'spacing':
        if d['text'] in cat_text: err(f"spacing form in catalog: {d['text']}")
        other = d.get('joined') or d.get('split')
        if other not in cat_text: err(f'spacing catalog form missing: {other}')
        if other.replace(' ', '') != d['text'].replace(' ', ''): err(f'spacing differs beyond spaces: {other}')

# 검토 기록의 코드·키 존재
import review_data as RV
keys = {d['key'] for d in N.NEEDS}
for (k, c) in list(RV.OVERRIDES) + list(RV.REVIEWED):
    if k not in keys or c not in codes: err(f'review entry bad {k} {c}')

# 동 이름
bases = {re.sub(r'\d가$', '', x) for x in WANSAN | DEOKJIN}
for d in N.NEEDS:
    if d['kind'] == 'location':
        if d['dong'] not in bases: err(f"unknown dong {d['dong']}")
        if not d['text'].startswith(d['dong']): err(f"location text {d['text']}")

print(f"catalog {len(cat)} products / {len(ents)} enterprises / {len({r['분류'] for r in cat})} 분류")
print('kinds', dict(cnt))
print('qrels', len(qr), 'rel2', sum(1 for r in qr if r['관련도'] == '2'), 'rel1', sum(1 for r in qr if r['관련도'] == '1'))
if ERR:
    print('\n'.join('ERROR ' + e for e in ERR)); sys.exit(1)
print('OK: all checks passed')
