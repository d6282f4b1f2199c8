/// Repairs words that mix Latin and Cyrillic look-alike letters.
///
///     MixedScriptRepair.shared.repair("Қaзақстан")  // "Қазақстан", the Latin "a" made Cyrillic
///
/// A word becomes all Cyrillic or all Latin, whichever script its letters without a look-alike
/// belong to (or, when every letter has one, the script of most letters). Nothing changes unless
/// every foreign letter has a look-alike in the target script, and a word has as many scalars
/// after repair as before, so offsets into it stay valid.
public struct MixedScriptRepair: Sendable {
  let toCyrillic: [UInt32: UInt32]
  let toLatin: [UInt32: UInt32]

  /// The repair table shipped in `Data/confusables.tsv`.
  public static let shared = MixedScriptRepair(table: EmbeddedData.files["confusables.tsv"] ?? "")

  /// The same table for folded (lower case) keys: each pair lowered, so that a key made from
  /// `KaзaҚ` and one made from `каЗАҚ` are repaired alike.
  static let folded = MixedScriptRepair(table: EmbeddedData.files["confusables.tsv"] ?? "", lowered: true)

  /// Reads a table of `Latin<TAB>Cyrillic` lines; `#` starts a comment.
  public init(table: String) {
    self.init(table: table, lowered: false)
  }

  init(table: String, lowered: Bool) {
    var toCyrillic: [UInt32: UInt32] = [:]
    var toLatin: [UInt32: UInt32] = [:]
    for line in table.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t")
      guard fields.count == 2 else { continue }
      let pair = lowered ? fields.map { CaseMapping.lowercase(String($0), language: .root) } : fields.map(String.init)
      guard let latin = pair[0].unicodeScalars.first, let cyrillic = pair[1].unicodeScalars.first else { continue }
      toCyrillic[latin.value] = cyrillic.value
      toLatin[cyrillic.value] = latin.value
    }
    self.toCyrillic = toCyrillic
    self.toLatin = toLatin
  }

  /// The script a mixed word should be written in, or nil when it is not mixed or cannot be
  /// repaired.
  public func targetScript(of scalars: some Collection<Unicode.Scalar>) -> Script? {
    var latin = 0
    var cyrillic = 0
    var latinOnly = false  // a Latin letter without a Cyrillic look-alike
    var cyrillicOnly = false
    for scalar in scalars {
      switch Script(scalar) {
      case .latin:
        latin += 1
        if toCyrillic[scalar.value] == nil { latinOnly = true }
      case .cyrillic:
        cyrillic += 1
        if toLatin[scalar.value] == nil { cyrillicOnly = true }
      default: break
      }
    }
    guard latin > 0, cyrillic > 0, !(latinOnly && cyrillicOnly) else { return nil }
    if cyrillicOnly { return .cyrillic }
    if latinOnly { return .latin }
    if latin == cyrillic { return nil }
    return cyrillic > latin ? .cyrillic : .latin
  }

  /// The word with its foreign look-alikes replaced, or nil when nothing is to be repaired.
  public func repairedScalars(_ scalars: some Collection<Unicode.Scalar>) -> [Unicode.Scalar]? {
    guard let target = targetScript(of: scalars) else { return nil }
    let table = target == .cyrillic ? toCyrillic : toLatin
    let foreign: Script = target == .cyrillic ? .latin : .cyrillic
    return scalars.map { scalar in
      guard Script(scalar) == foreign, let value = table[scalar.value], let mapped = Unicode.Scalar(value)
      else { return scalar }
      return mapped
    }
  }

  /// Repairs every word of `text`; text without mixed words is returned unchanged.
  public func repair(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    var word: [Unicode.Scalar] = []
    func flush() {
      output.append(contentsOf: repairedScalars(word) ?? word)
      word.removeAll(keepingCapacity: true)
    }
    for scalar in text.unicodeScalars {
      if TextClass.isWordScalar(scalar) {
        word.append(scalar)
      } else {
        flush()
        output.append(scalar)
      }
    }
    flush()
    return String(output)
  }
}
