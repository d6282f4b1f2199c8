/// Damerau-Levenshtein distance (optimal string alignment: insertions, deletions,
/// substitutions and transpositions of adjacent letters), bounded.
enum EditDistance {
  /// The distance between `a` and `b`, or nil when it is more than `bound`.
  ///
  /// - Complexity: O(n · bound) with the band; O(1) extra space per row.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int) -> Int? {
    if abs(a.count - b.count) > bound { return nil }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= bound ? max(a.count, b.count) : nil }
    let large = bound + 1
    var previous2 = [Int](repeating: large, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: large, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      let low = max(1, i - bound)
      let high = min(b.count, i + bound)
      if low > 1 { current[low - 1] = large }
      var rowMinimum = current[0] <= bound ? current[0] : large
      if low <= high {
        for j in low...high {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, previous2[j - 2] + 1) }
          current[j] = value
          rowMinimum = min(rowMinimum, value)
        }
      }
      if high < b.count { current[high + 1] = large }
      if rowMinimum > bound { return nil }
      (previous2, previous, current) = (previous, current, previous2)
    }
    let result = previous[b.count]
    return result <= bound ? result : nil
  }

  /// The distance `--fuzzy` allows for a key of `length` letters.
  static func bound(forLength length: Int) -> Int {
    length <= 3 ? 0 : length <= 7 ? 1 : 2
  }
}
