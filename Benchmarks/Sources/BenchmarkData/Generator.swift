import Foundation
import TilmashGlossary

/// A deterministic, seeded generator of a mixed English/Turkish/Kazakh corpus and of nested
/// glossaries of 1 to 4-word terms in Tilmash's CSV format (`id,type,domain,en,tr,kk`).
///
/// Layout of the output directory:
///
///     corpus/en/000001.txt ...   articles of 2-6 KB, one file each, by language
///     corpus/tr/...  corpus/kk/...
///     glossary-1000.csv glossary-10000.csv glossary-50000.csv glossary-100000.csv
///     manifest.json             parameters, byte and article counts per language
///
/// Every glossary is a prefix of one master list in which every fifth entry is *present*: put
/// into the corpus (with inflectional suffixes, apostrophe suffixes on Turkish names, and
/// capitalized as a sentence start now and then); the other four fifths are built so that they
/// occur nowhere (each has a word the corpus never uses). Present terms are drawn with a
/// log-uniform (Zipf-like) law over their position, so the terms of the small glossaries are
/// the frequent ones. Words: the forms of the shipped glossaries (Glossaries/*.csv, as embedded
/// in TilmashGlossary) plus synthetic words from per-language syllables with vowel harmony.
/// About 0.5% of words are written decomposed (NFD), 4% of titles in capitals (Turkish İ/I).
public struct CorpusGenerator {
  public struct Parameters: Sendable, Codable {
    public var seed: UInt64 = 20_260_611
    public var corpusBytes = 50_000_000
    public var glossarySizes = [1_000, 10_000, 50_000, 100_000]
    /// Probability that a token of running text is a glossary term.
    public var termRate = 0.025
    public init() {}

    /// A tiny corpus and small glossaries, for smoke runs.
    public static var smoke: Parameters {
      var parameters = Parameters()
      parameters.corpusBytes = 400_000
      parameters.glossarySizes = [100, 1_000]
      return parameters
    }
  }

  public enum Language: String, CaseIterable, Sendable, Codable {
    case en, tr, kk
    var share: Double {
      switch self {
      case .en: 0.4
      case .tr: 0.3
      case .kk: 0.3
      }
    }
  }

  struct Term {
    var kind: String
    var forms: [Language: [String]]  // first form preferred
    var present: Bool
  }

  public let parameters: Parameters
  private var random: SplitMix64
  private var vocabulary: [Language: [String]] = [:]
  private var termOnlyWords: [Language: [String]] = [:]
  private var absentWords: [Language: [String]] = [:]
  private var terms: [Term] = []
  /// Indexes (into `terms`) of the present terms, in master order.
  private var presentTerms: [Int] = []

  public init(parameters: Parameters) {
    self.parameters = parameters
    random = SplitMix64(seed: parameters.seed)
    buildVocabulary()
    buildTerms(count: parameters.glossarySizes.max() ?? 0)
  }

  // MARK: Output

  public struct Summary: Codable, Sendable {
    public var parameters: Parameters
    public var articles: [String: Int] = [:]
    public var bytes: [String: Int] = [:]
    public var totalBytes = 0
    public var insertedTerms = 0
    public var glossaries: [String: Int] = [:]
  }

  /// Writes the corpus, the glossaries and `manifest.json` under `directory`.
  @discardableResult
  public mutating func write(to directory: URL) throws -> Summary {
    let fileManager = FileManager.default
    let corpus = directory.appendingPathComponent("corpus")
    if fileManager.fileExists(atPath: corpus.path) { try fileManager.removeItem(at: corpus) }
    for language in Language.allCases {
      try fileManager.createDirectory(at: corpus.appendingPathComponent(language.rawValue), withIntermediateDirectories: true)
    }
    var summary = Summary(parameters: parameters)
    for size in parameters.glossarySizes {
      let name = "glossary-\(size).csv"
      try Data(glossaryCSV(size: size).utf8).write(to: directory.appendingPathComponent(name))
      summary.glossaries[name] = size
    }
    var written: [Language: Int] = [:]
    var counts: [Language: Int] = [:]
    var total = 0
    while total < parameters.corpusBytes {
      // The language furthest behind its share writes the next article.
      let language = Language.allCases.min {
        Double(written[$0, default: 0]) / $0.share < Double(written[$1, default: 0]) / $1.share
      }!
      var inserted = 0
      let text = article(language, inserted: &inserted)
      counts[language, default: 0] += 1
      let bytes = Array(text.utf8)
      let file = corpus.appendingPathComponent(language.rawValue)
        .appendingPathComponent(String(format: "%06d.txt", counts[language]!))
      try Data(bytes).write(to: file)
      written[language, default: 0] += bytes.count
      total += bytes.count
      summary.insertedTerms += inserted
    }
    for language in Language.allCases {
      summary.articles[language.rawValue] = counts[language, default: 0]
      summary.bytes[language.rawValue] = written[language, default: 0]
    }
    summary.totalBytes = total
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(summary).write(to: directory.appendingPathComponent("manifest.json"))
    return summary
  }

  /// The first `size` entries of the master list as CSV.
  public func glossaryCSV(size: Int) -> String {
    var lines = ["id,type,domain,en,tr,kk"]
    lines.reserveCapacity(size + 1)
    for (index, term) in terms.prefix(size).enumerated() {
      let cells = Language.allCases.map { Self.csvField((term.forms[$0] ?? []).joined(separator: " | ")) }
      let id = "bench-" + String(format: "%06d", index + 1)
      let domain = term.present ? "present" : "absent"
      lines.append([id, term.kind, domain].joined(separator: ",") + "," + cells.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  // MARK: Vocabulary

  static let functionWords: [Language: [String]] = [
    .en: [
      "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "said", "as", "by", "at",
      "it", "from", "his", "an", "be", "this", "which", "or", "are", "has", "its", "have", "were", "also",
      "their", "after", "between", "would", "new", "two", "first", "other", "will", "during",
    ],
    .tr: [
      "ve", "bir", "bu", "ile", "için", "da", "de", "olarak", "ki", "dedi", "olan", "çok", "daha", "en",
      "gibi", "ancak", "sonra", "kadar", "ise", "her", "ama", "değil", "yeni", "iki", "ilk", "büyük", "göre",
      "arasında", "tarafından", "bütün", "şöyle", "açıklama", "yaptı", "bildirdi", "ülke", "ıslak",
    ],
    .kk: [
      "және", "мен", "бұл", "үшін", "деп", "осы", "бойынша", "болып", "де", "да", "бір", "еді", "екі",
      "жаңа", "бірақ", "сондай", "тағы", "кейін", "арасында", "туралы", "қазір", "жыл", "жылы", "ел",
      "айтты", "атап", "өтті", "мәселе", "жөнінде", "бар", "жоқ", "қазақ", "оның", "біз",
    ],
  ]

  private mutating func buildVocabulary() {
    var seen = Set<String>()
    var shippedWords: [Language: [String]] = [:]
    let shipped = DefaultGlossaries.glossary.entries
    for entry in shipped {
      for language in Language.allCases {
        for form in entry.forms[language.rawValue] ?? [] {
          for word in form.text.split(whereSeparator: { $0 == " " || $0 == "-" }) {
            let lower = language == .tr
              ? String(word).replacingOccurrences(of: "İ", with: "i").replacingOccurrences(of: "I", with: "ı").lowercased()
              : String(word).lowercased()
            if lower.count > 2, lower.allSatisfy(\.isLetter), seen.insert(lower).inserted {
              shippedWords[language, default: []].append(lower)
            }
          }
        }
      }
    }
    for language in Language.allCases {
      let words = Self.functionWords[language]!
      words.forEach { seen.insert($0) }
      // Content words: the shipped glossaries' words among 12,000 synthetic ones, in a seeded
      // random order of frequency. Then 6,000 synthetic words used only in present terms, and
      // 30,000 never used in text (the absent terms' words).
      var content = shippedWords[language, default: []] + syntheticWords(language, count: 12_000, seen: &seen)
      for index in stride(from: content.count - 1, to: 0, by: -1) {
        content.swapAt(index, random.below(index + 1))
      }
      vocabulary[language] = words + content
      termOnlyWords[language] = syntheticWords(language, count: 6_000, seen: &seen)
      absentWords[language] = syntheticWords(language, count: 30_000, seen: &seen)
    }
  }

  private static let englishOnsets = ["b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "cr", "dr", "fl", "gr", "pl", "pr", "st", "tr", "sh", "ch", "th", "sp"]
  private static let englishVowels = ["a", "e", "i", "o", "u", "ea", "ai", "ou", "io"]
  private static let englishCodas = ["", "", "n", "r", "s", "t", "l", "nd", "st", "nt", "ck", "m"]
  private static let englishEndings = ["", "", "", "tion", "ment", "ness", "al", "ity", "er", "ing", "ate", "ive"]
  private static let turkishConsonants = ["b", "c", "ç", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "ş", "t", "v", "y", "z"]
  private static let turkishBack = ["a", "ı", "o", "u"]
  private static let turkishFront = ["e", "i", "ö", "ü"]
  private static let kazakhBackConsonants = ["б", "ғ", "д", "ж", "з", "й", "қ", "л", "м", "н", "ң", "п", "р", "с", "т", "у", "ш"]
  private static let kazakhFrontConsonants = ["б", "г", "д", "ж", "з", "й", "к", "л", "м", "н", "ң", "п", "р", "с", "т", "у", "ш"]
  private static let kazakhBack = ["а", "о", "ұ", "ы"]
  private static let kazakhFront = ["ә", "е", "ө", "ү", "і"]

  private mutating func syntheticWords(_ language: Language, count: Int, seen: inout Set<String>) -> [String] {
    var words: [String] = []
    words.reserveCapacity(count)
    while words.count < count {
      let word = syntheticWord(language)
      if word.count >= 3, seen.insert(word).inserted { words.append(word) }
    }
    return words
  }

  private mutating func syntheticWord(_ language: Language) -> String {
    let syllables = 2 + random.below(3)
    var word = ""
    switch language {
    case .en:
      for _ in 0..<syllables - 1 {
        word += random.pick(Self.englishOnsets) + random.pick(Self.englishVowels) + random.pick(Self.englishCodas)
      }
      word += random.pick(Self.englishEndings)
    case .tr:
      let vowels = random.below(2) == 0 ? Self.turkishBack : Self.turkishFront
      for index in 0..<syllables {
        if index > 0 || random.below(3) != 0 { word += random.pick(Self.turkishConsonants) }
        word += random.pick(vowels)
        if random.below(3) == 0 { word += random.pick(["n", "r", "l", "k", "t", "m", "s", "ş", "z"]) }
      }
    case .kk:
      let back = random.below(2) == 0
      let vowels = back ? Self.kazakhBack : Self.kazakhFront
      let consonants = back ? Self.kazakhBackConsonants : Self.kazakhFrontConsonants
      for index in 0..<syllables {
        if index > 0 || random.below(3) != 0 { word += random.pick(consonants) }
        word += random.pick(vowels)
        if random.below(3) == 0 { word += random.pick(["н", "р", "л", "қ", "т", "м", "с", "ң", "з"].map { !back && $0 == "қ" ? "к" : $0 }) }
      }
    }
    return word
  }

  // MARK: Terms

  private mutating func buildTerms(count: Int) {
    var seenForms = Set<String>()
    var shipped: [Term] = []
    for entry in DefaultGlossaries.glossary.entries {
      var forms: [Language: [String]] = [:]
      for language in Language.allCases {
        let texts = (entry.forms[language.rawValue] ?? []).filter { $0.status != .deprecated }.map(\.text)
        if let first = texts.first { forms[language] = Array(texts.prefix(2)) ; _ = first }
      }
      guard forms.count == 3, let english = forms[.en]?.first, seenForms.insert(english.lowercased()).inserted else { continue }
      shipped.append(Term(kind: entry.kind.rawValue, forms: forms, present: true))
    }
    terms.reserveCapacity(count)
    var shippedIndex = 0
    while terms.count < count {
      let present = terms.count % 5 == 0
      if present, shippedIndex < shipped.count {
        terms.append(shipped[shippedIndex])
        shippedIndex += 1
      } else {
        let term = syntheticTerm(present: present)
        guard let english = term.forms[.en]?.first, seenForms.insert(english.lowercased()).inserted else { continue }
        terms.append(term)
      }
      if present { presentTerms.append(terms.count - 1) }
    }
  }

  private mutating func syntheticTerm(present: Bool) -> Term {
    // A tenth are names (persons, places, organizations), capitalized; the rest terms.
    let isName = random.below(10) == 0
    let wordCount = isName ? 1 + random.below(3) : [1, 1, 2, 2, 2, 3, 3, 4][random.below(8)]
    var forms: [Language: [String]] = [:]
    for language in Language.allCases {
      var words: [String] = []
      for position in 0..<wordCount {
        if present {
          // Single-word present terms use words reserved for terms, so that they appear only
          // where they are put; longer ones mix running-text words with reserved ones.
          let reserved = wordCount == 1 || position == wordCount - 1 || random.below(2) == 0
          words.append(reserved ? random.pick(termOnlyWords[language]!) : zipfWord(language))
        } else if wordCount > 1, position < wordCount - 1, random.below(2) == 0 {
          words.append(zipfWord(language))  // starts like text, never ends like it
        } else {
          words.append(random.pick(absentWords[language]!))
        }
      }
      if isName { words = words.map { Self.capitalized($0, language) } }
      var variants = [words.joined(separator: " ")]
      if !isName, random.below(8) == 0, wordCount > 1 { variants.append(words.joined(separator: "-")) }
      forms[language] = variants
    }
    let kind = isName ? ["person", "place", "organization"][random.below(3)] : "term"
    return Term(kind: kind, forms: forms, present: present)
  }

  // MARK: Text

  private mutating func zipfWord(_ language: Language) -> String {
    let words = vocabulary[language]!
    let rank = Int(exp(random.unit() * log(Double(words.count + 1)))) - 1
    return words[min(max(rank, 0), words.count - 1)]
  }

  private mutating func presentTerm() -> Term {
    let rank = Int(exp(random.unit() * log(Double(presentTerms.count + 1)))) - 1
    return terms[presentTerms[min(max(rank, 0), presentTerms.count - 1)]]
  }

  private mutating func article(_ language: Language, inserted: inout Int) -> String {
    let target = 2_000 + random.below(4_000)
    var text = headline(language, inserted: &inserted) + "\n\n"
    while text.utf8.count < target {
      var paragraph: [String] = []
      for _ in 0..<(2 + random.below(4)) { paragraph.append(sentence(language, inserted: &inserted)) }
      text += paragraph.joined(separator: " ") + "\n\n"
    }
    return text
  }

  private mutating func headline(_ language: Language, inserted: inout Int) -> String {
    var words = sentenceWords(language, count: 4 + random.below(6), inserted: &inserted)
    if language == .en { words = words.map { Self.capitalized($0, language) } }
    var line = words.joined(separator: " ")
    if random.below(25) == 0 { line = Self.uppercased(line, language) } else { line = Self.capitalized(line, language) }
    return line
  }

  private mutating func sentence(_ language: Language, inserted: inout Int) -> String {
    let words = sentenceWords(language, count: 6 + random.below(18), inserted: &inserted)
    var text = ""
    for (index, word) in words.enumerated() {
      if index > 0 { text += random.below(14) == 0 ? ", " : random.below(200) == 0 ? " — " : " " }
      text += word
    }
    let end = [".", ".", ".", ".", ".", ".", "?", "!", "…", ":"][random.below(10)]
    text = Self.capitalized(text, language) + end
    if random.below(20) == 0 { text = "“" + text + "”" }
    return text
  }

  /// Words and terms, terms already inflected or suffixed.
  private mutating func sentenceWords(_ language: Language, count: Int, inserted: inout Int) -> [String] {
    var words: [String] = []
    while words.count < count {
      if random.unit() < parameters.termRate * Double(3 + random.below(3)) / 4 {
        let term = presentTerm()
        let forms = term.forms[language]!
        var phrase = forms[random.below(10) == 0 ? forms.count - 1 : 0]
        let isName = term.kind != "term"
        if isName, language != .kk, random.below(3) == 0 {
          phrase += Self.apostropheSuffix(phrase, language, random: &random)
        } else if random.below(language == .en ? 8 : 3) == 0 {
          phrase = Self.inflected(phrase, language, random: &random)
        }
        words.append(phrase)
        inserted += 1
      } else {
        var word = zipfWord(language)
        if random.below(6) == 0, word.count > 3, !Self.functionWords[language]!.contains(word) { word = Self.inflected(word, language, random: &random) }
        if random.below(40) == 0 { word = Self.capitalized(word, language) }
        if random.below(200) == 0 { word = Self.decomposed(word) }
        words.append(word)
      }
    }
    return words
  }

  // MARK: Morphology (approximate, harmony-aware)

  static func lastVowel(_ word: String) -> Character? {
    word.lowercased().last { "aeıioöuüâîûаоұыәеөүіэяюё".contains($0) }
  }

  static func inflected(_ phrase: String, _ language: Language, random: inout SplitMix64) -> String {
    guard let lastChar = phrase.last else { return phrase }
    let last = Character(lastChar.lowercased())
    switch language {
    case .en:
      if last == "y" { return String(phrase.dropLast()) + "ies" }
      if "sxz".contains(last) || phrase.hasSuffix("sh") || phrase.hasSuffix("ch") { return phrase + "es" }
      return phrase + "s"
    case .tr:
      let vowel = lastVowel(phrase).map { Character($0.lowercased()) } ?? "e"
      let back = "aıou".contains(vowel)
      let four: String = switch vowel {
      case "a", "ı": "ı"
      case "e", "i": "i"
      case "o", "u": "u"
      default: "ü"
      }
      let endsInVowel = "aeıioöuü".contains(last)
      let voiceless = "çfhkpsşt".contains(last)
      let a = back ? "a" : "e"
      let d = voiceless ? "t" : "d"
      let options = [
        "l\(a)r",
        "\(d)\(a)",
        "\(d)\(a)n",
        endsInVowel ? "y\(a)" : a,
        endsInVowel ? "n\(four)n" : "\(four)n",
        endsInVowel ? "s\(four)" : four,
        "l\(a)r\(d == "t" ? "d" : "d")\(a)",
        "l\(a)r\(four)n",
      ]
      return phrase + random.pick(options)
    case .kk:
      let vowel = lastVowel(phrase).map { Character($0.lowercased()) } ?? "е"
      let back = "аоұы".contains(vowel)
      let a = back ? "а" : "е"
      let y = back ? "ы" : "і"
      let g = back ? "ғ" : "г"
      let q = back ? "қ" : "к"
      let endsInVowel = "аәеиоөұүыіэюя".contains(last)
      let voiceless = "кқпстфхчшщц".contains(last)
      let nasal = "мнң".contains(last)
      let sonorant = "рйу".contains(last)
      let plural = endsInVowel || sonorant ? "л\(a)р" : voiceless ? "т\(a)р" : "д\(a)р"
      let genitive = endsInVowel || nasal ? "н\(y)ң" : voiceless ? "т\(y)ң" : "д\(y)ң"
      let locative = voiceless ? "т\(a)" : "д\(a)"
      let dative = voiceless ? "\(q)\(a)" : "\(g)\(a)"
      let ablative = nasal ? "н\(a)н" : voiceless ? "т\(a)н" : "д\(a)н"
      let accusative = endsInVowel ? "н\(y)" : voiceless ? "т\(y)" : "д\(y)"
      return phrase + random.pick([plural, genitive, locative, dative, ablative, accusative])
    }
  }

  /// A Turkish proper noun's suffix after an apostrophe (Astana'da), or English 's.
  static func apostropheSuffix(_ phrase: String, _ language: Language, random: inout SplitMix64) -> String {
    let apostrophe = random.below(3) == 0 ? "’" : "'"
    switch language {
    case .en: return apostrophe + "s"
    case .tr:
      let vowel = lastVowel(phrase).map { Character($0.lowercased()) } ?? "e"
      let back = "aıou".contains(vowel)
      let a = back ? "a" : "e"
      let last = Character((phrase.last ?? "a").lowercased())
      let endsInVowel = "aeıioöuü".contains(last)
      let d = "çfhkpsşt".contains(last) ? "t" : "d"
      let four: String = "aı".contains(vowel) ? "ı" : "ei".contains(vowel) ? "i" : "ou".contains(vowel) ? "u" : "ü"
      return apostrophe + random.pick(["\(d)\(a)", "\(d)\(a)n", endsInVowel ? "n\(four)n" : "\(four)n", endsInVowel ? "y\(a)" : a])
    case .kk: return ""
    }
  }

  static func capitalized(_ text: String, _ language: Language) -> String {
    guard let first = text.first else { return text }
    return uppercased(String(first), language) + text.dropFirst()
  }

  static func uppercased(_ text: String, _ language: Language) -> String {
    guard language == .tr else { return text.uppercased() }
    return String(text.map { $0 == "i" ? "İ" : $0 == "ı" ? "I" : $0 }).uppercased()
  }

  /// The word in NFD (ö as o + U+0308, й as и + U+0306, İ as I + U+0307).
  static func decomposed(_ word: String) -> String {
    word.decomposedStringWithCanonicalMapping
  }
}

/// SplitMix64: small, fast and the same on every platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A value in 0..<bound (bound > 0).
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  /// A value in [0, 1).
  mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

  mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }
}
