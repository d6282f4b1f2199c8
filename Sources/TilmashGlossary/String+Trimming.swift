extension Unicode.Scalar {
  /// White space as glossaries and queries have it: ASCII spaces and line breaks, NBSP, the
  /// Unicode spaces U+2000-U+200A, U+2028/2029, U+202F, U+205F, U+3000. Cheaper than the
  /// `isWhitespace` property, which this hot path cannot afford.
  @inline(__always)
  var isGlossarySpace: Bool {
    let value = self.value
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    switch value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }
}

extension StringProtocol {
  /// The string without leading and trailing white space (spaces, tabs, line breaks, NBSP).
  ///
  /// Slices on scalar boundaries and copies once: rebuilding the string scalar by scalar cost
  /// more than the rest of reading a glossary row.
  func trimmingWhitespace() -> String {
    let text = self[...]
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isGlossarySpace }) else { return "" }
    guard let last = scalars.lastIndex(where: { !$0.isGlossarySpace }) else { return "" }
    if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex, let string = self as? String {
      return string
    }
    return String(text[first..<scalars.index(after: last)])
  }
}
