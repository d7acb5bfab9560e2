# -*- coding: utf-8 -*-
"""태그로 관련도를 기계적으로 매기고(4단계), 스윕 후보를 뽑고, 섞어서 번호를 붙인다(5단계)."""
import csv, json, os, random, re
from needs_data import NEEDS, NO_MATCH, CATEGORY_GROUPS
from review_data import OVERRIDES, REVIEWED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 7302


def load_catalog():
    with open(os.path.join(OUT, 'catalog.csv'), encoding='utf-8') as f:
        cat = {r['제품코드']: r for r in csv.DictReader(f)}
    with open(os.path.join(HERE, 'catalog_tags.json'), encoding='utf-8') as f:
        tags = json.load(f)
    return cat, tags


def item_rel(row, T, want, ok, cap=None, spec=None):
    if set(want) & set(T):
        good = True
        if cap is not None and int(row['단가']) > cap:
            good = False
        if spec and not re.search(spec, row['제품명'] + ' ' + row['규격']):
            good = False
        return 2 if good else 1
    if set(ok) & set(T):
        return 1
    return 0


# 여러 가게 종류를 가진 기업은 그 종류에 맞는 분류의 제품만 location 라벨 대상
KIND_CATS = {
    '떡집': ['떡·한과', '커피·음료', '체험·교육'],
    '방앗간': ['농산물가공식품', '떡·한과'],
    '인쇄': ['인쇄물', '사무용품', '광고물'],
    '광고': ['광고물'],
    '카페': ['커피·음료', '농산물가공식품', '제과·제빵', '체험·교육', '도시락·케이터링', '생활용품'],
    '도시락': ['도시락·케이터링'],
    '공방': ['공예품', '체험·교육', '미술·전시용품', '체육용품', '가방·섬유잡화', '생활용품', '기념품·판촉물'],
}


def shop_fits(t, row, kind):
    if kind not in t['kinds']:
        return False
    if len(t['kinds']) == 1 or kind not in KIND_CATS:
        return True
    return row['분류'] in KIND_CATS[kind]


def dong_match(ent_dong, need_dong):
    return ent_dong == need_dong or re.fullmatch(re.escape(need_dong) + r'\d가', ent_dong) is not None


def mechanical(n, cat, tags):
    """{code: (rel, 품목)}"""
    out = {}
    for code, row in cat.items():
        t = tags[code]
        T = t['tags']
        rel, item = 0, ''
        k = n['kind']
        if k == 'no_match':
            continue
        if k == 'location':
            if shop_fits(t, row, n['shop']):
                rel = 2 if dong_match(t['dong'], n['dong']) else 1
        elif k == 'category':
            g = CATEGORY_GROUPS[n['group']]
            rel = item_rel(row, T, g['want'], g['ok'])
        elif k == 'multi_item':
            for it in n['items']:
                phrase, want, ok = it[0], it[1], it[2]
                r = item_rel(row, T, want, ok)
                if r > rel:
                    rel, item = r, phrase
        else:
            rel = item_rel(row, T, n['want'], n['ok'], n['cap'], n['spec'])
        if rel:
            out[code] = (rel, item)
    return out


STOP = set('''제작 구매 구입 주문 업체 가능 찾습니다 찾고 있습니다 합니다 하려고 하는데 싶습니다 하고자 드릴 드립니다 주실 곳을
이하 예산 개당 단가 만원 전주 전주시 지역 다음 달 일대 열리는 열리 위한 위해 때 중 참석자 참가 참가하는 관련 용 수 있는 것
행사 기념 교육 어르신 주민 시민 방문객 선수단 교육생 자원봉사자 센터 기관 준비 대접할 의뢰 새긴 드릴 만든 만들기 나눠 지급할
서노송동 서학동 효자1동 팔복예술공장 전주역 광장 행정복지센터 전주월드컵경기장 세계인권의 날 12월 11월 10월 9월 7월 5월 3월 고급 인쇄해
'''.split())
PARTICLES = ['에서', '으로', '에게', '이랑', '하고', '께서', '께', '을', '를', '이', '가', '은', '는', '에', '의', '로', '와', '과', '도', '용']


def content_words(n):
    texts = [n['text']]
    if n.get('intended'):
        texts.append(n['intended'])
    words = set()
    for t in texts:
        for w in re.split(r'[\s,·()~]+', t):
            w = re.sub(r'[0-9.]+(개|장|벌|세트|박스|인분|매|원|만원|천원|가구|명|일|g|m)?', '', w)
            for p in PARTICLES:
                if len(w) > len(p) + 1 and w.endswith(p):
                    w = w[:-len(p)]; break
            if len(w) >= 2 and w not in STOP and re.search('[가-힣]', w) and not re.fullmatch('[ㄱ-ㅎ ]+', w):
                words.add(w)
    return sorted(words)


def main():
    cat, tags = load_catalog()
    allneeds = NEEDS + NO_MATCH
    labels, sweep = {}, []
    for n in allneeds:
        lab = mechanical(n, cat, tags)
        for code, ov in OVERRIDES.get(n['key'], {}).items():
            rel, reason = ov[0], ov[1]
            item = ov[2] if len(ov) > 2 else lab.get(code, (0, ''))[1]
            if rel == 0:
                lab.pop(code, None)
            else:
                lab[code] = (rel, item)
        labels[n['key']] = lab
        # 스윕: 내용어가 제품명/규격/설명에 들어 있는데 라벨이 없는 제품
        for w in content_words(n):
            for code, row in cat.items():
                if code in lab:
                    continue
                if w in row['제품명'] or w in row['규격'] or w in row['설명']:
                    if code in OVERRIDES.get(n['key'], {}):
                        dec = 'OVERRIDE: ' + OVERRIDES[n['key']][code][1]
                    elif code in REVIEWED.get(n['key'], {}):
                        dec = 'REVIEWED: ' + REVIEWED[n['key']][code]
                    else:
                        dec = 'UNREVIEWED'
                    sweep.append([n['key'], n['kind'], n['text'], w, code, row['제품명'], dec])
    # 같은 (수요,제품)이 여러 말로 걸리면 한 줄로
    seen, sw2 = set(), []
    for r in sweep:
        if (r[0], r[4]) in seen:
            continue
        seen.add((r[0], r[4])); sw2.append(r)
    for key, d in OVERRIDES.items():
        for code, ov in d.items():
            if (key, code) not in seen:
                sw2.append([key, '', '', '', code, cat[code]['제품명'], 'OVERRIDE: ' + ov[1]])
    with open(os.path.join(HERE, 'sweep.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(['내부키', '유형', '수요내용', '걸린 말', '제품코드', '제품명', '결정'])
        w.writerows(sw2)

    # 5단계: 섞고 번호 붙이기
    keys = [n['key'] for n in allneeds]
    rng = random.Random(SEED)
    rng.shuffle(keys)
    idmap = {k: 'ZQ-Q%03d' % (i + 1) for i, k in enumerate(keys)}
    byk = {n['key']: n for n in allneeds}
    order = sorted(allneeds, key=lambda n: idmap[n['key']])

    def wcsv(name, header, rows):
        with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f); w.writerow(header); w.writerows(rows)

    wcsv('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
         [[idmap[n['key']], n['text'], n['qty'] or '', n['budget'] or ''] for n in order])
    wcsv('query_kinds.csv', ['수요번호', '유형'], [[idmap[n['key']], n['kind']] for n in order])
    qr = []
    for n in order:
        for code in sorted(labels[n['key']]):
            rel, item = labels[n['key']][code]
            qr.append([idmap[n['key']], code, rel, item if n['kind'] == 'multi_item' else ''])
    wcsv('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], qr)
    wcsv('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
         [[idmap[n['key']], n['level'], n['overlap'], n['reason']] for n in order if n['kind'] == 'no_match'])
    wcsv('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
         [[idmap[n['key']], n['text'], n['intended']] for n in order if n['kind'] == 'hanyeong'])
    with open(os.path.join(HERE, 'id_map.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(['수요번호', '내부키', '유형', '기관'])
        w.writerows([[idmap[n['key']], n['key'], n['kind'], n['inst']] for n in order])
    unrev = sum(1 for r in sw2 if r[-1] == 'UNREVIEWED')
    print('needs', len(allneeds), 'qrels', len(qr), 'sweep rows', len(sw2), 'unreviewed', unrev)


if __name__ == '__main__':
    main()
