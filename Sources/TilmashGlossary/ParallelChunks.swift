/// Work over a range of items split into chunks that run on all cores, with the chunks' results
/// handed back in range order, so that the outcome does not depend on the threads.
public enum ParallelChunks {
  /// Splits `0..<count` into at most `maxChunks` ranges of about `minimumChunk` items or more
  /// (one range when there are few items), calls `body` with each on all cores, and returns the
  /// results in range order.
  public static func map<Value: Sendable>(
    count: Int, minimumChunk: Int, maxChunks: Int = 8, _ body: @Sendable (Range<Int>) -> Value
  ) -> [Value] {
    let chunkCount = max(1, min(maxChunks, count / max(minimumChunk, 1)))
    let chunkSize = (count + chunkCount - 1) / chunkCount
    let parts = ChunkResults<Value?>(count: chunkCount, initial: nil)
    DispatchQueueBridge.concurrentPerform(chunkCount) { chunk in
      parts.set(chunk, body(min(chunk * chunkSize, count)..<min((chunk + 1) * chunkSize, count)))
    }
    return parts.values.compactMap { $0 }
  }
}
