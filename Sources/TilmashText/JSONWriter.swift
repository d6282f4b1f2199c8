/// Appends JSON to a byte buffer, keys in the order they are written: enough for the records
/// Tilmash writes (annotations, lookup results, reports), without Foundation's encoder and its
/// per-record cost.
///
///     var json = JSONWriter()
///     json.beginObject(); json.field("id", "dip-state-visit"); json.endObject()
///     String(decoding: json.bytes, as: UTF8.self)  // {"id":"dip-state-visit"}
public struct JSONWriter: Sendable {
  public private(set) var bytes: [UInt8] = []
  private var needsComma: [Bool] = []

  public init() {}

  /// Makes room for `capacity` bytes in all, for a caller that knows about how long its record
  /// will be.
  public mutating func reserveCapacity(_ capacity: Int) {
    bytes.reserveCapacity(capacity)
  }

  /// The JSON written so far, as a string.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  public mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    needsComma.append(false)
  }

  public mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    needsComma.removeLast()
  }

  public mutating func beginArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    needsComma.append(false)
  }

  public mutating func endArray() {
    bytes.append(UInt8(ascii: "]"))
    needsComma.removeLast()
  }

  /// Writes `"key":` inside an object; the value follows.
  public mutating func key(_ key: String) {
    separate()
    appendString(key)
    bytes.append(UInt8(ascii: ":"))
    if !needsComma.isEmpty { needsComma[needsComma.count - 1] = false }
  }

  /// An object member's name encoded once (`"start":`), for a record written many times.
  public struct Key: Sendable {
    fileprivate let encoded: [UInt8]

    public init(_ name: String) {
      var writer = JSONWriter()
      writer.appendString(name)
      encoded = writer.bytes + [UInt8(ascii: ":")]
    }
  }

  public mutating func key(_ key: Key) {
    separate()
    bytes.append(contentsOf: key.encoded)
    if !needsComma.isEmpty { needsComma[needsComma.count - 1] = false }
  }

  public mutating func string(_ value: String) {
    separate()
    appendString(value)
  }

  public mutating func int(_ value: Int) {
    separate()
    // Digits into a small buffer, last first, then appended at once: a `String` per number
    // would cost an allocation, and annotations write four numbers each.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var magnitude = value.magnitude
      var start = digits.count
      repeat {
        start -= 1
        digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      if value < 0 { bytes.append(UInt8(ascii: "-")) }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
    }
  }

  /// A finite number, written with at most three decimals: 1, 0.95, 0.667.
  public mutating func number(_ value: Double) {
    separate()
    let rounded = (value * 1000).rounded() / 1000
    let text = rounded.isFinite ? (rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)) : "null"
    bytes.append(contentsOf: text.utf8)
  }

  public mutating func bool(_ value: Bool) {
    separate()
    let literal: StaticString = value ? "true" : "false"
    bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  public mutating func null() {
    separate()
    bytes.append(contentsOf: "null".utf8)
  }

  public mutating func field(_ key: Key, _ value: String) {
    self.key(key)
    string(value)
  }

  public mutating func field(_ key: Key, _ value: Int) {
    self.key(key)
    int(value)
  }

  public mutating func field(_ key: Key, _ value: Bool) {
    self.key(key)
    bool(value)
  }

  public mutating func field(_ name: String, _ value: String) {
    key(name)
    string(value)
  }

  public mutating func field(_ name: String, _ value: Int) {
    key(name)
    int(value)
  }

  public mutating func field(_ name: String, _ value: Bool) {
    key(name)
    bool(value)
  }

  public mutating func field(_ name: String, _ value: String?) {
    key(name)
    if let value { string(value) } else { null() }
  }

  /// An object of string values with sorted keys.
  public mutating func field(_ name: String, _ value: [String: String]) {
    key(name)
    beginObject()
    for (key, text) in value.sorted(by: { $0.key < $1.key }) { field(key, text) }
    endObject()
  }

  /// Members already encoded (`"kind":"term","id":"x"`), written as they are: for parts that
  /// repeat from record to record.
  public mutating func raw(_ members: [UInt8]) {
    separate()
    bytes.append(contentsOf: members)
  }

  public mutating func newline() { bytes.append(0x0A) }

  private mutating func separate() {
    guard let last = needsComma.last else { return }
    if last { bytes.append(UInt8(ascii: ",")) }
    needsComma[needsComma.count - 1] = true
  }

  /// A string literal. Besides what JSON requires (quote, backslash, controls), U+2028 and
  /// U+2029 are escaped: line splitters such as Python's `splitlines()` break lines at them, and
  /// one record must stay on one line.
  private mutating func appendString(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in
      // Runs that need no escaping are copied whole; most strings are one run.
      var runStart = 0
      var index = 0
      while index < utf8.count, utf8[index] >= 0x20, utf8[index] != 0x22, utf8[index] != 0x5C, utf8[index] != 0xE2 {
        index += 1
      }
      while index < utf8.count {
        let byte = utf8[index]
        let escape: [UInt8]
        switch byte {
        case UInt8(ascii: "\""): escape = [0x5C, 0x22]
        case UInt8(ascii: "\\"): escape = [0x5C, 0x5C]
        case 0x0A: escape = [0x5C, UInt8(ascii: "n")]
        case 0x0D: escape = [0x5C, UInt8(ascii: "r")]
        case 0x09: escape = [0x5C, UInt8(ascii: "t")]
        case 0..<0x20: escape = Self.unicodeEscape(UInt32(byte))
        case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
          escape = Self.unicodeEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029)
        default:
          index += 1
          continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        bytes.append(contentsOf: escape)
        index += byte == 0xE2 ? 3 : 1
        runStart = index
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// `\uXXXX`, lowercase hexadecimal.
  private static func unicodeEscape(_ value: UInt32) -> [UInt8] {
    let hex = Array("0123456789abcdef".utf8)
    return [0x5C, UInt8(ascii: "u")] + (0..<4).reversed().map { hex[Int(value >> UInt32($0 * 4) & 0xF)] }
  }
}
