import TilmashText

/// The transliteration of every word that expanding a glossary needs, under each scheme, made
/// once per distinct word: the words of a term base repeat (министрлігі,
/// келісім, ...), and one ICU call per distinct word is far cheaper than one per form.
///
/// Words are the runs between spaces; the schemes' rules look no further than a word.
struct WordTransliterations: Sendable {
  private let schemes: [String]
  private let words: [ByteStringTable]
  private let results: [[String?]]

  /// No words known: every form is transliterated word by word as it comes.
  init() {
    schemes = []
    words = []
    results = []
  }

  /// The words of the `kk` and `ru` forms of `entries` that `FormExpander` derives from.
  init(entries: [Entry], transliterate: FormExpander.Transliterate) {
    let schemes = [KazakhSchemes.standardLatin] + KazakhSchemes.forNames.map(\.scheme).filter { $0 != KazakhSchemes.standardLatin }
    var words = schemes.map { _ in ByteStringTable(capacity: entries.count) }
    func collect(_ forms: [Form]?, _ scheme: Int) {
      for form in forms ?? [] {
        var text = form.text
        text.withUTF8 { bytes in
          guard Self.splitsBySpaceBytes(bytes) else { return }
          for word in bytes.split(separator: 0x20) { words[scheme].insert(UnsafeBufferPointer(rebasing: word)) }
        }
      }
    }
    let nameSchemes = KazakhSchemes.forNames.compactMap { name in schemes.firstIndex(of: name.scheme) }
    for entry in entries {
      if entry.forms["kk-Latn"] == nil { collect(entry.forms["kk"], 0) }
      if entry.kind.isName {
        for source in ["kk", "ru"] {
          guard let forms = entry.forms[source] else { continue }
          for scheme in nameSchemes { collect(forms, scheme) }
        }
      }
    }
    // On one thread: ICU runs rule-based transliterators under one global lock, so a second
    // thread only waits for it, spinning (50k-term glossary: 0.095 s on one core, 0.114 s on two).
    let frozen = words
    let results = schemes.indices.map { scheme in
      (0..<frozen[scheme].count).map { transliterate(frozen[scheme].string(Int32($0)), schemes[scheme]) }
    }
    self.schemes = schemes
    self.words = frozen
    self.results = results
  }

  /// `text` under `scheme`, word by word; nil when a word cannot be transliterated.
  func transliterate(_ text: String, scheme: String, with transliterate: FormExpander.Transliterate) -> String? {
    if let index = schemes.firstIndex(of: scheme) {
      var text = text
      let known: String?? = text.withUTF8 { bytes in
        guard Self.splitsBySpaceBytes(bytes) else { return .none }
        var result = ""
        var first = true
        for word in bytes.split(separator: 0x20, omittingEmptySubsequences: false) {
          if !first { result += " " }
          first = false
          if word.isEmpty { continue }
          let id = words[index].id(of: UnsafeBufferPointer(rebasing: word))
          guard id >= 0 else { return .none }
          guard let converted = results[index][Int(id)] else { return .some(nil) }
          result += converted
        }
        return .some(result)
      }
      if let known { return known }
    }
    return Self.wordByWord(text, scheme: scheme, with: transliterate)
  }

  /// `text` under `scheme`, word by word, without memory.
  static func wordByWord(_ text: String, scheme: String, with transliterate: FormExpander.Transliterate) -> String? {
    if !text.utf8.contains(0x20) { return text.isEmpty ? text : transliterate(text, scheme) }
    var parts: [String] = []
    for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
      if piece.isEmpty {
        parts.append("")
        continue
      }
      guard let converted = transliterate(String(piece), scheme) else { return nil }
      parts.append(converted)
    }
    return parts.joined(separator: " ")
  }

  /// Whether splitting at space bytes splits as `String.split(separator: " ")` does (by
  /// `Character`): no space combines with a mark after it, and no scalar from U+0600 on
  /// (prepended marks, conjoining jamo, ...) can join characters around a space.
  static func splitsBySpaceBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte >= 0xD8 { return false }
      if byte == 0x20, index + 1 < bytes.count, bytes[index + 1] >= 0x80 {
        let value = UTF8Scalar.decode(bytes, at: index + 1).0.value
        if (0x300..<0x370).contains(value) || (0x483..<0x48A).contains(value) || (0x591..<0x5C8).contains(value) {
          return false
        }
      }
      index += 1
    }
    return true
  }
}
