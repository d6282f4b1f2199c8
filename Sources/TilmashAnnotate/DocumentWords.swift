import TilmashText

/// The words of one folded document as the matcher's walks read them: raw buffers, so that the
/// per-word loop does no reference counting or copying.
struct DocumentWords {
  let key: UnsafeBufferPointer<UInt8>
  let starts: UnsafeBufferPointer<Int32>
  let ends: UnsafeBufferPointer<Int32>
  let capitalization: UnsafeBufferPointer<FoldedText.Capitalization>

  var count: Int { starts.count }

  /// The key bytes of word `word`.
  @inline(__always)
  func bytes(_ word: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: key[Int(starts[word])..<Int(ends[word])])
  }

  /// Whether word `word` and the next one are joined as a phrase's words are: only spaces, tabs,
  /// line breaks and hyphens (- ‐ ‑ and the no-break space) between them; anything else (a
  /// comma, a full stop, an apostrophe) ends the phrase.
  @inline(__always)
  func continuesPhrase(after word: Int) -> Bool {
    guard word + 1 < count else { return false }
    let end = Int(starts[word + 1])
    var index = Int(ends[word])
    guard end > index else { return false }
    while index < end {
      switch key[index] {
      case 0x20, 0x09, 0x0A, 0x0D, 0x2D:
        index += 1
      case 0xC2 where index + 1 < end && key[index + 1] == 0xA0:
        index += 2
      case 0xE2 where index + 2 < end && key[index + 1] == 0x80 && (key[index + 2] == 0x90 || key[index + 2] == 0x91):
        index += 3
      default:
        return false
      }
    }
    return true
  }

  /// Calls `body` with the words of `folded`.
  static func with<Result>(_ folded: FoldedText, _ body: (DocumentWords) -> Result) -> Result {
    folded.key.withUnsafeBufferPointer { key in
      folded.wordStarts.withUnsafeBufferPointer { starts in
        folded.wordEnds.withUnsafeBufferPointer { ends in
          folded.wordCapitalization.withUnsafeBufferPointer { capitalization in
            body(DocumentWords(key: key, starts: starts, ends: ends, capitalization: capitalization))
          }
        }
      }
    }
  }
}
