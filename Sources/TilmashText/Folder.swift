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
    fold(utf8: source, into: &state)
    return state.finish(sourceLength: source.count)
  }

  /// Folds `text(0)` to `text(count - 1)` in turn into one set of buffers and calls `body` with
  /// each position and a view of its result, valid only during the call: for the hundreds of
  /// thousands of short glossary forms a matcher is built from, where a `FoldedText` per form
  /// would cost more in allocation than the folding itself.
  public func foldEach(count: Int, text: (Int) -> String, _ body: (Int, FoldedView) -> Void) {
    var state = FoldState(capacity: 256)
    for position in 0..<count {
      state.reset()
      var text = text(position)
      text.withUTF8 { fold(utf8: $0, into: &state) }
      state.withView { body(position, $0) }
    }
  }

  private func fold(utf8 source: UnsafeBufferPointer<UInt8>, into state: inout FoldState) {
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
          // No ASCII letter folds to more than two bytes (I to ı under Turkic rules).
          state.reserve(2 * (end - index))
          var capitalization = CapitalizationTracker()
          for position in index..<end {
            let letter = source[position]
            let lower = asciiLower[Int(letter)]
            capitalization.add(bit: letter &- 0x41 < 26 ? 1 : letter &- 0x61 < 26 ? 2 : 0)
            if lower != 0 {
              state.appendReserved(lower, from: Int32(position))
            } else {
              let info = table.info(UInt32(letter))
              state.appendReserved(packed: info.foldedBytes, length: info.foldedCount, from: Int32(position))
            }
          }
          state.endWord(capitalization.result)
          index = end
          continue
        }
      }
      var (value, length) = UTF8Scalar.decodeValue(source, at: index)
      var info = table.info(value)
      if !info.isWord {
        appendSegment(startingWith: value, info, at: index, length: length, source, &state, &index)
        continue
      }
      // A word: fold it scalar by scalar, noting its scripts and capitalization; a word that
      // mixes Latin and Cyrillic is repaired on the key once it is complete. Each scalar is
      // decoded and looked up once: as the next one, then as the current one.
      state.beginWord()
      var capitalization = CapitalizationTracker()
      var scripts: UInt64 = 0
      var position = index
      while true {
        capitalization.add(bit: info.caseBit)
        scripts |= info.bits
        var nextPosition = position + length
        var next = (value: UInt32(0), length: 0)
        var nextInfo = ScalarInfo.end
        if nextPosition < count {
          next = UTF8Scalar.decodeValue(source, at: nextPosition)
          nextInfo = table.info(next.value)
        }
        if nextInfo.hasBoundaryBefore, info.hasInlineKey {
          state.reserve(8)
          state.appendReserved(packed: info.foldedBytes, length: info.foldedCount, from: Int32(position))
        } else if nextInfo.hasBoundaryBefore, let folded = table.folded(Self.scalar(value)) {
          state.append(folded, from: Int32(position))
        } else {
          // A segment of a starter and the marks that combine with it goes through ICU.
          var segment = [Self.scalar(value)]
          while !nextInfo.hasBoundaryBefore {
            segment.append(Self.scalar(next.value))
            capitalization.add(bit: nextInfo.caseBit)
            nextPosition += next.length
            if nextPosition < count {
              next = UTF8Scalar.decodeValue(source, at: nextPosition)
              nextInfo = table.info(next.value)
            } else {
              nextInfo = .end
            }
          }
          state.append(table.foldSegment(segment), from: Int32(position))
        }
        position = nextPosition
        guard nextInfo.isWord else { break }
        (value, length) = next
        info = nextInfo
      }
      let mixed = ScalarInfo.latinBit | ScalarInfo.cyrillicBit
      if repairsMixedScript, scripts & mixed == mixed { state.repairLastWord() }
      state.endWord(capitalization.result)
      index = position
    }
  }

  @inline(__always)
  private static func scalar(_ value: UInt32) -> Unicode.Scalar { Unicode.Scalar(value) ?? "\u{FFFD}" }

  /// Folds one non-word scalar and any marks that combine with it.
  private func appendSegment(
    startingWith value: UInt32, _ info: ScalarInfo, at start: Int, length: Int, _ source: UnsafeBufferPointer<UInt8>,
    _ state: inout FoldState, _ index: inout Int
  ) {
    var position = start + length
    if position == source.count || table.info(UTF8Scalar.decodeValue(source, at: position).value).hasBoundaryBefore {
      // The common case, a scalar alone (a dash, a quotation mark, a no-break space): no ICU.
      index = position
      if info.hasInlineKey {
        state.reserve(8)
        state.appendReserved(packed: info.foldedBytes, length: info.foldedCount, from: Int32(start))
        return
      }
      if let folded = table.folded(Self.scalar(value)) {
        state.append(folded, from: Int32(start))
        return
      }
    }
    var segment = [Self.scalar(value)]
    position = start + length
    while position < source.count {
      let (next, nextLength) = UTF8Scalar.decodeValue(source, at: position)
      if table.info(next).hasBoundaryBefore { break }
      segment.append(Self.scalar(next))
      position += nextLength
    }
    if segment.count == 1, let folded = table.folded(segment[0]) {
      state.append(folded, from: Int32(start))
    } else {
      state.append(table.foldSegment(segment), from: Int32(start))
    }
    index = position
  }
}
