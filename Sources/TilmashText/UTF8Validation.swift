/// Strict and lossy decoding of UTF-8 input.
///
/// A byte-order mark is kept (it is part of the input, and offsets count it); a NUL byte is an
/// ordinary character.
public enum UTF8Validation {
  /// The offset of the first invalid sequence, or nil when all of `bytes` is valid UTF-8.
  public static func firstError(in bytes: some Collection<UInt8>) -> InvalidUTF8? {
    // Fast path: the standard library's validation is vectorized; the scalar parser below only
    // runs to locate an error.
    let valid = bytes.withContiguousStorageIfAvailable { String(validating: $0, as: UTF8.self) != nil }
    if valid == true { return nil }
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): offset += encoded.count
      case .emptyInput: return nil
      case .error(let length): return InvalidUTF8(byteOffset: offset, length: length)
      }
    }
  }

  /// Decodes `bytes`, or throws at the first invalid sequence.
  public static func decode(_ bytes: some Collection<UInt8>) throws(InvalidUTF8) -> String {
    if let error = firstError(in: bytes) { throw error }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Decodes `bytes`, replacing each invalid sequence with U+FFFD; also returns where each
  /// replacement was made.
  public static func decodeLossy(_ bytes: some Collection<UInt8>) -> (text: String, errors: [InvalidUTF8]) {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    var errors: [InvalidUTF8] = []
    var scalars = String.UnicodeScalarView()
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        scalars.append(UTF8.decode(encoded))
        offset += encoded.count
      case .emptyInput:
        return (String(scalars), errors)
      case .error(let length):
        errors.append(InvalidUTF8(byteOffset: offset, length: length))
        scalars.append("\u{FFFD}")
        offset += length
      }
    }
  }
}
