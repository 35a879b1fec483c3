#!/usr/bin/env python3
"""Benchmark baseline (b): the fastest plain Python we could write for Quire's coding job.

Reads an X/Twitter archive (streamed through orjson in slices, so memory stays small), codes every
tweet with a YAML codebook under DESIGN §4 exactly as `quire code` does, writes the (tweet id,
theme key) pairs as CSV and prints the per-theme counts in the shape `quire code` prints them.
With `--transcripts DIR` it codes the speaker turns of plain-text interview transcripts instead
(the unit is `stem:line`, the transcript's name and the line its turn starts on).

How it is fast: all patterns of all themes in one index (dictionaries of first words and of word
pairs, prefix patterns in one dictionary per prefix length, the lookup memoised per distinct
token); each unit tokenised once, an ASCII unit by `str.translate` and `split` with its
hashtags, mentions and links looked for only where `#`, `@`, `http` or `www.` occurs, any other
unit through its ASCII "shape" (Python's `re` is slow on classes of thousands of Unicode ranges);
an `any` rule's hit makes its theme fire at once, and an `all` or `near` rule is checked only
when its least common item was hit; regex rules run only on units holding a literal every match
needs. `--jobs 2` codes the two halves of a file in two processes.

    python3 Scripts/baseline_fast.py --codebook CB.yml --archive ARCHIVE_DIR --out pairs.csv
    python3 Scripts/baseline_fast.py --codebook CB.yml --transcripts DIR --out pairs.csv

Timing goes to stderr as `TIMING read=… code=… write=… units=…` (seconds; reading and coding are
interleaved, so `code` is the time spent coding and `read` the rest; with `--jobs`, `code` adds up
the processes' coding time). Transcripts are read in the labelled styles of Quire's plain-text
importer (a text without labels is coded by paragraphs, without the `(Name)` attribution);
inline coding markup and the `sentence` unit are not supported. Where Python's `re` and ICU
(Quire's regex engine) differ, so do regex rules: the benchmark codebook keeps to their common
ground.
"""
import argparse
from bisect import bisect_left, bisect_right
import os
import re
import sys
import time
import unicodedata

import orjson

# ---------------------------------------------------------------------------------------------
# Character classes of DESIGN §4, from the Unicode general categories. Python's `re` checks a
# class of thousands of ranges one range at a time, so a unit's text is first turned into its
# *shape*: one ASCII character per character, the same length, in which ASCII stands for itself
# (but for the control characters `\x02` and `\x03`, which become `\x01`), any other letter or
# digit (L*, N*) is `\x03`, a mark (M*) is `\x02`, other white space is a space and anything else
# `\x01`. Small ASCII regexes then find tokens, hashtags, mentions and URLs.

# Unicode White_Space, which ends a URL (Swift's `isWhitespace` on a scalar).
WS_CHARS = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
           "\u2028\u2029\u202f\u205f\u3000"
# Foundation's whitespacesAndNewlines, which trims a pattern: Z*, tab, line ends, U+0085.
TRIM_CHARS = "".join(chr(c) for c in range(0x3001) if unicodedata.category(chr(c))[0] == "Z") + "\t\n\x0b\x0c\r\x85"


def char_shape(c):
    cat = unicodedata.category(c)[0]
    if cat in "LN":
        return "\x03"
    if cat == "M":
        return "\x02"
    return " " if c in WS_CHARS else "\x01"


class _Shapes(dict):
    """A `str.translate` table that works out (and keeps) the shape of each character it meets."""

    def __missing__(self, cp):
        v = self[cp] = char_shape(chr(cp))
        return v


SHAPES = _Shapes()
NON_ASCII_RUN = re.compile("[^\x00-\x7f]+")


def _shape_run(m):
    return m.group().translate(SHAPES)


def shape_of(text):
    if "\x02" in text or "\x03" in text:
        text = text.replace("\x02", "\x01").replace("\x03", "\x01")
    return text if text.isascii() else NON_ASCII_RUN.sub(_shape_run, text)


def is_token_char(c):
    return unicodedata.category(c)[0] in "LNM"


def is_letter_or_digit(c):
    return unicodedata.category(c)[0] in "LN"


_URL_AHEAD = r"(?:https?://|www\.)"
# On a shape: one left-to-right scan, at each offset a URL, then a mention, then a hashtag, then
# a word; a word stops where a URL starts (the scan tries a URL at every offset).
SHAPE_SCAN = re.compile(
    r"(?P<u>%s[^\t\n\x0b\x0c\r ]*)|(?P<m>(?<![A-Za-z0-9\x03])@[A-Za-z0-9_\x03]+)|(?P<h>#[A-Za-z0-9_\x02\x03]+)"
    r"|(?P<w>(?:(?!%s)[A-Za-z0-9\x02\x03])+)" % (_URL_AHEAD, _URL_AHEAD))
SHAPE_SCAN_NO_URL = re.compile(
    r"(?P<m>(?<![A-Za-z0-9\x03])@[A-Za-z0-9_\x03]+)|(?P<h>#[A-Za-z0-9_\x02\x03]+)|(?P<w>[A-Za-z0-9\x02\x03]+)")
SHAPE_WORD = re.compile(r"[A-Za-z0-9\x02\x03]+")  # token runs (of a word, a hashtag or a URL)
SHAPE_LD = re.compile(r"[A-Za-z0-9\x03]+")  # token runs of a mention: letters and digits
# ASCII text (or a shape without tokens of other characters): lower-case letters, digits kept,
# every other character a separator.
ASCII_FOLD = {c: (chr(c).lower() if chr(c).isalnum() else " ") for c in range(128)}
# A structure at a given offset (URL, mention, hashtag) of such a text.
ASCII_STRUCTURE = re.compile(r"(?P<u>%s[^\t\n\x0b\x0c\r ]*)|(?P<m>(?<![A-Za-z0-9])@[A-Za-z0-9_]+)|(?P<h>#[A-Za-z0-9_]+)"
                             % _URL_AHEAD)

WORD, HASHTAG, MENTION, URL = 0, 1, 2, 3  # token roles; words and hashtag words are matchable


def swift_lower(s):
    """Unicode lower case scalar by scalar, as Swift's `lowercased()` (no final-sigma rule)."""
    if "\u03a3" in s:
        return "".join(c.lower() for c in s)
    return s.lower()


def strip_diacritics(s):
    d = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in d if unicodedata.category(c) != "Mn"))


class Folder:
    """Folds a token: lower case, and without diacritics when the codebook asks."""

    def __init__(self, fold_diacritics):
        self.diacritics = fold_diacritics

    def __call__(self, s):
        if s.isascii():
            return s.lower()
        low = swift_lower(s)
        return strip_diacritics(low) if self.diacritics else low


# ---------------------------------------------------------------------------------------------
# Codebook: YAML read as Quire reads it (every scalar a string), patterns compiled as Quire does.


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        import yaml
        loader = getattr(yaml, "CBaseLoader", None) or yaml.BaseLoader
        return yaml.load(text, Loader=loader)
    except ImportError:
        return MiniYAML(text).parse()


class MiniYAML:
    """A reader for the YAML that codebooks use when PyYAML is not installed: block mappings and
    sequences, flow `[…]` and `{…}`, plain, single- and double-quoted scalars, `>`/`|` blocks and
    comments. Every scalar stays a string, as in Quire's loader."""

    def __init__(self, text):
        self.lines = []
        for raw in text.split("\n"):
            self.lines.append(raw.rstrip("\r"))
        self.i = 0

    @staticmethod
    def strip_comment(s):
        out, quote, k = [], None, 0
        while k < len(s):
            c = s[k]
            if quote:
                out.append(c)
                if c == "\\" and quote == '"' and k + 1 < len(s):
                    out.append(s[k + 1])
                    k += 2
                    continue
                if c == quote:
                    quote = None
            elif c in "\"'" and (k == 0 or s[k - 1] in " \t[{,:-"):
                quote = c
                out.append(c)
            elif c == "#" and (k == 0 or s[k - 1] in " \t"):
                break
            else:
                out.append(c)
            k += 1
        return "".join(out).rstrip()

    def next_line(self):
        while self.i < len(self.lines):
            s = self.strip_comment(self.lines[self.i])
            if s.strip():
                return len(s) - len(s.lstrip(" ")), s.strip()
            self.i += 1
        return None

    def parse(self):
        nl = self.next_line()
        return None if nl is None else self.block(nl[0])

    def block(self, indent):
        ind, s = self.next_line()
        if s.startswith("- ") or s == "-":
            return self.sequence(ind)
        return self.mapping(ind)

    def sequence(self, indent):
        out = []
        while True:
            nl = self.next_line()
            if nl is None or nl[0] != indent or not (nl[1].startswith("- ") or nl[1] == "-"):
                return out
            rest = nl[1][1:].strip()
            if not rest:
                self.i += 1
                out.append(self.block(self.next_line()[0]))
            elif self.key_of(rest) is not None:
                # `- key: value` opens a mapping whose keys sit at indent + 2.
                self.lines[self.i] = " " * (indent + 2) + rest
                out.append(self.mapping(indent + 2))
            else:
                self.i += 1
                out.append(self.value(rest, indent))
        return out

    @staticmethod
    def key_of(s):
        if s[:1] in "[{\"'":
            return None
        m = re.match(r"([^:#]+?):(\s|$)", s)
        return m.group(1).strip() if m else None

    def mapping(self, indent):
        out = {}
        while True:
            nl = self.next_line()
            if nl is None or nl[0] != indent:
                return out
            key = self.key_of(nl[1])
            if key is None:
                return out
            rest = nl[1][nl[1].index(":") + 1:].strip()
            self.i += 1
            if rest in (">", ">-", "|", "|-", ">+", "|+"):
                out[key] = self.block_scalar(indent, rest[0] == ">")
            elif rest:
                out[key] = self.value(rest, indent)
            else:
                nxt = self.next_line()
                if nxt is None or nxt[0] < indent or (nxt[0] == indent and not nxt[1].startswith("-")):
                    out[key] = ""
                else:
                    out[key] = self.block(nxt[0])

    def block_scalar(self, indent, folded):
        parts = []
        while self.i < len(self.lines):
            raw = self.lines[self.i]
            if raw.strip() and len(raw) - len(raw.lstrip(" ")) <= indent:
                break
            parts.append(raw.strip())
            self.i += 1
        return (" " if folded else "\n").join(p for p in parts if p)

    def value(self, s, indent):
        if s[:1] in "&*!":
            raise ValueError("line %d: YAML anchors, aliases and tags need PyYAML (pip install pyyaml)" % self.i)
        if s[:1] in "[{":
            # A flow collection may run over several lines.
            text = s
            while not self.balanced(text):
                text += " " + self.strip_comment(self.lines[self.i]).strip()
                self.i += 1
            v, _ = self.flow(text, 0)
            return v
        return self.scalar(s)

    @staticmethod
    def balanced(text):
        depth, quote, k = 0, None, 0
        while k < len(text):
            c = text[k]
            if quote:
                if c == "\\" and quote == '"':
                    k += 1
                elif c == quote:
                    quote = None
            elif c in "\"'":
                quote = c
            elif c in "[{":
                depth += 1
            elif c in "]}":
                depth -= 1
            k += 1
        return depth == 0

    def flow(self, s, k):
        while s[k] == " ":
            k += 1
        if s[k] == "[":
            out, k = [], k + 1
            while True:
                while s[k] in " ,":
                    k += 1
                if s[k] == "]":
                    return out, k + 1
                v, k = self.flow(s, k)
                out.append(v)
        if s[k] == "{":
            out, k = {}, k + 1
            while True:
                while s[k] in " ,":
                    k += 1
                if s[k] == "}":
                    return out, k + 1
                key, k = self.flow(s, k)
                while s[k] == " ":
                    k += 1
                k += 1  # ':'
                v, k = self.flow(s, k)
                out[key] = v
        if s[k] in "\"'":
            q, j, buf = s[k], k + 1, []
            while True:
                c = s[j]
                if q == '"' and c == "\\":
                    e = s[j + 1]
                    if e == "u":
                        buf.append(chr(int(s[j + 2:j + 6], 16)))
                        j += 6
                        continue
                    if e == "U":
                        buf.append(chr(int(s[j + 2:j + 10], 16)))
                        j += 10
                        continue
                    buf.append({"n": "\n", "t": "\t", "\\": "\\", '"': '"', "/": "/", "0": "\0"}.get(e, e))
                    j += 2
                    continue
                if c == q:
                    if q == "'" and j + 1 < len(s) and s[j + 1] == "'":
                        buf.append("'")
                        j += 2
                        continue
                    return "".join(buf), j + 1
                buf.append(c)
                j += 1
        if s[k] in "&*!":
            raise ValueError("YAML anchors, aliases and tags need PyYAML (pip install pyyaml)")
        j = k
        while j < len(s) and s[j] not in ",]}" and not (s[j] == ":" and s[j + 1:j + 2] in (" ", "")):
            j += 1
        return s[k:j].strip(), j

    def scalar(self, s):
        if s[:1] in "\"'":
            v, _ = self.flow(s, 0)
            return v
        return s


class CodebookError(Exception):
    pass


def compile_pattern(raw, fold):
    """('p', tests) for a word or phrase, ('h', test) for a hashtag, ('m', test) for a mention;
    a test is (folded text, is_prefix)."""
    p = unicodedata.normalize("NFC", raw.strip(TRIM_CHARS))
    if not p:
        raise CodebookError("empty pattern")
    if p[0] in "#@":
        body = p[1:]
        prefix = body.endswith("*")
        if prefix:
            body = body[:-1]
        if not body:
            raise CodebookError("%r: expected a body" % raw)
        ok = is_token_char if p[0] == "#" else is_letter_or_digit
        if not all(c == "_" or ok(c) for c in body):
            raise CodebookError("%r: bad hashtag or mention pattern" % raw)
        return ("h" if p[0] == "#" else "m"), (fold(body), prefix)
    if "#" in p or "@" in p:
        raise CodebookError("%r: hashtag and mention patterns stand alone" % raw)
    tests = []
    i = 0
    while i < len(p):
        if is_token_char(p[i]):
            j = i + 1
            while j < len(p) and is_token_char(p[j]):
                j += 1
            word = fold(p[i:j])
            prefix = j < len(p) and p[j] == "*"
            if prefix:
                if j + 1 < len(p) and is_token_char(p[j + 1]):
                    raise CodebookError("%r: '*' may only end a word" % raw)
                j += 1
            tests.append((word, prefix))
            i = j
        elif p[i] == "*":
            raise CodebookError("%r: '*' must follow a letter or digit" % raw)
        else:
            i += 1
    if not tests:
        raise CodebookError("%r: expected at least one letter or digit" % raw)
    return "p", tuple(tests)


def derived_key(name):
    out, last_underscore = [], True
    for ch in strip_diacritics(swift_lower(name)):
        if ch.isalpha() or ch.isnumeric():
            out.append(ch)
            last_underscore = False
        elif not last_underscore:
            out.append("_")
            last_underscore = True
    return "".join(out).rstrip("_")


def as_bool(s):
    return str(s).lower() in ("true", "yes", "on")


class Theme:
    """A theme compiled for evaluation with set operations: the pattern ids of all its `any` and
    `regex` rules in one set, each `all` rule as a tuple of item sets, each `near` rule as two item
    tuples, and every `not` pattern in one set."""
    __slots__ = ("name", "key", "depth", "speaker", "names", "kinds", "min_hits", "pos", "neg", "pos_ids",
                 "any_ids", "all_rules", "near_rules", "neg_ids")

    def finish(self):
        self.any_ids = frozenset(pid for kind, items, _ in self.pos if kind in ("any", "regex")
                                 for item in items for pid in item)
        self.all_rules = [tuple(frozenset(item) for item in items) for kind, items, _ in self.pos if kind == "all"]
        self.near_rules = [(frozenset(items[0]), items[0], frozenset(items[1]), items[1], within)
                           for kind, items, within in self.pos if kind == "near" and len(items) == 2]
        self.neg_ids = frozenset(pid for _, items, _ in self.neg for item in items for pid in item)
        self.pos_ids = tuple(sorted(set(self.pos_ids)))


class Memo(dict):
    """A dictionary that computes a missing entry (and keeps it while it stays small)."""
    __slots__ = ("compute",)

    def __init__(self, compute):
        super().__init__()
        self.compute = compute

    def __missing__(self, key):
        v = self.compute(key)
        if len(self) < 2_000_000:
            self[key] = v
        return v


class Codebook:
    """Themes in tree order and one index of all their patterns."""

    def __init__(self, path):
        doc = load_yaml(path)
        options = doc.get("options") or {}
        self.unit = options.get("unit", "turn")
        self.fold = Folder(as_bool(options.get("fold_diacritics", "false")))
        self.patterns = []  # pid -> ('p', tests) | ('h', test) | ('m', test) | ('r', compiled, literals)
        self.ids = {}
        self.themes = []
        for t in doc.get("themes") or []:
            self.add_theme(t, 0)
        n = len(self.patterns)
        # A hit of a pattern of an `any` or `regex` rule makes its theme fire outright; a hit of the
        # least common item of an `all` or `near` rule makes that rule worth checking.
        direct = [set() for _ in range(n)]
        checks = [[] for _ in range(n)]

        def weight(item):
            return sum(self.weight(pid) for pid in item)
        for index, th in enumerate(self.themes):
            th.finish()
            for pid in th.any_ids:
                direct[pid].add(index)
            for items in th.all_rules:
                for pid in min(items, key=weight):
                    checks[pid].append((index, None, items))
            for near in th.near_rules:
                for pid in min((near[0], near[2]), key=weight):
                    checks[pid].append((index, near, None))
        self.direct = [tuple(sorted(d)) for d in direct]
        self.checks = checks
        self.build_index()

    def add_theme(self, t, depth):
        th = Theme()
        th.name = t["name"].strip(" \t")
        th.key = t.get("key") or derived_key(th.name)
        th.depth = depth
        sp = t.get("speaker")
        if isinstance(sp, str):
            sp = [sp]
        th.speaker = None if sp is None else ("participants" if sp == ["participants"] else "names")
        th.names = {s.lower() for s in sp} if th.speaker == "names" else None
        kinds = t.get("source_kind")
        if isinstance(kinds, str):
            kinds = [kinds]
        th.kinds = None if kinds is None else {{"tweet": "tweets", "web page": "web_page"}.get(k, k) for k in kinds}
        th.min_hits = int(t.get("min_hits", "1"))
        th.pos, th.neg, th.pos_ids = [], [], []
        for r in t.get("rules") or []:
            kind, items, within = self.rule(r)
            compiled = (kind, tuple(tuple(self.item(i)) for i in items), within)
            if kind == "not":
                th.neg.append(compiled)
            else:
                th.pos.append(compiled)
                for item in compiled[1]:
                    th.pos_ids.extend(item)
        self.themes.append(th)
        for c in t.get("children") or []:
            self.add_theme(c, depth + 1)

    @staticmethod
    def rule(r):
        if isinstance(r, str):
            return "any", [r], 0
        kind = [k for k in r if k in ("any", "all", "near", "regex", "not")][0]
        value = r[kind]
        if kind == "regex":
            return "regex", [{"regex": value, "case_sensitive": r.get("case_sensitive", "false")}], 0
        items = value if isinstance(value, list) else [value]
        return kind, items, int(r.get("within", "0"))

    def item(self, item):
        """The pattern ids of one rule item (a list of alternatives gives several)."""
        if isinstance(item, list):
            out = []
            for i in item:
                out.extend(self.item(i))
            return out
        if isinstance(item, dict):
            cs = as_bool(item.get("case_sensitive", "false"))
            key = ("R:" if cs else "r:") + item["regex"]
            if key not in self.ids:
                self.ids[key] = len(self.patterns)
                try:
                    rx = re.compile(item["regex"], 0 if cs else re.IGNORECASE)
                except re.error as e:
                    raise CodebookError("regex %r: Python's re cannot read it (%s)" % (item["regex"], e))
                self.patterns.append(("r", rx, required_literals(item["regex"])))
            return [self.ids[key]]
        key = "p:" + item
        if key not in self.ids:
            self.ids[key] = len(self.patterns)
            self.patterns.append(compile_pattern(item, self.fold))
        return [self.ids[key]]

    def weight(self, pid):
        """A guess at how often a pattern matches, to pick the item of an `all`/`near` rule that
        selects its theme for evaluation (any choice is correct; a rarer one is faster)."""
        p = self.patterns[pid]
        if p[0] == "p":
            tests = p[1]
            if len(tests) > 1:
                return 0.1
            text, pre = tests[0]
            return 1.0 + (3.0 / len(text) if pre else 0.0)
        if p[0] in "hm":
            return 0.2
        return 0.5 if p[2] else 3.0

    def build_index(self):
        # Word and phrase patterns by their first test: exact words in one dictionary, prefixes in
        # one dictionary per prefix length. Phrases whose first two tests are exact words are also
        # found through a dictionary of word pairs.
        self.exact = {}  # first word -> ([single-word pids], [(pid, rest tests)])
        self.prefix = {}  # prefix length -> {prefix: ([single pids], [(pid, rest)])}
        self.pairs = {}  # "first\0second" -> [(pid, tests after the second)]
        self.pair_firsts = set()
        self.tag_exact, self.tag_prefix = {}, {}
        self.men_exact, self.men_prefix = {}, {}
        self.regexes = []
        for pid, p in enumerate(self.patterns):
            if p[0] == "p":
                tests = p[1]
                (text, pre) = tests[0]
                if len(tests) > 1 and not pre and not tests[1][1]:
                    self.pairs.setdefault(text + "\0" + tests[1][0], []).append((pid, tests[2:]))
                    self.pair_firsts.add(text)
                    continue
                table = self.prefix.setdefault(len(text), {}) if pre else self.exact
                entry = table.setdefault(text, ([], []))
                if len(tests) == 1:
                    entry[0].append(pid)
                else:
                    entry[1].append((pid, tests[1:]))
            elif p[0] in "hm":
                text, pre = p[1]
                ex, px = (self.tag_exact, self.tag_prefix) if p[0] == "h" else (self.men_exact, self.men_prefix)
                if pre:
                    px.setdefault(len(text), {}).setdefault(text, []).append(pid)
                else:
                    ex.setdefault(text, []).append(pid)
            else:
                self.regexes.append((pid, p[1], p[2]))
        self.prefix_lengths = sorted(self.prefix)
        # Regexes by literal: a regex runs on a unit that holds one of its literals (or on every
        # unit when it has none).
        self.always = [r for r in self.regexes if r[2] is None]
        by_literal = {}
        for r in self.regexes:
            for lit in r[2] or ():
                by_literal.setdefault(lit, []).append(r)
        self.literals = list(by_literal.items())
        self.memo = Memo(self.first_candidates)
        self.tag_memo, self.men_memo = {}, {}

    def first_candidates(self, tok):
        """(single-word pids, whether a word-pair phrase starts here, [(pid, rest)]) for a token,
        or None when no pattern starts with it. Memoised per distinct token."""
        singles, general = [], []
        e = self.exact.get(tok)
        if e:
            singles += e[0]
            general += e[1]
        for n in self.prefix_lengths:
            if n > len(tok):
                break
            e = self.prefix[n].get(tok[:n])
            if e:
                singles += e[0]
                general += e[1]
        pair = tok in self.pair_firsts
        if not singles and not general and not pair:
            return None
        return tuple(singles), pair, tuple(general)

    def structure_candidates(self, body, exact, prefix, memo):
        c = memo.get(body)
        if c is None:
            c = list(exact.get(body, ()))
            for n, table in prefix.items():
                if n <= len(body):
                    c.extend(table.get(body[:n], ()))
            c = tuple(c)
            memo[body] = c
        return c


# ---------------------------------------------------------------------------------------------
# Regex prefilter: literal text every match must contain.

def _regex_atoms(p):
    """Splits a regex into (atom, quantifier) pairs; an atom is ('lit', ch), ('zero', text),
    ('any', text) for what matches other text (classes, `.`, `\\w`), or ('group', inner)."""
    atoms, k = [], 0
    while k < len(p):
        c = p[k]
        if c == "\\":
            e = p[k + 1:k + 2]
            atom = ("zero", e) if e in ("b", "B", "A", "z", "Z") else (
                ("any", e) if e.isalnum() or not e else ("lit", e))
            k += 2
        elif c == "[":
            j = k + 1
            if p[j:j + 1] == "^":
                j += 1
            if p[j:j + 1] == "]":
                j += 1
            while j < len(p) and p[j] != "]":
                j += 2 if p[j] == "\\" else 1
            atom, k = ("any", p[k:j + 1]), j + 1
        elif c == "(":
            depth, j = 0, k
            while j < len(p):
                if p[j] == "\\":
                    j += 2
                    continue
                if p[j] == "[":
                    j += 1
                    while j < len(p) and p[j] != "]":
                        j += 2 if p[j] == "\\" else 1
                elif p[j] == "(":
                    depth += 1
                elif p[j] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            atom, k = ("group", p[k + 1:j]), j + 1
        elif c in "^$":
            atom, k = ("zero", c), k + 1
        elif c == ".":
            atom, k = ("any", c), k + 1
        elif c in "?*+{)|]":
            return None
        else:
            atom, k = ("lit", c), k + 1
        q = ""
        if k < len(p) and p[k] in "?*+{":
            if p[k] == "{":
                j = p.find("}", k)
                if j < 0:
                    return None
                q, k = p[k:j + 1], j + 1
            else:
                q, k = p[k], k + 1
            if k < len(p) and p[k] in "?+":
                k += 1
        atoms.append((atom, q))
    return atoms


def _split_top(p):
    """The top-level alternatives of a regex (None on unbalanced syntax)."""
    out, cur, depth, k, in_class = [], [], 0, 0, False
    while k < len(p):
        c = p[k]
        if c == "\\":
            cur.append(p[k:k + 2])
            k += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            k += 1
            continue
        cur.append(c)
        k += 1
    if depth or in_class:
        return None
    out.append("".join(cur))
    return out


def _branch_requirement(branch):
    """The best set of alternative literals one of which every match of the branch holds."""
    atoms = _regex_atoms(branch)
    if atoms is None:
        return None
    options, run = [], ""
    for (kind, v), q in atoms:
        if kind == "zero":
            continue
        if kind == "lit" and q in ("", "+"):
            run += v
            if q == "+":
                options.append([run])
                run = ""
            continue
        if run:
            options.append([run])
            run = ""
        if kind == "group" and q in ("", "+"):
            inner = v[2:] if v.startswith("?:") else v
            if inner.startswith("?"):
                continue  # a look-around or a named group: not used
            alts = _split_top(inner)
            if alts and all(a and not any(ch in "\\[](){}?*+.^$|" for ch in a) for a in alts):
                options.append(alts)
    if run:
        options.append([run])
    if not options:
        return None
    return max(options, key=lambda alts: min(len(x) for x in alts))


def required_literals(pattern):
    """Lower-cased ASCII literals, one of which every match holds; None when none can be told.
    `\\bmeet-?ups?\\b` needs `meet`; `\\b(filter|echo) bubble` needs `filter` or `echo`
    (the longer requirement of `bubble` wins)."""
    if "(?" in pattern.replace("(?:", ""):
        return None  # inline flags (verbose mode, …) and look-arounds: do not guess
    branches = _split_top(pattern)
    if branches is None:
        return None
    out = []
    for b in branches:
        alts = _branch_requirement(b)
        if alts is None or min(len(x) for x in alts) < 2 or not all(x.isascii() for x in alts):
            return None
        out.extend(x.lower() for x in alts)
    return out


# Non-ASCII letters that a case-insensitive Python regex matches to ASCII letters: where a unit
# holds one, the prefilter is not trusted.
_FOLD_SPECIAL = ("\u212a", "\u017f", "\u0130", "\u0131")

# ---------------------------------------------------------------------------------------------
# The coder.


class Coder:
    def __init__(self, cb):
        self.cb = cb
        self.counts = [0] * len(cb.themes)
        self.pairs = []

    def tokenize(self, text):
        """(tokens, roles, spans, structures) of a unit; roles is None when every token is a word."""
        shape = text if text.isascii() else shape_of(text)
        if shape is text or ("\x02" not in shape and "\x03" not in shape):
            # Every token is ASCII: split the (lower-cased) shape.
            toks = shape.translate(ASCII_FOLD).split()
            if "#" not in shape and "@" not in shape and "http" not in shape and "www." not in shape:
                return toks, None, None, ()
            return self.ascii_structures(text, shape, toks)
        if "#" in shape or "@" in shape or "http" in shape or "www." in shape:
            return self.tokenize_full(text, shape)
        fold = self.cb.fold
        if not fold.diacritics:
            low = swift_lower(text)
            if len(low) == len(text):
                return [low[s:e] for s, e in map(re.Match.span, SHAPE_WORD.finditer(shape))], None, None, ()
        return [fold(text[s:e]) for s, e in map(re.Match.span, SHAPE_WORD.finditer(shape))], None, None, ()

    def ascii_structures(self, text, view, toks):
        """Roles and structures of a unit whose tokens are all ASCII (`view` its shape): the
        structures are looked for only where `@`, `#`, `http` or `www.` occurs, and each one's
        tokens are counted, not scanned. A URL that starts inside a word splits that word, so such
        a unit goes through the full scan."""
        starts = []
        for needle in ("@", "#", "http", "www."):
            i = view.find(needle)
            while i >= 0:
                starts.append(i)
                i = view.find(needle, i + 1)
        starts.sort()
        structs = []
        roles = None
        pos, at = 0, 0  # tokens before offset `at`
        for i in starts:
            if i < at:
                continue  # inside the structure before
            m = ASCII_STRUCTURE.match(view, i)
            if m is None:
                continue
            s, e = m.span()
            kind = m.lastgroup
            if kind == "u" and s and view[s - 1].isalnum():
                return self.tokenize_full(text)
            pos += len(view[at:s].translate(ASCII_FOLD).split())
            cnt = len(view[s:e].translate(ASCII_FOLD).split())
            if roles is None:
                roles = [WORD] * len(toks)
            role = URL if kind == "u" else (MENTION if kind == "m" else HASHTAG)
            roles[pos:pos + cnt] = [role] * cnt
            if kind != "u":
                structs.append((role, view[s + 1:e].lower(), pos, pos + cnt - 1, e))
            pos += cnt
            at = e
        return toks, roles, None, structs

    def tokenize_full(self, text, shape=None):
        """The one left-to-right scan (on the text's shape), for any unit."""
        fold = self.cb.fold
        if shape is None:
            shape = shape_of(text)
        toks, roles, spans, structs = [], [], [], []
        scan = SHAPE_SCAN if "http" in shape or "www." in shape else SHAPE_SCAN_NO_URL
        for m in scan.finditer(shape):
            kind = m.lastgroup
            s, e = m.span()
            if kind == "w":
                toks.append(fold(text[s:e]))
                roles.append(WORD)
                spans.append((s, e))
                continue
            if kind == "u":
                runs, role = SHAPE_WORD.finditer(shape, s, e), URL
            elif kind == "m":
                runs, role = SHAPE_LD.finditer(shape, s + 1, e), MENTION
            else:
                runs, role = SHAPE_WORD.finditer(shape, s + 1, e), HASHTAG
            pos = len(toks)
            for r in runs:
                a, b = r.span()
                toks.append(fold(text[a:b]))
                roles.append(role)
                spans.append((a, b))
            if kind != "u":
                structs.append((role, fold(text[s + 1:e]), pos, len(toks) - 1, e))
        return toks, roles, spans, structs

    def hits(self, text):
        """pattern id -> [(first, last)] for the unit."""
        cb = self.cb
        toks, roles, spans, structs = self.tokenize(text)
        memo = cb.memo
        pairs = cb.pairs
        hits = {}
        n = len(toks)
        for k in range(n):
            e = memo[toks[k]]
            if e is None or (roles is not None and roles[k] >= MENTION):
                continue
            singles, pair, general = e
            for pid in singles:
                h = hits.get(pid)
                if h is None:
                    hits[pid] = [(k, k)]
                else:
                    h.append((k, k))
            if pair and k + 1 < n and (roles is None or roles[k + 1] < MENTION):
                found = pairs.get(toks[k] + "\0" + toks[k + 1])
                if found:
                    for pid, rest in found:
                        if not rest:
                            hits.setdefault(pid, []).append((k, k + 1))
                        elif self.rest_matches(toks, roles, k + 2, rest):
                            hits.setdefault(pid, []).append((k, k + 1 + len(rest)))
            for pid, rest in general:
                if self.rest_matches(toks, roles, k + 1, rest):
                    hits.setdefault(pid, []).append((k, k + len(rest)))
        for kind, body, pos, last, e in structs:
            # The structure's tokens run from its position to `last` (none: `last` < `pos`).
            if kind == HASHTAG:
                c = cb.structure_candidates(body, cb.tag_exact, cb.tag_prefix, cb.tag_memo)
            else:
                c = cb.structure_candidates(body, cb.men_exact, cb.men_prefix, cb.men_memo)
            if not c:
                continue
            for pid in c:
                hits.setdefault(pid, []).append((pos, max(pos, last)))
        if cb.regexes:
            run = cb.always
            if cb.literals:
                if text.isascii() or not any(ch in text for ch in _FOLD_SPECIAL):
                    low = text.lower()
                    present = [rs for lit, rs in cb.literals if lit in low]
                    if present:
                        run = list(run)
                        for rs in present:
                            run.extend(r for r in rs if r not in run)
                else:
                    run = cb.regexes
            starts = ends = None
            for pid, rx, literals in run:
                found = None
                for m in rx.finditer(text):
                    a, b = m.span()
                    if a == b:
                        continue
                    if starts is None:
                        # Token offsets, needed only now: the same runs the tokens came from.
                        if spans is None:
                            spans = [r.span() for r in SHAPE_WORD.finditer(shape_of(text))]
                        starts = [x[0] for x in spans]
                        ends = [x[1] for x in spans]
                    # The tokens the match overlaps; with none, the first token after it.
                    first = bisect_right(ends, a)
                    last = bisect_left(starts, b) - 1
                    if last < first:
                        last = first
                    if found is None:
                        found = hits.setdefault(pid, [])
                    found.append((first, last))
        return hits

    @staticmethod
    def rest_matches(toks, roles, t, rest):
        """Whether the phrase tests `rest` match the word tokens from position `t` on."""
        if t + len(rest) > len(toks):
            return False
        for text, pre in rest:
            if roles is not None and roles[t] >= MENTION:
                return False
            other = toks[t]
            if not (other.startswith(text) if pre else other == text):
                return False
            t += 1
        return True

    def code(self, unit_id, text, speaker, is_interviewer, kind, tweet_author=None):
        hits = self.hits(text)
        if not hits:
            return
        cb = self.cb
        direct, checks = cb.direct, cb.checks
        fired = set()
        todo = None
        for pid in hits:
            d = direct[pid]
            if d:
                fired.update(d)
            c = checks[pid]
            if c:
                todo = c if todo is None else todo + c
        if todo:
            for index, near, items in todo:
                if index in fired:
                    continue
                if items is not None:  # all
                    for item in items:
                        if item.isdisjoint(hits):
                            break
                    else:
                        fired.add(index)
                elif near_fires(near, hits):
                    fired.add(index)
        if not fired:
            return
        themes = cb.themes
        for index in sorted(fired):
            th = themes[index]
            if th.kinds is not None and kind not in th.kinds:
                continue
            if th.speaker is not None:
                if th.speaker == "participants":
                    if is_interviewer:
                        continue
                elif not self.speaker_passes(th.names, speaker, tweet_author):
                    continue
            if th.neg_ids and not th.neg_ids.isdisjoint(hits):
                continue  # a `not` rule vetoes
            if th.min_hits > 1:
                positions = set()
                for pid in th.pos_ids:
                    h = hits.get(pid)
                    if h:
                        positions.update(x[0] for x in h)
                if len(positions) < th.min_hits:
                    continue
            self.counts[index] += 1
            self.pairs.append((unit_id, th.key))

    @staticmethod
    def speaker_passes(names, speaker, tweet_author):
        if speaker is not None and swift_lower(speaker) in names:
            return True
        if tweet_author is not None:
            name, handle = tweet_author
            h = swift_lower(handle)
            return swift_lower(name) in names or h in names or ("@" + h) in names
        return False


def near_fires(near, hits):
    """Some hit of the first item and some hit of the second at most `within` tokens apart,
    counted between their nearest tokens (0 when they overlap)."""
    aset, a_ids, bset, b_ids, within = near
    if aset.isdisjoint(hits) or bset.isdisjoint(hits):
        return False
    b = [h for pid in b_ids if pid in hits for h in hits[pid]]
    for pid in a_ids:
        for x0, x1 in hits.get(pid, ()):
            for y0, y1 in b:
                if (y0 - x1 if x1 < y0 else (x0 - y1 if y1 < x0 else 0)) <= within:
                    return True
    return False


# ---------------------------------------------------------------------------------------------
# Tweets: the text Quire stores for a tweet (entities decoded, links expanded, NFC).

NAMED_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\u00a0"}
_INT_TEXT = {10: re.compile(r"[+-]?[0-9]+\Z"), 16: re.compile(r"[+-]?[0-9a-fA-F]+\Z")}


def _extends(c):
    """Whether `c` joins the character before it (so that one is not a lone `&` or `;`)."""
    return c == "\u200d" or unicodedata.category(c)[0] == "M"


def _entity(body):
    rep = NAMED_ENTITIES.get(body)
    if rep is not None or not body.startswith("#"):
        return rep
    digits = body[1:]
    radix = 10
    if digits[:1] in ("x", "X"):
        digits, radix = digits[1:], 16
    if not _INT_TEXT[radix].match(digits):
        return None
    v = int(digits, radix)
    if v < 0 or v > 0xFFFFFFFF or v > 0x10FFFF or 0xD800 <= v <= 0xDFFF:
        return None
    return chr(v)


def decode_entities(s):
    """`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and numeric entities, as Quire does."""
    if "&" not in s:
        return s
    out, i, n = [], 0, len(s)
    while True:
        j = s.find("&", i)
        if j < 0:
            out.append(s[i:])
            return "".join(out)
        out.append(s[i:j])
        rep = None
        if not (j + 1 < n and _extends(s[j + 1])):
            semi = s.find(";", j + 1, j + 12)
            if semi >= 0 and not (semi + 1 < n and _extends(s[semi + 1])):
                rep = _entity(s[j + 1:semi])
        if rep is not None:
            out.append(rep)
            i = semi + 1
        else:
            out.append("&")
            i = j + 1


def tweet_text(t):
    """(id, text, created_at) of a tweet object, or raise ValueError as Quire's import would fail."""
    tid = _json_string(t.get("id_str"))
    if tid is None:
        tid = _json_string(t.get("id"))
    raw = _json_string(t.get("full_text"))
    if raw is None:
        raw = _json_string(t.get("text"))
    if tid is None or raw is None:
        raise ValueError("a tweet without id_str or full_text")
    text = decode_entities(raw)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    ent = t.get("entities")
    if isinstance(ent, dict):
        for key in ("urls", "media"):
            lst = ent.get(key)
            if isinstance(lst, list):
                for u in lst:
                    if isinstance(u, dict):
                        short, long_ = _json_string(u.get("url")), _json_string(u.get("expanded_url"))
                        if short and long_ is not None:
                            text = text.replace(short, long_)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return tid, text


def _json_string(v):
    if isinstance(v, str):
        return v
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    return None


def json_start(data):
    """Offset of the JSON array after `window.YTD.x.partN =`."""
    i = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    while i < len(data) and data[i] in b" \n\r\t":
        i += 1
    if data[i:i + 1] in (b"[", b"{"):
        return i
    j = data.index(b"=", i, i + 200) + 1
    while data[j] in b" \n\r\t":
        j += 1
    return j


def iter_entries(path, begin=None, end=None, slice_bytes=8 << 20):
    """The elements of a tweets.js array, parsed a slice at a time: a slice ends before an entry
    `, { "tweet" :` (an unescaped quote never occurs inside a JSON string). `begin` and `end` pick
    the entries between two such commas (see `split_points`)."""
    size = os.path.getsize(path)
    with open(path, "rb") as f:
        if begin is None:
            head = f.read(min(size, 1 << 16))
            start = json_start(head)
            if head[start:start + 1] != b"[":
                raise ValueError("%s: expected a JSON array" % path)
            begin = start + 1
        last = end is None or end >= size  # the slice that holds the closing `]`
        end = size if end is None else end
        f.seek(begin)
        left = end - begin
        buf = b""
        while True:
            eof = left <= 0
            if not eof:
                more = f.read(min(slice_bytes, left))
                left -= len(more)
                buf += more
                eof = left <= 0 or not more
            cut = -1
            if not eof:
                pos = len(buf)
                while True:
                    idx = buf.rfind(b'"tweet"', 0, pos)
                    if idx < 0:
                        break
                    p = idx - 1
                    while p >= 0 and buf[p] in b" \n\r\t":
                        p -= 1
                    q = p - 1
                    while q >= 0 and buf[q] in b" \n\r\t":
                        q -= 1
                    if p >= 0 and buf[p] == 0x7B and q >= 0 and buf[q] == 0x2C:
                        cut = q
                        break
                    pos = idx
                if cut < 0:
                    continue
                part, buf = buf[:cut], buf[cut + 1:]
                yield from orjson.loads(b"[" + part + b"]")
            else:
                body = buf.rstrip()
                if last and body.endswith(b"]"):
                    body = body[:-1]
                if body.strip():
                    yield from orjson.loads(b"[" + body + b"]")
                return


ENTRY_START = re.compile(rb',\s*\{\s*"tweet"\s*:')


def split_points(path, n):
    """(begin, end) byte ranges that cut a tweets.js into `n` runs of whole entries."""
    size = os.path.getsize(path)
    commas = []
    with open(path, "rb") as f:
        for k in range(1, n):
            f.seek(size * k // n)
            window = f.read(1 << 20)
            m = ENTRY_START.search(window)
            if m:
                commas.append(size * k // n + m.start())
    commas = sorted(set(commas))
    bounds = [None] + [c + 1 for c in commas]
    ends = commas + [None]
    return list(zip(bounds, ends))


def iso_date(s):
    if not isinstance(s, str):
        return ""
    if len(s) >= 19 and s[4:5] == "-":
        return "%sT%sZ" % (s[:10], s[11:19])
    parts = s.split()
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    if len(parts) != 6 or parts[1] not in months or len(parts[3]) != 8:
        return ""
    try:
        day, year = int(parts[2]), int(parts[5])
    except ValueError:
        return ""
    zone = parts[4]
    return "%d-%02d-%02dT%s%s" % (year, months.index(parts[1]) + 1, day, parts[3],
                                  "Z" if zone == "+0000" else zone[:3] + ":" + zone[-2:])


def _whole_file_entries(path):
    try:
        with open(path, "rb") as f:
            data = f.read()
        return orjson.loads(data[json_start(data):])
    except (OSError, ValueError):
        return None


def comparable_prefix(text):
    t = text
    while "https://t.co/" in t:
        r = t.index("https://t.co/")
        end = r + len("https://t.co/")
        while end < len(t) and t[end] not in WS_CHARS:
            end += 1
        t = t[:r] + t[end:]
    t = t.strip(TRIM_CHARS)
    while t.endswith("…") or t.endswith("..."):
        t = t[:-1] if t.endswith("…") else t[:-3]
        t = t.strip(" \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f"
                    "\u205f\u3000")
    return t[:200]


class Archive:
    """One tweets.js (with its parts, account.js and note-tweet.js) as Quire imports it."""

    def __init__(self, path):
        self.path = path
        d = os.path.dirname(path)
        self.files = [path]
        name = os.path.basename(path)
        stem = name[:-3]
        parts = []
        for f in os.listdir(d):
            if f.startswith(stem + "-part") and f.endswith(".js") and f[len(stem) + 5:-3].isdigit():
                parts.append((int(f[len(stem) + 5:-3]), os.path.join(d, f)))
        self.files += [p for _, p in sorted(parts)]
        self.owner = None
        acc = _whole_file_entries(os.path.join(d, "account.js"))
        if acc:
            a = acc[0].get("account", acc[0]) if isinstance(acc[0], dict) else {}
            handle = a.get("username")
            if isinstance(handle, str):
                self.owner = (handle, a.get("accountDisplayName") if isinstance(a.get("accountDisplayName"), str)
                              else handle)
        self.notes = []
        note_files = [os.path.join(d, "note-tweet.js")]
        note_files += sorted(os.path.join(d, f) for f in os.listdir(d)
                             if f.startswith("note-tweet-part") and f.endswith(".js"))
        for nf in note_files:
            for e in _whole_file_entries(nf) or []:
                note = e.get("noteTweet", e) if isinstance(e, dict) else {}
                core = note.get("core") if isinstance(note, dict) else None
                if not isinstance(core, dict) or not isinstance(core.get("text"), str):
                    continue
                urls = []
                for u in core.get("urls") or []:
                    short = u.get("shortUrl") if isinstance(u.get("shortUrl"), str) else u.get("url")
                    long_ = u.get("expandedUrl") if isinstance(u.get("expandedUrl"), str) else u.get("expanded_url")
                    if isinstance(short, str) and isinstance(long_, str):
                        urls.append((short, long_))
                self.notes.append((iso_date(note.get("createdAt")), core["text"], urls))
        self.by_date = {}
        for i, n in enumerate(self.notes):
            self.by_date.setdefault(n[0], []).append(i)

    def tweets(self):
        """(id, text, author) for every tweet, in file order."""
        for f in self.files:
            yield from self.tweets_of(f)

    def tweets_of(self, f, begin=None, end=None):
        """(id, text, author) of the tweets of one file (or of a byte range of it)."""
        for entry in iter_entries(f, begin, end):
            t = entry.get("tweet", entry) if isinstance(entry, dict) else entry
            if not isinstance(t, dict):
                raise ValueError("%s: expected a tweet object" % f)
            tid, text = tweet_text(t)
            handle, name = self.owner if self.owner else ("", "")
            user = t.get("user")
            if isinstance(user, dict) and isinstance(user.get("screen_name"), str):
                handle = user["screen_name"]
                name = user.get("name") if isinstance(user.get("name"), str) else handle
            if self.notes:
                text = self.complete(text, iso_date(t.get("created_at")))
            yield tid, text, (name, handle)

    def complete(self, text, created):
        cut = comparable_prefix(text)
        if len(cut) < 10:
            return text
        for j in self.by_date.get(created, range(len(self.notes))):
            if comparable_prefix(self.notes[j][1]).startswith(cut):
                full = decode_entities(self.notes[j][1])
                for short, long_ in self.notes[j][2]:
                    full = full.replace(short, long_)
                return unicodedata.normalize("NFC", full)
        return text


def find_archives(root):
    if os.path.isfile(root):
        return [root]
    out = []
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for name in ("tweets.js", "tweet.js"):
            if name in files:
                out.append(os.path.join(d, name))
                break
    return out


# ---------------------------------------------------------------------------------------------
# Transcripts: speaker turns as Quire's plain-text importer reads the labelled styles.


def is_alphabetic(c):
    return c.isalpha() or unicodedata.category(c) in ("Nl", "Mn", "Mc")


def timestamp(line, i):
    """`[hh:mm:ss]`, `(mm:ss)`, `{…}`, `#…#` or a bare time followed by a space: the offset after it."""
    if i >= len(line):
        return None
    closer = {"[": "]", "(": ")", "{": "}", "#": "#"}.get(line[i])
    if closer:
        i += 1
    fields = 0
    while fields < 3:
        d = 0
        while i < len(line) and "0" <= line[i] <= "9":
            d += 1
            i += 1
            if d > 3:
                return None
        if d == 0:
            return None
        fields += 1
        if i < len(line) and line[i] == ":" and fields < 3:
            i += 1
            continue
        break
    if fields < 2:
        return None
    if i < len(line) and line[i] in ".,":
        j = i + 1
        while j < len(line) and "0" <= line[j] <= "9":
            j += 1
        if j > i + 1:
            i = j
    if closer:
        if i >= len(line) or line[i] != closer:
            return None
        return i + 1
    return i if i == len(line) or line[i] in " \t" else None


def plausible_label(label):
    if not label or not is_alphabetic(label[0]) or len(label) > 40:
        return False
    words, prev_space = 1, False
    for c in label:
        if c == " ":
            if prev_space:
                return False
            prev_space = True
            words += 1
            continue
        prev_space = False
        if is_alphabetic(c) or unicodedata.numeric(c, None) is not None:
            continue
        if unicodedata.category(c) == "Mn" or c in ".'\u2019-":
            continue
        return False
    return words <= 5


def skip_spaces(line, i):
    while i < len(line) and line[i] in " \t":
        i += 1
    return i


def parse_label(line):
    """(speaker, has_time, content offset, strong, bracketed) or None."""
    i = skip_spaces(line, 0)
    has_time = False
    t = timestamp(line, i)
    if t is not None:
        has_time, i = True, skip_spaces(line, t)
    if i < len(line) and line[i] == "[" and timestamp(line, i) is None:
        close = line.find("]", i, i + 42)
        if close >= 0 and plausible_label(line[i + 1:close]):
            k = close + 1
            if k < len(line) and line[k] == ":":
                k += 1
            if k == len(line) or line[k] in " \t":
                k = skip_spaces(line, k)
                t = timestamp(line, k)
                if t is not None:
                    has_time, k = True, skip_spaces(line, t)
                return line[i + 1:close], has_time, k, True, True
    start, colon, j = i, None, i
    while j < len(line) and j - start <= 54:
        if line[j] == ":" and (j + 1 == len(line) or line[j + 1] in " \t"):
            colon = j
            break
        j += 1
    if colon is None:
        return spaced_label(line, start, has_time)
    end = colon
    if end > start and line[end - 1] == ")":
        op = line.rfind("(", start, end)
        if op >= 0 and timestamp(line, op) == end:
            has_time, end = True, op
    while end > start and line[end - 1] in " \t":
        end -= 1
    label = line[start:end]
    if not plausible_label(label):
        return None
    k = skip_spaces(line, colon + 1)
    t = timestamp(line, k)
    if t is not None:
        has_time, k = True, skip_spaces(line, t)
    return label, has_time, k, True, False


def spaced_label(line, start, has_time):
    j, gap = start, None
    while j < len(line) and j - start <= 40:
        if line[j] == "\t" or (line[j] == " " and j + 1 < len(line) and line[j + 1] == " "):
            gap = j
            break
        j += 1
    if gap is None or gap <= start:
        return None
    label = line[start:gap]
    if not plausible_label(label) or not all(w[0].isupper() or unicodedata.numeric(w[0], None) is not None
                                             for w in label.split(" ") if w):
        return None
    k = skip_spaces(line, gap)
    t = timestamp(line, k)
    if t is not None:
        m = skip_spaces(line, t)
        if m == len(line):
            return label, True, m, True, False
        has_time, k = True, m
    if k >= len(line):
        return None
    return label, has_time, k, False, False


NOT_SPEAKERS = set(
    "note notes nb ps example edit update date time location place recorded duration transcribed transcript "
    "participants subject re title source http https tags summary keywords length project study file audio video "
    "speakers language format warning question answer topic laughs laughter laughing pause inaudible unclear "
    "crosstalk silence sighs sigh coughs cough music overlapping interruption indistinct noise break end "
    "redacted unintelligible".split()) | {"long pause", "background noise", "end of recording", "recording ends",
                                          "recording starts", "start of recording", "name redacted"}


def is_interviewer(label):
    low = swift_lower(label)
    return low.startswith("interviewer") or low.startswith("researcher") or low == "q"


def is_blank(s):
    return all(c in WS_CHARS for c in s)


def read_transcript(path):
    """(kind, [(line, speaker, interviewer, start, end)], text) as Quire's importer segments it."""
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        text = data.decode("utf-16")
    else:
        text = data.decode("utf-8")
        if text.startswith("\ufeff"):
            text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if "{/" in text:
        raise ValueError("%s: inline coding markup is not read by this baseline" % path)
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append((pos, raw))
        pos += len(raw) + 1
    if len(lines) > 1 and lines[-1][1] == "":
        lines.pop()
    cands, counts = {}, {}
    for n, (_, line) in enumerate(lines):
        if not is_blank(line):
            lab = parse_label(line)
            if lab:
                cands[n] = lab
                key = swift_lower(lab[0])
                counts[key] = counts.get(key, 0) + 1
    spaced = any(not lab[3] and counts[swift_lower(lab[0])] >= 2 for lab in cands.values())

    def accepted(lab):
        key = swift_lower(lab[0])
        if is_interviewer(lab[0]):
            return True
        if key in NOT_SPEAKERS:
            return counts[key] >= 3
        if not lab[3]:
            return spaced
        if lab[4]:
            return counts[key] >= 2
        if counts[key] >= 2 or lab[1]:
            return True
        words = lab[0].split(" ")
        return len(words) <= 3 and all(w[:1].isupper() for w in words)

    segs, speakers = [], []
    block = None  # [kind, speaker, start, end, line, content_seen]
    in_turns = False

    def close():
        if block and (block[5] or block[0] == "turn"):
            segs.append((block[0], block[1], block[2], max(block[2], block[3]), block[4] + 1))

    for n, (start, line) in enumerate(lines):
        if is_blank(line):
            if block and block[0] == "paragraph":
                close()
                block = None
            continue
        lab = cands.get(n)
        if lab and accepted(lab):
            close()
            in_turns = True
            if lab[0] not in speakers:
                speakers.append(lab[0])
            off, end = start + lab[2], start + len(line)
            while off < end and text[off] in WS_CHARS:
                off += 1
            if off < end:
                e = end
                while e > off and text[e - 1] in WS_CHARS:
                    e -= 1
                block = ["turn", lab[0], off, e, n, True]
            else:
                block = ["turn", lab[0], end, end, n, False]
            continue
        if block is None:
            block = ["turn" if in_turns else "paragraph", None, 0, 0, n, False]
        first, end = start, start + len(line)
        while first < end and text[first] in " \t":
            first += 1
        if not block[5]:
            block[2], block[5] = first, True
        e = end
        while e > block[2] and text[e - 1] in WS_CHARS:
            e -= 1
        block[3] = e
    close()
    has_turns = any(s[0] == "turn" and s[1] is not None and s[1] in speakers for s in segs)
    kind = "interview" if has_turns else "document"
    units = []
    for skind, speaker, s, e, line in segs:
        if e <= s:
            continue
        if kind == "interview" and skind != "turn":
            continue
        units.append((line, speaker, speaker is not None and is_interviewer(speaker), s, e))
    return kind, units, text


def paragraphs(text, s, e):
    """A unit split at blank lines, each piece trimmed (codebook option `unit: paragraph`)."""
    out, start, i = [], s, s

    def emit(a, b):
        while a < b and text[a] in WS_CHARS:
            a += 1
        while b > a and text[b - 1] in WS_CHARS:
            b -= 1
        if b > a:
            out.append((a, b))
    while i < e:
        if text[i] == "\n":
            j = i + 1
            while j < e and text[j] in " \t":
                j += 1
            if j < e and text[j] == "\n":
                emit(start, i)
                while j < e and text[j] in WS_CHARS:
                    j += 1
                start = i = j
                continue
        i += 1
    emit(start, e)
    return out


# ---------------------------------------------------------------------------------------------


def csv_cell(s):
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n\r') else s


def code_tweets(task):
    """Codes the tweets of one archive file (or a byte range of it): (counts, pairs, units, seconds)."""
    archive, path, begin, end = task
    coder = Coder(CODEBOOK)
    code = coder.code
    perf = time.perf_counter
    units, t_code = 0, 0.0
    for tid, text, author in archive.tweets_of(path, begin, end):
        if not text:
            continue
        units += 1
        c0 = perf()
        code(tid, text, "@" + author[1] if author[1] else None, False, "tweets", author)
        t_code += perf() - c0
    return coder.counts, coder.pairs, units, t_code


def code_transcript(path):
    coder = Coder(CODEBOOK)
    unit = CODEBOOK.unit
    kind, segs, text = read_transcript(path)
    stem = os.path.splitext(os.path.basename(path))[0]
    c0 = time.perf_counter()
    units = 0
    for line, speaker, interviewer, s, e in segs:
        for ps, pe in (paragraphs(text, s, e) if unit == "paragraph" else [(s, e)]):
            units += 1
            coder.code("%s:%d" % (stem, line), text[ps:pe], speaker, interviewer, kind)
    return coder.counts, coder.pairs, units, time.perf_counter() - c0


CODEBOOK = None  # set in main, inherited by forked workers


def main():
    global CODEBOOK
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--codebook", required=True)
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--archive", help="an X archive folder (or its tweets.js)")
    src.add_argument("--transcripts", help="a folder of .txt/.md transcripts")
    ap.add_argument("--out", help="CSV of unit,theme pairs (default: none)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes, each coding a part (default 1)")
    a = ap.parse_args()
    t0 = time.perf_counter()
    try:
        CODEBOOK = cb = Codebook(a.codebook)
    except CodebookError as e:
        sys.exit("%s: %s" % (a.codebook, e))
    if a.archive:
        archives = find_archives(a.archive)
        if not archives:
            sys.exit("no tweets.js or tweet.js under %s" % a.archive)
        tasks = []
        for path in archives:
            archive = Archive(path)
            for f in archive.files:
                for begin, end in (split_points(f, a.jobs) if a.jobs > 1 else [(None, None)]):
                    tasks.append((archive, f, begin, end))
        work, sources = code_tweets, len(archives)
    else:
        if cb.unit not in ("turn", "paragraph", "tweet"):
            sys.exit("unit %r: this baseline codes turns and paragraphs" % cb.unit)
        tasks = []
        for d, dirs, names in os.walk(a.transcripts):
            dirs.sort()
            tasks += [os.path.join(d, n) for n in sorted(names) if n.lower().endswith((".txt", ".md", ".text"))]
        work, sources = code_transcript, len(tasks)
    if a.jobs > 1:
        import multiprocessing
        with multiprocessing.get_context("fork").Pool(a.jobs) as pool:
            results = pool.map(work, tasks, chunksize=1 if a.archive else 8)
    else:
        results = map(work, tasks)
    counts = [0] * len(cb.themes)
    pairs = []
    units, t_code = 0, 0.0
    for c, p, u, t in results:
        counts = [x + y for x, y in zip(counts, c)]
        pairs += p
        units += u
        t_code += t
    t1 = time.perf_counter()
    if a.out:
        with open(a.out, "w", encoding="utf-8", newline="") as f:
            f.write("unit,theme\n")
            f.write("".join("%s,%s\n" % (csv_cell(u), csv_cell(k)) for u, k in pairs))
    t2 = time.perf_counter()
    print("Coded %d sources with %d themes: %d suggestions (%d units)" % (sources, len(cb.themes), len(pairs), units))
    for th, n in zip(cb.themes, counts):
        print("  %s%s: %d" % ("  " * th.depth, th.name, n))
    # With workers, `code` adds up the workers' coding time (CPU-seconds of all of them).
    print("TIMING read=%.3f code=%.3f write=%.3f units=%d" % (max(0.0, t1 - t0 - t_code), t_code, t2 - t1, units),
          file=sys.stderr)


if __name__ == "__main__":
    main()
