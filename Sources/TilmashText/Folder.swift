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
    let asciiWordByte = table.asciiWordByte
    let asciiLower = table.asciiLower
    while index < count {
      let byte = source[index]
      if byte < 0x80 {
        if asciiWordByte[Int(byte)] == 0 {
          // ASCII outside words: spaces, punctuation, the ASCII apostrophe.
          state.append(byte, from: Int32(index))
          index += 1
          continue
        }
        // The fast path: a word of ASCII letters and digits, not followed by a non-ASCII
        // scalar (which might continue the word or combine with its last letter).
        var end = index + 1
        while end < count, source[end] < 0x80, asciiWordByte[Int(source[end])] != 0 { end += 1 }
        if end == count || source[end] < 0x80 {
          state.beginWord()
          var capitalization = CapitalizationTracker()
          for position in index..<end {
            let letter = source[position]
            let lower = asciiLower[Int(letter)]
            if letter &- 0x41 < 26 {
              capitalization.add(.upper)
            } else if letter &- 0x61 < 26 {
              capitalization.add(.lower)
            }
            if lower != 0 {
              state.append(lower, from: Int32(position))
            } else {
              if let folded = table.folded(Unicode.Scalar(letter)) { state.append(folded, from: Int32(position)) }
            }
          }
          state.endWord(capitalization.result)
          index = end
          continue
        }
      }
      let (first, firstLength) = Self.decode(source, at: index)
      if !table.isWordScalar(first) {
        appendSegment(startingWith: first, at: index, length: firstLength, source, &state, &index)
        continue
      }
      // A word: fold it scalar by scalar, noting its scripts and capitalization; a word that
      // mixes Latin and Cyrillic is repaired on the key once it is complete.
      state.beginWord()
      var capitalization = CapitalizationTracker()
      var hasLatin = false
      var hasCyrillic = false
      var position = index
      var scalar = first
      var length = firstLength
      while true {
        capitalization.add(table.caseKind(scalar))
        switch table.script(scalar) {
        case .latin: hasLatin = true
        case .cyrillic: hasCyrillic = true
        default: break
        }
        var nextPosition = position + length
        var next: (Unicode.Scalar, Int)? = nextPosition < count ? Self.decode(source, at: nextPosition) : nil
        if next.map({ table.hasBoundaryBefore($0.0) }) ?? true, let folded = table.folded(scalar) {
          state.append(folded, from: Int32(position))
        } else {
          // A segment of a starter and the marks that combine with it goes through ICU.
          var segment = [scalar]
          while let (mark, markLength) = next, !table.hasBoundaryBefore(mark) {
            segment.append(mark)
            capitalization.add(table.caseKind(mark))
            nextPosition += markLength
            next = nextPosition < count ? Self.decode(source, at: nextPosition) : nil
          }
          state.append(table.foldSegment(segment), from: Int32(position))
        }
        position = nextPosition
        guard let (following, followingLength) = next, table.isWordScalar(following) else { break }
        scalar = following
        length = followingLength
      }
      if repairsMixedScript, hasLatin, hasCyrillic { state.repairLastWord() }
      state.endWord(capitalization.result)
      index = position
    }
    return state.finish(sourceLength: count)
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

/// The growing key, its offset map and its words. The key and the map grow in buffers of their
/// own rather than arrays: the hot loop appends a byte at a time, and an array would check its
/// uniqueness on every append.
private struct FoldState: ~Copyable {
  private var keyBuffer: UnsafeMutablePointer<UInt8>
  private var offsetBuffer: UnsafeMutablePointer<Int32>
  private(set) var count = 0
  private var capacity: Int
  var wordStarts: [Int32] = []
  var wordEnds: [Int32] = []
  var capitalization: [FoldedText.Capitalization] = []

  init(capacity: Int) {
    self.capacity = max(capacity + capacity / 8 + 16, 32)
    keyBuffer = .allocate(capacity: self.capacity)
    offsetBuffer = .allocate(capacity: self.capacity + 1)
  }

  deinit {
    keyBuffer.deallocate()
    offsetBuffer.deallocate()
  }

  @inline(__always)
  mutating func append(_ byte: UInt8, from offset: Int32) {
    if count == capacity { grow() }
    keyBuffer[count] = byte
    offsetBuffer[count] = offset
    count += 1
  }

  @inline(__always)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int32) {
    for byte in bytes { append(byte, from: offset) }
  }

  mutating func append(_ bytes: [UInt8], from offset: Int32) {
    bytes.withUnsafeBufferPointer { append($0, from: offset) }
  }

  private mutating func grow() {
    let newCapacity = capacity * 2
    let newKey = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    let newOffsets = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity + 1)
    newKey.update(from: keyBuffer, count: count)
    newOffsets.update(from: offsetBuffer, count: count)
    keyBuffer.deallocate()
    offsetBuffer.deallocate()
    keyBuffer = newKey
    offsetBuffer = newOffsets
    capacity = newCapacity
  }

  mutating func beginWord() { wordStarts.append(Int32(count)) }

  mutating func endWord(_ capitalization: FoldedText.Capitalization) {
    wordEnds.append(Int32(count))
    self.capitalization.append(capitalization)
  }

  /// Repairs the folded word begun last when it mixes Latin and Cyrillic look-alikes. Works on
  /// the key rather than the source so that folding a key again gives the same key.
  mutating func repairLastWord() {
    guard let start = wordStarts.last.map(Int.init) else { return }
    var scalars: [(Unicode.Scalar, Int32)] = []
    var index = start
    let key = UnsafeBufferPointer(start: keyBuffer, count: count)
    while index < count {
      let (scalar, length) = Folder.decode(key, at: index)
      scalars.append((scalar, offsetBuffer[index]))
      index += length
    }
    guard let repaired = MixedScriptRepair.folded.repairedScalars(scalars.map(\.0)) else { return }
    count = start
    for (scalar, (_, offset)) in zip(repaired, scalars) {
      UTF8.encode(scalar) { append($0, from: offset) }
    }
  }

  /// The finished text; `sourceLength` closes the offset map.
  consuming func finish(sourceLength: Int) -> FoldedText {
    offsetBuffer[count] = Int32(sourceLength)
    return FoldedText(
      key: Array(UnsafeBufferPointer(start: keyBuffer, count: count)),
      sourceOffsets: Array(UnsafeBufferPointer(start: offsetBuffer, count: count + 1)),
      wordStarts: wordStarts, wordEnds: wordEnds, wordCapitalization: capitalization)
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
