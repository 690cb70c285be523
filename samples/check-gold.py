#!/usr/bin/env python3
"""Self-check for samples/demo-gold.json (stdlib only).

Verifies that every file named in the gold exists (and every '#N' item index is in range), that
every quoted snippet in the gold occurs verbatim in the article it names, and that entity names,
titles and outlets can be found where the gold says they are. Exit code 0 = pass, 1 = failures.

Run from anywhere:  python3 samples/check-gold.py
"""
import html
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "demo")
GOLD = os.path.join(HERE, "demo-gold.json")
MAX_CORPUS_BYTES = 200 * 1024
TAG = re.compile(r"<[^>]+>")
WS = re.compile(r"\s+")
CONTENT_NS = "{http://purl.org/rss/1.0/modules/content/}encoded"

failures = []
checked = [0]


def fail(msg):
    failures.append(msg)


def norm(s):
    # Line wrapping and indentation differ between formats; everything else must match exactly.
    return WS.sub(" ", s).strip()


def html_views(raw):
    """The raw markup, the entity-decoded markup and the tag-stripped text, all whitespace-normalised."""
    return [norm(raw), norm(html.unescape(raw)), norm(html.unescape(TAG.sub(" ", raw)))]


def split_ref(ref):
    name, _, idx = ref.partition("#")
    return name, (int(idx) if idx else None)


_cache = {}


def haystacks(ref):
    """All text views of one referenced article (or None if the ref cannot be resolved)."""
    if ref in _cache:
        return _cache[ref]
    name, idx = split_ref(ref)
    path = os.path.join(CORPUS, name)
    views = None
    if not os.path.isfile(path):
        fail(f"{ref}: file does not exist")
    elif idx is None:
        raw = open(path, encoding="utf-8", errors="replace").read()
        views = html_views(raw) if name.endswith((".html", ".htm")) else [norm(raw)]
    elif name.endswith(".jsonl"):
        lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip()]
        if idx >= len(lines):
            fail(f"{ref}: only {len(lines)} lines")
        else:
            row = json.loads(lines[idx])
            views = []
            for v in row.values():
                if isinstance(v, str):
                    views.extend(html_views(v))
    elif name.endswith(".xml"):
        items = ET.parse(path).getroot().findall("./channel/item")
        if idx >= len(items):
            fail(f"{ref}: only {len(items)} items")
        else:
            views = []
            for child in items[idx]:
                if child.text:
                    views.extend(html_views(child.text))
    else:
        fail(f"{ref}: item index on a file that is neither .jsonl nor .xml")
    _cache[ref] = views
    return views


def occurs(ref, snippet):
    views = haystacks(ref)
    if views is None:
        return True  # already reported as a missing file/item
    n = norm(snippet)
    return any(n in v for v in views)


def expect(ref, snippet, what):
    if snippet is not None:
        checked[0] += 1
    if snippet is not None and not occurs(ref, snippet):
        fail(f"{ref}: {what} not found verbatim: {snippet!r}")


SNIPPET_KEYS = ("text", "expression", "speakerText")


def walk(node, path):
    """Checks every {ref, text|expression|speakerText} pair anywhere in the gold."""
    if isinstance(node, dict):
        ref = node.get("ref")
        if isinstance(ref, str) and path[:1] != ["articles"]:
            for key in SNIPPET_KEYS:
                if isinstance(node.get(key), str):
                    expect(ref, node[key], f"{'/'.join(path)}.{key}")
        for k, v in node.items():
            walk(v, path + [k])
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk(v, path + [str(i)])


def check_articles(gold):
    for a in gold["articles"]:
        ref = a["ref"]
        expect(ref, a.get("title"), "title")
        if a.get("outlet"):
            # The outlet may sit outside the item (an RSS channel title), so search the whole file.
            whole = split_ref(ref)[0]
            if not occurs(whole, a["outlet"]) and not occurs(ref, a["outlet"]):
                fail(f"{ref}: outlet {a['outlet']!r} not found in file")
        expect(ref, a.get("byline"), "byline")
        for r in a.get("removed", []):
            expect(ref, r["text"], f"removed[{r['kind']}]")
        for k in a.get("kept", []):
            expect(ref, k, "kept")


def check_entities(gold):
    for e in gold["entities"]:
        forms = [e["name"]] + e.get("variants", [])
        for f in forms:
            if not any(occurs(r, f) for r in e["refs"]):
                fail(f"entity {e['name']}: form {f!r} occurs in none of its refs")
        for r in e["refs"]:
            if not any(occurs(r, f) for f in forms):
                fail(f"entity {e['name']}: no form of it occurs in {r}")


def check_lineages(gold):
    for g in gold["lineages"]["groups"]:
        for p in g.get("sharedPassages", []):
            for r in p["refs"]:
                expect(r, p["text"], f"lineage {g['id']} shared passage")


def check_coverage(gold):
    """Every corpus file is described in the gold, and every ref in groups resolves."""
    described = {split_ref(a["ref"])[0] for a in gold["articles"]}
    described |= {split_ref(d["ref"])[0] for d in gold["diagnostics"]}
    on_disk = set(os.listdir(CORPUS))
    for name in sorted(on_disk - described):
        fail(f"{name}: in samples/demo but not in the gold")
    refs = [r for s in gold["stories"] for r in s["refs"]]
    refs += [r for g in gold["lineages"]["groups"] for r in g["refs"]] + gold["lineages"]["independent"]
    for r in refs:
        haystacks(r)
    total = sum(os.path.getsize(os.path.join(CORPUS, n)) for n in on_disk)
    if total >= MAX_CORPUS_BYTES:
        fail(f"corpus is {total} bytes, limit {MAX_CORPUS_BYTES}")
    for d in gold["diagnostics"]:
        if d["code"] == "TRI1003":
            data = open(os.path.join(CORPUS, split_ref(d["ref"])[0]), "rb").read()
            if b"\x00" not in data:
                fail(f"{d['ref']}: expected binary content (NUL bytes) for TRI1003")
    return total


def main():
    gold = json.load(open(GOLD, encoding="utf-8"))
    total = check_coverage(gold)
    check_articles(gold)
    check_entities(gold)
    check_lineages(gold)
    walk(gold, [])
    for f in failures:
        print("FAIL", f)
    n_refs = len(_cache)
    print(f"{'FAILED' if failures else 'OK'}: {len(failures)} problem(s); {n_refs} refs resolved; {checked[0]} snippets checked; corpus {total} bytes")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
