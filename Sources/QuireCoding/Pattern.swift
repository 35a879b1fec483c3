import Foundation

/// One token of a pattern: an exact folded word, or a prefix (`connect*`).
public struct TokenTest: Hashable, Sendable {
  public var text: String
  public var isPrefix: Bool

  @inline(__always) func matches(_ token: String) -> Bool {
    isPrefix ? token.unicodeScalars.starts(with: text.unicodeScalars) : token == text
  }
}

/// A compiled word, phrase, hashtag or mention pattern.
public enum CompiledPattern: Hashable, Sendable {
  /// Consecutive word-matchable tokens.
  case phrase([TokenTest])
  /// A hashtag whose whole body is (or starts with) the text.
  case hashtag(TokenTest)
  /// A mention whose whole handle is (or starts with) the text.
  case mention(TokenTest)
}

/// Why a pattern could not be compiled.
public struct PatternError: Error, Sendable, Equatable {
  public var message: String
}

extension CompiledPattern {
  /// Compiles a pattern as a codebook author writes it: `connect*`, `echo chamber`,
  /// `filter bubble*`, `like-minded`, `#edchat`, `@name`.
  public static func compile(_ raw: String, tokenizer: Tokenizer) throws(PatternError) -> CompiledPattern {
    let pattern = raw.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
    guard !pattern.isEmpty else { throw PatternError(message: "empty pattern") }
    if let first = pattern.first, first == "#" || first == "@" {
      var body = String(pattern.dropFirst())
      var isPrefix = false
      if body.hasSuffix("*") {
        isPrefix = true
        body.removeLast()
      }
      let kind = first == "#" ? "hashtag" : "mention"
      guard !body.isEmpty else { throw PatternError(message: "'\(raw)': expected a \(kind) body after '\(first)'") }
      let ok = body.unicodeScalars.allSatisfy(first == "#" ? Tokenizer.isHashtagScalar : Tokenizer.isMentionScalar)
      guard ok else {
        throw PatternError(
          message: "'\(raw)': a \(kind) pattern holds only letters, digits\(first == "#" ? ", marks" : "") and '_' (and may end with '*')")
      }
      let scalars = Array(body.unicodeScalars)
      let folded = scalars.withUnsafeBufferPointer { tokenizer.fold($0, 0, $0.count) }
      let test = TokenTest(text: folded, isPrefix: isPrefix)
      return first == "#" ? .hashtag(test) : .mention(test)
    }
    if pattern.contains("#") || pattern.contains("@") {
      throw PatternError(message: "'\(raw)': hashtag and mention patterns stand alone ('#tag', '@name'); a phrase cannot hold them")
    }
    let scalars = Array(pattern.unicodeScalars)
    var tests: [TokenTest] = []
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      if Tokenizer.isTokenScalar(c) {
        var j = i + 1
        while j < scalars.count, Tokenizer.isTokenScalar(scalars[j]) { j += 1 }
        let folded = scalars.withUnsafeBufferPointer { tokenizer.fold($0, i, j) }
        var isPrefix = false
        if j < scalars.count, scalars[j] == "*" {
          isPrefix = true
          if j + 1 < scalars.count, Tokenizer.isTokenScalar(scalars[j + 1]) {
            throw PatternError(message: "'\(raw)': '*' may only end a word, as in 'connect*'")
          }
          j += 1
        }
        tests.append(TokenTest(text: folded, isPrefix: isPrefix))
        i = j
        continue
      }
      if c == "*" {
        throw PatternError(message: "'\(raw)': '*' must follow a letter or digit, as in 'connect*'")
      }
      i += 1
    }
    guard !tests.isEmpty else {
      throw PatternError(message: "'\(raw)': expected at least one letter or digit")
    }
    return .phrase(tests)
  }
}
