# -*- coding: utf-8 -*-
"""set-r 산출물 검사. 문제가 있으면 모두 출력하고 종료 코드 1."""
import csv
import glob
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd  # noqa: E402
import needs_data  # noqa: E402
import nomatch_data  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


def read(name, header):
    path = os.path.join(ROOT, name)
    if not os.path.exists(path):
        err(f'{name}: 파일 없음')
        return []
    with open(path, encoding='utf-8', newline='') as f:
        r = csv.reader(f)
        h = next(r)
        if h != header:
            err(f'{name}: 헤더 {h} != {header}')
        rows = [dict(zip(h, x)) for x in r]
        for i, x in enumerate(rows):
            if len(x) != len(header):
                err(f'{name}: {i + 2}행 열 개수 이상')
        return rows


KINDS = ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence', 'category',
         'location', 'multi_item']
TYPES = {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}
DONG = {
    '완산구': set('중앙동 풍남동 경원동 서신동 효자동 삼천동 평화동 중화산동 교동 완산동 다가동 고사동 전동 태평동 서노송동 '
               '중노송동 남노송동 동완산동 서완산동 동서학동 서서학동 대성동 색장동 상림동 석구동 원당동 중인동 용복동'.split()),
    '덕진구': set('인후동 덕진동 금암동 팔복동 송천동 우아동 호성동 진북동 여의동 만성동 전미동 장동 중동 반월동 화전동 용정동 '
                '성덕동 원동 고랑동 도도동 강흥동 남정동 산정동 월평동 조촌동 동산동 도덕동 금상동 쌍정동'.split()),
}
ADDR = re.compile(r'^전북특별자치도 전주시 (완산구|덕진구) \S+(로|길) \d+(-\d+)? \((\S+동)\)$')

# ------------------------------------------------------------------ catalog
cat = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
codes = [r['제품코드'] for r in cat]
if codes != [f'R{i:04d}' for i in range(1, len(cat) + 1)]:
    err('catalog: 제품코드가 R0001부터 빈틈없이 이어지지 않음')
if not 280 <= len(cat) <= 300:
    err(f'catalog: 제품 수 {len(cat)} (280~300 이어야 함)')
ents = defaultdict(set)
for r in cat:
    if r['기업유형'] not in TYPES:
        err(f"{r['제품코드']}: 기업유형 {r['기업유형']}")
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
        err(f"{r['제품코드']}: 사업자등록번호 형식")
    if not re.fullmatch(r'\d+', r['단가']):
        err(f"{r['제품코드']}: 단가가 정수가 아님")
    m = ADDR.match(r['주소'])
    if not m:
        err(f"{r['제품코드']}: 주소 형식 {r['주소']}")
    elif m.group(4) not in DONG[m.group(1)]:
        err(f"{r['제품코드']}: {m.group(1)}에 {m.group(4)} 없음")
    for c in ['제품명', '분류', '규격', '단위', '설명', '기업명']:
        if not r[c].strip():
            err(f"{r['제품코드']}: {c} 비어 있음")
    ents[r['기업명']].add((r['기업유형'], r['사업자등록번호'], r['주소']))
for k, v in ents.items():
    if len(v) != 1:
        err(f'catalog: 기업 {k} 의 유형/번호/주소가 제품마다 다름')
bz = Counter(next(iter(v))[1] for v in ents.values())
if any(c > 1 for c in bz.values()):
    err('catalog: 사업자등록번호 중복')
if not 60 <= len(ents) <= 70:
    err(f'catalog: 기업 수 {len(ents)}')
ncat = len({r['분류'] for r in cat})
if not 25 <= ncat <= 30:
    err(f'catalog: 분류 수 {ncat}')
# 실제 자료의 기업명을 베끼지 않았는지
real_names = set()
for p in glob.glob('/work/shared/data/real/*.csv'):
    with open(p, encoding='utf-8') as f:
        for x in csv.DictReader(f):
            real_names.add(x.get('name', '').strip())
for k in ents:
    if k in real_names:
        err(f'catalog: 실제 기업명 {k} 사용')
CAT_TEXT = '\n'.join(' '.join(r[c] for c in ['기업명', '제품명', '분류', '규격', '단위', '설명', '주소']) for r in cat)
CAT_NOSP = re.sub(r'\s+', '', CAT_TEXT)
by_code = {r['제품코드']: r for r in cat}

# ------------------------------------------------------------------ queries / kinds
qs = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
ks = read('query_kinds.csv', ['수요번호', '유형'])
qids = [q['수요번호'] for q in qs]
if qids != [f'R-Q{i:03d}' for i in range(1, 151)]:
    err('queries: 수요번호가 R-Q001~R-Q150 이 아님')
for q in qs:
    for c in ['수량', '예산']:
        if q[c] and not re.fullmatch(r'\d+', q[c]):
            err(f"{q['수요번호']}: {c} 정수 아님")
    if not q['수요내용'].strip():
        err(f"{q['수요번호']}: 수요내용 비어 있음")
if [k['수요번호'] for k in ks] != qids:
    err('query_kinds: 수요번호 목록이 queries 와 다름')
kind = {k['수요번호']: k['유형'] for k in ks}
kc = Counter(kind.values())
for k in kind.values():
    if k not in KINDS + ['no_match']:
        err(f'query_kinds: 알 수 없는 유형 {k}')
if kc['no_match'] != 30:
    err(f"no_match {kc['no_match']}건")
if sum(kc[k] for k in KINDS) != 120:
    err('매칭 가능 수요가 120건이 아님')
for k in KINDS:
    if not 10 <= kc[k] <= 12:
        err(f'{k}: {kc[k]}건')
qtext = {q['수요번호']: q['수요내용'] for q in qs}
if len(set(qtext.values())) != 150:
    err('queries: 수요내용 중복')

# 내부 번호 대응 (tools/need_map.csv)
nmap = {}
with open(os.path.join(HERE, 'need_map.csv'), encoding='utf-8') as f:
    for x in csv.DictReader(f):
        nmap[x['수요번호']] = x['내부번호']
ndef = {n['id']: n for n in needs_data.NEEDS + nomatch_data.NOMATCH}
for qid in qids:
    n = ndef.get(nmap.get(qid))
    if not n:
        err(f'{qid}: 내부 정의 없음')
    elif n['kind'] != kind[qid]:
        err(f'{qid}: 유형 불일치')

# ------------------------------------------------------------------ qrels
qr = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
seen = set()
g2 = defaultdict(list)
for r in qr:
    key = (r['수요번호'], r['제품코드'])
    if key in seen:
        err(f'qrels: 중복 {key}')
    seen.add(key)
    if r['수요번호'] not in kind:
        err(f"qrels: 없는 수요번호 {r['수요번호']}")
        continue
    if r['제품코드'] not in by_code:
        err(f"qrels: 없는 제품코드 {r['제품코드']}")
    if r['관련도'] not in ('1', '2'):
        err(f"qrels: 관련도 {r['관련도']}")
    if kind[r['수요번호']] == 'no_match':
        err(f"qrels: no_match 수요 {r['수요번호']} 에 행이 있음")
    if r['품목'] and not (kind[r['수요번호']] == 'multi_item' and r['관련도'] == '2'):
        err(f'qrels: 품목은 multi_item 의 관련도 2 행에만 {key}')
    if r['관련도'] == '2':
        g2[r['수요번호']].append(r)
for qid, k in kind.items():
    if k != 'no_match' and not g2[qid]:
        err(f'{qid}: 관련도 2 제품 없음')
    if k == 'multi_item':
        items = [name for name, _ in ndef[nmap[qid]]['items']]
        got = Counter(r['품목'] for r in g2[qid])
        for it in items:
            if it not in qtext[qid]:
                err(f'{qid}: 품목 {it} 이 수요 문장에 없음')
            if not got[it]:
                err(f'{qid}: 품목 {it} 의 관련도 2 제품 없음')
        for r in g2[qid]:
            if r['품목'] not in items:
                err(f"{qid}: 관련도 2 행 품목 '{r['품목']}' 이 정의된 품목이 아님")
    if k == 'location':
        d = ndef[nmap[qid]]['dong']
        if d not in qtext[qid]:
            err(f'{qid}: 동 이름이 수요에 없음')
        for r in g2[qid]:
            if f'({d})' not in by_code[r['제품코드']]['주소']:
                err(f"{qid}: 관련도 2 제품 {r['제품코드']} 가 {d} 에 있지 않음")

# ------------------------------------------------------------------ 형태 검사
for qid, k in kind.items():
    n = ndef[nmap[qid]]
    t = qtext[qid]
    if k in ('synonym', 'typo'):
        f = n['form']
        if f not in t:
            err(f'{qid}: {k} 형태 {f} 가 수요에 없음')
        if f in CAT_TEXT or f in CAT_NOSP:
            err(f'{qid}: {k} 형태 {f} 가 카탈로그에 나옴')
    if k == 'spacing':
        f = n['form']
        if f not in t:
            err(f'{qid}: spacing 형태가 수요에 없음')
        if f in CAT_TEXT:
            err(f'{qid}: spacing 형태 {f!r} 가 카탈로그에 그대로 나옴')
        if re.sub(r'\s+', '', f) not in CAT_NOSP:
            err(f'{qid}: spacing 형태의 붙여 쓴 꼴이 카탈로그에 없음')
    if k == 'choseong':
        parts = re.findall(r'\{([^}]*)\}', n['text'])
        runs = re.findall(r'[ㄱ-ㅎ]+', t)
        if [kbd.choseong(p) for p in parts] != runs or not runs:
            err(f'{qid}: 초성 불일치 {t} / {parts}')
        for p in parts:
            if not all(kbd.is_syllable(ch) for ch in p):
                err(f'{qid}: 초성 원말 {p} 에 한글 음절 아닌 글자')
            if p not in CAT_TEXT:
                err(f'{qid}: 초성 원말 {p} 가 카탈로그에 없음(참고)')
    if k == 'hanyeong':
        if not re.search(r'[A-Za-z]', t):
            err(f'{qid}: 한영 입력에 영문자 없음')

hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
hyq = {qid for qid, k in kind.items() if k == 'hanyeong'}
if {h['수요번호'] for h in hy} != hyq:
    err('hanyeong_intended: 수요번호 집합이 hanyeong 수요와 다름')
for h in hy:
    if h['입력'] != qtext.get(h['수요번호']):
        err(f"{h['수요번호']}: 입력이 queries 와 다름")
    if kbd.to_hangul(h['입력']) != h['의도한 한글']:
        err(f"{h['수요번호']}: to_hangul({h['입력']}) = {kbd.to_hangul(h['입력'])} != {h['의도한 한글']}")
    # 의도한 한글의 한글 부분을 다시 영문 자판으로 -> 입력과 같은 글자 수/글자
    back = ''
    n = ndef[nmap[h['수요번호']]]
    back = re.sub(r'\{([^}]*)\}', lambda m: kbd.to_qwerty(m.group(1)), n['text'])
    if back != h['입력']:
        err(f"{h['수요번호']}: to_qwerty 왕복 불일치")
# 변환기 자체 왕복 시험
for wd in ['복사용지', '괜찮습니다', '닭갈비', '없었어요', '의뢰', '쌍화차', '뷁', '외않되', '앉아', '핥다', '왜', '꽃', '읽기']:
    if kbd.to_hangul(kbd.to_qwerty(wd)) != wd:
        err(f'kbd 왕복 실패: {wd}')
if kbd.to_qwerty('한글') != 'gksrmf' or kbd.to_hangul('dkssudgktpdy') != '안녕하세요':
    err('kbd 기본 변환 실패')

# ------------------------------------------------------------------ no_match
nm = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
if {x['수요번호'] for x in nm} != {q for q, k in kind.items() if k == 'no_match'}:
    err('no_match_detail: 수요번호 집합이 no_match 와 다름')
lv = Counter(x['난이도'] for x in nm)
if lv != Counter({'hard': 20, 'easy': 10}):
    err(f'no_match 난이도 분포 {lv}')
for x in nm:
    if x['난이도'] == 'hard':
        words = [w.strip() for w in x['겹치는 말'].split('/') if w.strip()]
        if not words:
            err(f"{x['수요번호']}: hard 인데 겹치는 말 없음")
        for w in words:
            if w not in CAT_TEXT:
                err(f"{x['수요번호']}: 겹치는 말 {w} 가 카탈로그에 없음")
    if not x['해당 없음 이유'].strip():
        err(f"{x['수요번호']}: 이유 없음")

# ------------------------------------------------------------------ 결과
print(f'catalog {len(cat)} 제품 / {len(ents)} 기업 / {ncat} 분류')
print('유형별:', dict(sorted(kc.items())))
print(f'qrels {len(qr)} 행 (2: {sum(r["관련도"] == "2" for r in qr)}, 1: {sum(r["관련도"] == "1" for r in qr)})')
if ERR:
    print(f'오류 {len(ERR)}건')
    for e in ERR:
        print(' -', e)
    sys.exit(1)
print('OK')
