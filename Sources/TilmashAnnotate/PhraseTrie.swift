import TilmashText

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

extension PhraseTrie {
  func write(to writer: inout BinaryWriter) {
    writer.append(rootLinks)
    edges.write(to: &writer)
    writer.append(firstPattern)
    writer.append(patternLinks.map(\.pattern))
    writer.append(patternLinks.map(\.next))
  }

  /// Reads a trie `write(to:)` wrote, checking that every link names a node, every pattern is
  /// below `patternCount`, and every node's pattern list ends.
  init(reading reader: inout BinaryReader, patternCount: Int) throws(BinaryFormatError) {
    let rootLinks = try reader.array(of: Int32.self)
    // Nodes are only known after the edges; their links are checked against the count then.
    var largestLink: Int32 = -1
    let edges = try PairTable(reading: &reader) { link in
      largestLink = max(largestLink, link)
      return link >= -1
    }
    let firstPattern = try reader.array(of: Int32.self)
    let nodeCount = firstPattern.count
    func isLink(_ raw: Int32) -> Bool { raw == -1 || (raw >= 0 && Int(TrieLink(raw: raw).node) < nodeCount) }
    guard nodeCount >= 1, rootLinks.allSatisfy(isLink), isLink(largestLink) else {
      throw reader.failure("a trie link names a node beyond the \(nodeCount) nodes")
    }
    let patterns = try reader.array(of: Int32.self)
    let nexts = try reader.array(of: Int32.self)
    guard patterns.count == nexts.count, firstPattern.allSatisfy({ $0 >= -1 && Int($0) < patterns.count }),
      patterns.allSatisfy({ $0 >= 0 && Int($0) < patternCount }),
      // A list runs from later entries to earlier ones, so it ends.
      nexts.enumerated().allSatisfy({ $1 >= -1 && Int($1) < $0 })
    else { throw reader.failure("a trie's pattern lists name entries that do not exist") }
    self.rootLinks = rootLinks
    self.edges = edges
    self.firstPattern = firstPattern
    self.patternLinks = zip(patterns, nexts).map { (pattern: $0, next: $1) }
  }
}
