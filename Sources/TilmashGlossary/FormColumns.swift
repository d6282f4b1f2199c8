import TilmashText

/// The columns every serialized list of forms starts with: each form's entry, text, language
/// and status, and one flag of the owner's (the matcher's forms: partial; the lookup index's:
/// derived). The two share them, then add their own.
public struct FormColumns: Sendable {
  public var entries: [Int32]
  public var texts: [String]
  public var languages: [String]
  public var statuses: [FormStatus]
  public var flags: [Bool]

  public var count: Int { entries.count }
  /// Where the entry column starts in the bytes read, for errors about entries found later.
  public let entriesOffset: Int

  /// Writes the columns of forms given as (entry, text, language, status, flag).
  public static func write(
    _ forms: some Collection<(entry: Int, text: String, language: String, status: FormStatus, flag: Bool)>,
    to writer: inout BinaryWriter
  ) {
    writer.append(forms.map { Int32($0.entry) })
    writer.append(strings: forms.lazy.map(\.text))
    writer.append(interned: forms.lazy.map(\.language))
    writer.append(forms.map { Int32(FormStatus.allCases.firstIndex(of: $0.status) ?? 0) })
    writer.append(forms.map { UInt8($0.flag ? 1 : 0) })
  }

  /// Reads the columns `write(_:to:)` wrote, checking that every column has one value per
  /// form. They are read before the glossary is, so whether the entries are the glossary's is
  /// checked once it is there (`checkEntries(below:)`).
  public init(reading reader: inout BinaryReader) throws(BinaryFormatError) {
    entriesOffset = reader.offset
    entries = try reader.indices(below: Int(Int32.max), of: "a form's entry")
    texts = try reader.strings(count: entries.count)
    languages = try reader.internedStrings(count: entries.count)
    statuses = try reader.indices(below: FormStatus.allCases.count, count: entries.count, of: "a form's status").map {
      FormStatus.allCases[Int($0)]
    }
    let flags = try reader.array(of: UInt8.self)
    guard flags.count == entries.count else { throw reader.failure("the forms' columns differ in length") }
    self.flags = flags.map { $0 != 0 }
  }

  /// Checks that the forms name the entries of a glossary of `entryCount` entries, which is
  /// known only once the glossary is read: the error is placed where the entry column starts.
  public func checkEntries(below entryCount: Int) throws(BinaryFormatError) {
    if let largest = entries.max(), Int(largest) >= entryCount {
      throw BinaryFormatError(
        byteOffset: entriesOffset, message: "a form names entry \(largest), beyond the glossary's \(entryCount)")
    }
  }
}
