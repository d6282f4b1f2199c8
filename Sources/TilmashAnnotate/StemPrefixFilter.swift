import TilmashText

/// A quick "no" before suffix analysis: whether a folded word could begin with the stem of a
/// form's last word at all.
///
/// Suffix analysis runs on every word that is not itself the end of a form, which makes it the
/// most frequent costly call in annotation. Inflection changes only the end of a stem: softening
/// and vowel drop touch at most its last two letters in Turkish and Kazakh (`akıl` -> `aklı`,
/// `халық` -> `халқы`, `ok` -> `oğu`), and English its last letter (`party` -> `parties`). So
/// the letters before those (at least the first letter of a stem of two letters or more), up to
/// 4 bytes, go into a bit set per prefix length, small enough to stay in the cache, and a word
/// none of whose prefixes is in them has no known stem.
///
/// It may answer "maybe" for a word that has no known stem (a false positive costs one suffix
/// analysis), never "no" for one that has.
struct StemPrefixFilter: Sendable {
  private static let bits = 1 << 18
  /// How many letters at the end of a stem inflection may change.
  private let changedLetters: Int
  /// Index k: the stems' first k bytes (k = 1...4); index 0: any stem too short to have a kept prefix.
  private var sets: [[UInt64]] = Array(repeating: [UInt64](repeating: 0, count: bits / 64), count: 5)
  /// A stem of one letter: every word may begin with it.
  private var hasBareStem = false

  init(changedLetters: Int) {
    self.changedLetters = changedLetters
  }

  mutating func insert(_ stem: UnsafeBufferPointer<UInt8>) {
    // The letters (UTF-8 lead bytes) of the stem, and where its kept letters end.
    var letters = 0
    for byte in stem where byte & 0xC0 != 0x80 { letters += 1 }
    let keptLetters = max(letters - changedLetters, letters >= 2 ? 1 : 0)
    guard keptLetters > 0 else {
      hasBareStem = true
      return
    }
    var keptBytes = stem.count
    if keptLetters < letters {
      var seen = 0
      for (offset, byte) in stem.enumerated() where byte & 0xC0 != 0x80 {
        if seen == keptLetters {
          keptBytes = offset
          break
        }
        seen += 1
      }
    }
    let kept = min(4, keptBytes)
    let bit = Self.hash(stem, kept)
    sets[kept][bit >> 6] |= 1 << UInt64(bit & 63)
  }

  /// Whether some inserted stem may be a prefix of `word`, allowing for a changed end.
  @inline(__always)
  func mayHaveStem(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    if hasBareStem { return true }
    for kept in 1...min(4, word.count) {
      let bit = Self.hash(word, kept)
      if sets[kept][bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return true }
    }
    return false
  }

  @inline(__always)
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ count: Int) -> Int {
    var value: UInt32 = 0
    for index in 0..<count { value = value << 8 | UInt32(bytes[index]) }
    return Int((value &* 0x9E37_79B1) >> 14) & (bits - 1)
  }
}

extension StemPrefixFilter {
  func write(to writer: inout BinaryWriter) {
    writer.append(changedLetters)
    writer.append(hasBareStem)
    for set in sets { writer.append(set) }
  }

  init(reading reader: inout BinaryReader) throws(BinaryFormatError) {
    self.changedLetters = try reader.int(in: 0...8)
    self.hasBareStem = try reader.bool()
    var sets: [[UInt64]] = []
    for _ in 0..<5 {
      let set = try reader.array(of: UInt64.self)
      guard set.count == Self.bits / 64 else { throw reader.failure("a stem filter of \(set.count) words, not \(Self.bits / 64)") }
      sets.append(set)
    }
    self.sets = sets
  }
}
