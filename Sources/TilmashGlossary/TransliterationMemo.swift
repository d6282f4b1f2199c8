/// Remembers the transliteration of each word under each scheme while a glossary is expanded:
/// the words of a term base repeat (министрлігі, келісім, ...), and one ICU call per distinct
/// word is far cheaper than one per form.
///
/// Words are the runs between spaces; the schemes' rules look no further than a word.
struct TransliterationMemo {
  private var words: [String: String] = [:]

  mutating func transliterate(
    _ text: String, scheme: String, with transliterate: FormExpander.Transliterate
  ) -> String? {
    if !text.utf8.contains(0x20) { return word(text, scheme, transliterate) }
    var parts: [String] = []
    for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
      guard let converted = word(String(piece), scheme, transliterate) else { return nil }
      parts.append(converted)
    }
    return parts.joined(separator: " ")
  }

  private mutating func word(_ word: String, _ scheme: String, _ transliterate: FormExpander.Transliterate) -> String? {
    if word.isEmpty { return word }
    let key = scheme + "\u{0}" + word
    if let known = words[key] { return known }
    guard let converted = transliterate(word, scheme) else { return nil }
    words[key] = converted
    return converted
  }
}
