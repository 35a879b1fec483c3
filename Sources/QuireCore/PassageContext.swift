/// A coded passage's neighbouring segments, for reading a quote in context.
public struct PassageContext: Sendable, Equatable {
  /// One neighbouring segment: its speaker (or `@handle`) and text.
  public struct Line: Sendable, Equatable {
    public var speaker: String?
    public var text: String
    public init(speaker: String?, text: String) {
      self.speaker = speaker
      self.text = text
    }
  }
  public var before: [Line]
  public var after: [Line]
  public init(before: [Line], after: [Line]) {
    self.before = before
    self.after = after
  }
}
