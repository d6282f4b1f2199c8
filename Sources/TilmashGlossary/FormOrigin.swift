/// Where a recognized form comes from.
public enum FormOrigin: Hashable, Sendable {
  /// Written in the glossary.
  case written
  /// Made by Tilmash from the form of `language` written in the glossary, by transliteration
  /// under `scheme` (`kk-latn-2021`, `kk-bgn`, `kk-en-press`, `kk-tr-press`).
  case derived(scheme: String, from: String)

  public var isDerived: Bool { self != .written }

  /// The scheme of a derived form.
  public var scheme: String? {
    if case .derived(let scheme, _) = self { return scheme }
    return nil
  }
}
