import Foundation

/// Reads glossary files in any `GlossaryFormat`.
///
///     let result = GlossaryReader.read(path: "Glossaries/names.csv")
///     for problem in result.diagnostics { print(problem) }  // "names.csv:3:1: error: ..."
///
/// Reading never throws: problems come back as located diagnostics, together with the entries
/// that could be read. Inputs are never modified.
public enum GlossaryReader {
  /// Reads the file at `path`, in `format` or the one its extension names.
  public static func read(path: String, format: GlossaryFormat? = nil) -> GlossaryReadResult {
    guard let format = format ?? GlossaryFormat(path: path) else {
      return GlossaryReadResult(diagnostics: [
        .error(.unknownFormat, at: SourceLocation(file: path, line: 1), "unknown glossary format: use a .csv, .tsv or .tbx file, or --format")
      ])
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      let reason = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
      return GlossaryReadResult(diagnostics: [.error(.unreadable, at: SourceLocation(file: path, line: 1), reason)])
    }
    return read(bytes: [UInt8](data), file: path, format: format)
  }

  /// Reads `bytes`; `file` names them in diagnostics and entry locations.
  public static func read(bytes: [UInt8], file: String, format: GlossaryFormat) -> GlossaryReadResult {
    switch format {
    case .csv, .tsv:
      let reader = DelimitedGlossaryReader(file: file, separator: format == .csv ? 0x2C : 0x09)
      return bytes.withUnsafeBufferPointer { reader.read($0) }
    case .tbx:
      return TBXGlossaryReader(file: file).read(bytes)
    }
  }

  /// Reads `text` (tests and embedded glossaries).
  public static func read(text: String, file: String, format: GlossaryFormat) -> GlossaryReadResult {
    read(bytes: Array(text.utf8), file: file, format: format)
  }
}
