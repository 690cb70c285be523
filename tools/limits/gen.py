#!/usr/bin/env python3
"""Writes the pathological inputs of docs/reliability.md into a folder (deterministic; nothing is downloaded).

  gen.py DIR line10mb|jsonl1gb|feed1m|nested100k

line10mb   one 10 MB line of news-like prose (sentences, names, figures, quotes; no line break)
jsonl1gb   1 GiB of JSON Lines, 2 KB articles
feed1m     an RSS feed of 1,000,000 items
nested100k an HTML page of 100,000 nested <div> elements around an article
"""
import json
import random
import sys

WORDS = ("the mayor said that fourteen people were injured when the footbridge collapsed on Tuesday morning in "
         "Port Alcena according to officials police reported 12 dead and 3.5 million dollars of damage John Smith "
         "of the Harbour Post told reporters the council would meet on 5 May").split()


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 22))]
    text = " ".join(words)
    if rng.random() < 0.15:
        text = f'"{text}," said {rng.choice(["John Smith", "the mayor", "Maria Lopez"])}'
    return text[0].upper() + text[1:] + "."


def line10mb(path):
    rng = random.Random(1)
    size = 0
    with open(path, "w", encoding="utf-8") as f:
        while size < 10 * 1024 * 1024:
            s = sentence(rng) + " "
            f.write(s)
            size += len(s)


def jsonl1gb(path):
    rng = random.Random(2)
    size = 0
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        while size < 1024 ** 3:
            text = "\n\n".join(" ".join(sentence(rng) for _ in range(4)) for _ in range(5))
            record = {"id": f"r{n}", "title": sentence(rng)[:60], "outlet": f"Outlet {n % 50}",
                      "published": f"2025-05-{1 + n % 28:02d}T10:00:00Z", "text": f"Record {n}. " + text}
            line = json.dumps(record) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
            n += 1


def feed1m(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Big feed</title>\n')
        for n in range(1_000_000):
            f.write(f"<item><title>Item {n}</title><link>https://example.org/{n}</link>"
                    f"<description>Item {n} says the ferry ran late on day {n % 365}.</description></item>\n")
        f.write("</channel></rss>\n")


def nested100k(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("<!doctype html><html><head><title>Deep page</title></head><body>")
        f.write("<div>" * 100_000)
        f.write("<p>" + " ".join(sentence(random.Random(3)) for _ in range(20)) + "</p>")
        f.write("</div>" * 100_000)
        f.write("</body></html>")


if __name__ == "__main__":
    folder, what = sys.argv[1], sys.argv[2]
    names = {"line10mb": "line10mb.txt", "jsonl1gb": "big.jsonl", "feed1m": "big.rss", "nested100k": "nested.html"}
    globals()[what](f"{folder}/{names[what]}")
    print(f"{folder}/{names[what]}")
