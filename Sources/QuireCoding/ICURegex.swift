import Foundation

#if canImport(_FoundationICU)
  import _FoundationICU

  /// A codebook regex compiled by ICU's C API: the engine `NSRegularExpression` runs on this
  /// platform, so the syntax and every match are the same, but a unit's UTF-8 bytes are matched
  /// where they lie (a UTF-8 `UText`), with no string, no UTF-16 copy and no offset conversion:
  /// ICU's native indexes into a UTF-8 text are byte offsets.
  ///
  /// The compiled form is never matched against: each thread matches with its own clone
  /// (`RegexRunner`), as ICU requires.
  final class CompiledRegex: @unchecked Sendable {
    fileprivate let compiled: OpaquePointer

    init?(pattern: String, caseInsensitive: Bool) {
      let utf16 = Array(pattern.utf16)
      var status = U_ZERO_ERROR
      var parseError = UParseError()
      let flags = caseInsensitive ? UInt32(UREGEX_CASE_INSENSITIVE.rawValue) : 0
      guard let r = swift_uregex_open(utf16, Int32(utf16.count), flags, &parseError, &status), status.rawValue <= 0 else { return nil }
      compiled = r
    }

    deinit { swift_uregex_close(compiled) }
  }

  /// One thread's matching state: a clone of each regex, made when first used, and one UTF-8
  /// text reopened on each unit.
  ///
  /// A match may take at most `timeLimit` of ICU's time steps (each some ten thousand steps of its
  /// matcher, about a millisecond): a pattern that backtracks without end (`(a+)+$`) then stops
  /// with `timedOut` set instead of hanging the run.
  final class RegexRunner {
    private let regexes: [CompiledRegex]
    private var clones: [OpaquePointer?]
    private var text: UnsafeMutablePointer<UText>? = nil
    private let timeLimit: Int32
    /// The regex (by index) that ran past its time limit, if one did, and the scalar offset of
    /// the unit it stopped on (set by the engine).
    private(set) var timedOut: Int? = nil
    var stoppedAt: Int? = nil

    init(_ regexes: [CompiledRegex], timeLimit: Int32 = 10_000) {
      self.regexes = regexes
      self.timeLimit = timeLimit
      clones = Array(repeating: nil, count: regexes.count)
    }

    deinit {
      for c in clones { if let c { swift_uregex_close(c) } }
      if let text { swift_utext_close(text) }
    }

    /// Calls `body` with the byte range (relative to `bytes`) of every non-empty match of regex
    /// `index` in `bytes`, in order.
    func matches(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
      var status = U_ZERO_ERROR
      guard let base = bytes.baseAddress else { return }
      let clone: OpaquePointer
      if let c = clones[index] {
        clone = c
      } else {
        guard let c = swift_uregex_clone(regexes[index].compiled, &status), status.rawValue <= 0 else { return }
        swift_uregex_setTimeLimit(c, timeLimit, &status)
        clones[index] = c
        clone = c
      }
      let opened = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { p in
        swift_utext_openUTF8(text, p, Int64(bytes.count), &status)
      }
      guard let opened, status.rawValue <= 0 else { return }
      text = opened
      swift_uregex_setUText(clone, opened, &status)
      guard status.rawValue <= 0 else { return }
      while swift_uregex_findNext(clone, &status) != 0, status.rawValue <= 0 {
        let s = Int(swift_uregex_start64(clone, 0, &status))
        let e = Int(swift_uregex_end64(clone, 0, &status))
        guard status.rawValue <= 0 else { return }
        if e > s { body(s, e) }
      }
      if status == U_REGEX_TIME_OUT || status == U_REGEX_STACK_OVERFLOW { timedOut = index }
    }
  }
#else
  /// A codebook regex: `NSRegularExpression` where ICU's C API is not importable.
  final class CompiledRegex: @unchecked Sendable {
    let regex: NSRegularExpression

    init?(pattern: String, caseInsensitive: Bool) {
      guard let r = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : []) else { return nil }
      regex = r
    }
  }

  /// Matches through `NSRegularExpression`, converting its UTF-16 ranges to byte offsets.
  final class RegexRunner {
    private let regexes: [CompiledRegex]
    /// Never set here: `NSRegularExpression` has no time limit.
    private(set) var timedOut: Int? = nil
    var stoppedAt: Int? = nil

    init(_ regexes: [CompiledRegex], timeLimit: Int32 = 10_000) { self.regexes = regexes }

    func matches(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
      let string = String(decoding: bytes, as: UTF8.self)
      let regex = regexes[index].regex
      for m in regex.matches(in: string, options: [], range: NSRange(string.startIndex..., in: string)) where m.range.length > 0 {
        guard let r = Range(m.range, in: string) else { continue }
        body(
          string.utf8.distance(from: string.startIndex, to: r.lowerBound),
          string.utf8.distance(from: string.startIndex, to: r.upperBound))
      }
    }
  }
#endif
