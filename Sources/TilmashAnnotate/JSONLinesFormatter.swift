import Synchronization
import TilmashGlossary
import TilmashText

/// One JSON object per document and line:
/// `{"document", "language", "annotations": [{"start", "end", "byteStart", "byteEnd", "text",
/// "kind", "id", "form", "formLanguage", "preferred", "deprecated", "partial"}]}`, or
/// `{"document", "error"}` for a document that failed.
public final class JSONLinesFormatter: DocumentFormatter {
  public let glossary: Glossary
  public var fileExtension: String { "jsonl" }
  /// Per entry found so far, its `"kind"` and `"id"` members and its `"preferred"` member,
  /// encoded the first time the entry is found: most entries of a large glossary never are.
  private let entryMembers: Mutex<[EntryMembers?]>

  private struct EntryMembers: Sendable {
    var kindAndID: [UInt8]
    var preferred: [UInt8]
  }

  /// The members' names, encoded once.
  private enum Keys {
    static let start = JSONWriter.Key("start")
    static let end = JSONWriter.Key("end")
    static let byteStart = JSONWriter.Key("byteStart")
    static let byteEnd = JSONWriter.Key("byteEnd")
    static let text = JSONWriter.Key("text")
    static let form = JSONWriter.Key("form")
    static let formLanguage = JSONWriter.Key("formLanguage")
    static let deprecated = JSONWriter.Key("deprecated")
    static let partial = JSONWriter.Key("partial")
  }

  public init(glossary: Glossary) {
    self.glossary = glossary
    self.entryMembers = Mutex(Array(repeating: nil, count: glossary.entries.count))
  }

  /// The members of each annotation's entry, under one lock per document rather than one per
  /// annotation: documents are rendered on every worker thread.
  private func members(of annotations: [Annotation]) -> [EntryMembers] {
    entryMembers.withLock { cache in
      annotations.map { annotation in
        if let cached = cache[annotation.entry] { return cached }
        let members = encodedMembers(of: glossary.entries[annotation.entry])
        cache[annotation.entry] = members
        return members
      }
    }
  }

  private func encodedMembers(of entry: Entry) -> EntryMembers {
    var kindAndID = JSONWriter()
    kindAndID.beginObject()
    kindAndID.field("kind", entry.kind.rawValue)
    kindAndID.field("id", entry.id)
    var preferred = JSONWriter()
    preferred.beginObject()
    preferred.field("preferred", entry.preferredForms)
    return EntryMembers(kindAndID: Array(kindAndID.bytes.dropFirst()), preferred: Array(preferred.bytes.dropFirst()))
  }

  public func render(_ document: AnnotatedDocument) -> [UInt8] {
    var json = JSONWriter()
    if case .success(let success) = document.result {
      // About what an annotation takes, so that the buffer grows once.
      json.reserveCapacity(256 + 320 * success.annotations.count)
    }
    json.beginObject()
    json.field("document", document.name)
    switch document.result {
    case .failure(let error):
      json.field("error", error.description)
    case .success(let success):
      json.field("language", success.language.rawValue)
      json.key("annotations")
      json.beginArray()
      for (annotation, members) in zip(success.annotations, members(of: success.annotations)) {
        json.beginObject()
        json.field(Keys.start, annotation.scalarRange.lowerBound)
        json.field(Keys.end, annotation.scalarRange.upperBound)
        json.field(Keys.byteStart, annotation.byteRange.lowerBound)
        json.field(Keys.byteEnd, annotation.byteRange.upperBound)
        json.field(Keys.text, annotation.text)
        json.raw(members.kindAndID)
        json.field(Keys.form, annotation.form)
        json.field(Keys.formLanguage, annotation.formLanguage)
        json.raw(members.preferred)
        json.field(Keys.deprecated, annotation.isDeprecated)
        json.field(Keys.partial, annotation.isPartial)
        json.endObject()
      }
      json.endArray()
    }
    json.endObject()
    json.newline()
    return json.bytes
  }
}
