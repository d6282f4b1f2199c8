/// The file formats of glossaries.
public enum GlossaryFormat: String, CaseIterable, Sendable {
  /// Comma-separated values, RFC 4180, UTF-8, with a header row.
  case csv
  /// Tab-separated values: the CSV rules with a tab as the separator.
  case tsv
  /// TermBase eXchange: TBX-Basic (TBX v3) is read and written, TBX 2008 (`martif`) is read.
  case tbx

  /// The format named by a file's extension (`.csv`, `.tsv`/`.tab`, `.tbx`/`.xml`), any case.
  public init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    switch path[path.index(after: dot)...].lowercased() {
    case "csv": self = .csv
    case "tsv", "tab": self = .tsv
    case "tbx", "xml": self = .tbx
    default: return nil
    }
  }
}
