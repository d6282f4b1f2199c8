/// One written form of an entry in one language.
public struct Form: Hashable, Codable, Sendable {
  public var text: String
  public var status: FormStatus
  /// Whether the form was derived by Tilmash (a `kk-Latn` form from `kk`, say) rather than
  /// written in the glossary. Derived forms are not written back when a glossary is saved.
  public var isDerived: Bool

  public init(_ text: String, status: FormStatus = .admitted, isDerived: Bool = false) {
    self.text = text
    self.status = status
    self.isDerived = isDerived
  }
}
