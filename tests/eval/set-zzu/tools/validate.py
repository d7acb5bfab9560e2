# -*- coding: utf-8 -*-
"""출력 검증: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, synonym/typo 단어 부재, 동 이름."""
import csv, os, re, sys
from collections import Counter, defaultdict
import needs_data as nd
from kbd import to_hangul, to_keys, choseong
from dongs import GU, BASES, base

HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
errs = []
def E(msg): errs.append(msg)

def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): E(f'{name}: BOM')
    raw.decode('utf-8')
    rows = list(csv.reader(open(path, encoding='utf-8', newline='')))
    if rows[0] != header: E(f'{name}: header {rows[0]}')
    for i, r in enumerate(rows[1:]):
        if len(r) != len(header): E(f'{name}: row {i+2} has {len(r)} cols')
    return [dict(zip(header, r)) for r in rows[1:]]

CATH = ['제품코드','기업명','기업유형','사업자등록번호','제품명','분류','규격','단가','단위','설명','주소']
cat = read('catalog.csv', CATH)
codes = [r['제품코드'] for r in cat]
if codes != [f'ZZU{i:04d}' for i in range(1, len(cat) + 1)]: E('product codes not consecutive')
if not 280 <= len(cat) <= 320: E(f'product count {len(cat)}')
ents = {r['기업명'] for r in cat}
cats = {r['분류'] for r in cat}
brn_by_ent = defaultdict(set)
for r in cat:
    if r['기업유형'] not in {'사회적기업','예비사회적기업','마을기업','자활기업','협동조합'}: E(f"{r['제품코드']} 유형")
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']): E(f"{r['제품코드']} 사업자번호")
    brn_by_ent[r['기업명']].add(r['사업자등록번호'])
    if not re.fullmatch(r'\d+', r['단가']): E(f"{r['제품코드']} 단가")
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) \S+ \d+(-\d+)? \((\S+)\)', r['주소'])
    if not m: E(f"{r['제품코드']} 주소 {r['주소']}")
    elif GU.get(m.group(3)) != m.group(1): E(f"{r['제품코드']} 동/구 불일치 {r['주소']}")
for e, s in brn_by_ent.items():
    if len(s) != 1: E(f'{e}: 사업자번호 여러 개')
if len(set().union(*brn_by_ent.values())) != len(ents): E('사업자번호 중복')
ctext = '\n'.join(' '.join([r['제품명'], r['규격'], r['설명'], r['기업명']]) for r in cat)
ctext_ns = re.sub(r'\s', '', ctext)

q = read('queries.csv', ['수요번호','수요내용','수량','예산'])
ids = [r['수요번호'] for r in q]
if sorted(ids) != [f'ZZU-Q{i:03d}' for i in range(1, 151)]: E('query ids')
for r in q:
    for k in ('수량','예산'):
        if r[k] and not re.fullmatch(r'\d+', r[k]): E(f"{r['수요번호']} {k}")
kinds = {r['수요번호']: r['유형'] for r in read('query_kinds.csv', ['수요번호','유형'])}
KINDS = ['exact','synonym','typo','hanyeong','spacing','choseong','quantity','long_sentence','category','location','multi_item','no_match']
kc = Counter(kinds.values())
for k in KINDS[:-1]:
    if not 10 <= kc[k] <= 11: E(f'kind {k} count {kc[k]}')
if kc['no_match'] != 30 or sum(kc.values()) != 150 or set(kc) - set(KINDS): E(f'kind counts {kc}')
qr = read('qrels.csv', ['수요번호','제품코드','관련도','품목'])
seen = set(); has2 = defaultdict(set); qrc = Counter()
for r in qr:
    if r['수요번호'] not in kinds: E(f'qrels unknown id {r}')
    if r['제품코드'] not in set(codes): E(f'qrels unknown code {r}')
    if r['관련도'] not in ('1', '2'): E(f'qrels rel {r}')
    if (r['수요번호'], r['제품코드']) in seen: E(f'dup qrel {r}')
    seen.add((r['수요번호'], r['제품코드']))
    k = kinds.get(r['수요번호'])
    if k == 'no_match': E(f'no_match has qrel {r}')
    if (k == 'multi_item') != bool(r['품목']): E(f'품목 misuse {r}')
    if r['관련도'] == '2': has2[r['수요번호']].add(r['품목'])
    qrc[r['수요번호']] += 1
idmap = {r['내부키']: r['수요번호'] for r in csv.DictReader(open(os.path.join(HERE, 'id_map.csv'), encoding='utf-8'))}
qtext = {r['수요번호']: r['수요내용'] for r in q}
for n in nd.NEEDS:
    i = idmap[n['key']]
    if qtext[i] != n['text']: E(f'text mismatch {i}')
    if kinds[i] != n['kind']: E(f'kind mismatch {i}')
    if not has2[i]: E(f'{i} ({n["key"]}) no relevance-2 product')
    if n['kind'] == 'multi_item':
        for it in n['items']:
            if it['label'] not in has2[i]: E(f'{i} item {it["label"]} no rel-2')
            if it['label'] not in n['text']: E(f'{i} item label not in text')
    if n['kind'] in ('synonym', 'typo'):
        if n['word'] not in n['text']: E(f'{i} word not in text')
        if n['word'] in ctext or n['word'] in ctext_ns: E(f'{i} word "{n["word"]}" appears in catalog')
    if n['kind'] == 'spacing':
        if n['text'] in ctext: E(f'{i} spacing form appears verbatim in catalog')
        if n['text'].replace(' ', '') not in ctext_ns: E(f'{i} joined form absent from catalog')
    if n['kind'] == 'choseong':
        qt, it = n['text'].split(), n['intended'].split()
        if len(qt) != len(it): E(f'{i} choseong token count')
        anyj = False
        for a, b in zip(qt, it):
            if re.fullmatch(r'[ㄱ-ㅎ]+', a):
                anyj = True
                if choseong(b) != a: E(f'{i} choseong {a} != {choseong(b)}')
            elif a != b: E(f'{i} choseong plain token {a}!={b}')
        if not anyj: E(f'{i} no choseong token')
    if n['kind'] == 'location':
        if n['dong'] not in BASES: E(f'{i} 동 {n["dong"]} not real')
        if n['text'] != f"{n['dong']} {n['shop']}": E(f'{i} location text')
hy = read('hanyeong_intended.csv', ['수요번호','입력','의도한 한글'])
full = mixed = 0
for r in hy:
    if kinds.get(r['수요번호']) != 'hanyeong': E(f'hanyeong file id {r}')
    if to_hangul(r['입력']) != r['의도한 한글']: E(f"hanyeong {r['입력']} -> {to_hangul(r['입력'])} != {r['의도한 한글']}")
    if re.search('[가-힣]', r['입력']):
        mixed += 1
        # ASCII 구간을 다시 자판열로 바꿨을 때 원래 입력과 같아야 함
        back = re.sub(r'[가-힣]+', lambda m: m.group(0), ' '.join(to_keys(w) if not re.search('[가-힣]', orig) else orig
                      for w, orig in zip(r['의도한 한글'].split(), r['입력'].split())))
        if back != r['입력']: E(f"hanyeong mixed roundtrip {back} != {r['입력']}")
    else:
        full += 1
        if to_keys(r['의도한 한글']) != r['입력']: E(f"hanyeong keys {to_keys(r['의도한 한글'])} != {r['입력']}")
        if re.search('[가-힣]', r['입력']): E('full hanyeong has hangul')
if (full, mixed) != (8, 3) or len(hy) != kc['hanyeong']: E(f'hanyeong full/mixed {full}/{mixed}')
nm = read('no_match_detail.csv', ['수요번호','난이도','겹치는 말','해당 없음 이유'])
if Counter(r['난이도'] for r in nm) != Counter({'어려움': 20, '쉬움': 10}): E('no_match levels')
for r in nm:
    if kinds.get(r['수요번호']) != 'no_match': E(f'no_match id {r}')
    if r['난이도'] == '어려움':
        for w in [x.strip() for x in r['겹치는 말'].split(',')]:
            if w not in ctext: E(f"{r['수요번호']} overlap word {w} not in catalog")
print(f'catalog: {len(cat)} products, {len(ents)} enterprises, {len(cats)} 분류')
print('kinds:', dict(kc))
per = Counter(); per2 = Counter()
for r in qr:
    per[kinds[r['수요번호']]] += 1
    if r['관련도'] == '2': per2[kinds[r['수요번호']]] += 1
for k in KINDS:
    print(f'  {k:14s} needs={kc[k]:3d} qrels={per[k]:4d} (rel2={per2[k]}, rel1={per[k]-per2[k]})')
print('qrels total', len(qr))
if errs:
    print('ERRORS:'); [print(' -', e) for e in errs]; sys.exit(1)
print('ALL CHECKS PASSED')
