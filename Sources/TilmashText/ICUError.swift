import CICU

/// A failure reported by ICU, holding its `UErrorCode`.
public struct ICUError: Error, Equatable, Sendable, CustomStringConvertible {
  public var code: Int32

  public init(code: Int32) { self.code = code }

  /// ICU's name for the code, such as `U_ILLEGAL_ARGUMENT_ERROR`.
  public var name: String { String(cString: cicu_error_name(code)) }

  public var description: String { "ICU error \(name)" }

  static let bufferOverflow: Int32 = 15  // U_BUFFER_OVERFLOW_ERROR

  /// Treats warnings (negative codes) as success.
  static func check(_ status: Int32) throws(ICUError) {
    if status > 0 { throw ICUError(code: status) }
  }
}
