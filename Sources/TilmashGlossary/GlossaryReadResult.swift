/// What reading a glossary file gave: the entries that could be read, and every problem found.
public struct GlossaryReadResult: Sendable {
  public var glossary: Glossary
  public var diagnostics: [GlossaryDiagnostic]

  public init(glossary: Glossary = Glossary(), diagnostics: [GlossaryDiagnostic] = []) {
    self.glossary = glossary
    self.diagnostics = diagnostics
  }

  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { diagnostics.contains { $0.isError } }

  public var errors: [GlossaryDiagnostic] { diagnostics.filter(\.isError) }
}
