import TilmashText
import TilmashAnnotate
import TilmashGlossary
import TilmashNormalize

/// The glossaries shipped with Tilmash, matched once for all tests.
let shippedMatcher = Matcher(glossary: DefaultGlossaries.glossary)

/// Entries written for the suffix tests: admitted spellings whose last sounds differ from the
/// preferred one's.
let fixtureGlossary = Glossary(entries: [
  Entry(
    id: "plc-akmolinsk", kind: .place,
    forms: ["tr": [Form("Akmolinsk", status: .preferred), Form("Akmola", status: .admitted)]]),
  Entry(
    id: "plc-semey-tr", kind: .place,
    forms: ["tr": [Form("Semey", status: .preferred), Form("Semipalatinsk", status: .admitted)]]),
  Entry(
    id: "per-kul", kind: .person,
    forms: ["tr": [Form("Ahmet Kul", status: .preferred), Form("Ahmet Kül", status: .admitted)]]),
  Entry(
    id: "plc-aktobe", kind: .place,
    forms: [
      "kk": [Form("Ақтөбе", status: .preferred), Form("Актюбинск", status: .admitted)],
      "tr": [Form("Aktöbe", status: .preferred)],
    ]),
  Entry(
    id: "plc-semey", kind: .place,
    forms: ["kk": [Form("Семей", status: .preferred), Form("Семипалатинск", status: .admitted)]]),
  Entry(
    id: "plc-astana", kind: .place,
    forms: ["en": [Form("Astana", status: .preferred)], "kk": [Form("Астана", status: .preferred)]]),
  Entry(
    id: "plc-nur-sultan", kind: .place,
    forms: ["en": [Form("Nur-Sultan", status: .preferred)], "kk": [Form("Нұр-Сұлтан", status: .preferred)]]),
  Entry(id: "t-agreement", forms: ["tr": [Form("anlaşma", status: .preferred)], "en": [Form("agreement", status: .preferred)]]),
])

let fixtureMatcher = Matcher(glossary: fixtureGlossary)

func normalized(_ text: String, to target: TargetLanguage, matcher: Matcher = shippedMatcher,
  form: NormalizationFormOption = .nfc, apostrophe: ApostropheStyle = .keep) -> NormalizationResult {
  Normalizer(matcher: matcher, options: NormalizerOptions(target: target, form: form.value, apostrophe: apostrophe))
    .normalize(text)
}

enum NormalizationFormOption {
  case nfc, nfkc, none
  var value: TilmashText.NormalizationForm? {
    switch self {
    case .nfc: .nfc
    case .nfkc: .nfkc
    case .none: nil
    }
  }
}

/// Scalars as U+XXXX, so that failures show İ and i̇ apart.
func scalars(_ text: String) -> String {
  text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
}
