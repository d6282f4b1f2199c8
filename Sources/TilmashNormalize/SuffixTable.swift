/// One language's section of `Data/suffix-harmony.txt`: vowel classes, final classes, symbols and
/// suffix templates (the format is described in the file's header).
struct SuffixTable: Sendable {
  struct Choice: Sendable {
    var conditions: [String]  // empty: always
    var letter: Character
  }

  enum Token: Sendable, Equatable {
    case literal(Character)
    case symbol(Character)
    /// Written only after a vowel.
    case buffer(Character)
  }

  var vowels: [Character: Set<String>] = [:]
  var pairs: [String: Set<String>] = [:]
  var finals: [Character: String] = [:]
  var defaultFinal = "other"
  var symbols: [Character: [Choice]] = [:]
  var templates: [[Token]] = []
  /// Every spelling of each template, longest first.
  var spellings: [(template: Int, text: [Character])] = []

  /// The features of a word (lower case): its last vowel's class and its last letter's class.
  func features(of word: [Character]) -> Set<String>? {
    guard let last = word.last else { return nil }
    var result: Set<String> = [finals[last] ?? defaultFinal]
    var harmony: Set<String>?
    var index = word.count - 1
    while index >= 0 {
      if let vowel = vowels[word[index]] {
        harmony = vowel
        if index > 0, let paired = pairs[String([word[index - 1], word[index]])] { harmony = paired }
        break
      }
      index -= 1
    }
    guard let harmony else { return nil }
    result.formUnion(harmony)
    return result
  }

  /// `template` written after `word`.
  func realize(_ template: Int, after word: [Character]) -> [Character]? {
    var current = word
    var output: [Character] = []
    for token in templates[template] {
      switch token {
      case .literal(let letter):
        output.append(letter)
        current.append(letter)
      case .buffer(let letter):
        guard let features = features(of: current), features.contains("vowel") else { continue }
        let written = symbols[letter] == nil ? letter : choose(letter, features) ?? letter
        output.append(written)
        current.append(written)
      case .symbol(let symbol):
        guard let features = features(of: current), let letter = choose(symbol, features) else { return nil }
        output.append(letter)
        current.append(letter)
      }
    }
    return output
  }

  private func choose(_ symbol: Character, _ features: Set<String>) -> Character? {
    symbols[symbol]?.first { $0.conditions.allSatisfy(features.contains) }?.letter
  }

  /// Every way `tokens` may be spelled.
  func allSpellings(_ tokens: [Token]) -> [[Character]] {
    var results: [[Character]] = [[]]
    for token in tokens {
      switch token {
      case .literal(let letter):
        results = results.map { $0 + [letter] }
      case .buffer(let letter):
        let letters = symbols[letter].map { $0.map(\.letter) } ?? [letter]
        results = results.flatMap { prefix in [prefix] + letters.map { prefix + [$0] } }
      case .symbol(let symbol):
        let letters = Array(Set((symbols[symbol] ?? []).map(\.letter)))
        results = results.flatMap { prefix in letters.map { prefix + [$0] } }
      }
    }
    return results
  }

  /// Reads every `[LANG]` section of `text`.
  static func parse(_ text: String) throws(SuffixTableError) -> [String: SuffixTable] {
    var tables: [String: SuffixTable] = [:]
    var language: String?
    var table = SuffixTable()
    func finish() {
      guard let language else { return }
      var spellings: [(template: Int, text: [Character])] = []
      for (index, template) in table.templates.enumerated() {
        var seen = Set<String>()
        for spelling in table.allSpellings(template) where seen.insert(String(spelling)).inserted {
          spellings.append((index, spelling))
        }
      }
      // Longest first; among equals, the template listed first.
      table.spellings = spellings.enumerated().sorted {
        $0.element.text.count != $1.element.text.count
          ? $0.element.text.count > $1.element.text.count : $0.offset < $1.offset
      }.map(\.element)
      tables[language] = table
    }
    for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.trimmingCharacters(in: " \t\r")
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("[") {
        guard line.hasSuffix("]"), line.count > 2 else { throw SuffixTableError(line: number + 1, message: "bad section header") }
        finish()
        language = String(line.dropFirst().dropLast())
        table = SuffixTable()
        continue
      }
      guard language != nil else { throw SuffixTableError(line: number + 1, message: "a line before any [LANG] section") }
      guard let colon = line.firstIndex(of: ":") else { throw SuffixTableError(line: number + 1, message: "missing ':'") }
      let head = line[..<colon].split(separator: " ").map(String.init)
      let values = line[line.index(after: colon)...].split(separator: " ").map(String.init)
      switch head.first {
      case "vowel":
        for value in values {
          for letter in value { table.vowels[letter] = Set(head.dropFirst()) }
        }
      case "pair":
        for value in values { table.pairs[value] = Set(head.dropFirst()) }
      case "final":
        guard head.count == 2 else { throw SuffixTableError(line: number + 1, message: "final needs one class name") }
        for value in values {
          if value == "*" {
            table.defaultFinal = head[1]
          } else {
            for letter in value { table.finals[letter] = head[1] }
          }
        }
      case "symbol":
        guard head.count == 2, let symbol = head[1].first, head[1].count == 1 else {
          throw SuffixTableError(line: number + 1, message: "symbol needs one letter")
        }
        var choices: [Choice] = []
        for value in values {
          let parts = value.split(separator: "=")
          guard parts.count == 2, let letter = parts[1].first, parts[1].count == 1 else {
            throw SuffixTableError(line: number + 1, message: "expected CONDITION=LETTER, got '\(value)'")
          }
          let conditions = parts[0] == "*" ? [] : parts[0].split(separator: ".").map(String.init)
          choices.append(Choice(conditions: conditions, letter: letter))
        }
        table.symbols[symbol] = choices
      case "suffixes":
        for value in values { table.templates.append(try tokens(value, table: table, line: number + 1)) }
      default:
        throw SuffixTableError(line: number + 1, message: "unknown keyword '\(head.first ?? "")'")
      }
    }
    finish()
    return tables
  }

  private static func tokens(_ template: String, table: SuffixTable, line: Int) throws(SuffixTableError) -> [Token] {
    var result: [Token] = []
    var characters = Array(template)[...]
    while let first = characters.popFirst() {
      if first == "(" {
        guard let letter = characters.popFirst(), characters.popFirst() == ")" else {
          throw SuffixTableError(line: line, message: "expected (x) in '\(template)'")
        }
        result.append(.buffer(letter))
      } else if first.isASCII, first.isUppercase {
        guard table.symbols[first] != nil else {
          throw SuffixTableError(line: line, message: "undefined symbol \(first) in '\(template)'")
        }
        result.append(.symbol(first))
      } else {
        result.append(.literal(first))
      }
    }
    return result
  }
}
