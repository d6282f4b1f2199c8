/// The named schemes: which rule files make each one, and how it describes itself.
///
/// The rules themselves are data (`Data/schemes/*.txt`, embedded at build time); this table only
/// says how to put them together.
struct SchemeDefinition: Sendable {
  let name: String
  let summary: String
  let exampleInput: String
  /// Whether `TransliterationOptions` change the rules.
  let hasOptions: Bool

  /// The rule files, in order: the scheme's own file, then the files its options select.
  func ruleFiles(_ options: TransliterationOptions) -> [String] {
    guard hasOptions else { return ["schemes/\(name).txt"] }
    return [
      "schemes/\(name).txt",
      "schemes/\(name)/\(options.eng ? "ng-eng" : "ng-ntilde").txt",
      "schemes/\(name)/loanwords-\(options.loanwords.rawValue).txt",
    ]
  }
}
