import Foundation
import Testing

@testable import QuireCore
@testable import QuireImport

@Suite struct SocialImporterTests {
  func read(_ importer: any Importer, _ text: String, name: String) throws -> ImportedSource {
    try importer.read(url: URL(fileURLWithPath: "/tmp/\(name)"), bytes: Array(text.utf8), options: ImportOptions())
  }

  /// A collection built in two halves on two cores is the one built in one pass: the same
  /// text, the same segments (ordinals, offsets, lines, speakers, posts), the same language.
  @Test func postsBuiltInTwoHalvesEqualOnePass() {
    let texts = ["Plain post", "Zweite Zeile\nmit Umlauten: äöü", "絵文字 😀 と日本語", "", "Line one\n\nafter a blank line"]
    var posts: [ParsedPost] = []
    for i in 0..<1001 {
      // Dates out of order, with ties (the file's order breaks them).
      let day = 1 + (i * 7919) % 28
      let info = TweetInfo(
        id: "\(i)", authorHandle: i % 3 == 0 ? "other" : "teacher", authorName: "T", createdAt: "2020-02-\(day < 10 ? "0" : "")\(day)T10:00:00Z",
        url: "", language: i % 5 == 0 ? "de" : "en")
      posts.append(ParsedPost(info: info, text: texts[i % texts.count] + " \(i)"))
    }
    let one = PostCollection.build(posts, splitFrom: .max)
    let two = PostCollection.build(posts, splitFrom: 2)
    #expect(one.text == two.text)
    #expect(one.segments == two.segments)
    // Moving the posts' metadata into the segments gives the same segments.
    var moved = posts
    let three = PostCollection.build(consuming: &moved, splitFrom: 2)
    #expect(three.text == one.text && three.segments == one.segments)
    #expect(moved.allSatisfy { $0.info.id.isEmpty })
    #expect(one.language == two.language && one.language == "en")
    #expect(one.segments.map(\.ordinal) == Array(0..<posts.count))
    // Each segment's offsets and lines point at its post in the text.
    let scalars = Array(two.text.unicodeScalars)
    for s in two.segments.prefix(600) {
      let text = String(String.UnicodeScalarView(scalars[s.start..<s.end]))
      #expect(posts[Int(s.tweet!.id)!].text == text)
      let line = scalars[..<s.start].filter { $0 == "\n" }.count + 1
      #expect(s.lineStart == line)
    }
  }

  @Test func twarcV1ExtendedTweetsAndRetweets() throws {
    let lines = [
      #"{"id_str":"2","created_at":"Wed Mar 13 09:12:44 +0000 2019","text":"cut…","truncated":true,"extended_tweet":{"full_text":"The whole text with #edchat https://t.co/x","entities":{"hashtags":[{"text":"edchat"}],"urls":[{"url":"https://t.co/x","expanded_url":"https://example.org"}],"user_mentions":[]}},"user":{"screen_name":"ann","name":"Ann Lee"},"favorite_count":3,"lang":"en"}"#,
      #"{"id_str":"3","created_at":"Wed Mar 13 10:00:00 +0000 2019","text":"RT @bob: short…","retweeted_status":{"id_str":"1","full_text":"The full original","user":{"screen_name":"bob","name":"Bob"}},"user":{"screen_name":"ann","name":"Ann Lee"}}"#,
      #"{"id_str":"4","user":{"screen_name":"c""#,
    ]
    let s = try read(TwarcImporter(), lines.joined(separator: "\n"), name: "v1.jsonl")
    #expect(s.segments.count == 2)
    #expect(segmentText(of: s.segments[0], in: s) == "The whole text with #edchat https://example.org")
    #expect(segmentText(of: s.segments[1], in: s) == "RT @bob: The full original")
    #expect(s.segments[1].tweet?.isRetweet == true && s.segments[1].tweet?.retweetedHandle == "bob")
    #expect(s.segments[0].tweet?.hashtags == ["edchat"] && s.segments[0].tweet?.likeCount == 3)
    #expect(s.warnings.first?.contains("line 3") == true)
    #expect(s.cases.map(\.name) == ["@ann"])
  }

  @Test func twarc2PagesResolveAuthorsFromIncludes() throws {
    let page = #"{"data":[{"id":"10","text":"Hello @bob #PLN","author_id":"u1","created_at":"2021-04-01T15:54:26.000Z","public_metrics":{"like_count":5,"retweet_count":1},"entities":{"hashtags":[{"tag":"PLN"}],"mentions":[{"username":"bob"}]},"referenced_tweets":[{"type":"replied_to","id":"9"}],"in_reply_to_user_id":"u2"}],"includes":{"users":[{"id":"u1","username":"ann","name":"Ann Lee"},{"id":"u2","username":"bob","name":"Bob"}]},"__twarc":{}}"#
    let stream = #"{"data":{"id":"11","text":"Streamed","author_id":"u2","created_at":"2021-04-01T16:00:00.000Z"},"includes":{"users":[{"id":"u2","username":"bob","name":"Bob"}]},"matching_rules":[]}"#
    let s = try read(TwarcImporter(), page + "\n" + stream + "\n", name: "v2.jsonl")
    #expect(s.segments.compactMap { $0.tweet?.authorHandle } == ["ann", "bob"])
    let t = try #require(s.segments[0].tweet)
    #expect(t.replyToId == "9" && t.replyToHandle == "bob" && t.likeCount == 5 && t.createdAt == "2021-04-01T15:54:26Z")
    #expect(t.hashtags == ["PLN"] && t.mentions == ["bob"])
  }

  @Test func tagsCSVWithNACells() throws {
    let csv = "id_str,from_user,text,created_at,time,in_reply_to_screen_name,status_url,entities_str\n1,ann,\"Hi &amp; bye #edchat\",Sun Apr 19 19:22:23 +0000 2020,NA,NA,https://twitter.com/ann/status/1,\"{\"\"hashtags\"\":[{\"\"text\"\":\"\"edchat\"\"}]}\"\n"
    let s = try read(TAGSImporter(), csv, name: "tags.csv")
    #expect(segmentText(of: s.segments[0], in: s) == "Hi & bye #edchat")
    #expect(s.segments[0].tweet?.replyToHandle == nil && s.segments[0].tweet?.hashtags == ["edchat"])
    #expect(s.segments[0].tweet?.url == "https://twitter.com/ann/status/1")
    #expect(TAGSImporter().confidence(path: "x.csv", head: Array(csv.utf8)) > 0.9)
  }

  @Test func mastodonOutboxPostsAndBoosts() throws {
    let json = ##"{"@context":"https://www.w3.org/ns/activitystreams","id":"outbox.json","type":"OrderedCollection","totalItems":2,"orderedItems":[],"orderedItems":[{"id":"a1","type":"Create","actor":"https://social.example/users/ann","published":"2022-11-08T03:07:14Z","object":{"id":"https://social.example/users/ann/statuses/1","type":"Note","inReplyTo":"https://other.example/users/bob/statuses/5","url":"https://social.example/@ann/1","content":"<p>Connecting with <span class=\"h-card\"><a href=\"#\" class=\"u-url mention\">@<span>bob</span></a></span> &amp; friends</p><p>Second <a href=\"#\" class=\"mention hashtag\">#<span>EdChat</span></a><br>line</p>","contentMap":{"en":"…"},"tag":[{"type":"Hashtag","name":"#edchat"},{"type":"Mention","name":"@bob@other.example"}]}},{"id":"a2","type":"Announce","actor":"https://social.example/users/ann","published":"2022-11-09T00:00:00Z","object":"https://other.example/users/bob/statuses/6"}]}"##
    let s = try read(MastodonImporter(), json, name: "outbox.json")
    #expect(s.name == "Posts of @ann@social.example")
    #expect(segmentText(of: s.segments[0], in: s) == "Connecting with @bob & friends\n\nSecond #EdChat\nline")
    let t = try #require(s.segments[0].tweet)
    #expect(t.replyToHandle == "bob" && t.hashtags == ["edchat"] && t.mentions == ["bob@other.example"] && t.language == "en")
    #expect(s.segments[1].tweet?.isRetweet == true && s.segments[1].tweet?.retweetedHandle == "bob")
  }

  @Test(.enabled(if: Fixtures.hasShared)) func realSocialMediaFiles() throws {
    let dir = try #require(Fixtures.shared).appendingPathComponent("twitter")
    for (path, importer, count) in [
      ("twarc2/brexit.jsonl", TwarcImporter() as any Importer, 100), ("twarc2/flat.jsonl", TwarcImporter(), 100),
      ("twarc2/streaming_output_with_error.jsonl", TwarcImporter(), 7), ("twarc2/edited.jsonl", TwarcImporter(), 1),
      ("api-v1.1/original_format_examples.jsonl", TwarcImporter(), 25), ("tags/tags_sample-data.csv", TAGSImporter(), 10),
      ("mastodon/outbox_first1000.json", MastodonImporter(), 1000),
    ] {
      let url = dir.appendingPathComponent(path)
      let bytes = [UInt8](try Data(contentsOf: url))
      // The planner picks the same importer from the content.
      let plan = try ImportPlanner().plan(paths: [url.path])
      #expect(plan.files.first?.importer.format == importer.format, "\(path) detected as \(plan.files.first?.importer.format ?? "nothing")")
      let s = try importer.read(url: url, bytes: bytes, options: ImportOptions())
      #expect(s.segments.count == count, "\(path): \(s.segments.count)")
      #expect(s.segments.allSatisfy { !($0.tweet?.id ?? "").isEmpty && !($0.tweet?.createdAt ?? "").isEmpty }, "\(path)")
      #expect(!s.text.contains("&amp;"), "\(path)")
      if path.contains("streaming") { #expect(s.warnings.contains { $0.contains("line 8") }) }
    }
  }
}

@Suite struct GrailbirdTests {
  @Test func monthsReadTogetherAndCSVSkipped() throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    _ = try dir.write("arch/data/js/user_details.js", "var user_details =  {\n  \"screen_name\" : \"ann\",\n  \"full_name\" : \"Ann Lee\",\n  \"id\" : \"42\"\n}")
    _ = try dir.write("arch/data/js/tweets/2013_01.js", "Grailbird.data.tweets_2013_01 = \n [ {\n  \"source\" : \"web\",\n  \"entities\" : { \"user_mentions\" : [ ], \"media\" : [ ], \"hashtags\" : [ ], \"urls\" : [ ] },\n  \"text\" : \"Connecting &amp; learning\",\n  \"id_str\" : \"1\",\n  \"created_at\" : \"2013-01-31 22:39:14 +0000\",\n  \"user\" : { \"name\" : \"Ann Lee\", \"screen_name\" : \"ann\" }\n} ]")
    _ = try dir.write("arch/data/js/tweets/2013_02.js", "Grailbird.data.tweets_2013_02 = \n [ {\n  \"text\" : \"Second\",\n  \"id_str\" : \"2\",\n  \"created_at\" : \"2013-02-01 10:00:00 +0000\",\n  \"user\" : { \"name\" : \"Ann Lee\", \"screen_name\" : \"ann\" }\n} ]")
    _ = try dir.write("arch/tweets.csv", "\"tweet_id\",\"in_reply_to_status_id\",\"in_reply_to_user_id\",\"timestamp\",\"source\",\"text\",\"retweeted_status_id\",\"retweeted_status_user_id\",\"retweeted_status_timestamp\",\"expanded_urls\"\n\"2\",\"\",\"\",\"2013-02-01 10:00:00 +0000\",\"web\",\"Second\",\"\",\"\",\"\",\"\"\n")
    _ = try dir.write("arch/css/application.css", "body {}")
    let plan = try ImportPlanner().plan(paths: [dir.path("arch")])
    #expect(plan.files.map { $0.url.lastPathComponent } == ["2013_01.js"])
    #expect(plan.files.first?.importer.format == "grailbird")
    let url = dir.url.appendingPathComponent("arch/data/js/tweets/2013_01.js")
    let s = try GrailbirdImporter().read(url: url, bytes: [UInt8](try Data(contentsOf: url)), options: ImportOptions())
    #expect(s.segments.compactMap { $0.tweet?.id } == ["1", "2"])
    #expect(s.segments.first?.tweet?.createdAt == "2013-01-31T22:39:14Z")
    #expect(segmentText(of: s.segments[0], in: s) == "Connecting & learning")
    #expect(s.cases.first?.name == "Ann Lee")
    // The CSV alone reads the same tweets.
    let csvURL = dir.url.appendingPathComponent("arch/tweets.csv")
    let c = try GrailbirdImporter().read(url: csvURL, bytes: [UInt8](try Data(contentsOf: csvURL)), options: ImportOptions())
    #expect(c.segments.compactMap { $0.tweet?.id } == ["2"] && c.segments.first?.tweet?.authorHandle == "ann")
  }
}
