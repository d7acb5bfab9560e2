# -*- coding: utf-8 -*-
"""평가셋 검증. 실행: python3 tools/validate.py  (문제가 있으면 종료 코드 1)"""
import csv, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd, dongs, needs_data as nd

ERR = []
def err(m): ERR.append(m)

def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err(f'{name}: BOM 있음')
    raw.decode('utf-8')
    rows = list(csv.reader(open(path, encoding='utf-8', newline='')))
    if rows[0] != header:
        err(f'{name}: 헤더 {rows[0]} != {header}')
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f'{name}:{i} 열 개수 {len(r)}')
    return [dict(zip(header, r)) for r in rows[1:]]

CAT_H = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']
cat = read('catalog.csv', CAT_H)
queries = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
kinds = read('query_kinds.csv', ['수요번호', '유형'])
qrels = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nmd = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
idmap = list(csv.DictReader(open(os.path.join(HERE, 'id_map.csv'), encoding='utf-8')))

# ---- catalog
codes = [r['제품코드'] for r in cat]
if codes != [f'ZZY{i:04d}' for i in range(1, len(codes) + 1)]:
    err('제품코드가 ZZY0001부터 연속이 아님')
if not 280 <= len(cat) <= 320:
    err(f'제품 수 {len(cat)}')
ents = {r['기업명'] for r in cat}
if not 55 <= len(ents) <= 75:
    err(f'기업 수 {len(ents)}')
cats = {r['분류'] for r in cat}
if not 25 <= len(cats) <= 35:
    err(f'분류 수 {len(cats)}')
TYPES = {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}
ADDR = re.compile(r'^전북특별자치도 전주시 (완산구|덕진구) [가-힣0-9]+(길|로) \d+ \(([가-힣0-9]+)\)$')
ent_info = {}
for r in cat:
    if not re.fullmatch(r'\d+', r['단가']):
        err(f"{r['제품코드']} 단가 정수 아님")
    if r['기업유형'] not in TYPES:
        err(f"{r['제품코드']} 기업유형 {r['기업유형']}")
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
        err(f"{r['제품코드']} 사업자등록번호 형식")
    m = ADDR.match(r['주소'])
    if not m:
        err(f"{r['제품코드']} 주소 형식 {r['주소']}")
    elif m.group(3) not in dongs.legal_names(m.group(1)):
        err(f"{r['제품코드']} 법정동 {m.group(3)} 이(가) {m.group(1)} 에 없음")
    info = (r['기업유형'], r['사업자등록번호'], r['주소'])
    if ent_info.setdefault(r['기업명'], info) != info:
        err(f"{r['기업명']} 기업 정보 불일치")
    for c in ('제품명', '규격', '설명', '단위', '분류'):
        if not r[c].strip():
            err(f"{r['제품코드']} {c} 비어 있음")
brns = Counter(v[1] for v in ent_info.values())
if any(c > 1 for c in brns.values()):
    err('사업자등록번호 중복')
cat_text = ' '.join(' '.join(r.values()) for r in cat)

# ---- queries / kinds
ids = [r['수요번호'] for r in queries]
if ids != [f'ZZY-Q{i:03d}' for i in range(1, 151)]:
    err('수요번호가 ZZY-Q001~Q150 이 아님')
for r in queries:
    for c in ('수량', '예산'):
        if r[c] and not re.fullmatch(r'\d+', r[c]):
            err(f"{r['수요번호']} {c} 정수 아님")
KINDS = ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence',
         'category', 'location', 'multi_item', 'no_match']
kind = {r['수요번호']: r['유형'] for r in kinds}
if set(kind) != set(ids):
    err('query_kinds 수요번호 불일치')
kc = Counter(kind.values())
for k in KINDS:
    want = 30 if k == 'no_match' else (10, 11)
    if (k == 'no_match' and kc[k] != 30) or (k != 'no_match' and kc[k] not in want):
        err(f'유형 {k} 개수 {kc[k]}')
if set(kc) - set(KINDS):
    err(f'알 수 없는 유형 {set(kc) - set(KINDS)}')
if sum(v for k, v in kc.items() if k != 'no_match') != 120:
    err('매칭 수요가 120건이 아님')
qtext = {r['수요번호']: r['수요내용'] for r in queries}

# 원본 수요 데이터와 대조
key_of = {r['수요번호']: r['need_key'] for r in idmap}
src = {n['key']: n for n in nd.NEEDS + nd.NO_MATCH}
for q in ids:
    n = src[key_of[q]]
    if n['text'] != qtext[q]:
        err(f'{q} 수요내용이 needs_data 와 다름')
    exp = 'no_match' if n in nd.NO_MATCH else n['kind']
    if exp != kind[q]:
        err(f'{q} 유형 불일치')

# ---- qrels
codeset = set(codes)
seen = set()
best = Counter()
for r in qrels:
    q = r['수요번호']
    if q not in kind:
        err(f'qrels 수요번호 {q} 없음'); continue
    if r['제품코드'] not in codeset:
        err(f"qrels 제품코드 {r['제품코드']} 없음")
    if r['관련도'] not in ('1', '2'):
        err(f"qrels 관련도 {r['관련도']}")
    if (q, r['제품코드']) in seen:
        err(f"qrels 중복 {q} {r['제품코드']}")
    seen.add((q, r['제품코드']))
    if kind[q] == 'no_match':
        err(f'no_match {q} 에 qrels 있음')
    if kind[q] == 'multi_item':
        if not r['품목'] or r['품목'] not in qtext[q]:
            err(f"{q} 품목 '{r['품목']}' 이 수요에 없음")
    elif r['품목']:
        err(f'{q} multi_item 이 아닌데 품목 있음')
    if r['관련도'] == '2':
        best[q] += 1
for q in ids:
    if kind[q] != 'no_match' and not best[q]:
        err(f'{q} ({kind[q]}) 관련도 2 제품 없음')
# multi_item: 품목마다 관련도 2 하나 이상
for q in ids:
    if kind[q] == 'multi_item':
        n = src[key_of[q]]
        got = {r['품목'] for r in qrels if r['수요번호'] == q and r['관련도'] == '2'}
        for it in n['items']:
            if it['label'] not in got:
                err(f"{q} 품목 {it['label']} 에 관련도 2 없음")

# ---- no_match detail
if {r['수요번호'] for r in nmd} != {q for q in ids if kind[q] == 'no_match'}:
    err('no_match_detail 수요번호 불일치')
lv = Counter(r['난이도'] for r in nmd)
if lv != Counter({'hard': 20, 'easy': 10}):
    err(f'no_match 난이도 {lv}')
for r in nmd:
    for w in [x.strip() for x in r['겹치는 말'].split(',') if x.strip()]:
        if w not in cat_text:
            err(f"{r['수요번호']} 겹치는 말 '{w}' 이 카탈로그에 없음")
    if r['난이도'] == 'hard' and not r['겹치는 말']:
        err(f"{r['수요번호']} hard 인데 겹치는 말 없음")

# ---- 한영
full = mixed = 0
hyq = {r['수요번호']: r for r in hy}
if set(hyq) != {q for q in ids if kind[q] == 'hanyeong'}:
    err('hanyeong_intended 수요번호 불일치')
for q, r in hyq.items():
    inp, want = r['입력'], r['의도한 한글']
    if inp != qtext[q]:
        err(f'{q} 한영 입력이 수요내용과 다름')
    if kbd.keys_to_hangul(inp) != want:
        err(f'{q} 한영 변환 {kbd.keys_to_hangul(inp)} != {want}')
    # 역변환: 한글 부분은 그대로 두고 영문 토큰만 자판으로
    back = ' '.join(kbd.hangul_to_keys(w) if re.fullmatch(r'[a-zA-Z]+', t) else w
                    for t, w in zip(inp.split(' '), want.split(' ')))
    if back != inp:
        err(f'{q} 한영 역변환 {back} != {inp}')
    if re.search(r'[가-힣]', inp):
        mixed += 1
    else:
        full += 1
if (full, mixed) != (8, 3):
    err(f'한영 전체/섞임 = {full}/{mixed}')

# ---- 초성
for q in ids:
    if kind[q] != 'choseong':
        continue
    n = src[key_of[q]]
    toks, wtoks = qtext[q].split(' '), n['intended'].split(' ')
    if len(toks) != len(wtoks):
        err(f'{q} 초성 토큰 수 불일치'); continue
    has = False
    for t, w in zip(toks, wtoks):
        if re.fullmatch(r'[ㄱ-ㅎ]+', t):
            has = True
            if kbd.choseong(w) != t:
                err(f'{q} 초성 {t} != {kbd.choseong(w)}')
        elif t != w:
            err(f'{q} 초성 옆 낱말 {t} != {w}')
    if not has:
        err(f'{q} 초성 없음')

# ---- 동의어·오타 낱말이 카탈로그에 없는지, 띄어쓰기
for q in ids:
    n = src[key_of[q]]
    if kind[q] in ('synonym', 'typo'):
        if not n['absent']:
            err(f'{q} absent 낱말 없음')
        for w in n['absent']:
            if w in cat_text:
                err(f'{q} "{w}" 가 카탈로그에 있음')
    if kind[q] == 'spacing':
        if qtext[q] in cat_text:
            err(f'{q} 띄어쓰기 형태가 카탈로그와 같음')
        if qtext[q].replace(' ', '') not in cat_text.replace(' ', ''):
            err(f'{q} 띄어쓰기 대상 품목이 카탈로그에 없음')
    if kind[q] == 'location':
        d = qtext[q].split(' ')[0]
        if d != n['dong'] or not dongs.gu_of_base(d):
            err(f'{q} 동 이름 {d} 이 전주 법정동이 아님')
    if kind[q] == 'quantity' and not re.search(r'\d', qtext[q]):
        err(f'{q} 수량 유형인데 숫자 없음')

# ---- 파일
for f in ('README.md', 'tools/build_catalog.py', 'tools/build_queries.py', 'tools/needs_data.py',
          'tools/catalog_data.py', 'tools/kbd.py', 'tools/id_map.csv', 'tools/sweep_review.csv'):
    if not os.path.exists(os.path.join(OUT, f)):
        err(f'{f} 없음')

print(f'제품 {len(cat)} / 기업 {len(ents)} / 분류 {len(cats)} / 수요 {len(ids)} / qrels {len(qrels)}')
print('유형별:', dict(sorted(kc.items())))
if ERR:
    print(f'문제 {len(ERR)}건:')
    for e in ERR:
        print(' -', e)
    sys.exit(1)
print('OK')
