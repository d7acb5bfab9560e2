"""세트 검증: python3 tools/validate.py  (문제 없으면 'OK' 출력, 있으면 목록 출력 후 종료코드 1)"""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd
import needs_data as ND

ERR = []


def err(m):
    ERR.append(m)


# 전주시 법정동 (완산구/덕진구) — 이 세트에서 쓰는 것은 모두 여기에 있어야 함
REAL_DONG = {
    '완산구': set('중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가 전동 전동3가 '
               '다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 서노송동 동완산동 서완산동1가 서완산동2가 '
               '동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동 평화동1가 평화동2가 중인동 용복동 삼천동1가 삼천동2가 '
               '삼천동3가 효자동1가 효자동2가 효자동3가 대성동 색장동 상림동'.split()),
    '덕진구': set('진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 산정동 금상동 우아동1가 우아동2가 '
               '우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가 송천동2가 반월동 화전동 용정동 성덕동 원동 고랑동 '
               '여의동 만성동 남정동 도도동 강흥동 도덕동 중동 장동'.split()),
}
ALL_DONG_BASE = {re.sub(r'\d가$', '', d) for g in REAL_DONG.values() for d in g}


def read(name, header):
    p = os.path.join(OUT, name)
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err(f'{name}: BOM 있음')
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        err(f'{name}: UTF-8 아님')
        return []
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != header:
        err(f'{name}: 헤더 {rows[0]} != {header}')
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f'{name}:{i}: 열 개수 {len(r)}')
    return [dict(zip(header, r)) for r in rows[1:]]


CAT_H = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']
cat = read('catalog.csv', CAT_H)
q = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
kinds = read('query_kinds.csv', ['수요번호', '유형'])
qrels = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nmd = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])

# ---- 카탈로그 ----
codes = [r['제품코드'] for r in cat]
if len(set(codes)) != len(codes):
    err('제품코드 중복')
for i, c in enumerate(codes, 1):
    if c != f'ZZQ{i:04d}':
        err(f'제품코드 순서/형식 {c}')
if not 280 <= len(cat) <= 320:
    err(f'제품 수 {len(cat)}')
ents = {r['기업명'] for r in cat}
if not 60 <= len(ents) <= 70:
    err(f'기업 수 {len(ents)}')
cats = {r['분류'] for r in cat}
if not 25 <= len(cats) <= 35:
    err(f'분류 수 {len(cats)}')
bz_by_ent = collections.defaultdict(set)
for r in cat:
    if r['기업유형'] not in {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}:
        err(f"{r['제품코드']} 기업유형 {r['기업유형']}")
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
        err(f"{r['제품코드']} 사업자등록번호")
    bz_by_ent[r['기업명']].add(r['사업자등록번호'])
    if not re.fullmatch(r'\d+', r['단가']):
        err(f"{r['제품코드']} 단가 정수 아님")
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)', r['주소'])
    if not m:
        err(f"{r['제품코드']} 주소 형식 {r['주소']}")
    elif m.group(2) not in REAL_DONG[m.group(1)]:
        err(f"{r['제품코드']} 법정동 {m.group(2)} 이 {m.group(1)}에 없음")
    for f in CAT_H:
        if not r[f].strip() and f != '단가':
            err(f"{r['제품코드']} 빈 칸 {f}")
if any(len(v) != 1 for v in bz_by_ent.values()):
    err('한 기업에 사업자등록번호가 여러 개')
if len({next(iter(v)) for v in bz_by_ent.values()}) != len(bz_by_ent):
    err('기업 간 사업자등록번호 중복')
CAT_TEXT = '\n'.join(' '.join(r[f] for f in CAT_H) for r in cat)
CAT_TEXT_L = CAT_TEXT.lower()
BYCODE = {r['제품코드']: r for r in cat}

# ---- 수요 ----
ids = [r['수요번호'] for r in q]
if ids != [f'ZZQ-Q{i:03d}' for i in range(1, 151)]:
    err('수요번호가 ZZQ-Q001..Q150 순서가 아님')
kind = {r['수요번호']: r['유형'] for r in kinds}
if set(kind) != set(ids):
    err('query_kinds 수요번호 불일치')
KINDS = ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence', 'category',
         'location', 'multi_item', 'no_match']
cnt = collections.Counter(kind.values())
for k in KINDS[:-1]:
    if not 10 <= cnt[k] <= 11:
        err(f'{k} 개수 {cnt[k]}')
if cnt['no_match'] != 30 or sum(cnt.values()) != 150 or set(cnt) - set(KINDS):
    err(f'유형 개수 {cnt}')
for r in q:
    for f in ('수량', '예산'):
        if r[f] and not re.fullmatch(r'[1-9]\d*', r[f]):
            err(f"{r['수요번호']} {f} 정수 아님")
    if not r['수요내용'].strip():
        err(f"{r['수요번호']} 빈 수요")
texts = [r['수요내용'] for r in q]
if len(set(texts)) != len(texts):
    err('수요내용 중복')
QTEXT = {r['수요번호']: r['수요내용'] for r in q}

# ---- qrels ----
seen = set()
rel2 = collections.Counter()
for r in qrels:
    key = (r['수요번호'], r['제품코드'], r['품목'])
    if key in seen:
        err(f'qrels 중복 {key}')
    seen.add(key)
    if r['제품코드'] not in BYCODE:
        err(f"qrels 없는 제품코드 {r['제품코드']}")
    if r['수요번호'] not in kind:
        err(f"qrels 없는 수요번호 {r['수요번호']}")
        continue
    if r['관련도'] not in ('1', '2'):
        err(f"qrels 관련도 {r['관련도']}")
    k = kind[r['수요번호']]
    if k == 'no_match':
        err(f"no_match 수요에 qrels {r['수요번호']}")
    if (k == 'multi_item') != bool(r['품목']):
        err(f"품목 열 규칙 위반 {key}")
    if r['관련도'] == '2':
        rel2[r['수요번호']] += 1
for i in ids:
    if kind.get(i) != 'no_match' and rel2[i] == 0:
        err(f'{i} ({kind.get(i)}) 관련도 2 제품 없음')
# multi_item: 품목마다 관련도 2
mi = collections.defaultdict(lambda: collections.Counter())
for r in qrels:
    if kind.get(r['수요번호']) == 'multi_item' and r['관련도'] == '2':
        mi[r['수요번호']][r['품목']] += 1
for i in ids:
    if kind[i] == 'multi_item':
        items = set(r['품목'] for r in qrels if r['수요번호'] == i)
        if len(items) < 2:
            err(f'{i} multi_item 품목이 2개 미만')
        for it in items:
            if mi[i][it] == 0:
                err(f'{i} 품목 {it} 관련도 2 없음')
            if it not in QTEXT[i]:
                err(f'{i} 품목 {it} 이 수요 문장에 없음')

# ---- no_match ----
nm_ids = {i for i in ids if kind[i] == 'no_match'}
if {r['수요번호'] for r in nmd} != nm_ids:
    err('no_match_detail 수요번호 불일치')
lv = collections.Counter(r['난이도'] for r in nmd)
if lv != collections.Counter({'어려움': 20, '쉬움': 10}):
    err(f'no_match 난이도 {lv}')
for r in nmd:
    if r['난이도'] == '어려움':
        for w in [x.strip() for x in r['겹치는 말'].split(',') if x.strip()]:
            if w not in CAT_TEXT:
                err(f"{r['수요번호']} 겹치는 말 '{w}' 이 카탈로그에 없음")

# ---- 한영 ----
hy_ids = {i for i in ids if kind[i] == 'hanyeong'}
if {r['수요번호'] for r in hy} != hy_ids:
    err('hanyeong_intended 수요번호 불일치')
full = mixed = 0
for r in hy:
    if r['입력'] != QTEXT[r['수요번호']]:
        err(f"{r['수요번호']} 입력이 queries 와 다름")
    if kbd.keys_to_hangul(r['입력']) != r['의도한 한글']:
        err(f"{r['수요번호']} 한영 변환 불일치 {kbd.keys_to_hangul(r['입력'])}")
    a, b = r['입력'].split(' '), r['의도한 한글'].split(' ')
    if len(a) != len(b):
        err(f"{r['수요번호']} 낱말 수 불일치")
    for x, y in zip(a, b):
        if re.fullmatch(r'[A-Za-z]+', x):
            if kbd.hangul_to_keys(y) != x:
                err(f"{r['수요번호']} 한글→키 불일치 {y}->{kbd.hangul_to_keys(y)} != {x}")
        elif x != y:
            err(f"{r['수요번호']} 혼합 입력의 한글 부분 불일치")
    if re.search(r'[가-힣]', r['입력']):
        mixed += 1
    elif re.fullmatch(r'[A-Za-z ]+', r['입력']):
        full += 1
if (full, mixed) != (8, 3):
    err(f'한영 전체/혼합 = {full}/{mixed}')

# ---- 내부 자료와 대조 (초성, 동의어/오타, 띄어쓰기, 위치) ----
idmap = {r['수요번호']: r for r in csv.DictReader(open(os.path.join(HERE, 'id_map.csv'), encoding='utf-8'))}
NEEDS = {n['key']: n for n in ND.NEEDS + ND.NO_MATCH}
for i in ids:
    n = NEEDS[idmap[i]['내부키']]
    if n['text'] != QTEXT[i] or n['kind'] != kind[i]:
        err(f'{i} id_map 불일치')
    if n['kind'] == 'choseong':
        a, b = n['text'].split(), n['intended'].split()
        if len(a) != len(b) or not any(re.fullmatch(r'[ㄱ-ㅎ]+', t) for t in a):
            err(f'{i} 초성 형식')
        for x, y in zip(a, b):
            if re.fullmatch(r'[ㄱ-ㅎ]+', x):
                if kbd.choseong(y) != x:
                    err(f'{i} 초성 {x} != {kbd.choseong(y)}')
            elif x != y:
                err(f'{i} 초성 수요의 일반 낱말 불일치')
    if n['kind'] in ('synonym', 'typo'):
        if not n['absent']:
            err(f'{i} absent 없음')
        for w in n['absent']:
            if w.lower() in CAT_TEXT_L:
                err(f"{i} '{w}' 가 카탈로그에 나옴")
            if w not in n['text']:
                err(f"{i} '{w}' 가 수요 문장에 없음")
    if n['kind'] == 'spacing':
        if n['text'] in CAT_TEXT:
            err(f"{i} 띄어쓰기 형태 '{n['text']}' 가 카탈로그에 그대로 나옴")
        joined = n['text'].replace(' ', '')
        ok = any(joined in (BYCODE[r['제품코드']]['제품명'] + BYCODE[r['제품코드']]['규격'] + BYCODE[r['제품코드']]['설명']).replace(' ', '')
                 and r['관련도'] == '2' for r in qrels if r['수요번호'] == i)
        if not ok:
            err(f'{i} 띄어쓰기 수요의 붙인 형태가 관련도 2 제품에 없음')
    if n['kind'] == 'location':
        d = n['dong']
        if d not in ALL_DONG_BASE:
            err(f'{i} 법정동 {d} 실재하지 않음')
        if not QTEXT[i].startswith(d + ' '):
            err(f'{i} 위치 수요 형식')
        for r in qrels:
            if r['수요번호'] == i and r['관련도'] == '2':
                dd = re.search(r'\((\S+)\)$', BYCODE[r['제품코드']]['주소']).group(1)
                if not re.fullmatch(re.escape(d) + r'(\d가)?', dd):
                    err(f'{i} 관련도 2 제품 {r["제품코드"]} 동 {dd}')
    if n['kind'] == 'quantity':
        if not re.search(r'\d', n['text']):
            err(f'{i} 수량 수요에 숫자 없음')
    if n['kind'] == 'multi_item' and not n['items']:
        err(f'{i} multi_item items 없음')

if ERR:
    print('\n'.join(ERR))
    print(f'{len(ERR)} problems')
    sys.exit(1)
print('OK', len(cat), 'products', len(ents), 'enterprises', len(cats), 'categories', len(qrels), 'qrels rows')
print('kinds', dict(cnt))
