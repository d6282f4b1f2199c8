/// Expands entries into every form under which they are recognized in text or in a query.
///
/// - Every written form, in every language.
/// - When an entry has `kk` (Cyrillic) forms and no `kk-Latn` form, each `kk` form under
///   `kk-latn-2021`, as `kk-Latn`.
/// - For names (person, place, organization): each `kk` and `ru` form under every Kazakh
///   scheme: `kk-latn-2021` and `kk-bgn` (as `kk-Latn`), `kk-en-press` (as `en`) and
///   `kk-tr-press` (as `tr`).
///
/// A derived form keeps the status of the form it comes from, and is left out when the entry
/// already has that spelling in that language. A spelling the entry writes as deprecated in any
/// language stays deprecated when a scheme produces it (`!Kazakstan` in `en`, though
/// `kk-tr-press` spells Қазақстан so).
///
///     FormExpander.standard.recognizedForms(of: nazarbayev, at: 0)
///     // written: "Nursultan Nazarbayev" (en), "Нұрсұлтан Назарбаев" (kk), ...
///     // derived: "Nursūltan Nazarbaev" (kk-Latn, kk-latn-2021), ...
///
/// The annotator, the normalizer and `GlossaryIndex` share this expansion. Near variants that
/// differ in the usual romanization alternations are matched by `NameSkeleton`, not listed here.
public struct FormExpander: Sendable {
  public typealias Transliterate = @Sendable (_ text: String, _ scheme: String) -> String?

  private let transliterate: Transliterate

  /// Expansion with the schemes of `TilmashText`.
  public static let standard = FormExpander { KazakhSchemes.transliterate($0, scheme: $1) }

  /// Expansion with another transliteration, for tests.
  public init(transliterate: @escaping Transliterate) {
    self.transliterate = transliterate
  }

  /// The recognized forms of `entry`, whose index in its glossary is `index`.
  ///
  /// - Complexity: O(f · s): f forms, s schemes (four for names, one for terms).
  public func recognizedForms(of entry: Entry, at index: Int) -> [RecognizedForm] {
    recognizedForms(of: entry, at: index, words: WordTransliterations())
  }

  func recognizedForms(of entry: Entry, at index: Int, words: WordTransliterations) -> [RecognizedForm] {
    var result: [RecognizedForm] = []
    // Entries have a handful of forms: a linear check beats hashing.
    func isNew(_ language: String, _ text: String) -> Bool {
      !result.contains { $0.language == language && $0.text.utf8.elementsEqual(text.utf8) }
    }
    for language in entry.languages {
      for form in entry.forms[language] ?? [] where isNew(language, form.text) {
        let origin: FormOrigin = form.isDerived ? .derived(scheme: "", from: "") : .written
        result.append(RecognizedForm(entryIndex: index, text: form.text, language: language, status: form.status, origin: origin))
      }
    }
    func derive(from language: String, scheme: String, as target: String) {
      for form in entry.forms[language] ?? [] {
        guard let text = words.transliterate(form.text, scheme: scheme, with: transliterate), !text.isEmpty,
          isNew(target, text)
        else { continue }
        // A spelling the glossary deprecates stays deprecated when a scheme produces it.
        let deprecated = result.contains { $0.origin == .written && $0.status == .deprecated && $0.text.utf8.elementsEqual(text.utf8) }
        result.append(
          RecognizedForm(
            entryIndex: index, text: text, language: target, status: deprecated ? .deprecated : form.status,
            origin: .derived(scheme: scheme, from: language)))
      }
    }
    if entry.forms["kk-Latn"] == nil {
      derive(from: "kk", scheme: KazakhSchemes.standardLatin, as: "kk-Latn")
    }
    if entry.kind.isName {
      for source in ["kk", "ru"] where entry.forms[source] != nil {
        for (scheme, target) in KazakhSchemes.forNames {
          derive(from: source, scheme: scheme, as: target)
        }
      }
    }
    return result
  }

  /// The recognized forms of every entry, in entry order, expanded on all cores.
  public func recognizedForms(of glossary: Glossary) -> [RecognizedForm] {
    let entries = glossary.entries
    let words = WordTransliterations(entries: entries, transliterate: transliterate)
    let parts = ParallelChunks.map(count: entries.count, minimumChunk: 512) { range in
      var forms: [RecognizedForm] = []
      forms.reserveCapacity(range.count * 4)
      for index in range { forms += recognizedForms(of: entries[index], at: index, words: words) }
      return forms
    }
    return parts.flatMap { $0 }
  }
}

extension Entry {
  /// The spellings this entry is recognized under (see `FormExpander`); `index` is its position
  /// in its glossary.
  public func recognizedForms(index: Int = 0, expander: FormExpander = .standard) -> [RecognizedForm] {
    expander.recognizedForms(of: self, at: index)
  }
}
