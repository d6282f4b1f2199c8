import TilmashText

/// Tells English, Turkish and Kazakh (either script) apart from the letters and the most common
/// function words of a text.
///
///     LanguageDetector.detect("Bakanlık açıklama yaptı ve ...")  // .turkish
///
/// Cyrillic text is Kazakh; Latin text scores Turkish letters (ı ğ ş ç İ, one point each) and
/// Turkish function words (three points each) against Kazakh Latin letters (ä ñ ū, two; q, one)
/// and Kazakh and English function words, so that an English sentence about Erdoğan stays
/// English. Looks at the first 64 Ki scalars only.
public enum LanguageDetector {
  static let sampleSize = 64 * 1024

  private enum Vote { case english, turkish, kazakhLatin }

  /// The function words, each worth 3 points to its language.
  private static let functionWords: [String: Vote] = {
    var words: [String: Vote] = [:]
    for word in [
      "the", "and", "of", "to", "in", "on", "at", "is", "was", "were", "are", "with", "for", "that", "said",
      "which", "by", "from", "has", "have", "he", "she", "his", "its", "an",
    ] { words[word] = .english }
    for word in ["ve", "bir", "bu", "ile", "için", "olarak", "da", "de", "ki", "dedi", "olan", "ise", "gibi", "daha"] {
      words[word] = .turkish
    }
    for word in ["jäne", "men", "bul", "üşin", "dep", "osy", "bolyp", "jane"] { words[word] = .kazakhLatin }
    return words
  }()

  /// The ASCII function words packed into integers (one byte per letter) in a small
  /// open-addressing table, so that an ASCII word is looked up as it is read: no `String`, no
  /// array, no hashing of a `Hasher`.
  private static let asciiTable: (keys: [UInt64], votes: [Vote?]) = {
    var keys = [UInt64](repeating: 0, count: asciiTableSize)
    var votes = [Vote?](repeating: nil, count: asciiTableSize)
    for (word, vote) in functionWords where word.utf8.allSatisfy({ $0 < 0x80 }) {
      let key = pack(word.utf8.map { Unicode.Scalar($0) })
      var slot = asciiSlot(key)
      while keys[slot] != 0 { slot = (slot + 1) & (asciiTableSize - 1) }
      keys[slot] = key
      votes[slot] = vote
    }
    return (keys, votes)
  }()

  private static let asciiTableSize = 256

  @inline(__always)
  private static func asciiSlot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 56) & (asciiTableSize - 1)
  }

  /// The vote of the packed ASCII word `key` (nonzero), if it is a function word, from
  /// `asciiTable`'s columns.
  @inline(__always)
  private static func asciiVote(_ key: UInt64, _ keys: [UInt64], _ votes: [Vote?]) -> Vote? {
    var slot = asciiSlot(key)
    while true {
      let found = keys[slot]
      if found == key { return votes[slot] }
      if found == 0 { return nil }
      slot = (slot + 1) & (asciiTableSize - 1)
    }
  }

  /// The function words that are not ASCII (için, jäne, üşin), each as every canonically
  /// equivalent sequence of scalars (each letter composed or decomposed), so that a word is
  /// compared as `==` compares strings without a `String` being made of it.
  private static let nonASCIIWords: [(scalars: [Unicode.Scalar], vote: Vote)] = functionWords.sorted { $0.key < $1.key }
    .filter { !$0.key.utf8.allSatisfy { $0 < 0x80 } }
    .flatMap { word, vote in
      var variants: [[Unicode.Scalar]] = [[]]
      for character in word {
        let composed = Array(Normalization.normalize(String(character), to: .nfc).unicodeScalars)
        let decomposed = Array(Normalization.normalize(String(character), to: .nfd).unicodeScalars)
        let choices = composed == decomposed ? [composed] : [composed, decomposed]
        variants = variants.flatMap { prefix in choices.map { prefix + $0 } }
      }
      return variants.map { (scalars: $0, vote: vote) }
    }

  /// The first letters of the function words that are not ASCII (için, jäne, üşin), in any
  /// canonically equivalent spelling: only a word starting with one of them needs a `String`.
  private static let nonASCIIFirstScalars: Set<Unicode.Scalar> = ["i", "j", "u", "ü"]

  @inline(__always)
  private static func pack(_ scalars: [Unicode.Scalar]) -> UInt64 {
    var value: UInt64 = 0
    for scalar in scalars { value = value << 8 | UInt64(scalar.value & 0xFF) }
    return value
  }

  /// A word of more scalars than this cannot equal a function word, even decomposed (NFD at
  /// most doubles the 6 scalars of the longest one).
  private static let longestWord = 12

  public static func detect(_ text: String) -> DocumentLanguage {
    var text = text
    return text.withUTF8 { detect(utf8: $0) }
  }

  /// The language of valid UTF-8 text.
  ///
  /// - Complexity: O(n) in the first 64 Ki scalars.
  public static func detect(utf8 bytes: UnsafeBufferPointer<UInt8>) -> DocumentLanguage {
    var cyrillic = 0
    var latin = 0
    var turkish = 0
    var kazakhLatin = 0
    var english = 0
    let (asciiKeys, asciiVotes) = asciiTable
    // The current word, lowercased scalar by scalar as `String.lowercased()` does; a word that
    // cannot be a function word (Cyrillic, or too long) is not built. While it is ASCII it is
    // only packed into an integer; its first non-ASCII letter unpacks it into `word`.
    var word: [Unicode.Scalar] = []
    word.reserveCapacity(longestWord + 2)
    var packed: UInt64 = 0
    var asciiLength = 0
    var wordIsASCII = true
    var wordIsDead = false
    func vote(_ vote: Vote?) {
      switch vote {
      case .english: english += 3
      case .turkish: turkish += 3
      case .kazakhLatin: kazakhLatin += 3
      case nil: break
      }
    }
    /// Votes for the packed ASCII word, if it is as long as a function word can be.
    func voteASCIIWord() {
      if asciiLength >= 2 && asciiLength <= 6 { vote(asciiVote(packed, asciiKeys, asciiVotes)) }
    }
    func finishWord() {
      defer {
        if !word.isEmpty { word.removeAll(keepingCapacity: true) }
        packed = 0
        asciiLength = 0
        wordIsASCII = true
        wordIsDead = false
      }
      if wordIsASCII {
        voteASCIIWord()
        return
      }
      guard !wordIsDead, word.count >= 2, let first = word.first, nonASCIIFirstScalars.contains(first) else { return }
      vote(nonASCIIWords.first(where: { $0.scalars == word })?.vote)
    }
    var index = 0
    var scalars = 0
    let count = bytes.count
    while index < count, scalars < sampleSize {
      let lead = bytes[index]
      if lead < 0x80, wordIsASCII {
        // Most of an English or Turkish text: a run of ASCII bytes while the word so far (if
        // any) is ASCII, each byte one scalar, counted and packed without the general path.
        let limit = min(count, index + (sampleSize - scalars))
        var position = index
        while position < limit {
          let byte = bytes[position]
          if byte >= 0x80 { break }
          let lower = byte | 0x20
          if lower &- 0x61 < 26 {
            latin += 1
            if lower == 0x71 { kazakhLatin += 1 }  // q Q
            packed = packed << 8 | UInt64(lower)
            asciiLength += 1
          } else if byte &- 0x30 < 10 {
            packed = packed << 8 | UInt64(byte)
            asciiLength += 1
          } else if asciiLength > 0 {
            voteASCIIWord()
            packed = 0
            asciiLength = 0
          }
          position += 1
        }
        scalars += position - index
        index = position
        continue
      }
      scalars += 1
      if lead < 0x80 {
        index += 1
        let lower = lead | 0x20
        let isLetter = lower >= 0x61 && lower <= 0x7A
        if isLetter {
          latin += 1
          if lower == 0x71 { kazakhLatin += 1 }  // q Q
        }
        if isLetter || (lead >= 0x30 && lead <= 0x39) {
          let scalar = lead >= 0x41 && lead <= 0x5A ? lower : lead
          if wordIsASCII {
            asciiLength += 1
            packed = packed << 8 | UInt64(scalar)
          } else if !wordIsDead {
            word.append(Unicode.Scalar(scalar))
            if word.count > longestWord { wordIsDead = true }
          }
        } else {
          finishWord()
        }
        continue
      }
      // Cyrillic letters (U+0400-U+04FF but the sign and marks U+0482-U+0489), the bulk of
      // Kazakh text, without the general path: each is a Cyrillic word scalar, and a word with
      // one can be no function word. Once the Cyrillic scalars outnumber the Latin ones by more than
      // the scalars left to read, the answer is Kazakh whatever follows.
      if lead >= 0xD0, lead <= 0xD3, index + 1 < count, bytes[index + 1] & 0xC0 == 0x80,
        !(lead == 0xD2 && bytes[index + 1] >= 0x82 && bytes[index + 1] <= 0x89)
      {
        index += 2
        cyrillic += 1
        wordIsASCII = false
        wordIsDead = true
        if cyrillic > latin + min(count - index, sampleSize - scalars) { return .kazakh }
        continue
      }
      let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
      index += length
      // U+00C0-U+024F (but × and ÷) are Latin letters: Turkish and Kazakh Latin text is full
      // of them, and they need no lookup.
      let isLatinLetter = scalar.value >= 0xC0 && scalar.value <= 0x24F && scalar.value != 0xD7 && scalar.value != 0xF7
      let (isWord, script) = isLatinLetter ? (true, Script.latin) : TextClass.wordAndScript(scalar)
      switch script {
      case .cyrillic: cyrillic += 1
      case .latin:
        latin += 1
        switch scalar {
        case "ı", "ğ", "ş", "İ", "Ğ", "Ş", "ç", "Ç": turkish += 1
        case "ä", "ñ", "ū", "Ä", "Ñ", "Ū", "ŋ", "Ŋ": kazakhLatin += 2
        default: break
        }
      default: break
      }
      if isWord {
        if wordIsASCII {
          // The ASCII letters so far become scalars; more than fit the integer (8) are more
          // letters than any function word has, and end the chance of one.
          wordIsASCII = false
          // Only a word whose first letter lowercases to one of `nonASCIIFirstScalars` can be
          // a non-ASCII function word (İ lowercases to i and a combining dot, which no
          // function word has): any other dies here, before it costs a lowercasing.
          let first = asciiLength > 0 ? UInt8(truncatingIfNeeded: packed >> UInt64((asciiLength - 1) * 8)) : 0
          if asciiLength > 8 || (asciiLength > 0 ? !(first == 0x69 || first == 0x6A || first == 0x75) : !(scalar == "ü" || scalar == "Ü")) {
            wordIsDead = true
          } else {
            for shift in stride(from: asciiLength - 1, through: 0, by: -1) {
              word.append(Unicode.Scalar(UInt8(truncatingIfNeeded: packed >> UInt64(shift * 8))))
            }
          }
        }
        if script == .cyrillic {
          // No function word has a Cyrillic letter, nor is canonically equivalent to one.
          wordIsDead = true
        } else if !wordIsDead {
          if scalar.properties.changesWhenLowercased {
            word.append(contentsOf: String(scalar).lowercased().unicodeScalars)
          } else {
            word.append(scalar)
          }
          if word.count > longestWord { wordIsDead = true }
        }
      } else {
        finishWord()
      }
    }
    finishWord()
    if cyrillic > latin { return .kazakh }
    if kazakhLatin > turkish && kazakhLatin > english { return .kazakh }
    return turkish > english ? .turkish : .english
  }
}
