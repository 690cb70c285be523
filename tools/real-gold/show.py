"""Shows articles with the character offset of every line: python3 show.py ID [ID...]"""
import sys
from data import all_docs
for doc_id in sys.argv[1:]:
    d = all_docs()[doc_id]
    print(f"===== {doc_id}  set={d['set']} split={d.get('split')} date={d.get('date')} source={d.get('source')} url={d.get('url')}")
    pos = 0
    for line in d['text'].split('\n'):
        print(f"{pos:5d}| {line}")
        pos += len(line) + 1
