# -*- coding: utf-8 -*-
"""4·5단계: 태그로 기계적 관련도 부여 -> 스윕 -> 섞기 -> queries/qrels/query_kinds 등 출력."""
import csv, os, re, random
import needs_data as ND
import review_data as RV

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 7405


def load_catalog():
    cat = {}
    with open(os.path.join(OUT, 'catalog.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            cat[r['제품코드']] = r
    tags = {}
    with open(os.path.join(HERE, 'product_tags.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            tags[r['제품코드']] = dict(tags=set(r['태그'].split()), shop=r['가게종류'], dong=r['법정동'])
    return cat, tags


def unit_cap(n):
    if n.get('cap'):
        return n['cap']
    if n.get('budget') and n.get('qty'):
        return n['budget'] // n['qty']
    return None


def meets(n, prod):
    cap = unit_cap(n)
    if cap is not None and int(prod['단가']) > cap:
        return False
    if n.get('spec') and not re.search(n['spec'], prod['제품명'] + ' ' + prod['규격'], re.I):
        return False
    return True


def dong_match(want, pd):
    return pd == want or re.fullmatch(re.escape(want) + r'\d가', pd) is not None


def label(n, cat, tags):
    """return {code: (rel, 품목)}"""
    res = {}
    if n['kind'] == 'location':
        for c, t in tags.items():
            if t['shop'] == n['shop']:
                res[c] = (2 if dong_match(n['dong'], t['dong']) else 1, '')
        return res
    if n['kind'] == 'multi_item':
        for item, want, ok in n['items']:
            sub = dict(n, want=want, ok=ok)
            for c, t in tags.items():
                r = rel_tags(sub, cat[c], t['tags'])
                if r and (c not in res or r > res[c][0]):
                    res[c] = (r, item)
        return res
    for c, t in tags.items():
        r = rel_tags(n, cat[c], t['tags'])
        if r:
            res[c] = (r, '')
    return res


def rel_tags(n, prod, ptags):
    if ptags & set(n['want']):
        return 2 if meets(n, prod) else 1
    if ptags & set(n['ok']):
        return 1
    return 0


# ---------- 스윕용 내용어 ----------
PARTICLES = ['에서는', '으로는', '에서', '으로', '하고', '이랑', '께서', '에게', '까지', '부터', '들께', '들과', '과', '와', '을', '를', '이', '가',
             '은', '는', '에', '의', '로', '도', '만', '께', '랑']
STOP = set('''구입 구입하고자 구입하려 구입하려고 찾습니다 찾고 있습니다 업체 제품 필요 있는 주시기 바랍니다 하오니 위해 이하 예산 개당 장당 병당 좋겠습니다
준비하고자 알려 주십시오 가능한 곳을 안내해 납품 납품받고자 하며 하려고 하는데 와 줄 수 만들어 진행해 맡아 구하고 늘어 정도 합니다 미리 두려고
설치할 발생 대상 대상으로 신규 회원 다음 셋째 토요일 당일 참석하시는 드릴 드릴 하루 활동 방학 이나 캔 병 여름철 판매할 시원한 보관 가능 이면
중 앞두고 사용할 견적 곳 달 때 들께 옆에 둘 작업대 실내 공기 근로자 주변 주 회 월 방문객 짧은 사진 위한 보호 등 시 이재민 사생활
제작 세트 용품 체험 전통 행사 기념 기념품 교육 과정 지역 공방 강사 출장 센터 아이들 돌봄센터 전주 홍보'''.split())


def stem(w):
    for p in PARTICLES:
        if w.endswith(p) and len(w) - len(p) >= 2:
            return w[:-len(p)]
    return w


def content_words(n):
    words = set()
    text = n['text']
    for extra in [n.get('intended')]:
        if extra:
            text += ' ' + extra
    if n['kind'] == 'multi_item':
        text += ' ' + ' '.join(i[0] for i in n['items'])
    for w in re.findall(r'[가-힣]+', text):
        w = stem(w)
        if len(w) >= 2 and w not in STOP:
            words.add(w)
    if n['kind'] == 'multi_item':
        words |= {i[0] for i in n['items']}   # 1음절 품목(향, 초)도 포함
    if n.get('intended') and ' ' not in n['intended']:
        words.add(n['intended'].split('(')[0])   # 1음절 의도어(떡)도 포함
    return words


def sweep(needs, cat, qrels):
    cands = []
    for n in needs:
        ws = content_words(n)
        lab = qrels[n['key']]
        for c, p in cat.items():
            if c in lab:
                continue
            text = ' '.join([p['제품명'], p['규격'], p['설명']])
            hit = [w for w in ws if w in text]
            if hit:
                cands.append((n['key'], c, ','.join(sorted(hit))))
    return cands


def main():
    cat, tags = load_catalog()
    needs = ND.NEEDS
    qrels = {n['key']: label(n, cat, tags) for n in needs}
    # 스윕 (override 적용 전 후보 목록)
    cands = sweep(needs, cat, qrels)
    review_rows, unreviewed = [], []
    for key, c, hit in cands:
        dec = None
        if (key, c) in RV.OVERRIDES:
            r, why = RV.OVERRIDES[(key, c)]
            dec = ('관련도 %d 부여' % r if r else '0 유지', why)
        elif (key, c) in RV.REVIEWED:
            dec = ('0 유지', RV.REVIEWED[(key, c)])
        else:
            for tg in tags[c]['tags']:
                if (key, tg) in RV.REVIEW_RULES:
                    dec = ('0 유지', RV.REVIEW_RULES[(key, tg)]); break
        if dec is None:
            unreviewed.append((key, c, hit))
            dec = ('미검토', '')
        review_rows.append([key, c, cat[c]['제품명'], ' '.join(sorted(tags[c]['tags'])), hit, dec[0], dec[1]])
    # override 적용
    for (key, c), (r, why) in RV.OVERRIDES.items():
        item = ''
        n = next(x for x in needs if x['key'] == key)
        if n['kind'] == 'multi_item':
            item = why.split('|')[0] if '|' in why else ''
        if r == 0:
            qrels[key].pop(c, None)
        else:
            qrels[key][c] = (r, item)
    with open(os.path.join(HERE, 'sweep_review.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['수요키', '제품코드', '제품명', '제품태그', '겹친말', '결정', '이유'])
        w.writerows(review_rows)
    print('sweep candidates', len(cands), 'unreviewed', len(unreviewed))
    with open(os.path.join(HERE, 'sweep_unreviewed.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['수요키', '제품코드', '제품명', '제품태그', '겹친말'])
        for key, c, hit in unreviewed:
            w.writerow([key, c, cat[c]['제품명'], ' '.join(sorted(tags[c]['tags'])), hit])

    # ---------- 섞기 ----------
    allneeds = list(needs) + list(ND.NO_MATCH)
    order = list(range(len(allneeds)))
    random.Random(SEED).shuffle(order)
    idmap = {}
    for i, j in enumerate(order):
        idmap[allneeds[j]['key']] = 'ZZT-Q%03d' % (i + 1)
    byid = sorted(allneeds, key=lambda n: idmap[n['key']])

    def wcsv(path, header, rows):
        with open(path, 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f); w.writerow(header); w.writerows(rows)

    wcsv(os.path.join(HERE, 'id_map.csv'), ['수요번호', '내부키', '유형', '기관'],
         [[idmap[n['key']], n['key'], n['kind'], ND.INSTITUTIONS[n['inst']]] for n in byid])
    wcsv(os.path.join(OUT, 'queries.csv'), ['수요번호', '수요내용', '수량', '예산'],
         [[idmap[n['key']], n['text'], n.get('qty') or '', n.get('budget') or ''] for n in byid])
    wcsv(os.path.join(OUT, 'query_kinds.csv'), ['수요번호', '유형'], [[idmap[n['key']], n['kind']] for n in byid])
    rows = []
    for n in byid:
        if n['kind'] == 'no_match':
            continue
        for c in sorted(qrels[n['key']]):
            r, item = qrels[n['key']][c]
            rows.append([idmap[n['key']], c, r, item if n['kind'] == 'multi_item' else ''])
    wcsv(os.path.join(OUT, 'qrels.csv'), ['수요번호', '제품코드', '관련도', '품목'], rows)
    wcsv(os.path.join(OUT, 'no_match_detail.csv'), ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
         [[idmap[n['key']], n['difficulty'], n['overlap'], n['reason']] for n in byid if n['kind'] == 'no_match'])
    wcsv(os.path.join(OUT, 'hanyeong_intended.csv'), ['수요번호', '입력', '의도한 한글'],
         [[idmap[n['key']], n['text'], n['intended']] for n in byid if n['kind'] == 'hanyeong'])
    # 요구 조건 기록 (참고용)
    wcsv(os.path.join(HERE, 'need_conditions.csv'),
         ['수요번호', '내부키', '유형', '기관', '수요내용', 'want', 'ok', '단가상한', '규격정규식', '동', '가게종류', '품목별'],
         [[idmap[n['key']], n['key'], n['kind'], ND.INSTITUTIONS[n['inst']], n['text'], ' '.join(n.get('want', [])),
           ' '.join(n.get('ok', [])), unit_cap(n) or '', n.get('spec') or '', n.get('dong', ''), n.get('shop', ''),
           ' / '.join('%s: %s (ok %s)' % (i, ' '.join(a), ' '.join(b)) for i, a, b in n.get('items', []))]
          for n in byid])
    print('qrels rows', len(rows))


if __name__ == '__main__':
    main()
