/// A place in an input file, rendered `file:line:column`.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var column: Int?
  /// A non-line place such as `entry 12` or `byte 4031`.
  public var detail: String?

  public init(file: String, line: Int? = nil, column: Int? = nil, detail: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.detail = detail
  }

  public var description: String {
    var s = file
    if let line { s += ":\(line)" }
    if let column { s += ":\(column)" }
    if let detail { s += " (\(detail))" }
    return s
  }
}

/// An error in the user's input or project: it names the place and what was expected.
///
/// Rendered like a compiler diagnostic: `interview.txt:12:4: error: … `.
public struct QuireError: Error, Sendable, Equatable, CustomStringConvertible {
  public var location: SourceLocation?
  public var message: String

  public init(_ message: String, at location: SourceLocation? = nil) {
    self.message = message
    self.location = location
  }

  public var description: String {
    if let location { return "\(location): error: \(message)" }
    return "error: \(message)"
  }
}
