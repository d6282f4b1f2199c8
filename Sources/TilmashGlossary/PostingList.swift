/// The recognized forms under one key. Most keys have one form, which is stored without an
/// array allocation.
struct PostingList: Sendable {
  var first: Int32
  var more: [Int32] = []

  init(_ first: Int32) {
    self.first = first
  }

  mutating func append(_ position: Int32) { more.append(position) }

  var positions: [Int32] { more.isEmpty ? [first] : [first] + more }
}
