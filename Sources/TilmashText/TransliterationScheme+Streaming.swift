extension TransliterationScheme {
  /// Transliterates `input` line by line, handing each output line to `write`, with its line
  /// ending ("\n", "\r\n" or none) kept byte for byte.
  ///
  ///     var input = try TextInput(path: "haber.txt")
  ///     try TransliterationScheme.named("tr-ascii").transliterate(&input, lossy: false) { bytes in
  ///       output.append(contentsOf: bytes)
  ///     }
  ///
  /// Strict (`lossy: false`): the whole input is checked first, and invalid UTF-8 throws
  /// `.invalidUTF8` with its byte offset before anything is written. Lossy: each bad sequence
  /// becomes U+FFFD, reported to `warn` with its offset, in one pass.
  /// A byte-order mark and NUL bytes pass through unchanged.
  public func transliterate(
    _ input: inout TextInput, lossy: Bool,
    warn: (InvalidUTF8) -> Void = { _ in },
    write: ([UInt8]) -> Void
  ) throws(TextInputError) {
    if !lossy, let error = try input.firstInvalidUTF8() {
      throw .invalidUTF8(path: input.name, error)
    }
    var reader = try input.lines()
    while let line = try reader.next() {
      let (content, ending) = LineReader.split(line.bytes)
      let text: String
      if lossy {
        let decoded = UTF8Validation.decodeLossy(content)
        for error in decoded.errors {
          warn(InvalidUTF8(byteOffset: line.offset + error.byteOffset, length: error.length))
        }
        text = decoded.text
      } else {
        text = String(decoding: content, as: UTF8.self)
      }
      var output = Array(transliterate(text).utf8)
      output.append(contentsOf: ending)
      write(output)
    }
  }
}
