/// A trie of phrases over word ids, with the patterns that end at each node.
struct PhraseTrie: Sendable {
  static let root: Int32 = 0
  private var edges = PairTable()
  /// For each node, the first pattern ending there (an index into `patternLinks`), or -1.
  private var firstPattern: [Int32] = [-1]
  /// Pattern ids chained per node: (pattern, next link).
  private var patternLinks: [(pattern: Int32, next: Int32)] = []

  @inline(__always)
  func child(_ node: Int32, _ word: Int32) -> Int32 {
    word < 0 ? -1 : edges.value(node, word)
  }

  @inline(__always)
  func hasPatterns(_ node: Int32) -> Bool { firstPattern[Int(node)] >= 0 }

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
    var node = Self.root
    for word in words {
      var next = edges.value(node, word)
      if next < 0 {
        next = Int32(firstPattern.count)
        firstPattern.append(-1)
        edges.set(node, word, next)
      }
      node = next
    }
    patternLinks.append((pattern, firstPattern[Int(node)]))
    firstPattern[Int(node)] = Int32(patternLinks.count - 1)
  }
}
