#!/usr/bin/env python3
"""Generate Quire's sample corpus of donated X/Twitter account archives.

Every tweet, name, bio and link below is invented for Quire's sample data.
The people are fictional teachers (six of them are the interviewees whose
interviews live elsewhere in the sample corpus). Only the *shape* of the
files follows a real X account export ("Download an archive of your data",
`data/` folder, 2022-2023 format):

    Corpus/tweets/<handle>/data/account.js   window.YTD.account.part0 = [ ... ]
    Corpus/tweets/<handle>/data/profile.js   window.YTD.profile.part0 = [ ... ]
    Corpus/tweets/<handle>/data/tweets.js    window.YTD.tweets.part0  = [ ... ]

Shape notes reproduced on purpose (a parser must cope with all of them):
  * files are JavaScript assignments, not JSON: strip everything up to the
    first "= " before parsing; there is no trailing newline;
  * pretty-printing is Jackson style: `"key" : value`, 2-space indent, empty
    arrays written `[ ]`;
  * ids, counts and entity indices are JSON *strings* ("favorite_count" : "3",
    "indices" : [ "0", "12" ]); only the booleans are real JSON booleans;
  * key order is fixed but differs between kinds of tweet: reply fields are
    interleaved (in_reply_to_status_id_str sits before id_str, the screen
    name and user id str come after lang), `possibly_sensitive` appears only
    on tweets with a link or photo, and tweets with a photo use a different
    entity key order and carry `extended_entities` at the very end;
  * full_text is HTML-escaped (&amp; &lt; &gt;), and entity indices /
    display_text_range count Unicode code points in that *escaped* text;
  * links appear as t.co URLs in full_text; retweets are "RT @user: ..." cut
    near 140 characters with an ellipsis and carry favorite/retweet counts of 0;
  * a self-reply (thread) has in_reply_to_* pointing at the author's own
    tweet and does not start with an @mention.

Standard library only; deterministic (fixed seed) so re-running gives
byte-identical files. Run:  python3 Scripts/make_sample_tweets.py
"""

import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

SEED = 20140124  # the day two of our fictional teachers first met at BETT
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Corpus" / "tweets"

TWITTER_EPOCH_MS = 1288834974657
WEB_APP_SWITCH = dt.datetime(2019, 7, 15)      # web client -> Twitter Web App
LIMIT_280_FROM = dt.datetime(2017, 11, 7)      # 140 -> 280 characters

SOURCES = {
    "webclient": '<a href="http://twitter.com" rel="nofollow">Twitter Web Client</a>',
    "webapp": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
    "iphone": '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
    "android": '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
    "deck": '<a href="https://about.twitter.com/products/tweetdeck" rel="nofollow">TweetDeck</a>',
}

# --------------------------------------------------------------------------
# Data helpers
# --------------------------------------------------------------------------

def T(key, when, text, lang="en", **kw):
    """An original tweet, reply (reply= / reply_ext=) or quote (quote=)."""
    return dict(key=key, when=when, text=text, lang=lang, **kw)


def R(key, when, of):
    """A retweet of a tweet in the corpus."""
    return dict(key=key, when=when, rt=of)


def RX(key, when, handle, text, lang="en"):
    """A retweet of a tweet by an account outside the corpus."""
    return dict(key=key, when=when, rt_ext=(handle, text), lang=lang)


# Accounts outside the corpus that teachers mention (non-teacher experts etc.)
EXTERNAL = [
    ("josie_larkin", "Josie Larkin", "2010-05-14"),         # children's author
    ("DrSamiraOkafor", "Dr Samira Okafor", "2012-02-02"),   # volcanologist
    ("HarbourSciMus", "Harbour Science Museum", "2011-09-30"),
    ("prof_ehart", "Prof Eleanor Hart", "2013-03-19"),      # historian
    ("marcoverdi_art", "Marco Verdi", "2012-07-07"),        # illustrator
    ("kwame_stars", "Dr Kwame Asante", "2014-06-01"),       # astrophysicist
    ("coach_thabo", "Thabo Mokoena", "2015-02-11"),         # PE teacher, Cape Town
]

# --------------------------------------------------------------------------
# The accounts and their tweets (all hand-written, all fictional)
# --------------------------------------------------------------------------

ACCOUNTS = [
dict(handle="rachel_codes_ed", name="Rachel Adeyemi", created="2012-09-02 18:22",
     via="web", email="rachel.adeyemi@example.com",
     bio="Primary computing lead in Manchester \U0001F469\u200D\U0001F3EB Scratch, micro:bits & muddy knees. Code Club volunteer. Views my own.",
     location="Manchester, England", website=True, header=True,
     sources={"web": 5, "iphone": 4, "deck": 1},
     tweets=[
T("ra01", "2014-01-22 08:10", "Off to #BETT tomorrow for the first time. Any primary computing folk going? Would love to meet up & put faces to names \U0001F44B #ukedchat"),
T("ra02", "2014-01-24 17:40", "Finally met @dokoro_cs IRL at #BETT after a year of late-night #ukedchat. Just as enthusiastic in person. Brain full, feet sore."),
T("ra03", "2014-03-05 19:02", "New computing curriculum in September and I'm the only one in school who has taught any programming. Grateful for every #PLN link."),
T("ra04", "2014-09-18 21:05", "Marking 60 Scratch projects tonight. The one where the cat eats the headteacher is getting a gold star."),
R("ra05", "2014-05-19 20:02", "dk03"),
T("ra06", "2015-05-14 20:30", ".@pryce_ysgol meet @dokoro_cs. Both running code clubs with tiny numbers & no budget, both brilliant. You two should talk!"),
T("ra07", "2015-11-20 07:55", "#FF the people who make this place kinder than most staffrooms: @meilin_sci @jobirch_send @nkowalski_lead @pryce_ysgol"),
T("ra08", "2016-04-20 15:45", "Y4 asked why the micro:bit 'decides' to show a sad face. Best conversation about algorithms we've had all year \U0001F64C #CSforAll"),
T("ra09", "2016-09-05 18:20", "New school, new classroom, same brilliant people in my pocket. Funny how the network is the one bit that didn't change. #PLN"),
T("ra10", "2017-02-03 10:05", "@josie_larkin Y5 have a question for their favourite author: why does the lighthouse keeper never say her name? They've argued all week \U0001F4DA", reply_ext="josie_larkin"),
T("ra11", "2017-02-03 15:50", "She replied!!! The actual author of our class novel replied to Y5. Their writing was suspiciously careful this afternoon \U0001F602 #edchat"),
T("ra12", "2017-10-14 17:30", "Saturday at #researchED: worked examples in primary programming, then coffee with half my timeline. Worth the 6am alarm."),
T("ra13", "2018-03-01 09:15", "Snow day \u2744\uFE0F Made a pot of coffee, planned nothing, watched next door's kids build an igloo. Sometimes that's the CPD."),
T("ra14", "2018-06-22 20:40", "Uncomfortable thought: a timeline full of people who already agree that unplugged activities are great is an echo chamber, not research. Reading the critics this summer."),
T("ra15", "2019-01-25 19:10", "Five years since my first #BETT. Then I knew nobody. Today I couldn't get ten metres without someone from here giving me a hug. That's what this place did for me \u2764\uFE0F"),
T("ra16", "2019-05-30 21:15", "I used to think of Twitter as a place to pick up lesson ideas. Now it feels more like a staffroom that never closes. Yes, you get ideas. Mostly you get people: someone who'll tell you it's fine, someone who'll tell you it isn't, and someone who knows someone you should meet."),
R("ra17", "2020-03-20 12:30", "ml17"),
T("ra18", "2020-04-02 16:25", "Week 2 of remote teaching. Three teachers I've never met in person sent me their whole computing home-learning plan. That's the #PLN."),
T("ra19", "2020-11-13 08:00", "#FollowFriday for the people keeping me sane this term: @fhussain_eng (new to teaching, already wiser than me) & @aroha_kura across the world \U0001F1F3\U0001F1FF"),
T("ra20", "2021-07-16 14:30", "Last day of term. Tidied the computing cupboard: 14 micro:bits, 2 Bee-Bots and a sandwich from 2019. Don't ask.", media=True),
T("ra21", "2022-06-01 19:30", "@dokoro_cs Wouldn't miss it. I'll bring the Bee-Bots and the terrible biscuits \U0001F389", reply="dk18"),
T("ra22", "2022-11-08 21:30", "Everyone asking whether we're all moving to Mastodon. Honestly, the app matters less than the people. I'll follow you lot wherever you go \U0001F49B"),
]),

dict(handle="twhitfield_hist", name="Tom Whitfield", created="2011-04-18 20:05",
     via="web", email="tom.whitfield@example.org",
     bio="Secondary history teacher, Bristol. Head of KS3 history. Reads too much, tweets too little. Follow people you disagree with.",
     location="Bristol", website=False, header=True,
     sources={"web": 7, "iphone": 3},
     tweets=[
T("th01", "2014-02-10 21:30", "Twitter tells me every history teacher agrees with me about knowledge-rich curricula. That's exactly why I don't trust it. #ukedchat"),
T("th02", "2014-05-03 11:20", "Thirty Y9 essays on the causes of WW1. Twenty-eight mention Franz Ferdinand in the first line. The other two mention lunch."),
T("th03", "2014-11-11 11:15", "Two minutes' silence with 200 Y8s this morning. Not a sound. Proud of them."),
T("th04", "2015-03-27 19:00", "Note to self: follow three people this week I disagree with about teaching. The filter bubble builds itself if you let it."),
T("th05", "2015-09-05 18:10", "At #researchED today. Best session was by someone I've argued with on here for two years. We agree on more than Twitter suggests."),
T("th06", "2016-01-17 10:00", "@prof_ehart Y10 are studying the Bristol Bus Boycott & have questions about the sources in your book. Could they send you three?", reply_ext="prof_ehart"),
T("th07", "2016-01-18 19:45", "Professor Hart answered all three of Y10's questions, at length, on a Sunday. Sources lesson rewritten. This is the bit of Twitter I love."),
T("th08", "2016-06-29 16:00", "Y7 trip to the SS Great Britain cancelled due to rain. Watched a documentary about the SS Great Britain in the rain instead."),
T("th09", "2017-03-15 21:40", "Not sure 'PLN' is the right word when half of mine is people shouting the same three slogans at each other. Personal echo network?"),
R("th10", "2017-07-04 22:05", "jb06"),
T("th11", "2018-01-19 08:05", "#FF with a twist: three people who regularly tell me I'm wrong, and are often right. @lindiwe_maths @jobirch_send @meilin_sci #FollowFriday"),
T("th12", "2018-06-22 21:55", "@rachel_codes_ed Yes. Trouble is the algorithm keeps serving me the ones I already agree with. I have to go digging for the awkward ones.", reply="ra14"),
T("th13", "2018-10-06 10:30", "Eight years in the same school, and my professional network now lives almost entirely in other cities. Not sure how I feel about that."),
T("th14", "2019-02-01 07:00", "Snow in Bristol, so naturally the entire city has stopped. School closed. Reading about medieval weather instead."),
T("th15", "2019-05-30 22:05", "Agree, with one caveat: a staffroom where everyone agrees with you is a very comfortable place to stop learning.", quote="ra16"),
T("th16", "2019-09-07 17:20", "Finally met @meilin_sci IRL at #researchED after five years of arguing about retrieval practice. She was right about two things. Don't tell her."),
T("th17", "2020-05-20 20:15", "Lockdown observation: the Zoom CPD with people I follow was comfortable. The one with people I don't was useful. Worth remembering."),
T("th18", "2020-06-02 19:30", "@fhussain_eng @msmonroe_reads Happy to help. Start with the poets' letters home, then the official histories, and let the class find the gaps. More by DM.", reply="fh05"),
T("th19", "2021-03-08 16:45", "First day back with real Y9s. Someone asked if Henry VIII had Covid. Ten minutes on the sweating sickness. Nobody complained."),
T("th20", "2021-11-26 17:00", "Ofsted deep dive into history this week. It was fine. I say that with the haunted look of a man who has rewritten the KS3 plan four times."),
T("th21", "2022-11-20 21:00", "On the great Twitter exodus: what I'll miss isn't the likes or the 'inspirational' threads. It's the odd, unplanned encounters with people who teach differently, in places I'll never visit, who changed my mind about something. Hard to build that on purpose."),
T("th22", "2022-11-20 21:04", "And to be fair to the place: it was here that people told me my echo chamber worries were themselves a bit of an echo chamber. They had a point.", reply="th21"),
]),

dict(handle="meilin_sci", name="Mei Lin Harper", created="2013-01-20 09:41",
     via="iphone", email="meilin.harper@example.net",
     bio="Science teacher (chemist at heart). London \u2192 Singapore \u2192 London. Curious about misconceptions, good questions & bad puns about noble gases.",
     location="London, UK", website=True, header=True,
     sources={"iphone": 6, "web": 3, "deck": 1},
     tweets=[
T("ml01", "2014-03-12 19:40", "Y8 asked why a candle flame looks hollow in the middle. I have no idea. Anyone? #asechat"),
T("ml02", "2014-03-12 21:10", "@lbrandt_physik Hamburg-to-Hackney science support at 9pm on a school night. This is why I'm on here. Danke!", reply="lb01"),
T("ml03", "2015-06-09 20:00", "Department meeting: 40 minutes on photocopying. #asechat tonight: 40 minutes on particle misconceptions. Guess which taught me more."),
T("ml04", "2016-07-22 18:30", "Last day at my London school. Packing for Singapore. Terrified & excited. The one thing I'm not leaving behind: all of you \U0001F1F8\U0001F1EC"),
T("ml05", "2016-09-14 13:00", "Three weeks in Singapore. New school, new syllabus, new humidity. Same timeline full of friends. Weirdly that's been the anchor."),
T("ml06", "2017-02-10 06:20", "@DrSamiraOkafor Sec 2 just watched your lava video. Question from Wei Jie: does lava freeze from the outside in, like a pond?", reply_ext="DrSamiraOkafor"),
RX("ml07", "2017-02-11 05:05", "DrSamiraOkafor", "Answering questions from school classes is honestly the best part of my job. Keep them coming, teachers! \U0001F30B"),
T("ml08", "2017-02-11 05:10", "The scientist replied to Wei Jie with a photo of pahoehoe crust. He has now declared himself a volcanologist. Thank you, Twitter \U0001F30B"),
T("ml09", "2017-08-19 12:30", ".@lbrandt_physik meet @cdubois_maths: she does in maths what your 'beautiful mistakes' lab does in physics. You two should talk!"),
T("ml10", "2018-01-19 08:30", "@twhitfield_hist Often right? I'll take it. Screenshotting this for my appraisal.", reply="th11"),
R("ml11", "2018-02-10 23:40", "lb07"),
T("ml12", "2018-05-02 15:20", "Marking at 11pm in Singapore while London gets home from school. My timeline wakes up as I go to bed. Timezone life."),
T("ml13", "2018-11-29 10:00", "Ran a workshop on questioning at a #TeachMeet here in Singapore. Half the room had found me via Twitter. Tiny world."),
T("ml14", "2019-07-26 18:00", "Back in London. Moved countries twice and schools three times in six years. Every time, my network on here made the new staffroom less scary because I already knew someone nearby."),
T("ml15", "2019-09-07 17:45", "@twhitfield_hist Five years of arguments, one coffee, zero arguments. Suspicious. And two things? I counted four.", reply="th16"),
R("ml16", "2019-09-07 17:50", "th16"),
T("ml17", "2020-03-20 12:00", "Schools closing. If you teach science and need home practicals with kitchen-cupboard kit, here's my folder. Take it, adapt it, share it <<https://drive.example/meilin/kitchen-science>> #asechat"),
T("ml18", "2021-01-14 17:30", "Lateral flow test in the car park, then a live lesson on electrolysis to 28 black squares. 2021 is something."),
T("ml19", "2022-02-18 16:00", "Storm day. Half the department off, windows rattling, Y11 doing titrations like seasoned pros. Bizarrely calm."),
T("ml20", "2022-09-10 19:00", "Ten years on here this month. Moved schools three times and countries twice. The network stayed put. Grateful for every one of you \U0001F49B"),
]),

dict(handle="pryce_ysgol", name="Gareth Pryce", created="2013-06-03 21:15",
     via="web", email="gareth.pryce@example.org",
     bio="Pennaeth ysgol gynradd wledig | Teaching head of a small rural primary in Powys. 41 o ddisgyblion, 1 ci. Dysgu gyda'n gilydd.",
     location="Powys, Cymru", website=False, header=False,
     sources={"web": 5, "iphone": 5},
     tweets=[
T("gp01", "2014-01-15 07:30", "Ysgol ar gau heddiw oherwydd yr eira. Y plant yn hapus, y pennaeth yn clirio'r iard \u00e2 rhaw. \u2744\uFE0F", lang="cy"),
T("gp02", "2014-06-25 21:10", "41 children, 3 teachers, one of them me. Being a teaching head in a rural school can be lonely. Some weeks Twitter is my staffroom."),
T("gp03", "2015-05-14 21:05", "@rachel_codes_ed @dokoro_cs Diolch Rachel! Daniel, our code club is 6 children and a very old laptop trolley. Any tips welcome.", reply="ra06"),
T("gp04", "2015-10-02 18:00", "Diolch i bawb am y syniadau ar gyfer ein gwasanaeth Diolchgarwch. Mae'r rhwydwaith yma'n werth y byd. \U0001F34E", lang="cy"),
T("gp05", "2016-03-01 15:30", "Dydd G\u0175yl Dewi hapus! Cennin Pedr ym mhob man a'r plant wedi canu fel angylion. \U0001F3F4\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F", lang="cy"),
R("gp06", "2016-11-24 22:30", "dk11"),
T("gp07", "2016-11-25 07:50", "@dokoro_cs Diolch Daniel! Next time in person, I promise. It's only seven hours on the train \U0001F602", reply="dk11"),
T("gp08", "2016-11-30 20:00", "Rural headship: nearest other head to talk to face to face is 40 minutes' drive. Nearest on Twitter: 4 seconds. Both matter."),
T("gp09", "2017-06-15 22:15", "#TeachMeet in Aberystwyth tonight. 90 minutes each way. Worth every mile to be in a room full of people who get small schools."),
T("gp10", "2017-10-20 16:00", "Llongyfarchiadau i'r t\u00eem p\u00eal-droed! Ail yn y gynghrair, a dim ond naw chwaraewr sydd gennym ni. \u26BD", lang="cy"),
T("gp11", "2018-03-02 06:45", "Snow again. Sheep fine, boiler not. School closed. Kettle on."),
T("gp12", "2018-09-16 19:30", "Small school heads: starting #SmallSchoolsChat on Sunday nights at 8pm. Tagging in people who understand rural schools: @ashworth_geog @lowe_music_ed @aroha_kura"),
T("gp13", "2019-02-05 20:30", "Heddiw: arolwg Estyn. Yfory: cysgu am wythnos.", lang="cy"),
T("gp14", "2019-04-10 16:10", "Estyn report out. So proud of our tiny team, and grateful for the support from heads on here who talked me down at midnight more than once."),
T("gp15", "2020-03-23 19:40", "Ysgol ar gau. Pecynnau dysgu wedi'u dosbarthu i bob fferm yn y Land Rover. Byddwn ni'n iawn. \U0001F49B", lang="cy"),
T("gp16", "2020-05-12 20:20", "Broadband in the valley means half our families can't join a video call. Anyone in a rural school cracked this? @aroha_kura, I think you have?"),
R("gp17", "2021-06-24 08:30", "aw12"),
T("gp18", "2021-06-24 21:00", "@aroha_kura Our class loved your star map! Sending you a map of the Welsh sky in return. Diolch o galon \u2728", reply="aw12"),
T("gp19", "2022-03-01 17:45", "Dydd G\u0175yl Dewi hapus! Y tro cyntaf ers 2019 i'r rhieni ddod i eisteddfod yr ysgol. Dagrau yn y rhes gefn (fi). \U0001F3F4\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F", lang="cy"),
T("gp20", "2022-09-04 19:00", "Eleven years as head. Three advisers, two new curricula, one pandemic. Same handful of Twitter friends the whole way through. Diolch, bawb."),
]),

dict(handle="anasofia_ele", name="Ana Sof\u00eda Ruiz", created="2014-02-20 19:02",
     via="iphone", email="anasofia.ruiz@example.com",
     bio="Profe de espa\u00f1ol en Leicester \U0001F1EA\U0001F1F8\U0001F1EC\U0001F1E7 Spanish teacher. #MFLtwitterati. Caf\u00e9, flamenco y fichas de vocabulario.",
     location="Leicester", website=True, header=True,
     sources={"iphone": 7, "web": 3},
     tweets=[
T("as01", "2014-04-02 19:30", "\u00a1Hola #MFLtwitterati! Soy profe de espa\u00f1ol en Leicester. Busco ideas para ense\u00f1ar el subjuntivo sin l\u00e1grimas \U0001F605", lang="es"),
T("as02", "2014-04-02 21:40", "Incre\u00edble: en dos horas, quince profes de cinco pa\u00edses me han mandado recursos. Este es el claustro virtual que siempre quise.", lang="es"),
T("as03", "2014-10-15 20:10", "Corrigiendo 90 redacciones sobre 'mi casa ideal'. Tres alumnos quieren vivir en un castillo con piscina de Nutella.", lang="es"),
T("as04", "2015-03-11 21:00", "Soy la \u00fanica nativa del departamento y a veces me siento sola. Por eso os quiero, #MFLtwitterati \u2764\uFE0F", lang="es"),
T("as05", "2015-06-10 18:15", "@haruka_eigo How lovely! My Y8s would love to swap postcards with your students. A trilingual exchange? \U0001F1EF\U0001F1F5\U0001F1EA\U0001F1F8\U0001F1EC\U0001F1E7", reply="hk02"),
T("as06", "2015-11-06 08:00", "#FF a mis compa\u00f1eras de #MFLtwitterati que siempre comparten: @haruka_eigo @cdubois_maths #FollowFriday", lang="es"),
R("as07", "2015-11-13 13:20", "km04"),
T("as08", "2016-04-23 15:00", "D\u00eda del Libro: mis alumnos de Y9 leyeron poemas de Gloria Fuertes en voz alta. Un chico muy t\u00edmido pidi\u00f3 leer dos veces. \U0001F4D6", lang="es"),
T("as09", "2016-11-09 20:30", ".@haruka_eigo te presento a @cdubois_maths: las dos us\u00e1is juegos de rol en clase. \u00a1Ten\u00e9is que hablar!", lang="es"),
T("as10", "2018-06-14 22:00", "Primera #BrewEd en Leicester. Hablando de evaluaci\u00f3n en un pub. Lo mejor: desvirtualizar a gente que llevaba a\u00f1os leyendo.", lang="es"),
T("as11", "2018-11-20 17:10", "Hoy un alumno me dijo 'Miss, your Twitter friends made our lesson'. Ten\u00eda raz\u00f3n: la actividad ven\u00eda de una profe de Chile. Aprendo much\u00edsimo de mis compa\u00f1eras de Twitter.", lang="es"),
T("as12", "2019-01-21 07:45", "Lunes. Lluvia. Caf\u00e9. Fotocopiadora rota. Todo normal en Leicester \u2614", lang="es"),
T("as13", "2019-04-03 20:20", "Cinco a\u00f1os en #MFLtwitterati. He cambiado de instituto dos veces y los amigos de aqu\u00ed siguen ah\u00ed. Eso vale oro.", lang="es"),
T("as14", "2020-05-06 19:00", "Clases online: 'Miss, \u00bfme oyes?' x 47. Pero tambi\u00e9n: una alumna present\u00f3 a su abuela, que habl\u00f3 en espa\u00f1ol a toda la clase \U0001F62D\u2764\uFE0F", lang="es"),
T("as15", "2020-06-24 21:30", "Virtual #MFLtwitterati meet-up tonight: 40 language teachers, 11 languages, one shared problem (the GCSE speaking exam)."),
T("as16", "2021-02-10 21:15", "A veces Twitter es una c\u00e1mara de eco: todos los profes de idiomas pensamos igual sobre los ex\u00e1menes. Necesito leer otros puntos de vista.", lang="es"),
T("as17", "2021-11-02 16:40", "D\u00eda de Muertos altar in class, built with Y7. Marigolds from a parent & papel picado posted by a teacher in Guadalajara I've never met \U0001F33C", media=True),
T("as18", "2022-07-28 18:30", "\u00a1Por fin desvirtualic\u00e9 a @haruka_eigo, de visita en Londres! Siete a\u00f1os de mensajes y un abrazo en King's Cross \U0001FAF6", lang="es", quote="hk16"),
T("as19", "2022-10-06 17:00", "Ayer vino Ofsted. Los de Y10 hablaron en espa\u00f1ol como si les fuera la vida en ello. Orgullosa.", lang="es"),
]),

dict(handle="dokoro_cs", name="Daniel Okoro", created="2012-11-10 22:48",
     via="web", email="daniel.okoro@example.net",
     bio="The only computing teacher in a Glasgow secondary (well, until 2018). Organiser of #TeachMeetGLA. Python, Raspberry Pi, bad puns.",
     location="Glasgow, Scotland", website=True, header=True,
     sources={"deck": 4, "web": 3, "android": 3},
     tweets=[
T("dk01", "2014-01-22 09:02", "@rachel_codes_ed Me! I'll be the one at the Raspberry Pi stand pretending to understand soldering. Coffee on Friday?", reply="ra01"),
T("dk02", "2014-02-11 20:15", "Being the only computing teacher in the building means nobody to moan to about indentation. Hello, Twitter. You'll have to do."),
T("dk03", "2014-05-19 19:30", "#TeachMeetGLA is on! 12 June, 4.30pm, free, biscuits. Nano presentations of 2 or 7 minutes. Sign up: <<https://teachmeetgla.example/june-2014>> #TeachMeet"),
T("dk04", "2014-06-12 21:40", "What a night. 60 teachers, 14 presenters, one fire alarm. Thank you all. #TeachMeetGLA", media=True),
T("dk05", "2015-05-15 07:45", "@pryce_ysgol @rachel_codes_ed Six kids is a club! Mine started with four. Sending you my Scratch starter pack: rough, but it works.", reply="gp03"),
R("dk06", "2015-05-14 20:45", "ra06"),
T("dk07", "2015-10-08 21:00", "Four years. One computing teacher (me). 900 pupils. Department meetings are very efficient. Very lonely, mind."),
T("dk08", "2016-02-17 20:05", "Calling all 'onlys': the only teacher of your subject in the building. Let's find each other. @lowe_music_ed @ashworth_geog"),
T("dk09", "2016-03-03 17:30", "Code Club cancelled because the server room flooded. Again. The server room is a cupboard."),
R("dk10", "2016-05-10 21:15", "hl03"),
T("dk11", "2016-11-24 22:10", "#TeachMeetGLA no.5: a primary head from Powys joined us by Skype. @pryce_ysgol, you were the hit of the night. Next time, in person?"),
T("dk12", "2017-03-09 16:40", "S2 wrote a Python program that insults you if you type the wrong password. Security is, technically, improving."),
T("dk13", "2018-08-15 17:00", "After seven years I am no longer a department of one. We've hired a second computing teacher!!! \U0001F389\U0001F389\U0001F389"),
T("dk14", "2018-08-21 16:20", "Turns out the new colleague already followed me on here. Walked in on day one and said 'oh, you're the TeachMeet guy'. Fame at last."),
T("dk15", "2019-03-01 08:30", "#FF everyone who's ever stood up at #TeachMeetGLA: @rachel_codes_ed @lowe_music_ed @nkowalski_lead and dozens more. You make it. #FollowFriday"),
T("dk16", "2020-06-11 22:30", "#TeachMeetGLA went online tonight: 140 people, 9 countries, including @haruka_eigo at 3am in Sendai and @aroha_kura at breakfast in Rotorua. Mad. Brilliant."),
T("dk17", "2021-09-07 15:10", "Raspberry Pi shortage means physical computing with 8 Pis for 28 kids. Pairs of three? Triples? Triads? Chaos."),
T("dk18", "2022-06-01 18:45", "#TeachMeetGLA is BACK in person! 23 June, usual place, usual biscuits. I have missed the chaos. Who's in? <<https://teachmeetgla.example/2022>>"),
T("dk19", "2022-11-24 08:20", "Strike day. Picket line outside school at 8am with the department & half the English staff. Freezing. Solidarity and flasks of tea."),
T("dk20", "2022-11-27 20:00", "Twitter might be falling apart, but #TeachMeetGLA now has a mailing list. Networks should outlive platforms. Let's make sure of it.", quote="ra22"),
]),

dict(handle="haruka_eigo", name="Haruka Ishida \u77f3\u7530\u306f\u308b\u304b", created="2015-04-10 12:30",
     via="iphone", email="haruka.ishida@example.jp",
     bio="English teacher at a public junior high in Sendai. \u4e2d\u5b66\u6821\u82f1\u8a9e\u6559\u5e2b\u3002Learning from teachers everywhere \U0001F30F",
     location="Sendai, Japan", website=False, header=True,
     sources={"iphone": 9, "web": 1},
     tweets=[
T("hk01", "2015-05-08 11:00", "Hello! I teach English at a junior high school in Sendai. Joining #MFLtwitterati to learn from language teachers around the world \U0001F647\u200D\u2640\uFE0F"),
T("hk02", "2015-06-10 09:30", "Our 2nd graders wrote postcards about Sendai for a school overseas. Is anyone interested in an exchange? \U0001F4EE #MFLtwitterati"),
T("hk03", "2015-06-11 00:20", "@anasofia_ele Yes please! My students are so excited. They each want to learn one Spanish word.", reply="as05"),
T("hk04", "2016-02-05 08:00", "\u4eca\u65e5\u306e\u82f1\u8a9e\u306e\u6388\u696d\u3067\u3001\u30a4\u30ae\u30ea\u30b9\u306e\u4e2d\u5b66\u751f\u304b\u3089\u306e\u624b\u7d19\u3092\u8aad\u307f\u307e\u3057\u305f\u3002\u751f\u5f92\u305f\u3061\u306f\u5927\u559c\u3073\uff01 #\u82f1\u8a9e\u6559\u80b2", lang="ja"),
T("hk05", "2016-06-15 04:00", "I eat lunch with my homeroom class every day. It's my favourite 20 minutes of the day \U0001F371"),
T("hk06", "2016-11-10 01:00", "@anasofia_ele @cdubois_maths Thank you Ana! Claire, nice to meet you. Role plays in maths?! I want to know more \U0001F60A", reply="as09"),
T("hk07", "2017-05-19 10:00", "I'm the only teacher at my school who uses Twitter for teaching ideas. My colleagues think it's strange. My students think it's cool \U0001F60E"),
T("hk08", "2018-07-02 13:00", "\u90e8\u6d3b\u306e\u6307\u5c0e\u3067\u6bce\u65e5\u591c\u9045\u304f\u307e\u3067\u5b66\u6821\u306b\u3044\u308b\u3002\u5148\u751f\u306e\u50cd\u304d\u65b9\u3001\u3082\u3063\u3068\u8003\u3048\u305f\u3044\u3002", lang="ja"),
T("hk09", "2018-10-30 05:00", "Tea ceremony lesson for our ALT today. She folded the fukusa better than me \U0001F375"),
T("hk10", "2020-04-20 03:00", "\u4f11\u6821\u4e09\u9031\u76ee\u3002\u30aa\u30f3\u30e9\u30a4\u30f3\u6388\u696d\u306e\u6e96\u5099\u3067\u982d\u304c\u3044\u3063\u3071\u3044\u3002\u4e16\u754c\u4e2d\u306e\u5148\u751f\u305f\u3061\u306e\u30a2\u30a4\u30c7\u30a2\u306b\u672c\u5f53\u306b\u52a9\u3051\u3089\u308c\u3066\u3044\u307e\u3059\u3002", lang="ja"),
R("hk11", "2020-06-11 22:50", "dk16"),
T("hk12", "2020-06-12 00:30", "@dokoro_cs Thank you for inviting me! 3am in Sendai but worth it. My English was nervous but OK \U0001F605", reply="dk16"),
T("hk13", "2021-03-11 05:46", "\u3042\u306e\u65e5\u304b\u3089\u5341\u5e74\u3002\u4eca\u65e5\u306f\u751f\u5f92\u305f\u3061\u3068\u9759\u304b\u306b\u9ed9\u7977\u3057\u307e\u3057\u305f\u3002", lang="ja"),
T("hk14", "2021-12-20 09:00", "I learned more from teachers on Twitter this year than from any training day. \u3042\u308a\u304c\u3068\u3046 \U0001F64F"),
T("hk15", "2022-04-08 06:00", "\u65b0\u5e74\u5ea6\u3002\u65b0\u3057\u3044\u5b66\u6821\u306b\u7570\u52d5\u3057\u307e\u3057\u305f\u3002\u3067\u3082\u3001Twitter\u306e\u4ef2\u9593\u306f\u305d\u306e\u307e\u307e\u3002\u307b\u3063\u3068\u3057\u307e\u3059\u3002", lang="ja"),
T("hk16", "2022-07-28 12:00", "London trip! Finally met @anasofia_ele in person at King's Cross after seven years of messages. We cried a little \U0001F1EF\U0001F1F5\U0001F1EC\U0001F1E7"),
R("hk17", "2022-07-28 18:45", "as18"),
]),
]

ACCOUNTS += [
dict(handle="cdubois_maths", name="Claire Dubois", created="2014-09-12 16:40",
     via="web", email="claire.dubois@example.fr",
     bio="Prof de maths au coll\u00e8ge, Lyon. \u00c9nigmes, jeux de r\u00f4le et erreurs productives. Maths teacher, Lyon.",
     location="Lyon, France", website=True, header=True,
     sources={"web": 6, "iphone": 4},
     tweets=[
T("cd01", "2014-09-14 18:00", "Premier tweet ! Prof de maths \u00e0 Lyon, je cherche des coll\u00e8gues qui aiment les \u00e9nigmes et les erreurs int\u00e9ressantes.", lang="fr"),
T("cd02", "2015-01-29 17:30", "Mes 4e ont trouv\u00e9 trois fa\u00e7ons de r\u00e9soudre le probl\u00e8me des poign\u00e9es de main. Aucune n'\u00e9tait la mienne. \U0001F60D", lang="fr"),
T("cd03", "2015-05-20 20:45", "En salle des profs, on ne parle jamais de Twitter. Pourtant c'est ici que j'apprends le plus en ce moment.", lang="fr"),
R("cd04", "2016-05-11 16:00", "lb04"),
T("cd05", "2016-06-23 12:00", "Correction de copies : \u00ab x = banane \u00bb n'est pas une r\u00e9ponse acceptable, Th\u00e9o.", lang="fr"),
T("cd06", "2016-11-10 07:00", "@haruka_eigo @anasofia_ele Enchant\u00e9e, Haruka! Role play: pupils are 'engineers' defending their solution to a 'client'. Works every time.", reply="hk06"),
T("cd07", "2017-08-19 14:00", "@meilin_sci @lbrandt_physik Merci Mei Lin ! Lukas, I'd love to see your lab. Maths mistakes and physics mistakes are cousins.", reply="ml09"),
T("cd08", "2017-12-05 21:00", "Le r\u00e9seau, ce n'est pas le nombre d'abonn\u00e9s. Ce sont les cinq personnes qui r\u00e9pondent quand on pose une vraie question.", lang="fr"),
T("cd09", "2018-02-15 20:00", "@lbrandt_physik Ton article sur les \u00ab belles erreurs \u00bb est traduit en fran\u00e7ais ! Mes coll\u00e8gues l'adorent <<https://claire-maths.example/belles-erreurs>>", lang="fr", reply="lb07"),
T("cd10", "2018-03-22 09:30", "Gr\u00e8ve aujourd'hui. Pas de cours, mais une longue discussion au caf\u00e9 avec des coll\u00e8gues d'autres coll\u00e8ges. #gr\u00e8ve", lang="fr"),
T("cd11", "2019-03-14 16:00", "Semaine des maths : nos \u00e9l\u00e8ves ont pos\u00e9 leurs questions sur la taille de l'univers \u00e0 @kwame_stars. Il a r\u00e9pondu avec une vid\u00e9o ! \U0001F389", lang="fr"),
T("cd12", "2020-03-28 10:00", "Confinement, jour 12. Mon chat assiste \u00e0 tous les cours en visio. Il est plus attentif que certains \u00e9l\u00e8ves. \U0001F408", lang="fr"),
T("cd13", "2020-06-04 20:30", "International maths teachers' Zoom tonight: Lyon, Cape Town, Hamburg, Leicester. Thanks @lindiwe_maths for hosting. Same problems everywhere \U0001F602"),
T("cd14", "2021-02-11 19:00", "R\u00e9forme du lyc\u00e9e, \u00e9pisode 47. On s'adapte. Encore.", lang="fr"),
T("cd15", "2022-05-07 18:00", "Enfin rencontr\u00e9 @lbrandt_physik en vrai, \u00e0 Strasbourg ! Cinq ans d'\u00e9changes sur Twitter, et une tarte flamb\u00e9e.", lang="fr"),
T("cd16", "2022-09-01 19:30", "Rentr\u00e9e. Nouveau coll\u00e8ge, nouvelle \u00e9quipe. Mais mes amis de Twitter m'ont d\u00e9j\u00e0 envoy\u00e9 des messages d'encouragement \u2764\uFE0F", lang="fr"),
]),

dict(handle="priya_earlyyrs", name="Priya Nair", created="2015-08-20 20:10",
     via="iphone", email="priya.nair@example.com",
     bio="Reception teacher in Leeds. Play, stories, mud kitchens. Early years is not a warm-up act.",
     location="Leeds", website=False, header=True,
     sources={"iphone": 8, "web": 2},
     tweets=[
T("pn01", "2015-09-10 17:00", "First week of Reception. One child asked if I live at school. I said no. He looked betrayed."),
T("pn02", "2016-03-16 16:30", "Mud kitchen, day 1: soup. Day 2: 'cake'. Day 3: a full restaurant with a waiting list. #EYFS"),
R("pn03", "2016-04-20 18:00", "ra08"),
T("pn04", "2016-10-12 20:00", "Early years can feel invisible in whole-school CPD. Found like-minded people on here. The #EYFS crowd are generous beyond belief."),
T("pn05", "2017-04-25 10:30", "@josie_larkin Our Reception class built a lighthouse out of boxes after reading your book. They'd like you to know it has a lift.", reply_ext="josie_larkin"),
T("pn06", "2017-04-26 16:00", "Author @josie_larkin replied with a voice note: she'd love a ride in the lift. 28 four-year-olds lost their minds \U0001F4DA\u2764\uFE0F"),
T("pn07", "2018-05-10 22:00", "#BrewEd Leeds tonight, my first meet-up with people from here. Talked play-based learning with a secondary maths teacher for an hour. We both left with new ideas."),
R("pn08", "2018-09-12 08:40", "aw07"),
T("pn09", "2018-11-14 18:20", "Staffroom was all doom and gloom today. Came home, opened Twitter: twenty people sharing joy from their classrooms. Needed that."),
T("pn10", "2018-12-12 19:00", "Nativity season. Three angels, two Marys and a shepherd who has decided to be a T-rex. Artistic choices."),
T("pn11", "2019-03-20 20:30", "@aroha_kura you have to meet @jobirch_send: both doing amazing outdoor learning with children with SEND. Tagging you both in! \U0001F333"),
T("pn12", "2019-06-14 08:00", "#FF my #EYFS people: @aroha_kura @jobirch_send, and @rachel_codes_ed who convinced me Bee-Bots aren't scary. #FollowFriday"),
T("pn13", "2020-05-13 15:30", "Teaching phonics over Zoom to four-year-olds is an extreme sport."),
T("pn14", "2021-03-03 19:00", "Burnout is real. Taking a week off Twitter & marking. Back soon. Be kind to yourselves x"),
T("pn15", "2021-03-12 18:30", "Back. Thank you for all the messages. Half of you I've never met, and you were more supportive than some people I see every day \U0001F49B"),
T("pn16", "2022-10-20 15:45", "Leaves, conkers and one very confused worm. Autumn in Reception \U0001F342", media=True),
]),

dict(handle="mcgrath_art", name="Niall McGrath", created="2014-05-01 21:33",
     via="web", email="niall.mcgrath@example.ie",
     bio="Art teacher, secondary, Galway. Clay on everything. Department of one.",
     location="Galway, Ireland", website=False, header=False,
     sources={"iphone": 5, "web": 5},
     tweets=[
T("nm01", "2014-06-05 16:00", "Kiln disaster. Not a real explosion. Just three 2nd year pots. Well. A real explosion of three pots."),
T("nm02", "2015-01-20 21:00", "Only art teacher in the school. The #arted crowd on here are my department meetings now."),
RX("nm03", "2015-04-22 17:10", "marcoverdi_art", "Got a parcel of drawings from a school in Galway this morning. Best post I've had all year. Teachers, you are wonderful."),
T("nm04", "2015-04-22 17:30", "A reply from illustrator @marcoverdi_art! TY sent him their versions of his drawings & he said they beat the originals \U0001F62D"),
T("nm05", "2016-05-12 19:00", "@lowe_music_ed Loved your post on being a department of one. Swap 'music' for 'art' and it's my life. Coffee if you're in Galway?", reply="hl03"),
T("nm06", "2016-06-10 13:00", "Junior Cert art exam. The smell of acrylic and fear."),
T("nm07", "2016-11-18 19:00", "Parent-teacher meetings. Told six sets of parents their child is 'a natural with charcoal'. All true, mind."),
T("nm08", "2017-10-16 12:00", "Storm Ophelia closed every school in Ireland. Painted the garden shed. Wrongly."),
T("nm09", "2018-04-13 08:30", "#FollowFriday: @dev_dt_teach for laser-cut genius and @marcoverdi_art for being so kind to 15-year-olds. #FF"),
T("nm10", "2019-02-12 17:00", "Clay faces by 1st years. Every one a small masterpiece of chaos.", media=True),
T("nm11", "2019-10-26 21:00", "Finally met @lowe_music_ed IRL at a conference in Edinburgh. Two departments of one, in the same room at last."),
T("nm12", "2020-04-29 15:00", "Teaching art online. 'Sir, can I use my cat as a model?' Yes. Yes you can."),
T("nm13", "2021-05-19 20:30", "The Twitter bubble is all beautiful classroom photos. Real life is PVA glue on the ceiling. Both are true."),
T("nm14", "2022-06-17 16:00", "Leaving Cert portfolios done. The kids are brilliant & I'm going to sleep for a week."),
T("nm15", "2022-11-09 21:00", "Wondering where art teachers will connect if this place goes. We'll find each other. We always do."),
]),

dict(handle="jobirch_send", name="Jo Birch", created="2013-10-05 19:50",
     via="web", email="jo.birch@example.org",
     bio="SENCo, Norwich \u2192 special school. Advocate for the kids who don't fit the spreadsheet. Tuesday night chats & strong tea.",
     location="Norwich", website=True, header=True,
     sources={"web": 6, "iphone": 4},
     tweets=[
T("jb01", "2014-01-14 21:00", "SENCo is a lonely job: one per school. Thank goodness for the SEND folk on here on a Tuesday night."),
T("jb02", "2014-06-18 18:30", "Paperwork mountain today: 3 statement reviews, 1 annual review, 0 lunch."),
T("jb03", "2015-02-26 16:10", "Pupil who wouldn't speak in September just read his poem to the whole class. Not crying, you're crying."),
T("jb04", "2016-01-27 20:00", "Tried an idea from someone on here: visual timetables for transitions. It transformed a child's mornings. Thank you, whoever you are."),
T("jb05", "2016-10-06 17:20", "Ofsted on Thursday. They spent more time with our SEND team than anywhere else. I'll take it."),
T("jb06", "2017-07-04 21:30", "Echo chamber warning: we all agree inclusion matters. Let's also listen to teachers who say they can't make it work, and ask why."),
T("jb07", "2018-01-19 09:10", "@twhitfield_hist I'll take 'often right'. Framing it.", reply="th11"),
R("jb08", "2018-02-07 21:00", "nk06"),
T("jb09", "2019-03-20 21:00", "@priya_earlyyrs @aroha_kura Thank you Priya! Aroha, your forest school thread last month was brilliant. DMs open \U0001F33F", reply="pn11"),
T("jb10", "2019-05-02 19:45", "Introduced by @priya_earlyyrs to @aroha_kura, and now we're swapping sensory garden plans between Norwich and Rotorua. This is what the network is for."),
T("jb11", "2020-05-07 20:30", "Lockdown SEND: nine families, nine completely different needs, one phone. Exhausted & proud."),
T("jb12", "2021-01-26 21:00", "Wellbeing isn't a yoga session in the hall at 4pm. It's a workload you can actually do."),
R("jb13", "2021-03-03 19:20", "pn14"),
T("jb14", "2022-04-22 17:00", "New job! Moving to a special school in September. Scared. The people on here have been so supportive already."),
T("jb15", "2022-09-13 21:00", "First week at the new school. Different building, different team, same Tuesday night chat. Some things stay put."),
]),

dict(handle="lbrandt_physik", name="Lukas Brandt", created="2013-11-02 18:05",
     via="web", email="lukas.brandt@example.de",
     bio="Physiklehrer in Hamburg. Experimente, sch\u00f6ne Fehler und Kaffee. Physics teacher. Tweets auf Deutsch & in English.",
     location="Hamburg", website=True, header=True,
     sources={"deck": 5, "web": 3, "android": 2},
     tweets=[
T("lb01", "2014-03-12 20:30", "@meilin_sci Hold a cold spoon in the middle of the flame: soot ring, clean centre, unburnt wax vapour. My Klasse 8 loved it.", reply="ml01"),
T("lb02", "2014-09-24 14:00", "Heute: Fadenstrahlrohr im Unterricht. Die ganze Klasse war still. Das passiert selten.", lang="de"),
T("lb03", "2015-03-18 20:00", "Twitter ist f\u00fcr mich das Lehrerzimmer, das nie schlie\u00dft. Kolleginnen in London, Lyon und Kapstadt. #twlz", lang="de"),
T("lb04", "2016-05-11 15:30", "Sch\u00f6ne Fehler: Ein Sch\u00fcler hat g = 98 m/s\u00b2 berechnet. 20 Minuten dar\u00fcber, warum das nicht sein kann. Beste Stunde der Woche.", lang="de"),
T("lb05", "2016-09-30 07:30", "#FollowFriday: @meilin_sci, who asks better questions than anyone I know. Now from Singapore! #FF"),
T("lb06", "2017-08-19 15:00", "@cdubois_maths @meilin_sci Claire! Mei Lin has told me all about you. A joint Skype for our classes on mistakes?", reply="cd07"),
T("lb07", "2018-02-10 19:00", "Wrote up our 'beautiful mistakes' lab in English at last. Thank you to everyone who gave feedback, esp. @cdubois_maths <<https://physik-brandt.example/beautiful-mistakes>>"),
T("lb08", "2018-07-31 11:00", "Hitzefrei! Zu hei\u00df f\u00fcr Physik, sagen die Sch\u00fcler. Ich sage: perfekt f\u00fcr Thermodynamik. \u2600\uFE0F", lang="de"),
T("lb09", "2019-05-22 18:00", "A teacher in Osaka I've never met used my lab sheet and sent photos of her class. Still amazes me, after all these years."),
T("lb10", "2019-06-28 12:00", "Open day. Made a fire tornado. A parent asked if it was safe. Define safe."),
R("lb11", "2020-03-20 13:00", "ml17"),
T("lb12", "2020-04-22 10:00", "Fernunterricht, Woche 5. Experimente mit K\u00fcchenwaage und Handy-Stoppuhr. Erstaunlich gut.", lang="de"),
T("lb13", "2021-01-20 21:00", "Filterblase: meine Timeline ist voller Physiklehrer, die Experimente lieben. Wo sind die, die Theorie zuerst machen? Ich will streiten \U0001F604", lang="de"),
R("lb14", "2022-05-07 18:30", "cd15"),
T("lb15", "2022-05-07 19:00", "Endlich @cdubois_maths in Stra\u00dfburg getroffen. F\u00fcnf Jahre online, ein Nachmittag offline. Wunderbar.", lang="de"),
T("lb16", "2022-08-30 17:00", "Teacher shortage everywhere. My school is short four physics teachers this year. Send coffee."),
]),

dict(handle="aroha_kura", name="Aroha Walker", created="2015-01-25 07:12",
     via="iphone", email="aroha.walker@example.co.nz",
     bio="Primary kaiako in Rotorua, Aotearoa \U0001F1F3\U0001F1FF Place-based learning, digital tech, kapa haka on Fridays.",
     location="Rotorua, NZ", website=False, header=True,
     sources={"iphone": 8, "web": 2},
     tweets=[
T("aw01", "2015-02-08 20:00", "Kia ora koutou! Primary kaiako in Rotorua. Keen to connect with like-minded teachers doing place-based learning. #edchatNZ"),
T("aw02", "2015-08-11 03:00", "Our class tweeted the science museum (@HarbourSciMus) about a shark tooth they found. They replied with a video! Tamariki buzzing \U0001F988"),
T("aw03", "2016-05-18 19:30", "Rotorua morning: steam off the lake, 26 kids in gumboots, one very patient bus driver."),
T("aw04", "2016-08-24 20:10", "Learning te reo alongside my students. They're faster than me. Much faster."),
T("aw05", "2017-06-14 19:00", "Time zones mean I join #ukedchat at breakfast. UK teachers' ideas with my porridge. Best Twitter CPD going."),
T("aw06", "2018-02-20 22:00", "Digital tech is in our curriculum now and I'm the only one in our school who's excited. Grateful for @rachel_codes_ed and her resources. #edtech"),
T("aw07", "2018-09-12 08:00", "Kindness is underrated CPD. A teacher in Leeds I've never met just sent me her whole outdoor learning plan. What a generous network \U0001F49B"),
R("aw08", "2018-09-17 08:05", "gp12"),
T("aw09", "2018-09-17 08:00", "@pryce_ysgol @ashworth_geog @lowe_music_ed Sunday 8pm UK is Monday 7am here. I'll be there with my coffee \u2615", reply="gp12"),
T("aw10", "2019-03-21 07:30", "@priya_earlyyrs @jobirch_send Ka pai, Priya! Jo, I'd love to hear about your sensory garden.", reply="pn11"),
T("aw11", "2020-04-01 21:00", "Level 4 lockdown, day 7. Tamariki are sending me photos of bread they've baked. I'm fine. Totally fine. \U0001F62D"),
T("aw12", "2021-06-24 08:00", "Matariki this week. Our class made a star map and sent it to a class in Wales. Thanks for the connection, @pryce_ysgol \u2728"),
T("aw13", "2020-05-12 23:00", "@pryce_ysgol Same hills, different hemisphere! Our wh\u0101nau without internet got paper packs & a weekly phone call. Happy to share what worked.", reply="gp16"),
T("aw14", "2020-06-11 19:00", "Joined #TeachMeetGLA from Rotorua at 6am. Scotland, you're wonderful and you talk very fast."),
T("aw15", "2020-11-13 09:30", "@rachel_codes_ed @fhussain_eng \U0001F64C\U0001F64C\u2764\uFE0F", lang="und", reply="ra19"),
T("aw16", "2022-02-15 20:00", "Moved schools this term. New kura, new wh\u0101nau, same lovely network on here. Kia ora for sticking around."),
]),

dict(handle="msmonroe_reads", name="Keisha Monroe", created="2013-08-14 23:30",
     via="web", email="keisha.monroe@example.com",
     bio="7th grade ELA, Atlanta. Every kid a reader. #edchat regular. She/her.",
     location="Atlanta, GA", website=True, header=True,
     sources={"iphone": 5, "web": 5},
     tweets=[
T("km01", "2014-01-08 01:30", "Tuesday nights = #edchat. Came for the ideas, stayed for the people. Best Twitter chat going."),
T("km02", "2014-04-16 21:00", "Book talk today: my quietest kid sold the whole class on a graphic novel. Waitlist of 11."),
RX("km03", "2015-02-05 22:30", "josie_larkin", "Seventh graders in Atlanta just sent me the best questions I've had all year. Answering them one by one!"),
T("km04", "2015-11-13 13:00", "#FF @anasofia_ele: a Spanish teacher in England who shares more good ideas than anyone I know. #FollowFriday"),
T("km05", "2015-02-05 23:00", "Tweeted a question to author @josie_larkin for my 7th graders. She answered each one by name. Now they're writing their own endings \U0001F4DA"),
T("km06", "2016-02-10 02:00", "Twitter PLN > district PD. Sorry, district."),
T("km07", "2017-01-07 14:00", "Snow day in Atlanta! (One inch. City closed. Don't @ me.) \u2744\uFE0F"),
T("km08", "2017-04-25 02:10", "Honest question for #edchat: are we talking to anyone outside our filter bubble? My timeline agrees with me way too much."),
T("km09", "2018-03-21 01:00", "Grading 120 argumentative essays. Best thesis so far: 'Homework is a violation of the Geneva Convention.'"),
T("km10", "2019-10-30 20:00", "Mock trial of the Big Bad Wolf. Jury found him not guilty. The pigs are appealing."),
T("km11", "2020-05-28 00:00", "@fhussain_eng you'd love @twhitfield_hist's posts on history & literature. You two should talk, Atlantic be damned \U0001F1EC\U0001F1E7\U0001F1FA\U0001F1F8"),
R("km12", "2020-06-03 18:30", "fh06"),
T("km13", "2020-09-23 01:00", "Virtual learning, day 40. My cat has attended more Zoom classes than some of my students."),
T("km14", "2021-10-12 01:30", "Teacher burnout is not a personal failing. It's a staffing problem. Another wellness webinar won't fix it."),
T("km15", "2022-03-19 23:00", "Met three of my #edchat friends in person at a conference in Philly. Nine years of tweets and it felt like we'd always hung out."),
T("km16", "2022-11-18 02:00", "If this place shuts down, I want you all to know the Tuesday night #edchat crowd made me a better teacher. Find me wherever we land."),
]),

dict(handle="ashworth_geog", name="Bev Ashworth", created="2012-03-12 17:45",
     via="web", email="bev.ashworth@example.org",
     bio="Geography (and the only geographer) at a small school in the Cumbrian fells. Rain enthusiast by necessity.",
     location="Cumbria", website=False, header=True,
     sources={"web": 7, "android": 3},
     tweets=[
T("ba01", "2014-02-04 20:00", "The only geography teacher in a school of 280, 25 miles from the next secondary. Geography teachers of Twitter: you are my department."),
R("ba02", "2014-06-25 21:30", "gp02"),
T("ba03", "2014-10-01 17:00", "River study fieldwork. Rain: horizontal. Students: remarkably cheerful. Me: soaked to the bone."),
T("ba04", "2015-11-06 08:15", "#FF the fab @pryce_ysgol, who understands small rural schools better than anyone. #FollowFriday"),
T("ba05", "2015-12-07 10:00", "School closed. Storm Desmond has turned the river we study into the high street. Thinking of everyone affected."),
T("ba06", "2016-02-17 21:00", "@dokoro_cs @lowe_music_ed Count me in. The 'onlys' club. We need badges.", reply="dk08"),
R("ba07", "2016-02-17 21:05", "dk08"),
T("ba08", "2017-03-25 18:00", "Drove three hours to a #TeachMeet in Manchester. Finally met @rachel_codes_ed after three years of chatting. Worth every drop of petrol."),
T("ba09", "2018-05-24 21:00", "GCSE coursework marked. Drank tea. Marked more. Drank more tea."),
T("ba10", "2018-09-16 20:30", "@pryce_ysgol Rural schools unite! Happy to swap notes on fieldwork without a minibus.", reply="gp12"),
T("ba11", "2019-03-06 16:00", "Someone on here put me in touch with a glaciologist, and today our Y10s had a video call with a scientist in Svalbard. In a Cumbrian classroom. Unreal \U0001F9CA"),
T("ba12", "2019-06-05 15:00", "Y8 weather station finally up & running. It says rain. It will always say rain.", media=True),
T("ba13", "2020-04-28 10:00", "Broadband down again. Teaching live lessons from the car park at the top of the hill where there's 4G."),
T("ba14", "2021-04-14 20:00", "Twitter is lovely, but I notice I mostly follow geographers who teach like me. Bit of a silo. Making a point of following some who don't."),
T("ba15", "2022-07-20 17:00", "Twelve years at this school. I used to feel cut off. Now I have friends in Glasgow, Powys and Rotorua. Rural doesn't have to mean isolated."),
]),

dict(handle="brennan_pe", name="Ollie Brennan", created="2016-01-10 18:30",
     via="iphone", email="ollie.brennan@example.co.uk",
     bio="PE teacher, Cardiff. Rugby, resilience and finding every kid a sport. Parkrun regular (slow).",
     location="Cardiff", website=False, header=True,
     sources={"iphone": 9, "web": 1},
     tweets=[
T("ob01", "2016-01-12 19:00", "New to Twitter. PE teacher in Cardiff. Here for ideas to get the kids who hate PE moving. Go easy on me. Will follow back!"),
T("ob02", "2016-07-02 10:00", "Wales in the Euros semi-final!!! Today's lesson plan: cancelled. Replaced with 'Bale appreciation'. \U0001F3F4\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F"),
T("ob03", "2017-02-08 15:30", "Y9 orienteering round the school. Two groups found their way back. The third found the canteen."),
T("ob04", "2017-09-27 18:00", "Found a wheelchair basketball coach through Twitter who came in for free. The kids now demand it every week."),
T("ob05", "2017-11-30 20:00", "Estyn visit next week. The cones have never been so tidy."),
T("ob06", "2018-06-29 17:00", "Diolch @pryce_ysgol for the Welsh phrases for sports day! Our Year 7 announcer was magnificent."),
T("ob07", "2018-11-08 20:30", "Staffroom negativity is contagious. So is enthusiasm. Choosing where I sit at lunch very carefully these days."),
R("ob08", "2019-03-27 19:30", "lk06"),
T("ob09", "2019-03-28 17:00", "@lindiwe_maths @coach_thabo Thanks for the intro, Lindiwe! Thabo, I'd love to hear how you run your ubuntu games.", reply="lk06"),
T("ob10", "2019-09-30 12:00", "Rugby World Cup in Japan: half of Y10 watched the match at dawn before school. Tired but happy \U0001F3C9"),
T("ob11", "2020-04-24 14:00", "PE over Zoom: 'Sir, my mum says no star jumps indoors.' Fair."),
T("ob12", "2020-11-20 09:00", "#FF the people who helped a PE teacher survive remote learning: @lindiwe_maths, @coach_thabo and @dokoro_cs. #FollowFriday"),
T("ob13", "2021-05-10 07:00", "Teacher wellbeing matters too. Took up running again. 5k this morning, slow & smiling."),
T("ob14", "2022-01-06 19:00", "Moved to a new school across the city. Twitter friends have already sent five 'first week survival' messages \U0001F602 Thank you."),
T("ob15", "2022-11-21 20:00", "Wales at the World Cup for the first time since 1958 \U0001F3F4\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F The whole school has gone bucket-hat crazy. Diolch @pryce_ysgol for the Welsh chant sheet!"),
]),

dict(handle="fhussain_eng", name="Fatima Hussain", created="2019-06-30 20:14",
     via="iphone", email="fatima.hussain@example.com",
     bio="English teacher in Birmingham. Survived a training year in a pandemic. Poetry, tea, lists. #WomenEd",
     location="Birmingham, UK", website=False, header=True,
     sources={"iphone": 8, "webapp": 2},
     tweets=[
T("fh01", "2019-09-03 18:00", "Training year starts tomorrow! I've been told to join teacher Twitter. Hello? Is this thing on? Will follow back \U0001F44B #ukedchat"),
T("fh02", "2019-10-15 21:00", "Someone I've never met just sent me a whole unit on 'An Inspector Calls' because I asked a question. Is teacher Twitter always this supportive?"),
R("fh03", "2019-10-24 20:10", "nk09"),
T("fh04", "2020-03-30 20:00", "My training year plans did not include teaching poetry through a webcam to a class of black squares all called 'Guest'."),
T("fh05", "2020-06-01 21:00", "@msmonroe_reads @twhitfield_hist Oh yes please! Tom, I'm planning a WW1 poetry unit and could really use a historian's eye.", reply="km11"),
T("fh06", "2020-06-03 18:00", "@twhitfield_hist replied with a reading list longer than my arm. The history-English crossover is where it's at. Thank you @msmonroe_reads for the intro!"),
T("fh07", "2020-09-02 17:00", "First day as an NQT. In a mask. In a bubble. Year 8 somehow already know my first name."),
T("fh08", "2020-11-13 08:30", "#FollowFriday to the people who got me through training in a pandemic: @nkowalski_lead @rachel_codes_ed @msmonroe_reads \U0001F49B #FF"),
T("fh09", "2020-11-13 12:00", "@rachel_codes_ed Wiser?! I had a cry in the stock cupboard on Tuesday. But thank you \U0001F49B", reply="ra19"),
T("fh10", "2021-03-24 22:00", "Marking mocks at 10pm. The cat has claimed the pile marked 'done'."),
T("fh11", "2021-06-26 18:00", "Went to my first #WomenEd event. @nkowalski_lead was right: find your people and you'll find your voice."),
T("fh12", "2021-07-16 19:00", "Passed my NQT year! To my PLN, the strangers on here who became colleagues: thank you. You know who you are."),
T("fh13", "2021-10-21 16:00", "Poetry recital day. A Y8 boy read Benjamin Zephaniah in a way I'll never forget."),
T("fh14", "2022-02-23 21:30", "Is it just me, or is teacher Twitter a bit of an echo chamber? Everyone I follow loves the same five books."),
T("fh15", "2022-05-20 22:00", "#BrewEd Birmingham. Finally met @nkowalski_lead IRL after two years of her mentoring me by DM. She's even funnier in person."),
]),

dict(handle="dev_dt_teach", name="Dev Patel", created="2014-03-01 10:20",
     via="web", email="dev.patel@example.net",
     bio="Design & Technology teacher, Coventry. Laser cutter whisperer. DT matters & I will die on this hill.",
     location="Coventry", website=True, header=True,
     sources={"web": 6, "android": 4},
     tweets=[
T("dp01", "2014-04-12 13:00", "Laser cutter fixed. Cost: one Saturday, three videos and a tweet to a stranger in Leeds who talked me through lens alignment."),
T("dp02", "2015-01-20 07:00", "#BETT this week. I'll be at the 3D printing stands looking sceptical. #edtech"),
T("dp03", "2016-03-03 16:00", "Y9 made phone stands. One made a phone 'sleeping bag'. Not the brief. Brilliant."),
T("dp04", "2016-07-28 15:00", "Finally met @dokoro_cs at a Raspberry Pi event in Cambridge. Talked about servo motors for three hours. No regrets."),
T("dp05", "2017-05-16 20:00", "DT is disappearing from timetables and it can feel lonely fighting for it. The #DTteacher crowd on here keep me going."),
T("dp06", "2018-04-13 12:30", "@mcgrath_art Cheers Niall! Send over your clay designs & we'll cut some stencils for your 1st years.", reply="nm09"),
R("dp07", "2018-04-13 12:35", "nm09"),
T("dp08", "2018-06-01 08:00", "#FF @dokoro_cs, who has answered every daft Python question I've ever asked him. Patient man. #FollowFriday"),
R("dp09", "2018-08-15 17:30", "dk13"),
T("dp10", "2019-02-27 16:30", "Textiles borrowed the laser cutter. It now smells of burnt felt. Everything smells of burnt felt."),
T("dp11", "2019-09-18 18:00", "Cross-curricular win: @lowe_music_ed and I designed laser-cut ukulele bridges for her Y8 band. Met on here; never been in the same county."),
T("dp12", "2020-04-09 20:00", "Made 400 face shields for local hospitals on the school 3D printers. DT teachers across the UK shared the design files overnight. Proud of this lot."),
T("dp13", "2021-01-28 18:00", "Teaching DT with no workshop: 'design a chair' with cardboard & tape at home. The results will haunt me."),
T("dp14", "2022-03-10 20:00", "Exam board spec changed again. Someone on here had a side-by-side comparison posted by 9am. Hero."),
T("dp15", "2022-10-13 21:00", "Tagging in @brennan_pe: we've laser-cut tactile maps so a visually impaired student can do orienteering with her class. Could your Y9s test them?"),
]),

dict(handle="lowe_music_ed", name="Hannah Lowe", created="2015-09-02 21:05",
     via="web", email="hannah.lowe@example.org",
     bio="The only music teacher at a rural secondary in Aberdeenshire. Choirs, ukuleles, resilience. Department of one.",
     location="Aberdeenshire", website=True, header=True,
     sources={"web": 5, "iphone": 5},
     tweets=[
T("hl01", "2015-10-04 19:00", "Only music teacher in a school of 400. Choirs, orchestra, exam classes and a broken piano. Hello, music teachers of Twitter!"),
T("hl02", "2016-02-17 21:20", "@dokoro_cs @ashworth_geog Yes! The 'onlys'. I'll bring my ukulele to the first meeting.", reply="dk08"),
T("hl03", "2016-05-10 20:00", "New blog post: being a department of one. What three years of teaching music alone taught me <<https://hannahlowe-music.example/department-of-one>>"),
T("hl04", "2016-05-13 07:30", "@mcgrath_art Absolutely! Galway's on the list. I'll bring the ukulele; you bring the clay.", reply="nm05"),
T("hl05", "2016-12-15 21:30", "Christmas concert. S1 recorder group played 'Jingle Bells' in at least three keys at once. Parents cried. Good tears, mostly."),
T("hl06", "2018-03-16 09:00", "Presented at #TeachMeetGLA last night. Three hours' drive each way. Standing ovation (two people, both Daniel)."),
T("hl07", "2018-09-17 19:00", "Joined Sunday #SmallSchoolsChat with @pryce_ysgol & friends: rural teachers swapping ideas till 9. Not a head, but I'm in. Only-teachers welcome."),
T("hl08", "2019-09-18 19:00", "@dev_dt_teach They sound AMAZING. The Y8 ukulele band sends thanks & a slightly out-of-tune video.", reply="dp11"),
T("hl09", "2019-10-26 21:15", "@mcgrath_art Two departments of one in one room. We could form a committee. We'd both be chair.", reply="nm11"),
R("hl10", "2019-10-26 21:20", "nm11"),
T("hl11", "2020-05-14 19:00", "Teaching choir over Zoom. The lag means we're singing a round whether we like it or not."),
T("hl12", "2021-02-26 20:00", "Running on empty this term, close to burnout. Stepping back from the socials for a bit to look after myself. Back after Easter."),
T("hl13", "2021-04-19 19:30", "Back, lighter. Thank you for the kind messages, you supportive bunch. You lot are a better staffroom than plenty of staffrooms."),
T("hl14", "2022-11-24 15:00", "On strike in the sleet with colleagues today. A parent brought hot chocolate for the whole picket line. Small kindnesses."),
T("hl15", "2022-12-16 20:00", "Ceilidh at the Christmas dance. S1 Strip the Willow = carnage. Perfection."),
]),

dict(handle="lindiwe_maths", name="Lindiwe Khumalo", created="2014-07-21 16:55",
     via="android", email="lindiwe.khumalo@example.co.za",
     bio="Maths teacher, Cape Town. Ubuntu in the classroom. Problem solving > procedures.",
     location="Cape Town, South Africa", website=False, header=True,
     sources={"android": 7, "web": 3},
     tweets=[
T("lk01", "2014-08-05 18:00", "Maths teacher in Cape Town. Looking for like-minded people who teach problem solving, not just procedures. Sawubona, Twitter!"),
T("lk02", "2015-03-10 13:00", "Load-shedding mid-lesson. Taught fractions with candles and a chocolate bar. Honestly better."),
T("lk03", "2016-01-26 19:00", "Ubuntu: I am because we are. Also true of a good teacher network. Reply, share, follow back: that's how it grows."),
T("lk04", "2016-10-14 07:00", "#FF @cdubois_maths: c'est magnifique. She makes mistakes beautiful. #FollowFriday"),
T("lk05", "2017-09-16 09:00", "Matric maths prep, Saturday class. Tired, but the learners are showing up, so I'm showing up."),
T("lk06", "2019-03-27 19:00", ".@brennan_pe meet @coach_thabo: Thabo runs the best ubuntu games programme in the Western Cape. You two should talk! \u26BD"),
T("lk07", "2018-01-19 10:00", "@twhitfield_hist 'Regularly tells me I'm wrong.' Putting that on my CV.", reply="th11"),
T("lk08", "2018-10-09 20:30", "Marking exam scripts by torchlight during load-shedding. Very glamorous."),
T("lk09", "2020-06-04 16:00", "Hosting an international maths teacher Zoom tonight with friends in Lyon, Hamburg and Leicester. Bring your trickiest problems \U0001F1FF\U0001F1E6\U0001F1EB\U0001F1F7\U0001F1E9\U0001F1EA\U0001F1EC\U0001F1E7"),
T("lk10", "2020-06-04 21:00", "@cdubois_maths Same problems, same jokes, four accents. Let's make it monthly!", reply="cd13"),
T("lk11", "2020-08-19 19:00", "Sometimes I worry we're all in our own bubble, sharing ideas that only work in well-resourced schools. Half my learners have no data at home."),
RX("lk12", "2021-05-05 16:40", "kwame_stars", "A Grade 10 class in Cape Town asked me how big the universe is. Best question all week. Short answer: bigger than the syllabus. Long answer: thread \U0001F30C"),
T("lk13", "2021-05-05 17:00", "A real scientist answered my Grade 10s' questions about the size of the universe. Thank you @kwame_stars! They all want to be astronomers now \U0001F30C"),
T("lk14", "2022-09-24 12:00", "Heritage Day. Learners came in traditional dress and we did geometry with beadwork patterns \U0001F1FF\U0001F1E6"),
T("lk15", "2022-10-01 18:00", "Eight years on here. Changed schools twice. The people stayed."),
]),

dict(handle="nkowalski_lead", name="Nadia Kowalski", created="2013-05-09 20:40",
     via="web", email="nadia.kowalski@example.org",
     bio="Assistant head (teaching & learning), Nottingham. #WomenEd. Coaching, CPD that sticks, kindness as a strategy.",
     location="Nottingham", website=True, header=True,
     sources={"web": 4, "iphone": 4, "deck": 2},
     tweets=[
T("nk01", "2014-03-26 22:00", "Finally met so many of my #PLN at #TeachMeet Nottingham tonight. Twitter friends turned real friends \u2764\uFE0F"),
T("nk02", "2015-01-15 21:00", "Reminder: CPD isn't a day in the hall. It's the conversation you had on Twitter at 9pm that changed tomorrow's lesson."),
T("nk03", "2016-04-21 21:30", "Blog: why coaching beats one-off observations <<https://nadiak-leads.example/coaching-not-judging>> #edchat #ukedchat"),
T("nk04", "2016-10-08 19:00", "First #WomenEd unconference. Came home with six new coaching partners and a lot more courage."),
T("nk05", "2017-09-04 18:00", "Stepping up to assistant head this week. The best tips came from people I've never met, in tweets of 140 characters."),
T("nk06", "2018-02-07 20:30", "Staffroom culture matters. If the loudest voice is negative, be the second loudest. Kindly."),
T("nk07", "2018-11-22 12:30", "Ofsted call came at 11.20. Four of you had sent messages of solidarity by 11.30. That's the job. That's the network."),
T("nk08", "2019-01-25 18:00", "#BETT day 3. Best stand was the one giving away free coffee & asking nothing in return. Kindness as marketing \U0001F604"),
R("nk11", "2019-03-01 09:00", "dk15"),
T("nk10", "2019-03-08 07:00", "Happy International Women's Day to every woman leading from the classroom, the corridor & the office. #WomenEd #IWD2019"),
T("nk09", "2019-10-24 20:00", "Tagging in @fhussain_eng: a brilliant trainee who asks the questions we all should. #WomenEd, please follow & make her welcome!"),
T("nk12", "2020-11-13 09:00", "@fhussain_eng Right back at you. You've taught me as much this year as I've taught you.", reply="fh08"),
T("nk13", "2021-07-16 20:00", "Proud doesn't cover it \U0001F389", quote="fh12"),
T("nk14", "2021-09-29 20:00", "Echo chambers are real. My #WomenEd timeline is supportive & that's precious, but I need to hear from women who feel left out of it too."),
T("nk15", "2022-05-20 22:30", "@fhussain_eng Funnier?! Clearly your standards have slipped. Brilliant night. She'll be running a school in ten years, mark my words.", reply="fh15"),
T("nk16", "2022-08-31 19:00", "Fifteen years teaching \U0001F469\u200D\U0001F3EB Four schools. One community on here that followed me through all of them. #WomenEd #PLN"),
]),
]

# --------------------------------------------------------------------------
# Engine
# --------------------------------------------------------------------------

URL_PLACEHOLDER = re.compile(r"<<(https?://[^>\s]+)>>")
TCO_RE = re.compile(r"https://t\.co/[A-Za-z0-9]{10}")
MENTION_RE = re.compile(r"(?<![A-Za-z0-9_!@#$%&*])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@])")
HASHTAG_RE = re.compile(r"(?<![\w&])#(\w*[^\W\d_]\w*)")
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

rng = random.Random(SEED)


def fail(msg):
    sys.exit("make_sample_tweets: " + msg)


def parse_when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def epoch_ms(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def snowflake(t):
    """A snowflake id whose timestamp bits decode to datetime t."""
    ms = epoch_ms(t)
    return str(((ms - TWITTER_EPOCH_MS) << 22) | (rng.randrange(1, 1024) << 12) | rng.randrange(0, 4))


def snowflake_time(id_str):
    ms = (int(id_str) >> 22) + TWITTER_EPOCH_MS
    return dt.datetime(1970, 1, 1) + dt.timedelta(milliseconds=ms)


# Pre-2016 user ids were sequential 32-bit numbers; these anchors give
# plausible magnitudes for when an account was created.
USER_ID_ANCHORS = [
    (dt.datetime(2010, 1, 1), 100_000_000), (dt.datetime(2011, 1, 1), 240_000_000),
    (dt.datetime(2012, 1, 1), 460_000_000), (dt.datetime(2013, 1, 1), 1_050_000_000),
    (dt.datetime(2014, 1, 1), 2_280_000_000), (dt.datetime(2015, 1, 1), 2_950_000_000),
    (dt.datetime(2015, 11, 1), 4_200_000_000),
]


def user_id(created):
    if created >= USER_ID_ANCHORS[-1][0]:
        return snowflake(created)
    for (t0, v0), (t1, v1) in zip(USER_ID_ANCHORS, USER_ID_ANCHORS[1:]):
        if t0 <= created < t1:
            frac = (created - t0).total_seconds() / (t1 - t0).total_seconds()
            return str(int(v0 + frac * (v1 - v0)) + rng.randrange(0, 900_000))
    fail("account created too early: %s" % created)


_used_tco = set()


def tco():
    while True:
        code = "".join(rng.choice(ALNUM) for _ in range(10))
        if code not in _used_tco:
            _used_tco.add(code)
            return "https://t.co/" + code


def display_url(expanded):
    rest = re.sub(r"^https?://", "", expanded)
    if rest.startswith("www."):
        rest = rest[4:]
    host, slash, path = rest.partition("/")
    path = slash + path
    if len(path) > 15:
        path = path[:15] + "\u2026"
    return host + path


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def weighted_len(text):
    """twitter-text v3 style weight: light code points 1, others 2, emoji
    joiners / variation selectors / tag characters 0, URLs 23 (t.co is 23)."""
    n = 0
    for ch in text:
        cp = ord(ch)
        if cp in (0x200D, 0xFE0F) or 0xE0020 <= cp <= 0xE007F or 0x1F3FB <= cp <= 0x1F3FF:
            continue
        if cp <= 0x10FF or 0x2000 <= cp <= 0x200D or 0x2010 <= cp <= 0x201F or 0x2032 <= cp <= 0x2037:
            n += 1
        else:
            n += 2
    return n


def fmt_created(t):
    return t.strftime("%a %b %d %H:%M:%S +0000 %Y")


def fmt_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def dump(v, ind=0):
    """Jackson-style pretty printer used by the X archive (byte-identical
    to the real tweets.js layout)."""
    sp = "  " * ind
    if isinstance(v, dict):
        if not v:
            return "{ }"
        return "{\n" + ",\n".join(
            "%s  %s : %s" % (sp, json.dumps(k, ensure_ascii=False), dump(x, ind + 1))
            for k, x in v.items()) + "\n" + sp + "}"
    if isinstance(v, list):
        if not v:
            return "[ ]"
        return "[\n" + ",\n".join("%s  %s" % (sp, dump(x, ind + 1)) for x in v) + "\n" + sp + "]"
    return json.dumps(v, ensure_ascii=False)


def pick_source(weights, when):
    kind = rng.choices(list(weights), weights=list(weights.values()))[0]
    if kind == "web":
        kind = "webclient" if when < WEB_APP_SWITCH else "webapp"
    return SOURCES[kind]


def rt_text(handle, body):
    full = "RT @%s: %s" % (handle, body)
    if len(full) <= 140:
        return full
    cut = full[:139]
    if full[139] != " ":
        sp = cut.rfind(" ")
        if sp > len(handle) + 5:
            cut = cut[:sp]
    return cut.rstrip() + "\u2026"


def media_entity(handle, tweet_id, when, url, disp_range):
    mid = snowflake(when - dt.timedelta(seconds=rng.randrange(5, 120)))
    key = "".join(rng.choice(ALNUM + "_-") for _ in range(15))
    if rng.random() < 0.6:
        dims = {"large": (2048, 1536), "medium": (1200, 900), "small": (680, 510)}
    else:
        dims = {"large": (1536, 2048), "medium": (900, 1200), "small": (510, 680)}
    sizes = [(k, {"w": str(w), "h": str(h), "resize": "fit"}) for k, (w, h) in dims.items()]
    sizes.append(("thumb", {"w": "150", "h": "150", "resize": "crop"}))
    rng.shuffle(sizes)
    return {
        "expanded_url": "https://twitter.com/%s/status/%s/photo/1" % (handle, tweet_id),
        "indices": [str(disp_range[0]), str(disp_range[1])],
        "url": url,
        "media_url": "http://pbs.twimg.com/media/%s.jpg" % key,
        "id_str": mid,
        "id": mid,
        "media_url_https": "https://pbs.twimg.com/media/%s.jpg" % key,
        "sizes": dict(sizes),
        "type": "photo",
        "display_url": "pic.twitter.com/" + url.rsplit("/", 1)[1],
    }


def build():
    users = {}  # screen_name -> {"id", "name"}
    for handle, name, created in EXTERNAL:
        users[handle] = {"id": user_id(dt.datetime.strptime(created, "%Y-%m-%d")), "name": name}
    for acc in ACCOUNTS:
        acc["created_dt"] = parse_when(acc["created"]) + dt.timedelta(seconds=rng.randrange(60))
        users[acc["handle"]] = {"id": user_id(acc["created_dt"]), "name": acc["name"]}

    # pass 1: times and ids
    recs, by_key = [], {}
    for acc in ACCOUNTS:
        n = len(acc["tweets"])
        if not 15 <= n <= 25:
            fail("%s has %d tweets (need 15-25)" % (acc["handle"], n))
        for spec in acc["tweets"]:
            if spec["key"] in by_key:
                fail("duplicate key " + spec["key"])
            r = dict(spec)
            r["author"] = acc["handle"]
            r["acc"] = acc
            r["t"] = parse_when(spec["when"]) + dt.timedelta(
                seconds=rng.randrange(60), milliseconds=rng.randrange(1000))
            r["id"] = snowflake(r["t"])
            if r["t"] <= acc["created_dt"]:
                fail("%s tweeted before the account existed" % r["key"])
            if not dt.datetime(2014, 1, 1) <= r["t"] < dt.datetime(2023, 1, 1):
                fail("%s outside 2014-2022" % r["key"])
            recs.append(r)
            by_key[r["key"]] = r

    # pass 2: text of originals, replies and quotes
    too_long = []
    for r in recs:
        if "rt" in r or "rt_ext" in r:
            continue
        r["urls"] = {}
        text = r["text"]

        def sub_url(m):
            u = tco()
            r["urls"][u] = m.group(1)
            return u
        text = URL_PLACEHOLDER.sub(sub_url, text)
        if "quote" in r:
            q = by_key[r["quote"]]
            if q["t"] >= r["t"]:
                fail("%s quotes a later tweet" % r["key"])
            u = tco()
            r["urls"][u] = "https://twitter.com/%s/status/%s" % (q["author"], q["id"])
            text += " " + u
        if r.get("media"):
            r["media_url"] = tco()
            text += " " + r["media_url"]
        if "reply" in r:
            p = by_key[r["reply"]]
            if p["t"] >= r["t"]:
                fail("%s replies to a later tweet" % r["key"])
            r["parent"] = (p["id"], p["author"])
            if p["author"] != r["author"] and not text.startswith("@" + p["author"]):
                fail("%s should start with @%s" % (r["key"], p["author"]))
        elif "reply_ext" in r:
            h = r["reply_ext"]
            pid = snowflake(r["t"] - dt.timedelta(minutes=rng.randrange(15, 600)))
            r["parent"] = (pid, h)
            if not text.startswith("@" + h):
                fail("%s should start with @%s" % (r["key"], h))
        limit = 280 if r["t"] >= LIMIT_280_FROM else 140
        if weighted_len(text) > limit:
            too_long.append("%s (%d > %d)" % (r["key"], weighted_len(text), limit))
        r["plain"] = text
    if too_long:
        fail("too long: " + ", ".join(too_long))

    # pass 3: retweets
    for r in recs:
        if "rt" in r:
            o = by_key[r["rt"]]
            if "plain" not in o or o.get("media"):
                fail("%s: can only retweet text tweets" % r["key"])
            if o["t"] >= r["t"]:
                fail("%s retweets a later tweet" % r["key"])
            r["plain"] = rt_text(o["author"], o["plain"])
            r["urls"] = dict(o["urls"])
            r["lang"] = o["lang"]
        elif "rt_ext" in r:
            h, body = r["rt_ext"]
            r["plain"] = rt_text(h, body)
            r["urls"] = {}

    # pass 4: JSON objects
    out = {acc["handle"]: [] for acc in ACCOUNTS}
    for r in recs:
        full = escape(r["plain"])
        is_rt = "rt" in r or "rt_ext" in r
        hashtags, mentions, urls, media = [], [], [], []
        for m in HASHTAG_RE.finditer(full):
            hashtags.append({"text": m.group(1), "indices": [str(m.start()), str(m.end())]})
        for m in MENTION_RE.finditer(full):
            h = m.group(1)
            if h not in users:
                fail("%s mentions unknown account @%s" % (r["key"], h))
            u = users[h]
            mentions.append({"name": u["name"], "screen_name": h,
                             "indices": [str(m.start()), str(m.end())],
                             "id_str": u["id"], "id": u["id"]})
        for m in TCO_RE.finditer(full):
            u = m.group(0)
            if u == r.get("media_url"):
                media.append(media_entity(r["author"], r["id"], r["t"], u, (m.start(), m.end())))
            elif u in r["urls"]:
                exp = r["urls"][u]
                urls.append({"url": u, "expanded_url": exp, "display_url": display_url(exp),
                             "indices": [str(m.start()), str(m.end())]})
            else:
                fail("%s: stray t.co link" % r["key"])
        if media:
            entities = {"user_mentions": mentions, "urls": urls, "symbols": [],
                        "media": media, "hashtags": hashtags}
        else:
            entities = {"hashtags": hashtags, "symbols": [], "user_mentions": mentions, "urls": urls}

        if is_rt:
            fav, rts = 0, 0
        elif "parent" in r:
            fav, rts = rng.choice([0, 0, 1, 1, 1, 2, 2, 3, 4, 6]), rng.choice([0, 0, 0, 0, 1])
        else:
            fav = min(int(rng.lognormvariate(1.7, 1.0)), 480)
            rts = int(fav * rng.uniform(0.0, 0.45))

        ed = {"initial": {"editTweetIds": [r["id"]],
                          "editableUntil": fmt_iso(r["t"] + dt.timedelta(minutes=30)),
                          "editsRemaining": "5",
                          "isEditEligible": rng.random() < 0.93}}
        tw = {"edit_info": ed, "retweeted": False,
              "source": pick_source(r["acc"]["sources"], r["t"]),
              "entities": entities,
              "display_text_range": ["0", str(len(full))],
              "favorite_count": str(fav)}
        reply = "parent" in r
        if reply:
            pid, ph = r["parent"]
            tw["in_reply_to_status_id_str"] = pid
        tw["id_str"] = r["id"]
        if reply:
            tw["in_reply_to_user_id"] = users[ph]["id"]
        tw["truncated"] = False
        tw["retweet_count"] = str(rts)
        tw["id"] = r["id"]
        if reply:
            tw["in_reply_to_status_id"] = pid
        if urls or media:
            tw["possibly_sensitive"] = False
        tw["created_at"] = fmt_created(r["t"])
        tw["favorited"] = False
        tw["full_text"] = full
        tw["lang"] = r["lang"]
        if reply:
            tw["in_reply_to_screen_name"] = ph
            tw["in_reply_to_user_id_str"] = users[ph]["id"]
        if media:
            tw["extended_entities"] = {"media": media}
        out[r["author"]].append((r["t"], r["id"], tw))
    return users, out


def write(users, out):
    for acc in ACCOUNTS:
        h = acc["handle"]
        d = OUT / h / "data"
        d.mkdir(parents=True, exist_ok=True)
        uid = users[h]["id"]
        account = [{"account": {
            "email": acc["email"],
            "createdVia": acc["via"],
            "username": h,
            "accountId": uid,
            "createdAt": fmt_iso(acc["created_dt"]),
            "accountDisplayName": acc["name"],
        }}]
        profile = {"description": {"bio": acc["bio"],
                                   "website": tco() if acc["website"] else "",
                                   "location": acc["location"]},
                   "avatarMediaUrl": "https://pbs.twimg.com/profile_images/%s/%s.jpg" % (
                       snowflake(dt.datetime(2021, 1, 1) + dt.timedelta(days=rng.randrange(600))),
                       "".join(rng.choice(ALNUM + "_-") for _ in range(8)))}
        if acc["header"]:
            profile["headerMediaUrl"] = "https://pbs.twimg.com/profile_banners/%s/%d" % (
                uid, 1577836800 + rng.randrange(80_000_000))
        tweets = [{"tweet": tw} for _, _, tw in
                  sorted(out[h], key=lambda x: (x[0], int(x[1])), reverse=True)]
        for name, var, payload in (("account.js", "account", account),
                                   ("profile.js", "profile", [{"profile": profile}]),
                                   ("tweets.js", "tweets", tweets)):
            (d / name).write_bytes(("window.YTD.%s.part0 = " % var + dump(payload)).encode("utf-8"))


def load_js(path):
    s = path.read_text(encoding="utf-8")
    return json.loads(s[s.index("= ") + 2:])


def validate():
    """Re-read every file as a parser would and check it."""
    total = replies = rts = quotes = media = links = amp = long_ = 0
    langs = {}
    print("%-18s %6s %6s %6s %8s" % ("account", "tweets", "reply", "RT", "non-en"))
    for acc in ACCOUNTS:
        d = OUT / acc["handle"] / "data"
        a = load_js(d / "account.js")[0]["account"]
        assert a["username"] == acc["handle"]
        p = load_js(d / "profile.js")[0]["profile"]
        assert "bio" in p["description"]
        tw = [e["tweet"] for e in load_js(d / "tweets.js")]
        nr = nrt = nne = 0
        for t in tw:
            ft = t["full_text"]
            assert int(t["display_text_range"][1]) == len(ft)
            assert abs((snowflake_time(t["id"]) - dt.datetime.strptime(
                t["created_at"], "%a %b %d %H:%M:%S +0000 %Y")).total_seconds()) < 1
            for hsh in t["entities"]["hashtags"]:
                i, j = map(int, hsh["indices"]); assert ft[i:j] == "#" + hsh["text"]
            for m in t["entities"]["user_mentions"]:
                i, j = map(int, m["indices"]); assert ft[i:j] == "@" + m["screen_name"]
            for u in t["entities"]["urls"] + t["entities"].get("media", []):
                i, j = map(int, u["indices"]); assert ft[i:j] == u["url"]
            if "in_reply_to_status_id" in t:
                nr += 1
            if ft.startswith("RT @"):
                nrt += 1
            if any("/status/" in u["expanded_url"] for u in t["entities"]["urls"]) and not ft.startswith("RT @"):
                quotes += 1
            if "media" in t["entities"]:
                media += 1
            if t["entities"]["urls"]:
                links += 1
            if "&amp;" in ft:
                amp += 1
            if len(ft) > 140 and not ft.startswith("RT @"):
                long_ += 1
            if t["lang"] != "en":
                nne += 1
            langs[t["lang"]] = langs.get(t["lang"], 0) + 1
        print("%-18s %6d %6d %6d %8d" % (acc["handle"], len(tw), nr, nrt, nne))
        total += len(tw); replies += nr; rts += nrt
    print("TOTAL accounts=%d tweets=%d replies=%d retweets=%d quotes=%d photos=%d "
          "with-links=%d with-&amp;=%d over-140=%d" % (
              len(ACCOUNTS), total, replies, rts, quotes, media, links, amp, long_))
    print("languages: " + ", ".join("%s=%d" % kv for kv in sorted(langs.items(), key=lambda kv: -kv[1])))


def main():
    users, out = build()
    write(users, out)
    validate()


if __name__ == "__main__":
    main()
