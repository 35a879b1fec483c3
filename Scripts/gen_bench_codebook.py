#!/usr/bin/env python3
"""Writes the benchmark codebook: YAML in Quire's format (README "Codebooks", DESIGN §4).

Deterministic (seeded). The 50-theme codebook has about twelve rules per theme and uses every
kind of rule: words, `connect*` wildcards, phrases (some ending in a wildcard), `#hashtags` and
`#prefix*` hashtags, `@mentions`, `any`, `all`, `near` with `within` (items that are lists of
alternatives, one a `{regex: …}` item), `not`, `min_hits`, a few `regex` rules (one
`case_sensitive`, one without a literal a prefilter could use), `speaker`, `source_kind`, and a
few nested children.

Its terms come from the vocabulary of `gen_bench_corpus.py` (CODEBOOK_TERMS, WORDS, OTHER) and from
the shape of the tweets it writes (`RT @userN:`, `@userN` replies, expanded links), so themes fire
about as often as in a real study: each theme is anchored on a codebook term (carried by ~10% of
the tweets) and adds rarer combinations of everyday words, while most researcher terms never occur,
as in a real codebook. A few patterns can only match text that DESIGN §4 says they must not
(`example` is only ever inside a link, `user1` only inside a mention), so a mismatch there shows.

`--themes 500` writes the 500-theme variant: the same 50 themes first, then 450 more themes made the
same way but more specific (fewer everyday-word rules, synthetic researcher terms), so the matcher
grows ten times while the coded volume grows far less, as when a codebook is refined.

    python3 Scripts/gen_bench_codebook.py --themes 50 --out bench/codebook-50.yml
    python3 Scripts/gen_bench_codebook.py --themes 500 --out bench/codebook-500.yml
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_bench_corpus as corpus  # noqa: E402  (the vocabulary the tweets are made of)

# Ways of writing a rule that catch each codebook term of the corpus generator.
FORMS = {
    "connecting with": ["connecting with", "connect*", "connecting", "connecting w*"],
    "like-minded": ["like-minded", "like minded", "like-mind*", "minded"],
    "#edchat": ["#edchat", "edchat", "#EdChat", "#ed*", "edch*"],
    "echo chamber": ["echo chamber", "echo chamber*", "echo*", "chamber"],
    "filter bubble": ["filter bubble", "filter bubble*", "bubble*", "filter*"],
    "face to face": ["face to face", "face-to-face", "face"],
    "meet-up": ["meet-up", "meet up", "meet*", "meet-u*"],
    "TeachMeet": ["teachmeet", "TeachMeet*", "teachm*"],
    "follow back": ["follow back", "follow*", "back"],
    "you need to speak to": ["you need to speak to", "need to speak", "speak*", "speak to"],
    "#PLN": ["#pln", "pln", "#PL*"],
    "networking": ["networking", "network*", "networ*"],
    "isolated": ["isolated", "isolat*"],
    "researchED": ["researched", "research*", "researchED"],
    "new school": ["new school", "new", "new sch*"],
    "burnout": ["burnout", "burn*"],
    "supportive": ["supportive", "support*"],
    "author replied": ["author replied", "author*", "replied"],
    "scientist": ["scientist", "scien*", "scientist*"],
    # The non-English openings of some tweets.
    "Profesores conectados en el claustro virtual": ["profesores conectados", "conect*", "claustro virtual",
                                                     "profesor*"],
    "Athrawon yn cysylltu": ["athrawon", "cysylltu", "yn cysylltu", "athraw*"],
    "先生たちとつながる": ["先生たちとつながる", "先生*"],
    "Les enseignants échangent des idées": ["enseignants", "échangent", "des idées", "échang*", "les enseignants"],
    "Lehrkräfte vernetzen sich": ["lehrkräfte", "vernetz*", "Lehrkräfte vernetzen", "lehrkr*"],
}
ANCHORS = list(FORMS)
for term in corpus.CODEBOOK_TERMS + corpus.OTHER:
    assert term in FORMS, term

# Regex rules for some anchors (ICU and Python `re` read them alike).
ANCHOR_REGEX = {
    "meet-up": r"\bmeet-?ups?\b",
    "researchED": r"research[A-Z]{2}\b",
    "burnout": r"\bburn-?out\b",
    "TeachMeet": r"teach ?meets?",
    "filter bubble": r"\b(filter|echo) (bubble|chamber)s?\b",
    "connecting with": r"\bconnect(ed|ing)\s+with\b",
}
CASE_SENSITIVE_REGEX = {"researchED"}

# Everyday words of the tweets, for rarer combinations (`near`, `all`, phrases, `not`).
COMMON = ["lesson", "class", "pupils", "marking", "school", "today", "week", "staff", "plan", "homework", "term",
          "assessment", "people", "time", "day", "water", "number", "word", "write", "sound", "find", "know",
          "call", "first", "long", "look", "make", "thing", "side", "way", "said", "many", "could"]
COMMON_PREFIX = ["mark*", "plan*", "lesson*", "pupil*", "assess*", "home*", "wr*", "staff*", "wat*", "numb*"]
for w in COMMON + [p.rstrip("*") for p in COMMON_PREFIX]:
    assert any(v.startswith(w) for v in corpus.WORDS), w

# Researcher terms that the generated tweets never hold (most of a real codebook).
RARE = ["mentor*", "collaborat*", "professional development", "cpd", "lesson study", "coach*",
        "action research", "peer observation", "teacher voice", "workload", "wellbeing", "sharing resources",
        "twitter chat*", "online communit*", "subject knowledge", "curriculum", "behaviour management", "ofsted",
        "inspection*", "retention", "recruit*", "leadership", "headteacher*", "twitterati", "edutwitter",
        "blog*", "podcast*", "webinar*", "conference*", "keynote*", "unconference", "whatsapp group*",
        "direct message*", "lurk*", "tribe", "kindred spirit*", "same wavelength", "found my people",
        "critical friend*", "sounding board", "reflective practi*", "evidence-informed", "cognitive load",
        "retrieval practice", "knowledge organiser*", "growth mindset", "flipped classroom*", "edtech",
        "chatgpt", "block*", "mute*", "pile-on*", "ratio*", "trolling", "toxic*", "kindness", "shout-out*",
        "grateful", "thank you so much", "inspir*", "motivat*", "exhaust*", "overwhelm*", "anxiety", "stress*",
        "work-life balance", "weekend*", "holiday*", "half-term", "inset day*", "union*", "strike*", "pay award"]
RARE_HASHTAGS = ["#ukedchat", "#mfltwitterati", "#edutwitter", "#teamenglish", "#primaryrocks", "#mathschat",
                 "#sltchat", "#nqtchat", "#teacher5aday", "#womened", "#BAMEed", "#ukedreschat", "#historyteacher",
                 "#scichat", "#geographyteacher", "#edtech", "#cpd*", "#teach*", "#researched*"]
# Patterns that can only match where DESIGN §4 says they must not: the words of the expanded links
# (`https://example.org/post/N`) and of the `@userN` mentions, and `amp` of the decoded `&amp;`.
NEVER = ["example", "example org", "org", "post", "https", "user1", "user*", "amp", "t co"]

SYLLABLES = ["ka", "lo", "mi", "tu", "ren", "sa", "vor", "pel", "qui", "dax", "no", "bri", "zel", "fo",
             "gan", "hu", "jor", "ves", "lim", "cat", "ru", "sil", "ob", "wen", "ty", "mur", "pa", "dro"]


def corpus_vocabulary():
    """Every lower-cased token the corpus generator can write, to keep synthetic terms apart."""
    words = set(corpus.WORDS)
    for t in corpus.CODEBOOK_TERMS + corpus.OTHER:
        words.update(t.lower().replace("-", " ").replace("#", " ").split())
    return {w.lower() for w in words}


class Maker:
    """Draws the rules of one theme after another from one seeded generator."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.vocab = corpus_vocabulary()
        self.synthetic_used = set()

    def synthetic(self):
        """A made-up researcher term that no generated text holds (not even as a prefix)."""
        rng = self.rng
        while True:
            w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4)))
            if w in self.synthetic_used or any(v.startswith(w[:4]) for v in self.vocab):
                continue
            self.synthetic_used.add(w)
            return w

    def rare(self, synthetic_share):
        rng = self.rng
        if rng.random() < synthetic_share:
            w = self.synthetic()
            r = rng.random()
            if r < 0.3:
                return w[:-1] + "*"
            if r < 0.5:
                return w + " " + self.synthetic()
            return w
        return rng.choice(RARE)

    def common_pair(self):
        a, b = self.rng.sample(COMMON, 2)
        return a, b

    def theme(self, index, name, anchor, broad, synthetic_share, depth=0, anchor_near=False):
        """One theme: about twelve rules. The anchor term fires the theme outright, or with
        `anchor_near` only near one of a few everyday words; `broad` themes carry the
        everyday-word rules."""
        rng = self.rng
        rules = []
        forms = FORMS[anchor] if anchor else []
        if anchor and anchor_near:
            rules.append({"near": [rng.sample(forms, min(len(forms), 2)), rng.sample(COMMON, 3)],
                          "within": rng.randint(2, 4)})
        elif anchor:
            rules.append({"any": rng.sample(forms, min(len(forms), rng.randint(2, 3))) +
                          [self.rare(synthetic_share) for _ in range(rng.randint(1, 2))]})
        rules.append({"any": [self.rare(synthetic_share) for _ in range(rng.randint(2, 4))]})
        rules.append(self.rare(synthetic_share))  # a bare string: any of one pattern
        tag = rng.sample(RARE_HASHTAGS, 2)
        if anchor in ("#edchat", "#PLN"):
            tag.append(rng.choice([f for f in forms if f.startswith("#")]))
        elif rng.random() < 0.15:
            tag.append(rng.choice(["#edchat", "#ed*", "#pln"]))
        rules.append({"any": tag})
        if broad:
            a, b = self.common_pair()
            rules.append({"near": [a, b], "within": 1})
            rules.append({"all": rng.sample(COMMON, 3)})
            a, b = self.common_pair()
            rules.append({"any": [a + " " + b, self.rare(synthetic_share)]})
        else:
            a, b = self.common_pair()
            rules.append({"near": [a, self.rare(synthetic_share)], "within": rng.randint(2, 6)})
            rules.append({"all": [rng.choice(COMMON), self.rare(synthetic_share)]})
            a, b = self.common_pair()
            rules.append({"any": [a + " " + b + " " + rng.choice(COMMON)]})
        # near with lists of alternatives (a phrase among them)
        if anchor and not anchor_near and rng.random() < 0.6:
            left = [rng.choice(forms), self.rare(synthetic_share)]
        else:
            left = [rng.choice(COMMON_PREFIX), self.rare(synthetic_share)]
        if broad:
            right = [rng.choice(COMMON), " ".join(self.common_pair())]
        else:
            right = [self.rare(synthetic_share), " ".join(self.common_pair())]
        rules.append({"near": [left, right], "within": rng.randint(1, 2) if broad else rng.randint(0, 3)})
        if rng.random() < 0.3:
            # `@user12*` takes 111 of the corpus's 5,000 reply and retweet handles; later themes
            # are narrower (`@user123*`: 11).
            wide = index < 50 and depth == 0
            rules.append({"any": ["@user%d" % rng.randrange(5000),
                                  "@user%d*" % (rng.randrange(10, 100) if wide else rng.randrange(100, 1000))]})
        if index == 33 and depth == 0:
            # A regex without a literal to prefilter on: digits in `RT @user123:` or in a link.
            rules.append({"all": [{"regex": r"\d{3,}"}, "rt", "lesson", ["class", "pupils"]]})
        if index == 35 and depth == 0:
            # A regex item in `near`: a link's scheme, whose first token is the same whether the
            # t.co link is expanded or not (DESIGN §4 leaves that to the import: Quire expands
            # links, another reading of the archive may not, and the counts must not hang on it).
            rules.append({"near": [{"regex": r"\bhttps?://"}, ["school", "lesson", "pupils"]], "within": 30})
        if anchor in ANCHOR_REGEX and depth == 0 and index < 50:
            rule = {"regex": ANCHOR_REGEX[anchor]}
            if anchor in CASE_SENSITIVE_REGEX:
                rule["case_sensitive"] = True
            rules.append(rule)
        elif rng.random() < 0.08:
            w = self.synthetic()
            rules.append({"regex": r"\b%s(ing|ed|s)?\b" % w})
        if rng.random() < 0.25:
            rules.append({"all": [[rng.choice(COMMON), rng.choice(COMMON_PREFIX)],
                                  [self.rare(synthetic_share), " ".join(self.common_pair())]]})
        if rng.random() < 0.2:
            rules.append({"any": [rng.choice(NEVER), self.rare(synthetic_share)]})
        while len(rules) < 11:
            rules.append({"any": [self.rare(synthetic_share) for _ in range(rng.randint(1, 3))]})
        r = rng.random()
        if r < 0.15:
            rules.append({"not": [rng.choice(COMMON)]})
        elif r < 0.4:
            rules.append({"not": [self.rare(synthetic_share), "disconnect*"]})
        theme = {"name": name, "rules": rules}
        return theme


def plain_rules(rules):
    """The rules of a `min_hits` theme: only `any` rules of plain patterns (and `not`).

    DESIGN §4 counts min_hits over "the theme's positive patterns, by position". Honest
    implementations read that two ways: every positive pattern's matches, or only those of the
    rules that fired; they differ on an `all` or `near` rule matched in part (on 100,000 tweets,
    five of six min_hits themes lost up to all their codings). A regex's position (the first token
    it overlaps) is a third place to differ. With only `any` rules of words, phrases, hashtags and
    mentions every match fires its rule, so every reading counts the same. An `all` or `near`
    rule becomes an `any` of its words with at most one everyday word (with all of them these
    themes took a fifth to a third of the transcripts' long turns); a regex is left out.
    """
    def words(items):
        for i in items:
            if isinstance(i, list):
                yield from words(i)
            elif isinstance(i, str):
                yield i

    everyday = set(COMMON) | set(COMMON_PREFIX)
    out = []
    for r in rules:
        if isinstance(r, str) or "not" in r:
            out.append(r)
        elif "regex" not in r:
            kind = [k for k in ("any", "all", "near") if k in r][0]
            plain = list(dict.fromkeys(words(r[kind])))
            if kind != "any":
                first = [w for w in plain if w in everyday][:1]
                plain = [w for w in plain if w not in everyday or w in first]
            if plain:
                out.append({"any": plain})
    return out


TOPICS = [
    "Connecting", "Like-minded colleagues", "Hashtag chats", "Echo chambers", "Filter bubbles",
    "Face-to-face meetings", "Meet-ups", "TeachMeets", "Reciprocity", "Brokering", "Personal learning network",
    "Networking", "Isolation", "Research engagement", "Changing schools", "Burnout", "Supportive climate",
    "Reaching authors", "Reaching scientists", "Spanish-speaking colleagues", "Welsh-medium colleagues",
    "Japanese-speaking colleagues", "French-speaking colleagues", "German-speaking colleagues",
    "Planning together", "Marking and feedback", "Homework debates", "Assessment talk", "Pupil voice",
    "Staff room culture", "Time pressure", "Lesson ideas", "Weekly reflection", "Amplifying others",
    "Replies and threads", "Sharing links", "Questions to the network", "Writing and blogging",
    "Numbers and data", "Well-being", "Recognition", "Professional identity", "Policy and inspection",
    "Leadership voices", "Early career", "Subject communities", "Online conflict", "Humour",
    "Gratitude", "Moving on",
]


def build(n_themes, seed):
    """The list of top-level themes (children nested), `n_themes` themes in all."""
    mk = Maker(seed)
    rng = mk.rng
    themes = []
    count = 0
    # Themes that get children: a few of the first fifty, then one in twenty.
    parents = {4: 1, 14: 2, 24: 1, 33: 1}
    index = 0
    while count < n_themes:
        if index < 50:
            # Each codebook term anchors one theme outright and one more only near everyday words.
            name = TOPICS[index % len(TOPICS)]
            anchor = ANCHORS[index % len(ANCHORS)] if index < 44 else None
            anchor_near = index >= len(ANCHORS)
            broad = index % 6 == 1
            share = 0.25
        else:
            name = "%s: strand %d" % (TOPICS[index % len(TOPICS)], index // len(TOPICS))
            anchor = ANCHORS[rng.randrange(len(ANCHORS))] if rng.random() < 0.1 else None
            anchor_near = True
            broad = rng.random() < 0.02
            share = 0.85
        t = mk.theme(index, name, anchor, broad, share, anchor_near=anchor_near)
        if index < 50:
            if index % 8 == 3:
                t["min_hits"] = 5 if broad or index == 35 else 4
                t["rules"] = plain_rules(t["rules"])
            if index % 3 == 0:
                t["speaker"] = "participants"
            if index == 45:
                t["source_kind"] = "interview"
            if index == 46:
                t["source_kind"] = "tweets"
            if index == 47:
                # The account holder by handle and by display name: either reading of a post's
                # speaker lets its posts through.
                t["speaker"] = ["@bench_teacher", "Bench Teacher", "J Dale"]
        elif rng.random() < 0.3:
            t["speaker"] = "participants"
        if index % 5 == 0:
            t["key"] = "t%03d_%s" % (index, TOPICS[index % len(TOPICS)].split()[0].lower().strip("-"))
        count += 1
        themes.append(t)
        kids = parents.get(index, 0) if index < 50 else (1 if index % 20 == 7 else 0)
        for k in range(kids):
            if count >= n_themes:
                break
            child = mk.theme(index, "%s: sub-theme %d" % (name, k + 1), anchor, False, share, depth=1,
                             anchor_near=anchor_near)
            child["rules"] = child["rules"][:6]
            count += 1
            if index == 14 and k == 1 and count < n_themes:
                grand = mk.theme(index, "%s: sub-theme %d, detail" % (name, k + 1), "networking", False, share,
                                 depth=2)
                grand["rules"] = grand["rules"][:4]
                child["children"] = [grand]
                count += 1
            t.setdefault("children", []).append(child)
        index += 1
    return themes


def q(s):
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(s, ensure_ascii=False)


def item_yaml(item):
    if isinstance(item, list):
        return "[" + ", ".join(item_yaml(i) for i in item) + "]"
    if isinstance(item, dict):
        return "{" + ", ".join("%s: %s" % (k, q(v)) for k, v in item.items()) + "}"
    return q(item)


def theme_yaml(t, indent, out):
    pad = " " * indent
    out.append("%s- name: %s" % (pad, q(t["name"])))
    pad2 = pad + "  "
    if "key" in t:
        out.append("%skey: %s" % (pad2, t["key"]))
    out.append("%sdefinition: %s" % (pad2, q("Benchmark theme: " + t["name"] + ".")))
    if "speaker" in t:
        sp = t["speaker"]
        out.append("%sspeaker: %s" % (pad2, sp if isinstance(sp, str) else item_yaml(sp)))
    if "source_kind" in t:
        out.append("%ssource_kind: %s" % (pad2, t["source_kind"]))
    if "min_hits" in t:
        out.append("%smin_hits: %d" % (pad2, t["min_hits"]))
    out.append("%srules:" % pad2)
    for r in t["rules"]:
        if isinstance(r, str):
            out.append("%s  - %s" % (pad2, q(r)))
            continue
        kind = [k for k in r if k in ("any", "all", "near", "not", "regex")][0]
        value = r[kind]
        out.append("%s  - %s: %s" % (pad2, kind, q(value) if kind == "regex" else item_yaml(value)))
        if "within" in r:
            out.append("%s    within: %d" % (pad2, r["within"]))
        if r.get("case_sensitive"):
            out.append("%s    case_sensitive: true" % pad2)
    if t.get("children"):
        out.append("%schildren:" % pad2)
        for c in t["children"]:
            theme_yaml(c, indent + 4, out)


def render(themes, n_themes, seed):
    out = ["# Benchmark codebook written by Scripts/gen_bench_codebook.py --themes %d --seed %d." % (n_themes, seed),
           "# Do not edit: regenerate it.",
           "name: %s" % q("Benchmark codebook (%d themes)" % n_themes),
           "version: 1",
           "description: %s" % q("Generated for the performance benchmark (issue 7): every kind of DESIGN §4 rule, "
                                 "with terms drawn from the benchmark corpus generator's vocabulary."),
           "options: { unit: turn, fold_diacritics: false }",
           "themes:"]
    for t in themes:
        theme_yaml(t, 2, out)
    return "\n".join(out) + "\n"


def count_themes(themes):
    return sum(1 + count_themes(t.get("children", [])) for t in themes)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--themes", type=int, default=50, help="number of themes, children included (default 50)")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--out", default="-", help="output file (default: stdout)")
    a = ap.parse_args()
    themes = build(a.themes, a.seed)
    assert count_themes(themes) == a.themes
    text = render(themes, a.themes, a.seed)
    if a.out == "-":
        sys.stdout.write(text)
    else:
        os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote %s: %d themes" % (a.out, a.themes), file=sys.stderr)


if __name__ == "__main__":
    main()
