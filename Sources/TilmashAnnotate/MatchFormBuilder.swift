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
  static func surnames(glossary: Glossary, recognized: [MatchForm]) -> [MatchForm] {
    let folder = Folder(language: .root)
    // Which entries end a form with, or consist of, each folded word: the first one, and
    // whether there is another (byte keys: folded words are NFC, and String hashing normalizes).
    var lastWords = ByteStringTable(capacity: recognized.count)
    var firstOwner: [Int] = []
    var shared: [Bool] = []
    var candidates: [(key: Int32, form: MatchForm)] = []
    for form in recognized {
      let folded = folder.fold(form.text)
      guard let lastStart = folded.wordStarts.last, let lastEnd = folded.wordEnds.last else { continue }
      let last = folded.key.withUnsafeBufferPointer { lastWords.insert(UnsafeBufferPointer(rebasing: $0[Int(lastStart)..<Int(lastEnd)])) }
      if Int(last) == firstOwner.count {
        firstOwner.append(form.entry)
        shared.append(false)
      } else if firstOwner[Int(last)] != form.entry {
        shared[Int(last)] = true
      }
      let entry = glossary.entries[form.entry]
      guard entry.kind == .person, folded.wordStarts.count >= 2, form.status != .deprecated else { continue }
      let surname = String(form.text.unicodeScalars.suffix(from: surnameStart(form.text)))
      candidates.append((last, MatchForm(entry: form.entry, text: surname, language: form.language, status: form.status, isPartial: true)))
    }
    var seen = Set<String>()
    return candidates.filter { candidate in
      !shared[Int(candidate.key)]
        && seen.insert(candidate.form.language + "\u{0}" + String(decoding: lastWords.word(candidate.key), as: UTF8.self)).inserted
    }.map(\.form)
  }

  /// Where the last space-separated word of a name starts (a hyphenated given name stays whole).
  private static func surnameStart(_ text: String) -> String.UnicodeScalarView.Index {
    let scalars = text.unicodeScalars
    guard let space = scalars.lastIndex(where: { $0.properties.isWhitespace }) else { return scalars.startIndex }
    return scalars.index(after: space)
  }
}
