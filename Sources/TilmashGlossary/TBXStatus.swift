/// The TBX `administrativeStatus` picklist values that Tilmash reads and writes.
enum TBXStatus {
  static func status(_ value: String) -> FormStatus? {
    switch value.trimmingWhitespace() {
    case "preferredTerm-admn-sts", "preferred": .preferred
    case "admittedTerm-admn-sts", "admitted", "standardizedTerm-admn-sts": .admitted
    case "deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "deprecated", "superseded": .deprecated
    default: nil
    }
  }

  static func value(_ status: FormStatus) -> String {
    switch status {
    case .preferred: "preferredTerm-admn-sts"
    case .admitted: "admittedTerm-admn-sts"
    case .deprecated: "deprecatedTerm-admn-sts"
    }
  }

  /// The concept-level note that carries the entry's kind: `<note>tilmash-kind: person</note>`.
  static let kindNotePrefix = "tilmash-kind:"
}
