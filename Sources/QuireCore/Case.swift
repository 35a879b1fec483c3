/// A participant or account, with attributes (role, school phase, country…).
public struct Case: Codable, Sendable, Equatable {
  public var name: String
  public var attributes: [String: String]
  public init(name: String, attributes: [String: String] = [:]) {
    self.name = name
    self.attributes = attributes
  }
}
