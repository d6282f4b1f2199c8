import Synchronization
import TilmashText

/// A glossary indexed for lookup by any form a user might type.
///
///     let index = GlossaryIndex(glossary: GlossaryLoader.load(paths: []).glossary)
///     index.lookup("DIŞİŞLERİ BAKANLIĞI'NIN").first?.entry.id  // "org-mfa-tr" (inflected)
///     index.lookup("Nazarbaev").first?.kind                    // .skeleton or .partial
///
/// Every recognized form (see `FormExpander`) is indexed under:
/// - its matching key (`Folder`, with Turkic casing for tr, kk, kk-Latn and az; a hyphen is a
///   space), which finds any case, circumflexes, apostrophe variants and mixed-script words;
/// - its loose key (Latin diacritics dropped, ı = i): Turkish typed in ASCII, informal Kazakh Latin;
/// - for names, and for Kazakh Latin forms, its `NameSkeleton`;
/// - for persons, the surname alone (key and skeleton).
/// The query's last word is also tried as an inflected form (cut at an apostrophe, and through
/// the suffix analyzers). `--fuzzy` adds a bounded edit distance over candidates from a
/// deletion index built on first use.
///
/// Matches are ranked by `score` (in [0, 1]): exact preferred 1.0, admitted 0.95, deprecated 0.9
/// (a derived spelling 0.03 less); inflected 0.8; ascii 0.7; skeleton 0.65; surname 0.6; fuzzy
/// 0.5 less 0.1 per edit; admitted and deprecated forms lose 0.02 and 0.04 below exact.
///
/// - Complexity: building is O(f) for f recognized forms, on all cores; a lookup is a few hash
///   probes, plus the candidates of the deletion index with `fuzzy`.
public final class GlossaryIndex: Sendable {
  public let glossary: Glossary
  /// Every recognized form, in entry order; postings point into it.
  public let forms: [RecognizedForm]

  private let turkicExact: PostingTable
  private let standardExact: PostingTable
  private let loose: PostingTable
  private let skeletons: PostingTable
  private let surnames: PostingTable
  /// The last words of the exact keys of tr, kk and en forms (see `morphologyLanguages`).
  private let knownStems: [ByteStringTable]
  private let fuzzy = Mutex<FuzzyIndex?>(nil)

  public init(glossary: Glossary, expander: FormExpander = .standard) {
    self.glossary = glossary
    let forms = expander.recognizedForms(of: glossary)
    self.forms = forms
    let entries = glossary.entries
    // Keys of every form, on all cores, as bytes: `String` hashing normalizes to NFC first, and
    // the keys are NFC already.
    let keyParts = ParallelChunks.map(count: forms.count, minimumChunk: 2048, maxChunks: 64) { range in
      var keys = FormKeys()
      keys.reserve(forms: range.count)
      var builder = FormKeys.Maker()
      for form in forms[range] {
        builder.add(form, kind: entries[form.entryIndex].kind, to: &keys)
      }
      return keys
    }
    // Two independent groups of tables, filled on two cores.
    let exactTables = Mutex<(turkic: PostingTable, standard: PostingTable, stems: [ByteStringTable])?>(nil)
    let otherTables = Mutex<(loose: PostingTable, skeletons: PostingTable, surnames: PostingTable)?>(nil)
    DispatchQueueBridge.concurrentPerform(2) { job in
      var position: Int32 = 0
      if job == 0 {
        var turkicExact = PostingTable.Builder(capacity: forms.count)
        var standardExact = PostingTable.Builder(capacity: forms.count / 2)
        var knownStems = Self.morphologyLanguages.map { _ in ByteStringTable(capacity: forms.count / 2) }
        for keys in keyParts {
          keys.bytes.withUnsafeBufferPointer { bytes in
            for item in 0..<keys.count {
              let exact = keys.span(.exact, of: item, in: bytes)
              if keys.isTurkic[item] {
                turkicExact.add(exact, position)
              } else {
                standardExact.add(exact, position)
              }
              let morphology = Int(keys.morphology[item])
              if morphology >= 0 { knownStems[morphology].insert(keys.span(.last, of: item, in: bytes)) }
              position += 1
            }
          }
        }
        let tables = (turkicExact.finish(), standardExact.finish(), knownStems)
        exactTables.withLock { $0 = tables }
      } else {
        var loose = PostingTable.Builder(capacity: forms.count)
        var skeletons = PostingTable.Builder()
        var surnames = PostingTable.Builder()
        for keys in keyParts {
          keys.bytes.withUnsafeBufferPointer { bytes in
            for item in 0..<keys.count {
              if keys.has(.loose, item) { loose.add(keys.span(.loose, of: item, in: bytes), position) }
              if keys.has(.skeleton, item) { skeletons.add(keys.span(.skeleton, of: item, in: bytes), position) }
              if keys.has(.surname, item) {
                let surname = keys.span(.surname, of: item, in: bytes)
                surnames.add(surname, position)
                if keys.has(.surnameSkeleton, item) {
                  let skeleton = keys.span(.surnameSkeleton, of: item, in: bytes)
                  if !skeleton.elementsEqual(surname) { surnames.add(skeleton, position) }
                }
              }
              position += 1
            }
          }
        }
        let tables = (loose.finish(), skeletons.finish(), surnames.finish())
        otherTables.withLock { $0 = tables }
      }
    }
    let empty = PostingTable.Builder(capacity: 1)
    let exact = exactTables.withLock { $0 } ?? (empty.finish(), empty.finish(), [])
    let other = otherTables.withLock { $0 } ?? (empty.finish(), empty.finish(), empty.finish())
    self.turkicExact = exact.0
    self.standardExact = exact.1
    self.knownStems = exact.2
    self.loose = other.0
    self.skeletons = other.1
    self.surnames = other.2
  }

  /// An index of tables already built (read back by `init(serialized:startingAt:glossary:)`).
  init(
    glossary: Glossary, forms: [RecognizedForm], turkicExact: PostingTable, standardExact: PostingTable,
    loose: PostingTable, skeletons: PostingTable, surnames: PostingTable, knownStems: [ByteStringTable]
  ) {
    self.glossary = glossary
    self.forms = forms
    self.turkicExact = turkicExact
    self.standardExact = standardExact
    self.loose = loose
    self.skeletons = skeletons
    self.surnames = surnames
    self.knownStems = knownStems
  }

  /// Writes the index for `init(serialized:startingAt:glossary:)`: the forms as columns, then
  /// the posting tables and the known stems. The fuzzy index is built on first use, as ever.
  public func write(to writer: inout BinaryWriter) {
    // An origin: whether derived (the columns' flag), then its scheme and source language ("" when
    // written).
    FormColumns.write(
      forms.lazy.map { ($0.entryIndex, $0.text, $0.language, $0.status, $0.origin.isDerived) }, to: &writer)
    writer.append(interned: forms.lazy.map { $0.origin.scheme ?? "" })
    writer.append(interned: forms.lazy.map { form in
      if case .derived(_, let from) = form.origin { return from }
      return ""
    })
    for table in [turkicExact, standardExact, loose, skeletons, surnames] { table.write(to: &writer) }
    writer.append(knownStems.count)
    for stems in knownStems { stems.write(to: &writer) }
  }

  /// The morphology languages, in the order of `knownStems`.
  static let morphologyLanguages = ["tr", "kk", "en"]

  /// Builds the tables every lookup reads besides the index, which are otherwise built by the
  /// first query: case folding and the suffixes of each language. A caller that loads a
  /// glossary and an index first can have them built on another thread meanwhile.
  public static func prepareSharedTables() {
    _ = Folder(language: .turkish)
    _ = Folder(language: .english)
    _ = InflectionStems.analyzers
  }

  /// The entries `query` may mean, best first.
  ///
  /// - Complexity: O(q) hash probes for a query of q letters; with `fuzzy`, plus the candidate
  ///   keys of the deletion index (the first fuzzy lookup builds it).
  public func lookup(_ query: String, options: LookupOptions = LookupOptions()) -> [LookupMatch] {
    let turkicKey = Self.spaced(Folder(language: .turkish).key(query))
    let standardKey = Self.spaced(Folder(language: .english).key(query))
    guard !turkicKey.isEmpty else { return [] }
    let wanted = Set(options.languages.map(LanguageTag.primary))
    var best: [Int: LookupMatch] = [:]

    func consider(_ postings: ArraySlice<Int32>?, _ kind: MatchKind, distance: Int = 0) {
      for position in postings ?? [] {
        let form = forms[Int(position)]
        if !wanted.isEmpty, !wanted.contains(LanguageTag.primary(form.language)) { continue }
        let score = Self.score(kind, form, distance: distance)
        if let current = best[form.entryIndex], current.score >= score { continue }
        best[form.entryIndex] = LookupMatch(
          entryIndex: form.entryIndex, entry: glossary.entries[form.entryIndex], score: score, kind: kind, form: form,
          distance: distance)
      }
    }
    func exact(_ turkic: String, _ standard: String, _ kind: MatchKind) {
      consider(turkicExact.positions(of: turkic), kind)
      consider(standardExact.positions(of: standard), kind)
    }

    exact(turkicKey, standardKey, .exact)
    // The last word inflected: a suffix after an apostrophe, or one the analyzers know.
    let cutTurkic = Self.cutAtApostrophe(turkicKey)
    let cutStandard = Self.cutAtApostrophe(standardKey)
    if cutTurkic != turkicKey || cutStandard != standardKey { exact(cutTurkic, cutStandard, .inflected) }
    for (key, turkic) in [(cutTurkic, true), (cutStandard, false)] {
      let (prefix, last) = Self.splitLast(key)
      let stems = InflectionStems.stems(of: last) { language, stem in
        guard let table = Self.morphologyLanguages.firstIndex(of: language) else { return false }
        return knownStems[table].id(of: stem) >= 0
      }
      for (stem, language) in stems {
        let candidate = prefix + stem
        let postings = (turkic ? turkicExact : standardExact).positions(of: candidate)?.filter {
          Self.morphologyLanguage(forms[Int($0)].language) == language
        }
        consider(postings.map { ArraySlice($0) }, .inflected)
      }
    }
    let looseQuery = LooseKey.make(turkicKey)
    consider(loose.positions(of: looseQuery), .ascii)
    let looseCut = LooseKey.make(cutTurkic)
    if looseCut != looseQuery { consider(loose.positions(of: looseCut), .ascii) }
    if LooseKey.isLatin(cutTurkic) {
      consider(skeletons.positions(of: NameSkeleton.key(cutTurkic)), .skeleton)
    }
    if !cutTurkic.contains(" ") {
      consider(surnames.positions(of: cutTurkic), .partial)
      if cutStandard != cutTurkic { consider(surnames.positions(of: cutStandard), .partial) }
      if LooseKey.isLatin(cutTurkic) { consider(surnames.positions(of: NameSkeleton.key(cutTurkic)), .partial) }
    }
    if options.fuzzy {
      let index = fuzzy.withLock { cached in
        if let cached { return cached }
        // The deletion index needs the loose keys as strings: made on first use only.
        let built = FuzzyIndex(keys: (0..<loose.keys.count).map { loose.keys.string(Int32($0)) })
        cached = built
        return built
      }
      for (key, distance) in index.candidates(looseCut) where distance > 0 {
        consider(loose.positions(ofID: Int32(key)), .fuzzy, distance: distance)
      }
    }
    let sorted = best.values.sorted {
      $0.score != $1.score ? $0.score > $1.score : $0.entryIndex < $1.entryIndex
    }
    return Array(sorted.prefix(max(options.limit, 0)))
  }

  /// The score of a match of `kind` on `form`.
  public static func score(_ kind: MatchKind, _ form: RecognizedForm, distance: Int = 0) -> Double {
    let status: Double =
      switch form.status {
      case .preferred: 0
      case .admitted: kind == .exact ? 0.05 : 0.02
      case .deprecated: kind == .exact ? 0.1 : 0.04
      }
    let derived = form.origin.isDerived ? 0.03 : 0
    let base: Double =
      switch kind {
      case .exact: 1.0
      case .inflected: 0.8
      case .ascii: 0.7
      case .skeleton: 0.65
      case .partial: 0.6
      case .fuzzy: 0.5 - 0.1 * Double(max(distance - 1, 0))
      }
    return max(0, min(1, base - status - derived))
  }

  /// The morphology language of a form's language: tr, kk (both scripts) or en.
  static func morphologyLanguage(_ tag: String) -> String? {
    switch LanguageTag.primary(tag) {
    case "tr": "tr"
    case "kk": "kk"
    case "en": "en"
    default: nil
    }
  }

  /// A key with hyphens and runs of white space made one space, trimmed.
  static func spaced(_ key: String) -> String {
    var key = key
    return key.withUTF8 { bytes in
      if isSpaced(bytes) { return nil }
      var result: [UInt8] = []
      appendSpaced(bytes, to: &result)
      return String(decoding: result, as: UTF8.self)
    } ?? key
  }

  /// Appends `key` (valid UTF-8) with hyphens and runs of white space made one space, trimmed.
  static func appendSpaced(_ key: UnsafeBufferPointer<UInt8>, to result: inout [UInt8]) {
    if isSpaced(key) {
      result.append(contentsOf: key)
      return
    }
    let start = result.count
    var pendingSpace = false
    var index = 0
    while index < key.count {
      let (scalar, length) = UTF8Scalar.decode(key, at: index)
      if scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" || scalar.isGlossarySpace {
        pendingSpace = result.count > start
      } else {
        if pendingSpace {
          result.append(0x20)
          pendingSpace = false
        }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: key[index..<index + length]))
      }
      index += length
    }
  }

  /// Whether a key is spaced already: single ASCII spaces between words, no hyphen (most are).
  private static func isSpaced(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
    var previousSpace = true
    for byte in key {
      // A hyphen, a control character, or the lead byte of a possible non-ASCII space or dash.
      if byte == 0x2D || byte < 0x20 || byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 { return false }
      if byte == 0x20 {
        if previousSpace { return false }
        previousSpace = true
      } else {
        previousSpace = false
      }
    }
    return !previousSpace || key.isEmpty
  }

  /// The key with its last word cut at its first apostrophe: `bakanlığı'nın` -> `bakanlığı`.
  static func cutAtApostrophe(_ key: String) -> String {
    let (prefix, last) = splitLast(key)
    guard let apostrophe = last.firstIndex(of: "'"), apostrophe != last.startIndex else { return key }
    return prefix + last[..<apostrophe]
  }

  /// The key before its last word (with the space), and the last word.
  static func splitLast(_ key: String) -> (String, String) {
    guard let space = key.lastIndex(of: " ") else { return ("", key) }
    return (String(key[...space]), String(key[key.index(after: space)...]))
  }
}
