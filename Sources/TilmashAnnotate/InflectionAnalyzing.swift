/// Tells whether a folded word is an inflected form of a known stem (see Guides/Inflection.md).
public protocol InflectionAnalyzing: Sendable {
  /// The length of the surface stem in `word`, and the stem in dictionary form that
  /// `isKnownStem` accepted, when `word` is a known stem followed by a valid suffix chain.
  func inflection(
    of word: UnsafeBufferPointer<UInt8>, isKnownStem: (UnsafeBufferPointer<UInt8>) -> Bool
  ) -> (surfaceStemLength: Int, stem: [UInt8])?
}
