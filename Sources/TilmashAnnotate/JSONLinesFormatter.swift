import TilmashGlossary
import TilmashText

/// One JSON object per document and line:
/// `{"document", "language", "annotations": [{"start", "end", "byteStart", "byteEnd", "text",
/// "kind", "id", "form", "formLanguage", "preferred", "deprecated", "partial"}]}`, or
/// `{"document", "error"}` for a document that failed.
public struct JSONLinesFormatter: DocumentFormatter {
  public let glossary: Glossary
  public var fileExtension: String { "jsonl" }
  /// Per entry, its `"kind"` and `"id"` members and its `"preferred"` member, encoded once.
  private let entryMembers: [(kindAndID: [UInt8], preferred: [UInt8])]

  public init(glossary: Glossary) {
    self.glossary = glossary
    entryMembers = glossary.entries.map { entry in
      var kindAndID = JSONWriter()
      kindAndID.beginObject()
      kindAndID.field("kind", entry.kind.rawValue)
      kindAndID.field("id", entry.id)
      var preferred = JSONWriter()
      preferred.beginObject()
      preferred.field("preferred", entry.preferredForms)
      return (Array(kindAndID.bytes.dropFirst()), Array(preferred.bytes.dropFirst()))
    }
  }

  public func render(_ document: AnnotatedDocument) -> [UInt8] {
    var json = JSONWriter()
    json.beginObject()
    json.field("document", document.name)
    switch document.result {
    case .failure(let error):
      json.field("error", error.description)
    case .success(let success):
      json.field("language", success.language.rawValue)
      json.key("annotations")
      json.beginArray()
      for annotation in success.annotations {
        let members = entryMembers[annotation.entry]
        json.beginObject()
        json.field("start", annotation.scalarRange.lowerBound)
        json.field("end", annotation.scalarRange.upperBound)
        json.field("byteStart", annotation.byteRange.lowerBound)
        json.field("byteEnd", annotation.byteRange.upperBound)
        json.field("text", annotation.text)
        json.raw(members.kindAndID)
        json.field("form", annotation.form)
        json.field("formLanguage", annotation.formLanguage)
        json.raw(members.preferred)
        json.field("deprecated", annotation.isDeprecated)
        json.field("partial", annotation.isPartial)
        json.endObject()
      }
      json.endArray()
    }
    json.endObject()
    json.newline()
    return json.bytes
  }
}
