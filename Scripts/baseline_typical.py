#!/usr/bin/env python3
"""Benchmark baseline (a): the script a researcher typically writes for Quire's coding job.

Standard library `json` and `re` only (and PyYAML for the codebook): load the whole archive
with `json.loads`, then for every tweet and every theme try the theme's rules one by one, each
pattern a compiled regular expression searched in the tweet. No shared index, no prefilter.
It follows DESIGN §4 exactly as `quire code` does, so its per-theme counts are Quire's: tokens
are runs of letters, digits and marks, found with hashtags, mentions and links in one scan;
each pattern's regex runs over the tweet's word tokens written as one line (a token inside a
mention or a link written as a character no pattern matches, so it keeps its place).

    python3 Scripts/baseline_typical.py --codebook CB.yml --archive ARCHIVE_DIR --out pairs.csv
    python3 Scripts/baseline_typical.py --codebook CB.yml --transcripts DIR --out pairs.csv

Transcripts: each `[hh:mm:ss] Name: …` line opens a turn that runs to the next one (the style of
the benchmark transcripts); the unit is `stem:line`. Prints the per-theme counts as `quire code`
does, and `TIMING read=… code=… write=…` on stderr.
"""
import argparse
import json
import os
import re
import sys
import time
import unicodedata


def char_class(categories):
    """A regex class body of the code points whose general category starts with one of these."""
    ranges, start = [], None
    for c in range(0x110001):
        inside = c < 0x110000 and unicodedata.category(chr(c))[0] in categories
        if inside and start is None:
            start = c
        elif not inside and start is not None:
            ranges.append("\\U%08x-\\U%08x" % (start, c - 1))
            start = None
    return "".join(ranges)


TOKEN_CHARS = char_class("LNM")  # letters, digits and marks: what tokens are made of
LETTERS_DIGITS = char_class("LN")  # what a mention's tokens are made of
WHITE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
        "\u2028\u2029\u202f\u205f\u3000"  # Unicode White_Space: where a link ends
SPACES = re.escape(WHITE)
TRIM = "".join(chr(c) for c in range(0x110000) if unicodedata.category(chr(c))[0] == "Z") + "\t\n\x0b\x0c\r\x85"

SCAN = re.compile(
    "(?P<url>(?:https?://|www\\.)[^%s]*)" % SPACES
    + "|(?P<mention>(?<![%s])@[%s_]+)" % (LETTERS_DIGITS, LETTERS_DIGITS)
    + "|(?P<hashtag>#[%s_]+)" % TOKEN_CHARS
    + "|(?P<word>(?:(?!https?://|www\\.)[%s])+)" % TOKEN_CHARS)
TOKEN = re.compile("[%s]+" % TOKEN_CHARS)
LD_TOKEN = re.compile("[%s]+" % LETTERS_DIGITS)


def lower(s):
    # Scalar by scalar, as Swift does: no final-sigma rule.
    return "".join(c.lower() for c in s) if "\u03a3" in s else s.lower()


def fold(s, diacritics):
    s = lower(s)
    if diacritics and not s.isascii():
        d = unicodedata.normalize("NFD", s)
        s = unicodedata.normalize("NFC", "".join(c for c in d if unicodedata.category(c) != "Mn"))
    return s


def tokenize(text, diacritics):
    """Tokens as (text, kind, start, end) and hashtags/mentions as (kind, body, first, last)."""
    tokens, structures = [], []
    for m in SCAN.finditer(text):
        kind = m.lastgroup
        if kind == "word":
            tokens.append((fold(m.group(), diacritics), "word", m.start(), m.end()))
            continue
        first = len(tokens)
        if kind == "url":
            parts = TOKEN.finditer(text, m.start(), m.end())
        elif kind == "mention":
            parts = LD_TOKEN.finditer(text, m.start() + 1, m.end())
        else:
            parts = TOKEN.finditer(text, m.start() + 1, m.end())
        for p in parts:
            tokens.append((fold(p.group(), diacritics), kind, p.start(), p.end()))
        if kind != "url":
            structures.append((kind, fold(m.group()[1:], diacritics), first, max(first, len(tokens) - 1)))
    return tokens, structures


class Unit:
    def __init__(self, text, speaker, interviewer, kind, author, diacritics):
        self.text = text
        self.speaker = speaker
        self.interviewer = interviewer
        self.kind = kind
        self.author = author
        self.tokens, self.structures = tokenize(text, diacritics)
        # The word tokens on one line; a token of a mention or a link is "\x00".
        self.line = " ".join(t[0] if t[1] in ("word", "hashtag") else "\x00" for t in self.tokens)


class Pattern:
    """A word, phrase, hashtag, mention or regex pattern; `matches(unit)` gives (first, last)
    token positions of each match."""

    def __init__(self, raw, diacritics, regex=False, case_sensitive=False):
        if regex:
            self.kind = "regex"
            try:
                self.regex = re.compile(raw, 0 if case_sensitive else re.IGNORECASE)
            except re.error as e:
                sys.exit("regex %r: Python's re cannot read it (%s)" % (raw, e))
            return
        p = unicodedata.normalize("NFC", raw.strip(TRIM))
        if p[:1] in ("#", "@"):
            self.kind = "hashtag" if p[0] == "#" else "mention"
            self.prefix = p.endswith("*")
            self.body = fold(p[1:-1] if self.prefix else p[1:], diacritics)
            return
        self.kind = "phrase"
        words = []
        for m in re.finditer("([%s]+)(\\*?)" % TOKEN_CHARS, p):
            w = re.escape(fold(m.group(1), diacritics))
            words.append(w + "[^ ]*" if m.group(2) else w)
        self.length = len(words)
        # The phrase ending at a token's end; where it starts is checked in `matches`.
        self.regex = re.compile("%s(?![^ ])" % " ".join(words))

    def matches(self, unit):
        if self.kind == "phrase":
            # Every start of the phrase at a token's start (overlapping ones too).
            out, line, pos = [], unit.line, 0
            while pos <= len(line):
                m = self.regex.search(line, pos)
                if not m:
                    return out
                start = m.start()
                if start == 0 or line[start - 1] == " ":
                    k = line.count(" ", 0, start)
                    out.append((k, k + self.length - 1))
                pos = start + 1
            return out
        if self.kind in ("hashtag", "mention"):
            return [(first, last) for kind, body, first, last in unit.structures
                    if kind == self.kind and (body.startswith(self.body) if self.prefix else body == self.body)]
        out = []
        for m in self.regex.finditer(unit.text):
            a, b = m.span()
            if a == b:
                continue
            inside = [k for k, t in enumerate(unit.tokens) if t[3] > a and t[2] < b]
            if inside:
                out.append((inside[0], inside[-1]))
            else:
                after = [k for k, t in enumerate(unit.tokens) if t[2] >= b]
                k = after[0] if after else len(unit.tokens)
                out.append((k, k))
        return out


class Theme:
    def __init__(self, spec, depth, diacritics):
        self.name = spec["name"].strip(" \t")
        self.key = spec.get("key") or derived_key(self.name)
        self.depth = depth
        speaker = spec.get("speaker")
        if isinstance(speaker, str):
            speaker = [speaker]
        self.participants = speaker == ["participants"]
        self.names = None if speaker is None or self.participants else [lower(s) for s in speaker]
        kinds = spec.get("source_kind")
        if isinstance(kinds, str):
            kinds = [kinds]
        self.kinds = None if kinds is None else [{"tweet": "tweets", "web page": "web_page"}.get(k, k) for k in kinds]
        self.min_hits = int(spec.get("min_hits", "1"))
        self.rules = []
        for r in spec.get("rules") or []:
            if isinstance(r, str):
                r = {"any": [r]}
            kind = [k for k in r if k in ("any", "all", "near", "regex", "not")][0]
            if kind == "regex":
                items = [[Pattern(r["regex"], diacritics, True, r.get("case_sensitive", "false").lower() in
                                  ("true", "yes", "on"))]]
            else:
                value = r[kind] if isinstance(r[kind], list) else [r[kind]]
                items = [self.alternatives(i, diacritics) for i in value]
            self.rules.append((kind, items, int(r.get("within", "0"))))

    def alternatives(self, item, diacritics):
        if isinstance(item, list):
            return [p for i in item for p in self.alternatives(i, diacritics)]
        if isinstance(item, dict):
            cs = item.get("case_sensitive", "false").lower() in ("true", "yes", "on")
            return [Pattern(item["regex"], diacritics, True, cs)]
        return [Pattern(item, diacritics)]

    def applies(self, unit):
        if self.kinds is not None and unit.kind not in self.kinds:
            return False
        if self.participants and unit.interviewer:
            return False
        if self.names is not None:
            ok = unit.speaker is not None and lower(unit.speaker) in self.names
            if not ok and unit.author is not None:
                name, handle = lower(unit.author[0]), lower(unit.author[1])
                ok = name in self.names or handle in self.names or "@" + handle in self.names
            if not ok:
                return False
        fired = False
        for kind, items, within in self.rules:
            if kind == "not":
                continue
            if kind in ("any", "regex"):
                fired = any(p.matches(unit) for item in items for p in item)
            elif kind == "all":
                fired = all(any(p.matches(unit) for p in item) for item in items)
            elif kind == "near" and len(items) == 2:
                a = [m for p in items[0] for m in p.matches(unit)]
                b = [m for p in items[1] for m in p.matches(unit)]
                fired = any(distance(x, y) <= within for x in a for y in b)
            if fired:
                break
        if not fired:
            return False
        for kind, items, within in self.rules:
            if kind == "not" and any(p.matches(unit) for item in items for p in item):
                return False
        if self.min_hits > 1:
            positions = set()
            for kind, items, within in self.rules:
                if kind != "not":
                    for item in items:
                        for p in item:
                            positions.update(m[0] for m in p.matches(unit))
            if len(positions) < self.min_hits:
                return False
        return True


def distance(a, b):
    if a[1] < b[0]:
        return b[0] - a[1]
    if b[1] < a[0]:
        return a[0] - b[1]
    return 0


def derived_key(name):
    out, underscore = "", True
    d = unicodedata.normalize("NFD", lower(name))
    for ch in unicodedata.normalize("NFC", "".join(c for c in d if unicodedata.category(c) != "Mn")):
        if ch.isalpha() or ch.isnumeric():
            out += ch
            underscore = False
        elif not underscore:
            out += "_"
            underscore = True
    return out.rstrip("_")


def load_codebook(path):
    text = open(path, encoding="utf-8").read()
    try:
        import yaml
        doc = yaml.load(text, Loader=yaml.BaseLoader)  # every scalar a string, as in Quire
    except ImportError:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from baseline_fast import MiniYAML
        doc = MiniYAML(text).parse()
    options = doc.get("options") or {}
    diacritics = str(options.get("fold_diacritics", "false")).lower() in ("true", "yes", "on")
    themes = []

    def add(spec, depth):
        themes.append(Theme(spec, depth, diacritics))
        for child in spec.get("children") or []:
            add(child, depth + 1)
    for spec in doc["themes"]:
        add(spec, 0)
    return themes, diacritics, options.get("unit", "turn")


# --- tweets -------------------------------------------------------------------------------------

ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\u00a0"}


def decode_entities(s):
    out, i = "", 0
    while i < len(s):
        if s[i] == "&" and not (i + 1 < len(s) and joins(s[i + 1])):
            semi = s.find(";", i + 1, i + 12)
            if semi > 0 and not (semi + 1 < len(s) and joins(s[semi + 1])):
                rep = entity(s[i + 1:semi])
                if rep is not None:
                    out += rep
                    i = semi + 1
                    continue
        out += s[i]
        i += 1
    return out


def joins(c):
    return c == "\u200d" or unicodedata.category(c)[0] == "M"


def entity(body):
    if body in ENTITIES:
        return ENTITIES[body]
    m = re.fullmatch(r"#(?:[xX]([+-]?[0-9a-fA-F]+)|([+-]?[0-9]+))", body)
    if not m:
        return None
    v = int(m.group(1), 16) if m.group(1) is not None else int(m.group(2))
    if v < 0 or v > 0x10FFFF or 0xD800 <= v <= 0xDFFF:
        return None
    return chr(v)


def text_of(value):
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def clean(tweet):
    raw = text_of(tweet.get("full_text"))
    if raw is None:
        raw = text_of(tweet.get("text"))
    text = decode_entities(raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    entities = tweet.get("entities") or {}
    for key in ("urls", "media"):
        for u in entities.get(key) or []:
            if isinstance(u, dict) and text_of(u.get("url")) and text_of(u.get("expanded_url")) is not None:
                text = text.replace(text_of(u["url"]), text_of(u["expanded_url"]))
    return unicodedata.normalize("NFC", text)


def load_js(path):
    text = open(path, encoding="utf-8-sig").read()
    start = text.lstrip()
    if not start.startswith(("[", "{")):
        text = text[text.index("=") + 1:]
    return json.loads(text)


def iso(created):
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    if not isinstance(created, str):
        return ""
    if len(created) >= 19 and created[4] == "-":
        return created[:10] + "T" + created[11:19] + "Z"
    p = created.split()
    if len(p) != 6 or p[1] not in months or len(p[3]) != 8 or not p[2].isdigit() or not p[5].isdigit():
        return ""
    zone = "Z" if p[4] == "+0000" else p[4][:3] + ":" + p[4][-2:]
    return "%d-%02d-%02dT%s%s" % (int(p[5]), months.index(p[1]) + 1, int(p[2]), p[3], zone)


def cut_text(text):
    """A tweet's text without t.co links or a trailing ellipsis, to find its long post."""
    text = re.sub("https://t\\.co/[^%s]*" % SPACES, "", text).strip(TRIM)
    while text.endswith("…") or text.endswith("..."):
        text = text[:-1] if text.endswith("…") else text[:-3]
        text = text.strip(" \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                          "\u202f\u205f\u3000")
    return text[:200]


def read_archive(folder):
    """(id, text, (name, handle)) of every tweet of every tweets.js under `folder`."""
    for d, dirs, files in sorted(os.walk(folder)):
        name = "tweets.js" if "tweets.js" in files else ("tweet.js" if "tweet.js" in files else None)
        if name is None:
            continue
        owner = ("", "")
        if "account.js" in files:
            account = load_js(os.path.join(d, "account.js"))[0]
            account = account.get("account", account)
            owner = (account.get("accountDisplayName") or account["username"], account["username"])
        notes = []
        for f in sorted(files):
            if f == "note-tweet.js" or (f.startswith("note-tweet-part") and f.endswith(".js")):
                for e in load_js(os.path.join(d, f)):
                    note = e.get("noteTweet", e)
                    core = note.get("core") or {}
                    if isinstance(core.get("text"), str):
                        urls = [(u.get("shortUrl") or u.get("url"), u.get("expandedUrl") or u.get("expanded_url"))
                                for u in core.get("urls") or []]
                        notes.append((iso(note.get("createdAt")), core["text"], urls))
        stem = name[:-3]
        parts = sorted((int(f[len(stem) + 5:-3]), f) for f in files
                       if f.startswith(stem + "-part") and f.endswith(".js") and f[len(stem) + 5:-3].isdigit())
        for f in [name] + [p[1] for p in parts]:
            for entry in load_js(os.path.join(d, f)):
                tweet = entry.get("tweet", entry)
                text = clean(tweet)
                author = owner
                user = tweet.get("user")
                if isinstance(user, dict) and isinstance(user.get("screen_name"), str):
                    author = (user.get("name") or user["screen_name"], user["screen_name"])
                if notes:
                    cut = cut_text(text)
                    if len(cut) >= 10:
                        same_day = [n for n in notes if n[0] == iso(tweet.get("created_at"))] or notes
                        for created, full, urls in same_day:
                            if cut_text(full).startswith(cut):
                                full = decode_entities(full)
                                for short, long_ in urls:
                                    if short and long_:
                                        full = full.replace(short, long_)
                                text = unicodedata.normalize("NFC", full)
                                break
                tid = text_of(tweet.get("id_str")) or text_of(tweet.get("id"))
                yield tid, text, author


# --- transcripts --------------------------------------------------------------------------------

LABEL = re.compile(r"^[ \t]*\[(\d{1,3}:\d{1,3}(?::\d{1,3})?)\][ \t]*([^:\[\]]+?)[ \t]*:([ \t]|$)")


def read_transcripts(folder):
    """(unit id, text, speaker, is_interviewer) of every turn of every transcript."""
    for d, dirs, files in sorted(os.walk(folder)):
        dirs.sort()
        for f in sorted(files):
            if not f.endswith((".txt", ".md")):
                continue
            text = open(os.path.join(d, f), encoding="utf-8-sig").read()
            text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
            stem = os.path.splitext(f)[0]
            turn = None
            for n, line in enumerate(text.split("\n"), 1):
                m = LABEL.match(line)
                if m:
                    if turn:
                        yield turn_unit(stem, turn)
                    turn = [n, m.group(2), [line[m.end():]]]
                elif turn:
                    turn[2].append(line)
            if turn:
                yield turn_unit(stem, turn)


def turn_unit(stem, turn):
    line, speaker, lines = turn
    body = "\n".join(lines).strip(WHITE)
    low = speaker.lower()
    return "%s:%d" % (stem, line), body, speaker, low.startswith(("interviewer", "researcher")) or low == "q"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--codebook", required=True)
    source = ap.add_mutually_exclusive_group(required=True)
    source.add_argument("--archive", help="an X archive folder")
    source.add_argument("--transcripts", help="a folder of transcripts")
    ap.add_argument("--out")
    a = ap.parse_args()
    t0 = time.perf_counter()
    themes, diacritics, unit_option = load_codebook(a.codebook)
    counts = [0] * len(themes)
    pairs = []
    coding = 0.0
    units = 0
    if a.archive:
        items = ((tid, text, "@" + author[1] if author[1] else None, False, "tweets", author)
                 for tid, text, author in read_archive(a.archive))
    else:
        if unit_option not in ("turn", "tweet"):
            sys.exit("unit %r: this script codes whole turns" % unit_option)
        items = ((uid, text, speaker, interviewer, "interview", None)
                 for uid, text, speaker, interviewer in read_transcripts(a.transcripts))
    for uid, text, speaker, interviewer, kind, author in items:
        if not text:
            continue
        units += 1
        c0 = time.perf_counter()
        unit = Unit(text, speaker, interviewer, kind, author, diacritics)
        for i, theme in enumerate(themes):
            if theme.applies(unit):
                counts[i] += 1
                pairs.append((uid, theme.key))
        coding += time.perf_counter() - c0
    t1 = time.perf_counter()
    if a.out:
        import csv
        with open(a.out, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["unit", "theme"])
            w.writerows(pairs)
    t2 = time.perf_counter()
    print("Coded %d units with %d themes: %d suggestions" % (units, len(themes), len(pairs)))
    for theme, n in zip(themes, counts):
        print("  %s%s: %d" % ("  " * theme.depth, theme.name, n))
    print("TIMING read=%.3f code=%.3f write=%.3f units=%d" % (t1 - t0 - coding, coding, t2 - t1, units),
          file=sys.stderr)


if __name__ == "__main__":
    main()
