/// The ASCII-tolerant key of a folded key: Latin letters lose their diacritics and ı becomes i
/// (`dışişleri bakanlığı` -> `disisleri bakanligi`, `syrtqy ıster` -> `syrtqy ister`), which is
/// the `tr-ascii` scheme on folded text. Other scripts pass through.
///
/// - Complexity: O(n).
enum LooseKey {
  private static let table: [UInt32: String] = {
    var table: [UInt32: String] = [:]
    let pairs: [(String, String)] = [
      ("çćčĉċ", "c"), ("ğĝġģ", "g"), ("ıìíîïīĭįi̇", "i"), ("öòóôõōŏőø", "o"), ("şśšŝș", "s"), ("üùúûūŭůűųų", "u"),
      ("àáâãäåāăą", "a"), ("èéêëēĕėęě", "e"), ("ñńňņŋ", "n"), ("ýÿŷ", "y"), ("žźż", "z"), ("ķ", "k"), ("ļłľ", "l"),
      ("ţťț", "t"), ("ďđ", "d"), ("ŕř", "r"), ("ĥħ", "h"), ("ĵ", "j"), ("ŵ", "w"), ("’‘ʼ", "'"),
    ]
    for (letters, base) in pairs {
      for scalar in letters.unicodeScalars { table[scalar.value] = base }
    }
    return table
  }()

  /// `table` for U+0000-U+24FF by value; nil where a scalar maps to itself.
  private static let small: [String?] = (0..<0x2500).map { table[UInt32($0)] }

  static func make(_ folded: String) -> String {
    if folded.utf8.allSatisfy({ $0 < 0x80 }) { return folded }
    var result = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars {
      if let base = scalar.value < 0x2500 ? small[Int(scalar.value)] : table[scalar.value] {
        result.append(contentsOf: base.unicodeScalars)
      } else if scalar.value >= 0x300, scalar.value < 0x370 {
        continue  // a combining mark left by folding
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether the key has Latin letters (only those get loose keys and skeletons).
  static func isLatin(_ folded: String) -> Bool {
    for scalar in folded.unicodeScalars {
      let value = scalar.value
      if (value >= 0x61 && value <= 0x7A) || (value >= 0xC0 && value < 0x250) { return true }
      if value >= 0x400 && value < 0x530 { return false }
    }
    return false
  }
}
