/// A trie of phrases over word ids, with the patterns that end at each node.
///
/// The root's edges sit in an array indexed by word id (every text word starts a walk there);
/// deeper edges in a `PairTable`.
struct PhraseTrie: Sendable {
  static let root: Int32 = 0
  private var rootLinks: [Int32] = []
  private var edges = PairTable()
  /// For each node, the first pattern ending there (an index into `patternLinks`), or -1.
  private var firstPattern: [Int32] = [-1]
  /// Pattern ids chained per node: (pattern, next link).
  private var patternLinks: [(pattern: Int32, next: Int32)] = []

  /// The edge from `node` on `word` (a word id, or -1 for a word no phrase has).
  @inline(__always)
  func link(_ node: Int32, _ word: Int32) -> TrieLink {
    if word < 0 { return .none }
    if node == Self.root {
      return Int(word) < rootLinks.count ? TrieLink(raw: rootLinks[Int(word)]) : .none
    }
    return TrieLink(raw: edges.value(node, word))
  }

  /// Calls `body` with each pattern ending at `node`, the last inserted first.
  @inline(__always)
  func forEachPattern(at node: Int32, _ body: (Int32) -> Void) {
    var link = firstPattern[Int(node)]
    while link >= 0 {
      body(patternLinks[Int(link)].pattern)
      link = patternLinks[Int(link)].next
    }
  }

  mutating func insert(words: [Int32], pattern: Int32) {
    guard !words.isEmpty else { return }
    var node = Self.root
    for (position, word) in words.enumerated() {
      let isLast = position == words.count - 1
      var link = self.link(node, word)
      if !link.exists {
        link = TrieLink(node: Int32(firstPattern.count), hasPatterns: false)
        firstPattern.append(-1)
      }
      if isLast && !link.hasPatterns { link = TrieLink(node: link.node, hasPatterns: true) }
      setLink(node, word, link)
      node = link.node
    }
    patternLinks.append((pattern, firstPattern[Int(node)]))
    firstPattern[Int(node)] = Int32(patternLinks.count - 1)
  }

  private mutating func setLink(_ node: Int32, _ word: Int32, _ link: TrieLink) {
    if node == Self.root {
      if rootLinks.count <= Int(word) {
        rootLinks.append(contentsOf: repeatElement(-1, count: Int(word) + 1 - rootLinks.count))
      }
      rootLinks[Int(word)] = link.raw
    } else {
      edges.set(node, word, link.raw)
    }
  }
}
