"""평가 세트 검사.  python3 tools/validate.py   (실패하면 0 아닌 코드로 끝난다)"""
import csv
import hashlib
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd  # noqa: E402
from needs_data import NEEDS  # noqa: E402

PFX = 'X'
ERR = []


def err(msg):
    ERR.append(msg)


# 전주시 법정동(구별). 카탈로그 주소와 location 수요의 동을 이 목록으로 검사한다.
DONG = {
    '완산구': '''중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가
        전동 전동3가 다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 동완산동
        서완산동1가 서완산동2가 동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동 평화동1가
        평화동2가 평화동3가 중인동 용복동 삼천동1가 삼천동2가 삼천동3가 효자동1가 효자동2가 효자동3가 대성동
        색장동 상림동 서노송동'''.split(),
    '덕진구': '''진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 산정동 금상동
        우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가 송천동2가
        반월동 화전동 용정동 성덕동 원동 고랑동 여의동 만성동 장동 중동 도도동 강흥동 도덕동 남정동'''.split(),
}
ALL_DONG = {d: g for g, ds in DONG.items() for d in ds}
KINDS = {'exact': 11, 'synonym': 11, 'typo': 11, 'hanyeong': 11, 'spacing': 11, 'choseong': 11,
         'quantity': 11, 'long_sentence': 11, 'category': 11, 'location': 11, 'multi_item': 10, 'no_match': 30}


def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err('%s: BOM' % name)
    rows = list(csv.reader(raw.decode('utf-8').splitlines()))
    if rows[0] != header:
        err('%s: header %r' % (name, rows[0]))
    return [dict(zip(header, r)) for r in rows[1:]]


def base_dong(d):
    return re.sub(r'\d가$', '', d)


def main():
    # needs_data.py 가 카탈로그 작성 뒤에 바뀌지 않았는지
    want_hash = open(os.path.join(HERE, 'needs_data.sha256')).read().split()[0]
    got_hash = hashlib.sha256(open(os.path.join(HERE, 'needs_data.py'), 'rb').read()).hexdigest()
    if want_hash != got_hash:
        err('needs_data.py changed after the catalog was written')
    kbd._self_test()

    cat = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가',
                               '단위', '설명', '주소'])
    codes = [r['제품코드'] for r in cat]
    if len(set(codes)) != len(codes):
        err('duplicate product codes')
    ents = {}
    for r in cat:
        if not re.fullmatch(PFX + r'\d{4}', r['제품코드']):
            err('bad code ' + r['제품코드'])
        if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
            err('bad bizno ' + r['사업자등록번호'])
        if r['기업유형'] not in ('사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'):
            err('bad type ' + r['기업유형'])
        if not re.fullmatch(r'\d+', r['단가']):
            err('bad price ' + r['단가'])
        m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) (\S+(?: \S+)*?) (\d+(?:-\d+)?) \((\S+)\)', r['주소'])
        if not m:
            err('bad address ' + r['주소'])
        elif ALL_DONG.get(m.group(4)) != m.group(1):
            err('gu/dong mismatch ' + r['주소'])
        key = r['기업명']
        val = (r['기업유형'], r['사업자등록번호'], r['주소'])
        if ents.setdefault(key, val) != val:
            err('enterprise fields differ: ' + key)
    bns = Counter(v[1] for v in ents.values())
    if any(c > 1 for c in bns.values()):
        err('bizno shared by enterprises')
    ncat = len(set(r['분류'] for r in cat))
    if not (250 <= len(cat) <= 330 and 55 <= len(ents) <= 75 and 25 <= ncat <= 35):
        err('catalog size: %d products, %d enterprises, %d categories' % (len(cat), len(ents), ncat))
    catalog_text = '\n'.join(' '.join(r.values()) for r in cat)
    catalog_nospace = re.sub(r'\s+', '', catalog_text)
    dongs_in_catalog = {re.search(r'\((\S+)\)$', r['주소']).group(1) for r in cat}

    qs = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
    kinds = {r['수요번호']: r['유형'] for r in read('query_kinds.csv', ['수요번호', '유형'])}
    ids = [r['수요번호'] for r in qs]
    if ids != ['%s-Q%03d' % (PFX, i) for i in range(1, 151)]:
        err('query ids not X-Q001..X-Q150 in order')
    if set(kinds) != set(ids):
        err('query_kinds ids differ')
    for r in qs:
        for c in ('수량', '예산'):
            if r[c] and not re.fullmatch(r'\d+', r[c]):
                err('%s %s not int' % (r['수요번호'], c))
    cnt = Counter(kinds.values())
    if dict(cnt) != KINDS:
        err('kind counts %s' % dict(cnt))
    text_of = {r['수요번호']: r['수요내용'] for r in qs}
    need_by_text = {n['text']: n for n in NEEDS}
    if len(need_by_text) != 120:
        err('needs_data must have 120 distinct texts')
    for qid, k in kinds.items():
        if k != 'no_match':
            n = need_by_text.get(text_of[qid])
            if n is None or n['kind'] != k:
                err('%s not matching needs_data' % qid)

    qrels = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
    seen = set()
    g2 = defaultdict(set)
    items2 = defaultdict(set)
    for r in qrels:
        q, c = r['수요번호'], r['제품코드']
        if q not in kinds:
            err('qrels unknown need ' + q)
            continue
        if c not in set(codes):
            err('qrels unknown code ' + c)
        if (q, c) in seen:
            err('dup qrel %s %s' % (q, c))
        seen.add((q, c))
        if r['관련도'] not in ('1', '2'):
            err('bad grade %s %s' % (q, c))
        if kinds[q] == 'no_match':
            err('no_match need has qrels ' + q)
        if kinds[q] == 'multi_item':
            if not r['품목']:
                err('multi_item row without 품목 %s %s' % (q, c))
            elif r['품목'] not in text_of[q]:
                err('품목 not written in need %s %s' % (q, r['품목']))
        elif r['품목']:
            err('품목 on non-multi %s' % q)
        if r['관련도'] == '2':
            g2[q].add(c)
            items2[q].add(r['품목'])
    for q, k in kinds.items():
        if k != 'no_match' and not g2[q]:
            err('no grade-2 product for ' + q)
        if k == 'multi_item':
            n = need_by_text[text_of[q]]
            miss = [it['item'] for it in n['items'] if it['item'] not in items2[q]]
            if miss:
                err('multi_item %s items without grade 2: %s' % (q, miss))

    nm = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
    if sorted(r['수요번호'] for r in nm) != sorted(q for q, k in kinds.items() if k == 'no_match'):
        err('no_match_detail ids differ')
    if Counter(r['난이도'] for r in nm) != Counter({'hard': 20, 'easy': 10}):
        err('no_match difficulty counts')
    for r in nm:
        if r['난이도'] == 'hard':
            for w in [x.strip() for x in r['겹치는 말'].split(',')]:
                if w not in catalog_text:
                    err('hard no_match overlap word not in catalog: %s %s' % (r['수요번호'], w))

    hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
    if sorted(r['수요번호'] for r in hy) != sorted(q for q, k in kinds.items() if k == 'hanyeong'):
        err('hanyeong ids differ')
    whole = mixed = 0
    for r in hy:
        if r['입력'] != text_of[r['수요번호']]:
            err('hanyeong input differs from query ' + r['수요번호'])
        if kbd.to_hangul(r['입력']) != r['의도한 한글']:
            err('hanyeong round trip %s: %s -> %s' % (r['수요번호'], r['입력'], kbd.to_hangul(r['입력'])))
        # 반대 방향: 의도한 한글 중 영문으로 친 부분을 다시 자판으로 바꾸면 입력과 같아야 한다
        rebuilt = ' '.join(kbd.to_keys(t) if re.search(r'[A-Za-z]', s) else t
                           for s, t in zip(r['입력'].split(' '), r['의도한 한글'].split(' ')))
        if rebuilt != r['입력']:
            err('hanyeong reverse %s: %s' % (r['수요번호'], rebuilt))
        if re.search(r'[가-힣]', r['입력']):
            mixed += 1
        else:
            whole += 1
    if (whole, mixed) != (8, 3):
        err('hanyeong whole/mixed = %d/%d' % (whole, mixed))

    for n in NEEDS:
        k, t = n['kind'], n['text']
        if k == 'choseong':
            a, b = t.split(' '), n['intended'].split(' ')
            if len(a) != len(b):
                err('choseong token count ' + t)
            has = False
            for x, y in zip(a, b):
                if re.fullmatch(r'[ㄱ-ㅎ]+', x):
                    has = True
                    if kbd.choseong(y) != x:
                        err('choseong wrong %s vs %s' % (x, y))
                elif x != y:
                    err('choseong plain token differs %s %s' % (x, y))
            if not has:
                err('choseong need without 초성 ' + t)
        if k in ('synonym', 'typo'):
            if n['word'] not in t:
                err('word not in need ' + t)
            if n['word'] in catalog_text:
                err('%s word present in catalog: %s' % (k, n['word']))
        if k == 'spacing':
            if n['form'] not in t:
                err('spacing form not in need ' + t)
            if n['form'] in catalog_text:
                err('spacing form present verbatim in catalog: ' + n['form'])
            if re.sub(r'\s+', '', n['form']) not in catalog_nospace:
                err('spacing form absent even without spaces: ' + n['form'])
        if k == 'location':
            d = n['dong']
            if d not in t:
                err('dong not in need ' + t)
            if not any(base_dong(x) == d for x in ALL_DONG):
                err('not a Jeonju dong: ' + d)
            if not any(base_dong(x) == d for x in dongs_in_catalog):
                err('no enterprise in dong ' + d)

    for f in ['tools/needs_data.py', 'tools/catalog_data.py', 'tools/build_catalog.py', 'tools/build_queries.py',
              'tools/validate.py', 'tools/kbd.py', 'tools/sweep_report.txt', 'README.md']:
        if not os.path.exists(os.path.join(OUT, f)):
            err('missing ' + f)
    if '미검토 0 건' not in open(os.path.join(HERE, 'sweep_report.txt'), encoding='utf-8').read():
        err('sweep has unreviewed items')

    print('catalog %d products / %d enterprises / %d categories' % (len(cat), len(ents), ncat))
    print('queries %d, qrels %d (grade2 %d, grade1 %d)' % (
        len(qs), len(qrels), sum(r['관련도'] == '2' for r in qrels), sum(r['관련도'] == '1' for r in qrels)))
    print('kinds', dict(sorted(cnt.items())))
    if ERR:
        print('FAIL (%d)' % len(ERR))
        for e in ERR:
            print('  -', e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
