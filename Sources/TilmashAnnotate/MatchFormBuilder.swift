import TilmashGlossary
import TilmashText

/// Lists the forms to look for in text: every form an entry answers to, plus a person's surname
/// alone where no other loaded entry shares it (`Akar` for Hulusi Akar, marked partial).
public enum MatchFormBuilder {
  /// - Parameter recognized: the forms of each entry to look for (written and derived), as
  ///   `(entry index, text, language, status)`.
  public static func forms(
    glossary: Glossary, recognized: [(entry: Int, text: String, language: String, status: FormStatus)]
  ) -> [MatchForm] {
    var forms = recognized.map { MatchForm(entry: $0.entry, text: $0.text, language: $0.language, status: $0.status) }
    forms += surnames(glossary: glossary, recognized: forms)
    return forms
  }

  /// Surnames of persons that stand for one loaded entry only.
  ///
  /// Only the last folded words of persons' forms can be surnames, so those are collected first
  /// (folding each person form whole); every other form then folds only its text after the last
  /// ASCII space, which gives the same last word: the folder starts afresh after a space (a
  /// space is no word scalar, takes no marks and starts a normalization segment).
  static func surnames(glossary: Glossary, recognized: [MatchForm]) -> [MatchForm] {
    let folder = Folder(language: .root)
    let entries = glossary.entries
    // The surnames' folded words, by byte key (folded words are NFC, and String hashing normalizes).
    var surnameWords = ByteStringTable(capacity: 256)
    var candidates: [(key: Int32, form: MatchForm)] = []
    for form in recognized where entries[form.entry].kind == .person && form.status != .deprecated {
      let folded = folder.fold(form.text)
      guard folded.wordStarts.count >= 2, let lastStart = folded.wordStarts.last, let lastEnd = folded.wordEnds.last else { continue }
      let last = folded.key.withUnsafeBufferPointer { surnameWords.insert(UnsafeBufferPointer(rebasing: $0[Int(lastStart)..<Int(lastEnd)])) }
      let surname = String(form.text.unicodeScalars.suffix(from: surnameStart(form.text)))
      candidates.append((last, MatchForm(entry: form.entry, text: surname, language: form.language, status: form.status, isPartial: true)))
    }
    if candidates.isEmpty { return [] }
    // Each form's last folded word among the surnames' (-1 for none), on all cores.
    let words = surnameWords
    let parts = ParallelChunks.map(count: recognized.count, minimumChunk: 4096) { range in
      recognized[range].map { lastWord(of: $0.text, folder: folder, among: words) }
    }
    // Which entries end a form with, or consist of, each surname word: the first one, and
    // whether there is another.
    var firstOwner = [Int](repeating: -1, count: words.count)
    var shared = [Bool](repeating: false, count: words.count)
    for (form, last) in zip(recognized, parts.joined()) where last >= 0 {
      if firstOwner[Int(last)] < 0 {
        firstOwner[Int(last)] = form.entry
      } else if firstOwner[Int(last)] != form.entry {
        shared[Int(last)] = true
      }
    }
    var seen = Set<String>()
    return candidates.filter { candidate in
      !shared[Int(candidate.key)]
        && seen.insert(candidate.form.language + "\u{0}" + String(decoding: surnameWords.word(candidate.key), as: UTF8.self)).inserted
    }.map(\.form)
  }

  /// The id in `words` of the last folded word of `text`, or -1. Folds only the text after the
  /// last ASCII space when that holds a word (see `surnames`).
  private static func lastWord(of text: String, folder: Folder, among words: ByteStringTable) -> Int32 {
    var text = text
    return text.withUTF8 { bytes in
      var cut = bytes.count
      while cut > 0, bytes[cut - 1] != 0x20 { cut -= 1 }
      var folded = folder.fold(utf8: UnsafeBufferPointer(rebasing: bytes[cut...]))
      if folded.wordStarts.isEmpty, cut > 0 { folded = folder.fold(utf8: bytes) }
      guard let start = folded.wordStarts.last, let end = folded.wordEnds.last else { return -1 }
      return folded.key.withUnsafeBufferPointer { words.id(of: UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(end)])) }
    }
  }

  /// Where the last space-separated word of a name starts (a hyphenated given name stays whole).
  private static func surnameStart(_ text: String) -> String.UnicodeScalarView.Index {
    let scalars = text.unicodeScalars
    guard let space = scalars.lastIndex(where: { $0.properties.isWhitespace }) else { return scalars.startIndex }
    return scalars.index(after: space)
  }
}
