import csv, re, collections, sys, os
from hangul_kbd import from_keys
D=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..')
errs=[]
def err(m): errs.append(m)
def load(name):
    raw=open(os.path.join(D,name),'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(f'{name}: has BOM')
    raw.decode('utf-8')
    rows=list(csv.reader(open(os.path.join(D,name),encoding='utf-8',newline='')))
    return rows[0],[dict(zip(rows[0],r)) for r in rows[1:]],rows
# ---- catalog
h,cat,rawc=load('catalog.csv')
if h!='제품코드,기업명,기업유형,사업자등록번호,제품명,분류,규격,단가,단위,설명,주소'.split(','): err('catalog header')
for i,r in enumerate(rawc[1:]):
    if len(r)!=11: err(f'catalog row {i} has {len(r)} fields')
codes=[r['제품코드'] for r in cat]
if codes!=[f'G{i+1:04d}' for i in range(len(codes))]: err('catalog codes not sequential')
TYPES={'사회적기업','예비사회적기업','마을기업','자활기업','협동조합','사회적협동조합'}
ent=collections.defaultdict(set)
for r in cat:
    if r['기업유형'] not in TYPES: err('type '+r['기업유형'])
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}',r['사업자등록번호']): err('brn '+r['사업자등록번호'])
    if not re.fullmatch(r'\d+',r['단가']): err('price '+r['제품코드'])
    if not re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) \S+ \d+(-\d+)? \([가-힣0-9]+동[0-9]*가?\)',r['주소']): err('addr '+r['주소'])
    for f in ('제품명','분류','규격','단위','설명'):
        if not r[f].strip(): err(f'empty {f} {r["제품코드"]}')
    ent[r['기업명']].add((r['기업유형'],r['사업자등록번호'],r['주소']))
for e,v in ent.items():
    if len(v)!=1: err('inconsistent enterprise '+e)
brns=[list(v)[0][1] for v in ent.values()]
if len(set(brns))!=len(brns): err('duplicate brn')
names=[r['제품명'] for r in cat]
if len(set(names))!=len(names): err('duplicate product names')
catd={r['제품코드']:r for r in cat}
dong={c:re.search(r'\(([^)]*)\)$',r['주소']).group(1) for c,r in catd.items()}
# ---- queries / kinds
h,qs,_=load('queries.csv')
if h!=['수요번호','수요내용','수량','예산']: err('queries header')
h,ks,_=load('query_kinds.csv')
if h!=['수요번호','유형']: err('kinds header')
h,qr,_=load('qrels.csv')
if h!=['수요번호','제품코드','관련도','품목']: err('qrels header')
qids=[r['수요번호'] for r in qs]
if qids!=[f'G-Q{i+1:03d}' for i in range(150)]: err('query ids')
if [r['수요번호'] for r in ks]!=qids: err('kind ids differ from query ids')
for r in qs:
    for f in ('수량','예산'):
        if r[f] and not re.fullmatch(r'\d+',r[f]): err(f'{f} not int {r["수요번호"]}')
    if not r['수요내용'].strip(): err('empty need')
texts=[r['수요내용'] for r in qs]
if len(set(texts))!=len(texts): err('duplicate need text')
kind={r['수요번호']:r['유형'] for r in ks}
EXP={'no_match':30,'exact':11,'synonym':11,'typo':11,'hanyeong':11,'spacing':11,'choseong':11,'quantity':11,'long_sentence':11,'category':11,'location':11,'multi_item':10}
cnt=collections.Counter(kind.values())
if cnt!=collections.Counter(EXP): err(f'kind counts {dict(cnt)}')
# hard/easy split
split={r['수요번호']:r['난이도'] for r in csv.DictReader(open(os.path.join(D,'tools','no_match_split.csv'),encoding='utf-8'))}
if set(split)!={q for q,k in kind.items() if k=='no_match'}: err('no_match split ids')
if collections.Counter(split.values())!=collections.Counter({'hard':20,'easy':10}): err('hard/easy split')
# ---- qrels
byq=collections.defaultdict(list); seen=set()
for r in qr:
    q,c,g,item=r['수요번호'],r['제품코드'],r['관련도'],r['품목']
    if q not in kind: err('qrels unknown need '+q)
    if c not in catd: err('qrels unknown product '+c)
    if g not in ('1','2'): err('grade '+g)
    if (q,c) in seen: err(f'duplicate pair {q} {c}')
    seen.add((q,c)); byq[q].append(r)
    if item and not (kind.get(q)=='multi_item' and g=='2'): err(f'품목 on non multi_item/non-2 row {q} {c}')
for q,k in kind.items():
    rows=byq.get(q,[])
    if k=='no_match':
        if rows: err('no_match has qrels '+q)
        continue
    if not any(r['관련도']=='2' for r in rows): err('no grade-2 for '+q)
    if k=='multi_item':
        items={r['품목'] for r in rows if r['관련도']=='2'}
        if '' in items: err('multi_item grade-2 row without 품목 '+q)
        if len(items-{''})<2: err('multi_item <2 품목 '+q)
# ---- location: grade-2 products must be in the asked 동
qtext=dict(zip(qids,texts))
for q,k in kind.items():
    if k!='location': continue
    d=qtext[q].split()[0]
    for r in byq[q]:
        if r['관련도']=='2' and not dong[r['제품코드']].startswith(d): err(f'location {q} {d}: {r["제품코드"]} in {dong[r["제품코드"]]}')
# ---- hanyeong
intended={r['수요내용']:r['의도한 한글'] for r in csv.DictReader(open(os.path.join(D,'tools','hanyeong_intended.csv'),encoding='utf-8'))}
for q,k in kind.items():
    if k!='hanyeong': continue
    t=qtext[q]
    if not re.search('[A-Za-z]',t): err('hanyeong without latin '+q)
    back=from_keys(t)
    if t not in intended: err('hanyeong not in intended list '+q)
    elif back!=intended[t]: err(f'hanyeong {q}: {t} -> {back} != {intended[t]}')
    else: print(f'  hanyeong ok {q}: {t} -> {back}')
# ---- choseong: must contain a run of compatibility initial consonants
for q,k in kind.items():
    if k=='choseong' and not re.search('[ㄱ-ㅎ]{2,}',qtext[q]): err('choseong '+q)
# ---- synonym words must not be in catalog
alltext=' '.join(' '.join(r.values()) for r in cat)
for w in ['하이타이','플래카드','새니타이저','마포','세스코','요양보호사','유밀과','전정','웹사이트','팜플렛','휴지']:
    if w in alltext: err('synonym word in catalog: '+w)
# ---- typo words must not be in catalog
for w in ['도시략','현수먹','손소독졔','케이더링','에코벡','홈패이지','소둑','쿠기','리플랫','디퓨져','블럭']:
    if w in alltext: err('typo word in catalog: '+w)
print('catalog products',len(cat),'enterprises',len(ent),'categories',len({r["분류"] for r in cat}))
print('kinds',dict(cnt)); print('qrels rows',len(qr),'grade2',sum(r['관련도']=='2' for r in qr),'grade1',sum(r['관련도']=='1' for r in qr))
if errs:
    print('ERRORS:'); [print(' -',e) for e in errs]; sys.exit(1)
print('ALL CHECKS PASSED')
