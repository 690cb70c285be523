"""The annotator's pen: resolves the few words an annotator names to UTF-16 offsets and writes a story's label file.

A story file (stories/<id>.py) builds one Story and calls write(). Spans are found by a context string (its
occ-th occurrence in the article) and an optional target inside it. Only ids, offsets, values, keys and at
most a few words of text (spans of 40 characters or fewer) reach the JSON.
"""
import json, os, re
from data import all_docs, utf16

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
LABELS = os.path.join(REPO, 'tests', 'Triangulate.Quality', 'RealStories', 'labels')
COUNTED = {'deaths', 'injured', 'missing', 'aboard', 'rescued', 'displaced', 'evacuated', 'arrested', 'charged',
           'released', 'affected', 'buildings', 'money', 'magnitude', 'depth', 'distance', 'area', 'votes',
           'percent', 'age', 'people', 'other'}
BOUNDS = {'exact', 'atLeast', 'moreThan', 'about', 'upTo', 'range'}
STEPS = {'update', 'contradiction', 'compatible'}
RELAY_KINDS = {'reported', 'quoted', 'told', 'excerpt'}
RELATIONS = {'same', 'different', 'conflicting'}
PRECISIONS = {'day': 10, 'month': 7, 'year': 4}
SHORT = 40


ABBREVIATIONS = {'mr', 'mrs', 'ms', 'dr', 'gen', 'sgt', 'lt', 'col', 'capt', 'maj', 'gov', 'sen', 'rep', 'st', 'jr', 'sr',
                 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'co', 'corp', 'inc', 'ltd', 'no',
                 'vs', 'ariz', 'calif', 'mass', 'snr', 'comr', 'inf', 'u.s', 'a.m', 'p.m', 'u.n', 'b.c', 'd.c', 'r-ky',
                 'r-colo', 'r-ala', 'd-calif', 'ark', 'okla', 'a. m', 'p. m', 'u. s', 'u. n'}
END = re.compile(r'[.!?]["\u201d\u2019\']?(?=\s|$)|\n')


def _sentence_end(t, pos):
    """End of the sentence running through pos: a full stop that ends no abbreviation or initial, or the line end."""
    while True:
        m = END.search(t, pos)
        if m is None:
            return len(t)
        if t[m.start()] == '\n':
            return m.start()
        if t[m.start()] == '.':
            word = re.search(r'([\w.\- ]{0,6})$', t[max(0, m.start() - 6):m.start()]).group(1)
            last = re.split(r'\s', word)[-1].lower()
            tail = t[max(0, m.start() - 4):m.start()].lower().lstrip()
            split_decimal = m.start() > 0 and t[m.start() - 1].isdigit() and t[m.end():m.end() + 2][:2].strip()[:1].isdigit()
            if last in ABBREVIATIONS or tail in ABBREVIATIONS or (len(last) == 1 and last.isalpha()) or split_decimal:
                pos = m.end()
                continue
        return m.end()


class Story:
    def __init__(self, story_id, split, dataset, articles, group=None):
        assert split in ('dev', 'dev2', 'test')
        docs = all_docs()
        for a in articles:
            assert a in docs, a
        self.id, self.split, self.dataset, self.group = story_id, split, dataset, group
        self.articles = list(articles)
        self.measurements, self.tracks, self.relays, self.pairs, self.events = [], [], [], [], []
        self._mids = {}

    # --- spans -------------------------------------------------------------------------------------------
    def _text(self, art):
        assert art in self.articles, f'{art} is not in story {self.id}'
        return all_docs()[art]['text']

    def span(self, art, ctx, target=None, occ=1):
        t = self._text(art)
        pos = -1
        for _ in range(occ):
            pos = t.find(ctx, pos + 1)
            if pos < 0:
                raise ValueError(f'{self.id}/{art}: context {ctx!r} occurrence {occ} not found')
        start, length = pos, len(ctx)
        if target is not None:
            inner = ctx.find(target)
            if inner < 0:
                raise ValueError(f'{self.id}/{art}: target {target!r} not in {ctx!r}')
            start, length = pos + inner, len(target)
        return self._out(art, t, start, length)

    def sent(self, art, ctx, occ=1, end=None):
        """The statement that begins at ctx and runs to the end of its sentence (or to `end`, included)."""
        t = self._text(art)
        s = self.span(art, ctx, occ=occ)
        start = s['_py']
        if end is not None:
            stop = t.find(end, start)
            if stop < 0:
                raise ValueError(f'{self.id}/{art}: end {end!r} not found after {ctx!r}')
            stop += len(end)
        else:
            stop = _sentence_end(t, start + len(ctx) - 1)
        return self._out(art, t, start, stop - start)

    def _out(self, art, t, start, length):
        return {'article': art, 'start': utf16(t, start), 'length': utf16(t, start + length) - utf16(t, start),
                '_py': start, '_text': t[start:start + length]}

    @staticmethod
    def _clean(s):
        d = {k: v for k, v in s.items() if not k.startswith('_')}
        if len(s['_text']) <= SHORT:
            d['text'] = s['_text']
        return d

    # --- labels --------------------------------------------------------------------------------------------
    def m(self, mid, art, ctx, value, counted, target=None, occ=1, bound='exact', value_max=None, noun=None,
          scope=None, source=None, as_of=None, implicit=False):
        assert counted in COUNTED, counted
        assert bound in BOUNDS, bound
        assert (bound == 'range') == (value_max is not None), mid
        assert mid not in self._mids, mid
        s = self.span(art, ctx, target, occ)
        rec = {'id': mid, **self._clean(s), 'value': value, 'bound': bound, 'counted': counted}
        if value_max is not None:
            rec['valueMax'] = value_max
        rec.update({'noun': noun, 'scope': scope, 'source': source, 'asOf': as_of})
        if implicit:
            rec['implicit'] = True
        self._mids[mid] = rec
        self.measurements.append(rec)
        return mid

    def track(self, tid, steps):
        """steps: [(measurement ids, step call or None for the first), ...] in as-of order."""
        first = self._mids[steps[0][0][0]]
        counted, scope = first['counted'], first['scope']
        out = []
        for i, (mids, call) in enumerate(steps):
            assert (call is None) == (i == 0), (tid, i)
            assert call is None or call in STEPS, call
            for x in mids:
                r = self._mids[x]
                assert r['counted'] == counted and r['scope'] == scope, (tid, x)
            r = self._mids[mids[0]]
            step = {'measurements': list(mids), 'value': r['value'], 'bound': r['bound'], 'step': call}
            if 'valueMax' in r:
                step['valueMax'] = r['valueMax']
            out.append(step)
        conflict = any(s['step'] in ('update', 'contradiction') for s in out)
        self.tracks.append({'id': tid, 'counted': counted, 'scope': scope, 'steps': out, 'conflict': conflict})

    def relay(self, art, ctx, outlet, kind, target=None, occ=1):
        assert kind in RELAY_KINDS, kind
        s = self.span(art, ctx, target, occ)
        self.relays.append({'outlet': outlet, 'kind': kind, **self._clean(s)})

    def relay_ambiguous(self, art, ctx, outlet, target=None, occ=1):
        """A citation that may be the article's own outlet citing itself: a predicted relay here is not scored."""
        s = self.span(art, ctx, target, occ)
        self.relays.append({'outlet': outlet, 'kind': 'ambiguous', **self._clean(s)})

    def pair(self, a, b, relation, note=None, independent=True):
        """independent=False: the two statements come from one lineage (a copy or a relay of the other's outlet),
        so even a `same` pair must not be called corroborated."""
        assert relation in RELATIONS, relation
        assert a['article'] != b['article'], 'a claim pair spans two articles'
        rec = {'a': {k: v for k, v in a.items() if not k.startswith('_')},
               'b': {k: v for k, v in b.items() if not k.startswith('_')}, 'relation': relation}
        if not independent:
            rec['independent'] = False
        if note:
            assert len(note) <= 60
            rec['note'] = note
        self.pairs.append(rec)

    def event(self, key, art, ctx, date, target=None, occ=1, clause=None, speaker=None):
        """A dated event: `key` names the event (the same key across articles means the same event), the span
        is the date expression, `clause` (a context string) the short clause it dates."""
        precision = {10: 'day', 7: 'month', 4: 'year'}[len(date)]
        s = self.span(art, ctx, target, occ)
        rec = {'event': key, **self._clean(s), 'date': date, 'precision': precision, 'speaker': speaker}
        if clause is not None:
            c = self.span(art, clause)
            rec['clause'] = {'start': c['start'], 'length': c['length']}
        self.events.append(rec)

    # --- output --------------------------------------------------------------------------------------------
    def write(self):
        used = {x for t in self.tracks for s in t['steps'] for x in s['measurements']}
        keys = {(r['counted'], r['scope']) for r in self.measurements if r['id'] in used}
        assert len(keys) == len(self.tracks), f'{self.id}: two tracks share a (counted, scope)'
        loose = [r['id'] for r in self.measurements if r['id'] not in used and r['counted'] not in ('age', 'other', 'people')
                 and (r['counted'], r['scope']) in keys]
        assert not loose, f'{self.id}: measurements of a track left out of it: {loose}'
        doc = {'story': self.id, 'split': self.split, 'dataset': self.dataset, 'group': self.group,
               'articles': self.articles, 'measurements': self.measurements, 'tracks': self.tracks,
               'relays': self.relays, 'claims': self.pairs, 'timeline': self.events}
        folder = os.path.join(LABELS, self.split)
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, self.id + '.json')
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print(f'{path}: {len(self.articles)} articles, {len(self.measurements)} measurements, {len(self.tracks)} tracks '
              f'({sum(t["conflict"] for t in self.tracks)} conflicts), {len(self.relays)} relays, {len(self.pairs)} pairs, '
              f'{len(self.events)} events')
