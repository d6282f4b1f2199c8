import CICU
import Synchronization

/// An ICU transform: a built-in one by ID, or a rule set compiled with `utrans_openU`.
///
///     let ascii = try Transliterator(id: "Any-Latin; Latin-ASCII")
///     ascii.transliterate("Қазақстан")  // "Qazaqstan"
///
/// Instances are safe to share between threads: each call works under the instance's lock.
public final class Transliterator: Sendable {
  public let name: String
  private let handle: Mutex<HandleBox>

  private struct HandleBox: ~Copyable {
    let pointer: OpaquePointer
    deinit { cicu_trans_close(pointer) }
  }

  /// Opens a built-in ICU transform such as `Any-Latin` or `Latin-ASCII`.
  public init(id: String) throws(TransliterationError) {
    var status: Int32 = 0
    let units = id.utf16Units
    let pointer = units.withUnsafeBufferPointer { cicu_trans_open_id($0.baseAddress, Int32($0.count), &status) }
    guard status <= 0, let pointer else {
      if let pointer { cicu_trans_close(pointer) }
      throw .unknownTransform(id: id, icuError: ICUError(code: status).name)
    }
    self.name = id
    self.handle = Mutex(HandleBox(pointer: pointer))
  }

  /// Compiles ICU transform rules. `name` names the rule set in errors (a file name, say).
  public init(rules: String, name: String) throws(TransliterationError) {
    var status: Int32 = 0
    var line: Int32 = 0
    var offset: Int32 = 0
    var before = [UInt16](repeating: 0, count: 16)
    var after = [UInt16](repeating: 0, count: 16)
    let id = "Tilmash-\(name)".utf16Units.map { $0 < 0x80 && $0 != 0x2F ? $0 : 0x5F }
    let ruleUnits = rules.utf16Units
    let pointer = id.withUnsafeBufferPointer { idBuffer in
      ruleUnits.withUnsafeBufferPointer { rulesBuffer in
        cicu_trans_open_rules(
          idBuffer.baseAddress, Int32(idBuffer.count), rulesBuffer.baseAddress, Int32(rulesBuffer.count),
          &line, &offset, &before, &after, &status)
      }
    }
    guard status <= 0, let pointer else {
      if let pointer { cicu_trans_close(pointer) }
      func text(_ units: [UInt16]) -> String {
        String(decoding: units.prefix { $0 != 0 }, as: UTF16.self)
      }
      // ICU reports no line for transform rules, only an offset into the whole rule text.
      let position = line > 0 ? (line: Int(line), offset: Int(offset)) : Self.lineAndOffset(Int(offset), in: ruleUnits)
      throw .malformedRules(
        name: name, icuError: ICUError(code: status).name, line: position.line, offset: position.offset,
        before: text(before), after: text(after))
    }
    self.name = name
    self.handle = Mutex(HandleBox(pointer: pointer))
  }

  /// The 1-based line of a UTF-16 offset in `units`, and the offset from that line's start.
  static func lineAndOffset(_ offset: Int, in units: [UInt16]) -> (line: Int, offset: Int) {
    let end = min(max(offset, 0), units.count)
    var line = 1
    var lineStart = 0
    for index in 0..<end where units[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    return (line, end - lineStart)
  }

  /// Transliterates `text`. Text the transform does not touch passes through unchanged.
  ///
  /// UTF-8 goes to ICU and back in one call: converting in Swift cost more than transliterating.
  public func transliterate(_ text: String) -> String {
    if text.isEmpty { return text }
    return handle.withLock { box in
      var source = text
      var capacity = source.utf8.count * 2 + 16
      for _ in 0..<2 {
        var status: Int32 = 0
        var length: Int32 = 0
        let result = source.withUTF8 { bytes in
          String(unsafeUninitializedCapacity: capacity) { buffer in
            length = bytes.withMemoryRebound(to: CChar.self) { source in
              buffer.withMemoryRebound(to: CChar.self) { destination in
                cicu_trans_transliterate_utf8(
                  box.pointer, source.baseAddress, Int32(source.count), destination.baseAddress, Int32(destination.count),
                  &status)
              }
            }
            return status <= 0 && length >= 0 ? Int(length) : 0
          }
        }
        if length >= 0, status == ICUError.bufferOverflow {
          capacity = Int(length)
          continue
        }
        return length >= 0 && status <= 0 ? result : text
      }
      return text
    }
  }
}
