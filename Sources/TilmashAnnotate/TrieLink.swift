/// An edge of a `PhraseTrie` as the matcher reads it: the child node, and whether any pattern
/// ends there, in one value, so that a step that completes nothing reads no more memory.
struct TrieLink: Sendable, Equatable {
  let raw: Int32

  static let none = TrieLink(raw: -1)

  init(raw: Int32) { self.raw = raw }

  init(node: Int32, hasPatterns: Bool) { raw = node << 1 | (hasPatterns ? 1 : 0) }

  var exists: Bool { raw >= 0 }
  var node: Int32 { raw >> 1 }
  var hasPatterns: Bool { raw >= 0 && raw & 1 != 0 }
}
