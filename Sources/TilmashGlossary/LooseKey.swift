import TilmashText

/// The ASCII-tolerant key of a folded key: Latin letters lose their diacritics and ı becomes i
/// (`dışişleri bakanlığı` -> `disisleri bakanligi`, `syrtqy ıster` -> `syrtqy ister`), which is
/// the `tr-ascii` scheme on folded text. Other scripts pass through.
///
/// - Complexity: O(n).
enum LooseKey {
  private static let table: [UInt32: [UInt8]] = {
    var table: [UInt32: [UInt8]] = [:]
    let pairs: [(String, String)] = [
      ("çćčĉċ", "c"), ("ğĝġģ", "g"), ("ıìíîïīĭįi̇", "i"), ("öòóôõōŏőø", "o"), ("şśšŝș", "s"), ("üùúûūŭůűųų", "u"),
      ("àáâãäåāăą", "a"), ("èéêëēĕėęě", "e"), ("ñńňņŋ", "n"), ("ýÿŷ", "y"), ("žźż", "z"), ("ķ", "k"), ("ļłľ", "l"),
      ("ţťț", "t"), ("ďđ", "d"), ("ŕř", "r"), ("ĥħ", "h"), ("ĵ", "j"), ("ŵ", "w"), ("’‘ʼ", "'"),
    ]
    for (letters, base) in pairs {
      for scalar in letters.unicodeScalars { table[scalar.value] = Array(base.utf8) }
    }
    return table
  }()

  /// `table` for U+0000-U+24FF by value; empty where a scalar maps to itself.
  private static let small: [[UInt8]] = (0..<0x2500).map { table[UInt32($0)] ?? [] }

  static func make(_ folded: String) -> String {
    if folded.utf8.allSatisfy({ $0 < 0x80 }) { return folded }
    var folded = folded
    return folded.withUTF8 { String(decoding: make(utf8: $0), as: UTF8.self) }
  }

  /// The loose key of the valid UTF-8 `folded`.
  static func make(utf8 folded: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    append(utf8: folded, to: &result)
    return result
  }

  /// Appends the loose key of the valid UTF-8 `folded` to `result`.
  static func append(utf8 folded: UnsafeBufferPointer<UInt8>, to result: inout [UInt8]) {
    result.reserveCapacity(result.count + folded.count)
    var index = 0
    while index < folded.count {
      let byte = folded[index]
      if byte < 0x80 {
        result.append(byte)
        index += 1
        continue
      }
      let (scalar, length) = UTF8Scalar.decode(folded, at: index)
      let value = scalar.value
      if value < 0x2500 {
        let base = small[Int(value)]
        if !base.isEmpty {
          result.append(contentsOf: base)
        } else if !(value >= 0x300 && value < 0x370) {  // a combining mark left by folding is dropped
          result.append(contentsOf: UnsafeBufferPointer(rebasing: folded[index..<index + length]))
        }
      } else if let base = table[value] {
        result.append(contentsOf: base)
      } else {
        result.append(contentsOf: UnsafeBufferPointer(rebasing: folded[index..<index + length]))
      }
      index += length
    }
  }

  /// Whether the key has Latin letters (only those get loose keys and skeletons).
  static func isLatin(_ folded: String) -> Bool {
    var folded = folded
    return folded.withUTF8 { isLatin(utf8: $0) }
  }

  /// Whether the valid UTF-8 key has Latin letters.
  static func isLatin(utf8 folded: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < folded.count {
      let byte = folded[index]
      if byte < 0x80 {
        if byte >= 0x61 && byte <= 0x7A { return true }
        index += 1
        continue
      }
      let (scalar, length) = UTF8Scalar.decode(folded, at: index)
      let value = scalar.value
      if value >= 0xC0 && value < 0x250 { return true }
      if value >= 0x400 && value < 0x530 { return false }
      index += length
    }
    return false
  }
}
