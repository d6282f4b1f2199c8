import Synchronization

/// A named, documented transliteration: one of Tilmash's rule sets, or a built-in ICU transform.
///
///     let scheme = try TransliterationScheme.named("kk-latn-2021")
///     scheme.transliterate("ҚАЗАҚСТАН Қазақстан")  // "QAZAQSTAN Qazaqstan"
///
///     for scheme in TransliterationScheme.builtIn {
///       print(scheme.name, scheme.transliterate("Шымкент"))
///     }
///
/// The rule sets are ICU transform rules kept as data (`Sources/TilmashText/Data/schemes/`), each
/// with a header that documents its sources and choices; Guides/Transliteration.md has the tables.
/// Every rule set keeps case (title case stays title case, capitals stay capitals) and leaves text
/// in other scripts unchanged.
///
/// Each rule set is compiled once per process and options; schemes are cheap to copy and safe to
/// use from several threads.
public struct TransliterationScheme: Sendable {
  /// The scheme's name, such as `kk-latn-2021`, or the ICU transform ID.
  public let name: String
  /// One line saying what the scheme does.
  public let summary: String
  /// A sample input and what the scheme makes of it.
  public let example: (input: String, output: String)
  /// Whether `TransliterationOptions` change this scheme.
  public let hasOptions: Bool
  private let transform: Transliterator

  private init(name: String, summary: String, exampleInput: String, hasOptions: Bool, transform: Transliterator) {
    self.name = name
    self.summary = summary
    self.hasOptions = hasOptions
    self.transform = transform
    self.example = (exampleInput, transform.transliterate(exampleInput))
  }

  /// Transliterates `text`; text the scheme does not cover passes through unchanged.
  public func transliterate(_ text: String) -> String {
    transform.transliterate(text)
  }

  /// The names of Tilmash's own schemes, in a stable order.
  public static var builtInNames: [String] { SchemeCatalog.definitions.map(\.name) }

  /// Tilmash's own schemes with default options, in a stable order: kk-latn-2021, kk-cyrl-2021,
  /// kk-bgn, kk-en-press, kk-tr-press, tr-ascii.
  ///
  /// A scheme whose rules failed to compile is missing here; `named(_:options:)` reports why.
  public static let builtIn: [TransliterationScheme] = builtInNames.compactMap { try? named($0) }

  /// The scheme called `name`, with `options` for the schemes that have options.
  ///
  ///     try TransliterationScheme.named("kk-bgn").transliterate("Атырау")  // "Atyraū"
  ///     try TransliterationScheme.named("kk-latn-2021", options: .init(eng: true))
  ///       .transliterate("Аңыз")  // "Aŋyz"
  ///
  /// - Throws: `.unknownScheme` listing the known names, or `.malformedRules` naming the rule
  ///   file, line and offset if a rule set fails to compile.
  public static func named(
    _ name: String, options: TransliterationOptions = .default
  ) throws(TransliterationError) -> TransliterationScheme {
    guard let definition = SchemeCatalog.definition(named: name) else {
      throw .unknownScheme(name: name, known: builtInNames)
    }
    let options = definition.hasOptions ? options : .default
    let transform = try cache.transliterator(for: .scheme(name, options)) { () throws(TransliterationError) in
      try RuleText.compile(files: definition.ruleFiles(options), name: name)
    }
    return TransliterationScheme(
      name: name, summary: definition.summary, exampleInput: definition.exampleInput,
      hasOptions: definition.hasOptions, transform: transform)
  }

  /// A built-in ICU transform by ID, such as `Any-Latin; Latin-ASCII`.
  ///
  ///     try TransliterationScheme.icu(id: "Any-Latin; Latin-ASCII").transliterate("Қазақстан")  // "Qazaqstan"
  ///
  /// - Throws: `.unknownTransform` when ICU does not know the ID.
  public static func icu(id: String) throws(TransliterationError) -> TransliterationScheme {
    let transform = try cache.transliterator(for: .icu(id)) { () throws(TransliterationError) in
      try Transliterator(id: id)
    }
    return TransliterationScheme(
      name: id, summary: "ICU transform \(id)", exampleInput: "Қазақстан, İstanbul", hasOptions: false,
      transform: transform)
  }

  /// A scheme from ICU transform rules of your own. `name` names the rule set in errors.
  ///
  ///     try TransliterationScheme.custom(name: "yo.txt", rules: "ё → yo ;").transliterate("ёж")  // "yoж"
  ///
  /// - Throws: `.malformedRules` with ICU's error, the line, offset and surrounding text.
  public static func custom(name: String, summary: String = "", rules: String) throws(TransliterationError)
    -> TransliterationScheme
  {
    let transform = try RuleText.compile(parts: [(name, rules)], name: name)
    return TransliterationScheme(
      name: name, summary: summary, exampleInput: "", hasOptions: false, transform: transform)
  }

  private static let cache = TransliteratorCache()
}
