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

  public mutating func string(_ value: String) {
    separate()
    appendString(value)
  }

  public mutating func int(_ value: Int) {
    separate()
    bytes.append(contentsOf: String(value).utf8)
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
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  public mutating func null() {
    separate()
    bytes.append(contentsOf: "null".utf8)
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

  private mutating func appendString(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in
      // Runs that need no escaping are copied whole.
      var runStart = 0
      for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        runStart = index + 1
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        default:
          let hex = Array("0123456789abcdef".utf8)
          bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
