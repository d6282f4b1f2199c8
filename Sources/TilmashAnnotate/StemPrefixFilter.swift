/// A quick "no" before suffix analysis: whether a folded word could begin with the stem of a
/// form's last word at all.
///
/// Suffix analysis runs on every word that is not itself the end of a form, which makes it the
/// most frequent costly call in annotation. Inflection changes only the end of a stem: softening
/// and vowel drop touch at most its last 4 bytes in Turkish and Kazakh (`akıl` -> `aklı`,
/// `халық` -> `халқы`), and English at most its last byte (`party` -> `parties`). So the first
/// `min(4, length - changedTail)` bytes of every stem go into a bit set per prefix length, small
/// enough to stay in the cache, and a word none of whose prefixes is in them has no known stem.
///
/// It may answer "maybe" for a word that has no known stem (a false positive costs one suffix
/// analysis), never "no" for one that has.
struct StemPrefixFilter: Sendable {
  private static let bits = 1 << 18
  /// How many bytes at the end of a stem inflection may change.
  private let changedTail: Int
  /// Index k: the stems' first k bytes (k = 1...4); index 0: any stem too short to have a kept prefix.
  private var sets: [[UInt64]] = Array(repeating: [UInt64](repeating: 0, count: bits / 64), count: 5)
  private var hasBareStem = false

  init(changedTail: Int) {
    self.changedTail = changedTail
  }

  mutating func insert(_ stem: some Collection<UInt8>) {
    let kept = min(4, stem.count - changedTail)
    guard kept > 0 else {
      hasBareStem = true
      return
    }
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
  private static func hash(_ bytes: some Collection<UInt8>, _ count: Int) -> Int {
    var value: UInt32 = 0
    for byte in bytes.prefix(count) { value = value << 8 | UInt32(byte) }
    return Int((value &* 0x9E37_79B1) >> 14) & (bits - 1)
  }
}
