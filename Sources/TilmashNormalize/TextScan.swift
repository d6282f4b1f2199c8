import TilmashText

/// Byte-level helpers shared by the stages.
enum TextScan {
  /// The scalars of `text` with their UTF-8 offsets, and the end offset.
  static func scalars(of text: String) -> [(scalar: Unicode.Scalar, offset: Int)] {
    var result: [(Unicode.Scalar, Int)] = []
    var offset = 0
    for scalar in text.unicodeScalars {
      result.append((scalar, offset))
      offset += UTF8.width(scalar)
    }
    return result
  }

  /// The runs of word scalars of `text` (`TextClass.isWordScalar`), as byte ranges with the
  /// scalars.
  static func words(of text: String) -> [(range: Range<Int>, scalars: [Unicode.Scalar])] {
    var result: [(Range<Int>, [Unicode.Scalar])] = []
    var start = -1
    var word: [Unicode.Scalar] = []
    var offset = 0
    for scalar in text.unicodeScalars {
      if TextClass.isWordScalar(scalar) {
        if start < 0 { start = offset }
        word.append(scalar)
      } else if start >= 0 {
        result.append((start..<offset, word))
        start = -1
        word.removeAll(keepingCapacity: true)
      }
      offset += UTF8.width(scalar)
    }
    if start >= 0 { result.append((start..<offset, word)) }
    return result
  }

  /// The smallest edit turning `old` into `new` at `offset` that starts and ends at word
  /// boundaries: the words both share at the start and at the end are left out.
  ///
  ///     minimalEdit("Nursultan Nazarbaev", "Nursultan Nazarbayev", at: 0)  // 10..<19 -> "Nazarbayev"
  static func minimalEdit(
    from old: String, to new: String, at offset: Int, rule: EditRule, entryID: String?
  ) -> Edit? {
    let a = Array(old.unicodeScalars)
    let b = Array(new.unicodeScalars)
    if a == b { return nil }
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    // Back to a word boundary: the scalar before the cut is not part of a word, or the cut is
    // at the start.
    while prefix > 0, TextClass.isWordScalar(a[prefix - 1]) { prefix -= 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
      suffix += 1
    }
    while suffix > 0, TextClass.isWordScalar(a[a.count - suffix]) {
      suffix -= 1
    }
    let byteStart = a[0..<prefix].reduce(0) { $0 + UTF8.width($1) }
    let byteEnd = a[0..<(a.count - suffix)].reduce(0) { $0 + UTF8.width($1) }
    let replacement = String(String.UnicodeScalarView(b[prefix..<(b.count - suffix)]))
    return Edit(range: (offset + byteStart)..<(offset + byteEnd), replacement: replacement, rule: rule, entryID: entryID)
  }
}
