/// A form compiled for one document language: its words' keys and how it must appear.
struct MatchPattern: Sendable {
  var form: Int32
  var isName: Bool
  /// Bit i set: word i of the form is capitalized in the glossary, so a name matches only where
  /// the text capitalizes that word too.
  var capitalizedWords: UInt64
  /// Bit i set: word i is an acronym in the glossary (NATO, ТМҰ), so the text must write it in
  /// capitals too: `It` is not `İİT`.
  var acronymWords: UInt64
  var wordCount: Int
}
