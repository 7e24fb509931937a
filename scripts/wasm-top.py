#!/usr/bin/env python3
"""Prints the biggest functions of a wasm file (needs its name section), grouped by crate."""
import sys, collections, re

def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1; r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, i

def main(path, top=25):
    b = open(path, 'rb').read(); i = 8; sections = {}; names = {}; nimports = 0
    while i < len(b):
        sid = b[i]; i += 1; size, i = leb(b, i); sections.setdefault(sid, []).append((i, size)); i += size
    for start, size in sections.get(2, []):  # imports: count function imports
        n, j = leb(b, start)
        for _ in range(n):
            l, j = leb(b, j); j += l; l, j = leb(b, j); j += l; kind = b[j]; j += 1
            if kind == 0: _, j = leb(b, j); nimports += 1
            elif kind == 1: j += 1; fl, j = leb(b, j); _, j = leb(b, j); j = leb(b, j)[1] if fl & 1 else j
            elif kind == 2: fl, j = leb(b, j); _, j = leb(b, j); j = leb(b, j)[1] if fl & 1 else j
            elif kind == 3: j += 2
    for start, size in sections.get(0, []):
        l, j = leb(b, start); nm = b[j:j+l].decode(); j += l
        if nm != 'name': continue
        end = start + size
        while j < end:
            sub = b[j]; j += 1; sz, j = leb(b, j)
            if sub == 1:
                n, k = leb(b, j)
                for _ in range(n):
                    idx, k = leb(b, k); l, k = leb(b, k); names[idx] = b[k:k+l].decode('utf8', 'replace'); k += l
            j += sz
    sizes = []
    for start, size in sections.get(10, []):
        n, j = leb(b, start)
        for f in range(n):
            sz, k = leb(b, j); sizes.append((sz, names.get(nimports + f, f'func{nimports+f}'))); j = k + sz
    total = sum(s for s, _ in sizes)
    data = sum(s for _, s in sections.get(11, []))
    print(f'code {total} B in {len(sizes)} functions, data {data} B')
    by = collections.Counter()
    for s, n in sizes:
        m = re.match(r'_ZN\d+(?:_\$LT\$)?([a-z_][a-z0-9_]*)', n) or re.search(r'Cs[0-9a-zA-Z]+_\d+([a-z_][a-z0-9_]*)', n)
        by[m.group(1) if m else n.split('(')[0][:30]] += s
    for k, v in by.most_common(top): print(f'{v:9d}  {k}')
    print('--- biggest functions')
    for s, n in sorted(sizes, reverse=True)[:top]: print(f'{s:9d}  {n[:150]}')

main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25)
