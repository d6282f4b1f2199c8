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

  private let turkicExact: [String: PostingList]
  private let standardExact: [String: PostingList]
  private let looseKeyIDs: [String: Int32]
  private let skeletons: [String: PostingList]
  private let surnames: [String: PostingList]
  private let knownStems: [String: Set<String>]
  private let looseKeyList: [String]
  private let looseKeyForms: [PostingList]
  private let fuzzy = Mutex<FuzzyIndex?>(nil)

  private struct Keys: Sendable {
    var exact: String
    var turkic: Bool
    var loose: String?
    var skeleton: String?
    var surname: String?
    var surnameSkeleton: String?
  }

  public init(glossary: Glossary, expander: FormExpander = .standard) {
    self.glossary = glossary
    let forms = expander.recognizedForms(of: glossary)
    self.forms = forms
    let entries = glossary.entries
    // `Folder` and the analyzers build their tables on first use: not inside the timed loops.
    // Keys of every form, on all cores.
    let chunkCount = max(1, min(64, forms.count / 2048))
    let chunkSize = (forms.count + chunkCount - 1) / chunkCount
    let parts = ChunkResults<[Keys]>(count: chunkCount, initial: [])
    DispatchQueueBridge.concurrentPerform(chunkCount) { chunk in
      let start = chunk * chunkSize
      let end = min(start + chunkSize, forms.count)
      guard start < end else { return }
      var keys: [Keys] = []
      keys.reserveCapacity(end - start)
      let turkic = Folder(language: .turkish)
      let standard = Folder(language: .english)
      var turkicLanguages: [String: Bool] = [:]
      for form in forms[start..<end] {
        let isTurkic = turkicLanguages[form.language] ?? CaseLanguage(tag: form.language).isTurkic
        turkicLanguages[form.language] = isTurkic
        let exact = Self.spaced((isTurkic ? turkic : standard).key(form.text))
        var item = Keys(exact: exact, turkic: isTurkic)
        if LooseKey.isLatin(exact) {
          item.loose = LooseKey.make(exact)
          let kind = entries[form.entryIndex].kind
          if kind.isName || form.language.hasPrefix("kk") {
            item.skeleton = NameSkeleton.key(exact)
          }
        }
        if entries[form.entryIndex].kind == .person, let space = exact.lastIndex(of: " ") {
          let surname = String(exact[exact.index(after: space)...])
          if surname.unicodeScalars.count >= 3 {
            item.surname = surname
            if LooseKey.isLatin(surname) { item.surnameSkeleton = NameSkeleton.key(surname) }
          }
        }
        keys.append(item)
      }
      parts.set(chunk, keys)
    }
    // Two independent groups of tables, filled on two cores.
    let keyParts = parts.values
    let exactTables = Mutex<(turkic: [String: PostingList], standard: [String: PostingList], stems: [String: Set<String>])?>(nil)
    let otherTables = Mutex<(ids: [String: Int32], lists: [String], postings: [PostingList], skeletons: [String: PostingList], surnames: [String: PostingList])?>(nil)
    DispatchQueueBridge.concurrentPerform(2) { job in
      var position: Int32 = 0
      if job == 0 {
        var turkicExact: [String: PostingList] = [:]
        var standardExact: [String: PostingList] = [:]
        var knownStems: [String: Set<String>] = [:]
        turkicExact.reserveCapacity(forms.count)
        for keys in keyParts {
          for item in keys {
            if item.turkic {
              Self.add(position, item.exact, to: &turkicExact)
            } else {
              Self.add(position, item.exact, to: &standardExact)
            }
            if let morphology = Self.morphologyLanguage(forms[Int(position)].language) {
              let last = item.exact.lastIndex(of: " ").map { String(item.exact[item.exact.index(after: $0)...]) } ?? item.exact
              knownStems[morphology, default: []].insert(last)
            }
            position += 1
          }
        }
        exactTables.withLock { $0 = (turkicExact, standardExact, knownStems) }
      } else {
        var looseKeyIDs: [String: Int32] = [:]
        var looseKeyList: [String] = []
        var looseKeyForms: [PostingList] = []
        var skeletons: [String: PostingList] = [:]
        var surnames: [String: PostingList] = [:]
        looseKeyIDs.reserveCapacity(forms.count)
        for keys in keyParts {
          for item in keys {
            if let key = item.loose {
              if let id = looseKeyIDs[key] {
                looseKeyForms[Int(id)].append(position)
              } else {
                looseKeyIDs[key] = Int32(looseKeyList.count)
                looseKeyList.append(key)
                looseKeyForms.append(PostingList(position))
              }
            }
            if let key = item.skeleton { Self.add(position, key, to: &skeletons) }
            if let key = item.surname { Self.add(position, key, to: &surnames) }
            if let key = item.surnameSkeleton, key != item.surname { Self.add(position, key, to: &surnames) }
            position += 1
          }
        }
        otherTables.withLock { $0 = (looseKeyIDs, looseKeyList, looseKeyForms, skeletons, surnames) }
      }
    }
    let exact = exactTables.withLock { $0 } ?? ([:], [:], [:])
    let other = otherTables.withLock { $0 } ?? ([:], [], [], [:], [:])
    self.turkicExact = exact.0
    self.standardExact = exact.1
    self.knownStems = exact.2
    self.looseKeyIDs = other.0
    self.looseKeyList = other.1
    self.looseKeyForms = other.2
    self.skeletons = other.3
    self.surnames = other.4
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

    func consider(_ list: PostingList?, _ kind: MatchKind, distance: Int = 0) {
      consider(list?.positions, kind, distance: distance)
    }
    func consider(_ postings: [Int32]?, _ kind: MatchKind, distance: Int = 0) {
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
      consider(turkicExact[turkic], kind)
      consider(standardExact[standard], kind)
    }

    exact(turkicKey, standardKey, .exact)
    // The last word inflected: a suffix after an apostrophe, or one the analyzers know.
    let cutTurkic = Self.cutAtApostrophe(turkicKey)
    let cutStandard = Self.cutAtApostrophe(standardKey)
    if cutTurkic != turkicKey || cutStandard != standardKey { exact(cutTurkic, cutStandard, .inflected) }
    for (key, turkic) in [(cutTurkic, true), (cutStandard, false)] {
      let (prefix, last) = Self.splitLast(key)
      let stems = InflectionStems.stems(of: last) { language, stem in
        knownStems[language]?.contains(stem) ?? false
      }
      for (stem, language) in stems {
        let candidate = prefix + stem
        let postings = (turkic ? turkicExact : standardExact)[candidate]?.positions.filter {
          Self.morphologyLanguage(forms[Int($0)].language) == language
        }
        consider(postings, .inflected)
      }
    }
    let looseQuery = LooseKey.make(turkicKey)
    consider(looseKeyIDs[looseQuery].map { looseKeyForms[Int($0)] }, .ascii)
    let looseCut = LooseKey.make(cutTurkic)
    if looseCut != looseQuery { consider(looseKeyIDs[looseCut].map { looseKeyForms[Int($0)] }, .ascii) }
    if LooseKey.isLatin(cutTurkic) {
      consider(skeletons[NameSkeleton.key(cutTurkic)], .skeleton)
    }
    if !cutTurkic.contains(" ") {
      consider(surnames[cutTurkic], .partial)
      if cutStandard != cutTurkic { consider(surnames[cutStandard], .partial) }
      if LooseKey.isLatin(cutTurkic) { consider(surnames[NameSkeleton.key(cutTurkic)], .partial) }
    }
    if options.fuzzy {
      let index = fuzzy.withLock { cached in
        if let cached { return cached }
        let built = FuzzyIndex(keys: looseKeyList)
        cached = built
        return built
      }
      for (key, distance) in index.candidates(looseCut) where distance > 0 {
        consider(looseKeyForms[key].positions, .fuzzy, distance: distance)
      }
    }
    let sorted = best.values.sorted {
      $0.score != $1.score ? $0.score > $1.score : $0.entryIndex < $1.entryIndex
    }
    return Array(sorted.prefix(max(options.limit, 0)))
  }

  @inline(__always)
  private static func add(_ position: Int32, _ key: String, to table: inout [String: PostingList]) {
    if table[key]?.append(position) == nil { table[key] = PostingList(position) }
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
    // Most keys are already spaced: single ASCII spaces between words, no hyphen.
    var clean = true
    var previousSpace = true
    for byte in key.utf8 {
      // A hyphen, a control character, or the lead byte of a possible non-ASCII space or dash.
      if byte == 0x2D || byte < 0x20 || byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 {
        clean = false
        break
      }
      if byte == 0x20 {
        if previousSpace {
          clean = false
          break
        }
        previousSpace = true
      } else {
        previousSpace = false
      }
    }
    if clean, !previousSpace || key.isEmpty { return key }
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in key.unicodeScalars {
      if scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" || scalar.isGlossarySpace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result.append(" ")
        pendingSpace = false
      }
      result.append(scalar)
    }
    return String(result)
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
