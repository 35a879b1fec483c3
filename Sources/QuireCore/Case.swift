/// A participant or account, with attributes (role, school phase, country…).
public struct Case: Codable, Sendable, Equatable {
  public var name: String
  public var attributes: [String: String]
  public init(name: String, attributes: [String: String] = [:]) {
    self.name = name
    self.attributes = attributes
  }
}

/// One row of a cases file: a participant or account and their attributes.
public struct CaseRow: Sendable, Equatable {
  public var name: String
  /// Other names the case goes by: speaker labels (`T Whitfield`) or `@handles`.
  public var aliases: [String]
  public var attributes: [String: String]
  /// The line in the file, for messages.
  public var line: Int
  public init(name: String, aliases: [String] = [], attributes: [String: String] = [:], line: Int = 0) {
    self.name = name
    self.aliases = aliases
    self.attributes = attributes
    self.line = line
  }
}

