import TilmashText

/// The keys of a run of recognized forms, made by `GlossaryIndex` on several cores: each form's
/// exact key and, where they apply, its loose key, skeleton, surname (key and skeleton) and
/// last word, as spans of one byte buffer.
struct FormKeys: Sendable {
  enum Kind: Int {
    case exact, loose, skeleton, surname, surnameSkeleton, last
  }

  private static let kinds = 6
  private(set) var bytes: [UInt8] = []
  /// Per form and kind, the start and end of the key in `bytes`; -1 where the form has none.
  private var spans: [Int32] = []
  /// Per form: whether its exact key uses Turkic casing.
  private(set) var isTurkic: [Bool] = []
  /// Per form: its morphology language (an index into `GlossaryIndex.morphologyLanguages`), or -1.
  private(set) var morphology: [Int8] = []

  var count: Int { isTurkic.count }

  mutating func reserve(forms: Int) {
    bytes.reserveCapacity(forms * 64)
    spans.reserveCapacity(forms * Self.kinds * 2)
    isTurkic.reserveCapacity(forms)
    morphology.reserveCapacity(forms)
  }

  func has(_ kind: Kind, _ form: Int) -> Bool {
    spans[(form * Self.kinds + kind.rawValue) * 2] >= 0
  }

  /// The key of `kind` of `form` (empty when it has none), inside `bytes` (this value's `bytes`).
  func span(_ kind: Kind, of form: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    let slot = (form * Self.kinds + kind.rawValue) * 2
    let start = Int(spans[slot])
    guard start >= 0 else { return UnsafeBufferPointer(rebasing: bytes[0..<0]) }
    return UnsafeBufferPointer(rebasing: bytes[start..<Int(spans[slot + 1])])
  }

  /// Makes the keys of forms, remembering what it learns about each language tag.
  struct Maker {
    private let turkicFolder = Folder(language: .turkish)
    private let standardFolder = Folder(language: .english)
    private var languages: [(tag: String, isTurkic: Bool, isKazakh: Bool, morphology: Int8)] = []
    private var scratch: [UInt8] = []

    /// Appends the keys of `form`, of an entry of `kind`, to `keys`.
    mutating func add(_ form: RecognizedForm, kind: EntryKind, to keys: inout FormKeys) {
      let language = facts(of: form.language)
      let folded = (language.isTurkic ? turkicFolder : standardFolder).fold(form.text)
      scratch.removeAll(keepingCapacity: true)
      folded.key.withUnsafeBufferPointer { GlossaryIndex.appendSpaced($0, to: &scratch) }
      let first = keys.spans.count
      keys.spans.append(contentsOf: repeatElement(-1, count: FormKeys.kinds * 2))
      keys.isTurkic.append(language.isTurkic)
      keys.morphology.append(language.morphology)
      scratch.withUnsafeBufferPointer { exact in
        keys.append(exact, as: .exact, at: first)
        let split = Self.lastWordStart(exact)
        if language.morphology >= 0 {
          keys.append(UnsafeBufferPointer(rebasing: exact[split.start...]), as: .last, at: first)
        }
        if LooseKey.isLatin(utf8: exact) {
          keys.append(LooseKey.make(utf8: exact), as: .loose, at: first)
          if kind.isName || language.isKazakh {
            keys.append(NameSkeleton.key(utf8: exact), as: .skeleton, at: first)
          }
        }
        if kind == .person, split.hasSpace {
          let surname = UnsafeBufferPointer(rebasing: exact[split.start...])
          if surname.reduce(0, { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }) >= 3 {
            keys.append(surname, as: .surname, at: first)
            if LooseKey.isLatin(utf8: surname) { keys.append(NameSkeleton.key(utf8: surname), as: .surnameSkeleton, at: first) }
          }
        }
      }
    }

    private mutating func facts(of tag: String) -> (isTurkic: Bool, isKazakh: Bool, morphology: Int8) {
      for known in languages where known.tag.utf8.elementsEqual(tag.utf8) {
        return (known.isTurkic, known.isKazakh, known.morphology)
      }
      let morphology = GlossaryIndex.morphologyLanguage(tag).flatMap { GlossaryIndex.morphologyLanguages.firstIndex(of: $0) }
      let facts = (
        tag: tag, isTurkic: CaseLanguage(tag: tag).isTurkic, isKazakh: tag.hasPrefix("kk"), morphology: Int8(morphology ?? -1)
      )
      languages.append(facts)
      return (facts.isTurkic, facts.isKazakh, facts.morphology)
    }

    /// Where the last word of a key starts (after its last space, as `String.lastIndex(of: " ")`
    /// finds it), and whether there is a space at all.
    static func lastWordStart(_ key: UnsafeBufferPointer<UInt8>) -> (start: Int, hasSpace: Bool) {
      // A byte search agrees with the search by `Character` unless a space combines with a
      // mark after it, or the key has scalars from U+0600 on (prepended marks, conjoining
      // jamo, ...): those take the `String` way.
      if !key.contains(where: { $0 >= 0xD8 }) {
        guard let space = key.lastIndex(of: 0x20) else { return (0, false) }
        if space + 1 == key.count || key[space + 1] < 0x80 { return (space + 1, true) }
        let (next, _) = UTF8Scalar.decode(key, at: space + 1)
        let value = next.value
        if !((0x300..<0x370).contains(value) || (0x483..<0x48A).contains(value) || (0x591..<0x5C8).contains(value)) {
          return (space + 1, true)
        }
      }
      let text = String(decoding: key, as: UTF8.self)
      guard let space = text.lastIndex(of: " ") else { return (0, false) }
      return (text.utf8.distance(from: text.startIndex, to: text.index(after: space)), true)
    }
  }

  private mutating func append(_ key: UnsafeBufferPointer<UInt8>, as kind: Kind, at first: Int) {
    spans[first + kind.rawValue * 2] = Int32(bytes.count)
    bytes.append(contentsOf: key)
    spans[first + kind.rawValue * 2 + 1] = Int32(bytes.count)
  }

  private mutating func append(_ key: [UInt8], as kind: Kind, at first: Int) {
    key.withUnsafeBufferPointer { append($0, as: kind, at: first) }
  }
}
