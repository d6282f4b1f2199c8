import ArgumentParser

/// A size given on the command line: bytes, or with a K, M or G suffix (powers of 1024).
struct ByteCount: ExpressibleByArgument {
  var bytes: Int

  init(bytes: Int) { self.bytes = bytes }

  init?(argument: String) {
    let text = argument.uppercased().replacingOccurrences(of: "B", with: "").replacingOccurrences(of: "I", with: "")
    let multipliers: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
    var digits = Substring(text)
    var multiplier = 1
    if let last = text.last, let value = multipliers[last] {
      multiplier = value
      digits = text.dropLast()
    }
    guard let number = Int(digits), number >= 0 else { return nil }
    let (product, overflow) = number.multipliedReportingOverflow(by: multiplier)
    guard !overflow else { return nil }
    bytes = product
  }

  var defaultValueDescription: String { "\(bytes >> 20)M" }
}
