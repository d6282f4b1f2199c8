/// Every surface suffix chain a grammar allows, with the stem classes each is valid after:
/// the morphotactic graph walked from `stem` once per stem class, archiphonemes realized as it
/// goes, in every script of the grammar.
struct SuffixChains {
  struct Chain {
    /// Bit `c` is set when the chain may follow a stem of class `c`.
    var classes: UInt64
    var vowelInitial: Bool
  }

  private(set) var chains: [[UInt8]: Chain] = [:]
  /// Per script section and stem class: the vowel that `drop` inserts, as UTF-8 (empty when none).
  private(set) var dropVowels: [[[UInt8]]] = []

  private let grammar: SuffixGrammar
  private let phonology: Phonology
  private let vowelFinal: Int?
  private var conditionMasks: [String: UInt64] = [:]

  /// The realization of a symbol, for one script.
  private struct Symbol {
    var realizations: [(letters: [Unicode.Scalar], contexts: UInt64)]
  }

  init(grammar: SuffixGrammar, phonology: Phonology) throws(SuffixTableError) {
    self.grammar = grammar
    self.phonology = phonology
    self.vowelFinal = phonology.finalClassNames.firstIndex(of: "vowel")
    for (index, section) in grammar.sections.enumerated() {
      try generate(section: section, index: index)
    }
  }

  private var allContexts: UInt64 {
    phonology.classCount == 64 ? ~0 : (UInt64(1) << UInt64(phonology.classCount)) - 1
  }

  /// The stem classes in which a condition holds.
  private mutating func contexts(_ condition: SuffixGrammar.Condition) throws(SuffixTableError) -> UInt64 {
    var mask = allContexts
    for term in condition.terms {
      var termMask: UInt64
      if let cached = conditionMasks[term.name] {
        termMask = cached
      } else {
        termMask = 0
        let finals = phonology.finalClassNames.count
        if let final = phonology.finalClassNames.firstIndex(of: term.name) {
          for harmony in 0..<phonology.harmonyClasses.count { termMask |= 1 << UInt64(harmony * finals + final) }
        } else if phonology.harmonyClasses.contains(where: { $0.contains(term.name) }) {
          for (harmony, features) in phonology.harmonyClasses.enumerated() where features.contains(term.name) {
            for final in 0..<finals { termMask |= 1 << UInt64(harmony * finals + final) }
          }
        } else {
          throw term.position.error("'\(term.name)' is neither a vowel feature nor a final class")
        }
        conditionMasks[term.name] = termMask
      }
      mask &= term.negated ? allContexts & ~termMask : termMask
    }
    return mask
  }

  private mutating func generate(section: SuffixGrammar.Section, index sectionIndex: Int) throws(SuffixTableError) {
    let map = section.letterMap
    let mapped = sectionIndex > 0 && !map.isEmpty
    if sectionIndex > 0 && !mapped {
      // A script without a letter map only adds letters (its suffixes are the first script's).
      dropVowels.append([])
      return
    }
    func letter(_ scalar: Unicode.Scalar, _ position: SuffixGrammar.Position) throws(SuffixTableError) -> Unicode.Scalar
    {
      guard mapped else { return scalar }
      guard let target = map[scalar] else {
        throw position.error("letter \(scalar) has no mapping in script '\(section.name)'")
      }
      return target
    }
    var symbols: [Unicode.Scalar: Symbol] = [:]
    for (name, definition) in grammar.symbols {
      var symbol = Symbol(realizations: [])
      for realization in definition.realizations {
        var letters: [Unicode.Scalar] = []
        for scalar in realization.letters { letters.append(try letter(scalar, definition.position)) }
        symbol.realizations.append((letters, try contexts(realization.condition)))
      }
      symbols[name] = symbol
    }
    var forms: [String: [(elements: [SuffixGrammar.Element], guardMask: UInt64)]] = [:]
    for (name, group) in grammar.groups {
      var list: [(elements: [SuffixGrammar.Element], guardMask: UInt64)] = []
      for form in group.forms {
        list.append((try mapElements(form.elements, letter), try contexts(form.guardCondition)))
        try checkOptionals(form.elements)
      }
      forms[name] = list
    }
    var sectionChains: [[Unicode.Scalar]: UInt64] = [:]
    let finals = phonology.finalClassNames.count
    for stemClass in 0..<phonology.classCount {
      let context = Context(harmony: stemClass / finals, final: stemClass % finals)
      walk("stem", [], context, UInt64(1) << UInt64(stemClass), 0, forms, symbols, &sectionChains)
    }
    for (scalars, classes) in sectionChains {
      var variants = [scalars]
      for spelling in section.spellings {
        for variant in variants where variant.contains(spelling.from) {
          variants.append(variant.map { $0 == spelling.from ? spelling.to : $0 })
        }
      }
      for variant in variants {
        let bytes = Array(String(String.UnicodeScalarView(variant)).utf8)
        let vowelInitial = variant.first.map { first in phonology.isVowel(first) } ?? false
        chains[bytes, default: Chain(classes: 0, vowelInitial: vowelInitial)].classes |= classes
      }
    }
    // The vowel a `drop` directive restores, per stem class (the class of the stem up to the
    // consonant before the dropped vowel).
    var drop = [[UInt8]](repeating: [], count: phonology.classCount)
    if let first = section.drops.first, let symbol = symbols[first.symbol] {
      for stemClass in 0..<phonology.classCount {
        let context = Context(harmony: stemClass / finals, final: stemClass % finals)
        if let realization = symbol.realizations.first(where: { $0.contexts & context.bit(finals) != 0 }) {
          drop[stemClass] = Array(String(String.UnicodeScalarView(realization.letters)).utf8)
        }
      }
    }
    dropVowels.append(drop)
  }

  private func mapElements(
    _ elements: [SuffixGrammar.Element],
    _ letter: (Unicode.Scalar, SuffixGrammar.Position) throws(SuffixTableError) -> Unicode.Scalar
  ) throws(SuffixTableError) -> [SuffixGrammar.Element] {
    var result: [SuffixGrammar.Element] = []
    for element in elements {
      switch element {
      case .letter(let scalar, let position): result.append(.letter(try letter(scalar, position), position))
      case .symbol: result.append(element)
      case .optional(let inner, let position): result.append(.optional(try mapElements(inner, letter), position))
      }
    }
    return result
  }

  private func checkOptionals(_ elements: [SuffixGrammar.Element]) throws(SuffixTableError) {
    for case .optional(_, let position) in elements where vowelFinal == nil {
      throw position.error("an optional part needs a final class named 'vowel'")
    }
  }

  /// The running harmony and final class while realizing a chain.
  private struct Context {
    var harmony: Int
    var final: Int

    func bit(_ finals: Int) -> UInt64 { UInt64(1) << UInt64(harmony * finals + final) }
  }

  private func walk(
    _ groupName: String, _ prefix: [Unicode.Scalar], _ context: Context, _ stemBit: UInt64, _ depth: Int,
    _ forms: [String: [(elements: [SuffixGrammar.Element], guardMask: UInt64)]], _ symbols: [Unicode.Scalar: Symbol],
    _ output: inout [[Unicode.Scalar]: UInt64]
  ) {
    guard let group = grammar.groups[groupName], depth < 16 else { return }
    let finals = phonology.finalClassNames.count
    for next in group.next {
      for form in forms[next.name] ?? [] where form.guardMask & context.bit(finals) != 0 {
        var letters = prefix
        var running = context
        guard realize(form.elements, &letters, &running, symbols) else { continue }
        output[letters, default: 0] |= stemBit
        walk(next.name, letters, running, stemBit, depth + 1, forms, symbols, &output)
      }
    }
  }

  /// Appends the realization of `elements` after `letters`; false when a symbol has no
  /// realization in its context.
  private func realize(
    _ elements: [SuffixGrammar.Element], _ letters: inout [Unicode.Scalar], _ context: inout Context,
    _ symbols: [Unicode.Scalar: Symbol]
  ) -> Bool {
    let finals = phonology.finalClassNames.count
    for element in elements {
      switch element {
      case .letter(let scalar, _):
        append(scalar, &letters, &context)
      case .symbol(let name, _):
        guard let symbol = symbols[name],
          let realization = symbol.realizations.first(where: { $0.contexts & context.bit(finals) != 0 })
        else { return false }
        for scalar in realization.letters { append(scalar, &letters, &context) }
      case .optional(let inner, _):
        var trial = letters
        var trialContext = context
        let start = trial.count
        guard realize(inner, &trial, &trialContext, symbols) else { return false }
        let afterVowel = context.final == vowelFinal
        let startsWithVowel = trial.count > start && phonology.isVowel(trial[start])
        if startsWithVowel != afterVowel {
          letters = trial
          context = trialContext
        }
      }
    }
    return true
  }

  private func append(_ scalar: Unicode.Scalar, _ letters: inout [Unicode.Scalar], _ context: inout Context) {
    letters.append(scalar)
    if let harmony = phonology.harmony(of: scalar), !phonology.isNeutral(scalar) { context.harmony = harmony }
    context.final = phonology.finalClass(of: scalar)
  }
}
