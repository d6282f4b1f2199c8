/// An original text and the edits made to it so far, as a list of pieces: runs of original
/// bytes and replacements, each replacement knowing which original bytes it stands for.
///
/// Stages see the current text; `apply(_:)` maps their edits back to the original, merging an
/// edit with earlier replacements it touches, so that the final edits all refer to the input
/// and every byte outside them is the input's own.
///
///     var edited = EditedText("Nazarbaev'e")
///     edited.apply([Edit(range: 0..<9, replacement: "Nazarbayev", rule: .name)])
///     edited.text   // "Nazarbayev'e"
///     edited.edits  // [0..<9 -> "Nazarbayev"]
///
/// - Complexity: `apply` is O(p + e) for p pieces and e edits, plus the length of the text.
public struct EditedText: Sendable {
  enum Piece: Sendable, Equatable {
    case original(Range<Int>)
    case replaced(origin: Range<Int>, bytes: [UInt8], rule: EditRule, entryID: String?)

    var length: Int {
      switch self {
      case .original(let range): range.count
      case .replaced(_, let bytes, _, _): bytes.count
      }
    }

    var origin: Range<Int> {
      switch self {
      case .original(let range): range
      case .replaced(let origin, _, _, _): origin
      }
    }
  }

  /// The input, as given.
  public let original: [UInt8]
  private(set) var pieces: [Piece]
  /// The current text's bytes.
  public private(set) var bytes: [UInt8]

  public init(_ text: String) {
    self.init(bytes: Array(text.utf8))
  }

  /// `bytes` must be valid UTF-8.
  public init(bytes: [UInt8]) {
    original = bytes
    pieces = bytes.isEmpty ? [] : [.original(0..<bytes.count)]
    self.bytes = bytes
  }

  /// The current text.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Applies edits of the current text (sorted, non-overlapping).
  public mutating func apply(_ edits: [Edit]) {
    guard !edits.isEmpty else { return }
    var result: [Piece] = []
    var pieceIndex = 0
    var pieceStart = 0  // offset of pieces[pieceIndex] in the current text
    // Splits off the part of pending pieces that lies before `offset` into `result`.
    func copy(upTo offset: Int) {
      while pieceIndex < pieces.count {
        let piece = pieces[pieceIndex]
        let end = pieceStart + piece.length
        if end <= offset {
          result.append(piece)
          pieceIndex += 1
          pieceStart = end
          continue
        }
        if pieceStart < offset, case .original(let range) = piece {
          let cut = range.lowerBound + (offset - pieceStart)
          result.append(.original(range.lowerBound..<cut))
          pieces[pieceIndex] = .original(cut..<range.upperBound)
          pieceStart = offset
        }
        return
      }
    }
    for edit in edits {
      let (a, b) = (edit.range.lowerBound, edit.range.upperBound)
      copy(upTo: a)
      var prefix: [UInt8] = []
      var suffix: [UInt8] = []
      var origin: Range<Int>?
      var rule = edit.rule
      var entryID = edit.entryID
      func absorb(_ range: Range<Int>) {
        origin = origin.map { min($0.lowerBound, range.lowerBound)..<max($0.upperBound, range.upperBound) } ?? range
      }
      // The pieces the edit touches; a replacement it cuts into is absorbed whole.
      while pieceIndex < pieces.count, pieceStart < b {
        let piece = pieces[pieceIndex]
        let end = pieceStart + piece.length
        switch piece {
        case .replaced(let pieceOrigin, let replaced, let pieceRule, let pieceEntry):
          if pieceStart < a { prefix = Array(replaced[0..<(a - pieceStart)]) }
          if end > b { suffix = Array(replaced[(b - pieceStart)...]) }
          absorb(pieceOrigin)
          if pieceRule.strength > rule.strength { rule = pieceRule }
          if entryID == nil { entryID = pieceEntry }
          pieceIndex += 1
          pieceStart = end
        case .original(let range):
          if end <= b {
            absorb(range)
            pieceIndex += 1
            pieceStart = end
          } else {
            let cut = range.lowerBound + (b - pieceStart)
            absorb(range.lowerBound..<cut)
            pieces[pieceIndex] = .original(cut..<range.upperBound)
            pieceStart = b
          }
        }
        if pieceStart >= b { break }
      }
      let at = result.last?.origin.upperBound ?? 0
      result.append(
        .replaced(
          origin: origin ?? at..<at, bytes: prefix + Array(edit.replacement.utf8) + suffix, rule: rule,
          entryID: entryID))
    }
    while pieceIndex < pieces.count {
      result.append(pieces[pieceIndex])
      pieceIndex += 1
    }
    pieces = result
    bytes = []
    bytes.reserveCapacity(original.count)
    for piece in pieces {
      switch piece {
      case .original(let range): bytes += original[range]
      case .replaced(_, let replacement, _, _): bytes += replacement
      }
    }
  }

  /// The edits of the original that give the current text, sorted; a replacement that gives
  /// back the original bytes is no edit.
  public var edits: [Edit] {
    var result: [Edit] = []
    for piece in pieces {
      guard case .replaced(let origin, let replacement, let rule, let entryID) = piece,
        !original[origin].elementsEqual(replacement)
      else { continue }
      result.append(
        Edit(range: origin, replacement: String(decoding: replacement, as: UTF8.self), rule: rule, entryID: entryID))
    }
    return result
  }

  /// The original range behind a range of the current text: a range inside a replacement
  /// stands for the replacement's whole origin.
  public func originalRange(of range: Range<Int>) -> Range<Int> {
    var lower = original.count
    var upper = original.count
    var start = 0
    var foundLower = false
    for piece in pieces {
      let end = start + piece.length
      if !foundLower, range.lowerBound < end {
        foundLower = true
        if case .original(let r) = piece { lower = r.lowerBound + (range.lowerBound - start) } else { lower = piece.origin.lowerBound }
      }
      if range.upperBound <= end, range.upperBound > start || range.upperBound == 0 {
        if case .original(let r) = piece { upper = r.lowerBound + (range.upperBound - start) } else { upper = piece.origin.upperBound }
        break
      }
      start = end
    }
    if !foundLower { lower = upper }
    return min(lower, upper)..<upper
  }
}
