/// A problem found in a glossary file: an error (the file or entry cannot be used as written) or
/// a warning (usable, probably not what was meant), with its position.
///
///     diagnostic.description  // "names.csv:12:3: error: duplicate id 'per-abai' (first at line 4)"
public struct GlossaryDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  public var severity: Severity
  public var code: Code
  public var location: SourceLocation
  public var message: String

  public enum Severity: String, Hashable, Sendable {
    case error, warning
  }

  /// What kind of problem it is, for programs and tests; `message` says it for people.
  public enum Code: String, Hashable, Sendable {
    case unreadable, invalidUTF8, unknownFormat, unwritable
    case malformedCSV, unknownColumn, duplicateColumn, missingColumn, extraField, emptyForm
    case malformedXML, unsafeXML, tooDeep, unsupportedTBX
    case missingID, duplicateID, noForms, badLanguageTag, unknownKind
    case ambiguousForm, onlyDeprecated, missingFields, unknownStatus
  }

  public init(_ severity: Severity, _ code: Code, at location: SourceLocation, _ message: String) {
    self.severity = severity
    self.code = code
    self.location = location
    self.message = message
  }

  public static func error(_ code: Code, at location: SourceLocation, _ message: String) -> Self {
    Self(.error, code, at: location, message)
  }

  public static func warning(_ code: Code, at location: SourceLocation, _ message: String) -> Self {
    Self(.warning, code, at: location, message)
  }

  public var isError: Bool { severity == .error }

  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
