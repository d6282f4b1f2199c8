/// The forms of one language in one CSV/TSV cell: `form | form | !deprecated form`.
///
/// Spaces around each form are ignored; the first form not marked `!` is preferred, the others
/// admitted, and a form written `!form` is deprecated. A `|` always separates forms, quoted or
/// not (quoting protects separators and line breaks of the file, not the `|` of the cell).
enum FormCell {
  /// The forms of `cell`; empty forms (`a || b`) are reported through `emptyForm`.
  static func parse(_ cell: String, emptyForm: () -> Void = {}) -> [Form] {
    var forms: [Form] = []
    // Byte checks first: most cells hold one form, and few forms start with `!`.
    if !(cell.utf8.withContiguousStorageIfAvailable { $0.contains(0x7C) } ?? cell.utf8.contains(0x7C)) {
      let text = cell.trimmingWhitespace()
      if text.isEmpty { return [] }
      if text.utf8.first != 0x21 || !text.hasPrefix("!") { return [Form(text, status: .preferred)] }
    }
    for piece in cell.split(separator: "|", omittingEmptySubsequences: false) {
      var text = piece.trimmingWhitespace()
      var status = FormStatus.admitted
      if text.utf8.first == 0x21, text.hasPrefix("!") {
        status = .deprecated
        text = String(text.dropFirst()).trimmingWhitespace()
      }
      if text.isEmpty {
        if !(cell.trimmingWhitespace().isEmpty) { emptyForm() }
        continue
      }
      forms.append(Form(text, status: status))
    }
    return Entry.normalizedStatuses(forms)
  }

  /// The cell that `parse` reads back as `forms`: derived forms are left out.
  static func format(_ forms: [Form]) -> String {
    forms.filter { !$0.isDerived }.map { $0.status == .deprecated ? "!" + $0.text : $0.text }.joined(separator: " | ")
  }
}
