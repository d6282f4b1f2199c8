/// The growing key, its offset map and its words. The key and the map grow in buffers of their
/// own rather than arrays: the hot loop appends a byte at a time, and an array would check its
/// uniqueness on every append.
struct FoldState: ~Copyable {
  private var keyBuffer: UnsafeMutablePointer<UInt8>
  private var offsetBuffer: UnsafeMutablePointer<Int32>
  private(set) var count = 0
  private var capacity: Int
  /// The words' bounds in the key and their capitalization, in buffers of their own too: one
  /// capacity check per word instead of one per array.
  private var startBuffer: UnsafeMutablePointer<Int32>
  private var endBuffer: UnsafeMutablePointer<Int32>
  private var capitalizationBuffer: UnsafeMutablePointer<FoldedText.Capitalization>
  private var wordCount = 0
  private var wordCapacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity + capacity / 8 + 16, 32)
    keyBuffer = .allocate(capacity: self.capacity)
    offsetBuffer = .allocate(capacity: self.capacity + 1)
    // About one word per four bytes, so that the short texts folded by the hundred thousand
    // (glossary forms) allocate once; long ones grow from there.
    wordCapacity = min(capacity / 4 + 2, 4096)
    startBuffer = .allocate(capacity: wordCapacity)
    endBuffer = .allocate(capacity: wordCapacity)
    capitalizationBuffer = .allocate(capacity: wordCapacity)
  }

  deinit {
    keyBuffer.deallocate()
    offsetBuffer.deallocate()
    startBuffer.deallocate()
    endBuffer.deallocate()
    capitalizationBuffer.deallocate()
  }

  @inline(__always)
  mutating func append(_ byte: UInt8, from offset: Int32) {
    if count == capacity { grow() }
    keyBuffer[count] = byte
    offsetBuffer[count] = offset
    count += 1
  }

  /// Makes room for `extra` more bytes, so that the `appendReserved` calls that follow need not
  /// check.
  @inline(__always)
  mutating func reserve(_ extra: Int) {
    while count + extra > capacity { grow() }
  }

  /// `append` after `reserve`.
  @inline(__always)
  mutating func appendReserved(_ byte: UInt8, from offset: Int32) {
    keyBuffer[count] = byte
    offsetBuffer[count] = offset
    count += 1
  }

  /// Appends the first `length` bytes of `bytes`, lowest first, after `reserve(length)`.
  @inline(__always)
  mutating func appendReserved(packed bytes: UInt64, length: Int, from offset: Int32) {
    var bytes = bytes
    for _ in 0..<length {
      keyBuffer[count] = UInt8(truncatingIfNeeded: bytes)
      offsetBuffer[count] = offset
      count += 1
      bytes >>= 8
    }
  }

  @inline(__always)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int32) {
    for byte in bytes { append(byte, from: offset) }
  }

  mutating func append(_ bytes: [UInt8], from offset: Int32) {
    bytes.withUnsafeBufferPointer { append($0, from: offset) }
  }

  private mutating func grow() {
    let newCapacity = capacity * 2
    let newKey = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    let newOffsets = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity + 1)
    newKey.update(from: keyBuffer, count: count)
    newOffsets.update(from: offsetBuffer, count: count)
    keyBuffer.deallocate()
    offsetBuffer.deallocate()
    keyBuffer = newKey
    offsetBuffer = newOffsets
    capacity = newCapacity
  }

  @inline(__always)
  mutating func beginWord() {
    if wordCount == wordCapacity { growWords() }
    startBuffer[wordCount] = Int32(count)
  }

  @inline(__always)
  mutating func endWord(_ capitalization: FoldedText.Capitalization) {
    endBuffer[wordCount] = Int32(count)
    capitalizationBuffer[wordCount] = capitalization
    wordCount += 1
  }

  private mutating func growWords() {
    let newCapacity = wordCapacity * 2
    func moved<Element>(_ buffer: UnsafeMutablePointer<Element>) -> UnsafeMutablePointer<Element> {
      let new = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
      new.moveInitialize(from: buffer, count: wordCapacity)
      buffer.deallocate()
      return new
    }
    startBuffer = moved(startBuffer)
    endBuffer = moved(endBuffer)
    capitalizationBuffer = moved(capitalizationBuffer)
    wordCapacity = newCapacity
  }

  /// Repairs the folded word begun last when it mixes Latin and Cyrillic look-alikes. Works on
  /// the key rather than the source so that folding a key again gives the same key.
  mutating func repairLastWord() {
    // Called between `beginWord` and `endWord`: the word begun last is not counted yet.
    let start = Int(startBuffer[wordCount])
    var scalars: [(Unicode.Scalar, Int32)] = []
    var index = start
    let key = UnsafeBufferPointer(start: keyBuffer, count: count)
    while index < count {
      let (scalar, length) = UTF8Scalar.decode(key, at: index)
      scalars.append((scalar, offsetBuffer[index]))
      index += length
    }
    guard let repaired = MixedScriptRepair.folded.repairedScalars(scalars.map(\.0)) else { return }
    count = start
    for (scalar, (_, offset)) in zip(repaired, scalars) {
      UTF8.encode(scalar) { append($0, from: offset) }
    }
  }

  /// Empties the state for the next text, keeping its buffers.
  mutating func reset() {
    count = 0
    wordCount = 0
  }

  /// Calls `body` with a view of the text folded so far.
  func withView<Result>(_ body: (FoldedView) -> Result) -> Result {
    body(
      FoldedView(
        key: UnsafeBufferPointer(start: keyBuffer, count: count),
        wordStarts: UnsafeBufferPointer(start: startBuffer, count: wordCount),
        wordEnds: UnsafeBufferPointer(start: endBuffer, count: wordCount),
        wordCapitalization: UnsafeBufferPointer(start: capitalizationBuffer, count: wordCount)))
  }

  /// The finished text; `sourceLength` closes the offset map.
  consuming func finish(sourceLength: Int) -> FoldedText {
    offsetBuffer[count] = Int32(sourceLength)
    return FoldedText(
      key: Array(UnsafeBufferPointer(start: keyBuffer, count: count)),
      sourceOffsets: Array(UnsafeBufferPointer(start: offsetBuffer, count: count + 1)),
      wordStarts: Array(UnsafeBufferPointer(start: startBuffer, count: wordCount)),
      wordEnds: Array(UnsafeBufferPointer(start: endBuffer, count: wordCount)),
      wordCapitalization: Array(UnsafeBufferPointer(start: capitalizationBuffer, count: wordCount)))
  }
}
