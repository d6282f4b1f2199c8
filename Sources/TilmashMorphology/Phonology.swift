/// The compiled letter classes of a language: which letters are harmony vowels and of what
/// class, and which class each final sound belongs to. Classifies a stem in one backward scan.
struct Phonology: Sendable {
  /// Letters are looked up directly below this scalar value (Latin, Latin Extended, Cyrillic).
  static let tableLimit: UInt32 = 0x500

  /// Feature sets of the harmony classes; one empty class when the language declares no vowels.
  let harmonyClasses: [[String]]
  let finalClassNames: [String]
  let defaultFinal: Int
  let hasVowels: Bool
  /// Per scalar: bits 0-5 harmony class + 1 (0: not a vowel), bit 6 neutral, bits 8-13 final
  /// class + 1 (0: the default class), bits 14-15 script section.
  let info: [UInt16]
  /// Final classes given by more than one letter (English "ch", "ay"), longest first.
  let multiLetterFinals: [(bytes: [UInt8], finalClass: Int)]
  /// Vowels whose class depends on the letter before (Kazakh ае: back); such a vowel has bit 7.
  let vowelPairs: [(previous: UInt32, letter: UInt32, harmony: Int)]
  /// Whole stems with lexical harmony (Turkish saat -> saati).
  let exceptions: [(bytes: [UInt8], harmony: Int)]

  var classCount: Int { harmonyClasses.count * finalClassNames.count }

  /// One class that no chain follows.
  static let empty = Phonology()

  private init() {
    harmonyClasses = [[]]
    finalClassNames = ["other"]
    defaultFinal = 0
    hasVowels = false
    info = [UInt16](repeating: 0, count: Int(Self.tableLimit))
    multiLetterFinals = []
    exceptions = []
    vowelPairs = []
  }

  init(grammar: SuffixGrammar) throws(SuffixTableError) {
    var harmonyClasses: [[String]] = []
    var finalNames: [String] = []
    var defaultFinal: Int?
    var info = [UInt16](repeating: 0, count: Int(Self.tableLimit))
    var multi: [(bytes: [UInt8], finalClass: Int)] = []
    var pairs: [(previous: UInt32, letter: UInt32, harmony: Int)] = []
    var pairPositions: [SuffixGrammar.Position] = []
    func harmonyClass(_ features: [String]) -> Int {
      let key = Array(Set(features)).sorted()
      if let index = harmonyClasses.firstIndex(of: key) { return index }
      harmonyClasses.append(key)
      return harmonyClasses.count - 1
    }
    for (sectionIndex, section) in grammar.sections.enumerated() {
      for vowel in section.vowels {
        guard vowel.letter.value < Self.tableLimit else {
          throw vowel.position.error("letters from U+0500 up are not supported")
        }
        let index = Int(vowel.letter.value)
        if let previous = vowel.previous {
          pairs.append((previous.value, vowel.letter.value, harmonyClass(vowel.features)))
          pairPositions.append(vowel.position)
          info[index] |= 0x80
          continue
        }
        if info[index] & 0x7F != 0 { throw vowel.position.error("vowel \(vowel.letter) is declared twice") }
        info[index] |= UInt16(harmonyClass(vowel.features) + 1) | (vowel.neutral ? 0x40 : 0)
        info[index] |= UInt16(sectionIndex) << 14
      }
      for final in section.finals {
        let classIndex: Int
        if let existing = finalNames.firstIndex(of: final.name) {
          classIndex = existing
        } else {
          finalNames.append(final.name)
          classIndex = finalNames.count - 1
        }
        guard classIndex < 63 else { throw final.position.error("too many final classes") }
        if final.isDefault {
          if let previous = defaultFinal, previous != classIndex {
            throw final.position.error("another class already holds every other letter ('*')")
          }
          defaultFinal = classIndex
        }
        for pattern in final.patterns {
          if pattern.count == 1, let letter = pattern.first {
            guard letter.value < Self.tableLimit else {
              throw final.position.error("letters from U+0500 up are not supported")
            }
            let index = Int(letter.value)
            if info[index] & 0x3F00 != 0 {
              throw final.position.error("letter \(letter) is in two final classes")
            }
            info[index] |= UInt16(classIndex + 1) << 8 | UInt16(sectionIndex) << 14
          } else {
            multi.append((Array(String(String.UnicodeScalarView(pattern)).utf8), classIndex))
          }
        }
      }
    }
    // The letters of a mapped script belong to it even where no class lists them (Latin q).
    for (sectionIndex, section) in grammar.sections.enumerated() where sectionIndex > 0 {
      for letter in section.letterMap.values where letter.value < Self.tableLimit {
        info[Int(letter.value)] = info[Int(letter.value)] & 0x3FFF | UInt16(sectionIndex) << 14
      }
    }
    guard let defaultFinal else {
      throw SuffixGrammar.Position(line: 1, column: 1).error(
        "no final class holds the other letters ('final NAME : *')")
    }
    let hasVowels = !harmonyClasses.isEmpty
    if !hasVowels { harmonyClasses = [[]] }
    guard harmonyClasses.count * finalNames.count <= 64 else {
      throw SuffixGrammar.Position(line: 1, column: 1).error(
        "\(harmonyClasses.count) harmony classes times \(finalNames.count) final classes is more than 64")
    }
    var exceptions: [(bytes: [UInt8], harmony: Int)] = []
    for section in grammar.sections {
      for exception in section.exceptions {
        let key = exception.features.sorted()
        guard let index = harmonyClasses.firstIndex(where: { Set($0) == Set(key) }) else {
          throw exception.position.error("no vowel has exactly the features \(key.joined(separator: " "))")
        }
        exceptions.append((Array(String(String.UnicodeScalarView(exception.word)).utf8), index))
      }
    }
    self.harmonyClasses = harmonyClasses
    self.finalClassNames = finalNames
    self.defaultFinal = defaultFinal
    self.hasVowels = hasVowels
    self.info = info
    self.multiLetterFinals = multi.sorted { $0.bytes.count > $1.bytes.count }
    self.exceptions = exceptions
    for (pair, position) in zip(pairs, pairPositions) where info[Int(pair.letter)] & 0x3F == 0 {
      throw position.error("\(Unicode.Scalar(pair.letter).map(String.init) ?? "?") is not declared as a vowel")
    }
    self.vowelPairs = pairs
  }

  // MARK: Letters

  @inline(__always)
  func infoOf(_ scalar: UInt32) -> UInt16 { scalar < Self.tableLimit ? info[Int(scalar)] : 0 }

  /// The harmony class of a vowel letter, or nil for a consonant.
  func harmony(of scalar: Unicode.Scalar) -> Int? {
    let bits = infoOf(scalar.value) & 0x3F
    return bits == 0 ? nil : Int(bits) - 1
  }

  func isNeutral(_ scalar: Unicode.Scalar) -> Bool { infoOf(scalar.value) & 0x40 != 0 }

  func isVowel(_ scalar: Unicode.Scalar) -> Bool { infoOf(scalar.value) & 0x3F != 0 }

  func finalClass(of scalar: Unicode.Scalar) -> Int {
    let bits = (infoOf(scalar.value) >> 8) & 0x3F
    return bits == 0 ? defaultFinal : Int(bits) - 1
  }

  func section(of scalar: Unicode.Scalar) -> Int { Int(infoOf(scalar.value) >> 14) }

  // MARK: Stems

  /// The class (harmony class x final class) of a stem, or -1 when it has no vowel in a
  /// language with vowel harmony.
  ///
  /// - Complexity: O(n) in the distance from the end of the stem to its last harmony vowel.
  @inline(__always)
  func classify(_ stem: UnsafePointer<UInt8>, count: Int) -> Int {
    guard count > 0 else { return -1 }
    var final = -1
    for pattern in multiLetterFinals where pattern.bytes.count <= count {
      var matches = true
      var offset = 0
      let start = count - pattern.bytes.count
      while offset < pattern.bytes.count {
        if stem[start + offset] != pattern.bytes[offset] {
          matches = false
          break
        }
        offset += 1
      }
      if matches {
        final = pattern.finalClass
        break
      }
    }
    var harmony = hasVowels ? -1 : 0
    var neutral = -1
    var end = count
    while end > 0 {
      var start = end - 1
      while start > 0 && stem[start] & 0xC0 == 0x80 { start -= 1 }
      let bits = infoOf(Self.decode(stem, start, end))
      if final < 0 {
        let finalBits = (bits >> 8) & 0x3F
        final = finalBits == 0 ? defaultFinal : Int(finalBits) - 1
      }
      if harmony >= 0 { break }
      let vowel = bits & 0x3F
      if vowel != 0 {
        if bits & 0x40 == 0 {
          harmony = Int(vowel) - 1
          if bits & 0x80 != 0, start > 0 {
            var previousStart = start - 1
            while previousStart > 0 && stem[previousStart] & 0xC0 == 0x80 { previousStart -= 1 }
            let previous = Self.decode(stem, previousStart, start)
            let letter = Self.decode(stem, start, end)
            for pair in vowelPairs where pair.previous == previous && pair.letter == letter {
              harmony = pair.harmony
              break
            }
          }
          break
        }
        if neutral < 0 { neutral = Int(vowel) - 1 }
      }
      end = start
    }
    if harmony < 0 { harmony = neutral }
    if harmony < 0 {
      // Without a vowel the stem has no harmony, which matters only where there is harmony.
      guard harmonyClasses.count == 1 else { return -1 }
      harmony = 0
    }
    if !exceptions.isEmpty {
      for exception in exceptions where exception.bytes.count == count {
        if exception.bytes.withUnsafeBufferPointer({ $0.elementsEqual(UnsafeBufferPointer(start: stem, count: count)) })
        {
          harmony = exception.harmony
          break
        }
      }
    }
    return harmony * finalClassNames.count + final
  }

  /// Whether the stem has exactly one vowel letter.
  func hasOneVowel(_ stem: UnsafePointer<UInt8>, count: Int) -> Bool {
    var vowels = 0
    var start = 0
    while start < count {
      var end = start + 1
      while end < count && stem[end] & 0xC0 == 0x80 { end += 1 }
      if infoOf(Self.decode(stem, start, end)) & 0x3F != 0 {
        vowels += 1
        if vowels > 1 { return false }
      }
      start = end
    }
    return vowels == 1
  }

  /// Decodes the scalar in `bytes[start..<end]` of valid UTF-8.
  @inline(__always)
  static func decode(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> UInt32 {
    let lead = UInt32(bytes[start])
    switch end - start {
    case 1: return lead
    case 2: return (lead & 0x1F) << 6 | UInt32(bytes[start + 1] & 0x3F)
    case 3: return (lead & 0x0F) << 12 | UInt32(bytes[start + 1] & 0x3F) << 6 | UInt32(bytes[start + 2] & 0x3F)
    default:
      return (lead & 0x07) << 18 | UInt32(bytes[start + 1] & 0x3F) << 12 | UInt32(bytes[start + 2] & 0x3F) << 6
        | UInt32(bytes[start + 3] & 0x3F)
    }
  }
}
