import TilmashAnnotate
import TilmashGlossary
import TilmashText

/// Rewrites known names to the house form of a language and tidies the text's Unicode,
/// changing nothing else.
///
///     let normalizer = Normalizer(glossary: glossary, options: NormalizerOptions(target: .turkish))
///     normalizer.normalize("Nursultan Nazarbaev'in ziyareti").text
///     // "Nursultan Nazarbayev'in ziyareti"
///
/// The stages run in this order, each on the text the previous ones made: Unicode form
/// (`UnicodeFormStage`), mixed scripts (`ScriptRepairStage`), names (`NameStage`), apostrophes
/// (`ApostropheStage`), unknown names (`UnknownNameStage`). Their edits are composed into edits of
/// the input (`EditedText`) and applied in one pass, so every byte outside them is the input's.
/// The stages run again on their own output until nothing changes, so that normalizing the
/// output changes nothing.
///
/// A normalizer is immutable and may be shared between threads.
public struct Normalizer: Sendable {
  public let options: NormalizerOptions
  public let stages: [any NormalizationStage]
  /// Rounds of all stages at most; a text still changing after them keeps the last round's output.
  static let maximumRounds = 4

  public init(matcher: Matcher, options: NormalizerOptions) {
    self.options = options
    var stages: [any NormalizationStage] = []
    if let form = options.form { stages.append(UnicodeFormStage(form: form)) }
    stages.append(ScriptRepairStage())
    stages.append(NameStage(matcher: matcher, target: options.target))
    if options.target == .turkish, options.apostrophe != .keep {
      stages.append(ApostropheStage(style: options.apostrophe))
    }
    stages.append(UnknownNameStage(matcher: matcher, target: options.target, scheme: options.unknownScheme))
    self.stages = stages
  }

  public init(glossary: Glossary, options: NormalizerOptions) {
    self.init(matcher: Matcher(glossary: glossary), options: options)
  }

  /// Normalizes UTF-8 bytes.
  ///
  /// - Throws: `.invalidUTF8` with the byte offset of the first bad sequence.
  public func normalize(bytes: [UInt8]) throws(NormalizeError) -> NormalizationResult {
    if let error = UTF8Validation.firstError(in: bytes) { throw .invalidUTF8(error) }
    return normalize(valid: bytes)
  }

  public func normalize(_ text: String) -> NormalizationResult {
    normalize(valid: Array(text.utf8))
  }

  private func normalize(valid bytes: [UInt8]) -> NormalizationResult {
    var edited = EditedText(bytes: bytes)
    var notes: [Edit] = []
    for _ in 0..<Self.maximumRounds {
      var changed = false
      notes = []
      for stage in stages {
        let result = stage.run(on: edited.text)
        notes += result.notes.map { note in
          var mapped = note
          mapped.range = edited.originalRange(of: note.range)
          mapped.replacement = String(decoding: bytes[mapped.range], as: UTF8.self)
          return mapped
        }
        if !result.edits.isEmpty {
          edited.apply(result.edits)
          changed = true
        }
      }
      if !changed { break }
    }
    let edits = edited.edits
    return NormalizationResult(
      output: edited.bytes, changes: changes(edits, in: bytes),
      notes: changes(notes, in: bytes))
  }

  private func changes(_ edits: [Edit], in bytes: [UInt8]) -> [Change] {
    var counter = PositionCounter(bytes: bytes)
    return edits.map { edit in
      let start = counter.position(of: edit.range.lowerBound)
      let end = counter.scalarOffset(of: edit.range.upperBound)
      return Change(
        byteRange: edit.range, scalarRange: start.scalar..<end, line: start.line, column: start.column,
        before: String(decoding: bytes[edit.range], as: UTF8.self), after: edit.replacement, rule: edit.rule,
        entryID: edit.entryID)
    }
  }
}
