/// The suffix chains in a trie read from the end of a word: a dense transition table over the
/// bytes that occur in chains, each node that ends a chain tagged with the stem classes it may
/// follow.
struct SuffixTrie: Sendable {
  /// Column of each byte in the table, 0xFF when no chain contains it.
  let columns: [UInt8]
  let width: Int
  /// `transitions[node * width + column]`: the next node, 0 when there is none (node 0 is the root).
  let transitions: [Int32]
  /// Per node: the stem classes a chain ending here may follow (0: not the end of a chain).
  let classes: [UInt64]
  /// Per node: whether the chain ending here starts with a vowel.
  let vowelInitial: [Bool]

  init(chains: [[UInt8]: SuffixChains.Chain]) {
    var used = [Bool](repeating: false, count: 256)
    for bytes in chains.keys { for byte in bytes { used[Int(byte)] = true } }
    var columns = [UInt8](repeating: 0xFF, count: 256)
    var width = 0
    for byte in 0..<256 where used[byte] {
      columns[byte] = UInt8(width)
      width += 1
    }
    width = max(width, 1)
    var transitions = [Int32](repeating: 0, count: width)
    var classes: [UInt64] = [0]
    var vowelInitial: [Bool] = [false]
    // Sorted so that the layout, and so the behaviour, is the same on every run.
    for (bytes, chain) in chains.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
      var node = 0
      for byte in bytes.reversed() {
        let slot = node * width + Int(columns[Int(byte)])
        if transitions[slot] == 0 {
          transitions[slot] = Int32(classes.count)
          classes.append(0)
          vowelInitial.append(false)
          transitions.append(contentsOf: repeatElement(0, count: width))
        }
        node = Int(transitions[slot])
      }
      classes[node] |= chain.classes
      vowelInitial[node] = chain.vowelInitial
    }
    self.columns = columns
    self.width = width
    self.transitions = transitions
    self.classes = classes
    self.vowelInitial = vowelInitial
  }

  var nodeCount: Int { classes.count }
}
