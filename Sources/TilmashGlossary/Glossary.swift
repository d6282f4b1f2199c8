/// A set of entries, as read from one or more files.
public struct Glossary: Sendable {
  public var entries: [Entry]

  public init(entries: [Entry] = []) {
    self.entries = entries
  }

  /// The entries of several glossaries, in order.
  public mutating func append(contentsOf other: Glossary) {
    entries.append(contentsOf: other.entries)
  }
}
