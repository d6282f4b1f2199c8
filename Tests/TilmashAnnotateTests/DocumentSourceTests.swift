import Foundation
import Testing
import TilmashTestSupport

@testable import TilmashAnnotate

struct DocumentSourceTests {
  @Test func readsAWholeFile() throws {
    let path = try TilmashProcess.temporaryFile(Array("Astana\r\n\u{0}".utf8), name: "a.txt")
    #expect(try DocumentSource.readFile(path, maxSize: 100).get() == Array("Astana\r\n\u{0}".utf8))
  }

  @Test func refusesWhatItCannotRead() throws {
    let directory = try TilmashProcess.temporaryDirectory()
    #expect(DocumentSource.readFile(directory.path(), maxSize: 100) == .failure(.unreadable(reason: "not a regular file")))
    #expect(DocumentSource.readFile("/nonexistent/x.txt", maxSize: 100) == .failure(.unreadable(reason: "no such file")))
    let big = try TilmashProcess.temporaryFile([UInt8](repeating: 0x61, count: 300), name: "big.txt")
    #expect(DocumentSource.readFile(big, maxSize: 100) == .failure(.tooLarge(size: 300, limit: 100)))
  }
}
