"""Reads the story sets of ../shared/data/stories by id (ECB+ document ids, BASIL ids)."""
import json, functools
DATA = '/work/shared/data/stories/'

@functools.lru_cache(maxsize=None)
def all_docs():
    docs = {}
    for line in open(DATA + 'ecbplus.jsonl', encoding='utf-8'):
        d = json.loads(line); d['set'] = 'ecbplus'; docs[d['id']] = d
    for line in open(DATA + 'basil.jsonl', encoding='utf-8'):
        d = json.loads(line); d['set'] = 'basil'; docs[d['id']] = d
    return docs

def text(doc_id):
    return all_docs()[doc_id]['text']

def utf16(s, i):
    """UTF-16 offset of Python index i in s."""
    return len(s[:i].encode('utf-16-le')) // 2
