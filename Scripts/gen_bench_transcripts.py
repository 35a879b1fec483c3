#!/usr/bin/env python3
"""Writes the benchmark interview transcripts: 200 plain-text files, about 20 MB in all.

Deterministic (seeded). Each file is one semi-structured interview in the style Quire's
plain-transcript importer reads: a short preamble, then speaker turns opened by a timestamp and a
label (`[00:12:31] Interviewer: …`, `[00:12:40] J Dale: …`), the participant's longer turns often
hard-wrapped over several lines and sometimes split into blank-line paragraphs. The words come
from the vocabulary of `gen_bench_corpus.py`; about 10% of the turns carry a codebook term (some
as a hashtag or beside a mention or a link, as teachers quote them).

The text holds no `:` after the label, no brackets and no double spaces, so a wrapped line can
never be read as a new turn.

    python3 Scripts/gen_bench_transcripts.py --out bench/transcripts
"""
import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_bench_corpus as corpus  # noqa: E402  (the vocabulary the tweets are made of)

FIRST = ["Rachel", "Tom", "Ana Sofía", "Priya", "Gareth", "Chloé", "Dmitri", "Aisha", "Ben", "Mared", "Jun",
         "Fatima", "Owen", "Zofia", "Kwame", "Lena", "Siân", "Marco", "Yusuf", "Ruth"]
LAST = ["Adeyemi", "Whitfield", "Ruiz", "Harper", "Pryce", "Okoro", "Dale", "Nakamura", "Kowalski", "Jones",
        "Müller", "Okafor", "Evans", "Novak", "Mensah", "Lindqvist", "Haddad", "Rossi", "Byrne", "O'Neill"]
QUESTIONS = ["how did that start for you", "what happened next", "can you say more about that",
             "who did you talk to then", "how did the school see it", "what changed after that",
             "why do you think that was", "and how did that feel at the time"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def sentence(rng, words):
    n = rng.randint(6, 18)
    w = [rng.choice(words) for _ in range(n)]
    if rng.random() < 0.3:
        w.insert(rng.randrange(1, n), w.pop() + ",")
    w[0] = w[0][:1].upper() + w[0][1:]
    return " ".join(w) + rng.choice([".", ".", ".", "?", " …"])


def with_term(rng, text):
    """Puts a codebook term into a turn (sometimes with a mention or a link beside it)."""
    words = text.split(" ")
    term = rng.choice(corpus.CODEBOOK_TERMS + corpus.OTHER)
    r = rng.random()
    if r < 0.1:
        term += " @user%d" % rng.randrange(5000)
    elif r < 0.15:
        term += " https://example.org/blog/%d" % rng.randrange(10000)
    words.insert(rng.randrange(len(words)), term)
    return " ".join(words)


def wrap(text, width):
    lines, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        lines.append(cur)
    return lines


def clock(seconds):
    return "%02d:%02d:%02d" % (seconds // 3600, seconds // 60 % 60, seconds % 60)


def interview(rng, number, target_bytes):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    label = rng.choice([first + " " + last, first[0] + " " + last, first])
    asker = rng.choice(["Interviewer", "Interviewer", "Interviewer", "Researcher"])
    out = ["Interview %d — %s %s" % (number, first, last),
           "Recorded %d %s %d, online" % (rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2018, 2024)),
           "Transcribed by the research team; names of third parties changed.", ""]
    t = rng.randint(3, 20)
    size = sum(len(x.encode()) + 1 for x in out)
    words = corpus.WORDS
    while size < target_bytes:
        q = rng.choice(QUESTIONS)
        q = q[0].upper() + q[1:] + "?"
        if rng.random() < 0.3:
            q = sentence(rng, words) + " " + q
        if rng.random() < 0.05:
            q = with_term(rng, q)
        turns = [(asker, q)]
        paragraphs = [" ".join(sentence(rng, words) for _ in range(rng.randint(2, 7)))
                      for _ in range(rng.choice([1, 1, 1, 2, 3]))]
        if rng.random() < 0.14:
            k = rng.randrange(len(paragraphs))
            paragraphs[k] = with_term(rng, paragraphs[k])
        turns.append((label, paragraphs))
        for who, body in turns:
            lines = []
            if isinstance(body, str):
                lines.append("[%s] %s: %s" % (clock(t), who, body))
            else:
                wrapped = rng.random() < 0.4
                for i, para in enumerate(body):
                    if i:
                        lines.append("")
                    parts = wrap(para, rng.randint(64, 90)) if wrapped else [para]
                    if i == 0:
                        parts[0] = "[%s] %s: %s" % (clock(t), who, parts[0])
                    lines += parts
            lines.append("")
            t += rng.randint(5, 90)
            out += lines
            size += sum(len(x.encode()) + 1 for x in lines)
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--bytes", type=int, default=20_000_000, help="about this many bytes in all")
    ap.add_argument("--out", default="bench/transcripts")
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    total = 0
    for n in range(1, a.files + 1):
        text = interview(rng, n, a.bytes // a.files)
        path = os.path.join(a.out, "interview-%03d.txt" % n)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        total += len(text.encode())
    print("wrote %d transcripts to %s, %d bytes" % (a.files, a.out, total))


if __name__ == "__main__":
    main()
