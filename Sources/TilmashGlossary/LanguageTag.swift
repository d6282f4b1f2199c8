/// BCP 47 language tags as glossaries use them.
public enum LanguageTag {
  /// Whether `tag` is well formed: a 2-3 letter primary language, then subtags of 2-8 letters or
  /// digits (script `Latn`, region `TR`, ...). `kk-Latn`, `en-GB` and `tr` are; `english`,
  /// `kk_Latn` and `k` are not.
  public static func isValid(_ tag: String) -> Bool {
    let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
    guard let primary = parts.first, (2...3).contains(primary.count),
      primary.allSatisfy({ $0.isASCII && $0.isLetter })
    else { return false }
    return parts.dropFirst().allSatisfy { part in
      (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
  }

  /// The tag in its usual case: language lower case, script title case, region upper case
  /// (`KK-latn` -> `kk-Latn`, `en-gb` -> `en-GB`, `EN` -> `en`).
  public static func canonical(_ tag: String) -> String {
    let parts = tag.split(whereSeparator: { $0 == "-" || $0 == "_" })
    return parts.enumerated().map { index, part in
      if index == 0 { return part.lowercased() }
      if part.count == 4, part.allSatisfy(\.isLetter) { return part.prefix(1).uppercased() + part.dropFirst().lowercased() }
      if part.count == 2, part.allSatisfy(\.isLetter) { return part.uppercased() }
      return part.lowercased()
    }.joined(separator: "-")
  }

  /// The primary language subtag, lower-cased: `kk` for `kk-Latn`.
  public static func primary(_ tag: String) -> String {
    String(tag.prefix { $0 != "-" }).lowercased()
  }

  /// Whether the tag names Kazakh in Latin script.
  public static func isKazakhLatin(_ tag: String) -> Bool {
    tag.lowercased() == "kk-latn"
  }

  static func order(_ tag: String) -> String {
    switch tag {
    case "en": "0"
    case "tr": "1"
    case "kk": "2"
    case "kk-Latn": "3"
    case "ru": "4"
    default: "5" + tag
    }
  }
}
