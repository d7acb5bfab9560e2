import csv, random
random.seed(20250611)
rows=[]; ent=None; used=set()
def brn():
    while True:
        a=random.randint(101,699); b=random.choice([80,81,82,86,87,89,90,11,12,13,14,15]); c=random.randint(10000,99999)
        s=f"{a}-{b:02d}-{c}"
        if s not in used: used.add(s); return s
n=0
for line in open('catalog_data.txt',encoding='utf-8'):
    line=line.rstrip('\n')
    if not line.strip(): continue
    if line.startswith('@'):
        name,typ,addr=line[1:].split('|'); ent=(name,typ,brn(),addr); continue
    f=line.split('|'); assert len(f)==6,line
    n+=1
    rows.append([f"G{n:04d}",ent[0],ent[1],ent[2],f[0],f[1],f[2],int(f[3]),f[4],f[5],ent[3]])
names=[r[4] for r in rows]
dup={x for x in names if names.count(x)>1}
assert not dup, dup
with open('../catalog.csv','w',encoding='utf-8',newline='') as fo:
    w=csv.writer(fo); w.writerow('제품코드,기업명,기업유형,사업자등록번호,제품명,분류,규격,단가,단위,설명,주소'.split(','))
    w.writerows(rows)
print(len(rows), len({r[1] for r in rows}))
from collections import Counter
print(Counter(r[5] for r in rows))
print(Counter(r[2] for r in {(r[1],r[2]) for r in rows} and [ [0,0,x[1]] for x in {(r[1],r[2]) for r in rows}]))
