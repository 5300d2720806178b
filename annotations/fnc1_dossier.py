"""Write a dossier of FNC-1 bodies as article files (stdlib only), for the gold sets on other stories.

Each file: a small YAML front matter (title = the body's first sentence cut to 100 characters,
outlet and url naming the FNC-1 body), a blank line, then the body unchanged, written with
newline="" so quotes in the gold files match character for character.
"""
import csv
import os
import re

FNC1 = "/work/shared/fnc1"
FILES = {"train": "train_bodies.csv", "test": "competition_test_bodies.csv"}


def first_sentence(text):
    line = text.strip().split("\n")[0].strip()
    m = re.match(r"(.+?[.!?])(\s|$)", line)
    s = m.group(1) if m else line
    return s[:100].rstrip()


def yaml_quote(s):
    """YAML double-quoted scalar: escape backslashes and double quotes."""
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')


def write_dossier(folder, part, stories, quote_titles=False):
    """Write `stories` ({slug: [Body ID, ...]}) from FNC-1 `part` ("train" or "test") into folder/dossier."""
    with open(os.path.join(FNC1, FILES[part]), encoding="utf-8", newline="") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    out = os.path.join(folder, "dossier")
    os.makedirs(out, exist_ok=True)
    for slug, ids in stories.items():
        for bid in ids:
            body = bodies[bid]
            title = first_sentence(body)
            head = ("---\n"
                    "title: %s\n"
                    "outlet: unknown (FNC-1 %s body %s)\n"
                    "url: fnc1:%s/%s\n"
                    "---\n\n") % (yaml_quote(title) if quote_titles else title, part, bid, part, bid)
            path = os.path.join(out, "%s_%s.txt" % (slug, bid))
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(head + body)
            print(path, len(body.split()))
