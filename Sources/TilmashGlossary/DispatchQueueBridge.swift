import Dispatch

/// Runs iterations on all cores (a seam so that the index does not depend on Dispatch directly).
enum DispatchQueueBridge {
  static func concurrentPerform(_ iterations: Int, _ body: @Sendable (Int) -> Void) {
    if iterations <= 1 {
      for index in 0..<iterations { body(index) }
      return
    }
    DispatchQueue.concurrentPerform(iterations: iterations, execute: body)
  }
}
