import TilmashText

/// A coarse key for names that collapses the usual romanization alternations, so that near
/// spellings of one name meet while different names stay apart.
///
///     NameSkeleton.key("nazarbayev") == NameSkeleton.key("nazarbaev")   // true ("nazarbaev")
///     NameSkeleton.key("tokayev") == NameSkeleton.key("toqaev")         // true
///     NameSkeleton.key("akar") == NameSkeleton.key("akarsu")            // false
///
/// The rules are data (`Data/name-skeleton.tsv`): a map stage (kh/h, q/k, gh/ğ/g, sh/ş, ch/ç,
/// zh/j, y/ı/i, ū/ü/u, ö/o, ä/a, ...), word-initial `ie` -> `e` (e/ye), the glide `i` between
/// vowels dropped (ay/a before a vowel) and doubled letters made single (Kassym = Kasym).
/// The input is a folded key (see `Folder`); letters no rule names pass through.
///
/// - Complexity: O(n) in the length of the input.
public struct NameSkeleton: Sendable {
  private var rules: [Unicode.Scalar: [(from: [Unicode.Scalar], to: [Unicode.Scalar])]] = [:]
  /// `rules` for scalars below U+0800, by value, so the common letters cost no hashing.
  private var smallRules: [[(from: [Unicode.Scalar], to: [Unicode.Scalar])]] = []
  private var initial: [(from: [Unicode.Scalar], to: [Unicode.Scalar])] = []
  private var between: [Unicode.Scalar: [Unicode.Scalar]] = [:]
  private var vowels: Set<Unicode.Scalar> = []
  /// `between` and `vowels` for scalars below U+0800, by value.
  private var smallBetween: [[Unicode.Scalar]?] = []
  private var smallVowels: [Bool] = []
  private var collapsesDoubles = false

  /// The rules shipped in `Data/name-skeleton.tsv`.
  public static let shared = NameSkeleton(rules: EmbeddedData.files["name-skeleton.tsv"] ?? "")

  /// The skeleton of `foldedLatin` under the shipped rules.
  public static func key(_ foldedLatin: String) -> String { shared.key(foldedLatin) }

  /// The skeleton of the valid UTF-8 `foldedLatin` under the shipped rules, as UTF-8.
  public static func key(utf8 foldedLatin: UnsafeBufferPointer<UInt8>) -> [UInt8] { shared.key(utf8: foldedLatin) }

  /// Reads rules in the format of `Data/name-skeleton.tsv`; lines it does not understand are
  /// skipped.
  public init(rules text: String) {
    for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
      guard let rule = fields.first.map({ String(String.UnicodeScalarView($0)) }) else { continue }
      let from = fields.count > 1 ? fields[1] : []
      let to = fields.count > 2 ? fields[2] : []
      switch rule {
      case "map":
        guard let first = from.first else { continue }
        rules[first, default: []].append((from, to))
      case "initial": if !from.isEmpty { initial.append((from, to)) }
      case "between": if from.count == 1 { between[from[0]] = to }
      case "vowels": vowels = Set(from)
      case "doubles": collapsesDoubles = true
      default: continue
      }
    }
    for (first, list) in rules { rules[first] = list.sorted { $0.from.count > $1.from.count } }
    initial.sort { $0.from.count > $1.from.count }
    smallRules = Array(repeating: [], count: 0x800)
    for (first, list) in rules where first.value < 0x800 { smallRules[Int(first.value)] = list }
    smallBetween = Array(repeating: nil, count: 0x800)
    for (scalar, replacement) in between where scalar.value < 0x800 { smallBetween[Int(scalar.value)] = replacement }
    smallVowels = Array(repeating: false, count: 0x800)
    for vowel in vowels where vowel.value < 0x800 { smallVowels[Int(vowel.value)] = true }
  }

  public func key(_ foldedLatin: String) -> String {
    var text = foldedLatin
    return text.withUTF8 { String(decoding: key(utf8: $0), as: UTF8.self) }
  }

  /// The skeleton of the valid UTF-8 `foldedLatin`, as UTF-8.
  public func key(utf8 foldedLatin: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var input: [Unicode.Scalar] = []
    input.reserveCapacity(foldedLatin.count)
    var position = 0
    while position < foldedLatin.count {
      let (scalar, length) = UTF8Scalar.decode(foldedLatin, at: position)
      input.append(scalar)
      position += length
    }
    // Map stage, with hyphens and apostrophes made spaces.
    var mapped: [Unicode.Scalar] = []
    mapped.reserveCapacity(input.count)
    var index = 0
    while index < input.count {
      let scalar = input[index]
      if scalar == "-" || scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2010}" || scalar == "\u{2011}" {
        mapped.append(" ")
        index += 1
        continue
      }
      var matched = false
      let candidates = scalar.value < 0x800 ? smallRules[Int(scalar.value)] : rules[scalar] ?? []
      if !candidates.isEmpty {
        for candidate in candidates where Self.matches(candidate.from, input, at: index) {
          mapped += candidate.to
          index += candidate.from.count
          matched = true
          break
        }
      }
      if !matched {
        mapped.append(scalar)
        index += 1
      }
    }
    // Word-initial and between-vowel rules, read on the mapped text.
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(mapped.count)
    index = 0
    var previous: Unicode.Scalar = " "
    while index < mapped.count {
      let scalar = mapped[index]
      if previous == " ", scalar != " " {
        if let rule = initial.first(where: { Self.matches($0.from, mapped, at: index) }) {
          append(rule.to, to: &output)
          previous = mapped[index + rule.from.count - 1]
          index += rule.from.count
          continue
        }
      }
      if let replacement = betweenRule(scalar), isVowel(previous), index + 1 < mapped.count, isVowel(mapped[index + 1]) {
        append(replacement, to: &output)
      } else {
        append(scalar, to: &output)
      }
      previous = scalar
      index += 1
    }
    while output.last == " " { output.removeLast() }
    var result: [UInt8] = []
    result.reserveCapacity(output.count + 8)
    for scalar in output { UTF8Scalar.append(scalar, to: &result) }
    return result
  }

  @inline(__always)
  private func betweenRule(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
    scalar.value < 0x800 ? smallBetween[Int(scalar.value)] : between[scalar]
  }

  @inline(__always)
  private func isVowel(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x800 ? smallVowels[Int(scalar.value)] : vowels.contains(scalar)
  }

  /// Appends, collapsing doubled letters and runs of spaces.
  private func append(_ scalars: [Unicode.Scalar], to output: inout [Unicode.Scalar]) {
    for scalar in scalars { append(scalar, to: &output) }
  }

  @inline(__always)
  private func append(_ scalar: Unicode.Scalar, to output: inout [Unicode.Scalar]) {
    if let last = output.last, last == scalar, collapsesDoubles || scalar == " " { return }
    if scalar == " ", output.isEmpty { return }
    output.append(scalar)
  }

  private static func matches(_ pattern: [Unicode.Scalar], _ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    guard index + pattern.count <= scalars.count else { return false }
    for offset in 0..<pattern.count where scalars[index + offset] != pattern[offset] { return false }
    return true
  }
}
