"""set-zg 검증 스크립트: python3 tools/validate.py"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from kbd import to_eng, to_kor, choseong  # noqa: E402
from needs_data import NEEDS  # noqa: E402

# 전주시 실제 법정동 (구별)
JEONJU_DONG = {
    '완산구': set('''중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가
전동 전동3가 다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 서노송동 동완산동 서완산동1가
서완산동2가 동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동 평화동1가 평화동2가 평화동3가 중인동 용복동
삼천동1가 삼천동2가 삼천동3가 효자동1가 효자동2가 효자동3가 대성동 색장동 상림동'''.split()),
    '덕진구': set('''진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가 산정동
금상동 우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가 송천동2가 반월동 화전동
용정동 성덕동 원동 고랑동 여의동 만성동 장동 중동 도도동 강흥동 도덕동 남정동 동산동 쌍정동'''.split()),
}
ALL_DONG = set().union(*JEONJU_DONG.values())
KINDS = {'exact': 11, 'synonym': 11, 'typo': 11, 'hanyeong': 11, 'spacing': 11, 'choseong': 11, 'quantity': 11,
         'long_sentence': 11, 'category': 11, 'location': 11, 'multi_item': 10, 'no_match': 30}
errors = []


def err(msg):
    errors.append(msg)


def read(name, header):
    path = os.path.join(ROOT, name)
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


cat = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
queries = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
kinds = read('query_kinds.csv', ['수요번호', '유형'])
qrels = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nmd = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])

# ---- 카탈로그 ----
codes = [r['제품코드'] for r in cat]
if len(set(codes)) != len(codes):
    err('제품코드 중복')
for i, r in enumerate(cat, 1):
    if r['제품코드'] != f'ZG{i:04d}':
        err(f"제품코드 순서 {r['제품코드']}")
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
        err(f"사업자등록번호 형식 {r['사업자등록번호']}")
    if not r['단가'].isdigit():
        err(f"단가 정수 아님 {r['제품코드']}")
    if r['기업유형'] not in ('사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'):
        err(f"기업유형 {r['기업유형']}")
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) .+ \d+(-\d+)? \((\S+)\)', r['주소'])
    if not m:
        err(f"주소 형식 {r['주소']}")
    elif m.group(3) not in JEONJU_DONG[m.group(1)]:
        err(f"구·법정동 쌍이 전주시 실제와 다름 {r['주소']}")
ents = {r['기업명'] for r in cat}
bizno = defaultdict(set)
for r in cat:
    bizno[r['사업자등록번호']].add(r['기업명'])
if any(len(v) > 1 for v in bizno.values()):
    err('서로 다른 기업이 같은 사업자등록번호')
cats = Counter(r['분류'] for r in cat)
print(f'카탈로그: 제품 {len(cat)}, 기업 {len(ents)}, 분류 {len(cats)}')
if not (270 <= len(cat) <= 310 and 60 <= len(ents) <= 70 and 25 <= len(cats) <= 35):
    err('카탈로그 규모가 기준 밖')
CAT_TEXT = '\n'.join(' '.join(r.values()) for r in cat)
CAT_NOSPACE = re.sub(r'\s+', '', CAT_TEXT)

# ---- 수요 ----
ids = [q['수요번호'] for q in queries]
if ids != [f'ZG-Q{i:03d}' for i in range(1, 151)]:
    err('수요번호가 ZG-Q001…ZG-Q150 순서가 아님')
for q in queries:
    for c in ('수량', '예산'):
        if q[c] and not q[c].isdigit():
            err(f"{q['수요번호']} {c} 정수 아님")
kind_of = {k['수요번호']: k['유형'] for k in kinds}
if set(kind_of) != set(ids):
    err('query_kinds 수요번호 불일치')
kc = Counter(kind_of.values())
for k, n in KINDS.items():
    if kc[k] != n:
        err(f'유형 {k} 개수 {kc[k]} != {n}')
print('유형별 개수:', dict(kc))
text_of = {q['수요번호']: q['수요내용'] for q in queries}
need_by_text = {n['text']: n for n in NEEDS}
for i, t in text_of.items():
    if kind_of[i] != 'no_match':
        if t not in need_by_text or need_by_text[t]['kind'] != kind_of[i]:
            err(f'{i} 수요가 needs_data 와 다름')

# ---- qrels ----
code_set = set(codes)
g2 = defaultdict(int)
items_g2 = defaultdict(set)
seen = set()
for r in qrels:
    i = r['수요번호']
    if i not in kind_of:
        err(f'qrels 없는 수요번호 {i}')
        continue
    if r['제품코드'] not in code_set:
        err(f"qrels 없는 제품코드 {r['제품코드']}")
    if r['관련도'] not in ('1', '2'):
        err(f'관련도 값 {r}')
    if (i, r['제품코드']) in seen:
        err(f'qrels 중복 {i} {r["제품코드"]}')
    seen.add((i, r['제품코드']))
    if kind_of[i] == 'no_match':
        err(f'no_match 수요에 qrels 있음 {i}')
    if kind_of[i] == 'multi_item':
        if not r['품목']:
            err(f'multi_item 품목 비어 있음 {i}')
        if r['관련도'] == '2':
            items_g2[i].add(r['품목'])
    elif r['품목']:
        err(f'multi_item 이 아닌데 품목 있음 {i}')
    if r['관련도'] == '2':
        g2[i] += 1
for i, k in kind_of.items():
    if k != 'no_match' and g2[i] == 0:
        err(f'{i} ({text_of[i]}) 관련도 2 제품 없음')
    if k == 'multi_item':
        want_items = [it for it, _, _ in need_by_text[text_of[i]]['items']]
        for it in want_items:
            if it not in text_of[i]:
                err(f'{i} 품목 표기 "{it}" 가 수요 문장에 없음')
            if it not in items_g2[i]:
                err(f'{i} 품목 "{it}" 에 관련도 2 제품 없음')

# ---- no_match_detail ----
nm_ids = {i for i, k in kind_of.items() if k == 'no_match'}
if {r['수요번호'] for r in nmd} != nm_ids:
    err('no_match_detail 수요번호 불일치')
dc = Counter(r['난이도'] for r in nmd)
if dc != Counter({'hard': 20, 'easy': 10}):
    err(f'no_match 난이도 {dc}')

# ---- 한영 ----
hy_ids = {r['수요번호'] for r in hy}
if hy_ids != {i for i, k in kind_of.items() if k == 'hanyeong'}:
    err('hanyeong_intended 수요번호 불일치')
whole = mixed = 0
for r in hy:
    inp, want = r['입력'], r['의도한 한글']
    if inp != text_of[r['수요번호']]:
        err(f'한영 입력이 수요내용과 다름 {r}')
    if re.search('[가-힣]', inp):
        mixed += 1
    else:
        whole += 1
    back = re.sub(r'[A-Za-z]+', lambda m: to_kor(m.group(0)), inp)
    if back != want:
        err(f'한영 변환 {inp} -> {back} != {want}')
    fwd = re.sub(r'[가-힣]+', lambda m: to_eng(m.group(0)), want)
    exp = re.sub(r'[가-힣]+', lambda m: to_eng(m.group(0)), inp)
    if fwd != exp:
        err(f'한영 역변환 불일치 {want} -> {fwd} != {exp}')
if (whole, mixed) != (8, 3):
    err(f'한영 전체/혼합 {whole}/{mixed} != 8/3')

# ---- 초성, 동의어·오타, 띄어쓰기, 위치 ----
for n in NEEDS:
    k, t = n['kind'], n['text']
    if k == 'choseong':
        exp = ''.join(choseong(c) if re.match('[가-힣]', c) else c for c in n['intended'])
        # 혼합형: 수요문의 한글 낱말은 그대로, 초성 부분은 의도어의 초성과 같아야 함
        parts_t, parts_i = t.split(' '), n['intended'].split(' ')
        if len(parts_t) != len(parts_i):
            err(f'초성 낱말 수 불일치 {t}')
        for a, b in zip(parts_t, parts_i):
            if re.fullmatch('[ㄱ-ㅎ]+', a):
                if choseong(b) != a:
                    err(f'초성 오류 {a} != choseong({b})={choseong(b)}')
            elif a != b:
                err(f'초성 혼합형 일반 낱말 불일치 {a} {b}')
        if not re.search('[ㄱ-ㅎ]', t):
            err(f'초성 없음 {t}')
    if k in ('synonym', 'typo'):
        w = n['word']
        if not w or w not in t:
            err(f'{k} 낱말이 수요에 없음 {t}')
        if w in CAT_TEXT or w.replace(' ', '') in CAT_NOSPACE:
            err(f'{k} 낱말 "{w}" 가 카탈로그에 있음')
    if k == 'spacing':
        if t in CAT_TEXT:
            err(f'띄어쓰기 변형 "{t}" 가 카탈로그에 그대로 있음')
        if t.replace(' ', '') not in CAT_NOSPACE:
            err(f'띄어쓰기 변형 "{t}" 의 붙인 형태가 카탈로그에 없음')
    if k == 'location':
        if not any(d.startswith(n['loc']) and re.fullmatch(re.escape(n['loc']) + r'(\d가)?', d) for d in ALL_DONG):
            err(f'위치 동 "{n["loc"]}" 가 전주 법정동이 아님')
        if not t.startswith(n['loc'] + ' '):
            err(f'위치 수요 형식 {t}')

if errors:
    print('실패', len(errors))
    for e in errors:
        print(' -', e)
    sys.exit(1)
print('qrels 행', len(qrels), '관련도', dict(Counter(r['관련도'] for r in qrels)))
print('모든 검사 통과')
