import TilmashAnnotate
import TilmashGlossary
import TilmashText

/// Rewrites every known name (person, place, organization) to its entry's preferred form in the
/// target language, keeping the text's capitalization and its suffixes.
///
///     // --to tr
///     "Nursultan Nazarbaev'in"  ->  "Nursultan Nazarbayev'in"
///     "Назарбаев da"            ->  "Nazarbayev da"      (a surname alone stays a surname)
///
/// The matcher finds the names (any script, romanization or near spelling); a different name of
/// the same place is a different entry and keeps its own preferred form. A mention already
/// written in the preferred form is left alone, whatever its inflection.
public struct NameStage: NormalizationStage {
  public let matcher: Matcher
  public let target: TargetLanguage
  public let suffixes: SuffixAdjuster

  public init(matcher: Matcher, target: TargetLanguage, suffixes: SuffixAdjuster = .shared) {
    self.matcher = matcher
    self.target = target
    self.suffixes = suffixes
  }

  public func run(on text: String) -> StageResult {
    let annotations = matcher.annotate(text, language: target.documentLanguage)
    guard !annotations.isEmpty else { return StageResult() }
    let bytes = Array(text.utf8)
    let entries = matcher.glossary.entries
    var edits: [Edit] = []
    for annotation in annotations {
      let entry = entries[annotation.entry]
      guard entry.kind.isName, let preferred = preferredForm(of: entry) else { continue }
      let form = annotation.isPartial ? (CasePattern.words(of: preferred).last ?? preferred) : preferred
      let stemEnd = annotation.suffixStart ?? annotation.byteRange.upperBound
      let oldStem = String(decoding: bytes[annotation.byteRange.lowerBound..<stemEnd], as: UTF8.self)
      if isWritten(form, as: oldStem, inflected: annotation.isInflected) { continue }
      let newStem = CasePattern.apply(from: oldStem, to: form, language: target.caseLanguage, keepingSpacing: true)
      var suffixEdit: Edit?
      var newText = newStem
      if annotation.byteRange.upperBound > stemEnd {
        let oldSuffix = String(decoding: bytes[stemEnd..<annotation.byteRange.upperBound], as: UTF8.self)
        newText += adjustedSuffix(oldSuffix, from: oldStem, to: newStem)
      } else if let range = apostropheSuffix(after: annotation.byteRange.upperBound, in: bytes) {
        let oldSuffix = String(decoding: bytes[range], as: UTF8.self)
        let newSuffix = adjustedSuffix(oldSuffix, from: oldStem, to: newStem)
        if newSuffix != oldSuffix {
          suffixEdit = Edit(range: range, replacement: newSuffix, rule: .name, entryID: entry.id)
        }
      }
      if let edit = TextScan.minimalEdit(
        from: annotation.text, to: newText, at: annotation.byteRange.lowerBound, rule: .name, entryID: entry.id)
      {
        edits.append(edit)
      }
      if let suffixEdit { edits.append(suffixEdit) }
    }
    return StageResult(edits: edits)
  }

  /// The entry's preferred form in the target language; for `kk-Latn` without one, its Kazakh
  /// form in the 2021 alphabet; for English and Turkish without one, a person's or a place's
  /// Kazakh form in the press spelling. Nil when there is none: the name is then left alone.
  public func preferredForm(of entry: Entry) -> String? {
    if let form = entry.preferred(in: target.tag) { return form }
    guard let scheme = target.fallbackScheme, let kazakh = entry.preferred(in: "kk"),
      target == .kazakhLatin || entry.kind != .organization,
      let transliterator = try? TransliterationScheme.named(scheme)
    else { return nil }
    let form = transliterator.transliterate(kazakh)
    return form.isEmpty ? nil : form
  }

  /// Whether `text` already writes `form`: the same letters up to case, optional circumflexes,
  /// and spaces, line breaks or hyphens between words; an inflected last word may end in
  /// another consonant (Turkish Bakanlık -> Bakanlığ-ı, Kazakh к -> г).
  func isWritten(_ form: String, as text: String, inflected: Bool) -> Bool {
    let a = comparisonKey(form)
    let b = comparisonKey(text)
    if a == b { return true }
    return inflected && a.count == b.count && a.dropLast() == b.dropLast()
  }

  private func comparisonKey(_ text: String) -> [Unicode.Scalar] {
    let folded = CaseMapping.fold(text, language: target.caseLanguage)
    var key: [Unicode.Scalar] = []
    var pendingSeparator = false
    for scalar in Normalization.normalize(folded, to: .nfd).unicodeScalars {
      if scalar == "\u{302}" { continue }  // circumflex: Millî = Milli
      if TextClass.isWordScalar(scalar) {
        if pendingSeparator, !key.isEmpty { key.append(" ") }
        pendingSeparator = false
        key.append(scalar)
      } else if TextClass.isApostrophe(scalar.value) {
        key.append("'")
      } else {
        pendingSeparator = true
      }
    }
    return key
  }

  private func adjustedSuffix(_ suffix: String, from oldStem: String, to newStem: String) -> String {
    var suffix = suffix
    // A Kazakh suffix in the other script than the new name's goes over with it.
    let suffixScript = Script.of(suffix.unicodeScalars)
    let stemScript = Script.of(newStem.unicodeScalars)
    if target == .kazakhLatin || target == .kazakh, suffixScript != stemScript,
      let scheme = stemScript == .latin ? "kk-latn-2021" : stemScript == .cyrillic ? "kk-cyrl-2021" : nil,
      let transliterator = try? TransliterationScheme.named(scheme)
    {
      suffix = transliterator.transliterate(suffix)
    }
    return suffixes.adjust(suffix, from: oldStem, to: newStem, language: target)
  }

  /// The letters after an apostrophe that directly follows a name (`Nazarbaev'in`: `in`).
  private func apostropheSuffix(after end: Int, in bytes: [UInt8]) -> Range<Int>? {
    guard end < bytes.count else { return nil }
    var iterator = bytes[end...].makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    guard case .valid(let first) = parser.parseScalar(from: &iterator),
      TextClass.isApostrophe(UTF8.decode(first).value)
    else { return nil }
    let start = end + first.count
    var offset = start
    while case .valid(let encoded) = parser.parseScalar(from: &iterator), TextClass.isWordScalar(UTF8.decode(encoded)) {
      offset += encoded.count
    }
    return offset > start ? start..<offset : nil
  }
}
