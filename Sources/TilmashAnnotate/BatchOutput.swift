import Foundation
import TilmashGlossary

/// Where annotated documents go: standard output in input order, or one file per document
/// under a directory that mirrors the inputs (written atomically), with `index.html` for HTML.
public final class BatchOutput {
  public let formatter: any DocumentFormatter
  public let directory: String?
  private var wroteHeader = false
  private var indexRows: [HTMLIndex.Row] = []
  private var pending: [UInt8] = []

  public init(formatter: any DocumentFormatter, directory: String?) {
    self.formatter = formatter
    self.directory = directory
  }

  /// The output path of a document under the output directory: its path relative to the input
  /// directory, with the format's extension added (`news/a.txt` -> `news/a.txt.html`).
  public func path(of document: AnnotatedDocument) -> String? {
    guard let directory else { return nil }
    let stem = document.outputStem.split(separator: "/").filter { $0 != ".." && $0 != "." }.joined(separator: "/")
    return (directory as NSString).appendingPathComponent(stem + "." + formatter.fileExtension)
  }

  /// Writes one document's output; throws when its file cannot be written.
  public func write(_ document: AnnotatedDocument) throws {
    let rendered = document.rendered ?? formatter.render(document)
    guard let path = path(of: document) else {
      if !wroteHeader {
        pending += formatter.header
        wroteHeader = true
      }
      pending += rendered
      if pending.count >= 1 << 16 { flush() }
      return
    }
    if formatter is HTMLFormatter, let directory {
      indexRows.append(HTMLIndex.Row(document, page: String(path.dropFirst(directory.count).drop { $0 == "/" })))
    }
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try AtomicFile.write(formatter.header + rendered, to: path)
  }

  /// Flushes standard output, and writes `index.html` for an HTML batch under a directory.
  public func finish() throws {
    flush()
    if let directory, formatter is HTMLFormatter {
      try AtomicFile.write(HTMLIndex.render(indexRows), to: (directory as NSString).appendingPathComponent("index.html"))
    }
  }

  private func flush() {
    guard !pending.isEmpty else { return }
    FileHandle.standardOutput.write(Data(pending))
    pending.removeAll(keepingCapacity: true)
  }
}
