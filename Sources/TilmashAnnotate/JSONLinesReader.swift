import Foundation
import TilmashText

/// Reads `{"id", "text"}` records, one JSON object per line, from a file handle as they come,
/// so that `tilmash annotate --input jsonl` works as a streaming worker. A line that is not such
/// an object becomes a record carrying the error; empty lines are skipped.
public struct JSONLinesReader: Sequence, IteratorProtocol, Sendable {
  private let handle: FileHandle
  private let name: String
  private var buffer: [UInt8] = []
  private var atEnd = false
  private var lineNumber = 0

  public init(handle: FileHandle, name: String) {
    self.handle = handle
    self.name = name
  }

  public mutating func next() -> DocumentSource? {
    while let line = nextLine() {
      lineNumber += 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      return record(line)
    }
    return nil
  }

  private func record(_ line: [UInt8]) -> DocumentSource {
    let fallbackName = "\(name):\(lineNumber)"
    if let error = UTF8Validation.firstError(in: line) {
      return .record(name: fallbackName, text: .failure(.invalidUTF8(byteOffset: error.byteOffset)))
    }
    guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
      return .record(name: fallbackName, text: .failure(.malformedRecord(line: lineNumber, reason: "not a JSON object")))
    }
    let id: String? =
      switch object["id"] {
      case let text as String: text
      case let number as NSNumber: number.stringValue
      default: nil
      }
    guard let id else {
      return .record(name: fallbackName, text: .failure(.malformedRecord(line: lineNumber, reason: "missing \"id\"")))
    }
    guard let text = object["text"] as? String else {
      return .record(name: id, text: .failure(.malformedRecord(line: lineNumber, reason: "missing \"text\" string")))
    }
    return .record(name: id, text: .success(text))
  }

  private mutating func nextLine() -> [UInt8]? {
    var searchFrom = 0
    while true {
      if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
        let line = Array(buffer[..<newline])
        buffer.removeSubrange(...newline)
        return line
      }
      searchFrom = buffer.count
      if atEnd {
        if buffer.isEmpty { return nil }
        defer { buffer.removeAll() }
        return buffer
      }
      let chunk = handle.availableData
      if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
    }
  }
}
