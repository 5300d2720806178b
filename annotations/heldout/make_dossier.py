"""Write the held-out dossier files from FNC-1 train bodies (stdlib only).

Run once: python3 annotations/heldout/make_dossier.py
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dossier")
BODIES = "/work/shared/fnc1/train_bodies.csv"
STORIES = {
    "nicaragua-meteorite": ["0", "9", "173", "217", "601", "767"],
    "teen-72m-stocks": ["365", "1184", "1563", "1781", "2052", "2407"],
}


def first_sentence(text):
    line = text.strip().split("\n")[0].strip()
    m = re.match(r"(.+?[.!?])(\s|$)", line)
    s = m.group(1) if m else line
    return s[:100].rstrip()


def main():
    with open(BODIES, encoding="utf-8", newline="") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    os.makedirs(OUT, exist_ok=True)
    for slug, ids in STORIES.items():
        for bid in ids:
            body = bodies[bid]
            head = ("---\n"
                    "title: %s\n"
                    "outlet: unknown (FNC-1 train body %s)\n"
                    "url: fnc1:train/%s\n"
                    "---\n\n") % (first_sentence(body), bid, bid)
            path = os.path.join(OUT, "%s_%s.txt" % (slug, bid))
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(head + body)
            print(path, len(body.split()))


if __name__ == "__main__":
    main()
