import QuireCore

/// A parsed JSON value. Numbers keep their text, so 64-bit tweet ids are never rounded.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(String)
  case string(String)
  case array([JSONValue])
  /// Members in file order (an array, not a dictionary: a tweet's dozen keys are found faster
  /// by a scan than hashed into a table).
  case object([JSONMember])

  /// The value of a key. A repeated key: the later value wins, except that an empty array never
  /// replaces a filled one (Mastodon's outbox writes `"orderedItems":[]` before the real list).
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    var found: JSONValue? = nil
    for m in members where m.key == key {
      if case .array(let a) = m.value, a.isEmpty, case .array(let b)? = found, !b.isEmpty { continue }
      found = m.value
    }
    return found
  }

  /// The keys of an object, in file order.
  public var keys: [String] {
    if case .object(let members) = self { return members.map(\.key) }
    return []
  }

  /// The string, or a number's text.
  public var string: String? {
    switch self {
    case .string(let s): return s
    case .number(let n): return n
    default: return nil
    }
  }

  /// An integer from a number or a numeric string (archives write counts as strings).
  public var int: Int? {
    switch self {
    case .number(let n): return JSONValue.integer(n)
    case .string(let s): return Int(s)
    default: return nil
    }
  }

  /// A number's text as an integer: exact, else its value rounded toward zero when it fits
  /// (`1e3`, `12.0`); nil beyond the range of `Int` (`1e400` is not a count).
  static func integer(_ n: String) -> Int? {
    if let exact = Int(n) { return exact }
    guard let d = Double(n), d.isFinite, d > -9.2e18, d < 9.2e18 else { return nil }
    return Int(d)
  }

  public var bool: Bool? {
    switch self {
    case .bool(let b): return b
    case .string(let s): return s == "true" ? true : (s == "false" ? false : nil)
    default: return nil
    }
  }

  public var array: [JSONValue]? {
    if case .array(let a) = self { return a }
    return nil
  }

  public var isNull: Bool { if case .null = self { return true } else { return false } }
}

/// One `"key": value` of an object.
public struct JSONMember: Sendable, Equatable {
  public var key: String
  public var value: JSONValue
}

/// A JSON syntax error at a byte offset of the input.
public struct JSONSyntaxError: Error, Sendable {
  public var offset: Int
  public var message: String
}

/// A strict JSON parser (RFC 8259) over UTF-8 bytes, reporting the byte offset of the first error.
/// Object keys to skip while parsing, matched on their raw bytes before any string is made.
public struct JSONKeySet: Sendable {
  private var byLength: [[[UInt8]]] = []
  public private(set) var isEmpty = true

  public init(_ keys: Set<String> = []) {
    for key in keys {
      let b = Array(key.utf8)
      if b.count >= byLength.count { byLength += Array(repeating: [], count: b.count + 1 - byLength.count) }
      byLength[b.count].append(b)
      isEmpty = false
    }
  }

  /// Whether `bytes[start..<end]` is one of the keys.
  @inline(__always) func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    let n = end - start
    guard n < byLength.count else { return false }
    for key in byLength[n] {
      var k = 0
      while k < n, bytes[start + k] == key[k] { k += 1 }
      if k == n { return true }
    }
    return false
  }
}

public struct JSONParser: ~Copyable {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var i: Int
  private let maxDepth = 512
  /// Object keys whose values are scanned but not built (a tweet's `edit_info`, `source`…).
  private var skipKeys = JSONKeySet()
  /// The input was validated as UTF-8 already: strings are not validated again.
  private var trusted = false

  /// Parses one JSON value starting at `offset`; returns the value and the offset just after it.
  public static func parse(_ data: [UInt8], from offset: Int = 0, skipping: JSONKeySet = JSONKeySet(), trustedUTF8: Bool = false) throws(JSONSyntaxError) -> (JSONValue, Int) {
    var failure: JSONSyntaxError? = nil
    let result: (JSONValue, Int)? = data.withUnsafeBufferPointer { buf in
      do throws(JSONSyntaxError) {
        return try parse(buf, from: offset, skipping: skipping, trustedUTF8: trustedUTF8)
      } catch {
        failure = error
        return nil
      }
    }
    guard let result else { throw failure ?? JSONSyntaxError(offset: offset, message: "invalid JSON") }
    return result
  }

  /// `parse`, over bytes in memory of the caller's (a mapped file).
  public static func parse(
    _ buf: UnsafeBufferPointer<UInt8>, from offset: Int = 0, skipping: JSONKeySet = JSONKeySet(), trustedUTF8: Bool = false
  ) throws(JSONSyntaxError) -> (JSONValue, Int) {
    var parser = JSONParser(bytes: buf, i: offset)
    parser.skipKeys = skipping
    parser.trusted = trustedUTF8
    parser.skipWhitespace()
    let value = try parser.value(depth: 0)
    return (value, parser.i)
  }

  /// Parses a whole document: one value and nothing but whitespace after it.
  public static func parseDocument(_ data: [UInt8], from offset: Int = 0) throws(JSONSyntaxError) -> JSONValue {
    let (value, end) = try parse(data, from: offset)
    var j = end
    while j < data.count, data[j] == 0x20 || data[j] == 0x0A || data[j] == 0x0D || data[j] == 0x09 { j += 1 }
    if j < data.count, data[j] == 0x3B { j += 1 }  // a trailing ';' as in JavaScript assignments
    while j < data.count, data[j] == 0x20 || data[j] == 0x0A || data[j] == 0x0D || data[j] == 0x09 { j += 1 }
    if j < data.count {
      throw JSONSyntaxError(offset: j, message: "unexpected text after the end of the JSON value")
    }
    return value
  }

  private init(bytes: UnsafeBufferPointer<UInt8>, i: Int) {
    self.bytes = bytes
    self.i = i
  }

  /// Pretty-printed files indent with runs of spaces: a run is passed eight bytes at a time,
  /// its end found in the word that holds it.
  @inline(__always) private mutating func skipWhitespace() {
    while i < bytes.count {
      let c = bytes[i]
      if c == 0x20 {
        if i + 8 <= bytes.count, let base = bytes.baseAddress {
          let other = SWAR.load(base + i) ^ 0x2020_2020_2020_2020
          i += other == 0 ? 8 : other.trailingZeroBitCount >> 3
        } else {
          i += 1
        }
      } else if c == 0x0A || c == 0x0D || c == 0x09 {
        i += 1
      } else {
        return
      }
    }
  }

  private func fail(_ message: String) -> JSONSyntaxError {
    if i >= bytes.count, !message.contains("cut off") {
      return JSONSyntaxError(offset: i, message: message + " (the file may be cut off)")
    }
    return JSONSyntaxError(offset: i, message: message)
  }

  private func describeHere() -> String {
    guard i < bytes.count else { return "the end of the file" }
    let c = bytes[i]
    if c >= 0x21 && c < 0x7F { return "'\(Character(Unicode.Scalar(c)))'" }
    return "byte 0x\(String(c, radix: 16))"
  }

  private mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    guard depth < maxDepth else { throw fail("JSON nested deeper than \(maxDepth) levels") }
    guard i < bytes.count else { throw fail("unexpected end of file: expected a JSON value (the file may be cut off)") }
    switch bytes[i] {
    case 0x7B: return try object(depth: depth)
    case 0x5B: return try array(depth: depth)
    case 0x22: return .string(try string())
    case 0x74: try literal("true"); return .bool(true)
    case 0x66: try literal("false"); return .bool(false)
    case 0x6E: try literal("null"); return .null
    case 0x2D, 0x30...0x39: return .number(try number())
    default: throw fail("expected a JSON value, found \(describeHere())")
    }
  }

  private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
    let n = word.utf8CodeUnitCount
    guard i + n <= bytes.count else { throw fail("unexpected end of file inside '\(word)'") }
    for k in 0..<n where bytes[i + k] != word.utf8Start[k] {
      throw fail("expected '\(word)', found \(describeHere())")
    }
    i += n
  }

  private mutating func number() throws(JSONSyntaxError) -> String {
    let start = i
    if bytes[i] == 0x2D { i += 1 }
    var digits = 0
    while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1; digits += 1 }
    guard digits > 0 else { throw fail("expected a digit, found \(describeHere())") }
    if i < bytes.count, bytes[i] == 0x2E {
      i += 1
      var frac = 0
      while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1; frac += 1 }
      guard frac > 0 else { throw fail("expected a digit after '.', found \(describeHere())") }
    }
    if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
      i += 1
      if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
      var exp = 0
      while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1; exp += 1 }
      guard exp > 0 else { throw fail("expected an exponent, found \(describeHere())") }
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
  }

  private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
    guard i + 4 <= bytes.count else { throw fail("unexpected end of file inside a \\u escape") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let c = bytes[i]
      let d: UInt32
      switch c {
      case 0x30...0x39: d = UInt32(c - 0x30)
      case 0x41...0x46: d = UInt32(c - 0x41 + 10)
      case 0x61...0x66: d = UInt32(c - 0x61 + 10)
      default: throw fail("expected a hex digit in a \\u escape, found \(describeHere())")
      }
      v = v << 4 | d
      i += 1
    }
    return v
  }

  private mutating func string() throws(JSONSyntaxError) -> String {
    let open = i
    i += 1
    let start = i
    // Fast path: no escapes. Eight bytes at a time up to the first quote, backslash or control
    // character, then byte by byte from there.
    skipPlainStringBytes()
    while i < bytes.count {
      let c = bytes[i]
      if c == 0x22 {
        let s = UnsafeBufferPointer(rebasing: bytes[start..<i])
        i += 1
        return try validUTF8(s, at: start)
      }
      if c == 0x5C { break }
      if c < 0x20 { throw fail("control character inside a string (strings must escape line breaks)") }
      i += 1
    }
    var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
    while i < bytes.count {
      let c = bytes[i]
      if c == 0x22 {
        i += 1
        return try out.withUnsafeBufferPointer { buf throws(JSONSyntaxError) in try validUTF8(buf, at: start) }
      }
      if c < 0x20 { throw fail("control character inside a string (strings must escape line breaks)") }
      if c != 0x5C {
        out.append(c)
        i += 1
        continue
      }
      i += 1
      guard i < bytes.count else { break }
      let e = bytes[i]
      i += 1
      switch e {
      case 0x22: out.append(0x22)
      case 0x5C: out.append(0x5C)
      case 0x2F: out.append(0x2F)
      case 0x62: out.append(0x08)
      case 0x66: out.append(0x0C)
      case 0x6E: out.append(0x0A)
      case 0x72: out.append(0x0D)
      case 0x74: out.append(0x09)
      case 0x75:
        var scalar = try hex4()
        if scalar >= 0xD800 && scalar < 0xDC00 {
          if i + 6 <= bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 {
            i += 2
            let low = try hex4()
            if low >= 0xDC00 && low < 0xE000 {
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else {
              scalar = 0xFFFD
            }
          } else {
            scalar = 0xFFFD
          }
        } else if scalar >= 0xDC00 && scalar < 0xE000 {
          scalar = 0xFFFD
        }
        let u = Unicode.Scalar(scalar) ?? "\u{FFFD}"
        out.append(contentsOf: Array(String(Character(u)).utf8))
      default:
        i -= 1
        throw fail("invalid escape '\\\(Character(Unicode.Scalar(e)))' in a string")
      }
    }
    i = open
    throw fail("unterminated string (the file may be cut off)")
  }

  /// Moves past the bytes of a string that need no look (no quote, backslash or control
  /// character), eight at a time; stops at the first one that does, or where fewer than eight
  /// remain.
  @inline(__always) private mutating func skipPlainStringBytes() {
    guard let base = bytes.baseAddress else { return }
    while i + 8 <= bytes.count {
      let w = SWAR.load(base + i)
      let special = SWAR.equal(w, 0x22) | SWAR.equal(w, 0x5C) | SWAR.less(w, than: 0x20)
      if special != 0 {
        i += special.trailingZeroBitCount / 8
        return
      }
      i += 8
    }
  }

  private func validUTF8(_ s: UnsafeBufferPointer<UInt8>, at offset: Int) throws(JSONSyntaxError) -> String {
    if trusted { return String(decoding: s, as: UTF8.self) }
    if let str = String(validating: s, as: UTF8.self) { return str }
    let bad = UTF8Validation.firstInvalidOffset(s) ?? 0
    throw JSONSyntaxError(offset: offset + bad, message: "invalid UTF-8 inside a string")
  }

  /// Checks a value's syntax and moves past it without building anything.
  private mutating func skipValue(depth: Int) throws(JSONSyntaxError) {
    guard depth < maxDepth else { throw fail("JSON nested deeper than \(maxDepth) levels") }
    guard i < bytes.count else { throw fail("unexpected end of file: expected a JSON value (the file may be cut off)") }
    switch bytes[i] {
    case 0x22:
      let open = i
      i += 1
      while i < bytes.count {
        skipPlainStringBytes()
        guard i < bytes.count else { break }
        let c = bytes[i]
        if c == 0x22 { i += 1; return }
        if c == 0x5C { i += 2; continue }
        if c < 0x20 { throw fail("control character inside a string (strings must escape line breaks)") }
        i += 1
      }
      i = open
      throw fail("unterminated string (the file may be cut off)")
    case 0x7B, 0x5B:
      let close: UInt8 = bytes[i] == 0x7B ? 0x7D : 0x5D
      let isObject = close == 0x7D
      i += 1
      skipWhitespace()
      if i < bytes.count, bytes[i] == close { i += 1; return }
      while true {
        skipWhitespace()
        if isObject {
          guard i < bytes.count, bytes[i] == 0x22 else { throw fail("expected a quoted key in an object, found \(describeHere())") }
          try skipValue(depth: depth + 1)
          skipWhitespace()
          guard i < bytes.count, bytes[i] == 0x3A else { throw fail("expected ':' after an object key, found \(describeHere())") }
          i += 1
          skipWhitespace()
        }
        try skipValue(depth: depth + 1)
        skipWhitespace()
        guard i < bytes.count else { throw fail("unexpected end of file: expected ',' or '\(isObject ? "}" : "]")' (the file may be cut off)") }
        if bytes[i] == 0x2C { i += 1; continue }
        if bytes[i] == close { i += 1; return }
        throw fail("expected ',' or '\(isObject ? "}" : "]")', found \(describeHere())")
      }
    default:
      _ = try value(depth: depth)
    }
  }

  private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    i += 1
    var items: [JSONValue] = []
    skipWhitespace()
    if i < bytes.count, bytes[i] == 0x5D {
      i += 1
      return .array(items)
    }
    while true {
      skipWhitespace()
      items.append(try value(depth: depth + 1))
      skipWhitespace()
      guard i < bytes.count else { throw fail("unexpected end of file inside an array: expected ',' or ']' (the file may be cut off)") }
      if bytes[i] == 0x2C { i += 1; continue }
      if bytes[i] == 0x5D { i += 1; return .array(items) }
      throw fail("expected ',' or ']' in an array, found \(describeHere())")
    }
  }

  private mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    i += 1
    var members: [JSONMember] = []
    skipWhitespace()
    if i < bytes.count, bytes[i] == 0x7D {
      i += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard i < bytes.count else { throw fail("unexpected end of file inside an object (the file may be cut off)") }
      guard bytes[i] == 0x22 else { throw fail("expected a quoted key in an object, found \(describeHere())") }
      // A key to skip is recognised on its bytes (one without escapes), before a string is made.
      var skipThis = false
      if !skipKeys.isEmpty {
        var j = i + 1
        while j < bytes.count, bytes[j] != 0x22, bytes[j] != 0x5C { j += 1 }
        if j < bytes.count, bytes[j] == 0x22, skipKeys.contains(bytes, i + 1, j) {
          skipThis = true
          i = j + 1
        }
      }
      let key = skipThis ? "" : try string()
      skipWhitespace()
      guard i < bytes.count, bytes[i] == 0x3A else { throw fail("expected ':' after an object key, found \(describeHere())") }
      i += 1
      skipWhitespace()
      if skipThis {
        try skipValue(depth: depth + 1)
        skipWhitespace()
        guard i < bytes.count else { throw fail("unexpected end of file inside an object: expected ',' or '}' (the file may be cut off)") }
        if bytes[i] == 0x2C { i += 1; continue }
        if bytes[i] == 0x7D { i += 1; return .object(members) }
        throw fail("expected ',' or '}' in an object, found \(describeHere())")
      }
      members.append(JSONMember(key: key, value: try value(depth: depth + 1)))
      skipWhitespace()
      guard i < bytes.count else { throw fail("unexpected end of file inside an object: expected ',' or '}' (the file may be cut off)") }
      if bytes[i] == 0x2C { i += 1; continue }
      if bytes[i] == 0x7D { i += 1; return .object(members) }
      throw fail("expected ',' or '}' in an object, found \(describeHere())")
    }
  }
}

/// Reading a value piece by piece, for a reader that knows what it wants (a tweet's dozen
/// members of forty): objects and arrays are walked, and only what is asked for is made. Each
/// step checks the syntax as `parse` does; a caller falls back to `parse` for the exact error.
extension JSONParser {
  /// Runs `read` with a parser placed at `offset` (whitespace skipped); returns what it returns
  /// and the offset after what it read.
  static func reading<T>(
    _ buf: UnsafeBufferPointer<UInt8>, from offset: Int, trustedUTF8: Bool, _ read: (inout JSONParser) throws -> T
  ) throws -> (T, Int) {
    var parser = JSONParser(bytes: buf, i: offset)
    parser.trusted = trustedUTF8
    parser.skipWhitespace()
    let value = try read(&parser)
    return (value, parser.i)
  }

  /// The first byte of the value here (0 at the end).
  var next: UInt8 { i < bytes.count ? bytes[i] : 0 }

  /// Walks the object here (at its `{`) member by member: `member` gets each key's bytes
  /// (unescaped) and the parser at the member's value, which it must read or skip.
  mutating func members(depth: Int, _ member: (UnsafeBufferPointer<UInt8>, inout JSONParser) throws -> Void) throws {
    guard depth < maxDepth else { throw fail("JSON nested deeper than \(maxDepth) levels") }
    i += 1
    skipWhitespace()
    if i < bytes.count, bytes[i] == 0x7D {
      i += 1
      return
    }
    while true {
      skipWhitespace()
      guard i < bytes.count else { throw fail("unexpected end of file inside an object (the file may be cut off)") }
      guard bytes[i] == 0x22 else { throw fail("expected a quoted key in an object, found \(describeHere())") }
      var j = i + 1
      while j < bytes.count, bytes[j] != 0x22, bytes[j] != 0x5C, bytes[j] >= 0x20 { j += 1 }
      if j < bytes.count, bytes[j] == 0x22 {
        let key = UnsafeBufferPointer(rebasing: bytes[(i + 1)..<j])
        if !trusted { _ = try validUTF8(key, at: i + 1) }
        i = j + 1
        try colon()
        try member(key, &self)
      } else {
        var key = try string()
        try colon()
        try key.withUTF8 { try member($0, &self) }
      }
      skipWhitespace()
      guard i < bytes.count else { throw fail("unexpected end of file inside an object: expected ',' or '}' (the file may be cut off)") }
      if bytes[i] == 0x2C {
        i += 1
        continue
      }
      if bytes[i] == 0x7D {
        i += 1
        return
      }
      throw fail("expected ',' or '}' in an object, found \(describeHere())")
    }
  }

  private mutating func colon() throws(JSONSyntaxError) {
    skipWhitespace()
    guard i < bytes.count, bytes[i] == 0x3A else { throw fail("expected ':' after an object key, found \(describeHere())") }
    i += 1
    skipWhitespace()
  }

  /// Walks the array here (at its `[`) element by element: `element` gets the parser at each
  /// element, which it must read or skip.
  mutating func elements(depth: Int, _ element: (inout JSONParser) throws -> Void) throws {
    guard depth < maxDepth else { throw fail("JSON nested deeper than \(maxDepth) levels") }
    i += 1
    skipWhitespace()
    if i < bytes.count, bytes[i] == 0x5D {
      i += 1
      return
    }
    while true {
      skipWhitespace()
      try element(&self)
      skipWhitespace()
      guard i < bytes.count else { throw fail("unexpected end of file inside an array: expected ',' or ']' (the file may be cut off)") }
      if bytes[i] == 0x2C {
        i += 1
        continue
      }
      if bytes[i] == 0x5D {
        i += 1
        return
      }
      throw fail("expected ',' or ']' in an array, found \(describeHere())")
    }
  }

  /// Moves past the value here, checking its syntax.
  mutating func skip(depth: Int) throws {
    try skipValue(depth: depth)
  }

  /// The value here as `JSONValue.string` reads it: a string, or a number's text; nil (the
  /// value passed over) for anything else.
  mutating func scalarText(depth: Int) throws -> String? {
    switch next {
    case 0x22: return try string()
    case 0x2D, 0x30...0x39: return try number()
    default:
      try skipValue(depth: depth)
      return nil
    }
  }

  /// The value here as `JSONValue.bool` reads it.
  mutating func boolish(depth: Int) throws -> Bool? {
    switch next {
    case 0x74:
      try literal("true")
      return true
    case 0x66:
      try literal("false")
      return false
    case 0x22:
      let s = try string()
      return s == "true" ? true : (s == "false" ? false : nil)
    default:
      try skipValue(depth: depth)
      return nil
    }
  }

  /// The value here as `JSONValue.int` reads it.
  mutating func intish(depth: Int) throws -> Int? {
    switch next {
    case 0x22: return Int(try string())
    case 0x2D, 0x30...0x39: return JSONValue.integer(try number())
    default:
      try skipValue(depth: depth)
      return nil
    }
  }
}
