/// The standing of one form of an entry in one language.
public enum FormStatus: String, CaseIterable, Codable, Sendable {
  /// The form to use: the first form of a language.
  case preferred
  /// Acceptable: recognized and suggested after the preferred form.
  case admitted
  /// Known and recognized in text, flagged, never suggested.
  case deprecated
}
