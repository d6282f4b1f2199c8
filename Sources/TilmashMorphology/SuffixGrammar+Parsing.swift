extension SuffixGrammar {
  /// A word of a line and the column (from 1, in characters) where it starts.
  struct Token {
    var text: Substring
    var position: Position
  }

  /// Parses the text format described in Guides/Inflection.md.
  init(parsing table: String) throws(SuffixTableError) {
    var lineNumber = 0
    for line in table.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let tokens = Self.tokens(of: line, lineNumber: lineNumber)
      guard let keyword = tokens.first else { continue }
      try parseDirective(
        keyword, Array(tokens.dropFirst()), lineEnd: Position(line: lineNumber, column: line.count + 1))
    }
    try validate()
  }

  private static func tokens(of line: Substring, lineNumber: Int) -> [Token] {
    var tokens: [Token] = []
    var column = 0
    var start: Substring.Index?
    var startColumn = 0
    var index = line.startIndex
    func flush(_ end: Substring.Index) {
      guard let begin = start else { return }
      var text = line[begin..<end]
      if text.count > 1, text.hasSuffix(":") {
        text = text.dropLast()
        tokens.append(Token(text: text, position: Position(line: lineNumber, column: startColumn)))
        tokens.append(Token(text: ":", position: Position(line: lineNumber, column: startColumn + text.count)))
      } else {
        tokens.append(Token(text: text, position: Position(line: lineNumber, column: startColumn)))
      }
      start = nil
    }
    while index < line.endIndex {
      column += 1
      let character = line[index]
      if character == "#" { break }
      if character.isWhitespace {
        flush(index)
      } else if start == nil {
        start = index
        startColumn = column
      }
      index = line.index(after: index)
    }
    flush(index)
    return tokens
  }

  private mutating func parseDirective(_ keyword: Token, _ arguments: [Token], lineEnd: Position)
    throws(SuffixTableError)
  {
    if keyword.text != "script" && sections.isEmpty {
      sections.append(Section(name: "main", position: keyword.position))
    }
    switch keyword.text {
    case "script":
      guard arguments.count == 1, let name = arguments.first else {
        throw (arguments.dropFirst().first?.position ?? lineEnd).error("expected one script name")
      }
      if sections.contains(where: { $0.name == name.text }) {
        throw name.position.error("script '\(name.text)' is declared twice")
      }
      sections.append(Section(name: String(name.text), position: keyword.position))
    case "vowel", "neutral":
      let (letters, features) = try Self.split(arguments, at: ":", lineEnd: lineEnd)
      guard !letters.isEmpty else { throw (arguments.first?.position ?? lineEnd).error("expected letters before ':'") }
      guard !features.isEmpty else { throw lineEnd.error("expected features after ':'") }
      for letter in letters {
        let scalars = try Self.letters(letter)
        guard let last = scalars.last, scalars.count <= (keyword.text == "vowel" ? 2 : 1) else {
          throw letter.position.error("expected one letter (or a letter and the vowel after it), not '\(letter.text)'")
        }
        sections[sections.count - 1].vowels.append(
          Vowel(
            letter: last, previous: scalars.count == 2 ? scalars.first : nil,
            features: features.map { String($0.text) },
            neutral: keyword.text == "neutral", position: letter.position))
      }
    case "final":
      let (names, patterns) = try Self.split(arguments, at: ":", lineEnd: lineEnd)
      guard names.count == 1, let name = names.first else {
        throw (names.dropFirst().first?.position ?? arguments.first?.position ?? lineEnd).error(
          "expected one class name before ':'")
      }
      guard !patterns.isEmpty else { throw lineEnd.error("expected letters after ':'") }
      var final = FinalClass(name: String(name.text), patterns: [], isDefault: false, position: name.position)
      for pattern in patterns {
        if pattern.text == "*" {
          final.isDefault = true
        } else {
          final.patterns.append(try Self.letters(pattern))
        }
      }
      sections[sections.count - 1].finals.append(final)
    case "symbol":
      let (names, realizations) = try Self.split(arguments, at: ":", lineEnd: lineEnd)
      guard names.count == 1, let name = names.first else {
        throw (names.dropFirst().first?.position ?? arguments.first?.position ?? lineEnd).error(
          "expected one symbol before ':'")
      }
      guard let symbol = name.text.unicodeScalars.first, name.text.unicodeScalars.count == 1, Self.isSymbol(symbol)
      else {
        throw name.position.error("a symbol is one capital letter A-Z, not '\(name.text)'")
      }
      guard sections.count == 1 else { throw keyword.position.error("symbols belong to the first script") }
      if let previous = symbols[symbol] {
        throw name.position.error("symbol \(symbol) is already defined on line \(previous.position.line)")
      }
      guard !realizations.isEmpty else { throw lineEnd.error("expected realizations after ':'") }
      var list: [Realization] = []
      for token in realizations {
        let (text, condition) = try Self.condition(of: token)
        guard !text.isEmpty else { throw token.position.error("expected letters before '/'") }
        list.append(
          Realization(letters: try Self.letters(Token(text: text, position: token.position)), condition: condition))
      }
      symbols[symbol] = (list, name.position)
    case "alternate":
      guard arguments.count == 2 || (arguments.count == 3 && arguments[2].text == "obligatory") else {
        throw (arguments.count >= 2 ? arguments[arguments.count - 1].position : lineEnd).error(
          "expected 'alternate DICTIONARY SURFACE [obligatory]'")
      }
      sections[sections.count - 1].alternations.append(
        Alternation(
          dictionary: try Self.letters(arguments[0]), surface: try Self.letters(arguments[1]),
          obligatory: arguments.count == 3))
    case "harmony":
      let (words, features) = try Self.split(arguments, at: ":", lineEnd: lineEnd)
      guard !words.isEmpty else { throw (arguments.first?.position ?? lineEnd).error("expected words before ':'") }
      guard !features.isEmpty else { throw lineEnd.error("expected features after ':'") }
      for word in words {
        sections[sections.count - 1].exceptions.append(
          HarmonyException(
            word: try Self.letters(word), features: features.map { String($0.text) }, position: word.position))
      }
    case "map", "spelling":
      guard !arguments.isEmpty else { throw lineEnd.error("expected pairs like а=a") }
      for pair in arguments {
        let parts = pair.text.split(separator: "=", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].unicodeScalars.count == 1, parts[1].unicodeScalars.count == 1,
          let from = parts[0].unicodeScalars.first, let to = parts[1].unicodeScalars.first
        else { throw pair.position.error("expected a pair of letters like а=a, not '\(pair.text)'") }
        if keyword.text == "map" {
          guard sections.count > 1 else { throw keyword.position.error("a letter map belongs to a later script") }
          if sections[sections.count - 1].letterMap[from] != nil {
            throw pair.position.error("letter \(from) is mapped twice")
          }
          sections[sections.count - 1].letterMap[from] = to
          sections[sections.count - 1].mapPosition = sections[sections.count - 1].mapPosition ?? keyword.position
        } else {
          sections[sections.count - 1].spellings.append((from, to))
        }
      }
    case "drop":
      guard arguments.count == 1, let name = arguments.first, let symbol = name.text.unicodeScalars.first,
        name.text.unicodeScalars.count == 1, Self.isSymbol(symbol)
      else { throw (arguments.first?.position ?? lineEnd).error("expected 'drop SYMBOL'") }
      sections[sections.count - 1].drops.append((symbol, name.position))
    case "geminate":
      guard arguments.isEmpty else { throw arguments[0].position.error("'geminate' takes no arguments") }
      sections[sections.count - 1].geminates = true
    case "group":
      guard sections.count == 1 else { throw keyword.position.error("groups belong to the first script") }
      guard let name = arguments.first, name.text != ":", name.text != ">" else {
        throw (arguments.first?.position ?? lineEnd).error("expected a group name")
      }
      if let previous = groups[String(name.text)] {
        throw name.position.error("group '\(name.text)' is already defined on line \(previous.position.line)")
      }
      guard arguments.count >= 2, arguments[1].text == ":" else {
        throw (arguments.count >= 2 ? arguments[1].position : lineEnd).error("expected ':' after the group name")
      }
      var group = Group(name: String(name.text), forms: [], next: [], position: name.position)
      var rest = arguments.dropFirst(2)[...]
      while let token = rest.first, token.text != ">" {
        rest = rest.dropFirst()
        group.forms.append(try Self.form(token))
      }
      if !rest.isEmpty {
        rest = rest.dropFirst()
        guard !rest.isEmpty else { throw lineEnd.error("expected group names after '>'") }
        for token in rest {
          guard !token.text.hasPrefix("+"), token.text != ">", token.text != ":" else {
            throw token.position.error("expected a group name, not '\(token.text)'")
          }
          group.next.append((String(token.text), token.position))
        }
      }
      groups[group.name] = group
      groupOrder.append(group.name)
    default:
      throw keyword.position.error("unknown directive '\(keyword.text)'")
    }
  }

  private static func split(_ tokens: [Token], at separator: Substring, lineEnd: Position) throws(SuffixTableError) -> (
    [Token], [Token]
  ) {
    guard let index = tokens.firstIndex(where: { $0.text == separator }) else {
      throw
        (tokens.last.map { Position(line: $0.position.line, column: $0.position.column + $0.text.count) } ?? lineEnd)
        .error("expected '\(separator)'")
    }
    return (Array(tokens[..<index]), Array(tokens[(index + 1)...]))
  }

  static func isSymbol(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x41 && scalar.value <= 0x5A }

  private static func letter(_ token: Token) throws(SuffixTableError) -> Unicode.Scalar {
    let letters = try letters(token)
    guard letters.count == 1, let letter = letters.first else {
      throw token.position.error("expected one letter, not '\(token.text)'")
    }
    return letter
  }

  /// Letters are lowercase: anything but ASCII capitals (symbols) and the format's punctuation.
  private static func letters(_ token: Token) throws(SuffixTableError) -> [Unicode.Scalar] {
    var column = token.position.column
    var result: [Unicode.Scalar] = []
    for character in token.text {
      for scalar in character.unicodeScalars {
        if isSymbol(scalar) || "+()/=:>*".unicodeScalars.contains(scalar) {
          throw Position(line: token.position.line, column: column).error("'\(scalar)' is not a letter")
        }
        result.append(scalar)
      }
      column += 1
    }
    return result
  }

  /// Splits `TEXT/COND.COND` into its text and condition.
  private static func condition(of token: Token) throws(SuffixTableError) -> (Substring, Condition) {
    guard let slash = token.text.firstIndex(of: "/") else { return (token.text, Condition()) }
    var condition = Condition()
    var column = token.position.column + token.text[..<slash].count + 1
    let body = token.text[token.text.index(after: slash)...]
    for term in body.split(separator: ".", omittingEmptySubsequences: false) {
      let negated = term.hasPrefix("!")
      let name = negated ? term.dropFirst() : term
      guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
        throw Position(line: token.position.line, column: column).error("expected a feature or class name in '\(body)'")
      }
      condition.terms.append(
        Condition.Term(
          name: String(name), negated: negated, position: Position(line: token.position.line, column: column)))
      column += term.count + 1
    }
    return (token.text[..<slash], condition)
  }

  private static func form(_ token: Token) throws(SuffixTableError) -> Form {
    guard token.text.hasPrefix("+") else {
      throw token.position.error("a suffix starts with '+', not '\(token.text)'")
    }
    let (text, guardCondition) = try condition(of: token)
    var stack: [([Element], Position)] = [([], token.position)]
    var column = token.position.column
    for character in text.dropFirst() {
      column += 1
      let position = Position(line: token.position.line, column: column)
      for scalar in character.unicodeScalars {
        switch scalar {
        case "(":
          guard stack.count == 1 else { throw position.error("optional parts do not nest") }
          stack.append(([], position))
        case ")":
          guard stack.count == 2, let (inner, start) = stack.popLast() else { throw position.error("unbalanced ')'") }
          guard !inner.isEmpty else { throw position.error("empty optional part") }
          stack[0].0.append(.optional(inner, start))
        case _ where isSymbol(scalar):
          stack[stack.count - 1].0.append(.symbol(scalar, position))
        case _ where "+/=:>*".unicodeScalars.contains(scalar):
          throw position.error("'\(scalar)' is not a letter")
        default:
          stack[stack.count - 1].0.append(.letter(scalar, position))
        }
      }
    }
    guard stack.count == 1 else { throw stack[stack.count - 1].1.error("unclosed '('") }
    guard !stack[0].0.isEmpty else { throw token.position.error("empty suffix") }
    return Form(elements: stack[0].0, guardCondition: guardCondition, position: token.position)
  }

  /// Checks names across directives: groups exist and form no cycle, symbols exist, letters map.
  private func validate() throws(SuffixTableError) {
    guard let stem = groups["stem"] else {
      throw Position(line: 1, column: 1).error("no 'group stem' (the start of every suffix chain)")
    }
    if !stem.forms.isEmpty { throw stem.position.error("group stem has no suffixes of its own") }
    for name in groupOrder {
      guard let group = groups[name] else { continue }
      for next in group.next where groups[next.name] == nil {
        throw next.position.error("unknown group '\(next.name)'")
      }
      for form in group.forms { try checkSymbols(form.elements) }
    }
    // Cycles: depth-first search with colours.
    var state: [String: Int] = [:]
    func visit(_ name: String) throws(SuffixTableError) {
      state[name] = 1
      guard let group = groups[name] else { return }
      for next in group.next {
        switch state[next.name] {
        case 1: throw next.position.error("group '\(next.name)' leads back to itself")
        case 2: continue
        default: try visit(next.name)
        }
      }
      state[name] = 2
    }
    try visit("stem")
    for section in sections {
      for drop in section.drops where symbols[drop.symbol] == nil {
        throw drop.position.error("unknown symbol \(drop.symbol)")
      }
    }
  }

  private func checkSymbols(_ elements: [Element]) throws(SuffixTableError) {
    for element in elements {
      switch element {
      case .letter: continue
      case .symbol(let symbol, let position):
        if symbols[symbol] == nil { throw position.error("unknown symbol \(symbol)") }
      case .optional(let inner, _): try checkSymbols(inner)
      }
    }
  }
}
