/// A parsed suffix table: the phonology (harmony vowels, classes of final sounds, archiphonemes,
/// stem-final alternations) and the morphotactics (groups of suffixes and what may follow them)
/// of one language, in one or more scripts. See Guides/Inflection.md for the text format.
struct SuffixGrammar {
  /// Where something was written, for error messages.
  struct Position: Equatable {
    var line: Int
    var column: Int

    func error(_ message: String) -> SuffixTableError {
      SuffixTableError(line: line, column: column, message: message)
    }
  }

  /// A conjunction of feature or class names, each possibly negated; empty means always.
  struct Condition {
    struct Term {
      var name: String
      var negated: Bool
      var position: Position
    }
    var terms: [Term] = []
  }

  struct Vowel {
    var letter: Unicode.Scalar
    /// For a two-letter declaration (Kazakh ае): the letter before, which decides the class.
    var previous: Unicode.Scalar?
    var features: [String]
    /// Skipped when looking for the vowel that sets harmony; its features count only when the
    /// word has no other vowel.
    var neutral: Bool
    var position: Position
  }

  struct FinalClass {
    var name: String
    var patterns: [[Unicode.Scalar]]
    /// Holds every letter no class lists (`*`).
    var isDefault: Bool
    var position: Position
  }

  struct Realization {
    var letters: [Unicode.Scalar]
    var condition: Condition
  }

  indirect enum Element {
    case letter(Unicode.Scalar, Position)
    case symbol(Unicode.Scalar, Position)
    /// Present only after a vowel when it is a consonant, only after a consonant when it is a vowel.
    case optional([Element], Position)
  }

  struct Form {
    var elements: [Element]
    var guardCondition: Condition
    var position: Position
  }

  struct Group {
    var name: String
    var forms: [Form]
    var next: [(name: String, position: Position)]
    var position: Position
  }

  struct Alternation {
    var dictionary: [Unicode.Scalar]
    var surface: [Unicode.Scalar]
    /// The dictionary form never appears before a vowel-initial suffix (English y -> i).
    var obligatory: Bool
  }

  struct HarmonyException {
    var word: [Unicode.Scalar]
    var features: [String]
    var position: Position
  }

  /// One script's letters. The first section holds the symbols and groups; a later section
  /// with a letter map gets them with every letter mapped.
  struct Section {
    var name: String
    var position: Position
    var vowels: [Vowel] = []
    var finals: [FinalClass] = []
    var alternations: [Alternation] = []
    var exceptions: [HarmonyException] = []
    var letterMap: [Unicode.Scalar: Unicode.Scalar] = [:]
    var mapPosition: Position?
    /// Variant spellings of suffix letters: each chain is also accepted with `from` written `to`.
    var spellings: [(from: Unicode.Scalar, to: Unicode.Scalar)] = []
    var drops: [(symbol: Unicode.Scalar, position: Position)] = []
    var geminates = false
  }

  var sections: [Section] = []
  var symbols: [Unicode.Scalar: (realizations: [Realization], position: Position)] = [:]
  var groups: [String: Group] = [:]
  var groupOrder: [String] = []
}
