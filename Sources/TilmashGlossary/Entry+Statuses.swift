extension Entry {
  /// The forms of one language with the statuses the model promises: one preferred form, first
  /// (the first form marked preferred, else the first that is not deprecated), the other
  /// non-deprecated forms admitted, in their order.
  ///
  ///     [admitted "a", preferred "b", !"c"] -> [preferred "b", admitted "a", deprecated "c"]
  public static func normalizedStatuses(_ forms: [Form]) -> [Form] {
    guard !forms.isEmpty else { return forms }
    let chosen = forms.firstIndex { $0.status == .preferred } ?? forms.firstIndex { $0.status != .deprecated }
    guard let chosen else { return forms }
    var result = forms
    var preferred = result.remove(at: chosen)
    preferred.status = .preferred
    for index in result.indices where result[index].status == .preferred { result[index].status = .admitted }
    // Deprecated forms keep their place; the preferred one goes first.
    result.insert(preferred, at: 0)
    return result
  }

  /// The entry with every language's statuses normalized (see `normalizedStatuses(_:)`).
  public func normalized() -> Entry {
    var copy = self
    for (language, list) in forms { copy.forms[language] = Self.normalizedStatuses(list) }
    return copy
  }

  /// The forms written in the glossary (not derived by Tilmash), per language.
  public var writtenForms: [String: [Form]] {
    forms.compactMapValues { list in
      let written = list.filter { !$0.isDerived }
      return written.isEmpty ? nil : written
    }
  }
}
