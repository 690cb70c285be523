"""Times readability-lxml on every benchmark page: parse + extract, one process."""
import gzip
import os
import sys
import time

from readability import Document

data_dir, rounds = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1
pages = []
for name in sorted(os.listdir(os.path.join(data_dir, "html"))):
    with open(os.path.join(data_dir, "html", name), encoding="utf-8") as f:
        pages.append(f.read())
for name in sorted(os.listdir(os.path.join(data_dir, "l3s-gn1", "html"))):
    with gzip.open(os.path.join(data_dir, "l3s-gn1", "html", name), "rt", encoding="utf-8") as f:
        pages.append(f.read())
size = sum(len(p.encode("utf-8")) for p in pages)
for r in range(1, rounds + 1):
    start = time.perf_counter()
    cpu0 = time.process_time()
    chars = 0
    for html in pages:
        chars += len(Document(html).summary(html_partial=True))
    s = time.perf_counter() - start
    cpu = time.process_time() - cpu0
    print(f"readability-lxml round {r}: {len(pages)} pages, {size / 1e6:.1f} MB in {s:.2f} s = {len(pages) / s:.1f} pages/s, {size / 1e6 / s:.2f} MB/s ({chars} chars out); CPU {cpu:.2f} s = {len(pages) / cpu:.1f} pages per CPU-second")
