#!/usr/bin/env python3
"""Generates a benchmark X/Twitter archive: data/tweets.js in the real export shape.

Deterministic (seeded). Pretty-printed like a real export (`" : "` separators, numbers as
strings), with entities, replies, retweets, emoji, non-Latin scripts, `&amp;`, and about 10% of
tweets carrying a term of the benchmark codebook.

    python3 Scripts/gen_bench_corpus.py --tweets 1000000 --out bench/archive
"""
import argparse
import json
import os
import random

WORDS = ("the a of to and in is it you that he was for on are with as I his they be at one have this from or had by "
         "word but what some we can out other were all there when up use your how said an each she which do their time "
         "if will way about many then them write would like so these her long make thing see him two has look more day "
         "could go come did number sound no most people my over know water than call first who may down side been now "
         "find lesson class pupils marking school today week staff plan homework term assessment").split()
CODEBOOK_TERMS = ["connecting with", "like-minded", "#edchat", "echo chamber", "filter bubble", "face to face",
                  "meet-up", "TeachMeet", "follow back", "you need to speak to", "#PLN", "networking", "isolated",
                  "researchED", "new school", "burnout", "supportive", "author replied", "scientist"]
EMOJI = ["🙌", "❤️", "🎉", "👩‍🏫", "📚", "🇬🇧", "😂", "🤔"]
OTHER = ["Profesores conectados en el claustro virtual", "Athrawon yn cysylltu", "先生たちとつながる",
         "Les enseignants échangent des idées", "Lehrkräfte vernetzen sich"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def tweet_text(rng, i):
    n = rng.randint(8, 30)
    words = [rng.choice(WORDS) for _ in range(n)]
    if rng.random() < 0.10:
        words.insert(rng.randrange(len(words)), rng.choice(CODEBOOK_TERMS))
    if rng.random() < 0.05:
        words = [rng.choice(OTHER)] + words[:8]
    if rng.random() < 0.15:
        words.append(rng.choice(EMOJI))
    if rng.random() < 0.05:
        words.insert(2, "&amp;")
    return " ".join(words)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tweets", type=int, default=1_000_000)
    ap.add_argument("--out", default="bench/archive")
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    data = os.path.join(a.out, "data")
    os.makedirs(data, exist_ok=True)
    with open(os.path.join(data, "account.js"), "w") as f:
        f.write('window.YTD.account.part0 = [\n  {\n    "account" : {\n      "username" : "bench_teacher",\n'
                '      "accountId" : "12345",\n      "createdAt" : "2010-01-01T00:00:00.000Z",\n'
                '      "accountDisplayName" : "Bench Teacher"\n    }\n  }\n]')
    with open(os.path.join(data, "tweets.js"), "w", encoding="utf-8") as f:
        f.write("window.YTD.tweets.part0 = [ ")
        base = 1_100_000_000_000_000_000
        for i in range(a.tweets):
            tid = str(base + i * 7919)
            text = tweet_text(rng, i)
            hashtags, mentions, urls = [], [], []
            reply = rng.random() < 0.2
            retweet = not reply and rng.random() < 0.1
            if reply:
                who = "user%d" % rng.randrange(5000)
                text = "@%s %s" % (who, text)
                mentions.append({"name": who.title(), "screen_name": who, "indices": ["0", str(len(who) + 1)],
                                 "id_str": str(rng.randrange(10**9)), "id": "0"})
            if retweet:
                who = "user%d" % rng.randrange(5000)
                text = ("RT @%s: %s" % (who, text))[:140]
            if rng.random() < 0.1:
                short = "https://t.co/%010d" % rng.randrange(10**10)
                urls.append({"url": short, "expanded_url": "https://example.org/post/%d" % i,
                             "display_url": "example.org/post/%d" % i, "indices": ["0", "23"]})
                text += " " + short
            for w in text.split():
                if w.startswith("#"):
                    hashtags.append({"text": w[1:], "indices": ["0", "0"]})
            y, mo, d = rng.randrange(2012, 2023), rng.randrange(12), rng.randrange(1, 29)
            created = "%s %s %02d %02d:%02d:%02d +0000 %d" % (DAYS[rng.randrange(7)], MONTHS[mo], d, rng.randrange(24),
                                                             rng.randrange(60), rng.randrange(60), y)
            t = {
                "edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": "2020-01-01T00:00:00.000Z",
                                          "editsRemaining": "5", "isEditEligible": False}},
                "retweeted": False,
                "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
                "entities": {"hashtags": hashtags, "symbols": [], "user_mentions": mentions, "urls": urls},
                "display_text_range": ["0", str(len(text))],
                "favorite_count": str(rng.randrange(50)),
                "id_str": tid,
                "truncated": False,
                "retweet_count": str(rng.randrange(10)),
                "id": tid,
                "created_at": created,
                "favorited": False,
                "full_text": text,
                "lang": "en",
            }
            if reply:
                t["in_reply_to_status_id_str"] = str(base + rng.randrange(a.tweets) * 7919)
                t["in_reply_to_screen_name"] = mentions[0]["screen_name"]
            body = json.dumps({"tweet": t}, indent=2, ensure_ascii=False, separators=(",", " : "))
            f.write(("," if i else "") + body.replace("\n", "\n  ") if i else "{" + body[1:].replace("\n", "\n  "))
        f.write(" ]")
    print("wrote", os.path.join(data, "tweets.js"), os.path.getsize(os.path.join(data, "tweets.js")), "bytes")


if __name__ == "__main__":
    main()
