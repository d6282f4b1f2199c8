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
  /// The rules compiled for `withKey`: patterns and replacements laid end to end in two pools,
  /// so that a key costs no allocation beyond its scratch buffers.
  ///
  /// Map rules grouped by first scalar, longest first: the UTF-8 of each `from` (matched on the
  /// input bytes, which for valid UTF-8 is matching scalars) and the scalars of its `to`.
  private var mapRules: [(from: Range<Int>, to: Range<Int>)] = []
  /// The map rules of each scalar below U+0800, by value: a range of `mapRules`.
  private var smallMapRules: [Range<Int>] = []
  private var largeMapRules: [UInt32: Range<Int>] = [:]
  /// Initial rules, longest first: `from` and `to` as scalars.
  private var initialRules: [(from: Range<Int>, to: Range<Int>)] = []
  /// The replacement of each `between` scalar below U+0800 (an empty range when it has none),
  /// and of the others.
  private var smallBetween: [Range<Int>?] = []
  private var largeBetween: [UInt32: Range<Int>] = [:]
  private var smallVowels: [Bool] = []
  private var largeVowels: Set<UInt32> = []
  private var collapsesDoubles = false
  private var bytePool: [UInt8] = []
  private var scalarPool: [UInt32] = []
  /// How many scalars one input scalar can become at most in the map stage, and one mapped
  /// scalar in the second stage: bounds for the scratch buffers.
  private var mapGrowth = 1
  private var secondGrowth = 1

  /// The rules shipped in `Data/name-skeleton.tsv`.
  public static let shared = NameSkeleton(rules: EmbeddedData.files["name-skeleton.tsv"] ?? "")

  /// The skeleton of `foldedLatin` under the shipped rules.
  public static func key(_ foldedLatin: String) -> String { shared.key(foldedLatin) }

  /// The skeleton of the valid UTF-8 `foldedLatin` under the shipped rules, as UTF-8.
  public static func key(utf8 foldedLatin: UnsafeBufferPointer<UInt8>) -> [UInt8] { shared.key(utf8: foldedLatin) }

  /// Calls `body` with the skeleton of the valid UTF-8 `foldedLatin` under the shipped rules, in
  /// a buffer valid only during the call.
  public static func withKey<Result>(
    utf8 foldedLatin: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    try shared.withKey(utf8: foldedLatin, body)
  }

  /// Reads rules in the format of `Data/name-skeleton.tsv`; lines it does not understand are
  /// skipped.
  public init(rules text: String) {
    var rules: [Unicode.Scalar: [(from: [Unicode.Scalar], to: [Unicode.Scalar])]] = [:]
    var initial: [(from: [Unicode.Scalar], to: [Unicode.Scalar])] = []
    var between: [Unicode.Scalar: [Unicode.Scalar]] = [:]
    var vowels: Set<Unicode.Scalar> = []
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
    smallMapRules = Array(repeating: 0..<0, count: 0x800)
    for first in rules.keys.sorted(by: { $0.value < $1.value }) {
      let list = (rules[first] ?? []).sorted { $0.from.count > $1.from.count }
      let range = mapRules.count..<mapRules.count + list.count
      for rule in list {
        let fromStart = bytePool.count
        for scalar in rule.from { UTF8Scalar.append(scalar, to: &bytePool) }
        mapRules.append((fromStart..<bytePool.count, pool(rule.to)))
        mapGrowth = max(mapGrowth, rule.to.count)
      }
      if first.value < 0x800 { smallMapRules[Int(first.value)] = range } else { largeMapRules[first.value] = range }
    }
    for rule in initial.sorted(by: { $0.from.count > $1.from.count }) {
      initialRules.append((pool(rule.from), pool(rule.to)))
      secondGrowth = max(secondGrowth, rule.to.count)
    }
    smallBetween = Array(repeating: nil, count: 0x800)
    for (scalar, replacement) in between {
      let range = pool(replacement)
      secondGrowth = max(secondGrowth, replacement.count)
      if scalar.value < 0x800 { smallBetween[Int(scalar.value)] = range } else { largeBetween[scalar.value] = range }
    }
    smallVowels = Array(repeating: false, count: 0x800)
    for vowel in vowels {
      if vowel.value < 0x800 { smallVowels[Int(vowel.value)] = true } else { largeVowels.insert(vowel.value) }
    }
  }

  private mutating func pool(_ scalars: [Unicode.Scalar]) -> Range<Int> {
    let start = scalarPool.count
    scalarPool.append(contentsOf: scalars.lazy.map(\.value))
    return start..<scalarPool.count
  }

  public func key(_ foldedLatin: String) -> String {
    var text = foldedLatin
    return text.withUTF8 { withKey(utf8: $0) { String(decoding: $0, as: UTF8.self) } }
  }

  /// The skeleton of the valid UTF-8 `foldedLatin`, as UTF-8.
  public func key(utf8 foldedLatin: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    withKey(utf8: foldedLatin) { Array($0) }
  }

  /// Calls `body` with the skeleton of the valid UTF-8 `foldedLatin`, in a buffer valid only
  /// during the call: names are skeletonized by the hundred thousand, and a key then costs no
  /// allocation at all.
  public func withKey<Result>(
    utf8 foldedLatin: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    let mappedCapacity = foldedLatin.count * mapGrowth
    return try withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(mappedCapacity, 1)) { mapped in
      let mappedCount = map(foldedLatin, into: mapped)
      let outputCapacity = mappedCount * secondGrowth * 4
      return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(outputCapacity, 1)) { output in
        let outputCount = applyInitialAndBetween(UnsafeBufferPointer(rebasing: mapped[..<mappedCount]), into: output)
        return try body(UnsafeBufferPointer(rebasing: output[..<outputCount]))
      }
    }
  }

  /// The map stage, with hyphens and apostrophes made spaces: writes the mapped scalars to
  /// `mapped` and returns their count.
  private func map(_ input: UnsafeBufferPointer<UInt8>, into mapped: UnsafeMutableBufferPointer<UInt32>) -> Int {
    var count = 0
    var index = 0
    while index < input.count {
      let (scalar, length) = UTF8Scalar.decodeValue(input, at: index)
      switch scalar {
      case 0x2D, 0x27, 0x2019, 0x2010, 0x2011:
        mapped[count] = 0x20
        count += 1
        index += length
        continue
      default: break
      }
      let candidates = scalar < 0x800 ? smallMapRules[Int(scalar)] : largeMapRules[scalar] ?? 0..<0
      var matched = false
      for candidate in candidates {
        let rule = mapRules[candidate]
        guard Self.matches(bytePool, rule.from, input, at: index) else { continue }
        for position in rule.to {
          mapped[count] = scalarPool[position]
          count += 1
        }
        index += rule.from.count
        matched = true
        break
      }
      if !matched {
        mapped[count] = scalar
        count += 1
        index += length
      }
    }
    return count
  }

  /// Word-initial and between-vowel rules, read on the mapped text, doubles and runs of spaces
  /// collapsed and spaces at either end dropped: writes the key's UTF-8 to `output` and returns
  /// its length.
  private func applyInitialAndBetween(
    _ mapped: UnsafeBufferPointer<UInt32>, into output: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    var writer = (count: 0, last: UInt32.max)
    var index = 0
    var previous: UInt32 = 0x20
    while index < mapped.count {
      let scalar = mapped[index]
      if previous == 0x20, scalar != 0x20,
        let rule = initialRules.first(where: { Self.matches(scalarPool, $0.from, mapped, at: index) })
      {
        for position in rule.to { append(scalarPool[position], to: output, &writer) }
        previous = mapped[index + rule.from.count - 1]
        index += rule.from.count
        continue
      }
      if let replacement = betweenRule(scalar), isVowel(previous), index + 1 < mapped.count, isVowel(mapped[index + 1]) {
        for position in replacement { append(scalarPool[position], to: output, &writer) }
      } else {
        append(scalar, to: output, &writer)
      }
      previous = scalar
      index += 1
    }
    // Runs of spaces are collapsed as they are written, so at most one ends the key.
    if writer.last == 0x20 { writer.count -= 1 }
    return writer.count
  }

  @inline(__always)
  private func betweenRule(_ scalar: UInt32) -> Range<Int>? {
    scalar < 0x800 ? smallBetween[Int(scalar)] : largeBetween[scalar]
  }

  @inline(__always)
  private func isVowel(_ scalar: UInt32) -> Bool {
    scalar < 0x800 ? smallVowels[Int(scalar)] : largeVowels.contains(scalar)
  }

  /// Appends the UTF-8 of `scalar`, collapsing doubled letters and runs of spaces and dropping
  /// leading spaces; `writer` holds the length written and the last scalar (`UInt32.max` when
  /// none).
  @inline(__always)
  private func append(
    _ scalar: UInt32, to output: UnsafeMutableBufferPointer<UInt8>, _ writer: inout (count: Int, last: UInt32)
  ) {
    if writer.last == scalar, collapsesDoubles || scalar == 0x20 { return }
    if scalar == 0x20, writer.last == UInt32.max { return }
    writer.last = scalar
    if scalar < 0x80 {
      output[writer.count] = UInt8(truncatingIfNeeded: scalar)
      writer.count += 1
    } else if scalar < 0x800 {
      output[writer.count] = UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6)
      output[writer.count + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
      writer.count += 2
    } else {
      let scalar = Unicode.Scalar(scalar) ?? "\u{FFFD}"
      for byte in UTF8.encode(scalar) ?? UTF8.EncodedScalar() {
        output[writer.count] = byte
        writer.count += 1
      }
    }
  }

  /// Whether `pool[pattern]` occurs in `text` at `index`.
  @inline(__always)
  private static func matches<Element: Equatable>(
    _ pool: [Element], _ pattern: Range<Int>, _ text: UnsafeBufferPointer<Element>, at index: Int
  ) -> Bool {
    guard index + pattern.count <= text.count else { return false }
    var position = index
    for offset in pattern {
      if text[position] != pool[offset] { return false }
      position += 1
    }
    return true
  }
}
