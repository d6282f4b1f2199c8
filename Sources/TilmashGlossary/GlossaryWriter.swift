/// Writes glossaries as CSV, TSV or TBX-Basic.
///
/// The output reads back to the same entries (ids, kinds, domains, definitions, notes, sources,
/// and every written form with its status, in order); forms derived by Tilmash are left out.
public enum GlossaryWriter {
  public static func bytes(_ glossary: Glossary, format: GlossaryFormat) -> [UInt8] {
    switch format {
    case .csv: DelimitedGlossaryWriter(separator: 0x2C).bytes(glossary)
    case .tsv: DelimitedGlossaryWriter(separator: 0x09).bytes(glossary)
    case .tbx: TBXGlossaryWriter().bytes(glossary)
    }
  }

  /// Writes `glossary` to `path` atomically (see `AtomicFile`).
  public static func write(_ glossary: Glossary, to path: String, format: GlossaryFormat) throws(GlossaryDiagnostic) {
    do {
      try AtomicFile.write(bytes(glossary, format: format), to: path)
    } catch {
      throw .error(.unwritable, at: SourceLocation(file: path, line: 1), error.description)
    }
  }
}
