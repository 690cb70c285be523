"""Deterministic choice of the articles labelled per ECB+ sub-topic: rank by figure and relay cues, keep the top K."""
import json, re, sys, collections
DATA = '/work/shared/data/stories/'
NUM = re.compile(r"\b\d[\d,.]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?)\b", re.I)
RELAY = re.compile(r"according to|reported|\btold\b|news agency|quoted", re.I)
def score(text):
    return len(NUM.findall(text)) + 2 * len(RELAY.findall(text))
def ecb_docs():
    by = collections.defaultdict(list)
    for i, l in enumerate(open(DATA + 'ecbplus.jsonl')):
        d = json.loads(l); d['_order'] = i; by[d['subtopic']].append(d)
    return by
def choose(docs, k=4, min_chars=300, max_chars=4500):
    pool = [d for d in docs if min_chars <= len(d['text']) <= max_chars] or docs
    ranked = sorted(pool, key=lambda d: (-score(d['text']), d['_order']))
    return sorted(ranked[:k], key=lambda d: d['_order'])
if __name__ == '__main__':
    by = ecb_docs()
    for st in sys.argv[1:]:
        ch = choose(by[st])
        print(st, by[st][0]['split'], [(d['id'], len(d['text']), score(d['text'])) for d in ch], sum(len(d['text']) for d in ch))
