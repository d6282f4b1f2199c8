/// Candidate keys for typo-tolerant lookup, without a scan of every key.
///
/// The vocabulary of words of all loose keys is indexed by each word and its one-letter
/// deletions (the SymSpell scheme): a query word and a vocabulary word within one edit share an
/// entry, and most pairs within two edits do too. The keys that contain a candidate word of the
/// query's most selective word are then checked with a bounded Damerau-Levenshtein distance.
struct FuzzyIndex: Sendable {
  private var vocabulary: [String] = []
  private var deletions: [String: [Int32]] = [:]
  private var postings: [[Int32]] = []
  let keys: [String]

  /// Builds the index of `keys` (loose keys).
  ///
  /// - Complexity: O(w · l) for w distinct words of l letters.
  init(keys: [String]) {
    self.keys = keys
    var wordIDs: [String: Int32] = [:]
    for (keyIndex, key) in keys.enumerated() {
      for word in key.split(separator: " ") {
        let text = String(word)
        let id: Int32
        if let known = wordIDs[text] {
          id = known
        } else {
          id = Int32(vocabulary.count)
          wordIDs[text] = id
          vocabulary.append(text)
          postings.append([])
          for variant in Self.variants(of: text) { deletions[variant, default: []].append(id) }
        }
        if postings[Int(id)].last != Int32(keyIndex) { postings[Int(id)].append(Int32(keyIndex)) }
      }
    }
  }

  /// The word and its one-letter deletions (words of 3 letters or more).
  static func variants(of word: String) -> Set<String> {
    var result: Set<String> = [word]
    let scalars = Array(word.unicodeScalars)
    guard scalars.count >= 3 else { return result }
    for skip in scalars.indices {
      var view = String.UnicodeScalarView()
      for (index, scalar) in scalars.enumerated() where index != skip { view.append(scalar) }
      result.insert(String(view))
    }
    return result
  }

  /// Keys within the allowed distance of `query` (a loose key), with their distances.
  func candidates(_ query: String) -> [(key: Int, distance: Int)] {
    let queryScalars = Array(query.unicodeScalars)
    let bound = EditDistance.bound(forLength: queryScalars.count)
    guard bound > 0 else { return [] }
    var best: Set<Int32>?
    for word in query.split(separator: " ") {
      let text = String(word)
      let wordScalars = Array(text.unicodeScalars)
      var words = Set<Int32>()
      for variant in Self.variants(of: text) {
        for id in deletions[variant] ?? [] where !words.contains(id) {
          let candidate = Array(vocabulary[Int(id)].unicodeScalars)
          if EditDistance.distance(wordScalars, candidate, bound: min(bound, 2)) != nil { words.insert(id) }
        }
      }
      var keySet = Set<Int32>()
      for id in words { keySet.formUnion(postings[Int(id)]) }
      if !keySet.isEmpty, best.map({ keySet.count < $0.count }) ?? true { best = keySet }
    }
    var result: [(key: Int, distance: Int)] = []
    // In key order: a set's order changes from process to process, and the first of two
    // forms of an entry at the same distance is the one a lookup shows.
    for keyIndex in (best ?? []).sorted() {
      let key = Array(keys[Int(keyIndex)].unicodeScalars)
      if let distance = EditDistance.distance(queryScalars, key, bound: bound) {
        result.append((Int(keyIndex), distance))
      }
    }
    return result
  }
}
