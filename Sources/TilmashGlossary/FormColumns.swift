import TilmashText

/// The columns every serialized list of forms starts with: each form's entry, text, language
/// and status. The matcher's forms and the lookup index's share them, then add their own.
public struct FormColumns: Sendable {
  public var entries: [Int32]
  public var texts: [String]
  public var languages: [String]
  public var statuses: [FormStatus]

  public var count: Int { entries.count }

  /// Writes the columns of forms given as (entry, text, language, status).
  public static func write(
    _ forms: some Collection<(entry: Int, text: String, language: String, status: FormStatus)>, to writer: inout BinaryWriter
  ) {
    writer.append(forms.map { Int32($0.entry) })
    writer.append(strings: forms.lazy.map(\.text))
    writer.append(interned: forms.lazy.map(\.language))
    writer.append(forms.map { Int32(FormStatus.allCases.firstIndex(of: $0.status) ?? 0) })
  }

  /// Reads the columns `write(_:to:)` wrote, checking that every entry is below `entryCount`
  /// and every column has one value per form.
  public init(reading reader: inout BinaryReader, entryCount: Int) throws(BinaryFormatError) {
    entries = try reader.indices(below: entryCount, of: "a form's entry")
    texts = try reader.strings(count: entries.count)
    languages = try reader.internedStrings(count: entries.count)
    statuses = try reader.indices(below: FormStatus.allCases.count, count: entries.count, of: "a form's status").map {
      FormStatus.allCases[Int($0)]
    }
  }
}
