import TilmashGlossary

/// Counts over a batch, for the closing summary line.
public struct BatchSummary: Sendable {
  public private(set) var documents = 0
  public private(set) var bytes = 0
  public private(set) var failures = 0
  /// Matches per entry type, in `EntryKind.allCases` order.
  private var counts = [Int](repeating: 0, count: EntryKind.allCases.count)
  public var matchesByKind: [EntryKind: Int] {
    Dictionary(uniqueKeysWithValues: zip(EntryKind.allCases, counts).filter { $0.1 > 0 })
  }
  /// Outputs that could not be written.
  public private(set) var writeFailures = 0

  public init() {}

  public mutating func add(_ document: AnnotatedDocument, glossary: Glossary) {
    documents += 1
    bytes += document.byteCount
    switch document.result {
    case .failure: failures += 1
    case .success(let success):
      glossary.entries.withUnsafeBufferPointer { entries in
        for annotation in success.annotations { counts[entries[annotation.entry].kind.ordinal] += 1 }
      }
    }
  }

  public mutating func noteWriteFailure() { writeFailures += 1 }

  public var matches: Int { counts.reduce(0, +) }

  /// `3 documents, 9,215 bytes, 41 matches (25 term, 9 person, 7 place), 0 failures, 0.12 s`
  public func line(seconds: Double) -> String {
    let kinds = zip(EntryKind.allCases, counts).filter { $0.1 > 0 }.map { "\($1) \($0.rawValue)" }
    let breakdown = kinds.isEmpty ? "" : " (" + kinds.joined(separator: ", ") + ")"
    let time = (seconds * 100).rounded() / 100
    return "\(documents) document\(documents == 1 ? "" : "s"), \(bytes) bytes, \(matches) matches\(breakdown), "
      + "\(failures) failure\(failures == 1 ? "" : "s"), \(time) s"
  }
}
