import TilmashText

/// Writes the suffixes of a rewritten name as the new name needs them: vowel harmony, buffer
/// consonants and the assimilation of suffix-initial consonants, from the rules in
/// `Data/suffix-harmony.txt`.
///
///     SuffixAdjuster.shared.adjust("e", from: "Gül", to: "Gul", language: .turkish)    // "a"
///     SuffixAdjuster.shared.adjust("ı", from: "Akar", to: "Ankara", language: .turkish) // "yı"
///     SuffixAdjuster.shared.adjust("тың", from: "Назарбаев", to: "Назарбаев", language: .kazakh)  // "тың"
///
/// A suffix is kept as written when the old and new names end alike (same last-vowel class, same
/// last-letter class), and whatever part of it no template reads is kept too.
public struct SuffixAdjuster: Sendable {
  let tables: [String: SuffixTable]

  /// The rules shipped in `Data/suffix-harmony.txt` (none if the file failed to parse; the
  /// tests check that it parses).
  public static let shared: SuffixAdjuster = {
    (try? SuffixAdjuster(rules: EmbeddedData.files["suffix-harmony.txt"] ?? "")) ?? SuffixAdjuster(tables: [:])
  }()

  /// Rules in the format of `Data/suffix-harmony.txt`.
  public init(rules: String) throws(SuffixTableError) {
    tables = try SuffixTable.parse(rules)
  }

  init(tables: [String: SuffixTable]) {
    self.tables = tables
  }

  /// The languages that have rules.
  public var languages: [String] { tables.keys.sorted() }

  /// `suffix` as written after `newStem`, given that it was written after `oldStem`.
  public func adjust(_ suffix: String, from oldStem: String, to newStem: String, language: TargetLanguage) -> String {
    let key: String
    switch language {
    case .english: return suffix
    case .turkish: key = "tr"
    case .kazakh, .kazakhLatin: key = Script.of(suffix.unicodeScalars) == .latin ? "kk-Latn" : "kk"
    }
    guard let table = tables[key], !suffix.isEmpty else { return suffix }
    let casing = language.caseLanguage
    let letters = suffix.unicodeScalars.filter { $0.properties.isAlphabetic }
    let isUpper = !letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase }
    let old = Array(CaseMapping.lowercase(lastWord(oldStem), language: casing))
    var current = Array(CaseMapping.lowercase(lastWord(newStem), language: casing))
    guard let newFeatures = table.features(of: current) else { return suffix }
    if let oldFeatures = table.features(of: old), oldFeatures == newFeatures { return suffix }
    var rest = Array(CaseMapping.lowercase(suffix, language: casing))[...]
    var output: [Character] = []
    while !rest.isEmpty {
      guard let match = table.spellings.first(where: { rest.starts(with: $0.text) }),
        let written = table.realize(match.template, after: current)
      else { break }
      output += written
      current += written
      rest = rest.dropFirst(match.text.count)
    }
    output += rest
    let result = String(output)
    if result == CaseMapping.lowercase(suffix, language: casing) { return suffix }
    return isUpper ? CaseMapping.uppercase(result, language: casing) : result
  }

  private func lastWord(_ text: String) -> String {
    CasePattern.words(of: text).last ?? text
  }
}
