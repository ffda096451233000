"""Writes an adversarial copy of the dev corpus: every labelled value is obfuscated
(4 in 5) the ways people dodge filters, and its span relabelled over the whole
obfuscated string, as the held-out adversarial split labels them.

    python3 tests/eval/make_adversarial.py SEED OUT_DIR/adversarial.jsonl [IN.jsonl]
    python3 ../shared/eval-dev/score.py --cmd "target/release/redaction-gateway scan --format jsonl" \
        --data OUT_DIR --splits adversarial --no-speed --show-misses 50

Obfuscations: zero-width characters and soft hyphens inside values, fullwidth
characters, NBSP/thin spaces, one character at a time with a space or a `-`/`.`
between, doubled spaces, separators dropped, e-mail `[at]`/`(dot)`/` at `/`<at>`/
`\u0040`/`&#64;`/`%40`/`＠`/` @ `, defanged IPs (`[.]`, `(.)`, `[dot]`, ` . `), Cyrillic
look-alike letters in names, upper/lower case. IN.jsonl (default: the dev corpus)
may be any labelled file, e.g. an unseen set (records with no span are left out, as
negative dev records are; score those with score_unseen.py). A measuring tool, not a test: some forms
(names spaced apart with no word gap) are beyond what any engine can read.
"""
import json, os, random, sys

DEV = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../shared/eval-dev/data/dev.jsonl')
random.seed(int(sys.argv[1]) if len(sys.argv)>1 else 7)
ZW=['\u200b','\u200c','\u200d','\u2060','\ufeff','\u00ad']
def fw(s): return ''.join(chr(ord(c)+0xFEE0) if '!'<=c<='~' else ('\u3000' if c==' ' else c) for c in s)
def fwdig(s): return ''.join(chr(ord(c)+0xFEE0) if c.isdigit() else c for c in s)
def zw(s):
    if len(s)<3: return s
    k=random.randint(1,3); l=list(s)
    for _ in range(k):
        p=random.randint(1,len(l)-1); l.insert(p,random.choice(ZW))
    return ''.join(l)
def nbsp(s): return s.replace(' ',random.choice(['\u00a0','\u202f','\u2009']))
def spaced(s): return ' '.join(c for c in s if c!=' ')
def dashed(s): return random.choice(['-','.']).join(c for c in s if c!=' ')
def email_obf(s):
    u,d=s.split('@',1)
    at=random.choice([' [at] ','[at]',' (at) ','(at)',' at ',' AT ','{at}',' <at> ','\\u0040','&#64;','%40','＠',' @ '])
    dot=random.choice([' [dot] ','[dot]',' (dot) ','(dot)',' dot ','.', '.', '{dot}'])
    if at in ('\\u0040','&#64;','%40','＠',' @ '): dot='.'
    return u+at+d.replace('.',dot)
def ip_obf(s):
    if ':' in s: return zw(s)
    return random.choice([s.replace('.','[.]'), s.replace('.','(.)'), s.replace('.',' . '), zw(s), fwdig(s), s.replace('.','[dot]')])
def digits_obf(s):
    return random.choice([zw, fwdig, nbsp, spaced, dashed, lambda x: x.replace(' ','  '), lambda x: ''.join(c for c in x if c not in ' -')])(s)
def word_obf(s):
    homo={'a':'а','e':'е','o':'о','p':'р','c':'с','x':'х','A':'А','E':'Е','O':'О','P':'Р','C':'С','T':'Т','H':'Н','K':'К','M':'М','B':'В'}
    def hg(x):
        idx=[i for i,c in enumerate(x) if c in homo]
        if not idx: return zw(x)
        i=random.choice(idx); return x[:i]+homo[x[i]]+x[i+1:]
    return random.choice([zw, hg, nbsp, fw, lambda x: x.upper(), spaced])(s)
OBF={'EMAIL':lambda s: random.choice([email_obf, email_obf, zw, fw])(s),
 'PHONE':digits_obf,'PAYMENT_CARD':digits_obf,'TICKET_NUMBER':digits_obf,'IBAN':lambda s: random.choice([zw,fw,nbsp,spaced,lambda x:x.lower(),lambda x:x.replace(' ','')])(s),
 'IP_ADDRESS':ip_obf,'PNR':lambda s: random.choice([zw,fw,spaced,dashed])(s),'PASSPORT':lambda s: random.choice([zw,fw,spaced])(s),
 'PERSON':word_obf,'ADDRESS':lambda s: random.choice([zw,nbsp,fwdig])(s),'GEO_COORDINATES':lambda s: random.choice([zw,nbsp,fwdig])(s),
 'SECRET':lambda s: random.choice([zw,fw])(s),'DATE_OF_BIRTH':lambda s: random.choice([zw,fwdig,nbsp])(s)}
out=open(sys.argv[2],'w')
n=0
for l in open(DEV):
    r=json.loads(l)
    if not r['spans']: continue
    b=r['text'].encode()
    spans=sorted(r['spans'],key=lambda s:s['start'])
    nb=b''; last=0; ns=[]
    for s in spans:
        nb+=b[last:s['start']]
        v=b[s['start']:s['end']].decode()
        o=OBF[s['entity']](v) if random.random()<0.8 else v
        st=len(nb); nb+=o.encode(); ns.append({'start':st,'end':len(nb),'entity':s['entity'],'value':o,'obfuscation':'x'})
        last=s['end']
    nb+=b[last:]
    r['text']=nb.decode(); r['spans']=ns; r['optional']=[]; r['split']='adversarial'; r['id']='adv-%06d'%n; n+=1
    out.write(json.dumps(r,ensure_ascii=False)+'\n')
