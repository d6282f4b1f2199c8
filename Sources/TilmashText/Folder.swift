import CICU

/// Makes matching keys: NFC, language-aware case folding, one apostrophe for ' ’ ʼ ‘, the
/// optional Turkish circumflexes (â î û) dropped, and words that mix Latin and Cyrillic
/// look-alikes repaired, with a map from every key byte back to the source.
///
///     Folder(language: .turkish).key("DIŞİŞLERİ Bakanlığı’nın")  // "dışişleri bakanlığı'nın"
///     Folder(language: .english).key("Millî")                    // "milli"
///
/// Scalars below U+2070 that NFC leaves alone are folded from a table built from ICU once per
/// language; everything else goes through ICU a normalization segment at a time.
public struct Folder: Sendable {
  public let language: CaseLanguage
  public let repairsMixedScript: Bool
  private let table: FoldTable

  public init(language: CaseLanguage, repairsMixedScript: Bool = true) {
    self.language = language
    self.repairsMixedScript = repairsMixedScript
    self.table = language.isTurkic ? FoldTable.turkic : FoldTable.standard
  }

  /// The key of `text` as a string.
  public func key(_ text: String) -> String { fold(text).keyString }

  public func fold(_ text: String) -> FoldedText {
    var text = text
    return text.withUTF8 { fold(utf8: $0) }
  }

  /// Folds valid UTF-8.
  ///
  /// - Complexity: O(n) in the length of the input.
  public func fold(utf8 source: UnsafeBufferPointer<UInt8>) -> FoldedText {
    var state = FoldState(capacity: source.count)
    var index = 0
    let count = source.count
    var word: [(scalar: Unicode.Scalar, offset: Int32)] = []
    word.reserveCapacity(64)
    while index < count {
      let byte = source[index]
      if byte < 0x80 && table.asciiWordByte[Int(byte)] == 0 {
        // ASCII outside words: spaces, punctuation, the ASCII apostrophe.
        state.key.append(byte)
        state.offsets.append(Int32(index))
        index += 1
        continue
      }
      let (scalar, length) = Self.decode(source, at: index)
      if !table.isWordScalar(scalar) {
        appendSegment(startingWith: scalar, at: index, length: length, source, &state, &index)
        continue
      }
      // A word: collect its scalars, note its scripts and capitalization, then fold it.
      word.removeAll(keepingCapacity: true)
      var hasLatin = false
      var hasCyrillic = false
      var position = index
      while position < count {
        let (next, nextLength) = Self.decode(source, at: position)
        guard table.isWordScalar(next) else { break }
        word.append((next, Int32(position)))
        switch table.script(next) {
        case .latin: hasLatin = true
        case .cyrillic: hasCyrillic = true
        default: break
        }
        position += nextLength
      }
      state.beginWord()
      var capitalization = CapitalizationTracker()
      var slot = 0
      while slot < word.count {
        let (scalar, offset) = word[slot]
        capitalization.add(table.caseKind(scalar))
        // A scalar that NFC leaves alone, not followed by one that combines with it.
        let nextCombines = slot + 1 < word.count && !table.hasBoundaryBefore(word[slot + 1].scalar)
        if !nextCombines, let folded = table.folded(scalar) {
          state.append(folded, from: offset)
          slot += 1
          continue
        }
        var segment = [scalar]
        var end = slot + 1
        while end < word.count, !table.hasBoundaryBefore(word[end].scalar) {
          segment.append(word[end].scalar)
          capitalization.add(table.caseKind(word[end].scalar))
          end += 1
        }
        state.append(table.foldSegment(segment), from: offset)
        slot = end
      }
      if repairsMixedScript, hasLatin, hasCyrillic { state.repairLastWord() }
      state.endWord(capitalization.result)
      index = position
    }
    state.offsets.append(Int32(count))
    return FoldedText(
      key: state.key, sourceOffsets: state.offsets, wordStarts: state.wordStarts, wordEnds: state.wordEnds,
      wordCapitalization: state.capitalization)
  }

  /// Folds one non-word scalar and any marks that combine with it.
  private func appendSegment(
    startingWith scalar: Unicode.Scalar, at start: Int, length: Int, _ source: UnsafeBufferPointer<UInt8>,
    _ state: inout FoldState, _ index: inout Int
  ) {
    var segment = [scalar]
    var position = start + length
    while position < source.count {
      let (next, nextLength) = Self.decode(source, at: position)
      if table.hasBoundaryBefore(next) { break }
      segment.append(next)
      position += nextLength
    }
    if segment.count == 1, let folded = table.folded(scalar) {
      state.append(folded, from: Int32(start))
    } else {
      state.append(table.foldSegment(segment), from: Int32(start))
    }
    index = position
  }

  /// Decodes the scalar at `index` of valid UTF-8.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    let lead = UInt32(bytes[index])
    var value: UInt32
    var length: Int
    if lead < 0x80 {
      return (Unicode.Scalar(UInt8(lead)), 1)
    } else if lead < 0xE0 {
      value = lead & 0x1F
      length = 2
    } else if lead < 0xF0 {
      value = lead & 0x0F
      length = 3
    } else {
      value = lead & 0x07
      length = 4
    }
    let end = min(index + length, bytes.count)
    var position = index + 1
    while position < end {
      value = value << 6 | (UInt32(bytes[position]) & 0x3F)
      position += 1
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", max(position - index, 1))
  }
}

/// The growing key, its offset map and its words.
private struct FoldState {
  var key: [UInt8] = []
  var offsets: [Int32] = []
  var wordStarts: [Int32] = []
  var wordEnds: [Int32] = []
  var capitalization: [FoldedText.Capitalization] = []

  init(capacity: Int) {
    key.reserveCapacity(capacity + 16)
    offsets.reserveCapacity(capacity + 17)
  }

  @inline(__always)
  mutating func append(_ bytes: some Collection<UInt8>, from offset: Int32) {
    key.append(contentsOf: bytes)
    for _ in 0..<bytes.count { offsets.append(offset) }
  }

  mutating func beginWord() { wordStarts.append(Int32(key.count)) }

  /// Repairs the folded word begun last when it mixes Latin and Cyrillic look-alikes. Works on
  /// the key rather than the source so that folding a key again gives the same key.
  mutating func repairLastWord() {
    guard let start = wordStarts.last.map(Int.init) else { return }
    var scalars: [(Unicode.Scalar, Int32)] = []
    var index = start
    while index < key.count {
      let (scalar, length) = key.withUnsafeBufferPointer { Folder.decode($0, at: index) }
      scalars.append((scalar, offsets[index]))
      index += length
    }
    guard let repaired = MixedScriptRepair.folded.repairedScalars(scalars.map(\.0)) else { return }
    key.removeSubrange(start...)
    offsets.removeSubrange(start...)
    for (scalar, (_, offset)) in zip(repaired, scalars) {
      UTF8.encode(scalar) {
        key.append($0)
        offsets.append(offset)
      }
    }
  }

  mutating func endWord(_ capitalization: FoldedText.Capitalization) {
    wordEnds.append(Int32(key.count))
    self.capitalization.append(capitalization)
  }
}

/// Accumulates the case of a word's letters.
struct CapitalizationTracker {
  private var first: FoldTable.CaseKind?
  private var upper = 0
  private var lower = 0

  mutating func add(_ kind: FoldTable.CaseKind) {
    guard kind != .uncased else { return }
    if first == nil { first = kind }
    if kind == .upper { upper += 1 } else { lower += 1 }
  }

  var result: FoldedText.Capitalization {
    guard let first else { return .lower }
    if first == .lower { return upper > 0 ? .mixed : .lower }
    return lower == 0 ? .upper : .title
  }
}
