/// Puts a scheme's rule files together and compiles them, reporting errors against the file
/// and line where they are, not against the joined text.
enum RuleText {
  /// Compiles the embedded rule files `files` (paths under `Data/`) as one rule set.
  static func compile(files: [String], name: String) throws(TransliterationError) -> Transliterator {
    var parts: [(name: String, text: String)] = []
    for file in files {
      guard let text = EmbeddedData.files[file] else {
        throw .malformedRules(
          name: file, icuError: "missing rule file", line: 0, offset: 0, before: "", after: "")
      }
      parts.append((file, text))
    }
    return try compile(parts: parts, name: name)
  }

  /// Compiles `parts` joined by newlines; a parse error names the part it falls in.
  static func compile(parts: [(name: String, text: String)], name: String) throws(TransliterationError)
    -> Transliterator
  {
    let joined = parts.map(\.text).joined(separator: "\n")
    do {
      return try Transliterator(rules: joined, name: name)
    } catch {
      guard case .malformedRules(_, let icuError, let line, let offset, let before, let after) = error else {
        throw error
      }
      let (part, localLine) = locate(line: line, in: parts)
      throw .malformedRules(
        name: part, icuError: icuError, line: localLine, offset: offset, before: before, after: after)
    }
  }

  /// The part holding 1-based `line` of the joined text, and the line number inside that part.
  static func locate(line: Int, in parts: [(name: String, text: String)]) -> (name: String, line: Int) {
    var first = 1
    for part in parts {
      let count = part.text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      if line < first + count { return (part.name, line - first + 1) }
      first += count
    }
    return (parts.last?.name ?? "", line)
  }
}
