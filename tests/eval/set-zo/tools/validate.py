"""set-zo 검증: 형식, 개수, 코드 존재, 정답 존재, 한영 왕복, 초성, 동의어/오타 부재, 띄어쓰기, 위치 동.
실행: python3 tools/validate.py   (실패 시 종료코드 1)
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
sys.path.insert(0, HERE)

from kbd import keys_to_hangul, hangul_to_keys, choseong, CHOSEONG_SET  # noqa: E402
from needs_data import NEEDS  # noqa: E402
from catalog_data import JEONJU_DONG  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


def read(name, header):
    path = os.path.join(ROOT, name)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err('%s: BOM present' % name)
    try:
        text = raw.decode('utf-8-sig')
    except UnicodeDecodeError:
        err('%s: not UTF-8' % name)
        return []
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != header:
        err('%s: header %r != %r' % (name, rows[0], header))
    out = [dict(zip(rows[0], r)) for r in rows[1:]]
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err('%s line %d: %d fields' % (name, i, len(r)))
    return out


KINDS = ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence',
         'category', 'location', 'multi_item', 'no_match']
EXPECT = {k: 11 for k in KINDS}
EXPECT['multi_item'] = 10
EXPECT['no_match'] = 30
ETYPES = {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}
ADDR = re.compile(r'^전북특별자치도 전주시 (완산구|덕진구) (\S+(?:로|길)(?:\d+(?:번)?길)?) (\d+(?:-\d+)?)(, [^()]+)? \(([^()]+)\)$')


def dong_ok(d, exact_list):
    return any(x == d or re.fullmatch(re.escape(d) + r'\d가', x) for x in exact_list)


def main():
    cat = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위',
                               '설명', '주소'])
    queries = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
    kinds = read('query_kinds.csv', ['수요번호', '유형'])
    qrels = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
    nmd = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
    hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
    keymap = {r['수요번호']: r['key'] for r in csv.DictReader(open(os.path.join(HERE, 'need_keys.csv'), encoding='utf-8'))}
    needs = {n['key']: n for n in NEEDS}

    # ---- catalog
    codes = [r['제품코드'] for r in cat]
    if len(set(codes)) != len(codes):
        err('duplicate product codes')
    for i, c in enumerate(codes, 1):
        if c != 'ZO%04d' % i:
            err('code sequence broken at %s' % c)
            break
    if not 270 <= len(cat) <= 310:
        err('catalog size %d' % len(cat))
    ents = {}
    all_dongs = [d for v in JEONJU_DONG.values() for d in v]
    for r in cat:
        if r['기업유형'] not in ETYPES:
            err('bad 기업유형 %s' % r['기업유형'])
        if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
            err('bad bizno %s' % r['사업자등록번호'])
        if not re.fullmatch(r'\d+', r['단가']):
            err('bad price %s %s' % (r['제품코드'], r['단가']))
        m = ADDR.match(r['주소'])
        if not m:
            err('bad address %s' % r['주소'])
        elif m.group(5) not in JEONJU_DONG[m.group(1)]:
            err('gu/dong pair not real: %s' % r['주소'])
        for col in ('제품명', '분류', '규격', '단위', '설명'):
            if not r[col].strip():
                err('empty %s in %s' % (col, r['제품코드']))
        e = ents.setdefault(r['기업명'], (r['기업유형'], r['사업자등록번호'], r['주소']))
        if e != (r['기업유형'], r['사업자등록번호'], r['주소']):
            err('enterprise fields inconsistent: %s' % r['기업명'])
    bizs = [v[1] for v in ents.values()]
    if len(set(bizs)) != len(bizs):
        err('duplicate bizno across enterprises')
    ncat = len({r['분류'] for r in cat})
    if not 25 <= ncat <= 36:
        err('category count %d' % ncat)
    if not 55 <= len(ents) <= 75:
        err('enterprise count %d' % len(ents))
    cat_text = '\n'.join(' '.join(r.values()) for r in cat)
    cat_text_ns = re.sub(r'\s+', '', cat_text)

    # ---- queries / kinds
    ids = [r['수요번호'] for r in queries]
    if ids != ['ZO-Q%03d' % i for i in range(1, 151)]:
        err('query ids not ZO-Q001..ZO-Q150 in order')
    qtext = {r['수요번호']: r['수요내용'] for r in queries}
    for r in queries:
        for col in ('수량', '예산'):
            if r[col] and not re.fullmatch(r'\d+', r[col]):
                err('%s %s not int: %r' % (r['수요번호'], col, r[col]))
        if not r['수요내용'].strip():
            err('empty need %s' % r['수요번호'])
    if len(set(qtext.values())) != len(qtext):
        err('duplicate need texts')
    kind = {r['수요번호']: r['유형'] for r in kinds}
    if set(kind) != set(ids):
        err('query_kinds ids mismatch')
    cnt = Counter(kind.values())
    for k in KINDS:
        if cnt[k] != EXPECT[k]:
            err('kind %s count %d != %d' % (k, cnt[k], EXPECT[k]))
    if set(keymap) != set(ids):
        err('need_keys.csv out of date')
    for qid, key in keymap.items():
        if key in needs:
            n = needs[key]
            if n['text'] != qtext.get(qid) or n['kind'] != kind.get(qid):
                err('need text/kind mismatch %s %s' % (qid, key))

    # ---- qrels
    codeset = set(codes)
    seen = set()
    by_q = defaultdict(list)
    for r in qrels:
        q, c = r['수요번호'], r['제품코드']
        if q not in kind:
            err('qrels unknown need %s' % q)
            continue
        if c not in codeset:
            err('qrels unknown code %s' % c)
        if (q, c) in seen:
            err('duplicate qrel %s %s' % (q, c))
        seen.add((q, c))
        if r['관련도'] not in ('1', '2'):
            err('bad grade %s %s %s' % (q, c, r['관련도']))
        if kind[q] == 'no_match':
            err('no_match need has qrels %s' % q)
        if kind[q] == 'multi_item':
            if not r['품목']:
                err('multi_item qrel without 품목 %s %s' % (q, c))
            for it in r['품목'].split('|'):
                if it not in qtext[q]:
                    err('품목 %r not in need text %s' % (it, q))
        elif r['품목']:
            err('품목 filled for non-multi need %s' % q)
        by_q[q].append(r)
    for q in ids:
        if kind[q] == 'no_match':
            continue
        if not any(r['관련도'] == '2' for r in by_q[q]):
            err('matchable need without grade-2: %s %s' % (q, qtext[q]))
        if kind[q] == 'multi_item':
            n = needs[keymap[q]]
            for item in n['items']:
                if not any(r['관련도'] == '2' and item[0] in r['품목'].split('|') for r in by_q[q]):
                    err('multi_item %s: item %r has no grade-2' % (q, item[0]))
            if not 2 <= len(n['items']) <= 3:
                err('multi_item %s item count' % q)

    # ---- no_match detail
    nm_ids = {q for q in ids if kind[q] == 'no_match'}
    if {r['수요번호'] for r in nmd} != nm_ids or len(nmd) != 30:
        err('no_match_detail ids mismatch')
    dc = Counter(r['난이도'] for r in nmd)
    if dc != Counter({'hard': 20, 'easy': 10}):
        err('no_match difficulty counts %s' % dc)
    for r in nmd:
        if not r['해당 없음 이유'].strip():
            err('no_match reason empty %s' % r['수요번호'])
        if r['난이도'] == 'hard' and not r['겹치는 말'].strip():
            err('hard no_match without overlap %s' % r['수요번호'])

    # ---- hanyeong
    hy_ids = {q for q in ids if kind[q] == 'hanyeong'}
    if {r['수요번호'] for r in hy} != hy_ids:
        err('hanyeong_intended ids mismatch')
    whole = mixed = 0
    for r in hy:
        inp, want = r['입력'], r['의도한 한글']
        if inp != qtext[r['수요번호']]:
            err('hanyeong input != need text %s' % r['수요번호'])
        if keys_to_hangul(inp) != want:
            err('hanyeong %s: %r -> %r != %r' % (r['수요번호'], inp, keys_to_hangul(inp), want))
        has_hangul = bool(re.search(r'[가-힣]', inp))
        if has_hangul:
            mixed += 1
            # 한글 부분은 그대로, 영문 부분은 의도한 한글의 자판 입력과 같아야 한다
            if hangul_to_keys(want) != ''.join(hangul_to_keys(ch) if re.match(r'[가-힣]', ch) else ch for ch in inp):
                err('hanyeong mixed round trip %s' % r['수요번호'])
        else:
            whole += 1
            if hangul_to_keys(want) != inp:
                err('hanyeong round trip %s: %r vs %r' % (r['수요번호'], hangul_to_keys(want), inp))
        if not re.search(r'[A-Za-z]', inp):
            err('hanyeong without latin %s' % r['수요번호'])
    if (whole, mixed) != (8, 3):
        err('hanyeong whole/mixed = %d/%d' % (whole, mixed))

    # ---- per-kind checks from needs_data
    for q in ids:
        key = keymap[q]
        if key not in needs:
            continue
        n = needs[key]
        t = n['text']
        if n['kind'] == 'choseong':
            a, b = t.split(), n['intended'].split()
            if len(a) != len(b):
                err('choseong token count %s' % q)
            has_cho = False
            for x, y in zip(a, b):
                if all(ch in CHOSEONG_SET for ch in x):
                    has_cho = True
                    if choseong(y) != x:
                        err('choseong %s: %s != choseong(%s)=%s' % (q, x, y, choseong(y)))
                elif x != y:
                    err('choseong plain token mismatch %s %s/%s' % (q, x, y))
            if not has_cho:
                err('choseong need without 초성 %s' % q)
        if n['kind'] in ('synonym', 'typo'):
            if not n.get('absent'):
                err('no absent words for %s' % q)
            for w in n.get('absent', []):
                if w not in t:
                    err('absent word %r not in need %s' % (w, q))
                if w in cat_text or w in cat_text_ns:
                    err('%s word %r appears in catalog' % (n['kind'], w))
        if n['kind'] == 'spacing':
            if t in cat_text:
                err('spacing need %r appears verbatim in catalog' % t)
            if re.sub(r'\s+', '', t) not in cat_text_ns:
                err('spacing need %r: no differently-spaced form in catalog' % t)
        if n['kind'] == 'location':
            d = n['dong']
            if not dong_ok(d, all_dongs):
                err('location dong %s not in Jeonju' % d)
            if d not in t or n['shop'] not in t:
                err('location need text lacks dong/shop %s' % q)
        if n['kind'] == 'quantity':
            if not re.search(r'\d', t):
                err('quantity need without number %s' % q)
        if n['kind'] == 'long_sentence' and len(t) < 50:
            err('long_sentence too short %s' % q)

    # ---- ids do not reveal kind: simple check that kinds are not in contiguous blocks
    runs = max(len(list(g)) for g in _runs([kind[q] for q in ids]))
    if runs > 6:
        err('kinds look unshuffled (run of %d)' % runs)

    print('catalog %d products / %d enterprises / %d categories' % (len(cat), len(ents), ncat))
    print('needs %d  kinds %s' % (len(ids), dict(cnt)))
    g = Counter(r['관련도'] for r in qrels)
    print('qrels %d rows (grade2 %d, grade1 %d)' % (len(qrels), g['2'], g['1']))
    if ERR:
        print('FAIL (%d)' % len(ERR))
        for e in ERR:
            print('  -', e)
        sys.exit(1)
    print('PASS')


def _runs(seq):
    cur = []
    for x in seq:
        if cur and cur[-1] != x:
            yield cur
            cur = []
        cur.append(x)
    if cur:
        yield cur


if __name__ == '__main__':
    main()
